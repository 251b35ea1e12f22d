// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/dixa/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Dixa API",
    version: "1.1.0",
    description:
      "Dixa's REST API (`https://dev.dixa.io/v1`) and its Exports API (`https://exports.dixa.io/v1`), for one client. The main API covers conversations and what hangs off them (messages, internal notes, ratings, tags, activity log, links, custom attribute values), search, the people involved (end users, agents and admins, teams, queues and their members, presence), the organization's set-up (tags, custom attribute definitions, contact endpoints, business hours, templates, webhook subscriptions), anonymization, analytics (metrics and unaggregated records) and the knowledge base (collections, categories, articles and their translations). The Exports API hands out whole days of conversations or messages as flat rows, for data warehouses.\n\nWritten for cxkit from Dixa's API reference (docs.dixa.io; `shared/vendor-docs/dixa-conversations-api.txt` and `dixa-conversations-api-beta-index.txt` for the conversation part) and checked against Dixa's own OpenAPI description (`shared/upstream-specs/dixa-api-beta.openapi.yaml`, whose `/beta/` paths are today's `/v1/`). The Exports API is not in that file; its part follows Dixa's Exports API reference and guide.\n\nEvery request and answer body that has a variant carries a `_type` property naming it, also where Dixa's own description does not declare one. Timestamps may come in Java's `2021-12-01T12:46:36.581Z[GMT]` form (see `DixaTimestamp`); agent presence times come without any zone (see `LocalTimestamp`). Lists that page take `pageLimit` and `pageKey` and answer `meta.next`. The main API allows 10 requests per second per token with bursts of 4, and answers `429 Too Many Requests` beyond that; the Exports API allows far fewer (see its operations).",
  },
  servers: [{ url: "https://dev.dixa.io", description: "Dixa API" }],
  security: [{ apiKey: [] }],
  "x-cxkit-webhooks": { discriminator: "event_fqn", id: "event_id" },
  tags: [
    { name: "Conversations", description: "Conversations and everything attached to them." },
    { name: "Chatbots", description: "Operations Dixa recommends for chatbot integrations." },
    { name: "Messages", description: "Messages of a conversation." },
    { name: "Internal Notes", description: "Notes only agents can see." },
    { name: "Ratings", description: "Rating offers and results (CSAT, NPS, thumbs)." },
    {
      name: "Tags",
      description:
        "The organization's tags (create, activate, deactivate, delete) and the tags on a conversation.",
    },
    {
      name: "Anonymization",
      description:
        "Removing personal data from conversations, messages and end users, and following up on the requests.",
    },
    {
      name: "Custom Attributes",
      description:
        "Organization-defined fields on conversations and end users, their definitions and their values.",
    },
    { name: "Search", description: "Finding conversations." },
    {
      name: "End Users",
      description: "The organization's customers (contacts), who request conversations.",
    },
    {
      name: "Agents",
      description: "Agents and admins, their presence and the teams they belong to.",
    },
    { name: "Teams", description: "Groups of agents and their members' presence." },
    {
      name: "Queues",
      description:
        "Queues conversations wait in before an agent is offered them, and the agents who serve each queue.",
    },
    {
      name: "Contact Endpoints",
      description: "E-mail addresses and phone numbers the organization is reached at.",
    },
    {
      name: "Business Hours",
      description: "Opening-hours schedules, their definitions and whether the business is open.",
    },
    { name: "Templates", description: "Quick responses and e-mail auto-replies." },
    {
      name: "Webhooks",
      description:
        "Subscriptions that make Dixa send events to your server, and what was delivered.",
    },
    {
      name: "Analytics",
      description:
        "Metrics (aggregated) and metric records (one row per conversation, rating...) with their catalogues and filter values.",
    },
    {
      name: "Knowledge",
      description:
        "The knowledge base (collections, categories, articles) and article translations.",
    },
    { name: "Organization", description: "The organization the API token belongs to." },
    {
      name: "Exports",
      description:
        "Dixa's Exports API, on its own host (`https://exports.dixa.io`): whole time windows of conversations or messages as flat rows. Same API token, sent as `Authorization: Bearer <token>`.",
    },
    {
      name: "Webhook events",
      description:
        "Events Dixa POSTs to a webhook subscription's URL (see `WebhookEnvelope` for delivery and signature checking).",
    },
  ],
  paths: {
    "/v1/agents": {
      get: {
        operationId: "listAgents",
        summary: "List agents",
        description:
          "Page through the organization's agents and admins, or look one up by `email` or by `phone` (not both: 400). The ids found here are the `agentId` of outbound messages, claims, notes and imports.",
        tags: ["Agents"],
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
          {
            name: "email",
            in: "query",
            required: false,
            description: "Only the agent with this e-mail address.",
            schema: { type: "string" },
          },
          {
            name: "phone",
            in: "query",
            required: false,
            description: "Only the agent with this phone number.",
            schema: { type: "string" },
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
            description: "One page of agents.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentPage" },
                examples: {
                  "two-agents": {
                    summary: "Two agents and a link to the next page",
                    value: {
                      data: [
                        {
                          id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          createdAt: "2021-04-12T08:00:00Z",
                          displayName: "Sam Agent",
                          email: "sam@acme.com",
                          avatarUrl: "https://files.dixa.io/public/sam-avatar",
                          additionalEmails: [],
                          additionalPhoneNumbers: [],
                          middleNames: [],
                          roles: ["Agent"],
                        },
                        {
                          id: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                          createdAt: "2020-11-02T13:21:45Z",
                          displayName: "Alex Admin",
                          email: "alex@acme.com",
                          phoneNumber: "+4570201041",
                          additionalEmails: [],
                          additionalPhoneNumbers: [],
                          middleNames: [],
                          roles: ["Admin", "Agent"],
                        },
                      ],
                      meta: { next: "/v1/agents?pageKey=cGFnZUxpbWl0PTImcGFnZT0y" },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "A query parameter could not be read, or `email` and `phone` were both given.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "two-filters": {
                    summary: "`email` and `phone` together",
                    value: {
                      message:
                        "Invalid filters: Cannot provide both phone number and email address",
                    },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createAgent",
        summary: "Create agent",
        description:
          "Add an agent to the organization (201). The e-mail address is the login and must not be in use. Not safe to repeat: a second call fails or creates a second agent.",
        tags: ["Agents"],
        requestBody: {
          description: "The agent.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewAgent" },
              examples: {
                "new-hire": {
                  summary: "A new agent",
                  value: {
                    displayName: "Maria Svensson",
                    email: "maria@acme.com",
                    phoneNumber: "+4570201042",
                    firstName: "Maria",
                    lastName: "Svensson",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The agent was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentResponse" },
                examples: {
                  created: {
                    summary: "The new agent",
                    value: {
                      data: {
                        id: "4d2ab456-8510-4a35-b266-e502160d5177",
                        createdAt: "2024-03-11T16:39:30Z",
                        displayName: "Maria Svensson",
                        email: "maria@acme.com",
                        phoneNumber: "+4570201042",
                        additionalEmails: [],
                        additionalPhoneNumbers: [],
                        firstName: "Maria",
                        lastName: "Svensson",
                        middleNames: [],
                        roles: ["Agent"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read, or it failed validation (e.g. the e-mail address is in use).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      put: {
        operationId: "updateAgents",
        summary: "Update agents",
        description:
          "Replace several agents' details in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; `displayName` is required and fields left out are cleared. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`).",
        tags: ["Agents"],
        requestBody: {
          description: "The agents, in their new form.",
          required: false,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AgentsUpdateRequest" },
              examples: {
                "one-agent": {
                  summary: "Replace one agent",
                  value: [
                    {
                      id: "4d2ab456-8510-4a35-b266-e502160d5177",
                      displayName: "Maria Svensson-Berg",
                      phoneNumber: "+4570201042",
                      firstName: "Maria",
                      lastName: "Svensson-Berg",
                    },
                  ],
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentBulkResponse" },
                examples: {
                  updated: {
                    summary: "The agent was updated",
                    value: {
                      data: [
                        {
                          data: {
                            id: "4d2ab456-8510-4a35-b266-e502160d5177",
                            createdAt: "2024-03-11T16:39:30Z",
                            displayName: "Maria Svensson-Berg",
                            email: "maria@acme.com",
                            phoneNumber: "+4570201042",
                            additionalEmails: [],
                            additionalPhoneNumbers: [],
                            firstName: "Maria",
                            lastName: "Svensson-Berg",
                            middleNames: [],
                            roles: ["Agent"],
                          },
                          _type: "BulkActionSuccess",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchAgents",
        summary: "Patch agents",
        description:
          "Change some fields of several agents in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; fields left out stay as they are. One outcome per entry, in order. Marked idempotent: each entry states final values, so sending the same body twice leaves the same agents.",
        tags: ["Agents"],
        "x-cxkit-idempotent": true,
        requestBody: {
          description: "The changes, per agent.",
          required: false,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AgentsPatchRequest" },
              examples: {
                "rename-two": {
                  summary: "New display names for two agents",
                  value: [
                    { id: "01107a2e-4ff0-4a87-bb48-a19af298394d", displayName: "Sam A." },
                    { id: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098", displayName: "Kim B." },
                  ],
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentBulkResponse" },
                examples: {
                  "one-not-found": {
                    summary: "First agent patched, second unknown",
                    value: {
                      data: [
                        {
                          data: {
                            id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                            createdAt: "2021-04-12T08:00:00Z",
                            displayName: "Sam A.",
                            email: "sam@acme.com",
                            roles: ["Agent"],
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098",
                            message: "Agent not found",
                            _type: "NotFound",
                          },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/agents/bulk": {
      post: {
        operationId: "createAgents",
        summary: "Create agents",
        description:
          "Create several agents in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new agent, or `BulkActionFailure`. Not safe to repeat: entries that succeeded would fail or be created again.",
        tags: ["Agents"],
        requestBody: {
          description: "The agents to create.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewAgents" },
              examples: {
                "two-agents": {
                  summary: "Two new agents",
                  value: {
                    data: [
                      { displayName: "Maria Svensson", email: "maria@acme.com" },
                      { displayName: "Jonas Berg", email: "jonas@acme.com" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "One outcome per agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentBulkResponse" },
                examples: {
                  "one-failed": {
                    summary: "First agent created, second rejected",
                    value: {
                      data: [
                        {
                          data: {
                            id: "4d2ab456-8510-4a35-b266-e502160d5177",
                            createdAt: "2024-03-11T16:39:30Z",
                            displayName: "Maria Svensson",
                            email: "maria@acme.com",
                            additionalEmails: [],
                            additionalPhoneNumbers: [],
                            middleNames: [],
                            roles: ["Agent"],
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
                            message:
                              "Create Agent [userId=5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170] failed with [errors=EmailExists]",
                            _type: "Validation",
                          },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/agents/presence": {
      get: {
        operationId: "listAgentPresence",
        summary: "List presence",
        description:
          "Presence of every agent and admin. Unlike other lists, the answer is a bare JSON array (no `data`, no paging). Its times carry no zone (see `LocalTimestamp`).",
        tags: ["Agents"],
        responses: {
          "200": {
            description: "One entry per agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UserPresenceList" },
                examples: {
                  "two-agents": {
                    summary: "One agent working, one offline",
                    value: [
                      {
                        userId: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        requestTime: "2024-03-11T16:39:30.412",
                        lastSeen: "2024-03-11T16:39:12.007",
                        presenceStatus: "Working",
                        connectionStatus: "Online",
                        activeChannels: ["Email", "WidgetChat"],
                      },
                      {
                        userId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        requestTime: "2024-03-11T16:39:30.412",
                        lastSeen: "2024-03-08T17:02:55.31",
                        presenceStatus: "Away",
                        connectionStatus: "Offline",
                        activeChannels: [],
                      },
                    ],
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/agents/{agentId}": {
      get: {
        operationId: "getAgent",
        summary: "Get agent",
        description: "Fetch one agent or admin.",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        responses: {
          "200": {
            description: "The agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentResponse" },
                examples: {
                  agent: {
                    summary: "An agent",
                    value: {
                      data: {
                        id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        createdAt: "2021-04-12T08:00:00Z",
                        displayName: "Sam Agent",
                        email: "sam@acme.com",
                        avatarUrl: "https://files.dixa.io/public/sam-avatar",
                        phoneNumber: "+4570201043",
                        additionalEmails: [],
                        additionalPhoneNumbers: [],
                        firstName: "Sam",
                        lastName: "Agent",
                        middleNames: [],
                        roles: ["Agent"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The agent id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      put: {
        operationId: "updateAgent",
        summary: "Update agent",
        description:
          "Replace an agent's details: `displayName` is required and fields left out are cleared. Use `patchAgent` to change single fields.",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        requestBody: {
          description: "The agent's new details.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AgentUpdate" },
              examples: {
                "middle-name": {
                  summary: "Details with a middle name",
                  value: {
                    displayName: "Sam Agent",
                    phoneNumber: "+4570201043",
                    firstName: "Sam",
                    lastName: "Agent",
                    middleNames: ["Lee"],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The agent as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentResponse" },
                examples: {
                  updated: {
                    summary: "The replaced agent",
                    value: {
                      data: {
                        id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        createdAt: "2021-04-12T08:00:00Z",
                        displayName: "Sam Agent",
                        email: "sam@acme.com",
                        phoneNumber: "+4570201043",
                        additionalEmails: [],
                        additionalPhoneNumbers: [],
                        firstName: "Sam",
                        lastName: "Agent",
                        middleNames: ["Lee"],
                        roles: ["Agent"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The agent id or the body could not be read, or the details failed validation.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchAgent",
        summary: "Patch agent",
        description:
          "Change some of an agent's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.",
        tags: ["Agents"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        requestBody: {
          description: "The fields to change.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AgentPatch" },
              examples: {
                avatar: {
                  summary: "New avatar",
                  value: { avatarUrl: "https://cdn.example.com/avatars/sam.png" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The agent as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentResponse" },
                examples: {
                  patched: {
                    summary: "The agent after the change",
                    value: {
                      data: {
                        id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        createdAt: "2021-04-12T08:00:00Z",
                        displayName: "Sam Agent",
                        email: "sam@acme.com",
                        avatarUrl: "https://files.dixa.io/public/sam-avatar-2",
                        roles: ["Agent"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The agent id or the body could not be read, or the change failed validation.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "deleteAgent",
        summary: "Delete agent",
        description:
          "Take away a user's agent or admin role: the user stays, as an end user. Conversations and history are kept.",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        responses: {
          "204": { description: "The user is no longer an agent." },
          "400": {
            description: "The agent id is not a UUID, or the downgrade failed validation.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter agentId" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/agents/{agentId}/presence": {
      get: {
        operationId: "getAgentPresence",
        summary: "Get presence",
        description:
          "Whether one agent is online and working, and on which channels. Its times carry no zone (see `LocalTimestamp`).",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        responses: {
          "200": {
            description: "The agent's presence.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UserPresenceResponse" },
                examples: {
                  working: {
                    summary: "Working on e-mail and phone",
                    value: {
                      data: {
                        userId: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        requestTime: "2024-03-11T16:39:30.412",
                        lastSeen: "2024-03-11T16:39:12.007",
                        presenceStatus: "Working",
                        connectionStatus: "Online",
                        activeChannels: ["Email", "PstnPhone"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The agent id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/agents/{agentId}/presence/working-channel": {
      put: {
        operationId: "updateAgentWorkingChannel",
        summary: "Updates the working channel of an agent",
        description:
          "Start or stop an agent working on one channel group (e-mail, interactive chat, messaging, or `Speak` for phone).",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        requestBody: {
          description: "The channel group and whether to work on it.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WorkingChannelUpdate" },
              examples: {
                "stop-phone": {
                  summary: "Stop taking calls",
                  value: { channel: "Speak", working: false },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The working channel was updated." },
          "400": {
            description: "The agent id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/agents/{agentId}/teams": {
      get: {
        operationId: "listAgentTeams",
        summary: "List teams",
        description: "The teams an agent or admin belongs to, by id (`getTeam` has their names).",
        tags: ["Agents"],
        parameters: [{ $ref: "#/components/parameters/agentId" }],
        responses: {
          "200": {
            description: "The agent's teams.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AgentTeamListResponse" },
                examples: {
                  "two-teams": {
                    summary: "Member of two teams",
                    value: {
                      data: [
                        { id: "005e7108-c85c-41d1-a945-4a8dc58c4399" },
                        { id: "83cc3c21-9d28-4250-b6ea-b3a6333c5c73" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The agent id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/analytics/filter/{filterAttribute}": {
      get: {
        operationId: "listAnalyticsFilterValues",
        summary: "Filter values",
        description:
          "Page through the values a filter attribute (e.g. `channel`, `queue_id`, `agent_id`) can take, to put in the `filters` of `queryMetricData` and `queryMetricRecords`. Attributes are shared by all metrics and records; a filter that does not apply to one is ignored.",
        tags: ["Analytics"],
        parameters: [
          {
            name: "filterAttribute",
            in: "path",
            required: true,
            description: "The filter attribute, as listed in a metric's or record's `filters`.",
            schema: { type: "string" },
          },
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
        responses: {
          "200": {
            description: "One page of values.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AnalyticsFilterValuePage" },
                examples: {
                  channels: {
                    summary: "Values of `channel`",
                    value: {
                      data: [
                        { value: "EMAIL", label: "Email" },
                        { value: "PSTN_PHONE", label: "Phone" },
                        { value: "WIDGET_CHAT", label: "Chat" },
                      ],
                      meta: {
                        next: "/v1/analytics/filter/channel?pageKey=cGFnZUxpbWl0PTMmcGFnZT0y",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The page limit or page key could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/analytics/metrics": {
      get: {
        operationId: "listMetrics",
        summary: "Metrics Catalogue",
        description:
          "Page through the metrics `queryMetricData` can compute (e.g. `csat`, `closed_conversations`), each with the filters and aggregations it accepts and the records it is built from.",
        tags: ["Analytics"],
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
        responses: {
          "200": {
            description: "One page of the catalogue.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricMetadataPage" },
                examples: {
                  csat: {
                    summary: "The CSAT metric, last page",
                    value: {
                      data: [
                        {
                          id: "csat",
                          description:
                            "Share of satisfied ratings (4 or 5) among all CSAT ratings, in percent",
                          filters: [
                            {
                              filterAttribute: "queue_id",
                              description: "Queue of the conversation",
                            },
                            { filterAttribute: "agent_id", description: "Agent who was rated" },
                          ],
                          aggregations: [
                            {
                              measure: "Percentage",
                              description: "Percentage of satisfied ratings",
                            },
                          ],
                          relatedRecordIds: ["ratings"],
                        },
                      ],
                      meta: {},
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The page limit or page key could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "queryMetricData",
        summary: "Get Metric Data",
        description:
          "Compute one metric (aggregated), over a period (`periodFilter`: a preset such as last week, or an interval) or over given conversations (`csidFilter`), optionally filtered. Each aggregate comes tagged with its type (`LongAggregateValue`, `DoubleAggregateValue`, `AgentPresenceDurationValue`). Sent as POST only to carry the query: it changes nothing, so it is marked idempotent and may be retried.",
        tags: ["Analytics"],
        "x-cxkit-idempotent": true,
        requestBody: {
          description: "The metric, the period or conversations, filters and the time zone.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/MetricQuery" },
              examples: {
                "closed-last-week": {
                  summary: "E-mail conversations closed last week, counted",
                  value: {
                    id: "closed_conversations",
                    periodFilter: { value: { _type: "PreviousWeek" }, _type: "Preset" },
                    filters: [{ attribute: "channel", values: ["EMAIL"] }],
                    aggregations: ["Count"],
                    timezone: "Europe/Copenhagen",
                  },
                },
                "csat-of-conversations": {
                  summary: "CSAT of three conversations",
                  value: {
                    id: "csat",
                    csidFilter: [18401, 18402, 18410],
                    timezone: "Europe/Copenhagen",
                  },
                },
                interval: {
                  summary: "Closed conversations in the first quarter",
                  value: {
                    id: "closed_conversations",
                    periodFilter: {
                      start: "2024-01-01T00:00:00Z",
                      end: "2024-04-01T00:00:00Z",
                      _type: "Interval",
                    },
                    timezone: "UTC",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The metric's aggregates.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricDataResponse" },
                examples: {
                  count: {
                    summary: "A count",
                    value: {
                      data: {
                        id: "closed_conversations",
                        aggregates: [{ value: 312, measure: "Count", _type: "LongAggregateValue" }],
                      },
                    },
                  },
                  percentage: {
                    summary: "A percentage",
                    value: {
                      data: {
                        id: "csat",
                        aggregates: [
                          { value: 87.5, measure: "Percentage", _type: "DoubleAggregateValue" },
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
              "The body could not be read (unknown metric, filter or aggregation, or a bad period).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/analytics/metrics/{metricId}": {
      get: {
        operationId: "getMetric",
        summary: "Metric Description",
        description: "One metric of the catalogue, with the filters and aggregations it accepts.",
        tags: ["Analytics"],
        parameters: [
          {
            name: "metricId",
            in: "path",
            required: true,
            description: "Metric id, e.g. `csat`.",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The metric.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricMetadataResponse" },
                examples: {
                  closed: {
                    summary: "The closed-conversations metric",
                    value: {
                      data: {
                        id: "closed_conversations",
                        description: "Conversations closed in the period",
                        filters: [
                          {
                            filterAttribute: "channel",
                            description: "Channel of the conversation",
                          },
                        ],
                        aggregations: [
                          { measure: "Count", description: "Number of closed conversations" },
                        ],
                        relatedRecordIds: ["closed_conversations"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The metric id is not known.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/analytics/records": {
      get: {
        operationId: "listMetricRecords",
        summary: "Metric Records Catalogue",
        description:
          "Page through the kinds of records (unaggregated rows) `queryMetricRecords` can return, e.g. `ratings` (one row per CSAT rating) or `closed_conversations`, each with its fields and filters.",
        tags: ["Analytics"],
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
        responses: {
          "200": {
            description: "One page of the catalogue.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricRecordMetadataPage" },
                examples: {
                  ratings: {
                    summary: "The ratings record, last page",
                    value: {
                      data: [
                        {
                          id: "ratings",
                          description: "One row per conversation rating",
                          filters: [
                            {
                              filterAttribute: "queue_id",
                              description: "Queue of the conversation",
                            },
                          ],
                          relatedMetricIds: ["csat"],
                          fieldsMetadata: [
                            {
                              field: "conversation_id",
                              description: "The rated conversation",
                              nullable: false,
                            },
                            {
                              field: "rating_score",
                              description: "Score given by the customer",
                              nullable: true,
                            },
                          ],
                        },
                      ],
                      meta: {},
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The page limit or page key could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "queryMetricRecords",
        summary: "Get Metric Records Data",
        description:
          "Page through the rows of one record (unaggregated data, e.g. every CSAT rating), over a period or given conversations, optionally filtered. `pageLimit` and `pageKey` are query parameters even though this is a POST; send the same body for every page. Each field value is tagged with its type (`LongField`, `StringField`, `UUIDField`...). Changes nothing, so it is marked idempotent and may be retried.",
        tags: ["Analytics"],
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
          description: "The record, the period or conversations, filters and the time zone.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/MetricRecordQuery" },
              examples: {
                "ratings-last-month": {
                  summary: "Every rating of last month",
                  value: {
                    id: "ratings",
                    periodFilter: { value: { _type: "PreviousMonth" }, _type: "Preset" },
                    timezone: "Europe/Copenhagen",
                  },
                },
                "inbound-of-conversations": {
                  summary: "Inbound closed conversations among given ids",
                  value: {
                    id: "closed_conversations",
                    csidFilter: [18401, 18402],
                    filters: [{ attribute: "initial_direction", values: ["INBOUND"] }],
                    timezone: "Europe/Copenhagen",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One page of rows.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricRecordPage" },
                examples: {
                  "two-ratings": {
                    summary: "Two ratings and a link to the next page",
                    value: {
                      data: [
                        {
                          primaryTimestampField: {
                            name: "created_at",
                            timestamp: "2024-02-05T09:12:44.310Z",
                          },
                          value: { value: 5, _type: "LongField" },
                          fields: [
                            { name: "csid", field: { value: 18401, _type: "LongField" } },
                            {
                              name: "current_channel",
                              field: { value: "EMAIL", label: "Email", _type: "StringField" },
                            },
                            {
                              name: "queue",
                              field: {
                                value: "6b9087b3-9ab7-4af4-936d-3290996faedb",
                                label: "Returns",
                                _type: "UUIDField",
                              },
                            },
                          ],
                        },
                        {
                          primaryTimestampField: {
                            name: "created_at",
                            timestamp: "2024-02-05T11:40:02.078Z",
                          },
                          value: { value: 2, _type: "LongField" },
                          fields: [
                            { name: "csid", field: { value: 18410, _type: "LongField" } },
                            { name: "rating_comment" },
                          ],
                        },
                      ],
                      meta: { next: "/v1/analytics/records?pageKey=cGFnZUxpbWl0PTImcGFnZT0y" },
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
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/analytics/records/{recordId}": {
      get: {
        operationId: "getMetricRecord",
        summary: "Metric Record Description",
        description:
          "One record of the catalogue, with its fields (and whether each may be empty) and filters.",
        tags: ["Analytics"],
        parameters: [
          {
            name: "recordId",
            in: "path",
            required: true,
            description: "Record id, e.g. `ratings`.",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The record.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/MetricRecordMetadataResponse" },
                examples: {
                  ratings: {
                    summary: "The ratings record",
                    value: {
                      data: {
                        id: "ratings",
                        description: "One row per conversation rating",
                        relatedMetricIds: ["csat"],
                        fieldsMetadata: [
                          {
                            field: "conversation_id",
                            description: "The rated conversation",
                            nullable: false,
                          },
                          {
                            field: "agent_id",
                            description: "Agent assigned when the rating was given",
                            nullable: true,
                          },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The record id is not known.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/anonymization": {
      post: {
        operationId: "anonymizeEntity",
        summary: "Anonymize entity",
        description:
          "Older, generic way to queue the anonymization of an end user (`_type: User`, `entityId` = user id) or a conversation (`_type: Conversation`, `entityId` = conversation id); use `anonymizeEndUser`, `anonymizeConversation` or `anonymizeMessage` instead. A conversation must be closed first unless `forceAnonymization` is `true`. Poll the answer's id with `getAnonymizationRequest`.",
        tags: ["Anonymization"],
        deprecated: true,
        requestBody: {
          description: "What to anonymize.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AnonymizeEntityRequest" },
              examples: {
                "end-user": {
                  summary: "Anonymize an end user",
                  value: { entityId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", _type: "User" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The anonymization was queued.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AnonymizationResponse" },
                examples: {
                  queued: {
                    summary: "Queued end-user anonymization",
                    value: {
                      data: {
                        id: "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                        entityType: "UserAnonymizationType",
                        _type: "User",
                        initiatedAt: "2024-02-19T09:14:03.221Z[GMT]",
                        targetEntityId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        requestedBy: "8f9e0d1c-2b3a-4f5e-9d8c-7b6a5f4e3d2c",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read, or the conversation is still open and `forceAnonymization` is not set.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/anonymization/request/{requestId}": {
      get: {
        operationId: "getAnonymizationRequest",
        summary: "Get anonymization status",
        description:
          "Where an anonymization request stands: `processedAt` is set once the data is gone. The id comes from the 202 answer of `anonymizeConversation`, `anonymizeMessage` or `anonymizeEndUser` (or from `anonymizeEntity`).",
        tags: ["Anonymization"],
        parameters: [
          {
            name: "requestId",
            in: "path",
            required: true,
            description: "Id of the anonymization request.",
            schema: { type: "string", format: "uuid" },
          },
        ],
        responses: {
          "200": {
            description: "The request and its progress.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AnonymizationResponse" },
                examples: {
                  processed: {
                    summary: "A conversation anonymization that has been carried out",
                    value: {
                      data: {
                        id: "87bac308-e49f-4134-84cc-96b868f1e1e4",
                        entityType: "ConversationAnonymizationType",
                        _type: "Conversation",
                        initiatedAt: "2024-02-19T09:14:03.221Z[GMT]",
                        targetEntityId: "10749",
                        requestedBy: "8f9e0d1c-2b3a-4f5e-9d8c-7b6a5f4e3d2c",
                        processedAt: "2024-02-19T09:20:47.9Z[GMT]",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The request id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/business-hours/schedules": {
      get: {
        operationId: "listBusinessHoursSchedules",
        summary: "List business hours schedules",
        description:
          "The organization's opening-hours schedules, by id and name. The list sits inside `data.schedules`.",
        tags: ["Business Hours"],
        responses: {
          "200": {
            description: "The schedules.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/BusinessHoursScheduleListResponse" },
                examples: {
                  "two-schedules": {
                    summary: "Two schedules",
                    value: {
                      data: {
                        schedules: [
                          { name: "Support DK", id: "4c2a8e6f-1b3d-4a5c-9e7f-0b2d4f6a8c1e" },
                          { name: "Support SE", id: "7d5b3f1a-9c8e-4b6d-a2f4-6e8c0a2b4d6f" },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/business-hours/schedules/{scheduleId}/definition": {
      get: {
        operationId: "getBusinessHoursScheduleDefinition",
        summary: "Get a business hours schedule definition.",
        description:
          "How a schedule is set up: its time zone, the regular opening hours per weekday and the exceptions (holidays, special days), recurring or not.",
        tags: ["Business Hours"],
        parameters: [
          {
            name: "scheduleId",
            in: "path",
            required: true,
            description: "Schedule id.",
            schema: { type: "string", format: "uuid" },
          },
        ],
        responses: {
          "200": {
            description: "The schedule's definition.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/BusinessHoursScheduleDefinitionResponse" },
                examples: {
                  "weekdays-and-christmas": {
                    summary: "Open Monday and Friday, closed on Christmas Day every year",
                    value: {
                      data: {
                        schedule: {
                          id: "4c2a8e6f-1b3d-4a5c-9e7f-0b2d4f6a8c1e",
                          name: "Support DK",
                          timezone: "Europe/Copenhagen",
                          businessHours: [
                            {
                              name: "Monday",
                              dayOfWeek: 1,
                              businessHourType: "Regular",
                              status: "Open",
                              intervals: [{ startTime: "09:00", endTime: "17:00" }],
                              startDate: "2024-01-01",
                            },
                            {
                              name: "Friday",
                              dayOfWeek: 5,
                              businessHourType: "Regular",
                              status: "Open",
                              intervals: [
                                { startTime: "09:00", endTime: "12:00" },
                                { startTime: "13:00", endTime: "15:30" },
                              ],
                              startDate: "2024-01-05",
                            },
                          ],
                          exceptions: [
                            {
                              name: "Christmas Day",
                              businessHourType: "Holiday",
                              status: "Closed",
                              intervals: [],
                              recurring: { dayOfMonth: 25, monthOfYear: 12 },
                              startDate: "2024-12-25",
                              nextDate: "2024-12-25",
                            },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The schedule id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/business-hours/schedules/{scheduleId}/status": {
      get: {
        operationId: "getBusinessHoursStatus",
        summary: "Check if a business is open",
        description:
          "Whether the schedule says the business is open now, or at `timestamp`, and when that changes next.",
        tags: ["Business Hours"],
        parameters: [
          {
            name: "scheduleId",
            in: "path",
            required: true,
            description: "Schedule id.",
            schema: { type: "string" },
          },
          {
            name: "timestamp",
            in: "query",
            required: false,
            description: "The moment to check (`yyyy-MM-ddTHH:mm:ssZ`); now when left out.",
            schema: { type: "string", format: "date-time" },
          },
        ],
        responses: {
          "200": {
            description: "Open or closed, and until when.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/BusinessOpenStatusResponse" },
                examples: {
                  open: {
                    summary: "Open, closing at five",
                    value: {
                      data: {
                        isOpen: true,
                        timestamp: "2024-03-11T10:15:00Z",
                        closesAt: "2024-03-11T16:00:00Z",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "`timestamp` could not be read, or the schedule id is unknown.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/business-hours/schedules/{scheduleId}/upcoming": {
      get: {
        operationId: "getUpcomingBusinessHours",
        summary: "Get the upcoming business hours schedule.",
        description:
          "The opening hours of the next `days` days (1 to 90, default 7), with recurring rules and exceptions already applied.",
        tags: ["Business Hours"],
        parameters: [
          {
            name: "scheduleId",
            in: "path",
            required: true,
            description: "Schedule id.",
            schema: { type: "string", format: "uuid" },
          },
          {
            name: "days",
            in: "query",
            required: false,
            description: "How many days ahead to resolve.",
            schema: { type: "integer", format: "int32", minimum: 1, maximum: 90, default: 7 },
          },
        ],
        responses: {
          "200": {
            description: "The resolved opening hours.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UpcomingBusinessHoursResponse" },
                examples: {
                  "two-days": {
                    summary: "A regular Monday and a holiday",
                    value: {
                      data: {
                        schedule: {
                          id: "4c2a8e6f-1b3d-4a5c-9e7f-0b2d4f6a8c1e",
                          name: "Support DK",
                          timezone: "Europe/Copenhagen",
                          businessHours: [
                            {
                              name: "Monday",
                              dayOfWeek: 1,
                              businessHourType: "Regular",
                              status: "Open",
                              intervals: [{ startTime: "09:00", endTime: "17:00" }],
                              startDate: "2024-01-01",
                              nextDate: "2024-12-23",
                            },
                            {
                              name: "Christmas Day",
                              businessHourType: "Holiday",
                              status: "Closed",
                              intervals: [],
                              recurring: { dayOfMonth: 25, monthOfYear: 12 },
                              startDate: "2024-12-25",
                              nextDate: "2024-12-25",
                            },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The schedule id or `days` could not be read (`days` must be 1 to 90).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/contact-endpoints": {
      get: {
        operationId: "listContactEndpoints",
        summary: "List contact endpoints",
        description:
          "The e-mail addresses and phone numbers the organization is reached at. An e-mail endpoint's `address` is what `createConversation` takes as `emailIntegrationId`; a phone endpoint's `number` is a `contactEndpointId` for SMS and callback conversations. Not paginated.",
        tags: ["Contact Endpoints"],
        parameters: [
          {
            name: "_type",
            in: "query",
            required: false,
            description: "Only endpoints of this kind (all kinds when left out).",
            schema: { type: "string", enum: ["EmailEndpoint", "TelephonyEndpoint"] },
          },
        ],
        responses: {
          "200": {
            description: "The contact endpoints.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ContactEndpointListResponse" },
                examples: {
                  "email-and-phone": {
                    summary: "One phone number and one e-mail address",
                    value: {
                      data: [
                        {
                          number: "+4570201040",
                          functionality: ["VoiceInbound", "VoiceOutbound", "Sms"],
                          name: "Support line DK",
                          _type: "TelephonyEndpoint",
                        },
                        {
                          address: "support@acme.email.dixa.io",
                          senderOverride: "support@acme.com",
                          name: "Acme support mailbox",
                          _type: "EmailEndpoint",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "`_type` is not a known kind of endpoint.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/contact-endpoints/{contactEndpointId}": {
      get: {
        operationId: "getContactEndpoint",
        summary: "Get contact endpoint",
        description:
          "Fetch one contact endpoint by its id, which is the e-mail address or the phone number itself.",
        tags: ["Contact Endpoints"],
        parameters: [
          {
            name: "contactEndpointId",
            in: "path",
            required: true,
            description: "The e-mail address or phone number (URL-encoded, e.g. `%2B4570201040`).",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The contact endpoint.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ContactEndpointResponse" },
                examples: {
                  email: {
                    summary: "An e-mail endpoint that sends as another address",
                    value: {
                      data: {
                        address: "support@acme.email.dixa.io",
                        senderOverride: "support@acme.com",
                        name: "Acme support mailbox",
                        _type: "EmailEndpoint",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/conversations": {
      post: {
        operationId: "createConversation",
        summary: "Create conversation",
        description:
          "Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation, unless the first message carries an `externalId` (`message.externalId`): Dixa then rejects a second conversation with the same message id (400 `Duplicate externalId`), so a retry with it set is safe.",
        tags: ["Conversations", "Chatbots"],
        "x-cxkit-idempotent-when": {
          field: "message.externalId",
          duplicate: { status: 400, message: "Duplicate externalId" },
        },
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
          "Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message, unless `externalId` is set: Dixa then rejects a second message with the same id (400 `Duplicate externalId`), so a retry with it set is safe.",
        tags: ["Conversations", "Messages"],
        "x-cxkit-idempotent-when": {
          field: "externalId",
          duplicate: { status: 400, message: "Duplicate externalId" },
        },
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
    "/v1/custom-attributes": {
      get: {
        operationId: "listCustomAttributeDefinitions",
        summary: "List custom attributes definitions",
        description:
          "Every custom attribute the organization defined, for conversations (`entityType: Conversation`) and for end users (`Contact`). The ids are the keys of the bodies of `patchConversationCustomAttributes` and `patchEndUserCustomAttributes`; `inputDefinition` says whether a value is a string (`Text`) or a path of option values (`Select`). Not paginated.",
        tags: ["Custom Attributes"],
        responses: {
          "200": {
            description: "The definitions.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CustomAttributeDefinitionListResponse" },
                examples: {
                  "text-and-select": {
                    summary:
                      "A Text attribute on conversations and a two-level Select attribute on end users",
                    value: {
                      data: [
                        {
                          id: "7b3f9e2a-1c4d-4e5f-8a6b-9c0d1e2f3a4b",
                          entityType: "Conversation",
                          identifier: "order_number",
                          label: "Order number",
                          inputDefinition: { placeholder: "100234", _type: "Text" },
                          description: "Webshop order the customer writes about",
                          createdAt: "2023-03-14T10:02:11.318Z[GMT]",
                          updatedAt: "2023-05-02T08:45:00.5Z[GMT]",
                          isRequired: false,
                          isArchived: false,
                          isDeactivated: false,
                        },
                        {
                          id: "2e8c4a6b-0d1f-4b3a-9e7c-5f6a8b0c2d4e",
                          entityType: "Contact",
                          identifier: "customer_tier",
                          label: "Customer tier",
                          inputDefinition: {
                            options: [
                              {
                                id: "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
                                label: "Business",
                                value: "business",
                                nestedOptions: [
                                  {
                                    id: "1f2e3d4c-5b6a-4978-8d7c-6b5a4f3e2d1c",
                                    label: "Enterprise",
                                    value: "enterprise",
                                    nestedOptions: [],
                                    isDeactivated: false,
                                    orderIndex: 2,
                                  },
                                ],
                                isDeactivated: false,
                                orderIndex: 1,
                              },
                              {
                                id: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                                label: "Private",
                                value: "private",
                                nestedOptions: [],
                                isDeactivated: false,
                                orderIndex: 3,
                              },
                            ],
                            _type: "Select",
                          },
                          createdAt: "2023-03-14T10:05:42.007Z[GMT]",
                          isRequired: true,
                          isArchived: false,
                          isDeactivated: false,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/custom-attributes/{customAttributeId}": {
      get: {
        operationId: "getCustomAttributeDefinition",
        summary: "Get custom attribute definition by id",
        description:
          "Fetch one custom attribute definition. Dixa documents no 404 here; an unknown id is answered with 400.",
        tags: ["Custom Attributes"],
        parameters: [
          {
            name: "customAttributeId",
            in: "path",
            required: true,
            description: "Custom attribute definition id (a UUID).",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The definition.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CustomAttributeDefinitionResponse" },
                examples: {
                  text: {
                    summary: "A Text attribute on conversations",
                    value: {
                      data: {
                        id: "7b3f9e2a-1c4d-4e5f-8a6b-9c0d1e2f3a4b",
                        entityType: "Conversation",
                        identifier: "order_number",
                        label: "Order number",
                        inputDefinition: { placeholder: "100234", _type: "Text" },
                        createdAt: "2023-03-14T10:02:11.318Z[GMT]",
                        isRequired: false,
                        isArchived: false,
                        isDeactivated: false,
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The id could not be read or names no definition.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/endusers": {
      get: {
        operationId: "listEndUsers",
        summary: "List end users",
        description:
          "Page through the organization's end users (customers), or look one up by `email`, `phone` or `externalId`: at most one of the three filters per request (400 otherwise). The ids found here are what `createConversation` and `importConversation` take as `requesterId`. Custom attribute values are not part of this list; `getEndUser` has them.",
        tags: ["End Users"],
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
          {
            name: "email",
            in: "query",
            required: false,
            description: "Only the end user with this e-mail address.",
            schema: { type: "string" },
          },
          {
            name: "phone",
            in: "query",
            required: false,
            description: "Only the end user with this phone number (E.164, e.g. `+4512345678`).",
            schema: { type: "string" },
          },
          {
            name: "externalId",
            in: "query",
            required: false,
            description: "Only the end user with this external id (your system's customer id).",
            schema: { type: "string" },
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
            description: "One page of end users.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserPage" },
                examples: {
                  "by-email": {
                    summary: "Looked up by e-mail address, one match",
                    value: {
                      data: [
                        {
                          id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                          createdAt: "2022-09-14T07:31:05Z",
                          displayName: "Jane Doe",
                          email: "jane.doe@example.com",
                          phoneNumber: "+4520304050",
                          additionalEmails: [],
                          additionalPhoneNumbers: [],
                          firstName: "Jane",
                          lastName: "Doe",
                          middleNames: [],
                          externalId: "CUST-000417",
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
              "A query parameter could not be read, or more than one of `email`, `phone` and `externalId` was given.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "two-filters": {
                    summary: "`email` and `phone` together",
                    value: { message: "Invalid filters: Cannot provide more than one filter" },
                  },
                },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createEndUser",
        summary: "Create end user",
        description:
          "Add an end user. Every field is optional, but Dixa rejects an e-mail address or phone number another end user already has (400). Answers 201 with the new user, whose `id` is a `requesterId` for new conversations. Not safe to repeat without a unique e-mail or phone: a second call would create a second user.",
        tags: ["End Users", "Chatbots"],
        requestBody: {
          description: "The end user.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewEndUser" },
              examples: {
                full: {
                  summary: "An end user with every field set",
                  value: {
                    displayName: "Jane Doe",
                    email: "jane.doe@example.com",
                    phoneNumber: "+4520304050",
                    additionalEmails: ["jane@doe-family.example"],
                    additionalPhoneNumbers: [],
                    firstName: "Jane",
                    lastName: "Doe",
                    middleNames: ["Marie"],
                    avatarUrl: "https://cdn.example.com/avatars/jane.png",
                    externalId: "CUST-000417",
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The end user was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserResponse" },
                examples: {
                  created: {
                    summary: "The new end user",
                    value: {
                      data: {
                        id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        createdAt: "2024-03-11T16:39:30Z",
                        displayName: "Jane Doe",
                        email: "jane.doe@example.com",
                        phoneNumber: "+4520304050",
                        additionalEmails: ["jane@doe-family.example"],
                        additionalPhoneNumbers: [],
                        firstName: "Jane",
                        lastName: "Doe",
                        middleNames: ["Marie"],
                        avatarUrl: "https://files.dixa.io/public/3b0e6f2c-avatar",
                        externalId: "CUST-000417",
                        customAttributes: [],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read, or it failed validation (e.g. the e-mail address or phone number belongs to another end user).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      put: {
        operationId: "updateEndUsers",
        summary: "Update end users",
        description:
          "Replace several end users in one call (`data`, one entry per user, each with its `id`): fields left out are cleared, `displayName` is required. The answer has one outcome per entry, in order: `BulkActionSuccess` with the user as stored, or `BulkActionFailure` with the reason.",
        tags: ["End Users"],
        requestBody: {
          description: "The end users, in their new form.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EndUsersUpdateRequest" },
              examples: {
                "one-user": {
                  summary: "Replace one end user",
                  value: {
                    data: [
                      {
                        id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        displayName: "Jane Doe-Hansen",
                        email: "jane.doe@example.com",
                        phoneNumber: "+4520304050",
                        firstName: "Jane",
                        lastName: "Doe-Hansen",
                      },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per end user.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserBulkResponse" },
                examples: {
                  "one-failed": {
                    summary: "First user updated, second rejected",
                    value: {
                      data: [
                        {
                          data: {
                            id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                            createdAt: "2022-09-14T07:31:05Z",
                            displayName: "Jane Doe-Hansen",
                            email: "jane.doe@example.com",
                            phoneNumber: "+4520304050",
                            additionalEmails: [],
                            additionalPhoneNumbers: [],
                            firstName: "Jane",
                            lastName: "Doe-Hansen",
                            middleNames: [],
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "9c1d7e3a-4b5f-4a8e-8d2c-6f0b1a3e5c7d",
                            message:
                              "Updating EndUser [id=9c1d7e3a-4b5f-4a8e-8d2c-6f0b1a3e5c7d] failed with [errors=PhoneNumberExists]",
                            _type: "Validation",
                          },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchEndUsers",
        summary: "Patch end users",
        description:
          "Change some fields of several end users in one call (`data`, one entry per user, each with its `id`); fields left out stay as they are. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`). Marked idempotent: each entry states final values, so sending the same body twice leaves the same users.",
        tags: ["End Users"],
        "x-cxkit-idempotent": true,
        requestBody: {
          description: "The changes, per end user.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EndUsersPatchRequest" },
              examples: {
                "external-ids": {
                  summary: "Set the external id of two end users",
                  value: {
                    data: [
                      { id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", externalId: "CUST-000417" },
                      { id: "9c1d7e3a-4b5f-4a8e-8d2c-6f0b1a3e5c7d", externalId: "CUST-000418" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per end user.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserBulkResponse" },
                examples: {
                  "one-not-found": {
                    summary: "First user patched, second unknown",
                    value: {
                      data: [
                        {
                          data: {
                            id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                            createdAt: "2022-09-14T07:31:05Z",
                            displayName: "Jane Doe",
                            email: "jane.doe@example.com",
                            externalId: "CUST-000417",
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "9c1d7e3a-4b5f-4a8e-8d2c-6f0b1a3e5c7d",
                            message: "End user not found",
                            _type: "NotFound",
                          },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/endusers/bulk": {
      post: {
        operationId: "createEndUsers",
        summary: "Create end users",
        description:
          "Create several end users in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new user, or `BulkActionFailure` (e.g. `Validation` when the e-mail address is taken). Not safe to repeat: entries that succeeded would be created again (or fail as duplicates).",
        tags: ["End Users"],
        requestBody: {
          description: "The end users to create.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewEndUsers" },
              examples: {
                "two-users": {
                  summary: "Two end users from a CRM import",
                  value: {
                    data: [
                      {
                        displayName: "Jane Doe",
                        email: "jane.doe@example.com",
                        externalId: "CUST-000417",
                      },
                      {
                        displayName: "Ole Jensen",
                        phoneNumber: "+4540506070",
                        externalId: "CUST-000418",
                      },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "One outcome per end user.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserBulkResponse" },
                examples: {
                  "one-created-one-taken": {
                    summary: "First user created, second rejected",
                    value: {
                      data: [
                        {
                          data: {
                            id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                            createdAt: "2024-03-11T16:39:30Z",
                            displayName: "Jane Doe",
                            email: "jane.doe@example.com",
                            additionalEmails: [],
                            additionalPhoneNumbers: [],
                            middleNames: [],
                            externalId: "CUST-000417",
                          },
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "0d4c8b2a-6e1f-4f3a-9b5d-7c2e4a6b8d0f",
                            message:
                              "Create EndUser [userId=0d4c8b2a-6e1f-4f3a-9b5d-7c2e4a6b8d0f] failed with [errors=PhoneNumberExists]",
                            _type: "Validation",
                          },
                          _type: "BulkActionFailure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/endusers/{userId}": {
      get: {
        operationId: "getEndUser",
        summary: "Get end user",
        description: "Fetch one end user, with its custom attribute values.",
        tags: ["End Users", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/userId" }],
        responses: {
          "200": {
            description: "The end user.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserResponse" },
                examples: {
                  "with-attribute": {
                    summary: "An end user with one custom attribute value",
                    value: {
                      data: {
                        id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        createdAt: "2022-09-14T07:31:05Z",
                        displayName: "Jane Doe",
                        email: "jane.doe@example.com",
                        phoneNumber: "+4520304050",
                        additionalEmails: [],
                        additionalPhoneNumbers: [],
                        firstName: "Jane",
                        lastName: "Doe",
                        middleNames: [],
                        externalId: "CUST-000417",
                        customAttributes: [
                          {
                            id: "2e8c4a6b-0d1f-4b3a-9e7c-5f6a8b0c2d4e",
                            name: "Customer tier",
                            identifier: "customer_tier",
                            value: ["business", "enterprise"],
                          },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The user id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      put: {
        operationId: "updateEndUser",
        summary: "Update end user",
        description:
          "Replace an end user's details: `displayName` is required and fields left out are cleared. Use `patchEndUser` to change single fields.",
        tags: ["End Users"],
        parameters: [{ $ref: "#/components/parameters/userId" }],
        requestBody: {
          description: "The end user's new details.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EndUserUpdate" },
              examples: {
                "married-name": {
                  summary: "New last name",
                  value: {
                    displayName: "Jane Doe-Hansen",
                    email: "jane.doe@example.com",
                    phoneNumber: "+4520304050",
                    firstName: "Jane",
                    lastName: "Doe-Hansen",
                    externalId: "CUST-000417",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The end user as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserResponse" },
                examples: {
                  updated: {
                    summary: "The replaced end user",
                    value: {
                      data: {
                        id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        createdAt: "2022-09-14T07:31:05Z",
                        displayName: "Jane Doe-Hansen",
                        email: "jane.doe@example.com",
                        phoneNumber: "+4520304050",
                        additionalEmails: [],
                        additionalPhoneNumbers: [],
                        firstName: "Jane",
                        lastName: "Doe-Hansen",
                        middleNames: [],
                        externalId: "CUST-000417",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The user id or the body could not be read, or the new details failed validation (e.g. a phone number another end user has).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchEndUser",
        summary: "Patch end user",
        description:
          "Change some of an end user's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.",
        tags: ["End Users"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/userId" }],
        requestBody: {
          description: "The fields to change.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EndUserPatch" },
              examples: {
                phone: {
                  summary: "Add a second phone number",
                  value: { additionalPhoneNumbers: ["+4560708090"] },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The end user as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EndUserResponse" },
                examples: {
                  patched: {
                    summary: "The end user after the change",
                    value: {
                      data: {
                        id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        createdAt: "2022-09-14T07:31:05Z",
                        displayName: "Jane Doe",
                        email: "jane.doe@example.com",
                        phoneNumber: "+4520304050",
                        additionalEmails: [],
                        additionalPhoneNumbers: ["+4560708090"],
                        middleNames: [],
                        externalId: "CUST-000417",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The user id or the body could not be read, or the change failed validation.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/endusers/{userId}/anonymize": {
      patch: {
        operationId: "anonymizeEndUser",
        summary: "Anonymize end user",
        description:
          "Queue the anonymization of an end user and their data. Conversations they requested that are still open block it unless `force` is `true`, which closes them first. The answer describes the queued request; poll it with `getAnonymizationRequest`. Marked idempotent: asking again for the same user cannot anonymize more than once (at worst Dixa answers 409 for the repeat).",
        tags: ["End Users", "Anonymization"],
        "x-cxkit-idempotent": true,
        parameters: [
          { description: "End user to anonymize.", $ref: "#/components/parameters/userId" },
          {
            name: "force",
            in: "query",
            required: false,
            description: "Close the end user's open conversations first.",
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
                    summary: "Queued end-user anonymization",
                    value: {
                      data: {
                        id: "6bf55369-a670-4e6b-9f70-ecdb9913549f",
                        entityType: "UserAnonymizationType",
                        _type: "User",
                        initiatedAt: "2024-02-19T09:14:03.221Z[GMT]",
                        targetEntityId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        requestedBy: "8f9e0d1c-2b3a-4f5e-9d8c-7b6a5f4e3d2c",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The user id or `force` could not be read.",
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
    "/v1/endusers/{userId}/conversations": {
      get: {
        operationId: "listEndUserConversations",
        summary: "List end user conversations",
        description:
          "Page through the conversations an end user requested, on every channel. As in `getConversation`, `_type` names each conversation's shape; custom attribute values are left out (fetch a conversation for them).",
        tags: ["End Users", "Chatbots"],
        parameters: [
          { $ref: "#/components/parameters/userId" },
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
        responses: {
          "200": {
            description: "One page of conversations.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationPage" },
                examples: {
                  "email-and-chat": {
                    summary: "An e-mail and a chat conversation, and a link to the next page",
                    value: {
                      data: [
                        {
                          id: 18401,
                          requesterId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                          channel: "Email",
                          createdAt: "2024-02-01T09:02:03Z",
                          direction: "Inbound",
                          state: "Closed",
                          stateUpdatedAt: "2024-02-01T10:05:00Z",
                          toEmail: "returns@acme.email.dixa.io",
                          fromEmail: "jane.doe@example.com",
                          integrationEmail: "returns@acme.email.dixa.io",
                          language: "en",
                          subject: "Return label missing",
                          _type: "EmailConversation",
                        },
                        {
                          id: 18377,
                          requesterId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                          channel: "WidgetChat",
                          createdAt: "2024-01-28T15:40:12Z",
                          direction: "Inbound",
                          state: "Closed",
                          browserInfo: { name: "Firefox 122" },
                          _type: "ChatConversation",
                        },
                      ],
                      meta: {
                        next: "/v1/endusers/3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13/conversations?pageKey=cGFnZUxpbWl0PTImcGFnZT0y",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The user id, page limit or page key could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/endusers/{userId}/custom-attributes": {
      patch: {
        operationId: "patchEndUserCustomAttributes",
        summary: "Patch end user custom attributes",
        description:
          "Set or clear custom attribute values of an end user (attributes whose definition has `entityType: Contact`); attributes not named stay as they are. Same body as `patchConversationCustomAttributes`. Marked idempotent: the body states final values, so sending it twice leaves the same result.",
        tags: ["End Users", "Custom Attributes"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/userId" }],
        requestBody: {
          description: "Values by custom attribute id.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CustomAttributesPatch" },
              examples: {
                "tier-and-note": {
                  summary: "Set a Select attribute and clear a Text attribute",
                  value: {
                    "2e8c4a6b-0d1f-4b3a-9e7c-5f6a8b0c2d4e": ["business", "enterprise"],
                    "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b": null,
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The end user's custom attribute values after the change.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationCustomAttributeListResponse" },
                examples: {
                  patched: {
                    summary: "The attribute that is set",
                    value: {
                      data: [
                        {
                          id: "2e8c4a6b-0d1f-4b3a-9e7c-5f6a8b0c2d4e",
                          name: "Customer tier",
                          identifier: "customer_tier",
                          value: ["business", "enterprise"],
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
              "The user id or the body could not be read, or a value does not fit its attribute.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
    "/v1/knowledge/articles": {
      post: {
        operationId: "createKnowledgeArticle",
        summary: "Create article",
        description:
          "Create a knowledge article with its first translations (drafts), optionally inside a category (`parentId`) and tagged. Answers 200 with the article. Publish it with `publishKnowledgeArticle`. Not safe to repeat: each call creates another article.",
        tags: ["Knowledge"],
        requestBody: {
          description: "The article.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewKnowledgeArticle" },
              examples: {
                "english-draft": {
                  summary: "An English draft in a category",
                  value: {
                    translations: [
                      {
                        languageId: "en",
                        title: "How to return an item",
                        content:
                          "<p>Print the label from your order page and drop the parcel at any post office.</p>",
                      },
                    ],
                    parentId: "123e4567-e89b-12d3-a456-426614174000",
                    tags: ["6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60"],
                    preRelease: false,
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The article was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeArticleResponse" },
                examples: {
                  created: {
                    summary: "The new article",
                    value: {
                      data: {
                        id: "5f2640d8-631c-4472-8d48-3de0cfd21cd0",
                        isDefaultLocation: false,
                        translation: {
                          draft: {
                            language: "en",
                            title: "How to return an item",
                            isIndexedVersion: true,
                            contents: {
                              html: "<p>Print the label from your order page and drop the parcel at any post office.</p>",
                              plaintext:
                                "Print the label from your order page and drop the parcel at any post office.",
                            },
                            availableAt: {
                              helpCenterLinks: [
                                {
                                  id: "112b5b9c-926a-4338-8963-0dc73d29dec7",
                                  name: "Acme Help Center",
                                  url: "https://help.acme.com/articles/how-to-return-an-item",
                                },
                              ],
                            },
                            createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                            updatedAt: "2024-02-02T14:30:12.5Z[GMT]",
                            createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                            updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          },
                          published: {
                            language: "en",
                            title: "How to return an item",
                            isIndexedVersion: false,
                            contents: {
                              html: "<p>Print the label and drop the parcel at a post office.</p>",
                              plaintext: "Print the label and drop the parcel at a post office.",
                            },
                            availableAt: { helpCenterLinks: [] },
                            createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                            updatedAt: "2024-01-10T09:00:00.000Z[GMT]",
                          },
                        },
                        tags: ["6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60"],
                        createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                        updatedAt: "2024-02-02T14:30:12.5Z[GMT]",
                        indexedAt: "2024-02-02T14:31:00.02Z[GMT]",
                        createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        ownedBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        restrictions: { isRestricted: false },
                        parentCategory: "123e4567-e89b-12d3-a456-426614174000",
                        parentCollections: ["78dfb531-2e1e-4ffc-bd18-fdad68cd2419"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/attachments": {
      post: {
        operationId: "uploadKnowledgeArticleAttachments",
        summary: "Upload article attachments",
        description:
          "Upload images to use in knowledge articles, as `multipart/form-data` with one `files` part per image: PNG, JPEG, GIF or WebP, at most 5 files of at most 4 MB each and 10 MB in all. Files are judged one by one: the answer lists the URLs of the accepted ones in `data` and the rejected ones in `partialErrors` (with a 400- or 500-style `code`). Not safe to repeat: each call stores the files again under new URLs.",
        tags: ["Knowledge"],
        requestBody: {
          description: "The image files.",
          required: true,
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/KnowledgeAttachmentUpload" },
              encoding: { files: { contentType: "image/png, image/jpeg, image/gif, image/webp" } },
              examples: {
                "two-images": {
                  summary: "Two images (file contents shortened)",
                  value: { files: ["<bytes of return-label.png>", "<bytes of post-office.jpg>"] },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The stored files, and the ones that were refused.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeAttachmentUploadResponse" },
                examples: {
                  "one-refused": {
                    summary: "One image stored, one file of the wrong type",
                    value: {
                      data: [
                        {
                          originalFilename: "return-label.png",
                          url: "https://files.dixa.io/knowledge/5d3c1b2a/9f8e7d6c.png",
                        },
                      ],
                      partialErrors: [
                        {
                          originalFilename: "notes.txt",
                          message:
                            "Unsupported MIME type 'text/plain'. Allowed: image/gif, image/jpeg, image/png, image/webp",
                          code: 400,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}": {
      get: {
        operationId: "getKnowledgeArticle",
        summary: "Get article",
        description:
          "Fetch a knowledge article with its draft and published version in one language (`language`, or the default language).",
        tags: ["Knowledge"],
        parameters: [
          { $ref: "#/components/parameters/articleId" },
          { $ref: "#/components/parameters/knowledgeLanguage" },
        ],
        responses: {
          "200": {
            description: "The article.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeArticleResponse" },
                examples: {
                  article: {
                    summary: "An article with a newer draft than its published version",
                    value: {
                      data: {
                        id: "5f2640d8-631c-4472-8d48-3de0cfd21cd0",
                        isDefaultLocation: false,
                        translation: {
                          draft: {
                            language: "en",
                            title: "How to return an item",
                            isIndexedVersion: true,
                            contents: {
                              html: "<p>Print the label from your order page and drop the parcel at any post office.</p>",
                              plaintext:
                                "Print the label from your order page and drop the parcel at any post office.",
                            },
                            availableAt: {
                              helpCenterLinks: [
                                {
                                  id: "112b5b9c-926a-4338-8963-0dc73d29dec7",
                                  name: "Acme Help Center",
                                  url: "https://help.acme.com/articles/how-to-return-an-item",
                                },
                              ],
                            },
                            createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                            updatedAt: "2024-02-02T14:30:12.5Z[GMT]",
                            createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                            updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          },
                          published: {
                            language: "en",
                            title: "How to return an item",
                            isIndexedVersion: false,
                            contents: {
                              html: "<p>Print the label and drop the parcel at a post office.</p>",
                              plaintext: "Print the label and drop the parcel at a post office.",
                            },
                            availableAt: { helpCenterLinks: [] },
                            createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                            updatedAt: "2024-01-10T09:00:00.000Z[GMT]",
                          },
                        },
                        tags: ["6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60"],
                        createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                        updatedAt: "2024-02-02T14:30:12.5Z[GMT]",
                        indexedAt: "2024-02-02T14:31:00.02Z[GMT]",
                        createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        ownedBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        restrictions: { isRestricted: false },
                        parentCategory: "123e4567-e89b-12d3-a456-426614174000",
                        parentCollections: ["78dfb531-2e1e-4ffc-bd18-fdad68cd2419"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchKnowledgeArticle",
        summary: "Update article",
        description:
          "Change an article's owner, add or remove tags, or switch pre-release mode; fields left out stay as they are. Translations are changed with `patchKnowledgeArticleTranslations`.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        requestBody: {
          description: "The changes.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/KnowledgeArticlePatch" },
              examples: {
                "owner-and-tag": {
                  summary: "New owner and one more tag",
                  value: {
                    ownedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                    tags: { add: ["0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"] },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The article as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeArticleResponse" },
                examples: {
                  patched: {
                    summary: "The article after the change",
                    value: {
                      data: {
                        id: "5f2640d8-631c-4472-8d48-3de0cfd21cd0",
                        tags: [
                          "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60",
                          "0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
                        ],
                        createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                        updatedAt: "2024-03-11T16:39:30.4Z[GMT]",
                        ownedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        restrictions: { isRestricted: false },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "deleteKnowledgeArticle",
        summary: "Delete article",
        description: "Delete a knowledge article with all its translations.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        responses: {
          "204": { description: "The article was deleted." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/parent": {
      delete: {
        operationId: "deleteKnowledgeArticleParent",
        summary: "Remove article parent",
        description: "Take an article out of its category, so it has no parent.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        responses: {
          "204": { description: "The article has no parent now." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/parent/{parentId}": {
      patch: {
        operationId: "moveKnowledgeArticle",
        summary: "Move article",
        description:
          "Move an article into another category or collection (`parentId`). Marked idempotent: the article ends up under that parent however often this is sent.",
        tags: ["Knowledge"],
        "x-cxkit-idempotent": true,
        parameters: [
          { $ref: "#/components/parameters/articleId" },
          { $ref: "#/components/parameters/knowledgeParentId" },
        ],
        responses: {
          "204": { description: "The article was moved." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article or parent has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/publish": {
      post: {
        operationId: "publishKnowledgeArticle",
        summary: "Publish article",
        description:
          "Publish the current drafts of all the article's translations as a new version, for search and help centers. Not safe to repeat: each call publishes another version.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        responses: {
          "204": { description: "The article was published." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/translations": {
      get: {
        operationId: "listKnowledgeArticleTranslations",
        summary: "Get article translations",
        description: "Every translation of an article, drafts and published versions.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        responses: {
          "200": {
            description: "The translations.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeArticleTranslationsResponse" },
                examples: {
                  "english-and-danish": {
                    summary: "English and Danish drafts, English published",
                    value: {
                      data: {
                        translations: {
                          draft: [
                            {
                              language: "en",
                              title: "How to return an item",
                              isIndexedVersion: true,
                              contents: {
                                html: "<p>Print the label and drop the parcel at a post office.</p>",
                                plaintext: "Print the label and drop the parcel at a post office.",
                              },
                              availableAt: { helpCenterLinks: [] },
                              createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                              updatedAt: "2024-01-10T09:00:00.000Z[GMT]",
                            },
                            {
                              language: "da",
                              title: "Sådan returnerer du en vare",
                              isIndexedVersion: false,
                              contents: {
                                html: "<p>Print etiketten og aflever pakken på et posthus.</p>",
                                plaintext: "Print etiketten og aflever pakken på et posthus.",
                              },
                              availableAt: { helpCenterLinks: [] },
                              createdAt: "2024-01-12T08:00:00.000Z[GMT]",
                              updatedAt: "2024-01-12T08:00:00.000Z[GMT]",
                            },
                          ],
                          published: [
                            {
                              language: "en",
                              title: "How to return an item",
                              isIndexedVersion: true,
                              contents: {
                                html: "<p>Print the label and drop the parcel at a post office.</p>",
                                plaintext: "Print the label and drop the parcel at a post office.",
                              },
                              availableAt: { helpCenterLinks: [] },
                              createdAt: "2024-01-10T09:00:00.000Z[GMT]",
                              updatedAt: "2024-01-10T09:00:00.000Z[GMT]",
                            },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchKnowledgeArticleTranslations",
        summary: "Update article translations",
        description:
          "Create or replace draft translations of an article, one per language. Languages are handled one by one: the answer has the stored drafts in `data` and the languages that failed in `partialErrors`. Languages not named stay as they are. Marked idempotent: each entry states the final draft of its language, so sending the body twice leaves the same drafts.",
        tags: ["Knowledge"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        requestBody: {
          description: "The drafts, by language.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/KnowledgeArticleTranslationsUpdate" },
              examples: {
                danish: {
                  summary: "A Danish draft",
                  value: {
                    translations: [
                      {
                        languageId: "da",
                        title: "Sådan returnerer du en vare",
                        content: "<p>Print etiketten og aflever pakken på et posthus.</p>",
                      },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The stored drafts and the languages that failed.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeArticleTranslationsUpdateResponse" },
                examples: {
                  "one-failed": {
                    summary: "Danish stored, an unknown language refused",
                    value: {
                      data: [
                        {
                          language: "da",
                          title: "Sådan returnerer du en vare",
                          isIndexedVersion: false,
                          contents: {
                            html: "<p>Print etiketten og aflever pakken på et posthus.</p>",
                            plaintext: "Print etiketten og aflever pakken på et posthus.",
                          },
                          availableAt: { helpCenterLinks: [] },
                          createdAt: "2024-01-12T08:00:00.000Z[GMT]",
                          updatedAt: "2024-03-11T16:39:30.4Z[GMT]",
                          updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        },
                      ],
                      partialErrors: [{ languageId: "xx", message: "Unsupported language" }],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/translations/{languageId}": {
      delete: {
        operationId: "deleteKnowledgeArticleTranslation",
        summary: "Delete article translation",
        description: "Delete one translation of an article, draft and published versions.",
        tags: ["Knowledge"],
        parameters: [
          { $ref: "#/components/parameters/articleId" },
          { $ref: "#/components/parameters/languageId" },
        ],
        responses: {
          "204": { description: "The translation was deleted." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article or translation has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/translations/{languageId}/publish": {
      post: {
        operationId: "publishKnowledgeArticleTranslation",
        summary: "Publish translation",
        description: "Publish the current draft of one translation, for search and help centers.",
        tags: ["Knowledge"],
        parameters: [
          { $ref: "#/components/parameters/articleId" },
          { $ref: "#/components/parameters/languageId" },
        ],
        responses: {
          "204": { description: "The translation was published." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article or translation has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish": {
      post: {
        operationId: "unpublishKnowledgeArticleTranslation",
        summary: "Unpublish translation",
        description:
          "Take one translation out of search and help centers; its draft stays. Marked idempotent: the translation ends up unpublished however often this is sent.",
        tags: ["Knowledge"],
        "x-cxkit-idempotent": true,
        parameters: [
          { $ref: "#/components/parameters/articleId" },
          { $ref: "#/components/parameters/languageId" },
        ],
        responses: {
          "204": { description: "The translation is unpublished." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article or translation has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/articles/{articleId}/unpublish": {
      post: {
        operationId: "unpublishKnowledgeArticle",
        summary: "Unpublish article",
        description:
          "Take all translations of an article out of search and help centers; the drafts stay. Marked idempotent: the article ends up unpublished however often this is sent.",
        tags: ["Knowledge"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/articleId" }],
        responses: {
          "204": { description: "The article is unpublished." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": {
            description: "No article has this id.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "not-found": {
                    summary: "Unknown id",
                    value: { message: "The requested resource could not be found" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/categories/{categoryId}": {
      get: {
        operationId: "getKnowledgeCategory",
        summary: "Get category",
        description:
          "Fetch a knowledge category, with its title in one language (`language`, or the default language) and where it sits.",
        tags: ["Knowledge"],
        parameters: [
          { $ref: "#/components/parameters/categoryId" },
          { $ref: "#/components/parameters/knowledgeLanguage" },
        ],
        responses: {
          "200": {
            description: "The category.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeCategoryResponse" },
                examples: {
                  returns: {
                    summary: "A category inside another category",
                    value: {
                      data: {
                        id: "123e4567-e89b-12d3-a456-426614174000",
                        title: { languageId: "en", title: "Returns" },
                        isDefaultLocation: false,
                        isLocked: false,
                        restrictions: {
                          isRestricted: true,
                          inheritedRestrictions: [
                            { fromCollection: "78dfb531-2e1e-4ffc-bd18-fdad68cd2419" },
                          ],
                        },
                        parentCategory: "222e4567-e89b-12d3-a456-426614174111",
                        parentCollections: ["78dfb531-2e1e-4ffc-bd18-fdad68cd2419"],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/categories/{categoryId}/translations": {
      get: {
        operationId: "listKnowledgeCategoryTranslations",
        summary: "Get category translations",
        description: "The category's title in every language it has.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/categoryId" }],
        responses: {
          "200": {
            description: "The titles.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeCategoryTranslationsResponse" },
                examples: {
                  "two-languages": {
                    summary: "English and Danish",
                    value: {
                      data: {
                        titles: [
                          { languageId: "en", title: "Returns" },
                          { languageId: "da", title: "Returnering" },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/collections": {
      get: {
        operationId: "listKnowledgeCollections",
        summary: "List collections",
        description:
          "Page through the knowledge base's collections (top-level groupings, e.g. one per help center).",
        tags: ["Knowledge"],
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
        responses: {
          "200": {
            description: "One page of collections.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeCollectionPage" },
                examples: {
                  "one-collection": {
                    summary: "One collection, last page",
                    value: {
                      data: [
                        {
                          id: "78dfb531-2e1e-4ffc-bd18-fdad68cd2419",
                          title: "Customer help",
                          description: "Articles shown in the public help center",
                          internalKbEnabled: true,
                          restrictions: { isRestricted: false },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/collections/{collectionId}": {
      get: {
        operationId: "getKnowledgeCollection",
        summary: "Get collection",
        description: "Fetch one knowledge collection.",
        tags: ["Knowledge"],
        parameters: [{ $ref: "#/components/parameters/collectionId" }],
        responses: {
          "200": {
            description: "The collection.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeCollectionResponse" },
                examples: {
                  restricted: {
                    summary: "A restricted internal collection",
                    value: {
                      data: {
                        id: "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d",
                        title: "Internal playbooks",
                        internalKbEnabled: true,
                        restrictions: { isRestricted: true },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/knowledge/collections/{collectionId}/catalog": {
      get: {
        operationId: "getKnowledgeCollectionCatalog",
        summary: "Get collection catalog",
        description:
          "The tree of a collection's categories and articles, with titles in one language (`language`, or the default language).",
        tags: ["Knowledge"],
        parameters: [
          { $ref: "#/components/parameters/collectionId" },
          { $ref: "#/components/parameters/knowledgeLanguage" },
        ],
        responses: {
          "200": {
            description: "The collection's tree.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/KnowledgeCollectionCatalogResponse" },
                examples: {
                  tree: {
                    summary: "One category with a subcategory, and an article at the top",
                    value: {
                      data: {
                        categories: [
                          {
                            id: "123e4567-e89b-12d3-a456-426614174000",
                            title: { languageId: "en", title: "Returns" },
                            categories: [
                              {
                                id: "456e4567-e89b-12d3-a456-426614174999",
                                title: { languageId: "en", title: "Refunds" },
                                categories: [],
                                articles: [],
                              },
                            ],
                            articles: [
                              {
                                id: "5f2640d8-631c-4472-8d48-3de0cfd21cd0",
                                title: { languageId: "en", title: "How to return an item" },
                              },
                            ],
                          },
                        ],
                        articles: [
                          {
                            id: "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                            title: { languageId: "en", title: "Contact us" },
                          },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/organization": {
      get: {
        operationId: "getOrganization",
        summary: "Get organization details",
        description:
          "The organization the API token belongs to. A cheap call to check that a token works and to learn the organization id that webhook events carry.",
        tags: ["Organization"],
        responses: {
          "200": {
            description: "The organization.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/OrganizationResponse" },
                examples: {
                  active: {
                    summary: "An active organization",
                    value: {
                      data: {
                        id: "5d3c1b2a-8e7f-4a6b-9c0d-2e1f3a4b5c6d",
                        name: "Acme Retail",
                        subdomain: "acme",
                        status: "Active",
                        avatarUrl: "https://files.dixa.io/public/acme-logo",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/queues": {
      get: {
        operationId: "listQueues",
        summary: "List queues",
        description:
          "Every queue of the organization with its offering settings; the ids are what `transferConversation` takes. Not paginated.",
        tags: ["Queues"],
        responses: {
          "200": {
            description: "The queues.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueListResponse" },
                examples: {
                  "main-queue": {
                    summary:
                      "The default queue, used by the chat widget, a phone number and an e-mail address",
                    value: {
                      data: [
                        {
                          id: "6b9087b3-9ab7-4af4-936d-3290996faedb",
                          name: "Returns",
                          isDefault: true,
                          organizationId: "5d3c1b2a-8e7f-4a6b-9c0d-2e1f3a4b5c6d",
                          queueThresholds: { WaitingConversations: 15 },
                          slaCalculationMethod: "AbandonedIgnored",
                          offerTimeout: 30,
                          offeringAlgorithm: "LongestIdle",
                          memberListType: "Default",
                          usages: {
                            queueId: "6b9087b3-9ab7-4af4-936d-3290996faedb",
                            usages: {
                              WidgetChat: ["2f4e6a8c-0b1d-4f3e-a5c7-9e1b3d5f7a9c"],
                              PstnPhone: ["+4570201040"],
                              Email: ["returns@acme.email.dixa.io"],
                            },
                          },
                          wrapupTimeout: 60,
                          priority: 1,
                          offerAbandonedConversations: false,
                          doNotOfferTimeouts: { WidgetChat: 5 },
                          isDoNotOfferEnabled: true,
                          isPreferredAgentEnabled: true,
                          preferredAgentTimeouts: { Email: 3600, WidgetChat: 60 },
                          preferredAgentOfflineTimeout: 300,
                          personalAgentOfflineTimeout: 300,
                          isRestricted: false,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createQueue",
        summary: "Create queue",
        description:
          "Create a queue (201). The settings go inside `request`. Not safe to repeat: each call creates another queue.",
        tags: ["Queues"],
        requestBody: {
          description: "The queue's settings, wrapped in `request`.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewQueueRequest" },
              examples: {
                billing: {
                  summary: "A billing queue offering to all agents at once",
                  value: {
                    request: {
                      name: "Billing",
                      callFunctionality: true,
                      isDefault: false,
                      queueThresholds: { LongestWait: 600 },
                      offerTimeout: 20,
                      offerAlgorithm: "AllAtOnce",
                      wrapupTimeout: 30,
                      priority: 2,
                      isDoNotOfferEnabled: false,
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The queue was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueResponse" },
                examples: {
                  created: {
                    summary: "The new queue",
                    value: {
                      data: {
                        id: "921a6e00-0845-417e-9c67-f7cb872d45f0",
                        name: "Billing",
                        isDefault: false,
                        organizationId: "5d3c1b2a-8e7f-4a6b-9c0d-2e1f3a4b5c6d",
                        queueThresholds: { LongestWait: 600 },
                        slaCalculationMethod: "AbandonedIgnored",
                        offerTimeout: 20,
                        offeringAlgorithm: "AllAtOnce",
                        memberListType: "Default",
                        wrapupTimeout: 30,
                        priority: 2,
                        doNotOfferTimeouts: {},
                        isDoNotOfferEnabled: false,
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/queues/conversation-position/{csid}": {
      get: {
        operationId: "getConversationQueuePosition",
        summary: "Get the position of the conversation in its current queue",
        description:
          "Roughly how many conversations are ahead of this one in the queue it waits in, e.g. for a chatbot to tell the customer.",
        tags: ["Queues", "Chatbots"],
        parameters: [
          {
            name: "csid",
            in: "path",
            required: true,
            description: "Conversation id.",
            schema: { type: "integer", format: "int64" },
          },
        ],
        responses: {
          "200": {
            description: "The conversation's place in its queue.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueuePositionResponse" },
                examples: {
                  fourth: {
                    summary: "Fourth in line",
                    value: { data: { position: 4, queuedAt: "2024-03-11T16:31:02.118Z" } },
                  },
                },
              },
            },
          },
          "400": {
            description: "The conversation id is not a number.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/queues/{queueId}": {
      get: {
        operationId: "getQueue",
        summary: "Get queue",
        description: "Fetch one queue with its settings.",
        tags: ["Queues"],
        parameters: [{ $ref: "#/components/parameters/queueId" }],
        responses: {
          "200": {
            description: "The queue.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueResponse" },
                examples: {
                  restricted: {
                    summary: "A restricted, skill-based queue",
                    value: {
                      data: {
                        id: "921a6e00-0845-417e-9c67-f7cb872d45f0",
                        name: "Billing",
                        isDefault: false,
                        organizationId: "5d3c1b2a-8e7f-4a6b-9c0d-2e1f3a4b5c6d",
                        queueThresholds: { SlaPercentage: 80, SlaTimeLimit: 120 },
                        slaCalculationMethod: "AbandonedIgnored",
                        offerTimeout: 20,
                        offeringAlgorithm: "AgentPriorityLongestIdle",
                        memberListType: "SkillBased",
                        doNotOfferTimeouts: { PstnPhone: 10 },
                        isDoNotOfferEnabled: true,
                        isRestricted: true,
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The queue id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/queues/{queueId}/availability": {
      get: {
        operationId: "getQueueAvailability",
        summary: "Get queue availability",
        description:
          "Whether a queue can take conversations now on the organization's generic chat channels (chatbot platforms such as adachat, kindlychat, digitalgeniuschat, genericapimessaging). One outcome per channel: `Success` with the availability, or `Failure` when Dixa could not tell. 409 when the organization has none of these channels.",
        tags: ["Queues", "Chatbots"],
        parameters: [{ $ref: "#/components/parameters/queueId" }],
        responses: {
          "200": {
            description: "One outcome per channel.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueAvailabilityResponse" },
                examples: {
                  "busy-and-failed": {
                    summary: "Busy on one channel, unknown on another",
                    value: {
                      data: [
                        {
                          channelAvailability: {
                            genericChannelName: "adachat",
                            availability: "NotAvailable",
                            queueSize: 7,
                            _type: "GenericChannel",
                          },
                          _type: "Success",
                        },
                        {
                          error: {
                            channel: "kindlychat",
                            message: "Could not get availability for channel",
                            _type: "UnexpectedError",
                          },
                          _type: "Failure",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The queue id could not be read, or the queue does not exist.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "409": {
            description: "The organization has no channel this check supports.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/queues/{queueId}/members": {
      get: {
        operationId: "listQueueMembers",
        summary: "List agents",
        description: "The agents and admins who serve a queue, with their priority in it.",
        tags: ["Queues"],
        parameters: [{ $ref: "#/components/parameters/queueId" }],
        responses: {
          "200": {
            description: "The queue's members.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueMemberListResponse" },
                examples: {
                  "two-members": {
                    summary: "Two members, first priority first",
                    value: {
                      data: [
                        { agentId: "01107a2e-4ff0-4a87-bb48-a19af298394d", priority: 1 },
                        { agentId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b", priority: 2 },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The queue id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "addQueueMembers",
        summary: "Assign agents",
        description:
          "Make agents or admins members of a queue. One outcome per agent, in order: `BulkActionSuccess` with the agent id, or `BulkActionFailure` (e.g. `NotFound`, or `Validation` for a user who is not an agent).",
        tags: ["Queues"],
        parameters: [{ $ref: "#/components/parameters/queueId" }],
        requestBody: {
          description: "The agents to add.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/QueueMembersChange" },
              examples: {
                "two-agents": {
                  summary: "Add two agents",
                  value: {
                    agentIds: [
                      "01107a2e-4ff0-4a87-bb48-a19af298394d",
                      "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One outcome per agent.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QueueMemberBulkResponse" },
                examples: {
                  "one-not-agent": {
                    summary: "First agent added; the second id is an end user",
                    value: {
                      data: [
                        {
                          data: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          _type: "BulkActionSuccess",
                        },
                        {
                          error: {
                            id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                            message: "Member is neither Agent or Admin",
                            _type: "Validation",
                          },
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
            description: "The queue id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "removeQueueMembers",
        summary: "Remove agents",
        description:
          "Remove agents or admins from a queue. The agents to remove go in a JSON body, which this DELETE requires.",
        tags: ["Queues"],
        parameters: [{ $ref: "#/components/parameters/queueId" }],
        requestBody: {
          description: "The agents to remove.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/QueueMembersChange" },
              examples: {
                "one-agent": {
                  summary: "Remove one agent",
                  value: { agentIds: ["cd4ceb58-bb3a-443c-9cd8-4f088feafe5b"] },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The agents were removed." },
          "400": {
            description: "The queue id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
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
    "/v1/tags": {
      get: {
        operationId: "listOrganizationTags",
        summary: "List tags",
        description:
          "Every tag of the organization, to map tag names to the ids that `tagConversation`, `untagConversation` and `bulkTagConversation` take. Active tags only, unless `includeDeactivated` is `true`. Not paginated: the whole list comes in one answer.",
        tags: ["Tags"],
        parameters: [
          {
            name: "includeDeactivated",
            in: "query",
            required: false,
            description: "Also list deactivated tags (default `false`).",
            schema: { type: "boolean", default: false },
          },
        ],
        responses: {
          "200": {
            description: "The tags.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationTagListResponse" },
                examples: {
                  "active-and-inactive": {
                    summary: "With `includeDeactivated=true`, one active and one deactivated tag",
                    value: {
                      data: [
                        {
                          id: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60",
                          name: "refund",
                          color: "#E5484D",
                          state: "Active",
                        },
                        {
                          id: "0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
                          name: "black-friday-2023",
                          state: "Inactive",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "`includeDeactivated` is not a boolean.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createTag",
        summary: "Create tag",
        description:
          "Add a tag to the organization. Answers 200 (not 201) with the new tag. Not safe to repeat: Dixa does not say how it treats a second tag of the same name.",
        tags: ["Tags"],
        requestBody: {
          description: "The tag to create.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewTag" },
              examples: {
                "with-color": {
                  summary: "A tag with a display colour",
                  value: { name: "warranty", color: "#3E63DD" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The tag was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TagResponse" },
                examples: {
                  created: {
                    summary: "The new tag, active",
                    value: {
                      data: {
                        id: "4f7d2c1a-9b3e-4d6f-8a2c-5e1b7d9f3a0c",
                        name: "warranty",
                        color: "#3E63DD",
                        state: "Active",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/tags/{tagId}": {
      get: {
        operationId: "getTag",
        summary: "Get tag",
        description: "Fetch one tag of the organization by id.",
        tags: ["Tags"],
        parameters: [{ $ref: "#/components/parameters/tagId" }],
        responses: {
          "200": {
            description: "The tag.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TagResponse" },
                examples: {
                  active: {
                    summary: "An active tag without colour",
                    value: {
                      data: {
                        id: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60",
                        name: "refund",
                        state: "Active",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The tag id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "deleteTag",
        summary: "Delete tag",
        description:
          "Delete the tag and remove it from every conversation it is on. This cannot be undone; `deactivateTag` only hides it from new use.",
        tags: ["Tags"],
        parameters: [{ $ref: "#/components/parameters/tagId" }],
        responses: {
          "204": { description: "The tag was deleted." },
          "400": {
            description: "The tag id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter tagId" },
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
    "/v1/tags/{tagId}/activate": {
      patch: {
        operationId: "activateTag",
        summary: "Activate tag",
        description:
          "Make a deactivated tag usable on conversations again. Marked idempotent: the tag ends up active however often this is sent.",
        tags: ["Tags"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/tagId" }],
        responses: {
          "204": { description: "The tag is active." },
          "400": {
            description: "The tag id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter tagId" },
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
    "/v1/tags/{tagId}/deactivate": {
      patch: {
        operationId: "deactivateTag",
        summary: "Deactivate tag",
        description:
          "Stop a tag from being added to conversations; conversations that have it keep it, and `listOrganizationTags` hides it unless asked for deactivated tags. Marked idempotent: the tag ends up inactive however often this is sent.",
        tags: ["Tags"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/tagId" }],
        responses: {
          "204": { description: "The tag is inactive." },
          "400": {
            description: "The tag id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter tagId" },
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
    "/v1/teams": {
      get: {
        operationId: "listTeams",
        summary: "List teams",
        description: "Every team of the organization. Not paginated.",
        tags: ["Teams"],
        responses: {
          "200": {
            description: "The teams.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TeamListResponse" },
                examples: {
                  "two-teams": {
                    summary: "Two teams",
                    value: {
                      data: [
                        { id: "005e7108-c85c-41d1-a945-4a8dc58c4399", name: "Returns" },
                        { id: "83cc3c21-9d28-4250-b6ea-b3a6333c5c73", name: "Billing" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createTeam",
        summary: "Create team",
        description:
          "Create an empty team (201); add agents with `addTeamMembers`. Not safe to repeat: each call creates another team.",
        tags: ["Teams"],
        requestBody: {
          description: "The team.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewTeam" },
              examples: { returns: { summary: "A team for returns", value: { name: "Returns" } } },
            },
          },
        },
        responses: {
          "201": {
            description: "The team was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TeamResponse" },
                examples: {
                  created: {
                    summary: "The new team",
                    value: {
                      data: { id: "005e7108-c85c-41d1-a945-4a8dc58c4399", name: "Returns" },
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/teams/{teamId}": {
      get: {
        operationId: "getTeam",
        summary: "Get team",
        description: "Fetch one team.",
        tags: ["Teams"],
        parameters: [{ $ref: "#/components/parameters/teamId" }],
        responses: {
          "200": {
            description: "The team.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TeamResponse" },
                examples: {
                  team: {
                    summary: "A team",
                    value: {
                      data: { id: "83cc3c21-9d28-4250-b6ea-b3a6333c5c73", name: "Billing" },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The team id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
      delete: {
        operationId: "deleteTeam",
        summary: "Delete team",
        description: "Delete a team. Its agents stay agents.",
        tags: ["Teams"],
        parameters: [{ $ref: "#/components/parameters/teamId" }],
        responses: {
          "204": { description: "The team was deleted." },
          "400": {
            description: "The team id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter teamId" },
                  },
                },
              },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/teams/{teamId}/agents": {
      get: {
        operationId: "listTeamMembers",
        summary: "List members",
        description: "The agents and admins in a team. Not paginated.",
        tags: ["Teams"],
        parameters: [{ $ref: "#/components/parameters/teamId" }],
        responses: {
          "200": {
            description: "The members.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TeamMemberListResponse" },
                examples: {
                  "two-members": {
                    summary: "Two members",
                    value: {
                      data: [
                        {
                          id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          name: "Sam Agent",
                          email: "sam@acme.com",
                        },
                        {
                          id: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                          name: "Alex Admin",
                          email: "alex@acme.com",
                          phoneNumber: "+4570201041",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The team id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "addTeamMembers",
        summary: "Add members",
        description: "Add agents or admins to a team. Dixa answers 200 with no body.",
        tags: ["Teams"],
        parameters: [{ $ref: "#/components/parameters/teamId" }],
        requestBody: {
          description: "The agents to add.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/TeamMembersChange" },
              examples: {
                "two-agents": {
                  summary: "Add two agents",
                  value: {
                    agentIds: [
                      "01107a2e-4ff0-4a87-bb48-a19af298394d",
                      "4d2ab456-8510-4a35-b266-e502160d5177",
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The agents were added (no body)." },
          "400": {
            description: "The team id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "removeTeamMembers",
        summary: "Remove members",
        description:
          "Remove agents or admins from a team. The agents to remove go in a JSON body, which this DELETE requires.",
        tags: ["Teams"],
        parameters: [{ $ref: "#/components/parameters/teamId" }],
        requestBody: {
          description: "The agents to remove.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/TeamMembersChange" },
              examples: {
                "one-agent": {
                  summary: "Remove one agent",
                  value: { agentIds: ["4d2ab456-8510-4a35-b266-e502160d5177"] },
                },
              },
            },
          },
        },
        responses: {
          "204": { description: "The agents were removed." },
          "400": {
            description: "The team id or the body could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/teams/{teamId}/presence": {
      get: {
        operationId: "listTeamPresence",
        summary: "List presence",
        description:
          "Page through the presence of a team's members. Times carry no zone (see `LocalTimestamp`).",
        tags: ["Teams"],
        parameters: [
          { $ref: "#/components/parameters/teamId" },
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
        responses: {
          "200": {
            description: "One page of presence entries.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UserPresencePage" },
                examples: {
                  "one-member": {
                    summary: "The last page, one member online",
                    value: {
                      data: [
                        {
                          userId: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                          requestTime: "2024-03-11T16:39:30.412",
                          lastSeen: "2024-03-11T16:39:12.007",
                          presenceStatus: "Working",
                          connectionStatus: "Online",
                          activeChannels: ["Email"],
                        },
                      ],
                      meta: {},
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The team id, page limit or page key could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/templates": {
      get: {
        operationId: "listTemplates",
        summary: "List templates",
        description:
          "The organization's templates, page by page, optionally only of one kind. `_type` says whether a template is a quick response (inserted by agents) or an e-mail auto-reply.",
        tags: ["Templates"],
        parameters: [
          { $ref: "#/components/parameters/pageLimit" },
          { $ref: "#/components/parameters/pageKey" },
          {
            name: "type",
            in: "query",
            required: false,
            description: "Only templates of this kind.",
            schema: { type: "string", enum: ["EmailAutoReply", "QuickResponse"] },
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
            description: "One page of templates.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TemplatePage" },
                examples: {
                  "quick-response-and-auto-reply": {
                    summary:
                      "A translated quick response and an e-mail auto-reply, with a link to the next page",
                    value: {
                      data: [
                        {
                          id: "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a",
                          name: "Where is my parcel",
                          content:
                            "Hi {{requester_firstname}},\n\nYour parcel left our warehouse today.\n\nKind regards,\n{{agent_firstname}}",
                          createdBy: "6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b",
                          createdAt: "2022-11-03T08:12:45.120+00:00",
                          lastEditedBy: "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d",
                          lastEditedAt: "2024-01-22T14:03:09.886+00:00",
                          translations: [
                            {
                              locale: "da",
                              content:
                                "Hej {{requester_firstname}},\n\nDin pakke har forladt vores lager i dag.\n\nVenlig hilsen,\n{{agent_firstname}}",
                              isDeactivated: false,
                              subject: "Din pakke er på vej",
                            },
                          ],
                          subject: "Your parcel is on its way",
                          _type: "QuickResponse",
                        },
                        {
                          id: "7c6b5a4f-3e2d-4c1b-a09f-8e7d6c5b4a3f",
                          name: "Out of office",
                          content:
                            "Thanks for writing. We answer within one working day. Case {{csid}}",
                          createdBy: "6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b",
                          createdAt: "2022-11-03T08:15:02.004+00:00",
                          _type: "EmailAutoReply",
                        },
                      ],
                      meta: { next: "/v1/templates?pageKey=cGFnZUxpbWl0PTImcGFnZT0y" },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "A query parameter could not be read (page limit, page key, type).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/templates/{templateId}": {
      delete: {
        operationId: "deleteTemplate",
        summary: "Delete template",
        description:
          "Delete a template. This cannot be undone; check first that no flow or automation uses it.",
        tags: ["Templates"],
        parameters: [
          {
            name: "templateId",
            in: "path",
            required: true,
            description: "Template id.",
            schema: { type: "string", format: "uuid" },
          },
        ],
        responses: {
          "204": { description: "The template was deleted." },
          "400": {
            description: "The template id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter templateId" },
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
    "/v1/webhooks": {
      get: {
        operationId: "listWebhookSubscriptions",
        summary: "List all Webhook Subscriptions",
        description:
          "Every webhook subscription of the organization, with the secret key each one signs its requests with. Not paginated.",
        tags: ["Webhooks"],
        responses: {
          "200": {
            description: "The subscriptions.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookSubscriptionListResponse" },
                examples: {
                  "one-subscription": {
                    summary: "A subscription to two conversation events, behind Basic auth",
                    value: {
                      data: [
                        {
                          id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                          name: "Warehouse sync",
                          subscribedEvents: ["ConversationCreated", "ConversationClosed"],
                          url: "https://hooks.acme.com/dixa",
                          headers: { Authorization: "Basic ZGl4YTpzM2NyZXQ=" },
                          secretKey:
                            "5f1c0e9d8b7a69584736251403f2e1d0c9b8a7968574635241302f1e0d9c8b7a",
                          enabled: true,
                          createdAt: "2024-01-15T10:00:00Z",
                          createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                          updatedAt: "2024-01-15T10:00:00Z",
                          updatedBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      post: {
        operationId: "createWebhookSubscription",
        summary: "Create Webhook Subscription",
        description:
          "Subscribe a URL of yours to events (201). `authorization` says what Dixa sends in the `Authorization` header of each request: nothing (`NoAuth`), `Basic base64(username:password)` (`BasicAuth`) or `Bearer <value>` (`TokenAuth`); `customHeaders` adds more headers (send `{}` for none; Dixa requires the field). `filters` narrows the events, e.g. to some channels or queues. Every request Dixa sends is also signed with the subscription's `secretKey` (`X-DIXA-SIGNATURE`). Not safe to repeat: each call creates another subscription, and each would receive every event.",
        tags: ["Webhooks"],
        requestBody: {
          description: "The subscription.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/NewWebhookSubscription" },
              examples: {
                "token-auth-filtered": {
                  summary:
                    "Bearer token, e-mail and phone conversations only, API imports left out",
                  value: {
                    name: "Warehouse sync",
                    events: ["ConversationCreated", "ConversationClosed"],
                    url: "https://hooks.acme.com/dixa",
                    authorization: { value: "hook-token-7f3a9c", _type: "TokenAuth" },
                    customHeaders: { "X-Source": "dixa" },
                    enabled: true,
                    filters: {
                      Conversation: {
                        strategy: "All",
                        conditions: [
                          {
                            field: "InitialChannel",
                            values: ["email", "pstn_phone"],
                            _type: "IsOneOf",
                          },
                          { field: "OperationOrigin", values: ["ApiImport"], _type: "IsNotOneOf" },
                        ],
                        _type: "CombinedFilters",
                      },
                    },
                  },
                },
                "no-auth": {
                  summary: "The smallest subscription",
                  value: {
                    name: "Test receiver",
                    events: ["ConversationMessageAdded"],
                    url: "https://example.org/dixa-test",
                    authorization: { _type: "NoAuth" },
                    customHeaders: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The subscription was created.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookSubscriptionResponse" },
                examples: {
                  created: {
                    summary: "The new subscription with its secret key",
                    value: {
                      data: {
                        id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                        name: "Warehouse sync",
                        subscribedEvents: ["ConversationCreated", "ConversationClosed"],
                        url: "https://hooks.acme.com/dixa",
                        headers: { Authorization: "Bearer hook-token-7f3a9c", "X-Source": "dixa" },
                        secretKey:
                          "5f1c0e9d8b7a69584736251403f2e1d0c9b8a7968574635241302f1e0d9c8b7a",
                        enabled: true,
                        createdAt: "2024-01-15T10:00:00Z",
                        createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        updatedAt: "2024-01-15T10:00:00Z",
                        updatedBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        filters: {
                          Conversation: {
                            strategy: "All",
                            conditions: [
                              {
                                field: "InitialChannel",
                                values: ["email", "pstn_phone"],
                                _type: "IsOneOf",
                              },
                              {
                                field: "OperationOrigin",
                                values: ["ApiImport"],
                                _type: "IsNotOneOf",
                              },
                            ],
                            _type: "CombinedFilters",
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The body could not be read or failed validation (e.g. an unknown event name).",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/webhooks/{webhookSubscriptionId}": {
      get: {
        operationId: "getWebhookSubscription",
        summary: "Webhook Subscription",
        description: "Fetch one webhook subscription, with its secret key.",
        tags: ["Webhooks"],
        parameters: [{ $ref: "#/components/parameters/webhookSubscriptionId" }],
        responses: {
          "200": {
            description: "The subscription.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookSubscriptionResponse" },
                examples: {
                  disabled: {
                    summary: "A disabled subscription without filters",
                    value: {
                      data: {
                        id: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                        name: "Old CRM",
                        subscribedEvents: ["ConversationRated"],
                        url: "https://crm.acme.com/hooks/dixa",
                        headers: {},
                        secretKey:
                          "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
                        enabled: false,
                        createdAt: "2022-06-01T12:00:00Z",
                        createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        updatedAt: "2023-09-30T08:15:00Z",
                        updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The subscription id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      patch: {
        operationId: "patchWebhookSubscription",
        summary: "Patch Webhook Subscription",
        description:
          "Change some of a subscription's settings (name, events, URL, authorization, headers, enabled, filters); fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same subscription.",
        tags: ["Webhooks"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/webhookSubscriptionId" }],
        requestBody: {
          description: "The settings to change.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookSubscriptionPatch" },
              examples: {
                disable: { summary: "Pause deliveries", value: { enabled: false } },
                "basic-auth": {
                  summary: "Switch to Basic auth and listen to one more event",
                  value: {
                    events: ["ConversationCreated", "ConversationClosed", "ConversationTagAdded"],
                    authorization: { username: "dixa", password: "s3cret", _type: "BasicAuth" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The subscription as stored.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookSubscriptionResponse" },
                examples: {
                  disabled: {
                    summary: "The subscription after pausing it",
                    value: {
                      data: {
                        id: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                        name: "Warehouse sync",
                        subscribedEvents: ["ConversationCreated", "ConversationClosed"],
                        url: "https://hooks.acme.com/dixa",
                        headers: { Authorization: "Bearer hook-token-7f3a9c" },
                        secretKey:
                          "5f1c0e9d8b7a69584736251403f2e1d0c9b8a7968574635241302f1e0d9c8b7a",
                        enabled: false,
                        createdAt: "2024-01-15T10:00:00Z",
                        createdBy: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
                        updatedAt: "2024-03-11T16:39:30Z",
                        updatedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                      },
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The subscription id or the body could not be read, or the change failed validation.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
      delete: {
        operationId: "deleteWebhookSubscription",
        summary: "Delete Webhook Subscription",
        description: "Delete a webhook subscription; Dixa stops sending its events.",
        tags: ["Webhooks"],
        parameters: [{ $ref: "#/components/parameters/webhookSubscriptionId" }],
        responses: {
          "204": { description: "The subscription was deleted." },
          "400": {
            description: "The subscription id is not a UUID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  "bad-id": {
                    summary: "An id that is not a UUID",
                    value: { message: "Invalid value for: path parameter webhookSubscriptionId" },
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
    "/v1/webhooks/{webhookSubscriptionId}/delivery-status": {
      get: {
        operationId: "listWebhookDeliveryStatuses",
        summary: "Webhook Subscription Last Delivery Statuses",
        description:
          "For each event of the subscription, how its latest delivery went: `DeliveryDetail` (when, HTTP status and text of your answer) or `NoRecentDelivery`.",
        tags: ["Webhooks"],
        parameters: [{ $ref: "#/components/parameters/webhookSubscriptionId" }],
        responses: {
          "200": {
            description: "One status per subscribed event.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookDeliveryStatusListResponse" },
                examples: {
                  "delivered-and-quiet": {
                    summary: "One event delivered, one not sent lately",
                    value: {
                      data: [
                        {
                          event: "ConversationCreated",
                          deliveryStatus: {
                            deliveryTimestamp: "2024-03-11T16:30:12.045Z",
                            success: true,
                            responseCode: 200,
                            responseText: "OK",
                            _type: "DeliveryDetail",
                          },
                        },
                        {
                          event: "ConversationClosed",
                          deliveryStatus: { _type: "NoRecentDelivery" },
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The subscription id is not a UUID.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}": {
      get: {
        operationId: "listWebhookEventLogs",
        summary: "Webhook Subscription Event Logs",
        description:
          "The latest deliveries of one event of the subscription: how each went and the exact payload sent (as a JSON string), e.g. to replay a missed event.",
        tags: ["Webhooks"],
        parameters: [
          { $ref: "#/components/parameters/webhookSubscriptionId" },
          {
            name: "event",
            in: "path",
            required: true,
            description: "The event, by its subscription name (e.g. `ConversationNoteAdded`).",
            schema: { $ref: "#/components/schemas/WebhookSubscriptionEvent" },
          },
        ],
        responses: {
          "200": {
            description: "The latest deliveries.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WebhookEventLogListResponse" },
                examples: {
                  "one-failed": {
                    summary: "A delivery your server refused",
                    value: {
                      data: [
                        {
                          deliveryDetail: {
                            deliveryTimestamp: "2024-03-11T16:30:12.045Z",
                            success: false,
                            responseCode: 503,
                            responseText: "Service Unavailable",
                          },
                          payload:
                            '{"event_id":"4b6f2d1e-8a3c-4e5f-9b7d-0c1a2e3f4d5b","event_fqn":"CONVERSATION_NOTE_ADDED","event_version":"1","event_timestamp":"2024-03-11T16:30:11.902Z","organization":{"id":"5d3c1b2a-8e7f-4a6b-9c0d-2e1f3a4b5c6d","name":"Acme Retail"},"data":{"conversation":{"csid":18401,"channel":"EMAIL","status":"OPEN"},"note_id":"eb31acbb-13f9-4ce7-abd3-44dd86266741","text":"Customer called back","created_at":"2024-03-11T16:30:11.870Z"}}',
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "The subscription id or the event could not be read.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/v1/conversation_export": {
      servers: [{ url: "https://exports.dixa.io", description: "Dixa Exports API" }],
      get: {
        operationId: "exportConversations",
        summary: "Conversation export",
        description:
          "All conversations matching a time window (or a list of ids), as one JSON array of flat rows: no paging, no envelope, timestamps as Unix milliseconds, names in snake_case. Meant for loading a data warehouse; the main API's conversation operations give the same data in their own shape.\n\nRules Dixa enforces (answered with 400 otherwise):\n- give one `..._after` **and** one `..._before` parameter (the same kind, e.g. `updated_after` + `updated_before`), or give `csids`;\n- a time window may span at most 31 days: walk longer periods window by window.\n\nEach time parameter takes a date (`yyyy-mm-dd`) or Unix milliseconds. This endpoint is slow and tightly limited: about 10 requests per minute per organization token (as reported by integrations that page through years of data; Dixa answers 429 beyond its limit), so space the windows out. Sent with the same API token as the rest of Dixa, but as `Authorization: Bearer <token>`, to `https://exports.dixa.io`.",
        tags: ["Exports"],
        security: [{ bearer: [] }],
        parameters: [
          { $ref: "#/components/parameters/exportCreatedAfter" },
          { $ref: "#/components/parameters/exportCreatedBefore" },
          {
            name: "updated_after",
            in: "query",
            required: false,
            description:
              "Only conversations last updated at or after this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "updated_before",
            in: "query",
            required: false,
            description:
              "Only conversations last updated before this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "closed_after",
            in: "query",
            required: false,
            description:
              "Only conversations closed at or after this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "closed_before",
            in: "query",
            required: false,
            description:
              "Only conversations closed before this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "last_message_created_after",
            in: "query",
            required: false,
            description:
              "Only conversations whose last message came at or after this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "last_message_created_before",
            in: "query",
            required: false,
            description:
              "Only conversations whose last message came before this time (`yyyy-mm-dd` or Unix milliseconds).",
            schema: { $ref: "#/components/schemas/ExportTime" },
          },
          {
            name: "csids",
            in: "query",
            required: false,
            description:
              "Instead of a time window, these conversation ids, comma-separated (`1234,1235`).",
            schema: { type: "string", pattern: "^\\d+(,\\d+)*$" },
            examples: {
              "two-conversations": { summary: "Two conversation ids", value: "18401,18402" },
            },
          },
        ],
        responses: {
          "200": {
            description: "The matching conversations (an empty array when none match).",
            content: {
              "application/json": {
                schema: {
                  type: "array",
                  items: { $ref: "#/components/schemas/ConversationExportRow" },
                },
                examples: {
                  "closed-email": {
                    summary: "One closed, rated e-mail conversation",
                    value: [
                      {
                        id: 18401,
                        created_at: 1706778123456,
                        initial_channel: "email",
                        direction: "inbound",
                        status: "closed",
                        subject: "Return label missing",
                        requester_id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
                        requester_name: "Jane Doe",
                        requester_email: "jane.doe@example.com",
                        queue_id: "6b9087b3-9ab7-4af4-936d-3290996faedb",
                        queue_name: "Returns",
                        queued_at: 1706778125001,
                        assignee_id: "01107a2e-4ff0-4a87-bb48-a19af298394d",
                        assignee_name: "Sam Agent",
                        assignee_email: "sam@acme.com",
                        assigned_at: 1706778310220,
                        closed_at: 1706781900000,
                        updated_at: 1706781900450,
                        last_message_created_at: 1706781850000,
                        dixa_email_integration_id: "returns@acme.email.dixa.io",
                        total_duration: 3777,
                        handling_duration: 612,
                        conversation_wrapup_notes: ["Sent a new label by e-mail"],
                        tags: ["returns"],
                        tags_info: [
                          {
                            id: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60",
                            name: "returns",
                            is_deactivated: false,
                          },
                        ],
                        rating_score: 5,
                        rating_message: "Quick and friendly",
                        ratings: [
                          {
                            rating_score: 5,
                            rating_message: "Quick and friendly",
                            rating_type: "csat",
                            rating_status: "rated",
                            rating_language: "en",
                            rating_offered_timestamp: 1706781905000,
                            rating_rated_timestamp: 1706782400000,
                          },
                        ],
                      },
                    ],
                  },
                },
              },
            },
          },
          "400": {
            description:
              "Invalid query parameters: no complete time window and no `csids`, a window longer than 31 days, or a value that is neither a date nor Unix milliseconds. Dixa does not document the body.",
          },
          "401": {
            description: "Missing or invalid credentials. Dixa does not document the body.",
          },
          "429": {
            description:
              "The organization's export limit was reached; wait before the next request. Dixa does not document the body.",
          },
          "5XX": {
            description: "The export failed on Dixa's side. Dixa does not document the body.",
          },
        },
      },
    },
    "/v1/message_export": {
      servers: [{ url: "https://exports.dixa.io", description: "Dixa Exports API" }],
      get: {
        operationId: "exportMessages",
        summary: "Message export",
        description:
          "All messages created in a time window, as one JSON array of flat rows (no paging, no envelope, timestamps as Unix milliseconds, snake_case names). Internal notes are not messages here: they come with the conversation export, in `conversation_wrapup_notes`.\n\nGive both `created_after` and `created_before`; the window may span at most 31 days (400 otherwise). Each takes a date (`yyyy-mm-dd`) or Unix milliseconds. The Exports API is tightly rate limited (about 10 requests per minute per token is what integrations report for the conversation export; Dixa answers 429 beyond its limit). Sent as `Authorization: Bearer <token>` to `https://exports.dixa.io`.",
        tags: ["Exports"],
        security: [{ bearer: [] }],
        parameters: [
          { $ref: "#/components/parameters/exportCreatedAfter" },
          { $ref: "#/components/parameters/exportCreatedBefore" },
        ],
        responses: {
          "200": {
            description: "The messages of the window (an empty array when there are none).",
            content: {
              "application/json": {
                schema: { type: "array", items: { $ref: "#/components/schemas/MessageExportRow" } },
                examples: {
                  "email-and-chat": {
                    summary: "An inbound e-mail and an automated chat message",
                    value: [
                      {
                        id: "11b95893-0514-4606-a5d8-1880172b3a55",
                        csid: 18401,
                        created_at: 1706778123456,
                        initial_channel: "email",
                        direction: "inbound",
                        author_name: "Jane Doe",
                        author_email: "jane.doe@example.com",
                        from: "jane.doe@example.com",
                        to: ["returns@acme.email.dixa.io"],
                        cc: [],
                        bcc: [],
                        text: "Hi, the return label was not in the box.",
                        attached_files: [],
                        is_automated_message: false,
                      },
                      {
                        id: "5f4e3d2c-1b0a-4987-a6b5-c4d3e2f1a0b9",
                        csid: 18402,
                        created_at: 1706779000000,
                        initial_channel: "widget_chat",
                        direction: "outbound",
                        author_name: "Acme bot",
                        text: "What is your order number?",
                        chat_input_question: "What is your order number?",
                        is_automated_message: true,
                      },
                    ],
                  },
                },
              },
            },
          },
          "400": {
            description:
              "Invalid query parameters: a missing `created_after` or `created_before`, a window longer than 31 days, or a value that is neither a date nor Unix milliseconds. Dixa does not document the body.",
          },
          "401": {
            description: "Missing or invalid credentials. Dixa does not document the body.",
          },
          "429": {
            description:
              "The organization's export limit was reached; wait before the next request. Dixa does not document the body.",
          },
          "5XX": {
            description: "The export failed on Dixa's side. Dixa does not document the body.",
          },
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
      bearer: {
        type: "http",
        scheme: "bearer",
        description:
          "The same Dixa API token as for `apiKey`, sent the way the Exports API (`https://exports.dixa.io`) wants it: `Authorization: Bearer <token>`. Only the Exports operations use this scheme.",
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
      exportCreatedAfter: {
        name: "created_after",
        in: "query",
        required: false,
        description: "Only rows created at or after this time (`yyyy-mm-dd` or Unix milliseconds).",
        schema: { $ref: "#/components/schemas/ExportTime" },
      },
      exportCreatedBefore: {
        name: "created_before",
        in: "query",
        required: false,
        description: "Only rows created before this time (`yyyy-mm-dd` or Unix milliseconds).",
        schema: { $ref: "#/components/schemas/ExportTime" },
      },
      userId: {
        name: "userId",
        in: "path",
        required: true,
        description: "End user id.",
        schema: { type: "string", format: "uuid" },
      },
      agentId: {
        name: "agentId",
        in: "path",
        required: true,
        description: "Agent (or admin) id.",
        schema: { type: "string", format: "uuid" },
      },
      teamId: {
        name: "teamId",
        in: "path",
        required: true,
        description: "Team id.",
        schema: { type: "string", format: "uuid" },
      },
      queueId: {
        name: "queueId",
        in: "path",
        required: true,
        description: "Queue id.",
        schema: { type: "string", format: "uuid" },
      },
      webhookSubscriptionId: {
        name: "webhookSubscriptionId",
        in: "path",
        required: true,
        description: "Webhook subscription id.",
        schema: { type: "string", format: "uuid" },
      },
      articleId: {
        name: "articleId",
        in: "path",
        required: true,
        description: "Knowledge article id.",
        schema: { type: "string", format: "uuid" },
      },
      languageId: {
        name: "languageId",
        in: "path",
        required: true,
        description: "Language of the translation (ISO code, e.g. `en`, `da`).",
        schema: { type: "string" },
      },
      knowledgeParentId: {
        name: "parentId",
        in: "path",
        required: true,
        description: "Category or collection to move the article into.",
        schema: { type: "string", format: "uuid" },
      },
      categoryId: {
        name: "categoryId",
        in: "path",
        required: true,
        description: "Knowledge category id.",
        schema: { type: "string", format: "uuid" },
      },
      collectionId: {
        name: "collectionId",
        in: "path",
        required: true,
        description: "Knowledge collection id.",
        schema: { type: "string", format: "uuid" },
      },
      knowledgeLanguage: {
        name: "language",
        in: "query",
        required: false,
        description:
          "Language to return translations in (ISO code); the knowledge base's default language when left out.",
        schema: { type: "string" },
      },
      WebhookSignature: {
        name: "X-DIXA-SIGNATURE",
        in: "header",
        required: true,
        description:
          'Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription\'s `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries.',
        schema: { type: "string", pattern: "^t=[0-9]+,v1=[0-9a-fA-F]+" },
        examples: {
          signed: {
            summary: "A delivery signed at 2025-03-18T09:14:03.101Z",
            value:
              "t=1742289243101,v1=3f6c2a9be0d4c1785a2f9e6b0c7d8e1f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d",
          },
        },
      },
      WebhookSubscriptionId: {
        name: "X-DIXA-SUBSCRIPTION-ID",
        in: "header",
        required: true,
        description:
          "Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature.",
        schema: { type: "string", format: "uuid" },
        examples: {
          subscription: {
            summary: "A subscription id",
            value: "0b6f3c2e-8d4a-4f1b-9e7c-5a2d1f0c3b84",
          },
        },
      },
    },
    responses: {
      BadRequest: {
        description:
          "A path or query parameter or the body could not be read (Dixa names the part, e.g. `Invalid value for: body`).",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              "decoding-failure": {
                summary: "Body that does not match the expected shape",
                value: { message: "Decoding failure in request" },
              },
            },
          },
        },
      },
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
      LocalTimestamp: {
        description:
          "A date and time of day with no zone or offset, as Dixa writes agent presence times (`2021-12-01T12:46:35.935`, Java's `LocalDateTime`). Dixa does not say which zone the value is in; do not read it as RFC 3339.",
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$",
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
        description:
          "A tag of the organization, as listed by the Tags operations and as found on conversations.",
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
      AnonymizeEntityRequest: {
        description:
          "What `anonymizeEntity` should anonymize. `_type` names the kind of entity; it is a plain enum here, not a union, because every kind takes the same fields. Send `_type`; `entityType` is its older, deprecated spelling.",
        type: "object",
        required: ["entityId"],
        properties: {
          entityId: {
            description: "Id of the entity: the end user's id or the conversation id.",
            type: "string",
          },
          entityType: {
            description: "Older name of the entity kind; send `_type` instead.",
            deprecated: true,
            type: "string",
            enum: [
              "ConversationAnonymizationType",
              "MessageAnonymizationType",
              "UnknownAnonymizationType",
              "UserAnonymizationType",
            ],
          },
          forceAnonymization: {
            description: "Close the conversation first if it is still open.",
            type: "boolean",
          },
          _type: {
            description: "Kind of entity to anonymize.",
            type: "string",
            enum: ["Conversation", "Message", "User"],
          },
        },
      },
      EmailEndpoint: {
        description: "An e-mail address of the organization (a Dixa e-mail integration).",
        type: "object",
        required: ["address", "_type"],
        properties: {
          address: {
            description:
              "The address; also the endpoint's id and the `emailIntegrationId` of e-mail conversations.",
            type: "string",
          },
          senderOverride: {
            description: "Address outgoing e-mails show as sender instead of `address`.",
            type: "string",
          },
          name: { description: "Display name of the endpoint.", type: "string" },
          _type: { type: "string", const: "EmailEndpoint" },
        },
      },
      TelephonyEndpoint: {
        description: "A phone number of the organization.",
        type: "object",
        required: ["number", "_type"],
        properties: {
          number: {
            description: "The number in E.164 form; also the endpoint's id.",
            type: "string",
          },
          functionality: {
            description:
              "What the number is used for, e.g. `VoiceInbound`, `VoiceOutbound`, `Sms`.",
            type: "array",
            items: { type: "string" },
          },
          name: { description: "Display name of the endpoint.", type: "string" },
          _type: { type: "string", const: "TelephonyEndpoint" },
        },
      },
      ContactEndpoint: {
        description: "An address or number customers reach the organization at.",
        oneOf: [
          { $ref: "#/components/schemas/EmailEndpoint" },
          { $ref: "#/components/schemas/TelephonyEndpoint" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            EmailEndpoint: "#/components/schemas/EmailEndpoint",
            TelephonyEndpoint: "#/components/schemas/TelephonyEndpoint",
          },
        },
      },
      ContactEndpointListResponse: {
        description: "Contact endpoints.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ContactEndpoint" } },
        },
      },
      ContactEndpointResponse: {
        description: "One contact endpoint.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/ContactEndpoint" } },
      },
      SelectOption: {
        description:
          "One option of a `Select` custom attribute; options nest, and a value is the path of option `value`s from the top.",
        type: "object",
        required: ["id", "label", "value", "isDeactivated", "orderIndex"],
        properties: {
          id: { description: "Option id.", type: "string", format: "uuid" },
          label: { description: "Text agents see.", type: "string" },
          value: {
            description: "Machine value, the element used in attribute values.",
            type: "string",
          },
          nestedOptions: {
            description: "Options one level down.",
            type: "array",
            items: { $ref: "#/components/schemas/SelectOption" },
          },
          isDeactivated: { description: "The option can no longer be chosen.", type: "boolean" },
          orderIndex: {
            description: "Position among all options of the attribute.",
            type: "integer",
            format: "int32",
          },
        },
      },
      SelectInputDefinition: {
        description:
          "The attribute is picked from a tree of options; its value is a list of option values (the path).",
        type: "object",
        required: ["_type"],
        properties: {
          options: {
            description: "Top-level options.",
            type: "array",
            items: { $ref: "#/components/schemas/SelectOption" },
          },
          _type: { type: "string", const: "Select" },
        },
      },
      TextInputDefinition: {
        description: "The attribute is free text; its value is a string.",
        type: "object",
        required: ["_type"],
        properties: {
          placeholder: { description: "Hint shown in the empty input field.", type: "string" },
          _type: { type: "string", const: "Text" },
        },
      },
      CustomAttributeInputDefinition: {
        description: "How values of the attribute are entered, and so which JSON type they have.",
        oneOf: [
          { $ref: "#/components/schemas/SelectInputDefinition" },
          { $ref: "#/components/schemas/TextInputDefinition" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Select: "#/components/schemas/SelectInputDefinition",
            Text: "#/components/schemas/TextInputDefinition",
          },
        },
      },
      CustomAttributeDefinition: {
        description: "A custom attribute the organization defined.",
        type: "object",
        required: [
          "id",
          "entityType",
          "identifier",
          "label",
          "inputDefinition",
          "createdAt",
          "isRequired",
          "isArchived",
          "isDeactivated",
        ],
        properties: {
          id: {
            description: "Definition id, the key used when setting values.",
            type: "string",
            format: "uuid",
          },
          entityType: {
            description: "What the attribute is set on: `Conversation` or `Contact` (end users).",
            type: "string",
            enum: ["Contact", "Conversation"],
          },
          identifier: { description: "Machine-friendly identifier.", type: "string" },
          label: { description: "Name agents see.", type: "string" },
          inputDefinition: { $ref: "#/components/schemas/CustomAttributeInputDefinition" },
          description: { description: "Explanation shown to agents.", type: "string" },
          createdAt: {
            description: "When the attribute was defined.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          updatedAt: {
            description: "When the definition last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          isRequired: { description: "Agents must fill it in.", type: "boolean" },
          isArchived: { description: "The attribute was archived.", type: "boolean" },
          isDeactivated: { description: "The attribute can no longer be set.", type: "boolean" },
        },
      },
      CustomAttributeDefinitionListResponse: {
        description: "Custom attribute definitions.",
        type: "object",
        properties: {
          data: {
            type: "array",
            items: { $ref: "#/components/schemas/CustomAttributeDefinition" },
          },
        },
      },
      CustomAttributeDefinitionResponse: {
        description: "One custom attribute definition.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/CustomAttributeDefinition" } },
      },
      Organization: {
        description: "A Dixa organization (account).",
        type: "object",
        required: ["id", "name", "subdomain", "status"],
        properties: {
          id: { description: "Organization id (a UUID).", type: "string" },
          name: { description: "Organization name.", type: "string" },
          subdomain: {
            description: "Subdomain of the agent interface: `<subdomain>.dixa.com`.",
            type: "string",
          },
          status: {
            description: "Whether the account is in use.",
            type: "string",
            enum: ["Active", "Suspended"],
          },
          avatarUrl: {
            description: "Where the organization's logo can be loaded from.",
            type: "string",
          },
        },
      },
      OrganizationResponse: {
        description: "The organization.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/Organization" } },
      },
      NewTag: {
        description: "A tag to add to the organization.",
        type: "object",
        required: ["name"],
        properties: {
          name: { description: "Tag name, as agents see it.", type: "string" },
          color: { description: "Display colour, e.g. `#3E63DD`.", type: "string" },
        },
      },
      TagResponse: {
        description: "One tag.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/ConversationTag" } },
      },
      TemplateTranslation: {
        description: "The template text in one more language.",
        type: "object",
        required: ["locale", "content", "isDeactivated"],
        properties: {
          locale: {
            description:
              "Language, optionally with script and country: `da`, `en-US`, `uz-Arab-AF`.",
            type: "string",
          },
          content: {
            description: "Template text; `{{placeholders}}` are filled in when used.",
            type: "string",
          },
          isDeactivated: { description: "This translation is not offered.", type: "boolean" },
          subject: { description: "E-mail subject in this language.", type: "string" },
        },
      },
      QuickResponseTemplate: {
        description: "A text agents insert into their replies.",
        type: "object",
        required: ["id", "name", "content", "createdBy", "createdAt", "_type"],
        properties: {
          id: { description: "Template id.", type: "string" },
          name: { description: "Template name.", type: "string" },
          content: {
            description:
              "Template text in the default language; `{{placeholders}}` such as `{{requester_firstname}}` are filled in when used.",
            type: "string",
          },
          createdBy: { description: "User who created it.", type: "string" },
          createdAt: {
            description: "When it was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          lastEditedBy: { description: "User who changed it last.", type: "string" },
          lastEditedAt: {
            description: "When it was changed last.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          translations: {
            description: "The text in other languages.",
            type: "array",
            items: { $ref: "#/components/schemas/TemplateTranslation" },
          },
          subject: { description: "E-mail subject in the default language.", type: "string" },
          _type: { type: "string", const: "QuickResponse" },
        },
      },
      EmailAutoReplyTemplate: {
        description: "An automatic answer to incoming e-mails.",
        type: "object",
        required: ["id", "name", "content", "createdBy", "createdAt", "_type"],
        properties: {
          id: { description: "Template id.", type: "string" },
          name: { description: "Template name.", type: "string" },
          content: {
            description:
              "Template text in the default language; `{{placeholders}}` are filled in when sent.",
            type: "string",
          },
          createdBy: { description: "User who created it.", type: "string" },
          createdAt: {
            description: "When it was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          lastEditedBy: { description: "User who changed it last.", type: "string" },
          lastEditedAt: {
            description: "When it was changed last.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          translations: {
            description: "The text in other languages.",
            type: "array",
            items: { $ref: "#/components/schemas/TemplateTranslation" },
          },
          subject: { description: "E-mail subject in the default language.", type: "string" },
          _type: { type: "string", const: "EmailAutoReply" },
        },
      },
      Template: {
        description: "A quick response or an e-mail auto-reply.",
        oneOf: [
          { $ref: "#/components/schemas/EmailAutoReplyTemplate" },
          { $ref: "#/components/schemas/QuickResponseTemplate" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            EmailAutoReply: "#/components/schemas/EmailAutoReplyTemplate",
            QuickResponse: "#/components/schemas/QuickResponseTemplate",
          },
        },
      },
      TemplatePage: {
        description: "One page of templates.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/Template" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      ExportTime: {
        description:
          "A query time of the Exports API: a date `yyyy-mm-dd` (`2024-02-01`) or Unix milliseconds (`1706745600000`).",
        type: "string",
        pattern: "^(\\d{4}-\\d{2}-\\d{2}|\\d+)$",
      },
      ExportRating: {
        description: "One rating of an exported conversation. Times are Unix milliseconds.",
        type: "object",
        properties: {
          rating_score: { description: "The score given.", type: ["integer", "null"] },
          rating_message: { description: "The customer's comment.", type: ["string", "null"] },
          rating_type: { description: "Kind of rating, in lower case.", type: ["string", "null"] },
          rating_status: {
            description: "Where the rating stands, e.g. `rated`.",
            type: ["string", "null"],
          },
          rating_language: {
            description: "Language the rating was offered in.",
            type: ["string", "null"],
          },
          rating_created_timestamp: { type: ["integer", "null"] },
          rating_offered_timestamp: { type: ["integer", "null"] },
          rating_modified_timestamp: { type: ["integer", "null"] },
          rating_rated_timestamp: { type: ["integer", "null"] },
          rating_scheduled_timestamp: { type: ["integer", "null"] },
          rating_scheduled_for_timestamp: { type: ["integer", "null"] },
          rating_unscheduled_timestamp: { type: ["integer", "null"] },
          rating_cancelled_timestamp: { type: ["integer", "null"] },
        },
      },
      ExportTagInfo: {
        description: "A tag of an exported conversation.",
        type: "object",
        properties: {
          id: { type: ["string", "null"] },
          name: { type: ["string", "null"] },
          is_deactivated: { type: ["boolean", "null"] },
        },
      },
      ConversationExportRow: {
        description:
          "One conversation as the Exports API writes it: a flat record with the columns of Dixa's CSV export. Times are Unix milliseconds, names snake_case, enum values lower case (`email`, `inbound`). Any field may be missing or `null` when it does not apply; Dixa adds columns over time, so the record is open.",
        type: "object",
        properties: {
          id: { description: "Conversation id (csid).", type: "integer", format: "int64" },
          created_at: {
            description: "When the conversation was created.",
            type: ["integer", "null"],
          },
          updated_at: {
            description: "When the conversation last changed.",
            type: ["integer", "null"],
          },
          initial_channel: {
            description: "Channel the conversation started on, e.g. `email`.",
            type: ["string", "null"],
          },
          direction: { description: "`inbound` or `outbound`.", type: ["string", "null"] },
          status: {
            description: "State of the conversation, e.g. `closed`.",
            type: ["string", "null"],
          },
          subject: { type: ["string", "null"] },
          requester_id: {
            description: "End user who requested the conversation.",
            type: ["string", "null"],
          },
          requester_name: { type: ["string", "null"] },
          requester_email: { type: ["string", "null"] },
          requester_additional_emails: { type: ["array", "null"], items: { type: "string" } },
          requester_phone_number: { type: ["string", "null"] },
          requester_additional_phone_numbers: {
            type: ["array", "null"],
            items: { type: "string" },
          },
          queued_at: { type: ["integer", "null"] },
          queue_id: { type: ["string", "null"] },
          queue_name: { type: ["string", "null"] },
          assigned_at: { type: ["integer", "null"] },
          assignee_id: {
            description: "Agent the conversation is assigned to.",
            type: ["string", "null"],
          },
          assignee_name: { type: ["string", "null"] },
          assignee_email: { type: ["string", "null"] },
          assignee_phone_number: { type: ["string", "null"] },
          closed_at: { type: ["integer", "null"] },
          last_message_created_at: { type: ["integer", "null"] },
          anonymized_at: { type: ["integer", "null"] },
          total_duration: {
            description: "Total duration of the conversation as Dixa measures it.",
            type: ["integer", "null"],
          },
          handling_duration: {
            description: "Time agents spent handling it, as Dixa measures it.",
            type: ["integer", "null"],
          },
          rating_score: {
            description: "Score of the latest rating (see `ratings` for all of them).",
            type: ["integer", "null"],
          },
          rating_message: { type: ["string", "null"] },
          ratings: {
            description: "Every rating of the conversation.",
            type: ["array", "null"],
            items: { $ref: "#/components/schemas/ExportRating" },
          },
          to_provisioned_phone_number_id: { type: ["string", "null"] },
          to_provisioned_phone_number_name: { type: ["string", "null"] },
          from_provisioned_phone_number_id: { type: ["string", "null"] },
          from_provisioned_phone_number_name: { type: ["string", "null"] },
          transferee_name: { type: ["string", "null"] },
          transferee_number: { type: ["string", "null"] },
          transfer_time: { type: ["integer", "null"] },
          dixa_email_integration_id: {
            description: "E-mail endpoint the conversation came in on.",
            type: ["string", "null"],
          },
          dixa_email_integration_sender_name: { type: ["string", "null"] },
          forwarding_email: { type: ["string", "null"] },
          facebook_page_id: { type: ["string", "null"] },
          facebook_page_name: { type: ["string", "null"] },
          widget_id: { type: ["string", "null"] },
          widget_name: { type: ["string", "null"] },
          originating_country: { type: ["string", "null"] },
          conversation_wrapup_notes: {
            description: "The conversation's internal notes (the message export leaves them out).",
            type: ["array", "null"],
            items: { type: "string" },
          },
          tags: {
            description: "Names of the conversation's tags.",
            type: ["array", "null"],
            items: { type: "string" },
          },
          tags_info: {
            description: "The conversation's tags with their ids.",
            type: ["array", "null"],
            items: { $ref: "#/components/schemas/ExportTagInfo" },
          },
        },
      },
      MessageExportRow: {
        description:
          "One message as the Exports API writes it: a flat record, times in Unix milliseconds, snake_case names. Fields that do not apply to the channel are missing or `null`; the record is open.",
        type: "object",
        properties: {
          id: { description: "Message id.", type: "string" },
          csid: {
            description: "Conversation the message belongs to.",
            type: ["integer", "null"],
            format: "int64",
          },
          created_at: { type: ["integer", "null"] },
          initial_channel: {
            description: "Channel the conversation started on.",
            type: ["string", "null"],
          },
          direction: { type: ["string", "null"] },
          author_name: { type: ["string", "null"] },
          author_email: { type: ["string", "null"] },
          text: { description: "Message text.", type: ["string", "null"] },
          from: { description: "Sender address or number.", type: ["string", "null"] },
          to: { description: "Recipients.", type: ["array", "null"], items: { type: "string" } },
          cc: { type: ["array", "null"], items: { type: "string" } },
          bcc: { type: ["array", "null"], items: { type: "string" } },
          from_phone_number: { type: ["string", "null"] },
          to_phone_number: { type: ["string", "null"] },
          duration: { description: "Length of a call.", type: ["integer", "null"] },
          recording_url: { type: ["string", "null"] },
          voicemail_url: { type: ["string", "null"] },
          attached_files: {
            description: "URLs of attached files.",
            type: ["array", "null"],
            items: { type: "string" },
          },
          is_automated_message: {
            description: "Sent by an automation or bot, not a person.",
            type: ["boolean", "null"],
          },
          chat_input_question: { type: ["string", "null"] },
          chat_input_answer: { type: ["string", "null"] },
          chat_menu_text: { type: ["string", "null"] },
        },
      },
      EndUser: {
        description: 'An end user: a customer who requests conversations (Dixa\'s "contact").',
        type: "object",
        required: ["id", "createdAt"],
        properties: {
          id: {
            description: "End user id, the `requesterId` of their conversations.",
            type: "string",
            format: "uuid",
          },
          createdAt: {
            description: "When the end user was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
          customAttributes: {
            description: "Custom attribute values of the end user (left out by `listEndUsers`).",
            type: "array",
            items: { $ref: "#/components/schemas/ConversationCustomAttribute" },
          },
        },
      },
      NewEndUser: {
        description: "An end user to create. Every field is optional.",
        type: "object",
        properties: {
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
        },
      },
      EndUserUpdate: {
        description:
          "An end user's new details, replacing the old ones: fields left out are cleared.",
        type: "object",
        required: ["displayName"],
        properties: {
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
        },
      },
      EndUserPatch: {
        description: "Fields of an end user to change; fields left out stay as they are.",
        type: "object",
        properties: {
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
        },
      },
      EndUserBulkUpdate: {
        description: "One end user of a bulk update, replaced by these details.",
        type: "object",
        required: ["id", "displayName"],
        properties: {
          id: { description: "Id of the end user to change.", type: "string", format: "uuid" },
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
        },
      },
      EndUserBulkPatch: {
        description: "One end user of a bulk patch: the fields to change.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Id of the end user to change.", type: "string", format: "uuid" },
          displayName: { description: "Name shown to agents.", type: "string" },
          email: { description: "Primary e-mail address.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          externalId: {
            description:
              "Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up.",
            type: "string",
          },
        },
      },
      NewEndUsers: {
        description: "End users to create in one call.",
        type: "object",
        properties: {
          data: {
            description: "The end users.",
            type: "array",
            items: { $ref: "#/components/schemas/NewEndUser" },
          },
        },
      },
      EndUsersUpdateRequest: {
        description: "End users to replace in one call.",
        type: "object",
        properties: {
          data: {
            description: "The end users, each with its id.",
            type: "array",
            items: { $ref: "#/components/schemas/EndUserBulkUpdate" },
          },
        },
      },
      EndUsersPatchRequest: {
        description: "Changes to several end users in one call.",
        type: "object",
        properties: {
          data: {
            description: "The changes, each with the end user's id.",
            type: "array",
            items: { $ref: "#/components/schemas/EndUserBulkPatch" },
          },
        },
      },
      EndUserResponse: {
        description: "One end user.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/EndUser" } },
      },
      EndUserPage: {
        description: "One page of end users.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/EndUser" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      ConversationPage: {
        description: "One page of conversations.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/Conversation" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      BulkErrorEmptyPatchSet: {
        description: "The entry changed nothing (a patch without fields).",
        type: "object",
        required: ["id", "message", "_type"],
        properties: {
          id: { description: "Id of the entity the entry was about.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "EmptyPatchSet" },
        },
      },
      BulkErrorMessage: {
        description: "A failure Dixa describes only by its message (its usual error body, tagged).",
        allOf: [
          { $ref: "#/components/schemas/ErrorResponse" },
          {
            type: "object",
            required: ["_type"],
            properties: { _type: { type: "string", const: "ErrorResponse" } },
          },
        ],
      },
      BulkErrorInfrastructure: {
        description: "Dixa failed to store this entry; it may work on a later try.",
        type: "object",
        required: ["id", "message", "_type"],
        properties: {
          id: { description: "Id of the entity the entry was about.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "Infrastructure" },
        },
      },
      BulkErrorIntegrity: {
        description: "The entry clashes with existing data.",
        type: "object",
        required: ["id", "message", "_type"],
        properties: {
          id: { description: "Id of the entity the entry was about.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "Integrity" },
        },
      },
      BulkErrorInvalidArgument: {
        description: "The entry could not be read.",
        type: "object",
        required: ["message", "_type"],
        properties: {
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "InvalidArgument" },
        },
      },
      BulkErrorNotFound: {
        description: "The entry names an id that does not exist.",
        type: "object",
        required: ["id", "message", "_type"],
        properties: {
          id: { description: "Id of the entity the entry was about.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "NotFound" },
        },
      },
      BulkErrorValidation: {
        description:
          "The entry failed validation (e.g. an e-mail address or phone number already in use).",
        type: "object",
        required: ["message", "_type"],
        properties: {
          id: { description: "Id of the entity the entry was about.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "Validation" },
        },
      },
      BulkError: {
        description: "Why one entry of a bulk request failed; `_type` names the kind of failure.",
        oneOf: [
          { $ref: "#/components/schemas/BulkErrorEmptyPatchSet" },
          { $ref: "#/components/schemas/BulkErrorMessage" },
          { $ref: "#/components/schemas/BulkErrorInfrastructure" },
          { $ref: "#/components/schemas/BulkErrorIntegrity" },
          { $ref: "#/components/schemas/BulkErrorInvalidArgument" },
          { $ref: "#/components/schemas/BulkErrorNotFound" },
          { $ref: "#/components/schemas/BulkErrorValidation" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            EmptyPatchSet: "#/components/schemas/BulkErrorEmptyPatchSet",
            ErrorResponse: "#/components/schemas/BulkErrorMessage",
            Infrastructure: "#/components/schemas/BulkErrorInfrastructure",
            Integrity: "#/components/schemas/BulkErrorIntegrity",
            InvalidArgument: "#/components/schemas/BulkErrorInvalidArgument",
            NotFound: "#/components/schemas/BulkErrorNotFound",
            Validation: "#/components/schemas/BulkErrorValidation",
          },
        },
      },
      BulkActionFailure: {
        description: "This entry of a bulk request failed; the others are not affected.",
        type: "object",
        required: ["error", "_type"],
        properties: {
          error: { $ref: "#/components/schemas/BulkError" },
          _type: { type: "string", const: "BulkActionFailure" },
        },
      },
      EndUserBulkSuccess: {
        description: "This end user was stored.",
        type: "object",
        required: ["data", "_type"],
        properties: {
          data: { $ref: "#/components/schemas/EndUser" },
          _type: { type: "string", const: "BulkActionSuccess" },
        },
      },
      EndUserBulkOutcome: {
        description: "Outcome for one end user of a bulk request, in request order.",
        oneOf: [
          { $ref: "#/components/schemas/EndUserBulkSuccess" },
          { $ref: "#/components/schemas/BulkActionFailure" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BulkActionSuccess: "#/components/schemas/EndUserBulkSuccess",
            BulkActionFailure: "#/components/schemas/BulkActionFailure",
          },
        },
      },
      EndUserBulkResponse: {
        description: "One outcome per end user of the request.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/EndUserBulkOutcome" } },
        },
      },
      Agent: {
        description: "An agent or admin of the organization.",
        type: "object",
        required: ["id", "createdAt", "displayName", "email"],
        properties: {
          id: {
            description: "Agent id (the `agentId` of messages, notes, claims and assignments).",
            type: "string",
            format: "uuid",
          },
          createdAt: {
            description: "When the agent was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          email: { description: "Primary e-mail address, the login.", type: "string" },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          roles: {
            description: "Roles of the user, e.g. `Agent`, `Admin`.",
            type: "array",
            items: { type: "string" },
          },
        },
      },
      NewAgent: {
        description: "An agent to create. The e-mail address becomes the login.",
        type: "object",
        required: ["displayName", "email"],
        properties: {
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          email: { description: "Primary e-mail address, the login.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
        },
      },
      AgentUpdate: {
        description:
          "An agent's new details, replacing the old ones (the e-mail address cannot be changed here).",
        type: "object",
        required: ["displayName"],
        properties: {
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
        },
      },
      AgentPatch: {
        description: "Fields of an agent to change; fields left out stay as they are.",
        type: "object",
        properties: {
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
        },
      },
      AgentBulkUpdate: {
        description: "One agent of a bulk update, replaced by these details.",
        type: "object",
        required: ["id", "displayName"],
        properties: {
          id: { description: "Id of the agent to change.", type: "string" },
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
        },
      },
      AgentBulkPatch: {
        description: "One agent of a bulk patch: the fields to change.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Id of the agent to change.", type: "string" },
          displayName: { description: "Name shown to colleagues and customers.", type: "string" },
          phoneNumber: { description: "Primary phone number (E.164).", type: "string" },
          additionalEmails: {
            description: "Further e-mail addresses.",
            type: "array",
            items: { type: "string" },
          },
          additionalPhoneNumbers: {
            description: "Further phone numbers.",
            type: "array",
            items: { type: "string" },
          },
          firstName: { description: "First name.", type: "string" },
          lastName: { description: "Last name.", type: "string" },
          middleNames: { description: "Middle names.", type: "array", items: { type: "string" } },
          avatarUrl: { description: "Where the avatar image can be loaded from.", type: "string" },
        },
      },
      AgentsUpdateRequest: {
        description: "Agents to replace in one call: a bare JSON array, not wrapped in `data`.",
        type: "array",
        items: { $ref: "#/components/schemas/AgentBulkUpdate" },
      },
      AgentsPatchRequest: {
        description:
          "Changes to several agents in one call: a bare JSON array, not wrapped in `data`.",
        type: "array",
        items: { $ref: "#/components/schemas/AgentBulkPatch" },
      },
      NewAgents: {
        description: "Agents to create in one call.",
        type: "object",
        properties: {
          data: {
            description: "The agents.",
            type: "array",
            items: { $ref: "#/components/schemas/NewAgent" },
          },
        },
      },
      AgentResponse: {
        description: "One agent.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/Agent" } },
      },
      AgentPage: {
        description: "One page of agents.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/Agent" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      AgentBulkSuccess: {
        description: "This agent was stored.",
        type: "object",
        required: ["data", "_type"],
        properties: {
          data: { $ref: "#/components/schemas/Agent" },
          _type: { type: "string", const: "BulkActionSuccess" },
        },
      },
      AgentBulkOutcome: {
        description: "Outcome for one agent of a bulk request, in request order.",
        oneOf: [
          { $ref: "#/components/schemas/AgentBulkSuccess" },
          { $ref: "#/components/schemas/BulkActionFailure" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BulkActionSuccess: "#/components/schemas/AgentBulkSuccess",
            BulkActionFailure: "#/components/schemas/BulkActionFailure",
          },
        },
      },
      AgentBulkResponse: {
        description: "One outcome per agent of the request.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/AgentBulkOutcome" } },
        },
      },
      UserPresence: {
        description:
          "Whether an agent is online and working, and on which channels. Its times have no zone (see `LocalTimestamp`).",
        type: "object",
        required: ["userId", "requestTime", "connectionStatus"],
        properties: {
          userId: { description: "The agent's id.", type: "string" },
          requestTime: {
            description: "When Dixa looked the presence up.",
            $ref: "#/components/schemas/LocalTimestamp",
          },
          lastSeen: {
            description: "When the agent was last active.",
            $ref: "#/components/schemas/LocalTimestamp",
          },
          presenceStatus: {
            description: "`Working` or `Away`, as the agent set it.",
            type: "string",
            enum: ["Away", "Working"],
          },
          connectionStatus: {
            description: "Whether the agent is connected to Dixa.",
            type: "string",
            enum: ["Offline", "Online"],
          },
          activeChannels: {
            description:
              "Channels the agent is taking conversations on, e.g. `Email`, `PstnPhone`.",
            type: "array",
            items: { type: "string" },
          },
        },
      },
      UserPresenceList: {
        description: "Presence of every agent and admin: a bare JSON array, not wrapped in `data`.",
        type: "array",
        items: { $ref: "#/components/schemas/UserPresence" },
      },
      UserPresenceResponse: {
        description: "One agent's presence.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/UserPresence" } },
      },
      WorkingChannelUpdate: {
        description: "Whether the agent works on one channel group.",
        type: "object",
        required: ["channel", "working"],
        properties: {
          channel: {
            description: "The channel group.",
            type: "string",
            enum: ["Email", "InteractiveChat", "Messaging", "Speak"],
          },
          working: {
            description: "`true` to take conversations of this channel group, `false` to stop.",
            type: "boolean",
          },
        },
      },
      TeamRef: {
        description: "A team, by id.",
        type: "object",
        required: ["id"],
        properties: { id: { description: "Team id.", type: "string", format: "uuid" } },
      },
      AgentTeamListResponse: {
        description: "The teams an agent belongs to.",
        type: "object",
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/TeamRef" } } },
      },
      Team: {
        description: "A team of agents.",
        type: "object",
        required: ["id", "name"],
        properties: {
          id: { description: "Team id.", type: "string" },
          name: { description: "Team name.", type: "string" },
        },
      },
      NewTeam: {
        description: "A team to create.",
        type: "object",
        required: ["name"],
        properties: { name: { description: "Team name.", type: "string" } },
      },
      TeamResponse: {
        description: "One team.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/Team" } },
      },
      TeamListResponse: {
        description: "Teams.",
        type: "object",
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/Team" } } },
      },
      TeamMember: {
        description: "An agent or admin in a team.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "The agent's id.", type: "string" },
          name: { description: "The agent's display name.", type: "string" },
          email: { description: "The agent's e-mail address.", type: "string" },
          phoneNumber: { description: "The agent's phone number.", type: "string" },
        },
      },
      TeamMemberListResponse: {
        description: "Members of a team.",
        type: "object",
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/TeamMember" } } },
      },
      TeamMembersChange: {
        description: "Agents to add to or remove from a team.",
        type: "object",
        properties: {
          agentIds: {
            description: "Agent (or admin) ids.",
            type: "array",
            items: { type: "string", format: "uuid" },
          },
        },
      },
      UserPresencePage: {
        description: "One page of presence entries.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/UserPresence" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      QueueThresholds: {
        description:
          "Alert thresholds of a queue by kind: `SlaTimeLimit`, `AvailableAgents`, `LongestWait`, `SlaPercentage`, `WaitingConversations`.",
        type: "object",
        additionalProperties: { type: "integer", format: "int32" },
      },
      ChannelTimeouts: {
        description: "Seconds by conversation channel (`Email`, `WidgetChat`, `PstnPhone`...).",
        type: "object",
        additionalProperties: { type: "integer", format: "int32" },
      },
      QueueUsages: {
        description: "Where a queue is used, by channel.",
        type: "object",
        required: ["queueId", "usages"],
        properties: {
          queueId: { description: "The queue.", type: "string" },
          usages: {
            description:
              "Per channel (`WidgetChat`, `PstnPhone`, `Email`...), the widgets, numbers or addresses that route into the queue.",
            type: "object",
            additionalProperties: { type: "array", uniqueItems: true, items: { type: "string" } },
          },
        },
      },
      OfferingAlgorithm: {
        description: "How conversations are offered to the queue's agents.",
        type: "string",
        enum: [
          "AgentPriorityOneAtATimeRandom",
          "AllAtOnce",
          "AgentPriorityLongestIdle",
          "AgentPriorityAllAtOnce",
          "LongestIdle",
          "OneAtATimeRandom",
        ],
      },
      Queue: {
        description: "A queue and how it offers conversations.",
        type: "object",
        required: [
          "id",
          "name",
          "isDefault",
          "organizationId",
          "queueThresholds",
          "slaCalculationMethod",
          "doNotOfferTimeouts",
          "isDoNotOfferEnabled",
        ],
        properties: {
          id: { description: "Queue id.", type: "string" },
          name: { description: "Queue name.", type: "string" },
          isDefault: { description: "The organization's default queue.", type: "boolean" },
          organizationId: { description: "Organization the queue belongs to.", type: "string" },
          queueThresholds: { $ref: "#/components/schemas/QueueThresholds" },
          slaCalculationMethod: {
            description: "How the service level is computed.",
            type: "string",
            enum: ["AbandonedIgnored"],
          },
          offerTimeout: {
            description: "Seconds an agent has to accept an offered conversation.",
            type: "integer",
            format: "int32",
          },
          offeringAlgorithm: { $ref: "#/components/schemas/OfferingAlgorithm" },
          memberListType: {
            description: "Whether members are listed plainly or by skill.",
            type: "string",
            enum: ["Default", "SkillBased"],
          },
          usages: { $ref: "#/components/schemas/QueueUsages" },
          wrapupTimeout: {
            description: "Seconds of wrap-up time after a conversation.",
            type: "integer",
            format: "int32",
          },
          priority: {
            description: "Priority of the queue against other queues.",
            type: "integer",
            format: "int32",
          },
          offerAbandonedConversations: {
            description: "Offer conversations whose customer has left.",
            type: "boolean",
          },
          doNotOfferTimeouts: { $ref: "#/components/schemas/ChannelTimeouts" },
          isDoNotOfferEnabled: { description: "The do-not-offer timeouts apply.", type: "boolean" },
          isPreferredAgentEnabled: {
            description: "Conversations go to the customer's preferred agent first.",
            type: "boolean",
          },
          preferredAgentTimeouts: { $ref: "#/components/schemas/ChannelTimeouts" },
          preferredAgentOfflineTimeout: {
            description: "Seconds to wait for an offline preferred agent.",
            type: "integer",
            format: "int32",
          },
          personalAgentOfflineTimeout: {
            description: "Seconds to wait for an offline personal agent.",
            type: "integer",
            format: "int32",
          },
          isRestricted: {
            description: "Only members may see the queue's conversations.",
            type: "boolean",
          },
        },
      },
      QueueSettings: {
        description: "Settings of a queue to create.",
        type: "object",
        required: ["name", "callFunctionality", "isDefault", "isDoNotOfferEnabled"],
        properties: {
          name: { description: "Queue name.", type: "string" },
          callFunctionality: { description: "The queue takes phone calls.", type: "boolean" },
          isDefault: { description: "Make it the organization's default queue.", type: "boolean" },
          queueThresholds: { $ref: "#/components/schemas/QueueThresholds" },
          offerTimeout: {
            description: "Seconds an agent has to accept an offered conversation.",
            type: "integer",
            format: "int32",
          },
          offerAlgorithm: { $ref: "#/components/schemas/OfferingAlgorithm" },
          wrapupTimeout: {
            description: "Seconds of wrap-up time after a conversation.",
            type: "integer",
            format: "int32",
          },
          priority: {
            description: "Priority of the queue against other queues.",
            type: "integer",
            format: "int32",
          },
          offerAbandonedConversations: {
            description: "Offer conversations whose customer has left.",
            type: "boolean",
          },
          doNotOfferTimeouts: { $ref: "#/components/schemas/ChannelTimeouts" },
          isDoNotOfferEnabled: { description: "The do-not-offer timeouts apply.", type: "boolean" },
          preferredAgentTimeouts: { $ref: "#/components/schemas/ChannelTimeouts" },
          isPreferredAgentEnabled: {
            description: "Conversations go to the customer's preferred agent first.",
            type: "boolean",
          },
          preferredAgentOfflineTimeout: {
            description: "Seconds to wait for an offline preferred agent.",
            type: "integer",
            format: "int32",
          },
          personalAgentOfflineTimeout: {
            description: "Seconds to wait for an offline personal agent.",
            type: "integer",
            format: "int32",
          },
          isRestricted: {
            description: "Only members may see the queue's conversations.",
            type: "boolean",
          },
        },
      },
      NewQueueRequest: {
        description: "Body of `createQueue`: the settings, wrapped in `request`.",
        type: "object",
        required: ["request"],
        properties: { request: { $ref: "#/components/schemas/QueueSettings" } },
      },
      QueueResponse: {
        description: "One queue.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/Queue" } },
      },
      QueueListResponse: {
        description: "Queues.",
        type: "object",
        properties: { data: { type: "array", items: { $ref: "#/components/schemas/Queue" } } },
      },
      QueuedConversation: {
        description: "Where a conversation stands in its queue.",
        type: "object",
        required: ["queuedAt"],
        properties: {
          position: {
            description: "Approximate number of the conversation in line (1 = next).",
            type: "integer",
            format: "int32",
          },
          queuedAt: {
            description: "When the conversation entered the queue.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      QueuePositionResponse: {
        description: "A conversation's place in its queue.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/QueuedConversation" } },
      },
      QueueMember: {
        description: "An agent serving a queue.",
        type: "object",
        required: ["agentId"],
        properties: {
          agentId: { description: "The agent's id.", type: "string" },
          priority: {
            description: "The agent's priority in the queue (1 first).",
            type: "integer",
            format: "int32",
          },
        },
      },
      QueueMemberListResponse: {
        description: "Members of a queue.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/QueueMember" } },
        },
      },
      QueueMembersChange: {
        description: "Agents to add to or remove from a queue.",
        type: "object",
        properties: {
          agentIds: {
            description: "Agent (or admin) ids.",
            type: "array",
            items: { type: "string", format: "uuid" },
          },
        },
      },
      QueueMemberBulkSuccess: {
        description: "This agent was added; `data` is its id.",
        type: "object",
        required: ["data", "_type"],
        properties: {
          data: { description: "The agent's id.", type: "string", format: "uuid" },
          _type: { type: "string", const: "BulkActionSuccess" },
        },
      },
      QueueMemberBulkOutcome: {
        description: "Outcome for one agent of the request, in request order.",
        oneOf: [
          { $ref: "#/components/schemas/QueueMemberBulkSuccess" },
          { $ref: "#/components/schemas/BulkActionFailure" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BulkActionSuccess: "#/components/schemas/QueueMemberBulkSuccess",
            BulkActionFailure: "#/components/schemas/BulkActionFailure",
          },
        },
      },
      QueueMemberBulkResponse: {
        description: "One outcome per agent of the request.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/QueueMemberBulkOutcome" } },
        },
      },
      GenericChannelAvailability: {
        description: "Availability of the queue on one generic chat channel.",
        type: "object",
        required: ["genericChannelName", "availability", "_type"],
        properties: {
          genericChannelName: { description: "The channel, e.g. `adachat`.", type: "string" },
          availability: {
            description: "Whether the queue takes conversations on it now.",
            type: "string",
            enum: ["Available", "NotAvailable"],
          },
          queueSize: {
            description: "Conversations waiting in the queue; only given when `NotAvailable`.",
            type: "integer",
            format: "int32",
          },
          _type: { type: "string", const: "GenericChannel" },
        },
      },
      ChannelAvailability: {
        description: "Availability on one channel; `_type` names the kind of channel.",
        oneOf: [{ $ref: "#/components/schemas/GenericChannelAvailability" }],
        discriminator: {
          propertyName: "_type",
          mapping: { GenericChannel: "#/components/schemas/GenericChannelAvailability" },
        },
      },
      ChannelAvailabilityUnexpectedError: {
        description: "Dixa could not find out the availability on this channel.",
        type: "object",
        required: ["channel", "message", "_type"],
        properties: {
          channel: { description: "The channel.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
          _type: { type: "string", const: "UnexpectedError" },
        },
      },
      ChannelAvailabilityError: {
        description: "Why the availability on a channel is unknown.",
        oneOf: [{ $ref: "#/components/schemas/ChannelAvailabilityUnexpectedError" }],
        discriminator: {
          propertyName: "_type",
          mapping: { UnexpectedError: "#/components/schemas/ChannelAvailabilityUnexpectedError" },
        },
      },
      ChannelAvailabilitySuccess: {
        description: "The availability on this channel is known.",
        type: "object",
        required: ["channelAvailability", "_type"],
        properties: {
          channelAvailability: { $ref: "#/components/schemas/ChannelAvailability" },
          _type: { type: "string", const: "Success" },
        },
      },
      ChannelAvailabilityFailure: {
        description: "The availability on this channel is unknown.",
        type: "object",
        required: ["error", "_type"],
        properties: {
          error: { $ref: "#/components/schemas/ChannelAvailabilityError" },
          _type: { type: "string", const: "Failure" },
        },
      },
      ChannelAvailabilityOutcome: {
        description: "Outcome of the availability check for one channel.",
        oneOf: [
          { $ref: "#/components/schemas/ChannelAvailabilityFailure" },
          { $ref: "#/components/schemas/ChannelAvailabilitySuccess" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Failure: "#/components/schemas/ChannelAvailabilityFailure",
            Success: "#/components/schemas/ChannelAvailabilitySuccess",
          },
        },
      },
      QueueAvailabilityResponse: {
        description: "One outcome per generic chat channel.",
        type: "object",
        properties: {
          data: {
            type: "array",
            items: { $ref: "#/components/schemas/ChannelAvailabilityOutcome" },
          },
        },
      },
      WebhookSubscriptionEvent: {
        description:
          "An event a subscription can listen to, by its subscription name (PascalCase; the payloads name the same event in UPPER_SNAKE `event_fqn`). Dixa's list in 2026: `ConversationCreated`, `ConversationOpen`, `ConversationPending`, `ConversationPendingExpired`, `ConversationClosed`, `ConversationAbandoned`, `ConversationEnqueued`, `ConversationAssigned`, `ConversationUnassigned`, `ConversationTransferred`, `ConversationEndUserReplaced`, `ConversationNoteAdded`, `ConversationMessageAdded`, `ConversationTagAdded`, `ConversationTagRemoved`, `ConversationRated`, `ConversationCustomAttributeUpdated`, `ConversationMessageDeliverySent`, `ConversationMessageDeliveryDelivered`, `ConversationMessageDeliverySeen`, `ConversationMessageDeliveryFailed`, `ConversationMessageDeliveryInfo`, `ConversationMessageDeliverySpamComplaint`, `TypingStarted`, `SLAEvaluationPending`, `SLAEvaluationBreached`, `SLAEvaluationAchieved`, `SLAEvaluationVoided`, `AgentBannedEnduser`, `AgentUnbannedEnduser`, `AgentBannedIp`, `AgentUnbannedIp`. Kept an open string: the list grows.",
        type: "string",
      },
      NoAuthWebhookAuthorization: {
        description: "Dixa sends no `Authorization` header.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "NoAuth" } },
      },
      BasicAuthWebhookAuthorization: {
        description: "Dixa sends `Authorization: Basic base64(username:password)`.",
        type: "object",
        required: ["username", "password", "_type"],
        properties: {
          username: { description: "User name.", type: "string" },
          password: { description: "Password.", type: "string" },
          _type: { type: "string", const: "BasicAuth" },
        },
      },
      TokenAuthWebhookAuthorization: {
        description: "Dixa sends `Authorization: Bearer <value>`.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The token.", type: "string" },
          _type: { type: "string", const: "TokenAuth" },
        },
      },
      WebhookAuthorization: {
        description:
          "What Dixa puts in the `Authorization` header of the requests it sends to the subscription's URL.",
        oneOf: [
          { $ref: "#/components/schemas/BasicAuthWebhookAuthorization" },
          { $ref: "#/components/schemas/NoAuthWebhookAuthorization" },
          { $ref: "#/components/schemas/TokenAuthWebhookAuthorization" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BasicAuth: "#/components/schemas/BasicAuthWebhookAuthorization",
            NoAuth: "#/components/schemas/NoAuthWebhookAuthorization",
            TokenAuth: "#/components/schemas/TokenAuthWebhookAuthorization",
          },
        },
      },
      WebhookFilterField: {
        description:
          "What a webhook filter condition looks at: the conversation's first channel (`InitialChannel`, values such as `email`, `pstn_phone`), how the change came about (`OperationOrigin`, e.g. `ApiImport`) or its queue (`QueueId`).",
        type: "string",
        enum: ["InitialChannel", "OperationOrigin", "QueueId"],
      },
      IsOneOfWebhookCondition: {
        description: "Only events whose field has one of these values.",
        type: "object",
        required: ["field", "values", "_type"],
        properties: {
          field: { $ref: "#/components/schemas/WebhookFilterField" },
          values: {
            description: "The values to match.",
            type: "array",
            minItems: 1,
            items: { type: "string" },
          },
          _type: { type: "string", const: "IsOneOf" },
        },
      },
      IsNotOneOfWebhookCondition: {
        description: "Only events whose field has none of these values.",
        type: "object",
        required: ["field", "values", "_type"],
        properties: {
          field: { $ref: "#/components/schemas/WebhookFilterField" },
          values: {
            description: "The values to leave out.",
            type: "array",
            minItems: 1,
            items: { type: "string" },
          },
          _type: { type: "string", const: "IsNotOneOf" },
        },
      },
      WebhookFilterCondition: {
        description: "One condition of a webhook filter.",
        oneOf: [
          { $ref: "#/components/schemas/IsNotOneOfWebhookCondition" },
          { $ref: "#/components/schemas/IsOneOfWebhookCondition" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            IsNotOneOf: "#/components/schemas/IsNotOneOfWebhookCondition",
            IsOneOf: "#/components/schemas/IsOneOfWebhookCondition",
          },
        },
      },
      CombinedWebhookFilters: {
        description:
          "Conditions combined with `All` (every one must hold) or `Any` (one is enough).",
        type: "object",
        required: ["strategy", "conditions", "_type"],
        properties: {
          strategy: {
            description: "How the conditions combine.",
            type: "string",
            enum: ["All", "Any"],
          },
          conditions: {
            description: "The conditions.",
            type: "array",
            minItems: 1,
            items: { $ref: "#/components/schemas/WebhookFilterCondition" },
          },
          _type: { type: "string", const: "CombinedFilters" },
        },
      },
      WebhookFilters: {
        description: "A filter on the events of one kind.",
        oneOf: [{ $ref: "#/components/schemas/CombinedWebhookFilters" }],
        discriminator: {
          propertyName: "_type",
          mapping: { CombinedFilters: "#/components/schemas/CombinedWebhookFilters" },
        },
      },
      WebhookFiltersByEventType: {
        description:
          "Filters keyed by the kind of event they apply to (e.g. `Conversation` for the conversation events); only events that pass are sent.",
        type: "object",
        additionalProperties: { $ref: "#/components/schemas/WebhookFilters" },
      },
      NewWebhookSubscription: {
        description: "A webhook subscription to create.",
        type: "object",
        required: ["name", "url", "authorization", "customHeaders"],
        properties: {
          name: { description: "Name of the subscription.", type: "string" },
          events: {
            description: "Events to send.",
            type: "array",
            uniqueItems: true,
            items: { $ref: "#/components/schemas/WebhookSubscriptionEvent" },
          },
          url: { description: "Your HTTPS endpoint that receives the events.", type: "string" },
          authorization: { $ref: "#/components/schemas/WebhookAuthorization" },
          customHeaders: {
            description: "More headers for every request, by name (`{}` for none).",
            type: "object",
            additionalProperties: { type: "string" },
          },
          enabled: { description: "Send events right away (default `true`).", type: "boolean" },
          filters: { $ref: "#/components/schemas/WebhookFiltersByEventType" },
        },
      },
      WebhookSubscriptionPatch: {
        description:
          "Settings of a webhook subscription to change; fields left out stay as they are.",
        type: "object",
        properties: {
          name: { description: "Name of the subscription.", type: "string" },
          events: {
            description: "Events to send (replaces the list).",
            type: "array",
            uniqueItems: true,
            items: { $ref: "#/components/schemas/WebhookSubscriptionEvent" },
          },
          url: { description: "Your HTTPS endpoint that receives the events.", type: "string" },
          authorization: { $ref: "#/components/schemas/WebhookAuthorization" },
          customHeaders: {
            description: "More headers for every request, by name.",
            type: "object",
            additionalProperties: { type: "string" },
          },
          enabled: { description: "Whether events are sent.", type: "boolean" },
          filters: { $ref: "#/components/schemas/WebhookFiltersByEventType" },
        },
      },
      WebhookSubscription: {
        description: "A webhook subscription.",
        type: "object",
        required: [
          "id",
          "name",
          "url",
          "headers",
          "secretKey",
          "enabled",
          "createdAt",
          "createdBy",
          "updatedAt",
          "updatedBy",
        ],
        properties: {
          id: {
            description: "Subscription id (also sent in `X-DIXA-SUBSCRIPTION-ID`).",
            type: "string",
            format: "uuid",
          },
          name: { description: "Name of the subscription.", type: "string" },
          subscribedEvents: {
            description: "Events sent to the URL.",
            type: "array",
            uniqueItems: true,
            items: { $ref: "#/components/schemas/WebhookSubscriptionEvent" },
          },
          url: { description: "Where the events are sent.", type: "string" },
          headers: {
            description:
              "Headers added to every request, including the `Authorization` header built from the subscription's authorization.",
            type: "object",
            additionalProperties: { type: "string" },
          },
          secretKey: {
            description:
              "Key Dixa signs every request with (hex); check `X-DIXA-SIGNATURE` with it.",
            type: "string",
          },
          enabled: { description: "Whether events are sent.", type: "boolean" },
          createdAt: {
            description: "When the subscription was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          createdBy: { description: "User who created it.", type: "string", format: "uuid" },
          updatedAt: {
            description: "When it was last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          updatedBy: { description: "User who last changed it.", type: "string", format: "uuid" },
          filters: { $ref: "#/components/schemas/WebhookFiltersByEventType" },
        },
      },
      WebhookSubscriptionResponse: {
        description: "One webhook subscription.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/WebhookSubscription" } },
      },
      WebhookSubscriptionListResponse: {
        description: "Webhook subscriptions.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/WebhookSubscription" } },
        },
      },
      DeliveryDetail: {
        description: "How one delivery went.",
        type: "object",
        required: ["deliveryTimestamp", "success", "responseCode", "responseText"],
        properties: {
          deliveryTimestamp: {
            description: "When Dixa sent the request.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          success: { description: "Your server accepted it.", type: "boolean" },
          responseCode: {
            description: "HTTP status your server answered.",
            type: "integer",
            format: "int32",
          },
          responseText: {
            description: "Status text or body your server answered.",
            type: "string",
          },
        },
      },
      DeliveryDetailStatus: {
        description: "The latest delivery of the event, tagged `DeliveryDetail`.",
        allOf: [
          { $ref: "#/components/schemas/DeliveryDetail" },
          {
            type: "object",
            required: ["_type"],
            properties: { _type: { type: "string", const: "DeliveryDetail" } },
          },
        ],
      },
      NoRecentDeliveryStatus: {
        description: "The event was not sent lately.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "NoRecentDelivery" } },
      },
      DeliveryStatus: {
        description: "How the latest delivery of an event went, if there was one.",
        oneOf: [
          { $ref: "#/components/schemas/DeliveryDetailStatus" },
          { $ref: "#/components/schemas/NoRecentDeliveryStatus" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            DeliveryDetail: "#/components/schemas/DeliveryDetailStatus",
            NoRecentDelivery: "#/components/schemas/NoRecentDeliveryStatus",
          },
        },
      },
      EventDeliveryStatus: {
        description: "The latest delivery of one subscribed event.",
        type: "object",
        required: ["event", "deliveryStatus"],
        properties: {
          event: { $ref: "#/components/schemas/WebhookSubscriptionEvent" },
          deliveryStatus: { $ref: "#/components/schemas/DeliveryStatus" },
        },
      },
      WebhookDeliveryStatusListResponse: {
        description: "One delivery status per subscribed event.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/EventDeliveryStatus" } },
        },
      },
      EventDeliveryLog: {
        description: "One delivery of an event and what was sent.",
        type: "object",
        required: ["deliveryDetail", "payload"],
        properties: {
          deliveryDetail: { $ref: "#/components/schemas/DeliveryDetail" },
          payload: { description: "The request body Dixa sent, as a JSON string.", type: "string" },
        },
      },
      WebhookEventLogListResponse: {
        description: "Latest deliveries of one event.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/EventDeliveryLog" } },
        },
      },
      BusinessHoursSchedule: {
        description: "An opening-hours schedule, by name.",
        type: "object",
        required: ["name", "id"],
        properties: {
          name: { description: "Schedule name.", type: "string" },
          id: { description: "Schedule id.", type: "string" },
        },
      },
      BusinessHoursScheduleList: {
        description: "The organization's schedules.",
        type: "object",
        properties: {
          schedules: {
            type: "array",
            items: { $ref: "#/components/schemas/BusinessHoursSchedule" },
          },
        },
      },
      BusinessHoursScheduleListResponse: {
        description: "The schedules, inside `data.schedules`.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/BusinessHoursScheduleList" } },
      },
      OpeningInterval: {
        description: "An open stretch of a day, in the schedule's time zone.",
        type: "object",
        required: ["startTime", "endTime"],
        properties: {
          startTime: { description: "Opening time, `HH:mm`.", type: "string" },
          endTime: { description: "Closing time, `HH:mm`.", type: "string" },
        },
      },
      OpenOrClosed: {
        description: "Whether the business is open in the given intervals or closed all day.",
        type: "string",
        enum: ["Closed", "Open"],
      },
      RecurringDate: {
        description: "When an exception comes back every year.",
        type: "object",
        properties: {
          dayOfMonth: { description: "Day of the month (1-31).", type: "integer", format: "int32" },
          monthOfYear: { description: "Month (1-12).", type: "integer", format: "int32" },
          holiday: {
            description: "A named movable holiday, instead of a fixed date.",
            type: "string",
          },
        },
      },
      RegularBusinessHours: {
        description: "The opening hours of one weekday.",
        type: "object",
        required: ["name", "businessHourType", "status", "startDate"],
        properties: {
          name: { description: "Name of the entry, usually the weekday.", type: "string" },
          dayOfWeek: {
            description: "Weekday, 1 (Monday) to 7 (Sunday).",
            type: "integer",
            format: "int32",
          },
          businessHourType: {
            description: "Always `Regular` for these entries.",
            type: "string",
            enum: ["Regular"],
          },
          status: { $ref: "#/components/schemas/OpenOrClosed" },
          intervals: {
            description: "Open stretches of the day.",
            type: "array",
            items: { $ref: "#/components/schemas/OpeningInterval" },
          },
          startDate: {
            description: "First day the entry applies.",
            type: "string",
            format: "date",
          },
        },
      },
      BusinessHoursException: {
        description: "A holiday or special day that overrides the regular hours.",
        type: "object",
        required: ["name", "businessHourType", "status", "startDate"],
        properties: {
          name: { description: "Name of the day.", type: "string" },
          businessHourType: {
            description: "`Holiday` or another `Exception`.",
            type: "string",
            enum: ["Exception", "Holiday"],
          },
          status: { $ref: "#/components/schemas/OpenOrClosed" },
          intervals: {
            description: "Open stretches of the day, when open.",
            type: "array",
            items: { $ref: "#/components/schemas/OpeningInterval" },
          },
          recurring: { $ref: "#/components/schemas/RecurringDate" },
          startDate: { description: "The (first) date.", type: "string", format: "date" },
          nextDate: {
            description: "The next date it applies, for recurring exceptions.",
            type: "string",
            format: "date",
          },
        },
      },
      BusinessHoursScheduleDefinition: {
        description: "How a schedule is set up.",
        type: "object",
        required: ["id", "name", "timezone"],
        properties: {
          id: { description: "Schedule id.", type: "string" },
          name: { description: "Schedule name.", type: "string" },
          timezone: {
            description: "IANA time zone of the times, e.g. `Europe/Copenhagen`.",
            type: "string",
          },
          businessHours: {
            description: "The regular weekly hours.",
            type: "array",
            items: { $ref: "#/components/schemas/RegularBusinessHours" },
          },
          exceptions: {
            description: "Holidays and special days.",
            type: "array",
            items: { $ref: "#/components/schemas/BusinessHoursException" },
          },
        },
      },
      BusinessHoursScheduleDefinitionResult: {
        description: "Wrapper of a schedule definition.",
        type: "object",
        required: ["schedule"],
        properties: { schedule: { $ref: "#/components/schemas/BusinessHoursScheduleDefinition" } },
      },
      BusinessHoursScheduleDefinitionResponse: {
        description: "A schedule's definition, inside `data.schedule`.",
        type: "object",
        required: ["data"],
        properties: {
          data: { $ref: "#/components/schemas/BusinessHoursScheduleDefinitionResult" },
        },
      },
      ResolvedBusinessHours: {
        description: "The opening hours of one upcoming day, regular or exceptional.",
        type: "object",
        required: ["name", "businessHourType", "status", "startDate"],
        properties: {
          name: {
            description: "Name of the entry (a weekday or the exception's name).",
            type: "string",
          },
          dayOfWeek: {
            description: "Weekday, 1 (Monday) to 7 (Sunday), for regular entries.",
            type: "integer",
            format: "int32",
          },
          businessHourType: {
            description: "Where the entry comes from.",
            type: "string",
            enum: ["Exception", "Holiday", "Regular"],
          },
          status: { $ref: "#/components/schemas/OpenOrClosed" },
          intervals: {
            description: "Open stretches of the day.",
            type: "array",
            items: { $ref: "#/components/schemas/OpeningInterval" },
          },
          recurring: { $ref: "#/components/schemas/RecurringDate" },
          startDate: {
            description: "First day the entry applies.",
            type: "string",
            format: "date",
          },
          nextDate: { description: "The next day it applies.", type: "string", format: "date" },
        },
      },
      UpcomingBusinessHours: {
        description: "A schedule resolved for the coming days.",
        type: "object",
        required: ["id", "name", "timezone"],
        properties: {
          id: { description: "Schedule id.", type: "string" },
          name: { description: "Schedule name.", type: "string" },
          timezone: { description: "IANA time zone of the times.", type: "string" },
          businessHours: {
            description: "The opening hours, day by day.",
            type: "array",
            items: { $ref: "#/components/schemas/ResolvedBusinessHours" },
          },
        },
      },
      UpcomingBusinessHoursResult: {
        description: "Wrapper of a resolved schedule.",
        type: "object",
        required: ["schedule"],
        properties: { schedule: { $ref: "#/components/schemas/UpcomingBusinessHours" } },
      },
      UpcomingBusinessHoursResponse: {
        description: "A schedule resolved for the coming days, inside `data.schedule`.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/UpcomingBusinessHoursResult" } },
      },
      BusinessOpenStatus: {
        description: "Whether the business is open at a moment.",
        type: "object",
        required: ["isOpen", "timestamp"],
        properties: {
          isOpen: { description: "Open at `timestamp`.", type: "boolean" },
          timestamp: {
            description: "The moment checked.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          opensAt: {
            description: "When it opens next, if closed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          closesAt: {
            description: "When it closes next, if open.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      BusinessOpenStatusResponse: {
        description: "Open or closed at a moment.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/BusinessOpenStatus" } },
      },
      AnalyticsFilter: {
        description:
          "Keep only data whose attribute has one of the values (see `listAnalyticsFilterValues`).",
        type: "object",
        required: ["attribute"],
        properties: {
          attribute: {
            description: "Filter attribute, e.g. `channel`, `queue_id`, `agent_id`.",
            type: "string",
          },
          values: { description: "Accepted values.", type: "array", items: { type: "string" } },
        },
      },
      IntervalPeriod: {
        description: "From `start` (included) to `end`.",
        type: "object",
        required: ["start", "end", "_type"],
        properties: {
          start: {
            description: "Start of the period.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          end: { description: "End of the period.", $ref: "#/components/schemas/DixaTimestamp" },
          _type: { type: "string", const: "Interval" },
        },
      },
      PresetPreviousQuarter: {
        description: "The preset period `PreviousQuarter`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "PreviousQuarter" } },
      },
      PresetThisWeek: {
        description: "The preset period `ThisWeek`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "ThisWeek" } },
      },
      PresetPreviousWeek: {
        description: "The preset period `PreviousWeek`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "PreviousWeek" } },
      },
      PresetYesterday: {
        description: "The preset period `Yesterday`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "Yesterday" } },
      },
      PresetToday: {
        description: "The preset period `Today`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "Today" } },
      },
      PresetThisMonth: {
        description: "The preset period `ThisMonth`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "ThisMonth" } },
      },
      PresetPreviousMonth: {
        description: "The preset period `PreviousMonth`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "PreviousMonth" } },
      },
      PresetThisQuarter: {
        description: "The preset period `ThisQuarter`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "ThisQuarter" } },
      },
      PresetThisYear: {
        description: "The preset period `ThisYear`, in the query's time zone.",
        type: "object",
        required: ["_type"],
        properties: { _type: { type: "string", const: "ThisYear" } },
      },
      PresetPeriodValue: {
        description:
          'A named period. Dixa\'s file types it as a string, but the bodies Dixa documents (and sends from its own tools) carry it as an object named by `_type`: `{"_type": "PreviousWeek"}`.',
        oneOf: [
          { $ref: "#/components/schemas/PresetPreviousQuarter" },
          { $ref: "#/components/schemas/PresetThisWeek" },
          { $ref: "#/components/schemas/PresetPreviousWeek" },
          { $ref: "#/components/schemas/PresetYesterday" },
          { $ref: "#/components/schemas/PresetToday" },
          { $ref: "#/components/schemas/PresetThisMonth" },
          { $ref: "#/components/schemas/PresetPreviousMonth" },
          { $ref: "#/components/schemas/PresetThisQuarter" },
          { $ref: "#/components/schemas/PresetThisYear" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            PreviousQuarter: "#/components/schemas/PresetPreviousQuarter",
            ThisWeek: "#/components/schemas/PresetThisWeek",
            PreviousWeek: "#/components/schemas/PresetPreviousWeek",
            Yesterday: "#/components/schemas/PresetYesterday",
            Today: "#/components/schemas/PresetToday",
            ThisMonth: "#/components/schemas/PresetThisMonth",
            PreviousMonth: "#/components/schemas/PresetPreviousMonth",
            ThisQuarter: "#/components/schemas/PresetThisQuarter",
            ThisYear: "#/components/schemas/PresetThisYear",
          },
        },
      },
      PresetPeriod: {
        description: "A named period such as last week.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { $ref: "#/components/schemas/PresetPeriodValue" },
          _type: { type: "string", const: "Preset" },
        },
      },
      PeriodFilter: {
        description: "The period to compute over.",
        oneOf: [
          { $ref: "#/components/schemas/IntervalPeriod" },
          { $ref: "#/components/schemas/PresetPeriod" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            Interval: "#/components/schemas/IntervalPeriod",
            Preset: "#/components/schemas/PresetPeriod",
          },
        },
      },
      AggregateMeasure: {
        description: "An aggregation of a metric.",
        type: "string",
        enum: [
          "Min",
          "Max",
          "Sum",
          "Count",
          "Percentage",
          "AgentPresenceDuration",
          "StdDev",
          "Average",
        ],
      },
      MetricQueryByPeriod: {
        title: "GetMetricDataInputPeriodFilter",
        description: "A metric over a period.",
        type: "object",
        required: ["id", "periodFilter", "timezone"],
        properties: {
          id: { description: "Metric id (see `listMetrics`).", type: "string" },
          periodFilter: { $ref: "#/components/schemas/PeriodFilter" },
          filters: {
            description: "Filters, all of which must hold.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilter" },
          },
          aggregations: {
            description: "Aggregations to compute (those the metric offers).",
            type: "array",
            items: { $ref: "#/components/schemas/AggregateMeasure" },
          },
          timezone: {
            description:
              "IANA time zone the period and dates are read in, e.g. `Europe/Copenhagen`.",
            type: "string",
          },
        },
      },
      MetricQueryByCsids: {
        title: "GetMetricDataInputCsidFilter",
        description: "A metric over given conversations (a body without `periodFilter`).",
        type: "object",
        required: ["id", "timezone"],
        not: { required: ["periodFilter"], properties: { periodFilter: {} } },
        properties: {
          id: { description: "Metric id (see `listMetrics`).", type: "string" },
          csidFilter: {
            description: "Conversation ids.",
            type: "array",
            minItems: 1,
            items: { type: "integer", format: "int64" },
          },
          filters: {
            description: "Filters, all of which must hold.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilter" },
          },
          aggregations: {
            description: "Aggregations to compute (those the metric offers).",
            type: "array",
            items: { $ref: "#/components/schemas/AggregateMeasure" },
          },
          timezone: { description: "IANA time zone dates are read in.", type: "string" },
        },
      },
      MetricQuery: {
        description:
          "What `queryMetricData` computes: over a period (`periodFilter`) or over conversations (`csidFilter`). The two shapes carry no `_type` on the wire (Dixa tells them apart by their fields), so this union has no discriminator; each shape is recognised by `periodFilter` being there or not.",
        oneOf: [
          { $ref: "#/components/schemas/MetricQueryByCsids" },
          { $ref: "#/components/schemas/MetricQueryByPeriod" },
        ],
      },
      MetricRecordQueryByPeriod: {
        title: "GetMetricRecordsDataInputPeriodFilter",
        description: "Rows of a record over a period.",
        type: "object",
        required: ["id", "periodFilter", "timezone"],
        properties: {
          id: { description: "Record id (see `listMetricRecords`).", type: "string" },
          periodFilter: { $ref: "#/components/schemas/PeriodFilter" },
          filters: {
            description: "Filters, all of which must hold.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilter" },
          },
          timezone: {
            description: "IANA time zone the period and dates are read in.",
            type: "string",
          },
        },
      },
      MetricRecordQueryByCsids: {
        title: "GetMetricRecordsDataInputCsidFilter",
        description: "Rows of a record for given conversations (a body without `periodFilter`).",
        type: "object",
        required: ["id", "timezone"],
        not: { required: ["periodFilter"], properties: { periodFilter: {} } },
        properties: {
          id: { description: "Record id (see `listMetricRecords`).", type: "string" },
          csidFilter: {
            description: "Conversation ids.",
            type: "array",
            minItems: 1,
            items: { type: "integer", format: "int64" },
          },
          filters: {
            description: "Filters, all of which must hold.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilter" },
          },
          timezone: { description: "IANA time zone dates are read in.", type: "string" },
        },
      },
      MetricRecordQuery: {
        description:
          "What `queryMetricRecords` returns: rows over a period (`periodFilter`) or for conversations (`csidFilter`). No `_type` on the wire, so no discriminator; the shapes differ by `periodFilter`.",
        oneOf: [
          { $ref: "#/components/schemas/MetricRecordQueryByCsids" },
          { $ref: "#/components/schemas/MetricRecordQueryByPeriod" },
        ],
      },
      PresenceStatusInfo: {
        description: "A presence status of agents.",
        type: "object",
        required: ["status"],
        properties: {
          status: { description: "The status.", type: "string" },
          description: { description: "What it means.", type: "string" },
        },
      },
      PresenceDuration: {
        description: "Time agents spent in one presence status.",
        type: "object",
        required: ["value", "status"],
        properties: {
          value: { description: "The duration.", type: "number", format: "double" },
          status: { $ref: "#/components/schemas/PresenceStatusInfo" },
        },
      },
      AgentPresenceDurationAggregate: {
        description: "Time spent per presence status.",
        type: "object",
        required: ["_type"],
        properties: {
          value: {
            description: "One duration per status.",
            type: "array",
            items: { $ref: "#/components/schemas/PresenceDuration" },
          },
          description: { description: "What was measured.", type: "string" },
          _type: { type: "string", const: "AgentPresenceDurationValue" },
        },
      },
      DoubleAggregate: {
        description: "A decimal aggregate (average, percentage...).",
        type: "object",
        required: ["value", "measure", "_type"],
        properties: {
          value: { description: "The value.", type: "number", format: "double" },
          measure: { $ref: "#/components/schemas/AggregateMeasure" },
          _type: { type: "string", const: "DoubleAggregateValue" },
        },
      },
      LongAggregate: {
        description: "A whole-number aggregate (a count).",
        type: "object",
        required: ["value", "measure", "_type"],
        properties: {
          value: { description: "The value.", type: "integer", format: "int64" },
          measure: { $ref: "#/components/schemas/AggregateMeasure" },
          _type: { type: "string", const: "LongAggregateValue" },
        },
      },
      AggregateValue: {
        description: "One aggregate of a metric; `_type` names its value type.",
        oneOf: [
          { $ref: "#/components/schemas/AgentPresenceDurationAggregate" },
          { $ref: "#/components/schemas/DoubleAggregate" },
          { $ref: "#/components/schemas/LongAggregate" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            AgentPresenceDurationValue: "#/components/schemas/AgentPresenceDurationAggregate",
            DoubleAggregateValue: "#/components/schemas/DoubleAggregate",
            LongAggregateValue: "#/components/schemas/LongAggregate",
          },
        },
      },
      MetricData: {
        description: "A computed metric.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Metric id.", type: "string" },
          aggregates: {
            description: "One value per requested aggregation.",
            type: "array",
            items: { $ref: "#/components/schemas/AggregateValue" },
          },
        },
      },
      MetricDataResponse: {
        description: "A computed metric.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/MetricData" } },
      },
      BooleanFieldValue: {
        description: "A true/false field.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", type: "boolean" },
          _type: { type: "string", const: "BooleanField" },
        },
      },
      DoubleFieldValue: {
        description: "A decimal field.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", type: "number", format: "double" },
          _type: { type: "string", const: "DoubleField" },
        },
      },
      InstantFieldValue: {
        description: "A point in time.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", $ref: "#/components/schemas/DixaTimestamp" },
          _type: { type: "string", const: "InstantField" },
        },
      },
      IntFieldValue: {
        description: "A 32-bit whole number.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", type: "integer", format: "int32" },
          _type: { type: "string", const: "IntField" },
        },
      },
      LongFieldValue: {
        description: "A 64-bit whole number (ids, counts, scores).",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", type: "integer", format: "int64" },
          _type: { type: "string", const: "LongField" },
        },
      },
      StringFieldValue: {
        description: "A text field, with a display label for coded values.",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The value.", type: "string" },
          label: { description: "Display text of the value.", type: "string" },
          _type: { type: "string", const: "StringField" },
        },
      },
      UUIDFieldValue: {
        description: "An id, with a display label (e.g. the queue name).",
        type: "object",
        required: ["value", "_type"],
        properties: {
          value: { description: "The id.", type: "string", format: "uuid" },
          label: { description: "Display text of the id.", type: "string" },
          _type: { type: "string", const: "UUIDField" },
        },
      },
      RecordTimestamp: {
        description: "A named point in time of a record row.",
        type: "object",
        required: ["name", "timestamp"],
        properties: {
          name: { description: "Field name, e.g. `created_at`.", type: "string" },
          timestamp: { description: "The time.", $ref: "#/components/schemas/DixaTimestamp" },
        },
      },
      TimestampFieldValue: {
        description: "A named point in time, as a field value (tagged `TimestampField`).",
        allOf: [
          { $ref: "#/components/schemas/RecordTimestamp" },
          {
            type: "object",
            required: ["_type"],
            properties: { _type: { type: "string", const: "TimestampField" } },
          },
        ],
      },
      PrimitiveFieldValue: {
        description: "A single value inside a list field.",
        oneOf: [
          { $ref: "#/components/schemas/BooleanFieldValue" },
          { $ref: "#/components/schemas/DoubleFieldValue" },
          { $ref: "#/components/schemas/InstantFieldValue" },
          { $ref: "#/components/schemas/IntFieldValue" },
          { $ref: "#/components/schemas/LongFieldValue" },
          { $ref: "#/components/schemas/StringFieldValue" },
          { $ref: "#/components/schemas/UUIDFieldValue" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BooleanField: "#/components/schemas/BooleanFieldValue",
            DoubleField: "#/components/schemas/DoubleFieldValue",
            InstantField: "#/components/schemas/InstantFieldValue",
            IntField: "#/components/schemas/IntFieldValue",
            LongField: "#/components/schemas/LongFieldValue",
            StringField: "#/components/schemas/StringFieldValue",
            UUIDField: "#/components/schemas/UUIDFieldValue",
          },
        },
      },
      ListFieldValue: {
        description: "A list of values.",
        type: "object",
        required: ["_type"],
        properties: {
          values: {
            description: "The values.",
            type: "array",
            items: { $ref: "#/components/schemas/PrimitiveFieldValue" },
          },
          _type: { type: "string", const: "ListField" },
        },
      },
      FieldValue: {
        description: "The value of a record field; `_type` names its type.",
        oneOf: [
          { $ref: "#/components/schemas/BooleanFieldValue" },
          { $ref: "#/components/schemas/DoubleFieldValue" },
          { $ref: "#/components/schemas/InstantFieldValue" },
          { $ref: "#/components/schemas/IntFieldValue" },
          { $ref: "#/components/schemas/ListFieldValue" },
          { $ref: "#/components/schemas/LongFieldValue" },
          { $ref: "#/components/schemas/StringFieldValue" },
          { $ref: "#/components/schemas/TimestampFieldValue" },
          { $ref: "#/components/schemas/UUIDFieldValue" },
        ],
        discriminator: {
          propertyName: "_type",
          mapping: {
            BooleanField: "#/components/schemas/BooleanFieldValue",
            DoubleField: "#/components/schemas/DoubleFieldValue",
            InstantField: "#/components/schemas/InstantFieldValue",
            IntField: "#/components/schemas/IntFieldValue",
            ListField: "#/components/schemas/ListFieldValue",
            LongField: "#/components/schemas/LongFieldValue",
            StringField: "#/components/schemas/StringFieldValue",
            TimestampField: "#/components/schemas/TimestampFieldValue",
            UUIDField: "#/components/schemas/UUIDFieldValue",
          },
        },
      },
      RecordField: {
        description: "One named field of a record row.",
        type: "object",
        required: ["name"],
        properties: {
          name: { description: "Field name (see the record's `fieldsMetadata`).", type: "string" },
          field: { $ref: "#/components/schemas/FieldValue" },
        },
      },
      MetricRecord: {
        description: "One row of a record.",
        type: "object",
        required: ["primaryTimestampField"],
        properties: {
          primaryTimestampField: { $ref: "#/components/schemas/RecordTimestamp" },
          value: { $ref: "#/components/schemas/FieldValue" },
          fields: {
            description: "The row's fields.",
            type: "array",
            items: { $ref: "#/components/schemas/RecordField" },
          },
        },
      },
      MetricRecordPage: {
        description: "One page of record rows.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/MetricRecord" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      AnalyticsFilterMetadata: {
        description: "A filter a metric or record accepts.",
        type: "object",
        required: ["filterAttribute"],
        properties: {
          filterAttribute: { description: "The attribute to name in `filters`.", type: "string" },
          description: { description: "What it filters on.", type: "string" },
        },
      },
      AggregateMetadata: {
        description: "An aggregation a metric offers.",
        type: "object",
        required: ["measure"],
        properties: {
          measure: { $ref: "#/components/schemas/AggregateMeasure" },
          description: { description: "What it computes.", type: "string" },
        },
      },
      MetricMetadata: {
        description: "A metric of the catalogue.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Metric id.", type: "string" },
          description: { description: "What the metric measures.", type: "string" },
          filters: {
            description: "Filters it accepts.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilterMetadata" },
          },
          aggregations: {
            description: "Aggregations it offers.",
            type: "array",
            items: { $ref: "#/components/schemas/AggregateMetadata" },
          },
          relatedRecordIds: {
            description: "Records the metric is computed from.",
            type: "array",
            items: { type: "string" },
          },
        },
      },
      MetricMetadataPage: {
        description: "One page of the metrics catalogue.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/MetricMetadata" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      MetricMetadataResponse: {
        description: "One metric of the catalogue.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/MetricMetadata" } },
      },
      RecordFieldMetadata: {
        description: "A field of a record.",
        type: "object",
        required: ["field", "description", "nullable"],
        properties: {
          field: { description: "Field name.", type: "string" },
          description: { description: "What it holds.", type: "string" },
          nullable: { description: "The field may be empty.", type: "boolean" },
        },
      },
      MetricRecordMetadata: {
        description: "A record of the catalogue.",
        type: "object",
        required: ["id", "description"],
        properties: {
          id: { description: "Record id.", type: "string" },
          description: { description: "What one row is.", type: "string" },
          filters: {
            description: "Filters it accepts.",
            type: "array",
            items: { $ref: "#/components/schemas/AnalyticsFilterMetadata" },
          },
          relatedMetricIds: {
            description: "Metrics computed from it.",
            type: "array",
            items: { type: "string" },
          },
          fieldsMetadata: {
            description: "Its fields.",
            type: "array",
            items: { $ref: "#/components/schemas/RecordFieldMetadata" },
          },
        },
      },
      MetricRecordMetadataPage: {
        description: "One page of the records catalogue.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/MetricRecordMetadata" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      MetricRecordMetadataResponse: {
        description: "One record of the catalogue.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/MetricRecordMetadata" } },
      },
      AnalyticsFilterValue: {
        description: "A value a filter attribute can take.",
        type: "object",
        required: ["value"],
        properties: {
          value: { description: "The value to put in `filters`.", type: "string" },
          label: { description: "Display text.", type: "string" },
        },
      },
      AnalyticsFilterValuePage: {
        description: "One page of filter values.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/AnalyticsFilterValue" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      InheritedRestriction: {
        description: "Where a restriction comes from.",
        type: "object",
        properties: {
          fromCollection: {
            description: "Collection the restriction is inherited from.",
            type: "string",
          },
          fromCategory: {
            description: "Category the restriction is inherited from.",
            type: "string",
          },
        },
      },
      KnowledgeRestrictions: {
        description: "Whether only some agents may see the item, and why.",
        type: "object",
        required: ["isRestricted"],
        properties: {
          isRestricted: { description: "Visibility is limited.", type: "boolean" },
          inheritedRestrictions: {
            description: "Restrictions that come from the collections or categories above.",
            type: "array",
            items: { $ref: "#/components/schemas/InheritedRestriction" },
          },
        },
      },
      KnowledgeCollection: {
        description: "A top-level grouping of the knowledge base.",
        type: "object",
        required: ["id", "title", "internalKbEnabled", "restrictions"],
        properties: {
          id: { description: "Collection id.", type: "string" },
          title: { description: "Collection title.", type: "string" },
          description: { description: "What the collection is for.", type: "string" },
          internalKbEnabled: {
            description: "Agents see the collection in Dixa's internal knowledge base.",
            type: "boolean",
          },
          restrictions: { $ref: "#/components/schemas/KnowledgeRestrictions" },
        },
      },
      KnowledgeCollectionResponse: {
        description: "One collection.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeCollection" } },
      },
      KnowledgeCollectionPage: {
        description: "One page of collections.",
        type: "object",
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/KnowledgeCollection" } },
          meta: { $ref: "#/components/schemas/PaginationLinks" },
        },
      },
      TranslationTitle: {
        description: "A title in one language.",
        type: "object",
        required: ["languageId", "title"],
        properties: {
          languageId: { description: "Language (ISO code).", type: "string" },
          title: { description: "The title.", type: "string" },
        },
      },
      CatalogArticle: {
        description: "An article in a collection's tree.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Article id.", type: "string" },
          title: { $ref: "#/components/schemas/TranslationTitle" },
        },
      },
      CatalogCategory: {
        description: "A category in a collection's tree, with what it contains.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Category id.", type: "string" },
          title: { $ref: "#/components/schemas/TranslationTitle" },
          categories: {
            description: "Subcategories.",
            type: "array",
            items: { $ref: "#/components/schemas/CatalogCategory" },
          },
          articles: {
            description: "Articles directly in the category.",
            type: "array",
            items: { $ref: "#/components/schemas/CatalogArticle" },
          },
        },
      },
      KnowledgeCollectionCatalog: {
        description: "The tree of a collection.",
        type: "object",
        properties: {
          categories: {
            description: "Top-level categories.",
            type: "array",
            items: { $ref: "#/components/schemas/CatalogCategory" },
          },
          articles: {
            description: "Articles directly in the collection.",
            type: "array",
            items: { $ref: "#/components/schemas/CatalogArticle" },
          },
        },
      },
      KnowledgeCollectionCatalogResponse: {
        description: "The tree of a collection.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeCollectionCatalog" } },
      },
      KnowledgeCategory: {
        description: "A category of the knowledge base.",
        type: "object",
        required: ["id", "isLocked", "restrictions"],
        properties: {
          id: { description: "Category id.", type: "string" },
          title: { $ref: "#/components/schemas/TranslationTitle" },
          isDefaultLocation: { description: "New articles go here by default.", type: "boolean" },
          isLocked: { description: "The category cannot be changed.", type: "boolean" },
          restrictions: { $ref: "#/components/schemas/KnowledgeRestrictions" },
          parentCategory: { description: "Category it sits in, if any.", type: "string" },
          parentCollections: {
            description: "Collections it belongs to.",
            type: "array",
            items: { type: "string" },
          },
        },
      },
      KnowledgeCategoryResponse: {
        description: "One category.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeCategory" } },
      },
      KnowledgeCategoryTranslations: {
        description: "A category's titles.",
        type: "object",
        properties: {
          titles: {
            description: "One title per language.",
            type: "array",
            items: { $ref: "#/components/schemas/TranslationTitle" },
          },
        },
      },
      KnowledgeCategoryTranslationsResponse: {
        description: "A category's titles.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeCategoryTranslations" } },
      },
      ArticleContent: {
        description: "The body of an article translation.",
        type: "object",
        required: ["html", "plaintext"],
        properties: {
          html: { description: "The body as HTML.", type: "string" },
          plaintext: { description: "The body as plain text.", type: "string" },
        },
      },
      HelpCenterLink: {
        description: "Where a translation is published.",
        type: "object",
        required: ["id", "name", "url"],
        properties: {
          id: { description: "Help center id.", type: "string" },
          name: { description: "Help center name.", type: "string" },
          url: { description: "The article's address in that help center.", type: "string" },
        },
      },
      ArticleAvailability: {
        description: "Where a translation can be read.",
        type: "object",
        properties: {
          helpCenterLinks: {
            description: "Help centers showing it.",
            type: "array",
            items: { $ref: "#/components/schemas/HelpCenterLink" },
          },
        },
      },
      ArticleTranslation: {
        description: "One version (draft or published) of an article in one language.",
        type: "object",
        required: [
          "language",
          "title",
          "isIndexedVersion",
          "contents",
          "availableAt",
          "createdAt",
          "updatedAt",
        ],
        properties: {
          language: { description: "Language (ISO code).", type: "string" },
          title: { description: "Title.", type: "string" },
          isIndexedVersion: {
            description: "This version is the one search finds.",
            type: "boolean",
          },
          contents: { $ref: "#/components/schemas/ArticleContent" },
          availableAt: { $ref: "#/components/schemas/ArticleAvailability" },
          createdAt: {
            description: "When the version was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          updatedAt: {
            description: "When it last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          createdBy: { description: "User who created it.", type: "string" },
          updatedBy: { description: "User who last changed it.", type: "string" },
        },
      },
      ArticleTranslationVersions: {
        description: "The draft and, once published, the published version of a translation.",
        type: "object",
        required: ["draft"],
        properties: {
          draft: { $ref: "#/components/schemas/ArticleTranslation" },
          published: { $ref: "#/components/schemas/ArticleTranslation" },
        },
      },
      KnowledgeArticle: {
        description: "A knowledge article, with one language's versions.",
        type: "object",
        required: ["id", "createdAt", "updatedAt", "restrictions"],
        properties: {
          id: { description: "Article id.", type: "string" },
          isDefaultLocation: {
            description: "The article sits in the default location.",
            type: "boolean",
          },
          translation: { $ref: "#/components/schemas/ArticleTranslationVersions" },
          tags: { description: "Tag ids.", type: "array", items: { type: "string" } },
          createdAt: {
            description: "When the article was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          updatedAt: {
            description: "When it last changed.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          indexedAt: {
            description: "When search last indexed it.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          createdBy: { description: "User who created it.", type: "string" },
          updatedBy: { description: "User who last changed it.", type: "string" },
          ownedBy: { description: "User responsible for it.", type: "string" },
          indexedBy: { description: "User whose action last indexed it.", type: "string" },
          restrictions: { $ref: "#/components/schemas/KnowledgeRestrictions" },
          parentCategory: { description: "Category it sits in, if any.", type: "string" },
          parentCollections: {
            description: "Collections it belongs to.",
            type: "array",
            items: { type: "string" },
          },
        },
      },
      KnowledgeArticleResponse: {
        description: "One article.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeArticle" } },
      },
      ArticleTranslationList: {
        description: "Every version of every translation of an article.",
        type: "object",
        properties: {
          draft: {
            description: "The drafts, one per language.",
            type: "array",
            items: { $ref: "#/components/schemas/ArticleTranslation" },
          },
          published: {
            description: "The published versions, one per published language.",
            type: "array",
            items: { $ref: "#/components/schemas/ArticleTranslation" },
          },
        },
      },
      KnowledgeArticleTranslations: {
        description: "An article's translations.",
        type: "object",
        required: ["translations"],
        properties: { translations: { $ref: "#/components/schemas/ArticleTranslationList" } },
      },
      KnowledgeArticleTranslationsResponse: {
        description: "An article's translations.",
        type: "object",
        required: ["data"],
        properties: { data: { $ref: "#/components/schemas/KnowledgeArticleTranslations" } },
      },
      NewArticleTranslation: {
        description: "A draft translation to store.",
        type: "object",
        required: ["languageId", "title"],
        properties: {
          languageId: {
            description: "Language (ISO code, e.g. `en`, `da`, `de`).",
            type: "string",
          },
          title: { description: "Title.", type: "string" },
          content: { description: "Body as HTML.", type: "string" },
        },
      },
      NewKnowledgeArticle: {
        description: "A knowledge article to create.",
        type: "object",
        properties: {
          translations: {
            description: "First draft translations.",
            type: "array",
            items: { $ref: "#/components/schemas/NewArticleTranslation" },
          },
          parentId: { description: "Category to put it in.", type: "string" },
          tags: { description: "Tag ids.", type: "array", items: { type: "string" } },
          preRelease: { description: "Only visible in pre-release mode.", type: "boolean" },
        },
      },
      ArticleTagsChange: {
        description: "Tags to add to or remove from an article.",
        type: "object",
        properties: {
          add: { description: "Tag ids to add.", type: "array", items: { type: "string" } },
          remove: { description: "Tag ids to remove.", type: "array", items: { type: "string" } },
        },
      },
      KnowledgeArticlePatch: {
        description: "Changes to an article; fields left out stay as they are.",
        type: "object",
        properties: {
          ownedBy: { description: "New owner (user id).", type: "string" },
          tags: { $ref: "#/components/schemas/ArticleTagsChange" },
          preRelease: { description: "Only visible in pre-release mode.", type: "boolean" },
        },
      },
      KnowledgeArticleTranslationsUpdate: {
        description: "Draft translations to store, one per language.",
        type: "object",
        properties: {
          translations: {
            description: "The drafts.",
            type: "array",
            items: { $ref: "#/components/schemas/NewArticleTranslation" },
          },
        },
      },
      ArticleTranslationError: {
        description: "A language whose draft could not be stored.",
        type: "object",
        required: ["languageId", "message"],
        properties: {
          languageId: { description: "The language.", type: "string" },
          message: { description: "What went wrong.", type: "string" },
        },
      },
      KnowledgeArticleTranslationsUpdateResponse: {
        description: "The stored drafts and the languages that failed.",
        type: "object",
        properties: {
          data: {
            description: "The stored drafts.",
            type: "array",
            items: { $ref: "#/components/schemas/ArticleTranslation" },
          },
          partialErrors: {
            description: "The languages that failed.",
            type: "array",
            items: { $ref: "#/components/schemas/ArticleTranslationError" },
          },
        },
      },
      KnowledgeAttachmentUpload: {
        description: "Images to upload, as `multipart/form-data`: one `files` part per image.",
        type: "object",
        properties: {
          files: {
            description: "The images (PNG, JPEG, GIF or WebP; at most 5, 4 MB each, 10 MB in all).",
            type: "array",
            maxItems: 5,
            items: { type: "string", contentMediaType: "application/octet-stream" },
          },
        },
      },
      KnowledgeAttachment: {
        description: "A stored image.",
        type: "object",
        required: ["originalFilename", "url"],
        properties: {
          originalFilename: { description: "File name as uploaded.", type: "string" },
          url: {
            description: "Public address of the stored image, to use in article HTML.",
            type: "string",
          },
        },
      },
      KnowledgeAttachmentError: {
        description: "A file that was not stored.",
        type: "object",
        required: ["originalFilename", "message", "code"],
        properties: {
          originalFilename: { description: "File name as uploaded.", type: "string" },
          message: { description: "Why it was refused.", type: "string" },
          code: {
            description:
              "`400` when the file was refused (type, size), `500` when storing it failed.",
            type: "integer",
            format: "int32",
          },
        },
      },
      KnowledgeAttachmentUploadResponse: {
        description: "Stored images and refused files.",
        type: "object",
        properties: {
          data: {
            description: "The stored images.",
            type: "array",
            items: { $ref: "#/components/schemas/KnowledgeAttachment" },
          },
          partialErrors: {
            description: "The refused files.",
            type: "array",
            items: { $ref: "#/components/schemas/KnowledgeAttachmentError" },
          },
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
        description: "Tags (of a conversation, or of the organization).",
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
      WebhookEnvelope: {
        description:
          "The body of every event Dixa delivers to a webhook subscription: the same envelope for all event types, with the event-specific part in `data`. Unlike Dixa's REST API, webhook bodies use snake_case field names, and event names come in two spellings: the subscription (`events`, `subscribedEvents`, `filters`) uses PascalCase (`ConversationMessageAdded`), the body's `event_fqn` UPPER_SNAKE (`CONVERSATION_MESSAGE_ADDED`).\n\nDelivery: Dixa POSTs the JSON body to the subscription's URL with `Content-Type: application/json`, `X-DIXA-SUBSCRIPTION-ID` and `X-DIXA-SIGNATURE` (headers the subscription's `customHeaders` cannot override), plus the authorization the subscription chose: none, `Authorization: Basic …` from `BasicAuth`, or `Authorization: Bearer <value>` from `TokenAuth`, and any `customHeaders`. Check the signature on the raw bytes before parsing: `X-DIXA-SIGNATURE: t=<unix ms>,v1=<hex>` where `v1 = hex(HMAC-SHA256(key = hex-decode(secretKey), message = t + \".\" + raw body))`.\n\nDixa delivers at least once and in no guaranteed order: the same event may arrive more than once, so de-duplicate on `event_id` and order by `event_timestamp` when order matters. A delivery counts as delivered when the receiver answers 2xx; Dixa does not document its timeout, retry schedule or when it gives up. `GET /v1/webhooks/{webhookSubscriptionId}/delivery-status` shows the latest outcome per event type.\n\nRequired here are `event_id`, `event_fqn`, `event_timestamp` and `data`, what a receiver needs to route and de-duplicate. `event_version` and `organization` are documented and in every delivered body seen, but optional here: a receiver can do without them, and the test body in Dixa's own receiving service has no `organization`. Every object stays open: Dixa adds fields.",
        type: "object",
        required: ["event_id", "event_fqn", "event_timestamp", "data"],
        properties: {
          event_id: {
            description:
              "Id of the event. A re-delivered event keeps its id: use it to drop duplicates.",
            type: "string",
            format: "uuid",
          },
          event_fqn: {
            description:
              "Event type in UPPER_SNAKE form (`CONVERSATION_CREATED`), the PascalCase subscription name split into words. Each event schema pins it to one value.",
            type: "string",
          },
          event_version: {
            description:
              'Version of the event\'s shape, a string. Every body seen so far says `"1"`.',
            type: "string",
          },
          event_timestamp: {
            description:
              "When Dixa emitted the event. Seen as RFC 3339 in UTC with milliseconds, `2025-01-14T22:01:05.429Z`; accepted in any form Dixa writes timestamps in (see `DixaTimestamp`).",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          organization: { $ref: "#/components/schemas/WebhookOrganization" },
          data: {
            description:
              "The event-specific part; its shape depends on `event_fqn` (see each `Webhook…Event` schema).",
            type: "object",
          },
        },
      },
      WebhookOrganization: {
        description:
          "The Dixa organization the event belongs to. Lets one receiver serve several organizations.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Organization id.", type: "string", format: "uuid" },
          name: { description: "Organization name as set in Dixa.", type: "string" },
        },
      },
      WebhookUser: {
        description:
          "A person in a webhook body: an end user (the customer, `user_type: Contact`) or an agent or other member of the organization (`user_type: Member`). Fields beyond `id` are optional because not every sample carries them (`user_type` is missing from the samples in Dixa's own API description).",
        type: "object",
        required: ["id"],
        properties: {
          id: {
            description:
              "User id: the end-user id of `/v1/endusers` or the agent id of `/v1/agents`.",
            type: "string",
            format: "uuid",
          },
          name: { description: "Display name.", type: "string" },
          email: {
            description: "E-mail address, or null when Dixa has none.",
            type: ["string", "null"],
          },
          phone: {
            description:
              "Phone number in international form (`+4511223344`), or null when Dixa has none.",
            type: ["string", "null"],
          },
          roles: {
            description:
              "Roles of the user. Empty for end users; for members, seen values are `Agent`, `Admin`, `TeamLead`, `SystemAdmin`; `Enduser` also appears for end users.",
            type: "array",
            items: { type: "string" },
          },
          user_type: {
            description:
              "`Contact` for an end user, `Member` for an agent or other member of the organization.",
            type: "string",
          },
        },
      },
      WebhookQueue: {
        description: "A Dixa queue, by id and name.",
        type: "object",
        required: ["id"],
        properties: {
          id: {
            description:
              "Queue id, as used by `PUT /v1/conversations/{conversationId}/transfer/queue`.",
            type: "string",
            format: "uuid",
          },
          name: { description: "Queue name.", type: "string" },
        },
      },
      WebhookTag: {
        description: "A tag on a conversation.",
        type: "object",
        required: ["id"],
        properties: {
          id: { description: "Tag id.", type: "string", format: "uuid" },
          name: { description: "Tag name.", type: "string" },
          is_deactivated: {
            description:
              "True when the tag has been deactivated in Dixa's settings (it stays on conversations tagged before).",
            type: "boolean",
          },
        },
      },
      WebhookConversation: {
        description:
          "The conversation an event is about, as it stood when the event happened. A snake_case summary of the conversation, narrower than the REST `Conversation`: fetch `GET /v1/conversations/{csid}` for the rest. Only `csid` is required; the other fields are in every sample but Dixa does not promise them.",
        type: "object",
        required: ["csid"],
        properties: {
          csid: {
            description: "Conversation id, the `conversationId` of the REST API.",
            type: "integer",
            format: "int64",
          },
          channel: {
            description:
              "Channel in UPPER_SNAKE form, e.g. `EMAIL`, `WIDGET_CHAT` (the REST API writes `Email`, `WidgetChat`).",
            type: "string",
          },
          status: {
            description: "State of the conversation: `OPEN`, `PENDING` or `CLOSED`.",
            type: "string",
          },
          direction: {
            description:
              "Who started the conversation: `INBOUND` (the customer) or `OUTBOUND` (an agent).",
            type: "string",
          },
          queue: {
            description: "The queue the conversation is in, or null when it is in none.",
            anyOf: [{ $ref: "#/components/schemas/WebhookQueue" }, { type: "null" }],
          },
          contact_point: {
            description:
              "Where the customer reached the organization: the e-mail address (`support@email.dixa.io`), phone number or widget the conversation came through.",
            type: "string",
          },
          requester: { $ref: "#/components/schemas/WebhookUser" },
          assignee: {
            description:
              "The agent the conversation is assigned to, or null when it is unassigned.",
            anyOf: [{ $ref: "#/components/schemas/WebhookUser" }, { type: "null" }],
          },
          subject: {
            description: "Subject line (e-mail and contact-form conversations), or null.",
            type: ["string", "null"],
          },
          tags: {
            description: "Tags on the conversation.",
            type: "array",
            items: { $ref: "#/components/schemas/WebhookTag" },
          },
          created_at: {
            description: "When the conversation was created.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      WebhookConversationData: {
        description:
          "`data` of the conversation events whose fields Dixa documents as just the conversation (created, open, pending, closed; enqueued lists more fields that our sources do not show).",
        type: "object",
        required: ["conversation"],
        properties: { conversation: { $ref: "#/components/schemas/WebhookConversation" } },
      },
      WebhookConversationRelatedData: {
        description:
          "`data` of a conversation event whose fields neither Dixa's docs (as far as we have them) nor any observed body show. Every conversation event that is documented carries `conversation`, so it is described here, but as optional; anything else Dixa sends passes through untyped.",
        type: "object",
        properties: { conversation: { $ref: "#/components/schemas/WebhookConversation" } },
      },
      WebhookOtherData: {
        description:
          "`data` of an event Dixa does not describe anywhere we found (banning, typing, SLA events): an open object, passed through untyped.",
        type: "object",
      },
      WebhookConversationPendingExpiredData: {
        description: "`data` of `CONVERSATION_PENDING_EXPIRED`.",
        type: "object",
        required: ["conversation"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookConversation" },
          pendingByUser: {
            description:
              "The agent who put the conversation in pending state, when Dixa knows it. Spelled in camelCase in Dixa's docs, unlike every other webhook field.",
            $ref: "#/components/schemas/WebhookUser",
          },
        },
      },
      WebhookConversationAbandonedData: {
        description: "`data` of `CONVERSATION_ABANDONED`.",
        type: "object",
        required: ["conversation", "queue"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookConversation" },
          queue: {
            description: "The queue the conversation was waiting in when it was abandoned.",
            $ref: "#/components/schemas/WebhookQueue",
          },
        },
      },
      WebhookConversationNoteAddedData: {
        description:
          "`data` of `CONVERSATION_NOTE_ADDED`. Fields from the sample bodies in Dixa's own API description (delivery logs); only `conversation` is required.",
        type: "object",
        required: ["conversation"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookConversation" },
          note_id: { description: "Id of the internal note.", type: "string", format: "uuid" },
          text: { description: "Text of the note.", type: "string" },
          created_at: {
            description: "When the note was added.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
          author: {
            description: "The agent who wrote the note.",
            $ref: "#/components/schemas/WebhookUser",
          },
        },
      },
      WebhookMessageContent: {
        description:
          "Content of a message in a webhook body. For e-mails, `original_content_url` points at the stored original (a path on Dixa's file storage, e.g. `/private/…`) and `text` holds the extracted text.",
        type: "object",
        properties: {
          text: { description: "Plain text of the message.", type: ["string", "null"] },
          content_type: {
            description: "Kind of content, e.g. `Text`; may be null.",
            type: ["string", "null"],
          },
          original_content_url: {
            description: "Location of the original content (e.g. the raw e-mail), or null.",
            type: ["string", "null"],
          },
          processed_content_url: {
            description: "Location of the processed content (e.g. cleaned-up HTML), or null.",
            type: ["string", "null"],
          },
        },
      },
      WebhookConversationMessageAddedData: {
        description:
          "`data` of `CONVERSATION_MESSAGE_ADDED`: the message and the conversation it was added to. Fields from consumers' sample bodies; only `conversation` is required.",
        type: "object",
        required: ["conversation"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookConversation" },
          message_id: {
            description: "Message id, as in `GET /v1/conversations/{conversationId}/messages`.",
            type: "string",
            format: "uuid",
          },
          author: {
            description: "Who wrote the message (an end user or an agent).",
            $ref: "#/components/schemas/WebhookUser",
          },
          channel: {
            description: "Channel of the message, UPPER_SNAKE like the conversation's (`EMAIL`).",
            type: "string",
          },
          direction: {
            description:
              "`inbound` (from the customer) or `outbound` (to the customer). Lower case here, unlike the conversation's `direction`.",
            type: "string",
          },
          text: { description: "Plain text of the message.", type: ["string", "null"] },
          content: { $ref: "#/components/schemas/WebhookMessageContent" },
          external_id: {
            description:
              'The caller\'s own id for the message, when it was created through the API with one; otherwise null. One consumer sample has the string `"null"` here.',
            type: ["string", "null"],
          },
          created_at: {
            description: "When the message was added.",
            $ref: "#/components/schemas/DixaTimestamp",
          },
        },
      },
      WebhookConversationTagAddedData: {
        description:
          "`data` of `CONVERSATION_TAG_ADDED`. Fields from consumers' sample bodies; only `conversation` is required.",
        type: "object",
        required: ["conversation"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookConversation" },
          tag: {
            description:
              "Name of the tag that was added (a name, not a tag object; the conversation's `tags` list has its id).",
            type: "string",
          },
          author: { description: "Who added the tag.", $ref: "#/components/schemas/WebhookUser" },
        },
      },
      WebhookRatedConversation: {
        description:
          "The conversation of a `CONVERSATION_RATED` event. One consumer's sample body carries the rating inside the conversation (`score`, `type`) instead of beside it, so the rating fields are accepted here too.",
        allOf: [
          { $ref: "#/components/schemas/WebhookConversation" },
          {
            type: "object",
            properties: {
              score: {
                description:
                  "The score, when the rating sits inside the conversation (see `WebhookConversationRatedData`).",
                type: "integer",
              },
              type: {
                description: "The rating type, when the rating sits inside the conversation.",
                type: "string",
              },
              comment: {
                description:
                  "The customer's comment, when the rating sits inside the conversation.",
                type: ["string", "null"],
              },
            },
          },
        ],
      },
      WebhookConversationRatedData: {
        description:
          "`data` of `CONVERSATION_RATED`. Dixa sends one event per rating and another when the customer adds a comment to it. Consumers disagree on where the rating is: Dixa's own receiving service reads `data.score` and `data.comment`, while Pipedream's sample body puts `score` and `type` inside `data.conversation` (with `comment` beside it). Both placements validate; read `data.score ?? data.conversation.score`.",
        type: "object",
        required: ["conversation"],
        properties: {
          conversation: { $ref: "#/components/schemas/WebhookRatedConversation" },
          score: {
            description:
              "The score given: 1 to 5 for `Csat` (as in the REST API, 0 to 10 for `Nps`, 0 or 1 for `ThumbsUpOrDown`).",
            type: "integer",
          },
          comment: {
            description: "The customer's comment, or null when there is none.",
            type: ["string", "null"],
          },
          type: {
            description:
              "Rating type, e.g. `Csat` (the REST API knows `Csat`, `Nps`, `ThumbsUpOrDown`).",
            type: "string",
          },
          agent: {
            description: "The agent the rating is about, when there is one.",
            $ref: "#/components/schemas/WebhookUser",
          },
        },
      },
      WebhookConversationCreatedEvent: {
        description:
          "The `ConversationCreated` event as delivered: the common envelope with `event_fqn: CONVERSATION_CREATED` and `data` as `WebhookConversationData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_CREATED" },
              data: { $ref: "#/components/schemas/WebhookConversationData" },
            },
          },
        ],
      },
      WebhookConversationOpenEvent: {
        description:
          "The `ConversationOpen` event as delivered: the common envelope with `event_fqn: CONVERSATION_OPEN` and `data` as `WebhookConversationData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_OPEN" },
              data: { $ref: "#/components/schemas/WebhookConversationData" },
            },
          },
        ],
      },
      WebhookConversationPendingEvent: {
        description:
          "The `ConversationPending` event as delivered: the common envelope with `event_fqn: CONVERSATION_PENDING` and `data` as `WebhookConversationData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_PENDING" },
              data: { $ref: "#/components/schemas/WebhookConversationData" },
            },
          },
        ],
      },
      WebhookConversationPendingExpiredEvent: {
        description:
          "The `ConversationPendingExpired` event as delivered: the common envelope with `event_fqn: CONVERSATION_PENDING_EXPIRED` and `data` as `WebhookConversationPendingExpiredData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_PENDING_EXPIRED" },
              data: { $ref: "#/components/schemas/WebhookConversationPendingExpiredData" },
            },
          },
        ],
      },
      WebhookConversationClosedEvent: {
        description:
          "The `ConversationClosed` event as delivered: the common envelope with `event_fqn: CONVERSATION_CLOSED` and `data` as `WebhookConversationData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_CLOSED" },
              data: { $ref: "#/components/schemas/WebhookConversationData" },
            },
          },
        ],
      },
      WebhookConversationAbandonedEvent: {
        description:
          "The `ConversationAbandoned` event as delivered: the common envelope with `event_fqn: CONVERSATION_ABANDONED` and `data` as `WebhookConversationAbandonedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_ABANDONED" },
              data: { $ref: "#/components/schemas/WebhookConversationAbandonedData" },
            },
          },
        ],
      },
      WebhookConversationEnqueuedEvent: {
        description:
          "The `ConversationEnqueued` event as delivered: the common envelope with `event_fqn: CONVERSATION_ENQUEUED` and `data` as `WebhookConversationData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_ENQUEUED" },
              data: { $ref: "#/components/schemas/WebhookConversationData" },
            },
          },
        ],
      },
      WebhookConversationAssignedEvent: {
        description:
          "The `ConversationAssigned` event as delivered: the common envelope with `event_fqn: CONVERSATION_ASSIGNED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_ASSIGNED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationUnassignedEvent: {
        description:
          "The `ConversationUnassigned` event as delivered: the common envelope with `event_fqn: CONVERSATION_UNASSIGNED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_UNASSIGNED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationTransferredEvent: {
        description:
          "The `ConversationTransferred` event as delivered: the common envelope with `event_fqn: CONVERSATION_TRANSFERRED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_TRANSFERRED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationEndUserReplacedEvent: {
        description:
          "The `ConversationEndUserReplaced` event as delivered: the common envelope with `event_fqn: CONVERSATION_END_USER_REPLACED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_END_USER_REPLACED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationNoteAddedEvent: {
        description:
          "The `ConversationNoteAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_NOTE_ADDED` and `data` as `WebhookConversationNoteAddedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_NOTE_ADDED" },
              data: { $ref: "#/components/schemas/WebhookConversationNoteAddedData" },
            },
          },
        ],
      },
      WebhookConversationMessageAddedEvent: {
        description:
          "The `ConversationMessageAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_ADDED` and `data` as `WebhookConversationMessageAddedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_ADDED" },
              data: { $ref: "#/components/schemas/WebhookConversationMessageAddedData" },
            },
          },
        ],
      },
      WebhookConversationTagAddedEvent: {
        description:
          "The `ConversationTagAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_TAG_ADDED` and `data` as `WebhookConversationTagAddedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_TAG_ADDED" },
              data: { $ref: "#/components/schemas/WebhookConversationTagAddedData" },
            },
          },
        ],
      },
      WebhookConversationTagRemovedEvent: {
        description:
          "The `ConversationTagRemoved` event as delivered: the common envelope with `event_fqn: CONVERSATION_TAG_REMOVED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_TAG_REMOVED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationRatedEvent: {
        description:
          "The `ConversationRated` event as delivered: the common envelope with `event_fqn: CONVERSATION_RATED` and `data` as `WebhookConversationRatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_RATED" },
              data: { $ref: "#/components/schemas/WebhookConversationRatedData" },
            },
          },
        ],
      },
      WebhookConversationCustomAttributeUpdatedEvent: {
        description:
          "The `ConversationCustomAttributeUpdated` event as delivered: the common envelope with `event_fqn: CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliverySentEvent: {
        description:
          "The `ConversationMessageDeliverySent` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SENT` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_SENT" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliveryDeliveredEvent: {
        description:
          "The `ConversationMessageDeliveryDelivered` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_DELIVERED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_DELIVERED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliverySeenEvent: {
        description:
          "The `ConversationMessageDeliverySeen` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SEEN` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_SEEN" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliveryFailedEvent: {
        description:
          "The `ConversationMessageDeliveryFailed` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_FAILED` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_FAILED" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliveryInfoEvent: {
        description:
          "The `ConversationMessageDeliveryInfo` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_INFO` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_INFO" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookConversationMessageDeliverySpamComplaintEvent: {
        description:
          "The `ConversationMessageDeliverySpamComplaint` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT` and `data` as `WebhookConversationRelatedData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT" },
              data: { $ref: "#/components/schemas/WebhookConversationRelatedData" },
            },
          },
        ],
      },
      WebhookTypingStartedEvent: {
        description:
          "The `TypingStarted` event as delivered: the common envelope with `event_fqn: TYPING_STARTED` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "TYPING_STARTED" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookSLAEvaluationPendingEvent: {
        description:
          "The `SLAEvaluationPending` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_PENDING` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "SLA_EVALUATION_PENDING" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookSLAEvaluationBreachedEvent: {
        description:
          "The `SLAEvaluationBreached` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_BREACHED` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "SLA_EVALUATION_BREACHED" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookSLAEvaluationAchievedEvent: {
        description:
          "The `SLAEvaluationAchieved` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_ACHIEVED` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "SLA_EVALUATION_ACHIEVED" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookSLAEvaluationVoidedEvent: {
        description:
          "The `SLAEvaluationVoided` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_VOIDED` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "SLA_EVALUATION_VOIDED" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookAgentBannedEnduserEvent: {
        description:
          "The `AgentBannedEnduser` event as delivered: the common envelope with `event_fqn: AGENT_BANNED_ENDUSER` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "AGENT_BANNED_ENDUSER" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookAgentUnbannedEnduserEvent: {
        description:
          "The `AgentUnbannedEnduser` event as delivered: the common envelope with `event_fqn: AGENT_UNBANNED_ENDUSER` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "AGENT_UNBANNED_ENDUSER" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookAgentBannedIpEvent: {
        description:
          "The `AgentBannedIp` event as delivered: the common envelope with `event_fqn: AGENT_BANNED_IP` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "AGENT_BANNED_IP" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
      WebhookAgentUnbannedIpEvent: {
        description:
          "The `AgentUnbannedIp` event as delivered: the common envelope with `event_fqn: AGENT_UNBANNED_IP` and `data` as `WebhookOtherData`.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_fqn", "data"],
            properties: {
              event_fqn: { const: "AGENT_UNBANNED_IP" },
              data: { $ref: "#/components/schemas/WebhookOtherData" },
            },
          },
        ],
      },
    },
  },
  webhooks: {
    ConversationCreated: {
      post: {
        operationId: "conversationCreatedEvent",
        summary: "Conversation created",
        description:
          "Sent when a conversation is created in Dixa, on any channel and in either direction. `data.conversation` is the new conversation; consumer samples show it unassigned (`assignee: null`) and `OPEN`. Subscribe with the name `ConversationCreated`; the body says `event_fqn: CONVERSATION_CREATED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationCreatedEvent" },
              examples: {
                "inbound-email": {
                  summary: "A customer e-mail starts a conversation",
                  value: {
                    event_id: "33b9ab40-e58d-45cd-97a3-2bf533f3bfce",
                    event_fqn: "CONVERSATION_CREATED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:14:02.604Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: null,
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationOpen: {
      post: {
        operationId: "conversationOpenEvent",
        summary: "Conversation open",
        description:
          "Sent when a closed conversation is reopened, e.g. because the customer wrote again. `data.conversation` is the reopened conversation. The docs do not say whether a newly created conversation also sends it. Subscribe with the name `ConversationOpen`; the body says `event_fqn: CONVERSATION_OPEN`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationOpenEvent" },
              examples: {
                "reopened-by-reply": {
                  summary: "The customer replies to a closed conversation",
                  value: {
                    event_id: "3538677d-3f28-479c-88cd-21b952280a5d",
                    event_fqn: "CONVERSATION_OPEN",
                    event_version: "1",
                    event_timestamp: "2025-03-21T07:02:45.118Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationPending: {
      post: {
        operationId: "conversationPendingEvent",
        summary: "Conversation pending",
        description:
          "Sent when a follow-up is set on a conversation, which puts it in `PENDING` state until the follow-up time or a reply. `data.conversation` is the conversation. Subscribe with the name `ConversationPending`; the body says `event_fqn: CONVERSATION_PENDING`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationPendingEvent" },
              examples: {
                "follow-up-set": {
                  summary: "An agent sets a follow-up",
                  value: {
                    event_id: "dd543df0-ad14-4aaa-bf5e-191d5a3c365a",
                    event_fqn: "CONVERSATION_PENDING",
                    event_version: "1",
                    event_timestamp: "2025-03-18T10:03:27.950Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "PENDING",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationPendingExpired: {
      post: {
        operationId: "conversationPendingExpiredEvent",
        summary: "Conversation pending expired",
        description:
          "Sent when the follow-up time of a pending conversation passes. `data.conversation` is the conversation; `data.pendingByUser`, when present, is the agent who set the follow-up. Subscribe with the name `ConversationPendingExpired`; the body says `event_fqn: CONVERSATION_PENDING_EXPIRED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationPendingExpiredEvent" },
              examples: {
                "follow-up-expired": {
                  summary: "A follow-up set by an agent expires",
                  value: {
                    event_id: "07bf5e40-46b4-476d-96a1-a0615ac9662c",
                    event_fqn: "CONVERSATION_PENDING_EXPIRED",
                    event_version: "1",
                    event_timestamp: "2025-03-20T10:03:27.950Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "PENDING",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                      pendingByUser: {
                        id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                        name: "Anders Holm",
                        email: "anders.holm@nordlys-outdoor.example",
                        phone: "+4530123456",
                        roles: ["Agent"],
                        user_type: "Member",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationClosed: {
      post: {
        operationId: "conversationClosedEvent",
        summary: "Conversation closed",
        description:
          "Sent when a conversation is closed, by an agent, a rule or the API. `data.conversation` is the closed conversation. Subscribe with the name `ConversationClosed`; the body says `event_fqn: CONVERSATION_CLOSED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationClosedEvent" },
              examples: {
                "closed-by-agent": {
                  summary: "An agent closes the conversation",
                  value: {
                    event_id: "a2c297b5-5b7b-4377-a0b5-db995c6d3b28",
                    event_fqn: "CONVERSATION_CLOSED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T10:41:09.332Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "CLOSED",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [
                          {
                            id: "6a1c3e5f-7b9d-4e1f-a3c5-e7f9b1d3f5a7",
                            name: "returns",
                            is_deactivated: false,
                          },
                        ],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationAbandoned: {
      post: {
        operationId: "conversationAbandonedEvent",
        summary: "Conversation abandoned",
        description:
          "Sent when a conversation is closed before any agent was assigned to it, e.g. a chat the customer left while waiting. `data.conversation` is the conversation and `data.queue` the queue it waited in. Subscribe with the name `ConversationAbandoned`; the body says `event_fqn: CONVERSATION_ABANDONED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationAbandonedEvent" },
              examples: {
                "chat-left-in-queue": {
                  summary: "A chat is left while waiting in a queue",
                  value: {
                    event_id: "ba77f15d-ae27-43f9-b3a9-00d90c3d7c0e",
                    event_fqn: "CONVERSATION_ABANDONED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T12:36:48.771Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "WIDGET_CHAT",
                        status: "CLOSED",
                        direction: "INBOUND",
                        queue: { id: "e2a4c6e8-1b3d-4f5a-9c7e-0d2f4a6b8c1e", name: "Support DK" },
                        contact_point: "Nordlys web chat",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: null,
                        subject: null,
                        tags: [],
                        created_at: "2025-03-18T12:30:11.204Z",
                      },
                      queue: { id: "e2a4c6e8-1b3d-4f5a-9c7e-0d2f4a6b8c1e", name: "Support DK" },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationEnqueued: {
      post: {
        operationId: "conversationEnqueuedEvent",
        summary: "Conversation enqueued",
        description:
          "Sent when a conversation enters a queue. `data.conversation` is the conversation (its `queue` is the queue entered). Dixa's docs list further fields for this event that our sources do not show; they pass through untyped. Subscribe with the name `ConversationEnqueued`; the body says `event_fqn: CONVERSATION_ENQUEUED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationEnqueuedEvent" },
              examples: {
                "email-enqueued": {
                  summary: "A new e-mail enters the Returns queue",
                  value: {
                    event_id: "acc8c1e1-804b-4122-8fc9-b1b2c278400c",
                    event_fqn: "CONVERSATION_ENQUEUED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:14:03.011Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: null,
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationAssigned: {
      post: {
        operationId: "conversationAssignedEvent",
        summary: "Conversation assigned",
        description:
          "Sent when a conversation is assigned to an agent (offered and accepted, claimed, or assigned through the API). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `assignee` is presumably the new agent. Subscribe with the name `ConversationAssigned`; the body says `event_fqn: CONVERSATION_ASSIGNED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationAssignedEvent" },
              examples: {
                "agent-assigned": {
                  summary: "An agent takes the conversation",
                  value: {
                    event_id: "13847d84-afcd-49a6-9aee-cce2863eb01d",
                    event_fqn: "CONVERSATION_ASSIGNED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:20:55.460Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationUnassigned: {
      post: {
        operationId: "conversationUnassignedEvent",
        summary: "Conversation unassigned",
        description:
          "Sent when the agent is removed from a conversation, e.g. it goes back to a queue. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationUnassigned`; the body says `event_fqn: CONVERSATION_UNASSIGNED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationUnassignedEvent" },
              examples: {
                "back-to-queue": {
                  summary: "The agent hands the conversation back",
                  value: {
                    event_id: "b5bc7a19-d10c-4446-9d76-603118453ab3",
                    event_fqn: "CONVERSATION_UNASSIGNED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T11:05:12.007Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: null,
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationTransferred: {
      post: {
        operationId: "conversationTransferredEvent",
        summary: "Conversation transferred",
        description:
          "Sent when a conversation is transferred to another agent or to another queue (Dixa's docs name the two cases separately; both arrive as this one event type). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationTransferred`; the body says `event_fqn: CONVERSATION_TRANSFERRED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationTransferredEvent" },
              examples: {
                "moved-to-queue": {
                  summary: "The conversation moves to another queue",
                  value: {
                    event_id: "8cc8093a-9f4b-4bf4-93be-66c8013e98ff",
                    event_fqn: "CONVERSATION_TRANSFERRED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T11:05:12.239Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "e2a4c6e8-1b3d-4f5a-9c7e-0d2f4a6b8c1e", name: "Support DK" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: null,
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationEndUserReplaced: {
      post: {
        operationId: "conversationEndUserReplacedEvent",
        summary: "End user replaced",
        description:
          "Sent when the end user (requester) of a conversation is changed, e.g. after merging or correcting a contact. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `requester` is presumably the new end user. Subscribe with the name `ConversationEndUserReplaced`; the body says `event_fqn: CONVERSATION_END_USER_REPLACED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationEndUserReplacedEvent" },
              examples: {
                "requester-corrected": {
                  summary: "The requester is corrected to the right contact",
                  value: {
                    event_id: "93d124f9-8a63-4466-8960-73bd80d3cbcc",
                    event_fqn: "CONVERSATION_END_USER_REPLACED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:31:40.882Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "a8b6c4d2-e0f1-4a3b-9c5d-7e9f1a2b4c6d",
                          name: "Maja Jensen",
                          email: "maja@jensen-familie.example",
                          phone: "+4522334455",
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationNoteAdded: {
      post: {
        operationId: "conversationNoteAddedEvent",
        summary: "Conversation note added",
        description:
          "Sent when an agent adds an internal note to a conversation. `data` holds the conversation, the note's `note_id`, `text` and `created_at`, and its `author` (fields from the delivery-log samples in Dixa's own API description). Subscribe with the name `ConversationNoteAdded`; the body says `event_fqn: CONVERSATION_NOTE_ADDED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationNoteAddedEvent" },
              examples: {
                "internal-note": {
                  summary: "An agent leaves an internal note",
                  value: {
                    event_id: "9e81fba5-7816-4dab-b630-9dca0fd97a7a",
                    event_fqn: "CONVERSATION_NOTE_ADDED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:25:17.640Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                      note_id: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                      text: "Customer has the receipt; approve the return once the boots arrive.",
                      created_at: "2025-03-18T09:25:17.640Z",
                      author: {
                        id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                        name: "Anders Holm",
                        email: "anders.holm@nordlys-outdoor.example",
                        phone: "+4530123456",
                        roles: ["Agent"],
                        user_type: "Member",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageAdded: {
      post: {
        operationId: "conversationMessageAddedEvent",
        summary: "Conversation message added",
        description:
          "Sent when a message is added to a conversation: an inbound message from the customer or an outbound one from an agent or the API (internal notes send `ConversationNoteAdded` instead). `data` holds the conversation and the message: `message_id`, `author`, `channel`, `direction` (lower case), `text`, `content`, `external_id`, `created_at` (fields from consumers' sample bodies). Subscribe with the name `ConversationMessageAdded`; the body says `event_fqn: CONVERSATION_MESSAGE_ADDED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationMessageAddedEvent" },
              examples: {
                "agent-reply": {
                  summary: "An agent answers the customer",
                  value: {
                    event_id: "47b7e012-5689-4fce-9e80-bf0c3972063f",
                    event_fqn: "CONVERSATION_MESSAGE_ADDED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:28:51.903Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                      message_id: "2f4e6a8c-0b1d-4e3f-9a5c-7e9b1d3f5a7c",
                      author: {
                        id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                        name: "Anders Holm",
                        email: "anders.holm@nordlys-outdoor.example",
                        phone: "+4530123456",
                        roles: ["Agent"],
                        user_type: "Member",
                      },
                      channel: "EMAIL",
                      direction: "outbound",
                      text: "Hi Maja, thanks for the photos. I have sent you a prepaid return label.",
                      content: {
                        text: "Hi Maja, thanks for the photos. I have sent you a prepaid return label.",
                        content_type: "Text",
                        original_content_url: null,
                        processed_content_url: null,
                      },
                      external_id: null,
                      created_at: "2025-03-18T09:28:51.903Z",
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationTagAdded: {
      post: {
        operationId: "conversationTagAddedEvent",
        summary: "Conversation tag added",
        description:
          "Sent when a tag is put on a conversation. `data` holds the conversation (whose `tags` already include the new tag), `tag` (the tag's name) and `author` (who tagged). Subscribe with the name `ConversationTagAdded`; the body says `event_fqn: CONVERSATION_TAG_ADDED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationTagAddedEvent" },
              examples: {
                tagged: {
                  summary: "An agent tags the conversation",
                  value: {
                    event_id: "ce5ba21f-6ff1-4406-9b8a-d50854e2a2a9",
                    event_fqn: "CONVERSATION_TAG_ADDED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:26:03.115Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [
                          {
                            id: "6a1c3e5f-7b9d-4e1f-a3c5-e7f9b1d3f5a7",
                            name: "returns",
                            is_deactivated: false,
                          },
                        ],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                      tag: "returns",
                      author: {
                        id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                        name: "Anders Holm",
                        email: "anders.holm@nordlys-outdoor.example",
                        phone: "+4530123456",
                        roles: ["Agent"],
                        user_type: "Member",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationTagRemoved: {
      post: {
        operationId: "conversationTagRemovedEvent",
        summary: "Conversation tag removed",
        description:
          "Sent when a tag is taken off a conversation. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. It presumably mirrors `ConversationTagAdded` (`tag`, `author`). Subscribe with the name `ConversationTagRemoved`; the body says `event_fqn: CONVERSATION_TAG_REMOVED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationTagRemovedEvent" },
              examples: {
                untagged: {
                  summary: "An agent removes a tag",
                  value: {
                    event_id: "b8e378d3-1d04-449e-939b-e94d034a324a",
                    event_fqn: "CONVERSATION_TAG_REMOVED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:40:22.519Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationRated: {
      post: {
        operationId: "conversationRatedEvent",
        summary: "Conversation rated",
        description:
          "Sent when the customer answers a rating offer, and again when they add a comment to a rating (one event each). `data` holds the conversation, the rating (`score`, `comment`, `type`) and the `agent` rated. Consumers disagree on where the rating sits (beside the conversation or inside it); the schema accepts both. Subscribe with the name `ConversationRated`; the body says `event_fqn: CONVERSATION_RATED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationRatedEvent" },
              examples: {
                "csat-with-comment": {
                  summary: "The customer gives 5 of 5 with a comment",
                  value: {
                    event_id: "4ca08c7b-4f36-44d3-a6bb-0fd59dbfe02a",
                    event_fqn: "CONVERSATION_RATED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T14:02:36.288Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "CLOSED",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [
                          {
                            id: "6a1c3e5f-7b9d-4e1f-a3c5-e7f9b1d3f5a7",
                            name: "returns",
                            is_deactivated: false,
                          },
                        ],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                      score: 5,
                      comment: "Quick and friendly, thank you!",
                      type: "Csat",
                      agent: {
                        id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                        name: "Anders Holm",
                        email: "anders.holm@nordlys-outdoor.example",
                        phone: "+4530123456",
                        roles: ["Agent"],
                        user_type: "Member",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationCustomAttributeUpdated: {
      post: {
        operationId: "conversationCustomAttributeUpdatedEvent",
        summary: "Conversation custom attribute updated",
        description:
          "Sent when custom attributes of a conversation change. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Read the current values with `GET /v1/conversations/{conversationId}`. Subscribe with the name `ConversationCustomAttributeUpdated`; the body says `event_fqn: CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WebhookConversationCustomAttributeUpdatedEvent",
              },
              examples: {
                "attribute-set": {
                  summary: "A custom attribute is set on the conversation",
                  value: {
                    event_id: "ef8f3803-0140-4d3a-8f23-522a14872e31",
                    event_fqn: "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:27:44.031Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliverySent: {
      post: {
        operationId: "conversationMessageDeliverySentEvent",
        summary: "Conversation message delivery sent",
        description:
          "Sent when an outbound message has been handed to its channel (e.g. the e-mail left Dixa). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySent`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SENT`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationMessageDeliverySentEvent" },
              examples: {
                "email-sent": {
                  summary: "An outbound e-mail is sent",
                  value: {
                    event_id: "c37be947-f08e-4ac2-8cbf-c3564a572a1f",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SENT",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:28:52.410Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliveryDelivered: {
      post: {
        operationId: "conversationMessageDeliveryDeliveredEvent",
        summary: "Conversation message delivery delivered",
        description:
          "Sent when the channel reports an outbound message delivered to the customer. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryDelivered`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_DELIVERED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WebhookConversationMessageDeliveryDeliveredEvent",
              },
              examples: {
                "chat-delivered": {
                  summary: "An outbound message is delivered",
                  value: {
                    event_id: "6bd5c8d5-0cc8-4b04-a55d-319fb0839e3e",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_DELIVERED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:28:53.002Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "WIDGET_CHAT",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "Nordlys web chat",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: null,
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliverySeen: {
      post: {
        operationId: "conversationMessageDeliverySeenEvent",
        summary: "Conversation message delivery seen",
        description:
          "Sent when the channel reports that the customer has seen an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySeen`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SEEN`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationMessageDeliverySeenEvent" },
              examples: {
                "chat-seen": {
                  summary: "The customer reads the message",
                  value: {
                    event_id: "85f1a65a-ad91-4c76-a192-567b566dcf57",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SEEN",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:35:19.774Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "WIDGET_CHAT",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "Nordlys web chat",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: null,
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliveryFailed: {
      post: {
        operationId: "conversationMessageDeliveryFailedEvent",
        summary: "Conversation message delivery failed",
        description:
          "Sent when an outbound message could not be delivered (e.g. the e-mail bounced). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryFailed`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_FAILED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WebhookConversationMessageDeliveryFailedEvent",
              },
              examples: {
                "email-bounced": {
                  summary: "An outbound e-mail bounces",
                  value: {
                    event_id: "9ccb821f-bf40-4612-ba34-ed759d28c2f0",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_FAILED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:29:40.156Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliveryInfo: {
      post: {
        operationId: "conversationMessageDeliveryInfoEvent",
        summary: "Conversation message delivery info",
        description:
          "Sent when the channel reports other information about the delivery of an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryInfo`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_INFO`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationMessageDeliveryInfoEvent" },
              examples: {
                "delivery-info": {
                  summary: "The channel reports on a delivery",
                  value: {
                    event_id: "dc307216-759e-44f3-8d5d-011c4d112f92",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_INFO",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:28:52.988Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    ConversationMessageDeliverySpamComplaint: {
      post: {
        operationId: "conversationMessageDeliverySpamComplaintEvent",
        summary: "Conversation message delivery spam complaint",
        description:
          "Sent when the recipient of an outbound e-mail marks it as spam. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySpamComplaint`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/WebhookConversationMessageDeliverySpamComplaintEvent",
              },
              examples: {
                "marked-as-spam": {
                  summary: "The customer reports an e-mail as spam",
                  value: {
                    event_id: "05520ac0-8f0a-4315-b702-7036fe2c9db2",
                    event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT",
                    event_version: "1",
                    event_timestamp: "2025-03-19T08:12:05.623Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {
                      conversation: {
                        csid: 48213,
                        channel: "EMAIL",
                        status: "OPEN",
                        direction: "INBOUND",
                        queue: { id: "b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e", name: "Returns" },
                        contact_point: "nordlys@email.dixa.io",
                        requester: {
                          id: "c3d9e1f7-2a4b-4c6d-8e0f-1a3b5c7d9e2f",
                          name: "Maja Jensen",
                          email: "maja.jensen@example.com",
                          phone: null,
                          roles: [],
                          user_type: "Contact",
                        },
                        assignee: {
                          id: "d4e6f8a0-b2c4-4d6e-8f0a-2b4c6d8e0f1a",
                          name: "Anders Holm",
                          email: "anders.holm@nordlys-outdoor.example",
                          phone: "+4530123456",
                          roles: ["Agent"],
                          user_type: "Member",
                        },
                        subject: "Returning hiking boots, order 10482",
                        tags: [],
                        created_at: "2025-03-18T09:14:02.517Z",
                      },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    TypingStarted: {
      post: {
        operationId: "typingStartedEvent",
        summary: "Typing started",
        description:
          "Sent when an agent starts typing a message to the end user. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `TypingStarted`; the body says `event_fqn: TYPING_STARTED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookTypingStartedEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "479b010a-66b3-44e5-8d20-d8e51012528f",
                    event_fqn: "TYPING_STARTED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:27:58.301Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    SLAEvaluationPending: {
      post: {
        operationId: "slaEvaluationPendingEvent",
        summary: "SLA pending",
        description:
          "Sent when an SLA evaluation starts for a conversation and its outcome is still open. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationPending`; the body says `event_fqn: SLA_EVALUATION_PENDING`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookSLAEvaluationPendingEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "478c4f15-c8fb-42a7-8af7-b6196c2a6f0f",
                    event_fqn: "SLA_EVALUATION_PENDING",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:14:03.120Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    SLAEvaluationBreached: {
      post: {
        operationId: "slaEvaluationBreachedEvent",
        summary: "SLA breached",
        description:
          "Sent when a conversation misses an SLA deadline. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationBreached`; the body says `event_fqn: SLA_EVALUATION_BREACHED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookSLAEvaluationBreachedEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "0c610bee-84f1-41d1-b1b1-510327c033c1",
                    event_fqn: "SLA_EVALUATION_BREACHED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T13:14:03.120Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    SLAEvaluationAchieved: {
      post: {
        operationId: "slaEvaluationAchievedEvent",
        summary: "SLA achieved",
        description:
          "Sent when a conversation meets its SLA target. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationAchieved`; the body says `event_fqn: SLA_EVALUATION_ACHIEVED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookSLAEvaluationAchievedEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "415eb217-ea92-4e92-ad9f-5d9ce2f3f912",
                    event_fqn: "SLA_EVALUATION_ACHIEVED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T09:28:52.001Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    SLAEvaluationVoided: {
      post: {
        operationId: "slaEvaluationVoidedEvent",
        summary: "SLA voided",
        description:
          "Sent when an SLA evaluation no longer applies to a conversation (e.g. the conversation left the SLA's scope). Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationVoided`; the body says `event_fqn: SLA_EVALUATION_VOIDED`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookSLAEvaluationVoidedEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "a1205c91-338b-42a7-8862-be6b14b1def0",
                    event_fqn: "SLA_EVALUATION_VOIDED",
                    event_version: "1",
                    event_timestamp: "2025-03-18T10:41:09.500Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    AgentBannedEnduser: {
      post: {
        operationId: "agentBannedEnduserEvent",
        summary: "Banned end user",
        description:
          "Sent when an agent bans an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedEnduser`; the body says `event_fqn: AGENT_BANNED_ENDUSER`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookAgentBannedEnduserEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "4b88efc4-365d-4b64-bb07-a5af57846e0b",
                    event_fqn: "AGENT_BANNED_ENDUSER",
                    event_version: "1",
                    event_timestamp: "2025-03-18T15:20:31.842Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    AgentUnbannedEnduser: {
      post: {
        operationId: "agentUnbannedEnduserEvent",
        summary: "Unbanned end user",
        description:
          "Sent when an agent lifts the ban on an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedEnduser`; the body says `event_fqn: AGENT_UNBANNED_ENDUSER`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookAgentUnbannedEnduserEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "99e8c3fa-f2be-4a48-a108-533b9c8cb4b4",
                    event_fqn: "AGENT_UNBANNED_ENDUSER",
                    event_version: "1",
                    event_timestamp: "2025-03-19T08:45:10.067Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    AgentBannedIp: {
      post: {
        operationId: "agentBannedIpEvent",
        summary: "Banned IP",
        description:
          "Sent when an agent bans an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedIp`; the body says `event_fqn: AGENT_BANNED_IP`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookAgentBannedIpEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "f17da092-cebf-4529-8655-1ca852328bf7",
                    event_fqn: "AGENT_BANNED_IP",
                    event_version: "1",
                    event_timestamp: "2025-03-18T15:21:02.390Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
        },
      },
    },
    AgentUnbannedIp: {
      post: {
        operationId: "agentUnbannedIpEvent",
        summary: "Unbanned IP",
        description:
          "Sent when an agent lifts the ban on an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedIp`; the body says `event_fqn: AGENT_UNBANNED_IP`.",
        tags: ["Webhook events"],
        security: [],
        parameters: [
          { $ref: "#/components/parameters/WebhookSignature" },
          { $ref: "#/components/parameters/WebhookSubscriptionId" },
        ],
        requestBody: {
          description: "The event.",
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookAgentUnbannedIpEvent" },
              examples: {
                "envelope-only": {
                  summary: "Envelope only: Dixa does not document the data of this event",
                  value: {
                    event_id: "6419e508-30bd-4123-955c-d8fbbd0dd262",
                    event_fqn: "AGENT_UNBANNED_IP",
                    event_version: "1",
                    event_timestamp: "2025-03-19T08:45:44.712Z",
                    organization: {
                      id: "5f0e6a8c-3d1b-4c2e-9a7f-2b8d4e6c1a90",
                      name: "Nordlys Outdoor",
                    },
                    data: {},
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards.",
          },
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
  description:
    "Typed client for the Dixa API (conversations, end users, agents, queues, tags, custom attributes, webhooks, analytics, knowledge) and the Dixa Exports API",
  auth: { apiKey: { option: "apiKey" }, bearer: { option: "apiKey" } },
  rateLimit: { requests: 10, perMs: 1000, burst: 4 },
} as const;
