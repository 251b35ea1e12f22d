// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/dixa/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Dixa Conversations API",
    version: "1.0.0",
    description:
      "The conversation part of Dixa's REST API (`https://dev.dixa.io/v1`): conversations, messages, internal notes, ratings, tags, activity log, linking and search. Written for cxkit from Dixa's API reference (the Conversations section of docs.dixa.io, `shared/vendor-docs/dixa-conversations-api.txt` and `dixa-conversations-api-beta-index.txt`) and checked against Dixa's own OpenAPI description (`shared/upstream-specs/dixa-api-beta.openapi.yaml`, whose `/beta/` paths are today's `/v1/`).\n\nEvery request and answer body that has a variant carries a `_type` property naming it, also where Dixa's own description does not declare one. Timestamps may come in Java's `2021-12-01T12:46:36.581Z[GMT]` form (see `DixaTimestamp`). Dixa allows 10 requests per second per token with bursts of 4, and answers `429 Too Many Requests` beyond that.",
  },
  servers: [{ url: "https://dev.dixa.io", description: "Dixa API" }],
  security: [{ apiKey: [] }],
  tags: [
    { name: "Conversations", description: "Conversations and everything attached to them." },
    { name: "Chatbots", description: "Operations Dixa recommends for chatbot integrations." },
    { name: "Messages", description: "Messages of a conversation." },
    { name: "Internal Notes", description: "Notes only agents can see." },
    { name: "Ratings", description: "Rating offers and results (CSAT, NPS, thumbs)." },
    { name: "Tags", description: "Tags on conversations." },
    { name: "Anonymization", description: "Removing personal data." },
    { name: "Custom Attributes", description: "Organization-defined fields on conversations." },
    { name: "Search", description: "Finding conversations." },
  ],
  paths: {
    "/v1/conversations": {
      post: {
        operationId: "createConversation",
        summary: "Create conversation",
        description:
          "Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation.",
        tags: ["Conversations", "Chatbots"],
        requestBody: {
          description: "The conversation to create.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewConversation" },
              examples: {
                "email-inbound": {
                  summary: "From Dixa's API reference: inbound e-mail conversation",
                  value: {
                    requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
                    emailIntegrationId: "my-integration@email.dixa.io",
                    subject: "order #123",
                    message: {
                      content: { value: "My order hasn't shipped", _type: "Text" },
                      attachments: [],
                      _type: "Inbound",
                    },
                    language: "en",
                    _type: "Email",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The conversation was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CreatedConversationResponse" },
                examples: {
                  created: {
                    summary: "From Dixa's API reference: id of the new conversation",
                    value: { data: { id: 100 } },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read or is not valid for the channel: bad message, attachment that could not be downloaded, duplicate `externalId`, unsupported channel.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/activitylog": {
      get: {
        operationId: "listOrganizationActivityLog",
        summary: "List organization activity log",
        description:
          "Page through the activity log of every conversation in the organization, optionally limited to a time window.",
        tags: ["Conversations"],
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
          {
            name: "fromDatetime",
            in: "query",
            required: false,
            description: "Only entries at or after this time (`yyyy-MM-ddTHH:mm:ssZ`).",
            schema: { $ref: "#/components/schemas/DixaTimestamp" },
          },
          {
            name: "toDatetime",
            in: "query",
            required: false,
            description: "Only entries at or before this time (`yyyy-MM-ddTHH:mm:ssZ`).",
            schema: { $ref: "#/components/schemas/DixaTimestamp" },
          },
        ],
        "x-cxkit-pagination": {
          style: "cursor-link",
          cursorParam: "pageKey",
          limitParam: "pageLimit",
          items: "data",
          next: "meta.next",
        },
        responses: {
          "200": {
            description: "One page of activity log entries.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ActivityLogPage" },
                examples: {
                  "two-assignments": {
                    summary: "From Dixa's API reference: two assignment entries",
                    value: {
                      data: [
                        {
                          id: "d85a7bd7-79da-4f10-b021-12e4c2c20024",
                          conversationId: 1,
                          activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
                          activityType: "ConversationAssignedActivityType",
                          _type: "ConversationAssigned",
                          author: {
                            id: "a53b25da-f676-4c52-acac-58c9280aa23d",
                            name: "Dale Cooper",
                            email: "dc@dixa.com",
                            phoneNumber: "+4534343434",
                          },
                        },
                        {
                          id: "324d0108-31b7-4678-8862-c8780a297f8f",
                          conversationId: 2,
                          activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
                          activityType: "ConversationAssignedActivityType",
                          _type: "ConversationAssigned",
                          author: {
                            id: "67ff39b6-b1ee-4d5f-91ee-168d4668c4ba",
                            name: "Bob Ross",
                            email: "br@dixa.com",
                            phoneNumber: "+4532323232",
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "A query parameter could not be read (page limit, page key, date-times), or the data could not be fetched for these filters.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/flows": {
      get: {
        operationId: "listFlows",
        summary: "List flows",
        description:
          "List the organization's conversation flows for one channel (phone flows when no channel is given).",
        tags: ["Conversations"],
        parameters: [
          {
            name: "channel",
            in: "query",
            required: false,
            description: "Channel whose flows to list. Defaults to `PstnPhone`.",
            schema: {
              type: "string",
              enum: [
                "WhatsApp",
                "Voicemail",
                "WidgetChat",
                "FacebookMessenger",
                "Email",
                "ContactForm",
                "Callback",
                "PstnPhone",
                "Messenger",
              ],
            },
          },
        ],
        responses: {
          "200": {
            description: "The flows.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationFlowListResponse" },
                examples: {
                  "call-flow": {
                    summary: "From Dixa's API reference: the default call flow",
                    value: {
                      data: [
                        {
                          id: "d546e9a8-82c2-409f-b688-e9199ea69f83",
                          name: "Default call flow",
                          channel: "PstnPhone",
                          contactEndpointId: "+559912443333",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The channel is not a known channel.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/import": {
      post: {
        operationId: "importConversation",
        summary: "Import conversation",
        description:
          "Bring a conversation that happened outside Dixa in, with its history. Inbound messages are written by the requester unless the channel's message `attributes` name another author; outbound messages by their `agentId`. Not safe to repeat: each call creates another conversation.",
        tags: ["Conversations", "Chatbots"],
        requestBody: {
          description: "The conversation to import.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ImportConversationRequest" },
              examples: {
                "generic-channel": {
                  summary:
                    "From Dixa's API reference: custom chat channel, one inbound and one outbound message (the collapsed second message filled in)",
                  value: {
                    genericChannelName: "MyCustomChat",
                    requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
                    requesterConnectionStatus: "Connected",
                    direction: "Inbound",
                    messages: [
                      {
                        content: { value: "My order hasn't shipped", _type: "Text" },
                        attachments: [],
                        createdAt: "2021-12-01T13:00:00.003Z",
                        _type: "InboundImport",
                      },
                      {
                        content: {
                          value: "Sorry about that, it leaves the warehouse today.",
                          _type: "Text",
                        },
                        agentId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        attachments: [],
                        createdAt: "2021-12-01T14:00:00.004Z",
                        _type: "OutboundImport",
                      },
                    ],
                    createdAt: "2021-12-01T11:00:00.001Z",
                    assignment: {
                      agentId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                      assignedAt: "2021-12-01T12:00:00.002Z",
                    },
                    _type: "GenericConversationImport",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The conversation was imported, possibly with partial errors.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ImportedConversationResponse" },
                examples: {
                  "with-partial-errors": {
                    summary: "From Dixa's API reference: imported with two partial errors",
                    value: {
                      data: {
                        id: 100,
                        partialErrors: [
                          { message: "The conversation could not be assigned" },
                          { message: "Invalid attachment url in message. externalId: 42" },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read, a message is invalid, an attachment could not be downloaded, the channel is not supported, or the requester or agent does not exist.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}": {
      get: {
        operationId: "getConversation",
        summary: "Get conversation",
        description:
          "Fetch one conversation. The shape of `data` depends on the channel; `data._type` says which.",
        tags: ["Conversations"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The conversation.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationResponse" },
                examples: {
                  "chat-conversation": {
                    summary:
                      "From Dixa's API reference: a chat conversation that is a side conversation",
                    value: {
                      data: {
                        id: 1,
                        requesterId: "d58c8b1c-85ad-4678-a6c8-7442945f3836",
                        channel: "WidgetChat",
                        createdAt: "2020-12-16T09:41:43Z",
                        direction: "Outbound",
                        state: "Open",
                        stateUpdatedAt: "2020-12-16T09:41:43Z",
                        assignment: {
                          agentId: "0e4d0ead-dc69-470a-9b3a-e7eb16a56453",
                          assignedAt: "2020-12-16T11:00:34Z",
                        },
                        queue: {
                          id: "cd87b232-64c8-4ad5-b81a-6f9233352d97",
                          queuedAt: "2020-12-16T10:40:40Z",
                        },
                        browserInfo: {
                          name: "Chrome 9",
                          version: "91.0.4472.114",
                          ipAddress: "127.0.0.1",
                          originatingUrl: "http://localhost:3000/",
                        },
                        language: "en",
                        link: { parentId: 1234, _type: "SideConversation" },
                        customAttributes: [
                          {
                            id: "e14708a6-eed9-495c-9d88-c72331e9e247",
                            name: "My Attribute",
                            identifier: "my_attribute",
                            value: "My Attribute Value",
                          },
                        ],
                        _type: "ChatConversation",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/activitylog": {
      get: {
        operationId: "listActivityLog",
        summary: "List activity log",
        description: "Everything that happened to one conversation, as activity log entries.",
        tags: ["Conversations"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The conversation's activity log.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ActivityLogListResponse" },
                examples: {
                  assignment: {
                    summary: "From Dixa's API reference: one assignment entry",
                    value: {
                      data: [
                        {
                          id: "fca291e5-8670-41bd-b502-842fd9542e27",
                          conversationId: 1,
                          activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
                          activityType: "ConversationAssignedActivityType",
                          _type: "ConversationAssigned",
                          author: {
                            id: "a53b25da-f676-4c52-acac-58c9280aa23d",
                            name: "Dale Cooper",
                            email: "dc@dixa.com",
                            phoneNumber: "+4534343434",
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/anonymize": {
      patch: {
        operationId: "anonymizeConversation",
        summary: "Anonymize conversation",
        description:
          "Queue the anonymization of a whole conversation. The answer describes the queued request; the work happens later. Marked idempotent: asking again for the same conversation cannot anonymize more than once (at worst Dixa answers 409 for the repeat).",
        tags: ["Conversations", "Anonymization"],
        "x-cxkit-idempotent": true,
        parameters: [
          {
            description: "Conversation to anonymize.",
            $ref: "#/components/parameters/conversationId",
          },
          {
            name: "force",
            in: "query",
            required: false,
            description: "Close the conversation first if it is still open.",
            schema: { type: "boolean", default: false },
          },
        ],
        responses: {
          "202": {
            description: "The anonymization was queued.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AnonymizationResponse" },
                examples: {
                  queued: {
                    summary: "From Dixa's API reference: queued conversation anonymization",
                    value: {
                      data: {
                        id: "87bac308-e49f-4134-84cc-96b868f1e1e4",
                        entityType: "ConversationAnonymizationType",
                        _type: "Conversation",
                        initiatedAt: "2021-12-01T12:46:36.581Z[GMT]",
                        targetEntityId: "10749",
                        requestedBy: "b165fdaa-51d6-44b0-bfcd-5f431d623fa7",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id or `force` could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "409": { $ref: "#/components/responses/Conflict" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/claim": {
      put: {
        operationId: "claimConversation",
        summary: "Claim conversation",
        description:
          "Assign the conversation to an agent. With `force: false` a conversation another agent already holds is left alone.",
        tags: ["Conversations", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The claiming agent.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ClaimRequest" },
              examples: {
                "no-takeover": {
                  summary: "From Dixa's API reference: claim without taking over",
                  value: { agentId: "5a556159-9c21-4f3e-a44f-d323deb80d16", force: false },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The conversation was claimed." },
          "400": {
            description: "The conversation id or the body could not be read.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "invalid-value": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Invalid value in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "409": { $ref: "#/components/responses/Conflict" },
        },
      },
    },
    "/v1/conversations/{conversationId}/close": {
      put: {
        operationId: "closeConversation",
        summary: "Close conversation",
        description: "Close the conversation, optionally on behalf of an agent or admin.",
        tags: ["Conversations", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "Optionally, who closes it.",
          required: false,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ActingUser" },
              examples: {
                "closed-by": {
                  summary: "From Dixa's API reference: close on behalf of a user",
                  value: { userId: "5a556159-9c21-4f3e-a44f-d323deb80d16" },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The conversation was closed." },
          "400": {
            description:
              "The conversation id or the body could not be read, or the user does not exist or is not an agent/admin.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "decoding-failure": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Decoding failure in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/conversations/{conversationId}/custom-attributes": {
      patch: {
        operationId: "patchConversationCustomAttributes",
        summary: "Patch conversation custom attributes",
        description:
          "Set or clear custom attribute values on a conversation; attributes not named stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.",
        tags: ["Conversations", "Custom Attributes"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "Values by custom attribute id.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CustomAttributesPatch" },
              examples: {
                "text-and-select": {
                  summary: "From Dixa's API reference: set a Text and a Select attribute",
                  value: {
                    "2f5515b6-7e98-4f4d-9010-bfd2a27d4f35": "012345",
                    "e14708a6-eed9-495c-9d88-c72331e9e247": ["str1", "str2"],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The attributes after the change.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationCustomAttributeListResponse" },
                examples: {
                  patched: {
                    summary: "From Dixa's API reference: both attributes after the patch",
                    value: {
                      data: [
                        {
                          id: "2f5515b6-7e98-4f4d-9010-bfd2a27d4f35",
                          name: "Conversation attribute",
                          identifier: "conversation_attribute",
                          value: "012345",
                        },
                        {
                          id: "e14708a6-eed9-495c-9d88-c72331e9e247",
                          name: "Conversation attribute 2",
                          identifier: "conversation_attribute_2",
                          value: ["str1", "str2"],
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The conversation id or the body could not be read, or a value does not fit its attribute.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/conversations/{conversationId}/followup": {
      put: {
        operationId: "followupConversation",
        summary: "Followup conversation",
        description: "Put the conversation on follow-up until the given time.",
        tags: ["Conversations", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "When the follow-up expires, and optionally who sets it.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/FollowupRequest" },
              examples: {
                "follow-up": {
                  summary: "Follow up on Friday morning",
                  value: {
                    timestamp: "2024-03-15T09:00:00Z",
                    userId: "5a556159-9c21-4f3e-a44f-d323deb80d16",
                  },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The follow-up was set." },
          "400": {
            description:
              "The conversation id or the body could not be read, or the user does not exist or is not an agent/admin.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/conversations/{conversationId}/link": {
      put: {
        operationId: "linkConversation",
        summary: "Link a conversation to a parent conversation",
        description:
          "Make this conversation a child of another one. A parent takes at most 100 children, a child has one parent, and a child cannot have children of its own.",
        tags: ["Conversations"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The parent and the kind of link.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/LinkRequest" },
              examples: {
                "side-conversation": {
                  summary: "Link as a side conversation",
                  value: { parentId: 1234, linkType: "SideConversation" },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The conversations were linked." },
          "400": {
            description:
              "The conversation id or the body could not be read, or the link breaks a limit.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/linked": {
      get: {
        operationId: "listLinkedConversations",
        summary: "List linked conversations",
        description:
          "List the child conversations linked to this one (side conversations, transcripts, ...).",
        tags: ["Conversations"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The child conversations.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationListResponse" },
                examples: {
                  "side-email": {
                    summary: "From Dixa's API reference: one e-mail side conversation",
                    value: {
                      data: [
                        {
                          id: 12341,
                          requesterId: "7bcf1f2d-70c0-4f87-8c5b-bed2c8b247e9",
                          channel: "WidgetChat",
                          createdAt: "2022-07-26T12:09:21Z",
                          direction: "Inbound",
                          state: "Open",
                          stateUpdatedAt: "2022-07-26T12:12:53Z",
                          assignment: {
                            agentId: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                            assignedAt: "2022-07-26T12:12:53Z",
                          },
                          queue: {
                            id: "6b9087b3-9ab7-4af4-936d-3290996faedb",
                            queuedAt: "2022-07-26T12:09:54Z",
                          },
                          toEmail: "something@email.dixa.com",
                          fromEmail: "some.one@somewhere.com",
                          integrationEmail: "something@email.dixa.com",
                          language: "en",
                          subject: "Important Request",
                          link: { parentId: 1234, _type: "SideConversation" },
                          _type: "EmailConversation",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/messages": {
      get: {
        operationId: "listMessages",
        summary: "List messages",
        description:
          "All messages of a conversation, oldest first. `attributes._type` names the channel-specific shape; messages of contact-form conversations come as `EmailAttributes` when sent from a web form and as `ContactFormAttributes` when sent from the chat widget.",
        tags: ["Conversations", "Messages"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The messages.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MessageListResponse" },
                examples: {
                  "email-message": {
                    summary:
                      "From Dixa's API reference: one e-mail message (the collapsed attributes filled in)",
                    value: {
                      data: [
                        {
                          id: "11b95893-0514-4606-a5d8-1880172b3a55",
                          authorId: "41646d42-edc0-493e-ac7b-814d9ff40a2e",
                          externalId: "13244",
                          createdAt: "2021-12-01T12:46:36.581Z[GMT]",
                          attributes: {
                            emailContent: {
                              content: {
                                value: "Thanks, your refund is on its way.",
                                _type: "Text",
                              },
                              _type: "Regular",
                            },
                            from: { email: "support@acme.email.dixa.io", name: "Acme Support" },
                            to: [{ email: "jane.doe@example.com", name: "Jane Doe" }],
                            cc: [],
                            bcc: [],
                            isAutoReply: false,
                            inlineImages: [],
                            attachments: [],
                            direction: "Outbound",
                            _type: "EmailAttributes",
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
      post: {
        operationId: "addMessage",
        summary: "Add message",
        description:
          "Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message (set `externalId` to have Dixa reject a duplicate).",
        tags: ["Conversations", "Messages"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The message.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewMessage" },
              examples: {
                "inbound-html": {
                  summary: "From Dixa's API reference: inbound HTML message",
                  value: {
                    content: { value: "I need some help!", _type: "Html" },
                    attachments: [],
                    _type: "Inbound",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The message was added.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AddedMessageResponse" },
                examples: {
                  added: {
                    summary: "From Dixa's API reference: stored outbound message",
                    value: {
                      data: {
                        content: { value: "An amazing message", _type: "Html" },
                        direction: "Outbound",
                        authorId: "bac5a02c-15b3-44da-ae1e-ab7b9db4aa89",
                        messageId: "87bac308-e49f-4134-84cc-96b868f1e1e4",
                        createdAt: "2021-06-09T08:18:37.284Z",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The conversation id or the body could not be read: bad message, attachment that could not be downloaded, duplicate `externalId`, unsupported channel.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/messages/{messageId}/anonymize": {
      patch: {
        operationId: "anonymizeMessage",
        summary: "Anonymize message",
        description:
          "Queue the anonymization of one message. Marked idempotent: repeating the request targets the same message and cannot do more than the first one (at worst Dixa answers 409).",
        tags: ["Conversations", "Messages", "Anonymization"],
        "x-cxkit-idempotent": true,
        parameters: [
          {
            description: "Conversation the message is in.",
            $ref: "#/components/parameters/conversationId",
          },
          { $ref: "#/components/parameters/messageId" },
        ],
        responses: {
          "202": {
            description: "The anonymization was queued.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AnonymizationResponse" },
                examples: {
                  queued: {
                    summary: "From Dixa's API reference: queued message anonymization",
                    value: {
                      data: {
                        id: "b165fdaa-51d6-44b0-bfcd-5f431d623fa7",
                        entityType: "MessageAnonymizationType",
                        _type: "Message",
                        initiatedAt: "2021-12-01T12:46:36.581Z[GMT]",
                        targetEntityId: "10749_1b9adc49-62f7-4056-a9c0-c18c1f25afdb",
                        requestedBy: "4c7af391-b7fd-4560-9d82-b3464eef8776",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id or message id could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "409": { $ref: "#/components/responses/Conflict" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/notes": {
      get: {
        operationId: "listInternalNotes",
        summary: "List internal notes",
        description: "All internal notes of a conversation, oldest first.",
        tags: ["Conversations", "Internal Notes"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The notes.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InternalNoteListResponse" },
                examples: {
                  "two-notes": {
                    summary: "From Dixa's API reference: two notes",
                    value: {
                      data: [
                        {
                          id: "3346b99c-8128-4276-ac40-5f30c959e5e7",
                          authorId: "c68f42a5-1453-497a-940f-ff36ed4f1631",
                          createdAt: "2021-01-20T09:00:00Z",
                          csid: 7392,
                          message: "A note to remember",
                        },
                        {
                          id: "22b8e6b6-4576-4dc0-ab05-60f81e8b0708",
                          authorId: "124d54bb-92d6-41c9-a675-788d6a8c821e",
                          createdAt: "2021-01-22T12:00:00Z",
                          csid: 7392,
                          message: "A note to forget",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "addInternalNote",
        summary: "Add internal note",
        description:
          "Add an internal note to a conversation, optionally as a given agent and backdated. Not safe to repeat: each call adds another note.",
        tags: ["Conversations", "Internal Notes"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The note.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewInternalNote" },
              examples: {
                "backdated-note": {
                  summary:
                    "From Dixa's API reference (also in its beta request sample): note by an agent, backdated",
                  value: {
                    message: "A sample note",
                    agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
                    createdAt: "2021-12-01T12:46:36.581Z[GMT]",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The note was added.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InternalNoteResponse" },
                examples: {
                  created: {
                    summary:
                      "From Dixa's API reference (also in its beta response sample): the stored note",
                    value: {
                      data: {
                        id: "eb31acbb-13f9-4ce7-abd3-44dd86266741",
                        authorId: "5e8a300e-787e-47cd-af53-fc1ccc37933d",
                        createdAt: "2021-12-01T12:46:36.581Z[GMT]",
                        csid: 9456,
                        message: "A sample note",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The conversation id or the body could not be read, the agent was not found, or the date is malformed.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/notes/bulk": {
      post: {
        operationId: "addInternalNotes",
        summary: "Add internal notes",
        description:
          "Add several internal notes in one call. The answer has one outcome per note, in order: `BulkActionSuccess` with the note or `BulkActionFailure` with the error. Not safe to repeat: notes that succeeded would be added again.",
        tags: ["Conversations", "Internal Notes"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The notes.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewInternalNotes" },
              examples: {
                "two-notes": {
                  summary:
                    "From Dixa's API reference: one backdated note by an agent, one plain note",
                  value: {
                    data: [
                      {
                        message: "A sample note",
                        agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
                        createdAt: "2021-12-01T12:46:36.581Z[GMT]",
                      },
                      { message: "Another sample note" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per note.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InternalNoteBulkResponse" },
                examples: {
                  "one-failed": {
                    summary: "From Dixa's API reference: first note created, second rejected",
                    value: {
                      data: [
                        {
                          data: {
                            id: "eb31acbb-13f9-4ce7-abd3-44dd86266741",
                            authorId: "5e8a300e-787e-47cd-af53-fc1ccc37933d",
                            createdAt: "2021-12-01T12:46:36.581Z[GMT]",
                            csid: 9456,
                            message: "A sample note",
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: { message: "An agent with id:... cannot be found in org." },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/rating": {
      get: {
        operationId: "getRating",
        summary: "List rating",
        description:
          "Older way to read a conversation's ratings; use `listRatings` (`/ratings`) instead. Same answer.",
        tags: ["Conversations", "Ratings"],
        deprecated: true,
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The conversation's ratings.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationRatingListResponse" },
                examples: {
                  offered: {
                    summary:
                      "From Dixa's API reference: one offered CSAT rating (timestamps collapsed in the docs)",
                    value: {
                      data: [
                        {
                          id: "33cf4e5e-9ce9-461c-b668-be9b712b717c",
                          ratingScore: 4,
                          ratingType: "Csat",
                          ratingComment: "Super good!",
                          conversationChannel: "PstnPhone",
                          agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
                          userId: "6d0c5791-e40a-46d4-bba1-1364ce4578ed",
                          ratingStatus: "Offered",
                          language: "English",
                          timestamps: {},
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/ratings": {
      get: {
        operationId: "listRatings",
        summary: "List ratings for a conversation",
        description:
          "Latest status of each rating question of a conversation. A survey with several questions yields one entry per question (all with the survey's id), which may mix `Offered` and `Rated` while the survey is partly answered.",
        tags: ["Conversations", "Ratings"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The conversation's ratings.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationRatingListResponse" },
                examples: {
                  offered: {
                    summary:
                      "From Dixa's API reference: one offered CSAT rating (timestamps collapsed in the docs)",
                    value: {
                      data: [
                        {
                          id: "33cf4e5e-9ce9-461c-b668-be9b712b717c",
                          ratingScore: 4,
                          ratingType: "Csat",
                          ratingComment: "Super good!",
                          conversationChannel: "PstnPhone",
                          agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
                          userId: "6d0c5791-e40a-46d4-bba1-1364ce4578ed",
                          ratingStatus: "Offered",
                          language: "English",
                          timestamps: {},
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/ratings/offer": {
      post: {
        operationId: "createRatingOffer",
        summary: "Create conversation rating offer",
        description:
          "Record that a rating was offered for a conversation. Its `id` is the `ratingId` to submit the result to. Not safe to repeat: each call records another offer.",
        tags: ["Conversations", "Ratings", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The offer.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewRatingOffer" },
              examples: {
                csat: {
                  summary: "From Dixa's API reference (same in its beta sample): CSAT offer",
                  value: {
                    userId: "b0323b42-c428-4afa-970e-20bf5bdeeec4",
                    agentId: "eeb3bbe5-0355-4ac1-8af5-20d42a3db24b",
                    ratingType: "Csat",
                    offeredAt: "2024-03-11T16:39:30Z",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The offer was recorded.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/RatingOfferResponse" },
                examples: {
                  created: {
                    summary:
                      "From Dixa's API reference (same in its beta sample): the recorded offer",
                    value: {
                      data: {
                        id: "2f0122db-0824-44d7-b39a-e1f722b8c38c",
                        userId: "7a65c963-b3ca-4bd4-996e-bdbcaa620219",
                        agentId: "db7f0b41-b779-4726-a673-07b2a59a550d",
                        ratingType: "Csat",
                        offeredAt: "2024-03-11T16:39:30Z",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/ratings/{ratingId}/submit": {
      post: {
        operationId: "submitRatingResult",
        summary: "Create conversation rating result",
        description:
          "Record the customer's answer to a rating offer. Not safe to repeat blindly: a second call records the answer again.",
        tags: ["Conversations", "Ratings", "Chatbots"],
        parameters: [
          { $ref: "#/components/parameters/conversationId" },
          { $ref: "#/components/parameters/ratingId" },
        ],
        requestBody: {
          description: "The answer.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewRatingResult" },
              examples: {
                csat: {
                  summary:
                    "From Dixa's API reference (same in its beta sample): CSAT 4 with a comment",
                  value: {
                    userId: "d3cf6f15-1497-4e71-92f2-9b3b228352bd",
                    ratingResult: { value: 4, _type: "Csat" },
                    comment: "Best customer service ever!",
                    submittedAt: "2024-03-11T16:39:30Z",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The answer was recorded.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/RatingResultResponse" },
                examples: {
                  created: {
                    summary:
                      "From Dixa's API reference (collapsed score in its beta sample filled in): CSAT 5 recorded",
                    value: {
                      data: {
                        ratingId: "33cf4e5e-9ce9-461c-b668-be9b712b717c",
                        userId: "4c5f7efa-0822-4b75-bdf5-907fa7336e0c",
                        ratingResult: { value: 5, _type: "Csat" },
                        comment: "Excellent customer service!",
                        submittedAt: "2024-03-11T16:39:30Z",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id, rating id or body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/reopen": {
      put: {
        operationId: "reopenConversation",
        summary: "Reopen conversation",
        description:
          "Reopen a closed conversation and offer it again in its queue, or in the organization's default queue when it has none.",
        tags: ["Conversations"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "Optionally, who reopens it.",
          required: false,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ActingUser" },
              examples: {
                "reopened-by": {
                  summary: "From Dixa's API reference: reopen on behalf of a user",
                  value: { userId: "a53b25da-f676-4c52-acac-58c9280aa23d" },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The conversation was reopened and offered." },
          "400": {
            description:
              "The conversation id or the body could not be read, or the user does not exist or is not an agent/admin.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "decoding-failure": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Decoding failure in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/tags": {
      get: {
        operationId: "listTags",
        summary: "List tags",
        description: "The tags on a conversation.",
        tags: ["Conversations", "Tags"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        responses: {
          "200": {
            description: "The tags.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationTagListResponse" },
                examples: {
                  tags: {
                    summary: "From Dixa's API reference: four tags",
                    value: {
                      data: [
                        {
                          id: "b794a74a-625b-4303-8237-9b11668a9605",
                          name: "example",
                          state: "Active",
                        },
                        {
                          id: "b794a74a-625b-4303-8237-9b11668a9605",
                          name: "example",
                          state: "Active",
                        },
                        {
                          id: "b794a74a-625b-4303-8237-9b11668a9605",
                          name: "example",
                          state: "Active",
                        },
                        {
                          id: "b794a74a-625b-4303-8237-9b11668a9605",
                          name: "example",
                          state: "Active",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number, or the request could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/tags/bulk": {
      post: {
        operationId: "bulkTagConversation",
        summary: "Bulk tag conversation",
        description:
          "Add several tags, named by their text, to a conversation. Dixa creates tags that do not exist yet and does the work in the background. Not marked idempotent: a repeat while the first request is still processing could create the same new tag twice.",
        tags: ["Conversations", "Tags"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "The tags to add.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/BulkTagRequest" },
              examples: {
                "two-tags": {
                  summary: "Add two tags by name",
                  value: { data: [{ name: "vip" }, { name: "refund-requested" }] },
                },
              },
            },
          },
        },
        responses: {
          "202": { description: "The tagging was accepted and will be carried out shortly." },
          "400": {
            description: "The conversation id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/tags/{tagId}": {
      put: {
        operationId: "tagConversation",
        summary: "Tag conversation",
        description: "Add an active tag to a conversation.",
        tags: ["Conversations", "Tags"],
        parameters: [
          { $ref: "#/components/parameters/conversationId" },
          { $ref: "#/components/parameters/tagId" },
        ],
        responses: {
          "204": { description: "The tag was added." },
          "400": {
            description: "The conversation id or tag id could not be read.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "invalid-value": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Invalid value in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "untagConversation",
        summary: "Untag conversation",
        description: "Remove a tag, active or not, from a conversation.",
        tags: ["Conversations", "Tags"],
        parameters: [
          { $ref: "#/components/parameters/conversationId" },
          { $ref: "#/components/parameters/tagId" },
        ],
        responses: {
          "204": { description: "The tag was removed." },
          "400": {
            description: "The conversation id or tag id could not be read.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "invalid-value": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Invalid value in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversations/{conversationId}/transfer/queue": {
      put: {
        operationId: "transferConversation",
        summary: "Transfer conversation",
        description: "Move the conversation to another queue.",
        tags: ["Conversations", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/conversationId" }],
        requestBody: {
          description: "Target queue, and optionally who transfers.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/TransferRequest" },
              examples: {
                transfer: {
                  summary: "From Dixa's API reference: transfer on behalf of a user",
                  value: {
                    queueId: "92f8d193-b26f-4a62-86a3-bb03ee0915e9",
                    userId: "a53b25da-f676-4c52-acac-58c9280aa23d",
                  },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The conversation was transferred." },
          "400": {
            description:
              "The conversation id or the body could not be read, the user does not exist or is not an agent/admin, or the queue does not exist.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "decoding-failure": {
                    summary: "From Dixa's API reference: error answer",
                    value: { message: "Decoding failure in request" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/search/conversations": {
      get: {
        operationId: "searchConversations",
        summary: "Search conversations",
        description:
          "Find conversations containing a text. Replaced by `searchConversationsWithFilters` (POST), which also takes filters.",
        tags: ["Conversations", "Search"],
        deprecated: true,
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
          {
            name: "query",
            in: "query",
            required: true,
            description: "Text to look for.",
            schema: { type: "string", minLength: 1 },
            example: "cancel my order",
          },
          {
            name: "exactMatch",
            in: "query",
            required: false,
            description: "Only exact matches (default `false`).",
            schema: { type: "boolean" },
          },
        ],
        "x-cxkit-pagination": {
          style: "cursor-link",
          cursorParam: "pageKey",
          limitParam: "pageLimit",
          items: "data",
          next: "meta.next",
        },
        responses: {
          "200": {
            description: "One page of hits.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationSearchPage" },
                examples: {
                  "subject-hit": {
                    summary:
                      "From Dixa's API reference: one hit in the subject and one in a message",
                    value: {
                      data: [
                        {
                          id: 1234,
                          highlights: { subject: ['<em class="highlight">Cancel my order</em>'] },
                          innerHits: [
                            {
                              id: "dadcaea0-4135-4e8a-a5bf-05d4658facba",
                              highlight: {
                                text: 'I want to <em class="highlight">cancel my order</em> as soon as possible',
                              },
                            },
                          ],
                          _type: "ConversationSearchHit",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "A query parameter could not be read (page limit, page key, query, exactMatch).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "searchConversationsWithFilters",
        summary: "Search conversations with filters",
        description:
          "Find conversations by text, by filters on their fields, or both. Sent as POST only to carry the filters: it changes nothing, so it is marked idempotent and may be retried.",
        tags: ["Conversations", "Search"],
        "x-cxkit-idempotent": true,
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
        ],
        "x-cxkit-pagination": {
          style: "cursor-link",
          cursorParam: "pageKey",
          limitParam: "pageLimit",
          items: "data",
          next: "meta.next",
        },
        requestBody: {
          description: "Text and/or filters. An empty body matches every conversation.",
          required: false,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/SearchRequest" },
              examples: {
                "text-and-tags": {
                  summary: "Exact text, and at least one of two tags",
                  value: {
                    query: { value: "order 12345", exactMatch: true },
                    filters: {
                      strategy: "All",
                      conditions: [
                        {
                          field: {
                            operator: {
                              values: [
                                "3f1c2a77-5d0e-4a43-9a5e-6f8b2c1d9e01",
                                "8b7e6d5c-4a3b-4c2d-9e1f-0a1b2c3d4e5f",
                              ],
                              _type: "IncludesOne",
                            },
                            _type: "TagId",
                          },
                        },
                      ],
                    },
                  },
                },
                "created-or-closed-in-window": {
                  summary: "Created or closed within one hour",
                  value: {
                    filters: {
                      strategy: "Any",
                      conditions: [
                        {
                          field: {
                            operator: {
                              timestampFrom: "2024-03-11T08:00:00Z",
                              timestampTo: "2024-03-11T09:00:00Z",
                              _type: "Between",
                            },
                            _type: "CreationDate",
                          },
                        },
                        {
                          field: {
                            operator: {
                              timestampFrom: "2024-03-11T08:00:00Z",
                              timestampTo: "2024-03-11T09:00:00Z",
                              _type: "Between",
                            },
                            _type: "ClosedDate",
                          },
                        },
                      ],
                    },
                  },
                },
                "select-attribute-open-email": {
                  summary: "Open e-mail conversations whose Select attribute is a given option",
                  value: {
                    filters: {
                      strategy: "All",
                      conditions: [
                        {
                          field: {
                            operator: { values: [["returns", "damaged"]], _type: "IsOneOf" },
                            attributeId: "30cd8aa4-3b58-4d70-a716-887dd6f348b4",
                            _type: "CustomAttribute",
                          },
                        },
                        {
                          field: {
                            operator: { values: ["open"], _type: "IsOneOf" },
                            _type: "Status",
                          },
                        },
                        {
                          field: {
                            operator: { values: ["email"], _type: "IsOneOf" },
                            _type: "Channel",
                          },
                        },
                        {
                          field: {
                            operator: { duration: 60000, _type: "LongerThanOrEqualTo" },
                            _type: "Duration",
                          },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One page of hits.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/FilteredSearchPage" },
                examples: {
                  "first-page": {
                    summary: "First page of two, with a relative link to the next",
                    value: {
                      data: [
                        {
                          id: 4711,
                          highlights: {
                            subject: ['Where is <em class="highlight">order 12345</em>?'],
                          },
                        },
                        { id: 4712, highlights: {} },
                      ],
                      meta: { next: "/v1/search/conversations?pageKey=cGFnZUxpbWl0PTImcGFnZT0y" },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "A query parameter or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      apiKey: {
        type: "apiKey",
        in: "header",
        name: "Authorization",
        description:
          "An API token generated in Dixa's settings. Send the raw token as the whole `Authorization` header value, with no `Bearer` prefix: `Authorization: <token>`.",
      },
    },
    parameters: {
      conversationId: {
        name: "conversationId",
        in: "path",
        required: true,
        description: "Conversation id (csid).",
        schema: { type: "integer", format: "int64" },
      },
      messageId: {
        name: "messageId",
        in: "path",
        required: true,
        description: "Message id.",
        schema: { type: "string", format: "uuid" },
      },
      ratingId: {
        name: "ratingId",
        in: "path",
        required: true,
        description: "Id of the rating offer, as returned by `createRatingOffer`.",
        schema: { type: "string" },
      },
      tagId: {
        name: "tagId",
        in: "path",
        required: true,
        description: "Tag id.",
        schema: { type: "string", format: "uuid" },
      },
      pageLimit: {
        name: "pageLimit",
        in: "query",
        required: false,
        description: "Largest number of results per page. Can be changed between pages.",
        schema: { type: "integer", format: "int32" },
      },
      pageKey: {
        name: "pageKey",
        in: "query",
        required: false,
        description:
          "Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it.",
        schema: { type: "string" },
      },
    },
    responses: {
      Unauthorized: {
        description: "The token's user may not do this.",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              unauthorized: {
                summary: "Not allowed",
                value: { message: "User is unauthorized to perform an underlying operation" },
              },
            },
          },
        },
      },
      NotFound: {
        description: "Something the request names does not exist.",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              "not-found": {
                summary: "Missing entity",
                value: { message: "The requested resource could not be found" },
              },
            },
          },
        },
      },
      Conflict: {
        description:
          "The request clashes with the current state (e.g. the work is already under way).",
        content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
      },
      ServerError: {
        description: "Dixa failed while handling the request.",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              internal: {
                summary: "Internal failure",
                value: {
                  message: "There was an internal server error while processing the request",
                },
              },
            },
          },
        },
      },
    },
    schemas: {
      DixaTimestamp: {
        description:
          "A point in time as Dixa writes it. Either an RFC 3339 date-time (`2024-03-11T16:39:30Z`, `2021-12-01T12:46:36.581Z`, `2024-03-11T16:39:30+00:00`) or the same value followed by a zone id in square brackets, which is how Java's `ZonedDateTime` prints itself (`2021-12-01T12:46:36.581Z[GMT]`). Seconds may be missing when they are zero (`2021-12-01T12:46Z[GMT]`), again as Java prints them. Strip the bracketed zone id before handing the value to an RFC 3339 parser. When sending, prefer the plain `yyyy-MM-ddTHH:mm:ssZ` form.",
        type: "string",
        pattern:
          "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})(\\[[A-Za-z0-9_+\\-/]+\\])?$",
      },
      ErrorResponse: {
        description:
          "Body of every error answer (4xx and 5xx): a single human-readable message. 400 messages name the part of the request that could not be read, e.g. `Invalid value for: body`.",
        type: "object",
        required: ["message"],
        properties: { message: { description: "What went wrong.", type: "string" } },
      },
      PaginationLinks: {
        description:
          "Links to neighbouring pages of a paginated list. Each link is a URL that already carries the `pageKey` cursor; it may be relative to the server (`/v1/search/conversations?pageKey=...`) or absolute. A missing `next` means the last page was reached.",
        type: "object",
        properties: {
          previous: { description: "URL of the previous page, if there is one.", type: "string" },
          next: { description: "URL of the next page, if there is one.", type: "string" },
        },
      },
      ConversationChannel: {
        description: "The channel a conversation runs on.",
        type: "string",
        enum: [
          "WhatsApp",
          "Voicemail",
          "WidgetChat",
          "FacebookMessenger",
          "Twitter",
          "Email",
          "ContactForm",
          "Callback",
          "PstnPhone",
          "Sms",
          "Messenger",
        ],
      },
      MessageDirection: {
        description:
          "Who a conversation or message goes to: from the customer (`Inbound`), to the customer (`Outbound`) or between agents (`Internal`).",
        type: "string",
        enum: ["Inbound", "Internal", "Outbound"],
      },
      ConversationState: {
        description: "Lifecycle state of a conversation.",
        type: "string",
        enum: ["AwaitingPending", "Closed", "Open", "Pending"],
      },
      RatingType: {
        description: "Kind of rating question.",
        type: "string",
        enum: ["Csat", "Nps", "ThumbsUpOrDown"],
      },
      Assignment: {
        description: "The agent a conversation is assigned to, and since when.",
        type: "object",
        required: ["agentId", "assignedAt"],
        properties: {
          agentId: {
            description: "Agent holding the conversation.",
            type: "string",
            format: "uuid",
          },
          assignedAt: {
            description: "When the assignment happened.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      QueuePlacement: {
        description: "The queue a conversation sits in.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Queue id.", type: "string", format: "uuid" },
          queuedAt: {
            description: "When the conversation entered the queue.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      BrowserInfo: {
        description: "Browser details captured when a chat or messenger conversation started.",
        type: "object",
        required: ["name"],
        properties: {
          name: { description: "Browser name, e.g. `Chrome 9`.", type: "string" },
          version: { description: "Browser version.", type: "string" },
          ipAddress: { description: "IP address the customer connected from.", type: "string" },
          originatingUrl: { description: "Page the widget was opened on.", type: "string" },
        },
      },
      Attachment: {
        description: "A file attached to a message, referenced by URL.",
        type: "object",
        required: ["url"],
        properties: {
          url: {
            description:
              "Where the file can be downloaded (for input: where Dixa should copy it from).",
            type: "string",
          },
          prettyName: { description: "File name to show.", type: "string" },
        },
      },
      CustomAttributeValue: {
        description:
          "Value of a custom attribute: a list of strings for `Select` attributes (the option path), a string for `Text` attributes. Plain JSON values, so there is no `_type` to discriminate on.",
        oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
      },
      ConversationCustomAttribute: {
        description: "A custom attribute set on a conversation.",
        type: "object",
        required: ["id", "name", "identifier", "value"],
        properties: {
          id: { description: "Custom attribute definition id.", type: "string", format: "uuid" },
          name: { description: "Display name of the attribute.", type: "string" },
          identifier: {
            description: "Machine-friendly identifier of the attribute.",
            type: "string",
          },
          value: { $ref: "#/components/schemas/CustomAttributeValue" },
        },
      },
      EmailForwardLink: {
        description:
          "The conversation was created by forwarding an e-mail of the parent conversation.",
        type: "object",
        required: ["parentId", "_type"],
        properties: {
          parentId: {
            description: "Id of the parent conversation.",
            type: "integer",
            format: "int64",
          },
          _type: { type: "string", const: "EmailForward" },
        },
      },
      FollowUpLink: {
        description: "The conversation is a follow-up of the parent conversation.",
        type: "object",
        required: ["parentId", "_type"],
        properties: {
          parentId: {
            description: "Id of the parent conversation.",
            type: "integer",
            format: "int64",
          },
          _type: { type: "string", const: "FollowUp" },
        },
      },
      SideConversationLink: {
        description:
          "The conversation is a side conversation started from the parent conversation.",
        type: "object",
        required: ["parentId", "_type"],
        properties: {
          parentId: {
            description: "Id of the parent conversation.",
            type: "integer",
            format: "int64",
          },
          _type: { type: "string", const: "SideConversation" },
        },
      },
      ConversationLink: {
        description: "How a child conversation is tied to its parent.",
        oneOf: [
          { $ref: "#/components/schemas/EmailForwardLink" },
          { $ref: "#/components/schemas/FollowUpLink" },
          { $ref: "#/components/schemas/SideConversationLink" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            EmailForward: "#/components/schemas/EmailForwardLink",
            FollowUp: "#/components/schemas/FollowUpLink",
            SideConversation: "#/components/schemas/SideConversationLink",
          },
        },
      },
      AnonymizedConversation: {
        description: "A conversation whose content has been anonymized.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "anonymizedAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          anonymizedAt: {
            description: "When the conversation was anonymized.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "AnonymizedConversation" },
        },
      },
      ChatConversation: {
        description: "A conversation from the chat widget.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          browserInfo: { $ref: "#/components/schemas/BrowserInfo" },
          language: { description: "Language code of the conversation.", type: "string" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "ChatConversation" },
        },
      },
      ContactFormConversation: {
        description: "A conversation from a contact form.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "fromEmail", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          fromEmail: { description: "Address the conversation was sent from.", type: "string" },
          toEmail: { description: "Address the conversation was sent to.", type: "string" },
          integrationEmail: {
            description: "Dixa e-mail integration address handling the conversation.",
            type: "string",
          },
          language: { description: "Language code of the conversation.", type: "string" },
          subject: { description: "Subject line.", type: "string" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "ContactFormConversation" },
        },
      },
      EmailConversation: {
        description: "An e-mail conversation.",
        type: "object",
        required: [
          "id",
          "requesterId",
          "channel",
          "createdAt",
          "toEmail",
          "fromEmail",
          "integrationEmail",
          "_type",
        ],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          toEmail: { description: "Address the conversation was sent to.", type: "string" },
          fromEmail: { description: "Address the conversation was sent from.", type: "string" },
          integrationEmail: {
            description: "Dixa e-mail integration address handling the conversation.",
            type: "string",
          },
          language: { description: "Language code of the conversation.", type: "string" },
          subject: { description: "Subject line.", type: "string" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "EmailConversation" },
        },
      },
      FacebookMessengerConversation: {
        description: "A Facebook Messenger conversation.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "FacebookMessengerConversation" },
        },
      },
      GenericConversation: {
        description: "A conversation on a channel connected through the generic messaging API.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          fromContactPointId: {
            description: "Contact point the conversation came from.",
            type: "string",
          },
          toContactPointId: {
            description: "Contact point the conversation went to.",
            type: "string",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "GenericConversation" },
        },
      },
      MessengerConversation: {
        description: "A conversation from the Dixa Messenger.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          browserInfo: { $ref: "#/components/schemas/BrowserInfo" },
          language: { description: "Language code of the conversation.", type: "string" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "MessengerConversation" },
        },
      },
      PstnPhoneConversation: {
        description: "A phone call.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "PstnPhoneConversation" },
        },
      },
      SmsConversation: {
        description: "An SMS conversation.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          fromNumber: { description: "Sending phone number.", type: "string" },
          toNumber: { description: "Receiving phone number.", type: "string" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "SmsConversation" },
        },
      },
      TwitterConversation: {
        description: "A Twitter (X) conversation.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "conversationType", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          conversationType: {
            description: "Whether this is a direct message thread or a public tweet thread.",
            type: "string",
            enum: ["DirectMessage", "Tweet"],
          },
          contactPointTwitterId: {
            description: "Twitter id of the organization's account.",
            type: "string",
          },
          endUserTwitterId: { description: "Twitter id of the customer.", type: "string" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "TwitterConversation" },
        },
      },
      WhatsAppConversation: {
        description: "A WhatsApp conversation.",
        type: "object",
        required: ["id", "requesterId", "channel", "createdAt", "_type"],
        properties: {
          id: {
            description: "Conversation id (also called csid).",
            type: "integer",
            format: "int64",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          createdAt: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          state: { $ref: "#/components/schemas/ConversationState" },
          stateUpdatedAt: {
            description: "When `state` last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          queue: { $ref: "#/components/schemas/QueuePlacement" },
          link: { $ref: "#/components/schemas/ConversationLink" },
          customAttributes: {
            description: "Custom attributes set on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
          transportExpiresAt: {
            description:
              "When the channel stops accepting replies (e.g. the messaging window closes).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "WhatsAppConversation" },
        },
      },
      Conversation: {
        description: "A conversation. The fields depend on the channel; `_type` names the variant.",
        oneOf: [
          { $ref: "#/components/schemas/AnonymizedConversation" },
          { $ref: "#/components/schemas/ChatConversation" },
          { $ref: "#/components/schemas/ContactFormConversation" },
          { $ref: "#/components/schemas/EmailConversation" },
          { $ref: "#/components/schemas/FacebookMessengerConversation" },
          { $ref: "#/components/schemas/GenericConversation" },
          { $ref: "#/components/schemas/MessengerConversation" },
          { $ref: "#/components/schemas/PstnPhoneConversation" },
          { $ref: "#/components/schemas/SmsConversation" },
          { $ref: "#/components/schemas/TwitterConversation" },
          { $ref: "#/components/schemas/WhatsAppConversation" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            AnonymizedConversation: "#/components/schemas/AnonymizedConversation",
            ChatConversation: "#/components/schemas/ChatConversation",
            ContactFormConversation: "#/components/schemas/ContactFormConversation",
            EmailConversation: "#/components/schemas/EmailConversation",
            FacebookMessengerConversation: "#/components/schemas/FacebookMessengerConversation",
            GenericConversation: "#/components/schemas/GenericConversation",
            MessengerConversation: "#/components/schemas/MessengerConversation",
            PstnPhoneConversation: "#/components/schemas/PstnPhoneConversation",
            SmsConversation: "#/components/schemas/SmsConversation",
            TwitterConversation: "#/components/schemas/TwitterConversation",
            WhatsAppConversation: "#/components/schemas/WhatsAppConversation",
          },
        },
      },
      HtmlContent: {
        description: "Message body as HTML.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The HTML.", type: "string" },
          _type: { type: "string", const: "Html" },
        },
      },
      MarkdownContent: {
        description: "Message body as Markdown (the WhatsApp channel only accepts this form).",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The Markdown text.", type: "string" },
          _type: { type: "string", const: "Markdown" },
        },
      },
      TextContent: {
        description: "Message body as plain text.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The text.", type: "string" },
          _type: { type: "string", const: "Text" },
        },
      },
      Content: {
        description: "The body of a message, tagged with its markup.",
        oneOf: [
          { $ref: "#/components/schemas/HtmlContent" },
          { $ref: "#/components/schemas/MarkdownContent" },
          { $ref: "#/components/schemas/TextContent" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Html: "#/components/schemas/HtmlContent",
            Markdown: "#/components/schemas/MarkdownContent",
            Text: "#/components/schemas/TextContent",
          },
        },
      },
      EmailContact: {
        description: "An e-mail address with an optional display name.",
        type: "object",
        required: ["email"],
        properties: {
          email: { description: "The address.", type: "string" },
          name: { description: "Display name.", type: "string" },
        },
      },
      RegularEmailContent: {
        description: "E-mail body small enough to be returned inline.",
        type: "object",
        required: ["content", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          _type: { type: "string", const: "Regular" },
        },
      },
      TooLargeEmailContent: {
        description: "E-mail body too large to return inline; download it from `file` instead.",
        type: "object",
        required: ["file", "_type"],
        properties: {
          file: { $ref: "#/components/schemas/Attachment" },
          _type: { type: "string", const: "TooLarge" },
        },
      },
      EmailBody: {
        description: "Body of an e-mail message: inline, or a link when it is too large.",
        oneOf: [
          { $ref: "#/components/schemas/RegularEmailContent" },
          { $ref: "#/components/schemas/TooLargeEmailContent" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Regular: "#/components/schemas/RegularEmailContent",
            TooLarge: "#/components/schemas/TooLargeEmailContent",
          },
        },
      },
      MimeTypeImpl: {
        description: "A media type split into its two halves (`image` / `png`).",
        type: "object",
        required: ["primary", "sub", "_type"],
        properties: {
          primary: { description: "Top-level type, e.g. `image`.", type: "string" },
          sub: { description: "Subtype, e.g. `png`.", type: "string" },
          _type: { type: "string", const: "MimeTypeImpl" },
        },
      },
      MimeType: {
        description: "Media type of an uploaded file. Dixa has a single variant today.",
        oneOf: [{ $ref: "#/components/schemas/MimeTypeImpl" }],
        discriminator: {
          propertyName: "_type",
          mapping: { MimeTypeImpl: "#/components/schemas/MimeTypeImpl" },
        },
      },
      FileChecksum: {
        description: "Checksum of an uploaded file.",
        type: "object",
        required: ["algorithm", "hex"],
        properties: {
          algorithm: { description: "Hash algorithm, e.g. `SHA-256`.", type: "string" },
          hex: { description: "The digest in hexadecimal.", type: "string" },
        },
      },
      UploadedFile: {
        description: "A file a customer uploaded in a form.",
        type: "object",
        required: ["url", "name", "mediaType", "bytesLength", "checksum"],
        properties: {
          url: { description: "Where the file can be downloaded.", type: "string" },
          name: { description: "Original file name.", type: "string" },
          mediaType: { $ref: "#/components/schemas/MimeType" },
          bytesLength: { description: "File size in bytes.", type: "integer", format: "int64" },
          checksum: { $ref: "#/components/schemas/FileChecksum" },
        },
      },
      FormFilesValue: {
        description: "Answer to a file-upload field.",
        type: "object",
        required: ["_type"],
        properties: {
          value: {
            description: "The uploaded files.",
            type: "array",
            items: { $ref: "#/components/schemas/UploadedFile" },
          },
          _type: { type: "string", const: "Attachments" },
        },
      },
      FormSelectValue: {
        description: "Answer to a choice field.",
        type: "object",
        required: ["_type"],
        properties: {
          value: { description: "The chosen options.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "Select" },
        },
      },
      FormTextValue: {
        description: "Answer to a free-text field.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The text entered.", type: "string" },
          _type: { type: "string", const: "Text" },
        },
      },
      FormFieldValue: {
        description: "Answer to one field of a messenger form.",
        oneOf: [
          { $ref: "#/components/schemas/FormFilesValue" },
          { $ref: "#/components/schemas/FormSelectValue" },
          { $ref: "#/components/schemas/FormTextValue" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Attachments: "#/components/schemas/FormFilesValue",
            Select: "#/components/schemas/FormSelectValue",
            Text: "#/components/schemas/FormTextValue",
          },
        },
      },
      FormSubmission: {
        description: "Answers submitted through a messenger form, keyed by field label.",
        type: "object",
        required: ["values"],
        properties: {
          values: {
            description: "Field label to answer.",
            type: "object",
            additionalProperties: { $ref: "#/components/schemas/FormFieldValue" },
          },
        },
      },
      CallRecordingAttributes: {
        description: "A recording of a phone call.",
        type: "object",
        required: ["recording", "_type"],
        properties: {
          duration: { description: "Length in seconds.", type: "integer", format: "int32" },
          recording: { description: "URL of the recording.", type: "string" },
          _type: { type: "string", const: "CallRecordingAttributes" },
        },
      },
      ChatAttributes: {
        description: "A chat message.",
        type: "object",
        required: ["isAutomated", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          isAutomated: {
            description: "Whether a bot or automation sent the message.",
            type: "boolean",
          },
          _type: { type: "string", const: "ChatAttributes" },
        },
      },
      ContactFormAttributes: {
        description: "A contact-form message created through the chat widget.",
        type: "object",
        required: ["isAutoReply", "_type"],
        properties: {
          emailContent: { $ref: "#/components/schemas/EmailBody" },
          from: { $ref: "#/components/schemas/EmailContact" },
          replyDefaultToEmails: {
            description: "Addresses replies go to by default.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          to: {
            description: "Recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          cc: {
            description: "Copy recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          bcc: {
            description: "Blind copy recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          isAutoReply: {
            description: "Whether the message was sent automatically (auto-reply).",
            type: "boolean",
          },
          inlineImages: {
            description: "Images embedded in the body.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          attachments: {
            description: "Files attached to the e-mail.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          deliveryFailureReason: { description: "Why delivery failed, if it did.", type: "string" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          originalContentUrl: {
            description: "Link to the original raw e-mail.",
            $ref: "#/components/schemas/Attachment",
          },
          _type: { type: "string", const: "ContactFormAttributes" },
        },
      },
      EmailAttributes: {
        description:
          "An e-mail message (also used for contact-form messages sent from a web form).",
        type: "object",
        required: ["from", "isAutoReply", "_type"],
        properties: {
          emailContent: { $ref: "#/components/schemas/EmailBody" },
          from: { $ref: "#/components/schemas/EmailContact" },
          to: {
            description: "Recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          cc: {
            description: "Copy recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          bcc: {
            description: "Blind copy recipients.",
            type: "array",
            items: { $ref: "#/components/schemas/EmailContact" },
          },
          isAutoReply: {
            description: "Whether the message was sent automatically (auto-reply).",
            type: "boolean",
          },
          inlineImages: {
            description: "Images embedded in the body.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          attachments: {
            description: "Files attached to the e-mail.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          deliveryFailureReason: { description: "Why delivery failed, if it did.", type: "string" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          originalContentUrl: {
            description: "Link to the original raw e-mail.",
            $ref: "#/components/schemas/Attachment",
          },
          _type: { type: "string", const: "EmailAttributes" },
        },
      },
      FacebookMessengerAttributes: {
        description: "A Facebook Messenger message.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          _type: { type: "string", const: "FacebookMessengerAttributes" },
        },
      },
      GenericAttributes: {
        description: "A message on a generic messaging channel.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          _type: { type: "string", const: "GenericAttributes" },
        },
      },
      MessengerFormAttributes: {
        description: "A form submitted through the Dixa Messenger.",
        type: "object",
        required: ["formSubmission", "_type"],
        properties: {
          formSubmission: { $ref: "#/components/schemas/FormSubmission" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          content: { $ref: "#/components/schemas/Content" },
          _type: { type: "string", const: "MessengerFormAttributes" },
        },
      },
      PhoneAttributes: {
        description: "A phone call leg.",
        type: "object",
        required: ["from", "to", "_type"],
        properties: {
          from: { description: "Calling number.", type: "string" },
          to: { description: "Called number.", type: "string" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          duration: { description: "Length in seconds.", type: "integer", format: "int32" },
          _type: { type: "string", const: "PhoneAttributes" },
        },
      },
      SmsAttributes: {
        description: "An SMS message.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          _type: { type: "string", const: "SmsAttributes" },
        },
      },
      TranscriptAttributes: {
        description: "One utterance of a call transcript.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          utterance_start_ms: {
            description: "Offset of the utterance start in the call, in milliseconds.",
            type: "integer",
            format: "int64",
          },
          utterance_end_ms: {
            description: "Offset of the utterance end in the call, in milliseconds.",
            type: "integer",
            format: "int64",
          },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          _type: { type: "string", const: "TranscriptAttributes" },
        },
      },
      TwitterAttributes: {
        description: "A Twitter (X) message.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          _type: { type: "string", const: "TwitterAttributes" },
        },
      },
      WhatsAppAttributes: {
        description: "A WhatsApp message.",
        type: "object",
        required: ["_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          attachments: {
            description: "Files attached to the message.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          _type: { type: "string", const: "WhatsAppAttributes" },
        },
      },
      MessageAttributes: {
        description: "Channel-specific details of a message.",
        oneOf: [
          { $ref: "#/components/schemas/CallRecordingAttributes" },
          { $ref: "#/components/schemas/ChatAttributes" },
          { $ref: "#/components/schemas/ContactFormAttributes" },
          { $ref: "#/components/schemas/EmailAttributes" },
          { $ref: "#/components/schemas/FacebookMessengerAttributes" },
          { $ref: "#/components/schemas/GenericAttributes" },
          { $ref: "#/components/schemas/MessengerFormAttributes" },
          { $ref: "#/components/schemas/PhoneAttributes" },
          { $ref: "#/components/schemas/SmsAttributes" },
          { $ref: "#/components/schemas/TranscriptAttributes" },
          { $ref: "#/components/schemas/TwitterAttributes" },
          { $ref: "#/components/schemas/WhatsAppAttributes" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            CallRecordingAttributes: "#/components/schemas/CallRecordingAttributes",
            ChatAttributes: "#/components/schemas/ChatAttributes",
            ContactFormAttributes: "#/components/schemas/ContactFormAttributes",
            EmailAttributes: "#/components/schemas/EmailAttributes",
            FacebookMessengerAttributes: "#/components/schemas/FacebookMessengerAttributes",
            GenericAttributes: "#/components/schemas/GenericAttributes",
            MessengerFormAttributes: "#/components/schemas/MessengerFormAttributes",
            PhoneAttributes: "#/components/schemas/PhoneAttributes",
            SmsAttributes: "#/components/schemas/SmsAttributes",
            TranscriptAttributes: "#/components/schemas/TranscriptAttributes",
            TwitterAttributes: "#/components/schemas/TwitterAttributes",
            WhatsAppAttributes: "#/components/schemas/WhatsAppAttributes",
          },
        },
      },
      Message: {
        description: "A message in a conversation.",
        type: "object",
        required: ["id", "authorId", "createdAt", "attributes"],
        properties: {
          id: { description: "Message id.", type: "string", format: "uuid" },
          authorId: {
            description: "User (agent or end user) who wrote the message.",
            type: "string",
            format: "uuid",
          },
          externalId: {
            description: "Identifier given by the system that created the message, if any.",
            type: "string",
          },
          createdAt: {
            description: "When the message was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          attributes: { $ref: "#/components/schemas/MessageAttributes" },
        },
      },
      InboundMessage: {
        description: "A message from the customer. Its author is the conversation's requester.",
        type: "object",
        required: ["content", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          attachments: {
            description: "Files Dixa should copy and attach.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          integrationEmail: {
            description:
              "Dixa e-mail integration address (`<name>@email.dixa.io`) to use on e-mail conversations.",
            type: "string",
          },
          externalId: {
            description:
              "Your own identifier for the message, for later reference. Must be unique.",
            type: "string",
          },
          _type: { type: "string", const: "Inbound" },
        },
      },
      OutboundMessage: {
        description:
          "A message to the customer, written by the agent in `agentId`. `content` may be left out only on WhatsApp when sending an attachment alone.",
        type: "object",
        required: ["agentId", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          agentId: { description: "Agent the message is sent as.", type: "string", format: "uuid" },
          attachments: {
            description: "Files Dixa should copy and attach. WhatsApp allows one.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          integrationEmail: {
            description: "Dixa e-mail integration address to send from on e-mail conversations.",
            type: "string",
          },
          externalId: {
            description:
              "Your own identifier for the message, for later reference. Must be unique.",
            type: "string",
          },
          cc: {
            description: "Copy recipients (typed as ids by Dixa).",
            type: "array",
            items: { type: "string", format: "uuid" },
          },
          bcc: {
            description: "Blind copy recipients (typed as ids by Dixa).",
            type: "array",
            items: { type: "string", format: "uuid" },
          },
          _type: { type: "string", const: "Outbound" },
        },
      },
      NewMessage: {
        description:
          "A message to add to a conversation. SMS and WhatsApp accept outbound messages only.",
        oneOf: [
          { $ref: "#/components/schemas/InboundMessage" },
          { $ref: "#/components/schemas/OutboundMessage" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Inbound: "#/components/schemas/InboundMessage",
            Outbound: "#/components/schemas/OutboundMessage",
          },
        },
      },
      AddedMessage: {
        description: "The message as stored by Dixa.",
        type: "object",
        required: ["direction", "authorId"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          direction: { $ref: "#/components/schemas/MessageDirection" },
          authorId: { description: "Author of the message.", type: "string", format: "uuid" },
          externalId: { description: "Your identifier, if you sent one.", type: "string" },
          messageId: { description: "Id Dixa gave the message.", type: "string", format: "uuid" },
          createdAt: {
            description: "When the message was stored.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      NewCallbackConversation: {
        description: "Ask for a callback: Dixa queues a call back to the requester.",
        type: "object",
        required: ["requesterId", "direction", "contactEndpointId", "queueId", "_type"],
        properties: {
          requesterId: { description: "End user to call back.", type: "string", format: "uuid" },
          direction: {
            description: "Direction of the call.",
            type: "string",
            enum: ["Inbound", "Outbound"],
          },
          contactEndpointId: {
            description: "Phone number (contact endpoint) to call from.",
            type: "string",
          },
          queueId: {
            description: "Queue the callback request goes to.",
            type: "string",
            format: "uuid",
          },
          _type: { type: "string", const: "Callback" },
        },
      },
      NewChatConversation: {
        description: "Start a chat conversation on a chat widget.",
        type: "object",
        required: ["requesterId", "widgetId", "message", "_type"],
        properties: {
          requesterId: {
            description: "End user the conversation is with.",
            type: "string",
            format: "uuid",
          },
          widgetId: { description: "Chat widget to use.", type: "string", format: "uuid" },
          message: {
            description: "The first message of the conversation.",
            $ref: "#/components/schemas/NewMessage",
          },
          browserInfo: { $ref: "#/components/schemas/BrowserInfo" },
          language: { description: "Language code, e.g. `en`.", type: "string" },
          _type: { type: "string", const: "Chat" },
        },
      },
      NewContactFormConversation: {
        description: "Start a contact-form conversation.",
        type: "object",
        required: ["requesterId", "emailIntegrationId", "subject", "message", "_type"],
        properties: {
          requesterId: {
            description: "End user the conversation is with.",
            type: "string",
            format: "uuid",
          },
          emailIntegrationId: {
            description:
              "Address of the Dixa e-mail integration (contact endpoint), e.g. `support@acme.email.dixa.io`.",
            type: "string",
          },
          subject: { description: "Subject line.", type: "string" },
          message: {
            description: "The first message of the conversation.",
            $ref: "#/components/schemas/NewMessage",
          },
          language: { description: "Language code, e.g. `en`.", type: "string" },
          _type: { type: "string", const: "ContactForm" },
        },
      },
      NewEmailConversation: {
        description: "Start an e-mail conversation.",
        type: "object",
        required: ["requesterId", "emailIntegrationId", "subject", "message", "_type"],
        properties: {
          requesterId: {
            description: "End user the conversation is with.",
            type: "string",
            format: "uuid",
          },
          emailIntegrationId: {
            description:
              "Address of the Dixa e-mail integration (contact endpoint), e.g. `support@acme.email.dixa.io`.",
            type: "string",
          },
          subject: { description: "Subject line.", type: "string" },
          message: {
            description: "The first message of the conversation.",
            $ref: "#/components/schemas/NewMessage",
          },
          language: { description: "Language code, e.g. `en`.", type: "string" },
          _type: { type: "string", const: "Email" },
        },
      },
      NewSmsConversation: {
        description: "Start an SMS conversation (outbound messages only).",
        type: "object",
        required: ["requesterId", "contactEndpointId", "message", "_type"],
        properties: {
          requesterId: {
            description: "End user the conversation is with.",
            type: "string",
            format: "uuid",
          },
          contactEndpointId: {
            description: "SMS-enabled number of the organization, in E.164 form.",
            type: "string",
          },
          message: {
            description: "The first message of the conversation.",
            $ref: "#/components/schemas/NewMessage",
          },
          _type: { type: "string", const: "Sms" },
        },
      },
      NewConversation: {
        description: "A conversation to create; `_type` picks the channel.",
        oneOf: [
          { $ref: "#/components/schemas/NewCallbackConversation" },
          { $ref: "#/components/schemas/NewChatConversation" },
          { $ref: "#/components/schemas/NewContactFormConversation" },
          { $ref: "#/components/schemas/NewEmailConversation" },
          { $ref: "#/components/schemas/NewSmsConversation" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Callback: "#/components/schemas/NewCallbackConversation",
            Chat: "#/components/schemas/NewChatConversation",
            ContactForm: "#/components/schemas/NewContactFormConversation",
            Email: "#/components/schemas/NewEmailConversation",
            Sms: "#/components/schemas/NewSmsConversation",
          },
        },
      },
      ConversationId: {
        description: "Id of a conversation.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "The conversation id.", type: "integer", format: "int64" },
        },
      },
      InboundImportMessage: {
        description: "A historical message from the customer.",
        type: "object",
        required: ["content", "createdAt", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          attachments: {
            description: "Files Dixa should copy and attach.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          externalId: { description: "Your identifier for the message.", type: "string" },
          createdAt: {
            description: "When the message was originally sent.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          attributes: {
            description:
              "Channel-specific extra fields (for `email`: `emailIntegrationId`, and `requesterId`/`cc`/`bcc` where they apply).",
            type: "object",
            additionalProperties: true,
          },
          _type: { type: "string", const: "InboundImport" },
        },
      },
      OutboundImportMessage: {
        description: "A historical message to the customer, written by `agentId`.",
        type: "object",
        required: ["content", "agentId", "createdAt", "_type"],
        properties: {
          content: { $ref: "#/components/schemas/Content" },
          agentId: { description: "Agent who wrote the message.", type: "string", format: "uuid" },
          attachments: {
            description: "Files Dixa should copy and attach.",
            type: "array",
            items: { $ref: "#/components/schemas/Attachment" },
          },
          externalId: { description: "Your identifier for the message.", type: "string" },
          createdAt: {
            description: "When the message was originally sent.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          attributes: {
            description:
              "Channel-specific extra fields (for `email`: `emailIntegrationId`, and `requesterId`/`cc`/`bcc` where they apply).",
            type: "object",
            additionalProperties: true,
          },
          _type: { type: "string", const: "OutboundImport" },
        },
      },
      ImportMessage: {
        description: "A message of an imported conversation.",
        oneOf: [
          { $ref: "#/components/schemas/InboundImportMessage" },
          { $ref: "#/components/schemas/OutboundImportMessage" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            InboundImport: "#/components/schemas/InboundImportMessage",
            OutboundImport: "#/components/schemas/OutboundImportMessage",
          },
        },
      },
      ConversationClosing: {
        description: "Closes the imported conversation.",
        type: "object",
        required: ["closedAt", "closedBy"],
        properties: {
          closedAt: {
            description: "When the conversation was closed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          closedBy: { description: "Agent who closed it.", type: "string", format: "uuid" },
        },
      },
      ImportConversationRequest: {
        description:
          "A conversation that happened elsewhere, with its messages. `_type` is always `GenericConversationImport`; Dixa's own description leaves the property out but every request carries it.",
        type: "object",
        required: ["genericChannelName", "requesterId", "direction", "createdAt", "_type"],
        properties: {
          genericChannelName: {
            description: "Channel to import into: `email` or `genericapimessaging` today.",
            type: "string",
          },
          requesterId: {
            description: "End user who requested the conversation.",
            type: "string",
            format: "uuid",
          },
          requesterConnectionStatus: {
            description: "Whether the requester is still connected.",
            type: "string",
            enum: ["Connected", "Disconnected"],
          },
          direction: {
            description: "Who started the conversation.",
            type: "string",
            enum: ["Inbound", "Outbound"],
          },
          messages: {
            description: "Messages, oldest first.",
            type: "array",
            items: { $ref: "#/components/schemas/ImportMessage" },
          },
          createdAt: {
            description: "When the conversation was originally created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          assignment: { $ref: "#/components/schemas/Assignment" },
          externalId: { description: "Your identifier for the conversation.", type: "string" },
          closing: { $ref: "#/components/schemas/ConversationClosing" },
          attributes: {
            description:
              "Channel-specific extra fields (for `email`: `emailIntegrationId`, `subject`).",
            type: "object",
            additionalProperties: true,
          },
          _type: { type: "string", const: "GenericConversationImport" },
        },
      },
      ImportProblem: {
        description: "Something that went wrong without stopping the import.",
        type: "object",
        required: ["message"],
        properties: { message: { description: "What went wrong.", type: "string" } },
      },
      ImportedConversation: {
        description: "Result of an import.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Id of the new conversation.", type: "integer", format: "int64" },
          partialErrors: {
            description: "Problems that did not stop the import.",
            type: "array",
            items: { $ref: "#/components/schemas/ImportProblem" },
          },
        },
      },
      InternalNote: {
        description: "An internal note: text only agents can see.",
        type: "object",
        required: ["id", "authorId", "createdAt", "csid", "message"],
        properties: {
          id: { description: "Note id.", type: "string", format: "uuid" },
          authorId: { description: "Agent who wrote the note.", type: "string", format: "uuid" },
          createdAt: {
            description: "When the note was written.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          csid: {
            description: "Conversation the note belongs to.",
            type: "integer",
            format: "int64",
          },
          message: { description: "The note text.", type: "string" },
        },
      },
      NewInternalNote: {
        description: "An internal note to add.",
        type: "object",
        required: ["message"],
        properties: {
          message: { description: "The note text.", type: "string" },
          agentId: { description: "Agent to show as author.", type: "string", format: "uuid" },
          createdAt: {
            description: "Backdate the note to this time.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      NewInternalNotes: {
        description: "Several internal notes to add in one call.",
        type: "object",
        properties: {
          data: {
            description: "The notes.",
            type: "array",
            items: { $ref: "#/components/schemas/NewInternalNote" },
          },
        },
      },
      InternalNoteBulkSuccess: {
        description: "This note was created.",
        type: "object",
        required: ["data", "_type"],
        properties: {
          data: { $ref: "#/components/schemas/InternalNote" },
          _type: { type: "string", const: "BulkActionSuccess" },
        },
      },
      InternalNoteBulkFailure: {
        description: "This note could not be created.",
        type: "object",
        required: ["error", "_type"],
        properties: {
          error: { $ref: "#/components/schemas/ErrorResponse" },
          _type: { type: "string", const: "BulkActionFailure" },
        },
      },
      InternalNoteBulkOutcome: {
        description: "Outcome for one note of a bulk request, in request order.",
        oneOf: [
          { $ref: "#/components/schemas/InternalNoteBulkSuccess" },
          { $ref: "#/components/schemas/InternalNoteBulkFailure" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BulkActionSuccess: "#/components/schemas/InternalNoteBulkSuccess",
            BulkActionFailure: "#/components/schemas/InternalNoteBulkFailure",
          },
        },
      },
      CsatScore: {
        description: "Customer satisfaction score.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: {
            description: "From 1 (worst) to 5 (best).",
            type: "integer",
            format: "int32",
            minimum: 1,
            maximum: 5,
          },
          _type: { type: "string", const: "Csat" },
        },
      },
      NpsScore: {
        description: "Net promoter score.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: {
            description: "From 0 to 10.",
            type: "integer",
            format: "int32",
            minimum: 0,
            maximum: 10,
          },
          _type: { type: "string", const: "Nps" },
        },
      },
      ThumbsScore: {
        description: "Thumbs up or down.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: {
            description: "0 for thumbs down, 1 for thumbs up.",
            type: "integer",
            format: "int32",
            minimum: 0,
            maximum: 1,
          },
          _type: { type: "string", const: "ThumbsUpOrDown" },
        },
      },
      RatingScore: {
        description: "The score given, tagged with the rating type.",
        oneOf: [
          { $ref: "#/components/schemas/CsatScore" },
          { $ref: "#/components/schemas/NpsScore" },
          { $ref: "#/components/schemas/ThumbsScore" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Csat: "#/components/schemas/CsatScore",
            Nps: "#/components/schemas/NpsScore",
            ThumbsUpOrDown: "#/components/schemas/ThumbsScore",
          },
        },
      },
      NewRatingOffer: {
        description: "A rating offer to record.",
        type: "object",
        required: ["ratingType"],
        properties: {
          userId: {
            description: "End user asked to rate; the conversation's requester when left out.",
            type: "string",
          },
          agentId: {
            description:
              "Agent being rated; when left out Dixa picks the most likely agent. An agent outside the conversation skews Intelligence metrics.",
            type: "string",
          },
          ratingType: { $ref: "#/components/schemas/RatingType" },
          offeredAt: {
            description: "When the offer was made.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      RatingOffer: {
        description: "A recorded rating offer.",
        type: "object",
        required: ["id", "userId", "agentId", "ratingType"],
        properties: {
          id: {
            description: "Offer id; use it as `ratingId` when submitting the result.",
            type: "string",
          },
          userId: { description: "End user asked to rate.", type: "string" },
          agentId: { description: "Agent being rated.", type: "string" },
          ratingType: { $ref: "#/components/schemas/RatingType" },
          offeredAt: {
            description: "When the offer was made.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      NewRatingResult: {
        description: "The answer to a rating offer.",
        type: "object",
        required: ["ratingResult"],
        properties: {
          userId: {
            description: "Ignored by Dixa and kept only so older callers still work; may be null.",
            deprecated: true,
            type: ["string", "null"],
          },
          ratingResult: { $ref: "#/components/schemas/RatingScore" },
          comment: { description: "Free-text comment from the customer.", type: "string" },
          submittedAt: {
            description: "When the customer answered.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      RatingResult: {
        description: "A recorded rating result.",
        type: "object",
        required: ["ratingId", "ratingResult"],
        properties: {
          ratingId: { description: "Offer the result answers.", type: "string" },
          userId: { description: "End user who answered.", type: "string" },
          ratingResult: { $ref: "#/components/schemas/RatingScore" },
          comment: { description: "Free-text comment.", type: "string" },
          submittedAt: {
            description: "When the customer answered.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      ConversationRating: {
        description:
          "Status of one rating question of a conversation. A survey with several questions gives one entry per question, all with the same `id`.",
        type: "object",
        required: [
          "id",
          "ratingType",
          "conversationChannel",
          "userId",
          "ratingStatus",
          "timestamps",
        ],
        properties: {
          id: { description: "Rating (survey) id.", type: "string" },
          ratingScore: { description: "Score, once rated.", type: "integer", format: "int32" },
          ratingType: { $ref: "#/components/schemas/RatingType" },
          ratingComment: { description: "Comment, once rated.", type: "string" },
          conversationChannel: { $ref: "#/components/schemas/ConversationChannel" },
          agentId: { description: "Agent being rated.", type: "string" },
          userId: { description: "End user asked to rate.", type: "string" },
          ratingStatus: {
            description: "Where the rating is in its lifecycle.",
            type: "string",
            enum: ["Unscheduled", "Offered", "Rated", "Scheduled", "Cancelled"],
          },
          language: { description: "Language of the survey.", type: "string" },
          timestamps: {
            description:
              "Lifecycle timestamps by name (`created_at`, `scheduled_at`, `scheduled_for`, `offered_at`, `modified_at`, `rated_at`).",
            type: "object",
            additionalProperties: { $ref: "#/components/schemas/DixaTimestamp" },
          },
        },
      },
      ActivityLogUser: {
        description: "A user mentioned in the activity log.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "User id.", type: "string" },
          name: { description: "Display name.", type: "string" },
          email: { description: "E-mail address.", type: "string" },
          phoneNumber: { description: "Phone number.", type: "string" },
        },
      },
      ConversationAssignedAttribute: {
        description: "The conversation was assigned.",
        type: "object",
        required: ["agentId", "_type"],
        properties: {
          agentId: { description: "Agent assigned.", type: "string" },
          agentName: { description: "Name of that agent.", type: "string" },
          _type: { type: "string", const: "ConversationAssignedAttribute" },
        },
      },
      ConversationAutoReplySentAttribute: {
        description: "An auto-reply went out.",
        type: "object",
        required: ["templateName", "_type"],
        properties: {
          templateName: { description: "Template used.", type: "string" },
          _type: { type: "string", const: "ConversationAutoReplySentAttribute" },
        },
      },
      ConversationChannelChangedAttribute: {
        description: "The conversation moved to another channel.",
        type: "object",
        required: ["channelReference", "_type"],
        properties: {
          channelReference: { description: "Reference of the new channel.", type: "string" },
          _type: { type: "string", const: "ConversationChannelChangedAttribute" },
        },
      },
      ConversationClaimedAttribute: {
        description: "An agent claimed the conversation.",
        type: "object",
        required: ["_type"],
        properties: {
          claimedFromLabel: { description: "Who or what it was claimed from.", type: "string" },
          claimedFromType: { description: "Kind of that source.", type: "string" },
          _type: { type: "string", const: "ConversationClaimedAttribute" },
        },
      },
      ConversationCreatedAttribute: {
        description: "The conversation was created.",
        type: "object",
        required: ["_type"],
        properties: {
          subject: { description: "Subject at creation.", type: "string" },
          _type: { type: "string", const: "ConversationCreatedAttribute" },
        },
      },
      ConversationCustomAttributesUpdatedAttribute: {
        description: "Custom attributes changed.",
        type: "object",
        required: ["updatedAttributeValues", "_type"],
        properties: {
          updatedAttributeIds: {
            description: "Ids of the changed attributes.",
            type: "array",
            uniqueItems: true,
            items: { type: "string" },
          },
          updatedAttributeValues: {
            description: "New values by attribute id.",
            type: "object",
            additionalProperties: { $ref: "#/components/schemas/CustomAttributeValue" },
          },
          _type: { type: "string", const: "ConversationCustomAttributesUpdatedAttribute" },
        },
      },
      ConversationEndUserReplacedAttribute: {
        description: "The requester was replaced.",
        type: "object",
        required: ["oldUser", "newUser", "_type"],
        properties: {
          oldUser: {
            description: "Previous requester.",
            $ref: "#/components/schemas/ActivityLogUser",
          },
          newUser: { description: "New requester.", $ref: "#/components/schemas/ActivityLogUser" },
          _type: { type: "string", const: "ConversationEndUserReplacedAttribute" },
        },
      },
      ConversationLanguageUpdatedAttribute: {
        description: "The language changed.",
        type: "object",
        required: ["language", "_type"],
        properties: {
          language: { description: "New language code.", type: "string" },
          _type: { type: "string", const: "ConversationLanguageUpdatedAttribute" },
        },
      },
      ConversationLinkedAttribute: {
        description: "Conversations were linked or unlinked.",
        type: "object",
        required: ["child", "parent", "linkType", "_type"],
        properties: {
          child: { description: "Child conversation.", type: "integer", format: "int64" },
          parent: { description: "Parent conversation.", type: "integer", format: "int64" },
          linkType: { description: "Kind of link.", type: "string" },
          _type: { type: "string", const: "ConversationLinkedAttribute" },
        },
      },
      ConversationOfferedAttribute: {
        description: "The conversation was offered to agents.",
        type: "object",
        required: ["_type"],
        properties: {
          agentNames: {
            description: "Agents offered to.",
            type: "array",
            items: { type: "string" },
          },
          queueLabel: { description: "Queue it was offered from.", type: "string" },
          _type: { type: "string", const: "ConversationOfferedAttribute" },
        },
      },
      ConversationRatedAttribute: {
        description: "The customer rated the conversation.",
        type: "object",
        required: ["_type"],
        properties: {
          agent: { description: "Agent rated.", $ref: "#/components/schemas/ActivityLogUser" },
          score: { description: "Score given.", type: "integer", format: "int32" },
          message: { description: "Comment given.", type: "string" },
          _type: { type: "string", const: "ConversationRatedAttribute" },
        },
      },
      ConversationRatingNotOfferedAttribute: {
        description: "A rating was not offered.",
        type: "object",
        required: ["_type"],
        properties: {
          evaluationFilters: { description: "Filters that prevented the offer.", type: "string" },
          _type: { type: "string", const: "ConversationRatingNotOfferedAttribute" },
        },
      },
      ConversationRatingOfferedAttribute: {
        description: "A rating was offered.",
        type: "object",
        required: ["agent", "user", "_type"],
        properties: {
          agent: {
            description: "Agent to be rated.",
            $ref: "#/components/schemas/ActivityLogUser",
          },
          user: { description: "End user asked.", $ref: "#/components/schemas/ActivityLogUser" },
          _type: { type: "string", const: "ConversationRatingOfferedAttribute" },
        },
      },
      ConversationRatingScheduledAttribute: {
        description: "A rating offer was scheduled.",
        type: "object",
        required: ["ratingScheduledTime", "_type"],
        properties: {
          ratingScheduledTime: {
            description: "When the offer will be sent.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "ConversationRatingScheduledAttribute" },
        },
      },
      ConversationReservedAttribute: {
        description: "The conversation was reserved for an agent.",
        type: "object",
        required: ["agent", "queueId", "queueName", "reservationType", "validUntil", "_type"],
        properties: {
          agent: {
            description: "Agent it is reserved for.",
            $ref: "#/components/schemas/ActivityLogUser",
          },
          queueId: { description: "Queue id.", type: "string" },
          queueName: { description: "Queue name.", type: "string" },
          reservationType: { description: "Kind of reservation.", type: "string" },
          validUntil: {
            description: "When the reservation lapses.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          _type: { type: "string", const: "ConversationReservedAttribute" },
        },
      },
      ConversationResolvedStateToggledAttribute: {
        description: "The resolved flag changed.",
        type: "object",
        required: ["isResolved", "_type"],
        properties: {
          isResolved: { description: "New value.", type: "boolean" },
          _type: { type: "string", const: "ConversationResolvedStateToggledAttribute" },
        },
      },
      ConversationSubjectUpdatedAttribute: {
        description: "The subject changed.",
        type: "object",
        required: ["oldSubject", "newSubject", "_type"],
        properties: {
          oldSubject: { description: "Previous subject.", type: "string" },
          newSubject: { description: "New subject.", type: "string" },
          _type: { type: "string", const: "ConversationSubjectUpdatedAttribute" },
        },
      },
      ConversationTranscriptionEndedAttribute: {
        description: "Call transcription finished.",
        type: "object",
        required: ["isSuccessful", "_type"],
        properties: {
          isSuccessful: { description: "Whether it succeeded.", type: "boolean" },
          failureReason: { description: "Why it failed.", type: "string" },
          _type: { type: "string", const: "ConversationTranscriptionEndedAttribute" },
        },
      },
      ConversationTransferredAttribute: {
        description: "The conversation was transferred.",
        type: "object",
        required: ["transferType", "destinationType", "destinationId", "_type"],
        properties: {
          transferType: { description: "Kind of transfer.", type: "string" },
          destinationType: {
            description: "Kind of destination (queue, agent...).",
            type: "string",
          },
          destinationId: { description: "Destination id.", type: "string" },
          destinationLabel: { description: "Destination name.", type: "string" },
          reason: { description: "Reason given.", type: "string" },
          _type: { type: "string", const: "ConversationTransferredAttribute" },
        },
      },
      ConversationUnassignedAttribute: {
        description: "The conversation was unassigned.",
        type: "object",
        required: ["agent", "_type"],
        properties: {
          agent: {
            description: "Agent it was taken from.",
            $ref: "#/components/schemas/ActivityLogUser",
          },
          _type: { type: "string", const: "ConversationUnassignedAttribute" },
        },
      },
      MessageAddedAttribute: {
        description: "A message was added.",
        type: "object",
        required: ["messageId", "_type"],
        properties: {
          messageId: { description: "Message id.", type: "string" },
          fromEndpoint: { description: "Endpoint it came from.", type: "string" },
          avatarUrl: { description: "Author avatar.", type: "string" },
          _type: { type: "string", const: "MessageAddedAttribute" },
        },
      },
      MessageRedactedAttribute: {
        description: "A message was redacted.",
        type: "object",
        required: ["messageId", "wasTextRedacted", "numberOfDeletedFiles", "_type"],
        properties: {
          messageId: { description: "Message id.", type: "string" },
          wasTextRedacted: { description: "Whether the text was removed.", type: "boolean" },
          numberOfDeletedFiles: { description: "Files deleted.", type: "integer", format: "int32" },
          _type: { type: "string", const: "MessageRedactedAttribute" },
        },
      },
      NoteAddedAttribute: {
        description: "An internal note was added.",
        type: "object",
        required: ["message", "_type"],
        properties: {
          message: { description: "Note text.", type: "string" },
          avatarUrl: { description: "Author avatar.", type: "string" },
          _type: { type: "string", const: "NoteAddedAttribute" },
        },
      },
      TagAddedAttribute: {
        description: "A tag was added.",
        type: "object",
        required: ["tag", "_type"],
        properties: {
          tag: { description: "Tag name.", type: "string" },
          _type: { type: "string", const: "TagAddedAttribute" },
        },
      },
      TagRemovedAttribute: {
        description: "A tag was removed.",
        type: "object",
        required: ["tag", "_type"],
        properties: {
          tag: { description: "Tag name.", type: "string" },
          _type: { type: "string", const: "TagRemovedAttribute" },
        },
      },
      ActivityLogDetails: {
        description: "Extra details of an activity log entry; the variant depends on the activity.",
        oneOf: [
          { $ref: "#/components/schemas/ConversationAssignedAttribute" },
          { $ref: "#/components/schemas/ConversationAutoReplySentAttribute" },
          { $ref: "#/components/schemas/ConversationChannelChangedAttribute" },
          { $ref: "#/components/schemas/ConversationClaimedAttribute" },
          { $ref: "#/components/schemas/ConversationCreatedAttribute" },
          { $ref: "#/components/schemas/ConversationCustomAttributesUpdatedAttribute" },
          { $ref: "#/components/schemas/ConversationEndUserReplacedAttribute" },
          { $ref: "#/components/schemas/ConversationLanguageUpdatedAttribute" },
          { $ref: "#/components/schemas/ConversationLinkedAttribute" },
          { $ref: "#/components/schemas/ConversationOfferedAttribute" },
          { $ref: "#/components/schemas/ConversationRatedAttribute" },
          { $ref: "#/components/schemas/ConversationRatingNotOfferedAttribute" },
          { $ref: "#/components/schemas/ConversationRatingOfferedAttribute" },
          { $ref: "#/components/schemas/ConversationRatingScheduledAttribute" },
          { $ref: "#/components/schemas/ConversationReservedAttribute" },
          { $ref: "#/components/schemas/ConversationResolvedStateToggledAttribute" },
          { $ref: "#/components/schemas/ConversationSubjectUpdatedAttribute" },
          { $ref: "#/components/schemas/ConversationTranscriptionEndedAttribute" },
          { $ref: "#/components/schemas/ConversationTransferredAttribute" },
          { $ref: "#/components/schemas/ConversationUnassignedAttribute" },
          { $ref: "#/components/schemas/MessageAddedAttribute" },
          { $ref: "#/components/schemas/MessageRedactedAttribute" },
          { $ref: "#/components/schemas/NoteAddedAttribute" },
          { $ref: "#/components/schemas/TagAddedAttribute" },
          { $ref: "#/components/schemas/TagRemovedAttribute" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            ConversationAssignedAttribute: "#/components/schemas/ConversationAssignedAttribute",
            ConversationAutoReplySentAttribute:
              "#/components/schemas/ConversationAutoReplySentAttribute",
            ConversationChannelChangedAttribute:
              "#/components/schemas/ConversationChannelChangedAttribute",
            ConversationClaimedAttribute: "#/components/schemas/ConversationClaimedAttribute",
            ConversationCreatedAttribute: "#/components/schemas/ConversationCreatedAttribute",
            ConversationCustomAttributesUpdatedAttribute:
              "#/components/schemas/ConversationCustomAttributesUpdatedAttribute",
            ConversationEndUserReplacedAttribute:
              "#/components/schemas/ConversationEndUserReplacedAttribute",
            ConversationLanguageUpdatedAttribute:
              "#/components/schemas/ConversationLanguageUpdatedAttribute",
            ConversationLinkedAttribute: "#/components/schemas/ConversationLinkedAttribute",
            ConversationOfferedAttribute: "#/components/schemas/ConversationOfferedAttribute",
            ConversationRatedAttribute: "#/components/schemas/ConversationRatedAttribute",
            ConversationRatingNotOfferedAttribute:
              "#/components/schemas/ConversationRatingNotOfferedAttribute",
            ConversationRatingOfferedAttribute:
              "#/components/schemas/ConversationRatingOfferedAttribute",
            ConversationRatingScheduledAttribute:
              "#/components/schemas/ConversationRatingScheduledAttribute",
            ConversationReservedAttribute: "#/components/schemas/ConversationReservedAttribute",
            ConversationResolvedStateToggledAttribute:
              "#/components/schemas/ConversationResolvedStateToggledAttribute",
            ConversationSubjectUpdatedAttribute:
              "#/components/schemas/ConversationSubjectUpdatedAttribute",
            ConversationTranscriptionEndedAttribute:
              "#/components/schemas/ConversationTranscriptionEndedAttribute",
            ConversationTransferredAttribute:
              "#/components/schemas/ConversationTransferredAttribute",
            ConversationUnassignedAttribute: "#/components/schemas/ConversationUnassignedAttribute",
            MessageAddedAttribute: "#/components/schemas/MessageAddedAttribute",
            MessageRedactedAttribute: "#/components/schemas/MessageRedactedAttribute",
            NoteAddedAttribute: "#/components/schemas/NoteAddedAttribute",
            TagAddedAttribute: "#/components/schemas/TagAddedAttribute",
            TagRemovedAttribute: "#/components/schemas/TagRemovedAttribute",
          },
        },
      },
      ActivityLogEntry: {
        description: "One thing that happened to a conversation.",
        type: "object",
        required: ["id", "conversationId", "activityTimestamp", "activityType", "_type"],
        properties: {
          id: { description: "Entry id.", type: "string", format: "uuid" },
          conversationId: {
            description: "Conversation the entry belongs to.",
            type: "integer",
            format: "int64",
          },
          activityTimestamp: {
            description: "When it happened.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          activityType: {
            description: "Older name of the activity; read `_type` instead.",
            deprecated: true,
            type: "string",
            enum: [
              "ConversationAssignedActivityType",
              "ConversationAutoreplySentActivityType",
              "ConversationClaimedActivityType",
              "ConversationClosedActivityType",
              "ConversationCreatedByAgentActivityType",
              "ConversationCreatedByCustomerActivityType",
              "ConversationEndUserReplacedActivityType",
              "ConversationLanguageUpdatedActivityType",
              "ConversationOfferAcceptedActivityType",
              "ConversationOfferRejectedActivityType",
              "ConversationOfferTimeoutActivityType",
              "ConversationOfferedActivityType",
              "ConversationPendingActivityType",
              "ConversationRatedActivityType",
              "ConversationRatingCancelledActivityType",
              "ConversationRatingOfferedActivityType",
              "ConversationRatingScheduledActivityType",
              "ConversationRatingUnscheduledActivityType",
              "ConversationReopenedActivityType",
              "ConversationReservedType",
              "ConversationTranscriptionEndedActivityType",
              "ConversationTranscriptionStartedActivityType",
              "ConversationUnassignedActivityType",
              "FollowupAddedActivityType",
              "FollowupExpiredActivityType",
              "FollowupRemovedActivityType",
              "MessageAddedByAgentActivityType",
              "MessageAddedByCustomerActivityType",
              "NoteAddedActivityType",
              "TagAddedActivityType",
              "TagRemovedActivityType",
              "TransferFailedActivityType",
              "TransferInitiatedActivityType",
              "TransferSuccessfulActivityType",
              "UnknownActivityType",
            ],
          },
          _type: {
            description: "What happened.",
            type: "string",
            enum: [
              "ConversationRatingScheduled",
              "ConversationPending",
              "ConversationRatingUnscheduled",
              "ConversationOfferRejected",
              "ConversationEndUserReplaced",
              "NoteAdded",
              "FollowupExpired",
              "ConversationRated",
              "TagAdded",
              "ConversationRatingNotOffered",
              "ConversationOfferTimeout",
              "ConversationChannelChanged",
              "ConversationOfferAccepted",
              "MessageAddedByCustomer",
              "ConversationCreatedByCustomer",
              "ConversationCreatedByAgent",
              "ConversationUnlinkedToParent",
              "TransferFailed",
              "TransferSuccessful",
              "ConversationTranscriptionEnded",
              "ConversationOffered",
              "ConversationUnassigned",
              "ConversationMessageRedacted",
              "TagRemoved",
              "TransferInitiated",
              "ConversationResolvedStateToggled",
              "ConversationClaimed",
              "ConversationReopened",
              "ConversationClosed",
              "ConversationLanguageUpdated",
              "FollowupAdded",
              "ConversationCustomAttributesUpdated",
              "ConversationLinkedToParent",
              "ConversationLinkedFromChild",
              "ConversationAutoreplySent",
              "ConversationReserved",
              "ConversationAssigned",
              "ConversationRatingOffered",
              "ConversationUnlinkedFromChild",
              "ConversationTranscriptionStarted",
              "ConversationRatingCancelled",
              "MessageAddedByAgent",
              "FollowupRemoved",
            ],
          },
          author: {
            description: "Who did it, when a user did.",
            $ref: "#/components/schemas/ActivityLogUser",
          },
          attributes: { $ref: "#/components/schemas/ActivityLogDetails" },
        },
      },
      AnonymizationRequest: {
        description: "A queued anonymization request and where it stands.",
        type: "object",
        required: ["id", "entityType", "_type", "initiatedAt", "targetEntityId", "requestedBy"],
        properties: {
          id: { description: "Request id.", type: "string", format: "uuid" },
          entityType: {
            description: "Older name of the entity kind; read `_type` instead.",
            deprecated: true,
            type: "string",
            enum: [
              "ConversationAnonymizationType",
              "MessageAnonymizationType",
              "UnknownAnonymizationType",
              "UserAnonymizationType",
            ],
          },
          _type: {
            description: "Kind of entity being anonymized.",
            type: "string",
            enum: ["Conversation", "Message", "User"],
          },
          initiatedAt: {
            description: "When the request was made.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          targetEntityId: {
            description:
              "Entity being anonymized: the conversation id, or `<conversationId>_<messageId>` for a message.",
            type: "string",
          },
          requestedBy: { description: "User who asked for it.", type: "string", format: "uuid" },
          processedAt: {
            description: "When the anonymization was carried out.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      ConversationTag: {
        description: "A tag on a conversation.",
        type: "object",
        required: ["id", "name", "state"],
        properties: {
          id: { description: "Tag id.", type: "string", format: "uuid" },
          name: { description: "Tag name.", type: "string" },
          color: { description: "Display colour.", type: "string" },
          state: {
            description: "Only active tags can be added to conversations.",
            type: "string",
            enum: ["Active", "Inactive"],
          },
        },
      },
      TagByName: {
        description: "A tag named by its text; Dixa creates it when it does not exist.",
        type: "object",
        required: ["name"],
        properties: { name: { description: "Tag name.", type: "string" } },
      },
      BulkTagRequest: {
        description: "Tags to add to a conversation.",
        type: "object",
        properties: {
          data: {
            description: "The tags.",
            type: "array",
            items: { $ref: "#/components/schemas/TagByName" },
          },
        },
      },
      ConversationFlow: {
        description:
          "A conversation flow (e.g. an IVR call flow) and the contact endpoint it serves.",
        type: "object",
        required: ["id", "name", "channel", "contactEndpointId"],
        properties: {
          id: { description: "Flow id.", type: "string", format: "uuid" },
          name: { description: "Flow name.", type: "string" },
          channel: { $ref: "#/components/schemas/ConversationChannel" },
          contactEndpointId: {
            description: "Contact endpoint (phone number, address...) the flow is attached to.",
            type: "string",
          },
        },
      },
      ClaimRequest: {
        description: "Who claims the conversation.",
        type: "object",
        required: ["agentId"],
        properties: {
          agentId: {
            description: "Agent claiming the conversation.",
            type: "string",
            format: "uuid",
          },
          force: {
            description: "`false` leaves the conversation alone when another agent already has it.",
            type: "boolean",
          },
        },
      },
      ActingUser: {
        description: "The agent or admin to record as having done the action.",
        type: "object",
        properties: {
          userId: { description: "Agent or admin id.", type: "string", format: "uuid" },
        },
      },
      FollowupRequest: {
        description: "When the follow-up ends.",
        type: "object",
        required: ["timestamp"],
        properties: {
          timestamp: {
            description: "When the follow-up expires.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          userId: {
            description: "Agent or admin setting the follow-up.",
            type: "string",
            format: "uuid",
          },
        },
      },
      TransferRequest: {
        description: "Where to transfer the conversation.",
        type: "object",
        required: ["queueId"],
        properties: {
          queueId: { description: "Target queue.", type: "string", format: "uuid" },
          userId: {
            description: "Agent or admin doing the transfer.",
            type: "string",
            format: "uuid",
          },
        },
      },
      LinkRequest: {
        description: "The parent to link to.",
        type: "object",
        required: ["parentId", "linkType"],
        properties: {
          parentId: { description: "Parent conversation.", type: "integer", format: "int64" },
          linkType: {
            description: "Kind of link.",
            type: "string",
            enum: ["Related", "SideConversation"],
          },
        },
      },
      CustomAttributesPatch: {
        description:
          "Custom attribute values to set, keyed by custom attribute id. A string sets a `Text` attribute, a list of strings sets a `Select` attribute (the option path), `null` clears the attribute. Attributes not named are left as they are.",
        type: "object",
        propertyNames: { format: "uuid" },
        additionalProperties: {
          oneOf: [
            { type: "string" },
            { type: "array", items: { type: "string" } },
            { type: "null" },
          ],
        },
      },
      SearchHighlights: {
        description:
          'Matched snippets by field name; the matched text is wrapped in `<em class="highlight">` tags.',
        type: "object",
        additionalProperties: { type: "array", items: { type: "string" } },
      },
      SearchInnerHit: {
        description: "A message (or other part) of the conversation that matched.",
        type: "object",
        required: ["id", "highlight"],
        properties: {
          id: { description: "Id of the matching part.", type: "string" },
          highlight: {
            description:
              'Matched snippets by field name, wrapped in `<em class="highlight">` tags.',
            type: "object",
            additionalProperties: { type: "string" },
          },
        },
      },
      ConversationSearchHit: {
        description: "A conversation matching a text search.",
        type: "object",
        required: ["id", "highlights"],
        properties: {
          id: { description: "Matching conversation.", type: "integer", format: "int64" },
          highlights: { $ref: "#/components/schemas/SearchHighlights" },
          innerHits: {
            description: "Parts of the conversation that matched.",
            type: "array",
            items: { $ref: "#/components/schemas/SearchInnerHit" },
            deprecated: true,
          },
          _type: {
            description: "Sent by Dixa on each hit.",
            type: "string",
            const: "ConversationSearchHit",
          },
        },
      },
      FilteredSearchHit: {
        description: "A conversation matching a filtered search.",
        type: "object",
        required: ["id", "highlights"],
        properties: {
          id: { description: "Matching conversation.", type: "integer", format: "int64" },
          highlights: { $ref: "#/components/schemas/SearchHighlights" },
        },
      },
      SearchText: {
        description: "Text to look for.",
        type: "object",
        required: ["value"],
        properties: {
          value: { description: "The text.", type: "string" },
          exactMatch: { description: "Only exact matches (default `false`).", type: "boolean" },
        },
      },
      FieldIsEmpty: {
        description: "The field has no value.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "IsEmpty" } },
      },
      FieldIsNotEmpty: {
        description: "The field has a value.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "IsNotEmpty" } },
      },
      FieldIsOneOf: {
        description: "The field equals one of the values.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Accepted values.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      FieldIsNotOneOf: {
        description: "The field equals none of the values.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Rejected values.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      TagsIncludeAll: {
        description: "The conversation has all of the tags.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Tag ids.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "IncludesAll" },
        },
      },
      TagsIncludeOne: {
        description: "The conversation has at least one of the tags.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Tag ids.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "IncludesOne" },
        },
      },
      TagsExcludeAll: {
        description: "The conversation has none of the tags.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Tag ids.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "ExcludesAll" },
        },
      },
      TagsExcludeOne: {
        description: "The conversation lacks at least one of the tags.",
        type: "object",
        required: ["_type"],
        properties: {
          values: { description: "Tag ids.", type: "array", items: { type: "string" } },
          _type: { type: "string", const: "ExcludesOne" },
        },
      },
      TimestampBetween: {
        description: "Between two points in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`.",
        type: "object",
        required: ["timestampFrom", "timestampTo", "_type"],
        properties: {
          timestampFrom: { description: "Start.", $ref: "#/components/schemas/DixaTimestamp" },
          timestampTo: { description: "End.", $ref: "#/components/schemas/DixaTimestamp" },
          _type: { type: "string", const: "Between" },
        },
      },
      TimestampSince: {
        description: "At or after a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`.",
        type: "object",
        required: ["timestamp", "_type"],
        properties: {
          timestamp: { description: "Start.", $ref: "#/components/schemas/DixaTimestamp" },
          _type: { type: "string", const: "Since" },
        },
      },
      TimestampUntil: {
        description: "At or before a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`.",
        type: "object",
        required: ["timestamp", "_type"],
        properties: {
          timestamp: { description: "End.", $ref: "#/components/schemas/DixaTimestamp" },
          _type: { type: "string", const: "Until" },
        },
      },
      ChannelIsOneOf: {
        description: "The channel is one of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Channels.",
            type: "array",
            items: {
              type: "string",
              enum: [
                "email",
                "contactform",
                "chat",
                "dixamessenger",
                "phone",
                "voicemail",
                "callback",
                "sms",
                "facebookmessenger",
                "whatsapp",
                "adachat",
                "digitalgeniuschat",
                "kindlychat",
                "genericapimessaging",
                "trustpilot",
                "yotpo",
              ],
            },
          },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      ChannelIsNotOneOf: {
        description: "The channel is none of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Channels.",
            type: "array",
            items: {
              type: "string",
              enum: [
                "email",
                "contactform",
                "chat",
                "dixamessenger",
                "phone",
                "voicemail",
                "callback",
                "sms",
                "facebookmessenger",
                "whatsapp",
                "adachat",
                "digitalgeniuschat",
                "kindlychat",
                "genericapimessaging",
                "trustpilot",
                "yotpo",
              ],
            },
          },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      AttributeIsOneOf: {
        description: "The custom attribute has one of the values.",
        type: "object",
        required: ["_type"],
        properties: {
          values: {
            description:
              'One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`).',
            type: "array",
            items: { type: "array", items: { type: "string" } },
          },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      AttributeIsNotOneOf: {
        description: "The custom attribute has none of the values.",
        type: "object",
        required: ["_type"],
        properties: {
          values: {
            description:
              'One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`).',
            type: "array",
            items: { type: "array", items: { type: "string" } },
          },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      DirectionIsOneOf: {
        description: "The initial direction is one of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Directions.",
            type: "array",
            items: { type: "string", enum: ["inbound", "outbound", "internal"] },
          },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      DirectionIsNotOneOf: {
        description: "The initial direction is none of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Directions.",
            type: "array",
            items: { type: "string", enum: ["inbound", "outbound", "internal"] },
          },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      StatusIsOneOf: {
        description: "The status is one of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Statuses.",
            type: "array",
            items: { type: "string", enum: ["open", "closed", "pending"] },
          },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      StatusIsNotOneOf: {
        description: "The status is none of these.",
        type: "object",
        required: ["values", "_type"],
        properties: {
          values: {
            description: "Statuses.",
            type: "array",
            items: { type: "string", enum: ["open", "closed", "pending"] },
          },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      DurationBetween: {
        description: "Duration within a range, in milliseconds (10800000 = 3 hours).",
        type: "object",
        required: ["min", "max", "_type"],
        properties: {
          min: { description: "Shortest, in ms.", type: "integer", format: "int64" },
          max: { description: "Longest, in ms.", type: "integer", format: "int64" },
          _type: { type: "string", const: "Between" },
        },
      },
      DurationAtLeast: {
        description: "Duration at least this long, in milliseconds.",
        type: "object",
        required: ["duration", "_type"],
        properties: {
          duration: { description: "In ms.", type: "integer", format: "int64" },
          _type: { type: "string", const: "LongerThanOrEqualTo" },
        },
      },
      DurationAtMost: {
        description: "Duration at most this long, in milliseconds.",
        type: "object",
        required: ["duration", "_type"],
        properties: {
          duration: { description: "In ms.", type: "integer", format: "int64" },
          _type: { type: "string", const: "ShorterThanOrEqualTo" },
        },
      },
      OptionalValueOperator: {
        description: "Test for a field that holds at most one value and may be empty.",
        oneOf: [
          { $ref: "#/components/schemas/FieldIsEmpty" },
          { $ref: "#/components/schemas/FieldIsNotEmpty" },
          { $ref: "#/components/schemas/FieldIsNotOneOf" },
          { $ref: "#/components/schemas/FieldIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsEmpty: "#/components/schemas/FieldIsEmpty",
            IsNotEmpty: "#/components/schemas/FieldIsNotEmpty",
            IsNotOneOf: "#/components/schemas/FieldIsNotOneOf",
            IsOneOf: "#/components/schemas/FieldIsOneOf",
          },
        },
      },
      SingleValueOperator: {
        description: "Test for a field that always holds one value.",
        oneOf: [
          { $ref: "#/components/schemas/FieldIsNotOneOf" },
          { $ref: "#/components/schemas/FieldIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsNotOneOf: "#/components/schemas/FieldIsNotOneOf",
            IsOneOf: "#/components/schemas/FieldIsOneOf",
          },
        },
      },
      TagOperator: {
        description: "Test on the tags of a conversation.",
        oneOf: [
          { $ref: "#/components/schemas/TagsExcludeAll" },
          { $ref: "#/components/schemas/TagsExcludeOne" },
          { $ref: "#/components/schemas/TagsIncludeAll" },
          { $ref: "#/components/schemas/TagsIncludeOne" },
          { $ref: "#/components/schemas/FieldIsEmpty" },
          { $ref: "#/components/schemas/FieldIsNotEmpty" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            ExcludesAll: "#/components/schemas/TagsExcludeAll",
            ExcludesOne: "#/components/schemas/TagsExcludeOne",
            IncludesAll: "#/components/schemas/TagsIncludeAll",
            IncludesOne: "#/components/schemas/TagsIncludeOne",
            IsEmpty: "#/components/schemas/FieldIsEmpty",
            IsNotEmpty: "#/components/schemas/FieldIsNotEmpty",
          },
        },
      },
      TimestampOperator: {
        description: "Test on a point in time.",
        oneOf: [
          { $ref: "#/components/schemas/TimestampBetween" },
          { $ref: "#/components/schemas/TimestampSince" },
          { $ref: "#/components/schemas/TimestampUntil" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Between: "#/components/schemas/TimestampBetween",
            Since: "#/components/schemas/TimestampSince",
            Until: "#/components/schemas/TimestampUntil",
          },
        },
      },
      ChannelOperator: {
        description: "Test on the channel.",
        oneOf: [
          { $ref: "#/components/schemas/ChannelIsNotOneOf" },
          { $ref: "#/components/schemas/ChannelIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsNotOneOf: "#/components/schemas/ChannelIsNotOneOf",
            IsOneOf: "#/components/schemas/ChannelIsOneOf",
          },
        },
      },
      CustomAttributeOperator: {
        description: "Test on a custom attribute.",
        oneOf: [
          { $ref: "#/components/schemas/FieldIsEmpty" },
          { $ref: "#/components/schemas/FieldIsNotEmpty" },
          { $ref: "#/components/schemas/AttributeIsNotOneOf" },
          { $ref: "#/components/schemas/AttributeIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsEmpty: "#/components/schemas/FieldIsEmpty",
            IsNotEmpty: "#/components/schemas/FieldIsNotEmpty",
            IsNotOneOf: "#/components/schemas/AttributeIsNotOneOf",
            IsOneOf: "#/components/schemas/AttributeIsOneOf",
          },
        },
      },
      DirectionOperator: {
        description: "Test on the initial direction.",
        oneOf: [
          { $ref: "#/components/schemas/DirectionIsNotOneOf" },
          { $ref: "#/components/schemas/DirectionIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsNotOneOf: "#/components/schemas/DirectionIsNotOneOf",
            IsOneOf: "#/components/schemas/DirectionIsOneOf",
          },
        },
      },
      DurationOperator: {
        description: "Test on the duration.",
        oneOf: [
          { $ref: "#/components/schemas/DurationBetween" },
          { $ref: "#/components/schemas/DurationAtLeast" },
          { $ref: "#/components/schemas/DurationAtMost" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Between: "#/components/schemas/DurationBetween",
            LongerThanOrEqualTo: "#/components/schemas/DurationAtLeast",
            ShorterThanOrEqualTo: "#/components/schemas/DurationAtMost",
          },
        },
      },
      StatusOperator: {
        description: "Test on the status.",
        oneOf: [
          { $ref: "#/components/schemas/StatusIsNotOneOf" },
          { $ref: "#/components/schemas/StatusIsOneOf" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsNotOneOf: "#/components/schemas/StatusIsNotOneOf",
            IsOneOf: "#/components/schemas/StatusIsOneOf",
          },
        },
      },
      AgentIdFilter: {
        description: "Filter on the assigned agent (agent ids).",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/OptionalValueOperator" },
          _type: { type: "string", const: "AgentId" },
        },
      },
      AssignedDateFilter: {
        description: "Filter on when the conversation was assigned.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TimestampOperator" },
          _type: { type: "string", const: "AssignedDate" },
        },
      },
      ChannelFilter: {
        description: "Filter on the channel.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/ChannelOperator" },
          _type: { type: "string", const: "Channel" },
        },
      },
      ClosedDateFilter: {
        description: "Filter on when the conversation was closed.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TimestampOperator" },
          _type: { type: "string", const: "ClosedDate" },
        },
      },
      ContactIdFilter: {
        description: "Filter on the requester (end user ids).",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/SingleValueOperator" },
          _type: { type: "string", const: "ContactId" },
        },
      },
      ConversationIdFilter: {
        description: "Filter on the conversation id.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/SingleValueOperator" },
          _type: { type: "string", const: "ConversationId" },
        },
      },
      CreationDateFilter: {
        description: "Filter on when the conversation was created.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TimestampOperator" },
          _type: { type: "string", const: "CreationDate" },
        },
      },
      CustomAttributeFilter: {
        description: "Filter on a custom attribute, named by `attributeId`.",
        type: "object",
        required: ["operator", "attributeId", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/CustomAttributeOperator" },
          attributeId: { description: "Custom attribute definition id.", type: "string" },
          _type: { type: "string", const: "CustomAttribute" },
        },
      },
      DirectionFilter: {
        description: "Filter on the initial direction.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/DirectionOperator" },
          _type: { type: "string", const: "Direction" },
        },
      },
      DurationFilter: {
        description: "Filter on the duration.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/DurationOperator" },
          _type: { type: "string", const: "Duration" },
        },
      },
      LastActivityFilter: {
        description: "Filter on the last activity.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TimestampOperator" },
          _type: { type: "string", const: "LastActivity" },
        },
      },
      LastMessageFilter: {
        description: "Filter on the last message.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TimestampOperator" },
          _type: { type: "string", const: "LastMessage" },
        },
      },
      QueueIdFilter: {
        description: "Filter on the queue (queue ids).",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/OptionalValueOperator" },
          _type: { type: "string", const: "QueueId" },
        },
      },
      StatusFilter: {
        description: "Filter on the status.",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/StatusOperator" },
          _type: { type: "string", const: "Status" },
        },
      },
      TagIdFilter: {
        description: "Filter on the tags (tag ids).",
        type: "object",
        required: ["operator", "_type"],
        properties: {
          operator: { $ref: "#/components/schemas/TagOperator" },
          _type: { type: "string", const: "TagId" },
        },
      },
      SearchField: {
        description: "The field a condition tests, with its operator.",
        oneOf: [
          { $ref: "#/components/schemas/AgentIdFilter" },
          { $ref: "#/components/schemas/AssignedDateFilter" },
          { $ref: "#/components/schemas/ChannelFilter" },
          { $ref: "#/components/schemas/ClosedDateFilter" },
          { $ref: "#/components/schemas/ContactIdFilter" },
          { $ref: "#/components/schemas/ConversationIdFilter" },
          { $ref: "#/components/schemas/CreationDateFilter" },
          { $ref: "#/components/schemas/CustomAttributeFilter" },
          { $ref: "#/components/schemas/DirectionFilter" },
          { $ref: "#/components/schemas/DurationFilter" },
          { $ref: "#/components/schemas/LastActivityFilter" },
          { $ref: "#/components/schemas/LastMessageFilter" },
          { $ref: "#/components/schemas/QueueIdFilter" },
          { $ref: "#/components/schemas/StatusFilter" },
          { $ref: "#/components/schemas/TagIdFilter" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            AgentId: "#/components/schemas/AgentIdFilter",
            AssignedDate: "#/components/schemas/AssignedDateFilter",
            Channel: "#/components/schemas/ChannelFilter",
            ClosedDate: "#/components/schemas/ClosedDateFilter",
            ContactId: "#/components/schemas/ContactIdFilter",
            ConversationId: "#/components/schemas/ConversationIdFilter",
            CreationDate: "#/components/schemas/CreationDateFilter",
            CustomAttribute: "#/components/schemas/CustomAttributeFilter",
            Direction: "#/components/schemas/DirectionFilter",
            Duration: "#/components/schemas/DurationFilter",
            LastActivity: "#/components/schemas/LastActivityFilter",
            LastMessage: "#/components/schemas/LastMessageFilter",
            QueueId: "#/components/schemas/QueueIdFilter",
            Status: "#/components/schemas/StatusFilter",
            TagId: "#/components/schemas/TagIdFilter",
          },
        },
      },
      SearchCondition: {
        description: "One condition of a filter.",
        type: "object",
        required: ["field"],
        properties: { field: { $ref: "#/components/schemas/SearchField" } },
      },
      SearchFilters: {
        description: "Conditions combined with AND (`All`) or OR (`Any`).",
        type: "object",
        required: ["strategy"],
        properties: {
          strategy: {
            description: "How conditions combine.",
            type: "string",
            enum: ["All", "Any"],
          },
          conditions: {
            description: "The conditions.",
            type: "array",
            items: { $ref: "#/components/schemas/SearchCondition" },
          },
        },
      },
      SearchRequest: {
        description: "A text query, filters, or both.",
        type: "object",
        properties: {
          query: { $ref: "#/components/schemas/SearchText" },
          filters: { $ref: "#/components/schemas/SearchFilters" },
        },
      },
      AnonymizationResponse: {
        description: "The anonymization request.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/AnonymizationRequest" } },
      },
      InternalNoteResponse: {
        description: "The created note.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/InternalNote" } },
      },
      InternalNoteListResponse: {
        description: "Internal notes, oldest first.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/InternalNote" } },
        },
      },
      InternalNoteBulkResponse: {
        description: "One outcome per submitted note.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/InternalNoteBulkOutcome" } },
        },
      },
      RatingResultResponse: {
        description: "The recorded rating result.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/RatingResult" } },
      },
      RatingOfferResponse: {
        description: "The recorded rating offer.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/RatingOffer" } },
      },
      ConversationRatingListResponse: {
        description: "Rating statuses of a conversation.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ConversationRating" } },
        },
      },
      ActivityLogPage: {
        description: "One page of activity log entries.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ActivityLogEntry" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      ActivityLogListResponse: {
        description: "Activity log entries of a conversation.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ActivityLogEntry" } },
        },
      },
      ConversationFlowListResponse: {
        description: "Conversation flows.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ConversationFlow" } },
        },
      },
      ConversationTagListResponse: {
        description: "Tags on a conversation.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ConversationTag" } },
        },
      },
      MessageListResponse: {
        description: "Messages, oldest first.",
        type: "object",
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/Message" } } },
      },
      AddedMessageResponse: {
        description: "The stored message.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/AddedMessage" } },
      },
      CreatedConversationResponse: {
        description: "Id of the new conversation.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/ConversationId" } },
      },
      ImportedConversationResponse: {
        description: "Id of the new conversation and any partial errors.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/ImportedConversation" } },
      },
      ConversationCustomAttributeListResponse: {
        description: "Custom attribute values after the patch.",
        type: "object",
        properties: {
          data: {
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
        },
      },
      ConversationResponse: {
        description: "The conversation.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/Conversation" } },
      },
      ConversationListResponse: {
        description: "Conversations.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/Conversation" } },
        },
      },
      ConversationSearchPage: {
        description: "One page of search hits.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ConversationSearchHit" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      FilteredSearchPage: {
        description: "One page of filtered search hits.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/FilteredSearchHit" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
    },
  },
};

/** specs/dixa/cxkit.json. */
export const config = {
  $schema: "../cxkit.schema.json",
  name: "dixa",
  packageName: "@cxkit/dixa",
  displayName: "Dixa",
  description: "Typed client for the Dixa API (conversations, messages, notes, ratings, tags)",
  auth: { apiKey: { option: "apiKey" } },
  rateLimit: { requests: 10, perMs: 1000, burst: 4 },
} as const;
