// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/klaus/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Klaus (Zendesk QA) CSAT events, Export API and Import API",
    version: "1.1.0",
    description:
      'Three families of operations on one client, all authenticated with the same bearer token:\n\n- **CSAT events** (`https://events.pub.klausapp.com`): send per-conversation or per-message customer\n  satisfaction (CSAT) data to Klaus (now Zendesk QA), which attaches it to the matching conversation.\n- **Export API** (`https://{subdomain}.zendesk.com/qa/api/export/…`): read reviews, CSAT, disputes,\n  calibration sessions, scorecards, users, workspaces, AutoQA results and quizzes out of Zendesk QA.\n- **Import API** (`https://{subdomain}.zendesk.com/qa/api/import/…`): push conversations (with their\n  replies, internal notes and CSAT) and users from another help desk into Zendesk QA, read an imported\n  conversation back, and delete imported conversations.\n\nWritten from the Klaus help-center article "Enrich conversations via API"\n(support.klausapp.com/en/articles/4670958-enrich-conversations-via-api, copy in\n`shared/vendor-docs/klaus-enrich-conversations-csat.txt`), the Zendesk QA API reference and guides on\ndeveloper.zendesk.com (api-reference/qa/introduction, api-reference/qa/import, documentation/qa/exporting-data,\ndocumentation/qa/importing-conversations) and the Zendesk QA help-center articles on exporting and importing\nvia API; checked against Zendesk QA\'s own Swagger 2.0 files for the Public Export API and the Public Import\nAPI (`shared/upstream-specs/klaus-public-{export,import}-api.swagger.json`). The CSAT events endpoint is in\nneither Swagger file; its response body, error bodies, status codes, score range and rate limit are not\ndocumented, so this description keeps them open.\n\nExport and Import accept 1,500 requests per minute per IP address. The two are different services and\nencode 64-bit integers differently: the Export API (a gRPC-Gateway service) sends every int64 value as a\nJSON **string** (`"workspaceId": "12345"`, see `Int64String`); the Import API accepts int64 values as a\nstring or a number and answers them as JSON **numbers**. 32-bit integers (`page`, `pageSize`,\n`pagination.total`, …) are numbers everywhere. Export and Import errors are gRPC status bodies\n(`ErrorResponse`): `code` is a gRPC status code, not the HTTP status, and which HTTP status goes with which\ncode is not documented.\n',
  },
  servers: [
    {
      url: "https://events.pub.klausapp.com",
      description:
        "Klaus event intake host (CSAT events). Export and Import operations name their own host.",
    },
  ],
  security: [{ bearer: [] }],
  tags: [
    {
      name: "CSAT",
      description:
        "Customer satisfaction data: sending CSAT scores and comments for conversations, and exporting the CSAT answers Zendesk QA has collected.",
    },
    {
      name: "Export",
      description:
        "The Zendesk QA Public Export API: read-only exports of quality data, served from your Zendesk subdomain. Answers carry int64 values as strings.",
    },
    {
      name: "Import",
      description:
        "The Zendesk QA Public Import API: bring conversations and users from another system into Zendesk QA so that they can be reviewed. Served from your Zendesk subdomain; answers carry int64 values as numbers.",
    },
    {
      name: "Reviews",
      description:
        "Manual reviews of conversations with their ratings and comments, and the disputes and calibration sessions built on them.",
    },
    {
      name: "AutoQA",
      description:
        "Reviews and per-category ratings that Zendesk QA's AutoQA produced automatically.",
    },
    {
      name: "Quizzes",
      description: "Knowledge quizzes for agents, their results and the leaderboard.",
    },
    { name: "Account", description: "Workspaces, users and scorecards of the Zendesk QA account." },
    {
      name: "Conversations",
      description:
        "Finding conversations in Zendesk QA, and importing them from another help desk.",
    },
  ],
  paths: {
    "/capture/integration/klaus-csat/token/{connectionId}": {
      post: {
        operationId: "sendCsatEvent",
        summary: "Enrich conversations via API",
        description:
          "Attaches a CSAT score and/or comment to a conversation (`ticket_id`) of the given connection. With a\n`message_id` the score is shown on that reply; without it Klaus shows it in the conversation details.\n\nAuthenticate with the API token of the connection's Custom Integration as a bearer token.\n",
        tags: ["CSAT"],
        parameters: [
          {
            name: "connectionId",
            in: "path",
            required: true,
            description:
              "ID of the Klaus connection the conversation belongs to (Settings > Connections, cogwheel icon; listed under the connection's title). Each help-desk connection has its own ID.",
            schema: { type: "string" },
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CsatEvent" },
              examples: {
                messageCsat: {
                  summary: "CSAT for one reply of a conversation (docs sample)",
                  value: {
                    ticket_id: "<conversation-id>",
                    message_id: "<message-id>",
                    csat: { score: 10, comment: "Great service" },
                  },
                },
                conversationCsat: {
                  summary:
                    "CSAT for the whole conversation, without message_id (docs sample without the optional field)",
                  value: {
                    ticket_id: "<conversation-id>",
                    csat: { score: 10, comment: "Great service" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "2XX": {
            description:
              "The event was accepted. Klaus does not document the status code or the body: it may be empty or any JSON value, and clients should not rely on its content.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/CsatEventResponse" } },
            },
          },
          "4XX": {
            description:
              "The event was rejected (for example a missing or wrong token, an unknown connection or an invalid body). Neither the status codes nor the body are documented.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/CsatErrorResponse" } },
            },
          },
          default: {
            description: "Any other failure. Neither the status codes nor the body are documented.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/CsatErrorResponse" } },
            },
          },
        },
      },
    },
    "/api/export/workspace/{workspace}/reviews": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listWorkspaceReviews",
        summary: "Export reviews of a workspace",
        description:
          "Lists the conversations of one workspace that were reviewed in the date window, each with its reviews\n(score, per-category ratings, the review comment and its thread) and the comments left on the\nconversation itself. `fromDate` is required. Pages with `page` and `pageSize`; `pagination` in the\nanswer says which page was served and how many conversations the window holds in total.\n",
        tags: ["Reviews", "Export"],
        parameters: [
          { $ref: "#/components/parameters/WorkspacePath" },
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "conversations",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of reviewed conversations.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ReviewsExport" },
                examples: {
                  reviewedConversation: {
                    summary:
                      "An imported Dixa conversation with one review and a reply in its thread",
                    value: {
                      conversations: [
                        {
                          externalId: "48213",
                          url: "https://acme.zendesk.com/qa/conversations/48213",
                          externalUrl: "https://acme.dixa.com/conversation/48213",
                          lastUpdated: "2024-05-03T08:12:44Z",
                          lastUpdatedISO: "2024-05-03T08:12:44Z",
                          createdAt: "2024-05-02T09:15:00Z",
                          createdAtISO: "2024-05-02T09:15:00Z",
                          workspaceId: "18432",
                          workspaceName: "Support EMEA",
                          externalFields: [
                            { externalId: "queue", name: "Queue", value: "Billing" },
                          ],
                          reviews: [
                            {
                              id: "7730015",
                              reviewer: {
                                email: "maria.tamm@acme.example",
                                name: "Maria Tamm",
                                avatar: "https://acme.zendesk.com/qa/avatars/maria.png",
                                groups: [{ id: "g-41", name: "QA specialists" }],
                              },
                              reviewee: {
                                email: "jonas.berg@acme.example",
                                name: "Jonas Berg",
                                groups: [],
                              },
                              score: 87.5,
                              ratings: [
                                {
                                  categoryId: "90211",
                                  categoryName: "Empathy",
                                  score: 100,
                                  weight: 1,
                                  critical: false,
                                  groupName: "Soft skills",
                                  groupId: "3301",
                                },
                                {
                                  categoryId: "90212",
                                  categoryName: "Correct refund policy",
                                  score: 75,
                                  weight: 2,
                                  critical: true,
                                  cause: "Refund window explained late",
                                  causes: ["Refund window explained late"],
                                  groupName: "Process",
                                  groupId: "3302",
                                },
                              ],
                              comment:
                                "Friendly and clear; mention the 14-day refund window in the first reply.",
                              thread: [
                                {
                                  id: "5520981",
                                  owner: { email: "jonas.berg@acme.example", name: "Jonas Berg" },
                                  comment: "Thanks, will do.",
                                  created: "2024-05-03T08:12:44Z",
                                  updated: "2024-05-03T08:12:44Z",
                                  createdISO: "2024-05-03T08:12:44Z",
                                  updatedISO: "2024-05-03T08:12:44Z",
                                },
                              ],
                              tags: [
                                {
                                  tag: "coaching",
                                  user: { email: "maria.tamm@acme.example", name: "Maria Tamm" },
                                },
                              ],
                              created: "2024-05-02T14:03:10Z",
                              updated: "2024-05-02T14:05:31Z",
                              createdISO: "2024-05-02T14:03:10Z",
                              updatedISO: "2024-05-02T14:05:31Z",
                              received: true,
                              reviewTime: "143",
                              pauseTime: "0",
                              timeTrackingPeriods: [{ duration: "143" }],
                              scorecard: { id: "611", name: "Email and chat" },
                            },
                          ],
                          comments: [],
                        },
                      ],
                      pagination: { page: 1, pageSize: 50, total: 1 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/reviews": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listAccountReviews",
        summary: "Export reviews of the account",
        description:
          "Like `listWorkspaceReviews`, for every workspace of the account at once: each conversation says which\nworkspace it belongs to (`workspaceId`, `workspaceName`). `fromDate` is required; pages with `page`\nand `pageSize`.\n",
        tags: ["Reviews", "Export"],
        parameters: [
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "conversations",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of reviewed conversations from all workspaces.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ReviewsExport" },
                examples: {
                  twoWorkspaces: {
                    summary:
                      "Second page, one conversation with a conversation comment and no review yet",
                    value: {
                      conversations: [
                        {
                          externalId: "48377",
                          url: "https://acme.zendesk.com/qa/conversations/48377",
                          externalUrl: "https://acme.dixa.com/conversation/48377",
                          lastUpdated: "2024-05-06T10:01:02Z",
                          lastUpdatedISO: "2024-05-06T10:01:02Z",
                          createdAt: "2024-05-06T07:45:19Z",
                          createdAtISO: "2024-05-06T07:45:19Z",
                          workspaceId: "18433",
                          workspaceName: "Support Americas",
                          externalFields: [],
                          reviews: [],
                          comments: [
                            {
                              id: "5521400",
                              owner: { email: "maria.tamm@acme.example", name: "Maria Tamm" },
                              comment: "Good candidate for the next calibration session.",
                              created: "2024-05-06T10:01:02Z",
                              updated: "2024-05-06T10:01:02Z",
                              createdISO: "2024-05-06T10:01:02Z",
                              updatedISO: "2024-05-06T10:01:02Z",
                              thread: [],
                              tags: [],
                            },
                          ],
                        },
                      ],
                      pagination: { page: 2, pageSize: 1, total: 2 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspace/{workspace}/csat": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listWorkspaceCsat",
        summary: "Export CSAT of a workspace",
        description:
          "Lists the CSAT answers collected for conversations of one workspace in the date window: the score\n(normalized and as received), the customer's comment, reason and drivers, and who handled the\nconversation. `fromDate` is required; pages with `page` and `pageSize`.\n",
        tags: ["CSAT", "Export"],
        parameters: [
          { $ref: "#/components/parameters/WorkspacePath" },
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "tickets",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of CSAT answers.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CsatExport" },
                examples: {
                  oneAnswer: {
                    summary: "One CSAT answer with a comment and drivers",
                    value: {
                      tickets: [
                        {
                          externalTicketId: "48213",
                          conversationUrl: "https://acme.zendesk.com/qa/conversations/48213",
                          ticketCreatedAt: "2024-05-02T09:15:00Z",
                          csatCreatedAt: "2024-05-02T11:40:00Z",
                          csatAnsweredAt: "2024-05-02T12:02:37Z",
                          agentName: "Jonas Berg",
                          agentEmail: "jonas.berg@acme.example",
                          customerName: "Priya Nair",
                          customerEmail: "priya.nair@example.com",
                          csatScore: "4",
                          csatRawScore: "4",
                          csatComment: "Quick answer, but I had to ask twice about the refund.",
                          csatReason: "Slow resolution",
                          conversationChannel: "email",
                          conversationSource: "api",
                          commentSize: "57",
                          commentWordCount: "11",
                          language: "en",
                          csatDrivers: ["Resolution time"],
                          helpdeskTags: ["refund", "billing"],
                        },
                      ],
                      pagination: { page: 1, pageSize: 100, total: 1 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/csat": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listAccountCsat",
        summary: "Export CSAT of the account",
        description:
          "Like `listWorkspaceCsat`, account-wide; `workspace` narrows the answer to one workspace. `fromDate` is\nrequired; pages with `page` and `pageSize`.\n",
        tags: ["CSAT", "Export"],
        parameters: [
          {
            name: "workspace",
            in: "query",
            required: false,
            description:
              "Only CSAT of this workspace (its ID). Without it, every workspace of the account.",
            schema: { $ref: "#/components/schemas/Int64String" },
          },
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "tickets",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of CSAT answers.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CsatExport" },
                examples: {
                  emptyWindow: {
                    summary: "A date window without any CSAT answer",
                    value: { tickets: [], pagination: { page: 1, pageSize: 100, total: 0 } },
                  },
                  topScore: {
                    summary: "A top score without a comment",
                    value: {
                      tickets: [
                        {
                          externalTicketId: "48377",
                          conversationUrl: "https://acme.zendesk.com/qa/conversations/48377",
                          ticketCreatedAt: "2024-05-06T07:45:19Z",
                          csatCreatedAt: "2024-05-06T09:00:00Z",
                          csatAnsweredAt: "2024-05-06T09:14:08Z",
                          agentName: "Lea Hoffmann",
                          agentEmail: "lea.hoffmann@acme.example",
                          csatScore: "5",
                          csatRawScore: "5",
                          conversationChannel: "chat",
                          language: "de",
                          csatDrivers: [],
                          helpdeskTags: [],
                        },
                      ],
                      pagination: { page: 1, pageSize: 100, total: 1 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspace/{workspace}/disputes": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listDisputes",
        summary: "Export disputes of a workspace",
        description:
          "Lists the disputes raised against reviews of one workspace: who raised them, the categories disputed\nwith the rating asked for, the discussion, and how and when they were resolved or rejected. Unlike the\nother date-windowed exports, `fromDate` is optional here. Pages with `page` and `pageSize`.\n",
        tags: ["Reviews", "Export"],
        parameters: [
          { $ref: "#/components/parameters/WorkspacePath" },
          { $ref: "#/components/parameters/FromDateOptional" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "disputes",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of disputes.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/DisputesExport" },
                examples: {
                  resolvedDispute: {
                    summary: "A resolved dispute about one rating, with a reply in its thread",
                    value: {
                      disputes: [
                        {
                          account: "42000",
                          workspace: "18432",
                          conversationId: "48213",
                          connectionId: "5120",
                          reviewId: "7730015",
                          disputeId: "d-2f9c1e",
                          createdAt: "2024-05-03T09:30:00Z",
                          createdBy: { id: "88120", name: "Jonas Berg" },
                          assignee: {
                            id: "88101",
                            name: "Maria Tamm",
                            avatar: "https://acme.zendesk.com/qa/avatars/maria.png",
                          },
                          resolutionTime: "5400",
                          categories: [
                            {
                              id: "90212",
                              expectedRating: 100,
                              rootCause: [],
                              comment: {
                                comment: "The refund window was in the macro I sent first.",
                                owner: { id: "88120", name: "Jonas Berg" },
                                created: "2024-05-03T09:30:00Z",
                                updated: "2024-05-03T09:30:00Z",
                                commentTags: [],
                                thread: [],
                                Id: "61001",
                              },
                            },
                          ],
                          comment: {
                            comment: "Please look at the first reply again.",
                            commentTags: [{ tag: "policy", userId: "88120" }],
                            owner: { id: "88120", name: "Jonas Berg" },
                            created: "2024-05-03T09:30:00Z",
                            updated: "2024-05-03T09:30:00Z",
                            thread: [
                              {
                                comment: "You are right, rating updated.",
                                owner: { id: "88101", name: "Maria Tamm" },
                                created: "2024-05-03T11:00:00Z",
                                updated: "2024-05-03T11:00:00Z",
                                commentTags: [],
                                thread: [],
                                Id: "61003",
                              },
                            ],
                            Id: "61002",
                          },
                          resolvedAt: "2024-05-03T11:00:00Z",
                        },
                      ],
                      pagination: { page: 1, pageSize: 50, total: 1 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspace/{workspace}/calibration-sessions": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listCalibrationSessions",
        summary: "Export calibration sessions of a workspace",
        description:
          "Lists the calibration sessions of one workspace (sessions in which several reviewers review the same\nconversations to align their scoring), with each conversation and every reviewer's review of it.\n`fromDate` is required; pages with `page` and `pageSize`.\n",
        tags: ["Reviews", "Export"],
        parameters: [
          { $ref: "#/components/parameters/WorkspacePath" },
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
        ],
        "x-cxkit-pagination": {
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          items: "calibrationSessions",
          page: "pagination.page",
          total: "pagination.total",
        },
        responses: {
          "200": {
            description: "One page of calibration sessions.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CalibrationSessionsExport" },
                examples: {
                  oneSession: {
                    summary: "A session with one conversation reviewed by one calibrator",
                    value: {
                      calibrationSessions: [
                        {
                          id: "cs-20240510",
                          title: "May calibration, refunds",
                          createdBy: "88101",
                          createdAt: "2024-05-06T12:00:00Z",
                          updatedAt: "2024-05-08T15:20:00Z",
                          dueAt: "2024-05-10T17:00:00Z",
                          conversations: [
                            {
                              externalId: "48377",
                              createdBy: "88101",
                              createdAt: "2024-05-06T12:00:00Z",
                              reviews: [
                                {
                                  id: "cr-91822",
                                  reviewer: {
                                    email: "maria.tamm@acme.example",
                                    name: "Maria Tamm",
                                  },
                                  reviewee: {
                                    email: "lea.hoffmann@acme.example",
                                    name: "Lea Hoffmann",
                                  },
                                  score: 100,
                                  ratings: [
                                    {
                                      categoryId: "90211",
                                      categoryName: "Empathy",
                                      score: 100,
                                      weight: 1,
                                      critical: false,
                                    },
                                  ],
                                  comment: "Textbook answer.",
                                  thread: [],
                                  tags: [],
                                  createdAt: "2024-05-07T10:00:00Z",
                                  updatedAt: "2024-05-07T10:00:00Z",
                                  createdISO: "2024-05-07T10:00:00Z",
                                  updatedISO: "2024-05-07T10:00:00Z",
                                  received: false,
                                  scorecard: { id: "611", name: "Email and chat" },
                                },
                              ],
                            },
                          ],
                        },
                      ],
                      pagination: { page: 1, pageSize: 20, total: 1 },
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspace/{workspace}/scorecards": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listScorecards",
        summary: "Export scorecards of a workspace",
        description:
          "Lists the scorecards of one workspace with their rating categories (scale, weight, criticality,\nconditions, root causes, AutoQA settings) and category groups. Not paginated: every scorecard comes in\none answer, with their number in `total`.\n",
        tags: ["Account", "Export"],
        parameters: [{ $ref: "#/components/parameters/WorkspacePath" }],
        responses: {
          "200": {
            description: "All scorecards of the workspace.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ScorecardsExport" },
                examples: {
                  oneScorecard: {
                    summary: "A scorecard with one group of two categories",
                    value: {
                      data: [
                        {
                          id: "611",
                          name: "Email and chat",
                          createdAt: "2023-11-20T08:00:00Z",
                          updatedAt: "2024-04-02T13:45:00Z",
                          categories: [],
                          groups: [
                            {
                              id: "3302",
                              name: "Process",
                              position: 1,
                              categories: [
                                {
                                  name: "Correct refund policy",
                                  description: "The agent applied the current refund policy.",
                                  ratingCategoryId: "90212",
                                  weight: 2,
                                  critical: true,
                                  reviewCritical: false,
                                  groupCritical: false,
                                  position: 0,
                                  skippable: false,
                                  conditions: [],
                                  rootCauses: {
                                    multipleRequireReasons: false,
                                    freeTextAllowed: true,
                                    ratings: [
                                      {
                                        rating: 1,
                                        freeTextAllowed: true,
                                        rootCauses: [
                                          { id: "7001", name: "Outdated policy quoted" },
                                        ],
                                        tiers: [],
                                        multiTierRootCause: {
                                          tiers: [
                                            {
                                              id: "t-policy",
                                              name: "Policy",
                                              rootCauseCount: "1",
                                              canAddSubtiers: true,
                                              canAddRootCauses: true,
                                              subtiers: [],
                                              rootCauses: [
                                                {
                                                  id: "7001",
                                                  cause: "Outdated policy quoted",
                                                  createdAt: "2023-11-20T08:00:00Z",
                                                  updatedAt: "2023-11-20T08:00:00Z",
                                                },
                                              ],
                                            },
                                          ],
                                          looseRootCauses: [],
                                        },
                                      },
                                    ],
                                  },
                                  ratings: [
                                    { rating: "1", description: "Wrong policy" },
                                    { rating: "4", description: "Policy applied correctly" },
                                  ],
                                  autoQaApplicabilities: [],
                                  promptAnomalies: { highNaRate: false },
                                },
                                {
                                  name: "Closing",
                                  ratingCategoryId: "90215",
                                  weight: 1,
                                  critical: false,
                                  position: 1,
                                  skippable: true,
                                  autoQaApplicabilities: ["email", "chat"],
                                },
                              ],
                            },
                          ],
                        },
                      ],
                      total: 1,
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspace/{workspace}/users": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listWorkspaceUsers",
        summary: "Export users of a workspace",
        description: "Lists the users who are members of one workspace. Not paginated.",
        tags: ["Account", "Export"],
        parameters: [{ $ref: "#/components/parameters/WorkspacePath" }],
        responses: {
          "200": {
            description: "The workspace's users.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UsersExport" },
                examples: {
                  twoUsers: {
                    summary: "A reviewer and an agent",
                    value: {
                      users: [
                        { id: "88101", name: "Maria Tamm", email: "maria.tamm@acme.example" },
                        { id: "88120", name: "Jonas Berg", email: "jonas.berg@acme.example" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/users": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listAccountUsers",
        summary: "Export users of the account",
        description:
          "Lists every user of the Zendesk QA account, whichever workspaces they belong to. Not paginated.",
        tags: ["Account", "Export"],
        responses: {
          "200": {
            description: "The account's users.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UsersExport" },
                examples: {
                  threeUsers: {
                    summary: "Users of two workspaces",
                    value: {
                      users: [
                        { id: "88101", name: "Maria Tamm", email: "maria.tamm@acme.example" },
                        { id: "88120", name: "Jonas Berg", email: "jonas.berg@acme.example" },
                        { id: "88133", name: "Lea Hoffmann", email: "lea.hoffmann@acme.example" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/workspaces": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listWorkspaces",
        summary: "Export workspaces",
        description:
          "Lists the workspaces of the account with their IDs, the `workspace` value the per-workspace exports take. Not paginated.",
        tags: ["Account", "Export"],
        responses: {
          "200": {
            description: "The account's workspaces.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WorkspacesExport" },
                examples: {
                  twoWorkspaces: {
                    summary: "Two regional workspaces",
                    value: {
                      workspaces: [
                        { id: "18432", name: "Support EMEA" },
                        { id: "18433", name: "Support Americas" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/autoqa/reviews": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listAutoQaReviews",
        summary: "Export AutoQA reviews",
        description:
          "Lists the reviews AutoQA made automatically, one row per reviewed conversation and agent, optionally\nnarrowed to a workspace, a connection or one agent. `fromDate` is required.\n\nThe answer carries both a `pagination` block and a `nextCursor`. Walk the rows with the cursor: send the\n`nextCursor` of one answer as `cursor` of the next request, with the same filters, until it comes back\nempty. `page`/`pageSize` are accepted too.\n",
        tags: ["AutoQA", "Export"],
        parameters: [
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/AutoQaWorkspaceId" },
          { $ref: "#/components/parameters/AutoQaConnectionId" },
          { $ref: "#/components/parameters/RevieweeExternalId" },
          { $ref: "#/components/parameters/LatestOnly" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
          { $ref: "#/components/parameters/Cursor" },
        ],
        "x-cxkit-pagination": {
          style: "cursor-token",
          cursorParam: "cursor",
          items: "rows",
          next: "nextCursor",
        },
        responses: {
          "200": {
            description: "One page of AutoQA review rows.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AutoQaReviewsExport" },
                examples: {
                  firstPage: {
                    summary: "First page of one agent's AutoQA reviews, with a cursor to the next",
                    value: {
                      rows: [
                        {
                          autoqaReviewId: "aqr-5b61d0",
                          accountId: "42000",
                          workspaceId: "18432",
                          workspaceName: "Support EMEA",
                          connectionId: "5120",
                          externalTicketId: "48213",
                          conversationCreatedAt: "2024-05-02T09:15:00Z",
                          createdAt: "2024-05-02T10:01:12Z",
                          updatedAt: "2024-05-02T10:01:12Z",
                          isBot: false,
                          revieweeExternalId: "agent-310",
                          revieweeInternalId: "88120",
                          revieweeName: "Jonas Berg",
                          revieweeEmail: "jonas.berg@acme.example",
                          conversationChannel: "email",
                          language: "en",
                          appConversationLink: "https://acme.zendesk.com/qa/conversations/48213",
                          externalConversationLink: "https://acme.dixa.com/conversation/48213",
                          paymentId: "42000",
                        },
                      ],
                      pagination: { page: 1, pageSize: 1, total: 37 },
                      nextCursor: "eyJpZCI6ImFxci01YjYxZDAifQ",
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/autoqa/ratings": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listAutoQaRatings",
        summary: "Export AutoQA ratings",
        description:
          "Lists AutoQA's per-category ratings, one row per rated category of an AutoQA review, with the score,\nthe scale it was given on, weight, criticality and root causes. Takes the filters of\n`listAutoQaReviews` plus `autoqaCategoryType`, `ratingCategoryId` and `rootCauseCode`. `fromDate` is\nrequired. Walk the rows with `cursor` / `nextCursor` as for `listAutoQaReviews`.\n",
        tags: ["AutoQA", "Export"],
        parameters: [
          { $ref: "#/components/parameters/FromDate" },
          { $ref: "#/components/parameters/ToDate" },
          { $ref: "#/components/parameters/AutoQaWorkspaceId" },
          { $ref: "#/components/parameters/AutoQaConnectionId" },
          { $ref: "#/components/parameters/RevieweeExternalId" },
          { $ref: "#/components/parameters/LatestOnly" },
          { $ref: "#/components/parameters/Page" },
          { $ref: "#/components/parameters/PageSize" },
          {
            name: "autoqaCategoryType",
            in: "query",
            required: false,
            description:
              "Only ratings of this kind of AutoQA category (the value rows carry in `autoqaCategoryType`).",
            schema: { type: "string" },
          },
          {
            name: "ratingCategoryId",
            in: "query",
            required: false,
            description: "Only ratings of this scorecard category (its ID).",
            schema: { $ref: "#/components/schemas/Int64String" },
          },
          {
            name: "rootCauseCode",
            in: "query",
            required: false,
            description:
              "Only ratings that name this root cause (a value of the rows' `rootCauseCodes`).",
            schema: { type: "string" },
          },
          { $ref: "#/components/parameters/Cursor" },
        ],
        "x-cxkit-pagination": {
          style: "cursor-token",
          cursorParam: "cursor",
          items: "rows",
          next: "nextCursor",
        },
        responses: {
          "200": {
            description: "One page of AutoQA rating rows.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/AutoQaRatingsExport" },
                examples: {
                  lastPage: {
                    summary: "The last page (no next cursor) with one rating",
                    value: {
                      rows: [
                        {
                          autoqaRatingId: "aqrt-77e0",
                          autoqaReviewId: "aqr-5b61d0",
                          accountId: "42000",
                          workspaceId: "18432",
                          workspaceName: "Support EMEA",
                          connectionId: "5120",
                          externalTicketId: "48213",
                          conversationCreatedAt: "2024-05-02T09:15:00Z",
                          appConversationLink: "https://acme.zendesk.com/qa/conversations/48213",
                          externalConversationLink: "https://acme.dixa.com/conversation/48213",
                          revieweeExternalId: "agent-310",
                          revieweeInternalId: "88120",
                          revieweeName: "Jonas Berg",
                          revieweeEmail: "jonas.berg@acme.example",
                          ratingCategoryId: "90215",
                          ratingCategoryName: "Closing",
                          categoryDisplayName: "Closing",
                          scorecardId: "611",
                          scorecardName: "Email and chat",
                          score: 100,
                          ratingScaleScore: 1,
                          ratingMax: 1,
                          ratingRangeMax: 1,
                          weight: 1,
                          isCritical: false,
                          reviewCritical: false,
                          groupCritical: false,
                          evaluated: true,
                          rootCauseCodes: [],
                          rootCauses: [],
                          createdAt: "2024-05-02T10:01:12Z",
                          updatedAt: "2024-05-02T10:01:12Z",
                          paymentId: "42000",
                        },
                      ],
                      pagination: { page: 1, pageSize: 100, total: 1 },
                      nextCursor: "",
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/conversations/search": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      post: {
        operationId: "searchConversations",
        summary: "Search conversations by end-user email",
        description:
          "Finds the conversations Zendesk QA holds for one end user (customer) of an account, by their email\naddress, and answers each conversation's external ID and link. Useful to answer a data-subject request\n(GDPR access or erasure) before deleting imported conversations with `deleteImportedTickets`.\n\nA read, although sent as POST: sending it twice is harmless.\n",
        tags: ["Conversations", "Export"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ConversationSearchRequest" },
              examples: {
                byEmail: {
                  summary: "All conversations of one customer",
                  value: { account: "42000", endUserEmail: "priya.nair@example.com" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The matching conversations (an empty list when there are none).",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ConversationSearchResult" },
                examples: {
                  twoHits: {
                    summary: "Two conversations of the customer",
                    value: {
                      conversations: [
                        {
                          externalId: "48213",
                          externalLink: "https://acme.dixa.com/conversation/48213",
                        },
                        {
                          externalId: "47102",
                          externalLink: "https://acme.dixa.com/conversation/47102",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/quizzes": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listQuizzes",
        summary: "Export quizzes",
        description:
          "Lists the quizzes of the account with their status, author, publication date, number of participants and average score. Not paginated.",
        tags: ["Quizzes", "Export"],
        responses: {
          "200": {
            description: "All quizzes.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QuizList" },
                examples: {
                  twoQuizzes: {
                    summary: "A published quiz and a draft",
                    value: {
                      quizzes: [
                        {
                          id: "3011",
                          name: "Refund policy 2024",
                          status: "PUBLISHED",
                          authorId: "88101",
                          authorName: "Maria Tamm",
                          authorAvatar: "https://acme.zendesk.com/qa/avatars/maria.png",
                          publishedDate: "2024-04-15T08:00:00Z",
                          userResponseId: "0",
                          numberOfParticipants: "12",
                          averageScorePercentage: "83",
                          workspaceIds: ["18432", "18433"],
                        },
                        {
                          id: "3012",
                          name: "Tone of voice",
                          status: "DRAFT",
                          authorId: "88101",
                          authorName: "Maria Tamm",
                          numberOfParticipants: "0",
                          averageScorePercentage: "0",
                          workspaceIds: ["18432"],
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/quizzes/leaderboard": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "getQuizLeaderboard",
        summary: "Export the quiz leaderboard",
        description:
          "Answers the leaderboard across all quizzes: per user, how many quizzes they took, their average score and their rank. Not paginated.",
        tags: ["Quizzes", "Export"],
        responses: {
          "200": {
            description: "The leaderboard, best first.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QuizLeaderboard" },
                examples: {
                  twoAgents: {
                    summary: "Two agents on the leaderboard",
                    value: {
                      leaderboardUsers: [
                        {
                          id: "88133",
                          name: "Lea Hoffmann",
                          quizzesTaken: "4",
                          ranking: "1",
                          averageScorePercentage: "95",
                          requesterCanManageAnyQuiz: true,
                        },
                        {
                          id: "88120",
                          name: "Jonas Berg",
                          avatar: "https://acme.zendesk.com/qa/avatars/jonas.png",
                          quizzesTaken: "3",
                          ranking: "2",
                          averageScorePercentage: "78",
                          requesterCanManageAnyQuiz: true,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/quizzes/{id}/overview": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "getQuizOverview",
        summary: "Export a quiz overview",
        description:
          "Answers one quiz with its questions and, per answer option, how often it was chosen: the statistics behind the quiz's results page.",
        tags: ["Quizzes", "Export"],
        parameters: [{ $ref: "#/components/parameters/QuizId" }],
        responses: {
          "200": {
            description: "The quiz and its answer statistics.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QuizOverview" },
                examples: {
                  refundQuiz: {
                    summary: "A one-question quiz answered by 12 agents",
                    value: {
                      id: "3011",
                      name: "Refund policy 2024",
                      description: "What changed in the refund policy this year.",
                      status: "PUBLISHED",
                      createdBy: "88101",
                      updatedBy: "88101",
                      createdAt: "2024-04-10T12:00:00Z",
                      updatedAt: "2024-04-15T07:58:00Z",
                      publishedDate: "2024-04-15T08:00:00Z",
                      responseCount: "12",
                      averageScorePercentage: "83",
                      fields: [
                        {
                          id: "40101",
                          text: "How many days does a customer have to ask for a refund?",
                          images: [],
                          properties: [],
                          type: "MULTIPLE_CHOICE",
                          position: "0",
                          options: [
                            {
                              id: "50101",
                              label: "14 days",
                              correct: true,
                              position: "0",
                              selectedCount: "10",
                              percentageSelected: "83",
                            },
                            {
                              id: "50102",
                              label: "30 days",
                              correct: false,
                              position: "1",
                              selectedCount: "2",
                              percentageSelected: "17",
                            },
                          ],
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/quizzes/{id}/responses": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "listQuizResponses",
        summary: "Export responses to a quiz",
        description:
          "Lists who answered one quiz and the share of their answers that were correct. Not paginated.",
        tags: ["Quizzes", "Export"],
        parameters: [{ $ref: "#/components/parameters/QuizId" }],
        responses: {
          "200": {
            description: "The quiz's responses.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QuizResponseList" },
                examples: {
                  twoResponses: {
                    summary: "Two agents' responses",
                    value: {
                      responses: [
                        {
                          responseId: "700331",
                          userId: "88133",
                          userName: "Lea Hoffmann",
                          correctAnswerPercentage: "100",
                        },
                        {
                          responseId: "700338",
                          userId: "88120",
                          userName: "Jonas Berg",
                          correctAnswerPercentage: "0",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/export/quizzes/{id}/responses/{response}": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Export API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "getQuizResponse",
        summary: "Export one response to a quiz",
        description:
          "Answers one user's response to a quiz, with every question, the options they chose and whether they were right.",
        tags: ["Quizzes", "Export"],
        parameters: [
          { $ref: "#/components/parameters/QuizId" },
          {
            name: "response",
            in: "path",
            required: true,
            description: "ID of the response (`responseId` in `listQuizResponses`).",
            schema: { $ref: "#/components/schemas/Int64String" },
          },
        ],
        responses: {
          "200": {
            description: "The response with its answers.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/QuizResponseDetail" },
                examples: {
                  wrongAnswer: {
                    summary: "An agent who chose the wrong option",
                    value: {
                      quizId: "3011",
                      responseId: "700338",
                      name: "Refund policy 2024",
                      description: "What changed in the refund policy this year.",
                      createdAt: "2024-04-16T09:12:00Z",
                      userId: "88120",
                      userName: "Jonas Berg",
                      userAvatar: "https://acme.zendesk.com/qa/avatars/jonas.png",
                      fields: [
                        {
                          id: "40101",
                          text: "How many days does a customer have to ask for a refund?",
                          images: [],
                          properties: [],
                          type: "MULTIPLE_CHOICE",
                          position: "0",
                          answeredCorrectly: false,
                          options: [
                            {
                              id: "50101",
                              label: "14 days",
                              correct: true,
                              position: "0",
                              selected: false,
                            },
                            {
                              id: "50102",
                              label: "30 days",
                              correct: false,
                              position: "1",
                              selected: true,
                            },
                          ],
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/import/tickets": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Import API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      post: {
        operationId: "importTickets",
        summary: "Import tickets",
        description:
          'Creates or updates conversations ("tickets") in Zendesk QA from another help desk, with their replies\nand internal notes (`comments`), custom fields, tags and CSAT (`satisfactionScore`,\n`satisfactionComment`). A conversation is reviewable when `assigneeEmail`, or the `authorEmail` of one\nof its comments, matches an internal Zendesk QA user; import the agents first with `importUsers`.\n\nThe import is an upsert keyed by your own `id` of each ticket (and of each comment): sending a ticket\nwhose `id` was imported before updates it instead of creating a second one. Because `id` is required,\nsending the same request twice leaves the same result as sending it once, so this operation is marked\nsafe to repeat (`x-cxkit-idempotent`) and the client re-sends it after an ambiguous failure.\n\nAt most 100 tickets per request and 500 comments per ticket. (developer.zendesk.com documents 100\ntickets per import; the Swagger file\'s description says 10,000. This description enforces the lower,\nsafe limit: send larger batches as several requests.) The answer is an empty object.\n\nAccounts not yet migrated to Zendesk sign-in use the older host and path\n`https://pub.klausapp.com/v1/tickets` for the same body; that endpoint is not part of this client.\n',
        tags: ["Conversations", "Import"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ImportTicketsRequest" },
              examples: {
                dixaConversation: {
                  summary: "A Dixa email conversation with a reply, an internal note and CSAT",
                  value: {
                    data: [
                      {
                        id: "48213",
                        subject: "Refund for order 10-2291",
                        description: "Customer asks for a refund of a damaged kettle.",
                        created: "2024-05-02T09:15:00Z",
                        updated: "2024-05-02T12:02:37Z",
                        closed: "2024-05-02T11:40:00Z",
                        status: "closed",
                        channel: "email",
                        type: "question",
                        assigneeEmail: "jonas.berg@acme.example",
                        assigneeName: "Jonas Berg",
                        customerName: "Priya Nair",
                        customerEmail: "priya.nair@example.com",
                        url: "https://acme.dixa.com/conversation/48213",
                        satisfactionScore: "4",
                        satisfactionComment:
                          "Quick answer, but I had to ask twice about the refund.",
                        tags: ["refund", "billing"],
                        ticketFields: [
                          {
                            id: "queue",
                            label: "Queue",
                            values: [{ label: "Billing", value: "billing" }],
                          },
                        ],
                        comments: [
                          {
                            id: "48213-m1",
                            authorName: "Priya Nair",
                            authorEmail: "priya.nair@example.com",
                            authorIsNotClient: false,
                            public: true,
                            comment: "My kettle arrived with a cracked lid. Can I get a refund?",
                            created: "2024-05-02T09:15:00Z",
                          },
                          {
                            id: "48213-n1",
                            authorName: "Jonas Berg",
                            authorEmail: "jonas.berg@acme.example",
                            authorIsNotClient: true,
                            public: false,
                            comment:
                              "**Internal note:** photo received, damage confirmed. Refund approved by team lead.",
                            created: "2024-05-02T10:02:00Z",
                          },
                          {
                            id: "48213-m2",
                            authorName: "Jonas Berg",
                            authorEmail: "jonas.berg@acme.example",
                            authorIsNotClient: true,
                            public: true,
                            comment:
                              "<p>Sorry about that! Your refund of <b>€39.90</b> is on its way.</p>",
                            created: "2024-05-02T10:05:00Z",
                          },
                        ],
                      },
                    ],
                  },
                },
                phoneCall: {
                  summary:
                    "A phone call with its recording, times without a zone (the older documented form)",
                  value: {
                    data: [
                      {
                        id: "48390",
                        subject: "Call from +44 20 7946 0958",
                        created: "2024-05-06T13:20:05",
                        channel: "phone",
                        assigneeEmail: "lea.hoffmann@acme.example",
                        comments: [
                          {
                            id: "48390-c1",
                            authorName: "Lea Hoffmann",
                            authorEmail: "lea.hoffmann@acme.example",
                            authorIsNotClient: true,
                            public: true,
                            comment: "Inbound call, delivery date changed to Friday.",
                            created: "2024-05-06T13:20:05",
                            recordingUrl: "https://recordings.acme.example/48390.mp3",
                            callDuration: 312,
                            callDirection: "inbound",
                          },
                        ],
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
            description: "The tickets were imported. The body is an empty object.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EmptyResponse" },
                examples: { empty: { summary: "The empty success body", value: {} } },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
      delete: {
        operationId: "deleteImportedTickets",
        summary: "Delete imported tickets",
        description:
          "Deletes imported conversations by your own IDs (the `id` they were imported with), for example to\nhonour an erasure request. Repeat `ticketExternalIds` once per conversation:\n`?ticketExternalIds=48213&ticketExternalIds=47102`. Deleting is safe to repeat (DELETE). The answer is\nan empty object.\n",
        tags: ["Conversations", "Import"],
        parameters: [
          {
            name: "ticketExternalIds",
            in: "query",
            required: false,
            description: "Your IDs of the conversations to delete, one query parameter per ID.",
            style: "form",
            explode: true,
            schema: { type: "array", items: { type: "string" } },
            examples: { twoTickets: { summary: "Two conversations", value: ["48213", "47102"] } },
          },
        ],
        responses: {
          "200": {
            description: "The conversations were deleted. The body is an empty object.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EmptyResponse" },
                examples: { empty: { summary: "The empty success body", value: {} } },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/import/tickets/{ticketExternalId}": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Import API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      get: {
        operationId: "getImportedTicket",
        summary: "Get an imported ticket",
        description:
          "Answers a conversation as Zendesk QA stored it from an import: your `externalId`, Zendesk QA's own\n`internalId`, the import time and its comments. Use it to check that an import arrived. Unlike the\nExport API, this answer carries int64 values (`internalId`, `callDuration`) as JSON numbers.\n",
        tags: ["Conversations", "Import"],
        parameters: [
          {
            name: "ticketExternalId",
            in: "path",
            required: true,
            description: "Your ID of the conversation (the `id` it was imported with).",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The imported conversation.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ImportedTicket" },
                examples: {
                  dixaConversation: {
                    summary: "The Dixa conversation imported above, with its internal note",
                    value: {
                      externalId: "48213",
                      internalId: 918273645012,
                      subject: "Refund for order 10-2291",
                      description: "Customer asks for a refund of a damaged kettle.",
                      created: "2024-05-02T09:15:00Z",
                      updated: "2024-05-02T12:02:37Z",
                      imported: "2024-05-02T12:10:03Z",
                      status: "closed",
                      assigneeEmail: "jonas.berg@acme.example",
                      assigneeName: "Jonas Berg",
                      customerName: "Priya Nair",
                      customerEmail: "priya.nair@example.com",
                      url: "https://acme.dixa.com/conversation/48213",
                      tags: ["refund", "billing"],
                      ticketFields: [
                        {
                          id: "queue",
                          label: "Queue",
                          values: [{ label: "Billing", value: "billing" }],
                        },
                      ],
                      comments: [
                        {
                          externalId: "48213-m1",
                          internalId: 918273645101,
                          authorName: "Priya Nair",
                          authorEmail: "priya.nair@example.com",
                          public: true,
                          comment: "My kettle arrived with a cracked lid. Can I get a refund?",
                          created: "2024-05-02T09:15:00Z",
                          imported: "2024-05-02T12:10:03Z",
                        },
                        {
                          externalId: "48213-n1",
                          internalId: 918273645102,
                          authorName: "Jonas Berg",
                          authorEmail: "jonas.berg@acme.example",
                          public: false,
                          comment:
                            "**Internal note:** photo received, damage confirmed. Refund approved by team lead.",
                          created: "2024-05-02T10:02:00Z",
                          imported: "2024-05-02T12:10:03Z",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
    "/api/import/users": {
      servers: [
        {
          url: "https://{subdomain}.zendesk.com/qa",
          description: "Zendesk QA Public Import API",
          variables: {
            subdomain: {
              default: "yoursubdomain",
              description: "Your Zendesk subdomain (`acme` for acme.zendesk.com).",
            },
          },
        },
      ],
      post: {
        operationId: "importUsers",
        summary: "Import users",
        description:
          "Adds users (usually the agents of the other help desk) to Zendesk QA by email address and name, so\nthat imported conversations whose `assigneeEmail` or comment `authorEmail` names them become\nreviewable.\n\nThe import is keyed by `userEmail` (required here): the body has no other identifier, and an email\naddress belongs to at most one user of a Zendesk QA account, so importing an address that is already\nthere cannot add a second user. Sending the same request twice therefore leaves the same result as\nsending it once, and the operation is marked safe to repeat (`x-cxkit-idempotent`). The answer is an\nempty object.\n",
        tags: ["Account", "Import"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ImportUsersRequest" },
              examples: {
                twoAgents: {
                  summary: "Two Dixa agents",
                  value: {
                    data: [
                      { userEmail: "jonas.berg@acme.example", userName: "Jonas Berg" },
                      { userEmail: "lea.hoffmann@acme.example", userName: "Lea Hoffmann" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The users were imported. The body is an empty object.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EmptyResponse" },
                examples: { empty: { summary: "The empty success body", value: {} } },
              },
            },
          },
          "4XX": { $ref: "#/components/responses/QaRejected" },
          default: { $ref: "#/components/responses/QaError" },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: {
        type: "http",
        scheme: "bearer",
        description:
          "API token of the Zendesk QA connection (Settings > Connections; for CSAT events, the connection's Custom Integration), sent as `Authorization: Bearer <token>`. The same token authenticates CSAT events, the Export API and the Import API: Zendesk QA's own files describe it as an `Authorization` header carrying `Bearer <token>`, which is this scheme.",
      },
    },
    parameters: {
      WorkspacePath: {
        name: "workspace",
        in: "path",
        required: true,
        description:
          "ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings).",
        schema: { $ref: "#/components/schemas/Int64String" },
      },
      FromDate: {
        name: "fromDate",
        in: "query",
        required: true,
        description:
          "Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`).",
        schema: { type: "string", format: "date-time" },
      },
      FromDateOptional: {
        name: "fromDate",
        in: "query",
        required: false,
        description:
          "Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z`.",
        schema: { type: "string", format: "date-time" },
      },
      ToDate: {
        name: "toDate",
        in: "query",
        required: false,
        description:
          "End of the date window, an RFC 3339 timestamp. Without it the window is open-ended.",
        schema: { type: "string", format: "date-time" },
      },
      Page: {
        name: "page",
        in: "query",
        required: false,
        description:
          "Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented.",
        schema: { type: "integer", format: "int32" },
      },
      PageSize: {
        name: "pageSize",
        in: "query",
        required: false,
        description: "How many items a page holds. The default and the maximum are not documented.",
        schema: { type: "integer", format: "int32" },
      },
      Cursor: {
        name: "cursor",
        in: "query",
        required: false,
        description:
          "Opaque cursor: the `nextCursor` of the previous answer. Leave it out for the first page.",
        schema: { type: "string" },
      },
      AutoQaWorkspaceId: {
        name: "workspaceId",
        in: "query",
        required: false,
        description: "Only rows of this workspace (its ID).",
        schema: { $ref: "#/components/schemas/Int64String" },
      },
      AutoQaConnectionId: {
        name: "connectionId",
        in: "query",
        required: false,
        description:
          "Only rows of conversations that came through this help-desk connection (its ID).",
        schema: { $ref: "#/components/schemas/Int64String" },
      },
      RevieweeExternalId: {
        name: "revieweeExternalId",
        in: "query",
        required: false,
        description: "Only rows about this agent, by their ID in the help desk.",
        schema: { type: "string" },
      },
      LatestOnly: {
        name: "latestOnly",
        in: "query",
        required: false,
        description:
          "`true`: only the latest AutoQA result of each conversation (AutoQA may review a conversation again when it changes). Otherwise every result.",
        schema: { type: "boolean" },
      },
      QuizId: {
        name: "id",
        in: "path",
        required: true,
        description: "ID of the quiz (`id` in `listQuizzes`).",
        schema: { $ref: "#/components/schemas/Int64String" },
      },
    },
    responses: {
      QaRejected: {
        description:
          "The request was refused: an invalid or missing argument, a missing or wrong token, no permission, an unknown ID or too many requests (more than 1,500 a minute from one IP address). The body is a gRPC status (`ErrorResponse`); which HTTP status accompanies which gRPC `code` is not documented.",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              missingFromDate: {
                summary:
                  "A required query parameter is missing (gRPC INVALID_ARGUMENT; illustrative message)",
                value: {
                  code: 3,
                  message: "invalid fromDate: value is required",
                  details: [
                    {
                      "@type": "type.googleapis.com/google.rpc.BadRequest",
                      fieldViolations: [{ field: "fromDate", description: "value is required" }],
                    },
                  ],
                },
              },
              badToken: {
                summary: "A wrong or revoked token (gRPC UNAUTHENTICATED; illustrative message)",
                value: { code: 16, message: "unauthenticated", details: [] },
              },
            },
          },
        },
      },
      QaError: {
        description:
          "Any other failure, such as an internal error of Zendesk QA. The body is a gRPC status (`ErrorResponse`).",
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/ErrorResponse" },
            examples: {
              internal: {
                summary: "An internal error (gRPC INTERNAL; illustrative message)",
                value: { code: 13, message: "internal error", details: [] },
              },
            },
          },
        },
      },
    },
    schemas: {
      CsatEvent: {
        type: "object",
        description: "CSAT data for one conversation, or for one message of it.",
        required: ["ticket_id", "csat"],
        properties: {
          ticket_id: {
            type: "string",
            description: "External ID of the conversation, i.e. its ID in the help desk.",
          },
          message_id: {
            type: "string",
            description:
              "External ID of the message (reply) the CSAT belongs to. Optional: without it the CSAT is shown in the conversation details.",
          },
          csat: { $ref: "#/components/schemas/Csat" },
        },
      },
      Csat: {
        type: "object",
        description: "The satisfaction score and the customer's comment.",
        required: ["score"],
        properties: {
          score: {
            type: "number",
            description:
              "The CSAT score. Klaus does not document a range or scale; its own example uses `10` (so not necessarily 1 to 5).",
            examples: [10],
          },
          comment: {
            type: "string",
            description: "The customer's free-text comment.",
            examples: ["Great service"],
          },
        },
      },
      CsatEventResponse: {
        description:
          "Undocumented success body: any JSON value, or no body at all. Kept open on purpose.",
      },
      CsatErrorResponse: {
        description:
          "Undocumented error body of the CSAT events host: any JSON value, plain text or no body at all. Kept open on purpose (the Export and Import APIs answer `ErrorResponse` instead).",
      },
      ErrorResponse: {
        type: "object",
        description:
          "Error body of the Export and Import APIs: a gRPC status. `code` is the gRPC status code (3 invalid argument, 5 not found, 7 permission denied, 8 resource exhausted, 16 unauthenticated, …), not the HTTP status.",
        required: ["code"],
        properties: {
          code: { type: "integer", format: "int32", description: "gRPC status code." },
          message: {
            type: "string",
            description: "What went wrong, for a developer (English, not meant for end users).",
          },
          details: {
            type: "array",
            description: "Machine-readable details, each a protobuf `Any` in its JSON form.",
            items: { $ref: "#/components/schemas/ErrorDetail" },
          },
        },
      },
      ErrorDetail: {
        type: "object",
        description:
          "One detail of an error: `@type` names the kind of detail (a type URL such as `type.googleapis.com/google.rpc.BadRequest`); the other properties are that type's fields.",
        required: ["@type"],
        properties: {
          "@type": {
            type: "string",
            description:
              "Type URL of the detail; its last path segment is the protobuf message name.",
          },
        },
        additionalProperties: true,
      },
      Int64String: {
        type: "string",
        format: "int64",
        pattern: "^-?[0-9]+$",
        description:
          'A 64-bit integer written as a JSON string (`"18432"`), as the Export API sends every int64 value (IDs, counts, durations, percentages): JavaScript numbers cannot hold every int64 exactly. Keep it as a string, or convert with `BigInt`.',
      },
      Int64Input: {
        type: ["integer", "string"],
        format: "int64",
        pattern: "^-?[0-9]+$",
        description:
          'A 64-bit integer sent to the Import API, as a JSON number (`312`) or as a string of digits (`"312"`): the Import API accepts both.',
      },
      Pagination: {
        type: "object",
        description: "Where a page sits in a paginated export.",
        properties: {
          page: { type: "integer", format: "int32", description: "The page this answer holds." },
          pageSize: {
            type: "integer",
            format: "int32",
            description: "The page size that was applied.",
          },
          total: {
            type: "integer",
            format: "int32",
            description: "How many items the whole date window holds, over all pages.",
          },
        },
      },
      EmptyResponse: {
        type: "object",
        description: "An empty JSON object (`{}`), the success answer of the Import API's writes.",
      },
      ReviewsExport: {
        type: "object",
        description: "One page of reviewed conversations.",
        properties: {
          conversations: {
            type: "array",
            description: "The conversations on this page, each with its reviews and comments.",
            items: { $ref: "#/components/schemas/ReviewedConversation" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
        },
      },
      ReviewedConversation: {
        type: "object",
        description: "A conversation with the reviews and comments it received in Zendesk QA.",
        properties: {
          externalId: {
            type: "string",
            description: "ID of the conversation in the help desk it came from.",
          },
          url: { type: "string", description: "Link to the conversation in Zendesk QA." },
          externalUrl: {
            type: "string",
            description: "Link to the conversation in the help desk.",
          },
          lastUpdated: {
            type: "string",
            description:
              "When the conversation or its reviews last changed, as text. Prefer `lastUpdatedISO`.",
          },
          lastUpdatedISO: {
            type: "string",
            description: "When the conversation or its reviews last changed, ISO 8601.",
          },
          createdAt: {
            type: "string",
            description: "When the conversation was created, as text. Prefer `createdAtISO`.",
          },
          createdAtISO: {
            type: "string",
            description: "When the conversation was created, ISO 8601.",
          },
          workspaceId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the workspace the conversation belongs to.",
          },
          workspaceName: { type: "string", description: "Name of that workspace." },
          sourceType: {
            type: "string",
            description:
              "Kind of source (help-desk integration) the conversation came from. Values are not documented.",
          },
          externalFields: {
            type: "array",
            description: "Custom fields the help desk sent with the conversation.",
            items: { $ref: "#/components/schemas/ExternalField" },
          },
          reviews: {
            type: "array",
            description: "The manual reviews of the conversation.",
            items: { $ref: "#/components/schemas/Review" },
          },
          comments: {
            type: "array",
            description: "Comments left on the conversation outside a review.",
            items: { $ref: "#/components/schemas/ReviewComment" },
          },
        },
      },
      ExternalField: {
        type: "object",
        description: "One custom field of a conversation, as the help desk named it.",
        properties: {
          externalId: { type: "string", description: "The field's ID in the help desk." },
          name: { type: "string", description: "The field's label." },
          value: { type: "string", description: "The field's value, as text." },
        },
      },
      Review: {
        type: "object",
        description: "One reviewer's review of one agent's work in a conversation.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the review." },
          reviewer: {
            $ref: "#/components/schemas/ReviewUser",
            description: "Who wrote the review.",
          },
          reviewee: {
            $ref: "#/components/schemas/ReviewUser",
            description: "Whose work was reviewed.",
          },
          score: {
            type: "number",
            format: "double",
            description:
              "Overall score of the review as Zendesk QA computes it from the ratings (shown as a percentage).",
          },
          ratings: {
            type: "array",
            description: "The rating given in each scorecard category.",
            items: { $ref: "#/components/schemas/Rating" },
          },
          comment: { type: "string", description: "The reviewer's comment." },
          thread: {
            type: "array",
            description: "Replies to the review comment.",
            items: { $ref: "#/components/schemas/ReviewComment" },
          },
          tags: {
            type: "array",
            description: "Tags added to the review comment.",
            items: { $ref: "#/components/schemas/CommentTag" },
          },
          created: {
            type: "string",
            description: "When the review was given, as text. Prefer `createdISO`.",
          },
          updated: {
            type: "string",
            description: "When the review was last changed, as text. Prefer `updatedISO`.",
          },
          createdISO: { type: "string", description: "When the review was given, ISO 8601." },
          updatedISO: {
            type: "string",
            description: "When the review was last changed, ISO 8601.",
          },
          received: { type: "boolean", description: "Whether the reviewee has seen the review." },
          reviewTime: {
            $ref: "#/components/schemas/Int64String",
            description:
              "Time the reviewer spent on the review, as tracked by Zendesk QA (unit not documented).",
          },
          pauseTime: {
            $ref: "#/components/schemas/Int64String",
            description: "Time the review was paused (same unit as `reviewTime`).",
          },
          timeTrackingPeriods: {
            type: "array",
            description: "The tracked periods that add up to the review and pause times.",
            items: { $ref: "#/components/schemas/TimeTrackingPeriod" },
          },
          scorecard: {
            $ref: "#/components/schemas/ScorecardRef",
            description: "The scorecard the review was given with.",
          },
        },
      },
      TimeTrackingPeriod: {
        type: "object",
        description: "One tracked period of work on a review.",
        properties: {
          type: { type: "string", description: "Kind of period. Values are not documented." },
          duration: {
            $ref: "#/components/schemas/Int64String",
            description: "Length of the period (same unit as `reviewTime`).",
          },
        },
      },
      ReviewComment: {
        type: "object",
        description: "A comment on a conversation or a reply in a review's thread.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the comment." },
          owner: { $ref: "#/components/schemas/ReviewUser", description: "Who wrote it." },
          comment: { type: "string", description: "The text." },
          created: {
            type: "string",
            description: "When it was written, as text. Prefer `createdISO`.",
          },
          updated: {
            type: "string",
            description: "When it was last edited, as text. Prefer `updatedISO`.",
          },
          createdISO: { type: "string", description: "When it was written, ISO 8601." },
          updatedISO: { type: "string", description: "When it was last edited, ISO 8601." },
          thread: {
            type: "array",
            description: "Replies to this comment.",
            items: { $ref: "#/components/schemas/ReviewComment" },
          },
          tags: {
            type: "array",
            description: "Tags added to the comment.",
            items: { $ref: "#/components/schemas/CommentTag" },
          },
        },
      },
      CommentTag: {
        type: "object",
        description: "A tag on a comment and who added it.",
        properties: {
          tag: { type: "string", description: "The tag." },
          user: { $ref: "#/components/schemas/ReviewUser", description: "Who added it." },
        },
      },
      ReviewUser: {
        type: "object",
        description: "A Zendesk QA user as shown on reviews and comments.",
        properties: {
          email: { type: "string", description: "The user's email address." },
          name: { type: "string", description: "The user's name." },
          avatar: { type: "string", description: "Link to the user's picture." },
          groups: {
            type: "array",
            description: "The user groups the user belongs to.",
            items: { $ref: "#/components/schemas/UserGroup" },
          },
        },
      },
      UserGroup: {
        type: "object",
        description: "A user group.",
        properties: {
          id: { type: "string", description: "ID of the group." },
          name: { type: "string", description: "Name of the group." },
        },
      },
      Rating: {
        type: "object",
        description: "The rating given in one scorecard category of a review.",
        properties: {
          categoryId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the rating category.",
          },
          categoryName: { type: "string", description: "Name of the rating category." },
          score: {
            type: "number",
            format: "double",
            description:
              "The rating given in the category, as Zendesk QA reports it (the scale is not documented).",
          },
          weight: {
            type: "number",
            format: "double",
            description: "Weight of the category in the review's overall score.",
          },
          critical: {
            type: "boolean",
            description: "Whether the category is critical (failing it fails the review).",
          },
          cause: { type: "string", description: "The root cause picked for the rating, if one." },
          causes: {
            type: "array",
            description: "Every root cause picked for the rating.",
            items: { type: "string" },
          },
          groupName: {
            type: "string",
            description: "Name of the category group the category belongs to.",
          },
          groupId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of that category group.",
          },
        },
      },
      ScorecardRef: {
        type: "object",
        description: "The scorecard a review was given with.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the scorecard." },
          name: { type: "string", description: "Name of the scorecard." },
        },
      },
      CalibrationSessionsExport: {
        type: "object",
        description: "One page of calibration sessions.",
        properties: {
          calibrationSessions: {
            type: "array",
            description: "The sessions on this page.",
            items: { $ref: "#/components/schemas/CalibrationSession" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
        },
      },
      CalibrationSession: {
        type: "object",
        description: "A calibration session and the conversations calibrated in it.",
        properties: {
          id: { type: "string", description: "ID of the session." },
          title: { type: "string", description: "Title of the session." },
          createdBy: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who created the session.",
          },
          createdAt: { type: "string", description: "When the session was created." },
          updatedAt: { type: "string", description: "When the session was last changed." },
          dueAt: { type: "string", description: "By when the calibrators should have reviewed." },
          conversations: {
            type: "array",
            description: "The conversations of the session.",
            items: { $ref: "#/components/schemas/CalibrationConversation" },
          },
        },
      },
      CalibrationConversation: {
        type: "object",
        description: "One conversation of a calibration session with the calibrators' reviews.",
        properties: {
          externalId: { type: "string", description: "ID of the conversation in the help desk." },
          createdBy: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who added the conversation to the session.",
          },
          createdAt: { type: "string", description: "When it was added." },
          reviews: {
            type: "array",
            description: "The calibrators' reviews of the conversation.",
            items: { $ref: "#/components/schemas/CalibrationReview" },
          },
        },
      },
      CalibrationReview: {
        type: "object",
        description: "One calibrator's review of a conversation in a calibration session.",
        properties: {
          id: { type: "string", description: "ID of the calibration review." },
          reviewer: { $ref: "#/components/schemas/ReviewUser", description: "The calibrator." },
          reviewee: {
            $ref: "#/components/schemas/ReviewUser",
            description: "Whose work was reviewed.",
          },
          score: {
            type: "number",
            format: "double",
            description: "Overall score, as for `Review.score`.",
          },
          ratings: {
            type: "array",
            description: "The rating given in each category.",
            items: { $ref: "#/components/schemas/Rating" },
          },
          comment: { type: "string", description: "The calibrator's comment." },
          thread: {
            type: "array",
            description: "Replies to the comment.",
            items: { $ref: "#/components/schemas/CalibrationComment" },
          },
          tags: {
            type: "array",
            description: "Tags added to the comment.",
            items: { $ref: "#/components/schemas/CommentTag" },
          },
          createdAt: {
            type: "string",
            description: "When the review was given, as text. Prefer `createdISO`.",
          },
          updatedAt: {
            type: "string",
            description: "When it was last changed, as text. Prefer `updatedISO`.",
          },
          createdISO: { type: "string", description: "When the review was given, ISO 8601." },
          updatedISO: { type: "string", description: "When it was last changed, ISO 8601." },
          received: { type: "boolean", description: "Whether the reviewee has seen the review." },
          scorecard: {
            $ref: "#/components/schemas/ScorecardRef",
            description: "The scorecard used.",
          },
        },
      },
      CalibrationComment: {
        type: "object",
        description: "A reply in a calibration review's thread.",
        properties: {
          id: { type: "string", description: "ID of the reply." },
          owner: { $ref: "#/components/schemas/ReviewUser", description: "Who wrote it." },
          comment: { type: "string", description: "The text." },
          createdAt: {
            type: "string",
            description: "When it was written, as text. Prefer `createdISO`.",
          },
          updatedAt: {
            type: "string",
            description: "When it was last edited, as text. Prefer `updatedISO`.",
          },
          createdISO: { type: "string", description: "When it was written, ISO 8601." },
          updatedISO: { type: "string", description: "When it was last edited, ISO 8601." },
        },
      },
      DisputesExport: {
        type: "object",
        description: "One page of disputes.",
        properties: {
          disputes: {
            type: "array",
            description: "The disputes on this page.",
            items: { $ref: "#/components/schemas/Dispute" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
        },
      },
      Dispute: {
        type: "object",
        description: "A dispute raised against a review, and its outcome.",
        properties: {
          account: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the Zendesk QA account.",
          },
          workspace: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the workspace.",
          },
          conversationId: {
            type: "string",
            description: "ID of the reviewed conversation in the help desk.",
          },
          connectionId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the help-desk connection the conversation came through.",
          },
          reviewId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the disputed review.",
          },
          disputeId: { type: "string", description: "ID of the dispute." },
          type: { type: "string", description: "Kind of dispute. Values are not documented." },
          status: {
            type: "string",
            description:
              "Where the dispute stands (open, resolved, rejected, …). Values are not documented.",
          },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "When the dispute was raised.",
          },
          createdBy: { $ref: "#/components/schemas/UserSummary", description: "Who raised it." },
          assignee: {
            $ref: "#/components/schemas/UserSummary",
            description: "Who has to settle it.",
          },
          rejectedBy: {
            $ref: "#/components/schemas/UserSummary",
            description: "Who rejected it, when it was rejected.",
          },
          resolvedAt: { type: "string", format: "date-time", description: "When it was settled." },
          resolutionTime: {
            $ref: "#/components/schemas/Int64String",
            description: "How long settling took (unit not documented).",
          },
          categories: {
            type: "array",
            description: "The disputed rating categories.",
            items: { $ref: "#/components/schemas/DisputeCategory" },
          },
          comment: {
            $ref: "#/components/schemas/DisputeComment",
            description: "The comment the dispute was raised with, and its thread.",
          },
        },
      },
      DisputeCategory: {
        type: "object",
        description: "One disputed rating category.",
        properties: {
          id: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the rating category.",
          },
          expectedRating: {
            type: "integer",
            format: "int32",
            description: "The rating the person disputing asks for.",
          },
          rootCause: {
            type: "array",
            description: "Root causes named for the category.",
            items: { type: "string" },
          },
          comment: {
            $ref: "#/components/schemas/DisputeComment",
            description: "The comment on this category.",
          },
        },
      },
      DisputeComment: {
        type: "object",
        description: "A comment in a dispute, with its replies.",
        properties: {
          Id: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the comment (spelled with a capital `I` on the wire).",
          },
          comment: { type: "string", description: "The text." },
          commentTags: {
            type: "array",
            description: "Tags added to the comment.",
            items: { $ref: "#/components/schemas/DisputeCommentTag" },
          },
          owner: { $ref: "#/components/schemas/UserSummary", description: "Who wrote it." },
          created: { type: "string", format: "date-time", description: "When it was written." },
          updated: { type: "string", format: "date-time", description: "When it was last edited." },
          thread: {
            type: "array",
            description: "Replies.",
            items: { $ref: "#/components/schemas/DisputeComment" },
          },
        },
      },
      DisputeCommentTag: {
        type: "object",
        description: "A tag on a dispute comment.",
        properties: {
          tag: { type: "string", description: "The tag." },
          userId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who added it.",
          },
        },
      },
      UserSummary: {
        type: "object",
        description: "A Zendesk QA user by ID, name and picture.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the user." },
          name: { type: "string", description: "The user's name." },
          avatar: { type: "string", description: "Link to the user's picture." },
        },
      },
      CsatExport: {
        type: "object",
        description: "One page of CSAT answers.",
        properties: {
          tickets: {
            type: "array",
            description: "The CSAT answers on this page, one per conversation.",
            items: { $ref: "#/components/schemas/CsatTicket" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
        },
      },
      CsatTicket: {
        type: "object",
        description: "The CSAT answer of one conversation, with the conversation's context.",
        properties: {
          externalTicketId: {
            type: "string",
            description: "ID of the conversation in the help desk.",
          },
          conversationUrl: { type: "string", description: "Link to the conversation." },
          ticketCreatedAt: {
            type: "string",
            format: "date-time",
            description: "When the conversation was created.",
          },
          csatCreatedAt: {
            type: "string",
            format: "date-time",
            description: "When the survey was sent.",
          },
          csatAnsweredAt: {
            type: "string",
            format: "date-time",
            description: "When the customer answered it.",
          },
          agentName: {
            type: "string",
            description: "Name of the agent the answer is attributed to.",
          },
          agentEmail: { type: "string", description: "Email address of that agent." },
          customerName: { type: "string", description: "Name of the customer who answered." },
          customerEmail: { type: "string", description: "Email address of that customer." },
          csatScore: {
            $ref: "#/components/schemas/Int64String",
            description:
              'The score as an integer, in a JSON string (`"4"`); `csatRawScore` has it as received.',
          },
          csatRawScore: {
            type: "string",
            description:
              "The score as the help desk or survey tool sent it (a number or a word such as `good`).",
          },
          csatComment: { type: "string", description: "The customer's comment." },
          csatReason: {
            type: "string",
            description: "The reason the customer picked, if the survey asks for one.",
          },
          csatDrivers: {
            type: "array",
            description: "Drivers (topics) Zendesk QA attributed the answer to.",
            items: { type: "string" },
          },
          conversationChannel: {
            type: "string",
            description: "Channel of the conversation (email, chat, …).",
          },
          conversationSource: {
            type: "string",
            description: "Help desk or integration the conversation came from.",
          },
          commentSize: {
            type: "string",
            description: "Length of the comment in characters, as a string.",
          },
          commentWordCount: {
            type: "string",
            description: "Number of words in the comment, as a string.",
          },
          language: { type: "string", description: "Language of the conversation." },
          helpdeskTags: {
            type: "array",
            description: "Tags of the conversation in the help desk.",
            items: { type: "string" },
          },
        },
      },
      UsersExport: {
        type: "object",
        description: "Users of the account or of a workspace.",
        properties: {
          users: {
            type: "array",
            description: "The users.",
            items: { $ref: "#/components/schemas/ExportedUser" },
          },
        },
      },
      ExportedUser: {
        type: "object",
        description: "A Zendesk QA user.",
        properties: {
          id: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user in Zendesk QA.",
          },
          name: { type: "string", description: "The user's name." },
          email: { type: "string", description: "The user's email address." },
        },
      },
      WorkspacesExport: {
        type: "object",
        description: "The workspaces of the account.",
        properties: {
          workspaces: {
            type: "array",
            description: "The workspaces.",
            items: { $ref: "#/components/schemas/Workspace" },
          },
        },
      },
      Workspace: {
        type: "object",
        description: "A workspace of the account.",
        properties: {
          id: {
            $ref: "#/components/schemas/Int64String",
            description:
              "ID of the workspace (the `workspace` value of the per-workspace exports).",
          },
          name: { type: "string", description: "Name of the workspace." },
        },
      },
      ScorecardsExport: {
        type: "object",
        description: "All scorecards of a workspace.",
        properties: {
          data: {
            type: "array",
            description: "The scorecards.",
            items: { $ref: "#/components/schemas/Scorecard" },
          },
          total: { type: "integer", format: "int32", description: "Number of scorecards." },
        },
      },
      Scorecard: {
        type: "object",
        description: "A scorecard with its rating categories.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the scorecard." },
          name: { type: "string", description: "Name of the scorecard." },
          categories: {
            type: "array",
            description: "Categories that are not in a group.",
            items: { $ref: "#/components/schemas/ScorecardCategory" },
          },
          groups: {
            type: "array",
            description: "Category groups with their categories.",
            items: { $ref: "#/components/schemas/ScorecardCategoryGroup" },
          },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "When the scorecard was created.",
          },
          updatedAt: {
            type: "string",
            format: "date-time",
            description: "When it was last changed.",
          },
        },
      },
      ScorecardCategoryGroup: {
        type: "object",
        description: "A named group of rating categories on a scorecard.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the group." },
          name: { type: "string", description: "Name of the group." },
          position: {
            type: "integer",
            format: "int32",
            description: "Position of the group on the scorecard.",
          },
          categories: {
            type: "array",
            description: "The group's categories.",
            items: { $ref: "#/components/schemas/ScorecardCategory" },
          },
        },
      },
      ScorecardCategory: {
        type: "object",
        description: "One rating category of a scorecard and how it is rated.",
        properties: {
          name: { type: "string", description: "Name of the category." },
          description: { type: "string", description: "What reviewers should rate in it." },
          type: { type: "string", description: "Kind of category. Values are not documented." },
          ratingCategoryId: {
            $ref: "#/components/schemas/Int64String",
            description:
              "ID of the category (the `categoryId` of ratings, `ratingCategoryId` of AutoQA rows).",
          },
          scale: {
            type: "string",
            description: "Rating scale of the category. Values are not documented.",
          },
          weight: {
            type: "integer",
            format: "int32",
            description: "Weight of the category in the overall score.",
          },
          critical: {
            type: "boolean",
            description: "Whether failing this category fails the review.",
          },
          reviewCritical: {
            type: "boolean",
            description: "Whether failing this category fails the whole review.",
          },
          groupCritical: {
            type: "boolean",
            description: "Whether failing this category fails its category group.",
          },
          position: {
            type: "integer",
            format: "int32",
            description: "Position of the category in its group or on the scorecard.",
          },
          skippable: {
            type: "boolean",
            description: "Whether reviewers may leave the category unrated (N/A).",
          },
          status: {
            type: "string",
            description: "Whether the category is in use. Values are not documented.",
          },
          conditions: {
            type: "array",
            description: "Conditions under which the category applies to a conversation.",
            items: { $ref: "#/components/schemas/CategoryCondition" },
          },
          rootCauses: {
            $ref: "#/components/schemas/CategoryRootCauses",
            description: "Root causes reviewers can pick per rating.",
          },
          ratings: {
            type: "array",
            description: "The rating options of the category's scale with their descriptions.",
            items: { $ref: "#/components/schemas/CategoryRatingOption" },
          },
          autoQaCategory: {
            type: "string",
            description: "The AutoQA category that rates this category automatically, if one.",
          },
          autoQaCustomCategoryTemplateId: {
            type: "string",
            description: "ID of the custom AutoQA category template behind it, if one.",
          },
          autoQaPromptCategoryTemplateId: {
            type: "string",
            description: "ID of the prompt-based AutoQA category template behind it, if one.",
          },
          autoQaApplicabilities: {
            type: "array",
            description: "Where AutoQA applies the category.",
            items: { type: "string" },
          },
          promptAnomalies: {
            $ref: "#/components/schemas/PromptAnomalies",
            description: "Warnings about the category's AutoQA prompt.",
          },
        },
      },
      CategoryCondition: {
        type: "object",
        description: "One condition of a rating category.",
        properties: {
          condition: { type: "string", description: "The comparison. Values are not documented." },
          type: {
            type: "string",
            description: "What is compared (a conversation attribute). Values are not documented.",
          },
          values: {
            type: "array",
            description: "The values compared with.",
            items: { type: "string" },
          },
        },
      },
      CategoryRatingOption: {
        type: "object",
        description: "One point of a category's rating scale.",
        properties: {
          rating: { $ref: "#/components/schemas/Int64String", description: "The rating value." },
          description: { type: "string", description: "What the rating means." },
        },
      },
      CategoryRootCauses: {
        type: "object",
        description: "Root-cause settings of a rating category.",
        properties: {
          multipleRequireReasons: {
            type: "boolean",
            description: "Whether a reviewer must give reasons when picking several root causes.",
          },
          freeTextAllowed: {
            type: "boolean",
            description: "Whether a reviewer may type a root cause of their own.",
          },
          ratings: {
            type: "array",
            description: "Root causes offered per rating value.",
            items: { $ref: "#/components/schemas/RatingRootCauses" },
          },
        },
      },
      RatingRootCauses: {
        type: "object",
        description: "The root causes offered for one rating value.",
        properties: {
          rating: { type: "integer", format: "int32", description: "The rating value." },
          freeTextAllowed: {
            type: "boolean",
            description: "Whether a root cause of one's own may be typed for it.",
          },
          rootCauses: {
            type: "array",
            description: "Root causes offered.",
            items: { $ref: "#/components/schemas/RootCauseRef" },
          },
          tiers: {
            type: "array",
            description: "Root-cause tiers offered.",
            items: { $ref: "#/components/schemas/RootCauseTierRef" },
          },
          multiTierRootCause: {
            $ref: "#/components/schemas/MultiTierRootCause",
            description: "The root causes as a tree of tiers.",
          },
        },
      },
      RootCauseRef: {
        type: "object",
        description: "A root cause by ID and name.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the root cause." },
          name: { type: "string", description: "The root cause." },
        },
      },
      RootCauseTierRef: {
        type: "object",
        description: "A root-cause tier by ID and name.",
        properties: {
          id: { type: "string", description: "ID of the tier." },
          name: { type: "string", description: "Name of the tier." },
        },
      },
      MultiTierRootCause: {
        type: "object",
        description: "Root causes organized in tiers, plus those outside any tier.",
        properties: {
          tiers: {
            type: "array",
            description: "The top-level tiers.",
            items: { $ref: "#/components/schemas/RootCauseTierNode" },
          },
          looseRootCauses: {
            type: "array",
            description: "Root causes in no tier.",
            items: { $ref: "#/components/schemas/RootCauseRef" },
          },
        },
      },
      RootCauseTierNode: {
        type: "object",
        description: "A tier of root causes, with its sub-tiers.",
        properties: {
          id: { type: "string", description: "ID of the tier." },
          name: { type: "string", description: "Name of the tier." },
          rootCauseCount: {
            $ref: "#/components/schemas/Int64String",
            description: "Number of root causes in the tier.",
          },
          canAddSubtiers: {
            type: "boolean",
            description: "Whether sub-tiers may be added under it.",
          },
          canAddRootCauses: {
            type: "boolean",
            description: "Whether root causes may be added to it.",
          },
          subtiers: {
            type: "array",
            description: "The sub-tiers.",
            items: { $ref: "#/components/schemas/RootCauseTierNode" },
          },
          rootCauses: {
            type: "array",
            description: "The tier's root causes.",
            items: { $ref: "#/components/schemas/RootCause" },
          },
        },
      },
      RootCause: {
        type: "object",
        description: "A root cause with its history.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the root cause." },
          cause: { type: "string", description: "The root cause." },
          createdAt: { type: "string", format: "date-time", description: "When it was added." },
          updatedAt: {
            type: "string",
            format: "date-time",
            description: "When it was last changed.",
          },
        },
      },
      PromptAnomalies: {
        type: "object",
        description: "Warnings about an AutoQA prompt category.",
        properties: {
          highNaRate: {
            type: "boolean",
            description:
              'Whether AutoQA answers "not applicable" for this category unusually often.',
          },
        },
      },
      AutoQaReviewsExport: {
        type: "object",
        description: "One page of AutoQA review rows.",
        properties: {
          rows: {
            type: "array",
            description: "The rows on this page.",
            items: { $ref: "#/components/schemas/AutoQaReviewRow" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
          nextCursor: {
            type: "string",
            description:
              "Cursor of the next page (send it as `cursor`); empty or absent on the last page.",
          },
        },
      },
      AutoQaReviewRow: {
        type: "object",
        description: "One AutoQA review of one agent in one conversation.",
        properties: {
          autoqaReviewId: { type: "string", description: "ID of the AutoQA review." },
          accountId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the Zendesk QA account.",
          },
          workspaceId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the workspace.",
          },
          workspaceName: { type: "string", description: "Name of the workspace." },
          connectionId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the help-desk connection.",
          },
          externalTicketId: {
            type: "string",
            description: "ID of the conversation in the help desk.",
          },
          conversationCreatedAt: {
            type: "string",
            format: "date-time",
            description: "When the conversation was created.",
          },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "When AutoQA reviewed it.",
          },
          updatedAt: {
            type: "string",
            format: "date-time",
            description: "When the AutoQA review last changed.",
          },
          isBot: {
            type: "boolean",
            description: "Whether the reviewee is a bot rather than a human agent.",
          },
          revieweeExternalId: {
            type: "string",
            description: "ID of the reviewed agent in the help desk.",
          },
          revieweeInternalId: {
            type: "string",
            description: "ID of the reviewed agent in Zendesk QA.",
          },
          revieweeName: { type: "string", description: "Name of the reviewed agent." },
          revieweeEmail: { type: "string", description: "Email address of the reviewed agent." },
          conversationChannel: { type: "string", description: "Channel of the conversation." },
          language: { type: "string", description: "Language of the conversation." },
          appConversationLink: {
            type: "string",
            description: "Link to the conversation in Zendesk QA.",
          },
          externalConversationLink: {
            type: "string",
            description: "Link to the conversation in the help desk.",
          },
          paymentId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the billing account (Zendesk QA's older name for the account).",
          },
        },
      },
      AutoQaRatingsExport: {
        type: "object",
        description: "One page of AutoQA rating rows.",
        properties: {
          rows: {
            type: "array",
            description: "The rows on this page.",
            items: { $ref: "#/components/schemas/AutoQaRatingRow" },
          },
          pagination: { $ref: "#/components/schemas/Pagination" },
          nextCursor: {
            type: "string",
            description:
              "Cursor of the next page (send it as `cursor`); empty or absent on the last page.",
          },
        },
      },
      AutoQaRatingRow: {
        type: "object",
        description: "AutoQA's rating of one scorecard category in one AutoQA review.",
        properties: {
          autoqaRatingId: { type: "string", description: "ID of the rating." },
          autoqaReviewId: {
            type: "string",
            description:
              "ID of the AutoQA review it belongs to (`autoqaReviewId` of `listAutoQaReviews`).",
          },
          accountId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the Zendesk QA account.",
          },
          workspaceId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the workspace.",
          },
          workspaceName: { type: "string", description: "Name of the workspace." },
          connectionId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the help-desk connection.",
          },
          externalTicketId: {
            type: "string",
            description: "ID of the conversation in the help desk.",
          },
          conversationCreatedAt: {
            type: "string",
            format: "date-time",
            description: "When the conversation was created.",
          },
          appConversationLink: {
            type: "string",
            description: "Link to the conversation in Zendesk QA.",
          },
          externalConversationLink: {
            type: "string",
            description: "Link to the conversation in the help desk.",
          },
          revieweeExternalId: {
            type: "string",
            description: "ID of the rated agent in the help desk.",
          },
          revieweeInternalId: {
            type: "string",
            description: "ID of the rated agent in Zendesk QA.",
          },
          revieweeName: { type: "string", description: "Name of the rated agent." },
          revieweeEmail: { type: "string", description: "Email address of the rated agent." },
          ratingCategoryId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the scorecard category.",
          },
          ratingCategoryName: { type: "string", description: "Name of the scorecard category." },
          autoqaCategoryType: {
            type: "string",
            description:
              "Kind of AutoQA category that produced the rating (the `autoqaCategoryType` filter).",
          },
          categoryDisplayName: {
            type: "string",
            description: "Name of the category as shown in Zendesk QA.",
          },
          scorecardId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the scorecard.",
          },
          scorecardName: { type: "string", description: "Name of the scorecard." },
          score: {
            type: "number",
            format: "double",
            description: "The rating, normalized by Zendesk QA.",
          },
          ratingScaleScore: {
            type: "number",
            format: "double",
            description: "The rating on the category's own scale.",
          },
          ratingMax: {
            type: "number",
            format: "double",
            description: "Highest rating the category's scale allows.",
          },
          ratingRangeMax: {
            type: "number",
            format: "double",
            description: "Upper end of the range the rating is expressed in.",
          },
          weight: { type: "number", format: "double", description: "Weight of the category." },
          isCritical: { type: "boolean", description: "Whether the category is critical." },
          reviewCritical: {
            type: "boolean",
            description: "Whether failing it fails the whole review.",
          },
          groupCritical: {
            type: "boolean",
            description: "Whether failing it fails its category group.",
          },
          evaluated: {
            type: "boolean",
            description:
              "Whether AutoQA could rate the category for this conversation (false means not applicable).",
          },
          rootCauseCodes: {
            type: "array",
            description: "Codes of the root causes AutoQA named (the `rootCauseCode` filter).",
            items: { type: "string" },
          },
          rootCauses: {
            type: "array",
            description: "The root causes AutoQA named, as text.",
            items: { type: "string" },
          },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "When the rating was made.",
          },
          updatedAt: { type: "string", format: "date-time", description: "When it last changed." },
          paymentId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the billing account (Zendesk QA's older name for the account).",
          },
        },
      },
      ConversationSearchRequest: {
        type: "object",
        description: "Whose conversations to find.",
        properties: {
          account: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the Zendesk QA account.",
          },
          endUserEmail: {
            type: "string",
            description: "Email address of the end user (customer).",
          },
        },
      },
      ConversationSearchResult: {
        type: "object",
        description: "Conversations of the end user.",
        properties: {
          conversations: {
            type: "array",
            description: "The matching conversations.",
            items: { $ref: "#/components/schemas/ConversationSearchHit" },
          },
        },
      },
      ConversationSearchHit: {
        type: "object",
        description: "A conversation found by the search.",
        properties: {
          externalId: {
            type: "string",
            description:
              "ID of the conversation in the help desk (for imported conversations, your `id`).",
          },
          externalLink: {
            type: "string",
            description: "Link to the conversation in the help desk.",
          },
        },
      },
      QuizStatus: {
        type: "string",
        description: "Stage of a quiz.",
        enum: ["DRAFT", "PUBLISHED", "DELETED", "ARCHIVED"],
      },
      QuizFieldType: {
        type: "string",
        description: "Kind of quiz question. Only multiple choice exists.",
        enum: ["MULTIPLE_CHOICE"],
      },
      QuizList: {
        type: "object",
        description: "All quizzes.",
        properties: {
          quizzes: {
            type: "array",
            description: "The quizzes.",
            items: { $ref: "#/components/schemas/QuizListItem" },
          },
        },
      },
      QuizListItem: {
        type: "object",
        description: "A quiz in the list, with its headline figures.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the quiz." },
          name: { type: "string", description: "Name of the quiz." },
          status: { $ref: "#/components/schemas/QuizStatus" },
          authorId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who wrote it.",
          },
          authorName: { type: "string", description: "Name of that user." },
          authorAvatar: { type: "string", description: "Link to that user's picture." },
          publishedDate: {
            type: "string",
            format: "date-time",
            description: "When it was published.",
          },
          userResponseId: {
            $ref: "#/components/schemas/Int64String",
            description:
              'ID of the calling user\'s own response to the quiz (`"0"` when there is none).',
          },
          numberOfParticipants: {
            $ref: "#/components/schemas/Int64String",
            description: "How many users answered it.",
          },
          averageScorePercentage: {
            $ref: "#/components/schemas/Int64String",
            description: "Average share of correct answers, in percent.",
          },
          workspaceIds: {
            type: "array",
            description: "IDs of the workspaces the quiz is given in.",
            items: { $ref: "#/components/schemas/Int64String" },
          },
        },
      },
      QuizLeaderboard: {
        type: "object",
        description: "The quiz leaderboard.",
        properties: {
          leaderboardUsers: {
            type: "array",
            description: "Users on the leaderboard.",
            items: { $ref: "#/components/schemas/QuizLeaderboardUser" },
          },
        },
      },
      QuizLeaderboardUser: {
        type: "object",
        description: "One user's place on the quiz leaderboard.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the user." },
          name: { type: "string", description: "The user's name." },
          avatar: { type: "string", description: "Link to the user's picture." },
          quizzesTaken: {
            $ref: "#/components/schemas/Int64String",
            description: "How many quizzes the user answered.",
          },
          ranking: {
            $ref: "#/components/schemas/Int64String",
            description: "The user's rank (1 is best).",
          },
          averageScorePercentage: {
            $ref: "#/components/schemas/Int64String",
            description: "The user's average share of correct answers, in percent.",
          },
          requesterCanManageAnyQuiz: {
            type: "boolean",
            description:
              "Whether the calling user may manage quizzes (and so see everyone's results).",
          },
        },
      },
      QuizOverview: {
        type: "object",
        description: "A quiz with its questions and answer statistics.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the quiz." },
          name: { type: "string", description: "Name of the quiz." },
          description: { type: "string", description: "Description of the quiz." },
          status: { $ref: "#/components/schemas/QuizStatus" },
          createdBy: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who created it.",
          },
          updatedBy: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who last changed it.",
          },
          createdAt: { type: "string", format: "date-time", description: "When it was created." },
          updatedAt: {
            type: "string",
            format: "date-time",
            description: "When it was last changed.",
          },
          publishedDate: {
            type: "string",
            format: "date-time",
            description: "When it was published.",
          },
          responseCount: {
            $ref: "#/components/schemas/Int64String",
            description: "How many responses it received.",
          },
          averageScorePercentage: {
            $ref: "#/components/schemas/Int64String",
            description: "Average share of correct answers, in percent.",
          },
          fields: {
            type: "array",
            description: "The questions with their statistics.",
            items: { $ref: "#/components/schemas/QuizFieldStatistics" },
          },
        },
      },
      QuizFieldProperty: {
        type: "object",
        description: "A key/value setting of a quiz question.",
        properties: {
          key: { type: "string", description: "Name of the setting." },
          value: { type: "string", description: "Its value." },
        },
      },
      QuizFieldStatistics: {
        type: "object",
        description: "One quiz question and how often each option was chosen.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the question." },
          text: { type: "string", description: "The question." },
          images: {
            type: "array",
            description: "Links to images shown with the question.",
            items: { type: "string" },
          },
          properties: {
            type: "array",
            description: "Settings of the question.",
            items: { $ref: "#/components/schemas/QuizFieldProperty" },
          },
          type: { $ref: "#/components/schemas/QuizFieldType" },
          position: {
            $ref: "#/components/schemas/Int64String",
            description: "Position of the question in the quiz.",
          },
          options: {
            type: "array",
            description: "The answer options with their statistics.",
            items: { $ref: "#/components/schemas/QuizOptionStatistics" },
          },
        },
      },
      QuizOptionStatistics: {
        type: "object",
        description: "One answer option and how often it was chosen.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the option." },
          label: { type: "string", description: "The option's text." },
          correct: { type: "boolean", description: "Whether it is a right answer." },
          position: {
            $ref: "#/components/schemas/Int64String",
            description: "Position of the option.",
          },
          selectedCount: {
            $ref: "#/components/schemas/Int64String",
            description: "How many responses chose it.",
          },
          percentageSelected: {
            $ref: "#/components/schemas/Int64String",
            description: "Share of responses that chose it, in percent.",
          },
        },
      },
      QuizResponseList: {
        type: "object",
        description: "Responses to one quiz.",
        properties: {
          responses: {
            type: "array",
            description: "The responses.",
            items: { $ref: "#/components/schemas/QuizResponseSummary" },
          },
        },
      },
      QuizResponseSummary: {
        type: "object",
        description: "One user's response to a quiz, in short.",
        properties: {
          responseId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the response (the `response` of `getQuizResponse`).",
          },
          userId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the user who answered.",
          },
          userName: { type: "string", description: "Name of that user." },
          correctAnswerPercentage: {
            $ref: "#/components/schemas/Int64String",
            description: "Share of the user's answers that were right, in percent.",
          },
        },
      },
      QuizResponseDetail: {
        type: "object",
        description: "One user's response to a quiz with every answer.",
        properties: {
          quizId: { $ref: "#/components/schemas/Int64String", description: "ID of the quiz." },
          responseId: {
            $ref: "#/components/schemas/Int64String",
            description: "ID of the response.",
          },
          name: { type: "string", description: "Name of the quiz." },
          description: { type: "string", description: "Description of the quiz." },
          createdAt: {
            type: "string",
            format: "date-time",
            description: "When the user answered.",
          },
          userId: { $ref: "#/components/schemas/Int64String", description: "ID of the user." },
          userName: { type: "string", description: "Name of the user." },
          userAvatar: { type: "string", description: "Link to the user's picture." },
          fields: {
            type: "array",
            description: "The questions with the user's choices.",
            items: { $ref: "#/components/schemas/QuizAnsweredField" },
          },
        },
      },
      QuizAnsweredField: {
        type: "object",
        description: "One question of a quiz as a user answered it.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the question." },
          text: { type: "string", description: "The question." },
          images: {
            type: "array",
            description: "Links to images shown with the question.",
            items: { type: "string" },
          },
          properties: {
            type: "array",
            description: "Settings of the question.",
            items: { $ref: "#/components/schemas/QuizFieldProperty" },
          },
          type: { $ref: "#/components/schemas/QuizFieldType" },
          position: {
            $ref: "#/components/schemas/Int64String",
            description: "Position of the question in the quiz.",
          },
          answeredCorrectly: {
            type: "boolean",
            description: "Whether the user answered the question right.",
          },
          options: {
            type: "array",
            description: "The answer options and which the user chose.",
            items: { $ref: "#/components/schemas/QuizAnsweredOption" },
          },
        },
      },
      QuizAnsweredOption: {
        type: "object",
        description: "One answer option and whether the user chose it.",
        properties: {
          id: { $ref: "#/components/schemas/Int64String", description: "ID of the option." },
          label: { type: "string", description: "The option's text." },
          correct: { type: "boolean", description: "Whether it is a right answer." },
          position: {
            $ref: "#/components/schemas/Int64String",
            description: "Position of the option.",
          },
          selected: { type: "boolean", description: "Whether the user chose it." },
        },
      },
      ImportTimestamp: {
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$",
        description:
          "A date and time as the Import API takes it: `2024-05-02T09:15:00Z`, or without a zone, `2024-05-02T09:15:00` (the form the older import guide documents; RFC 3339 does not allow it, hence a pattern rather than `format: date-time`).",
        examples: ["2024-05-02T09:15:00Z", "2024-05-02T09:15:00"],
      },
      ImportTicketsRequest: {
        type: "object",
        description: "A batch of conversations to import.",
        required: ["data"],
        properties: {
          data: {
            type: "array",
            description:
              "The conversations, at most 100 per request. developer.zendesk.com documents 100 tickets per import and the Swagger file's description 10,000; the lower limit is the safe one, so it is enforced here.",
            maxItems: 100,
            items: { $ref: "#/components/schemas/TicketImport" },
          },
        },
      },
      TicketImport: {
        type: "object",
        description:
          "One conversation to import. `id` is your key: importing the same `id` again updates the conversation.",
        required: ["id", "created"],
        properties: {
          id: {
            type: "string",
            description:
              "Your unique ID of the conversation, e.g. its ID in the help desk you import from. Re-import with the same ID to update the conversation; delete and read it back by this ID.",
          },
          subject: { type: "string", description: "Subject shown in Zendesk QA." },
          description: {
            type: "string",
            description: "The initial question or topic of the conversation.",
          },
          created: {
            $ref: "#/components/schemas/ImportTimestamp",
            description: "When the conversation was created.",
          },
          updated: {
            $ref: "#/components/schemas/ImportTimestamp",
            description: "When it last changed; used for filtering in Zendesk QA.",
          },
          closed: {
            $ref: "#/components/schemas/ImportTimestamp",
            description: "When it was closed.",
          },
          status: {
            type: "string",
            description: "Status of the conversation in the help desk (free text, e.g. `closed`).",
          },
          channel: {
            type: "string",
            description: "Channel of the conversation (free text, e.g. `email`, `chat`, `phone`).",
          },
          type: {
            type: "string",
            description: "Type of the conversation in the help desk (free text).",
          },
          assigneeEmail: {
            type: "string",
            description:
              "Email address of the agent the conversation is assigned to. It must be an internal Zendesk QA user's address for the conversation to be reviewable, unless a comment's `authorEmail` is.",
          },
          assigneeName: { type: "string", description: "Name of that agent." },
          customerName: { type: "string", description: "Name of the customer." },
          customerEmail: { type: "string", description: "Email address of the customer." },
          url: { type: "string", description: "Link to the conversation in the help desk." },
          satisfactionScore: {
            type: "string",
            description:
              'The customer\'s CSAT score for the conversation, as text (send it as your help desk or survey tool gives it, e.g. `"4"`).',
          },
          satisfactionComment: { type: "string", description: "The customer's CSAT comment." },
          tags: {
            type: "array",
            description: "Tags of the conversation.",
            items: { type: "string" },
          },
          ticketFields: {
            type: "array",
            description: "Custom fields, for filtering conversations in Zendesk QA.",
            items: { $ref: "#/components/schemas/TicketField" },
          },
          comments: {
            type: "array",
            description:
              "The replies and internal notes of the conversation, at most 500. A comment with `public: false` is an internal note.",
            maxItems: 500,
            items: { $ref: "#/components/schemas/CommentImport" },
          },
        },
      },
      CommentImport: {
        type: "object",
        description:
          "One reply or internal note of an imported conversation. `id` is your key: importing the same `id` again updates the comment instead of adding a second one.",
        required: ["id"],
        properties: {
          id: {
            type: "string",
            description: "Your unique ID of the comment (e.g. the message ID in the help desk).",
          },
          authorName: { type: "string", description: "Name of the author." },
          authorEmail: {
            type: "string",
            description:
              "Email address of the author. When it is an internal Zendesk QA user's address, this comment can be reviewed.",
          },
          authorIsNotClient: {
            type: "boolean",
            description:
              "`true` when the author is on your side (an agent), not the customer; Zendesk QA then adds `authorEmail` as an external user you can connect or invite.",
          },
          public: {
            type: "boolean",
            description: "`true` for a reply the customer saw; `false` for an internal note.",
          },
          comment: { type: "string", description: "The text, in Markdown or HTML." },
          created: {
            $ref: "#/components/schemas/ImportTimestamp",
            description: "When the comment was written.",
          },
          updated: {
            $ref: "#/components/schemas/ImportTimestamp",
            description: "When it was last edited.",
          },
          recordingUrl: { type: "string", description: "For a call, link to its recording." },
          attachmentUrl: { type: "string", description: "Link to a file attached to the comment." },
          attachmentName: { type: "string", description: "File name of that attachment." },
          callDuration: {
            $ref: "#/components/schemas/Int64Input",
            description:
              "For a call, its length (unit not documented; seconds is the natural reading).",
          },
          callDirection: {
            type: "string",
            description: "For a call, its direction (free text, e.g. `inbound` or `outbound`).",
          },
          isBucketKey: {
            type: "boolean",
            description: "Undocumented flag; leave it out unless Zendesk QA asks you to set it.",
          },
        },
      },
      TicketField: {
        type: "object",
        description: "A custom field of a conversation.",
        properties: {
          id: { type: "string", description: "Your ID of the field." },
          label: { type: "string", description: "Label shown in Zendesk QA." },
          updated: { type: "string", description: "When the field last changed." },
          values: {
            type: "array",
            description: "The field's values.",
            items: { $ref: "#/components/schemas/TicketFieldValue" },
          },
        },
      },
      TicketFieldValue: {
        type: "object",
        description: "One value of a custom field.",
        properties: {
          label: { type: "string", description: "The value as shown." },
          value: { type: "string", description: "The value as stored." },
        },
      },
      ImportUsersRequest: {
        type: "object",
        description: "A batch of users to import.",
        required: ["data"],
        properties: {
          data: {
            type: "array",
            description: "The users.",
            items: { $ref: "#/components/schemas/UserImport" },
          },
        },
      },
      UserImport: {
        type: "object",
        description: "A user to add to Zendesk QA, identified by email address.",
        required: ["userEmail"],
        properties: {
          userEmail: {
            type: "string",
            description: "The user's email address; it identifies the user.",
          },
          userName: { type: "string", description: "The user's name." },
        },
      },
      ImportedTicket: {
        type: "object",
        description:
          "A conversation as Zendesk QA stored it from an import. The Import API answers int64 values as JSON numbers (`internalId`).",
        properties: {
          externalId: {
            type: "string",
            description: "Your ID of the conversation (its `id` in the import).",
          },
          internalId: {
            type: "integer",
            format: "int64",
            description:
              "Zendesk QA's own ID of the conversation, a JSON number. It may exceed 2^53, where JavaScript numbers lose precision.",
          },
          subject: { type: "string", description: "Subject." },
          description: { type: "string", description: "The initial question or topic." },
          created: { type: "string", description: "When the conversation was created." },
          updated: { type: "string", description: "When it last changed." },
          imported: { type: "string", description: "When Zendesk QA received the import." },
          status: { type: "string", description: "Status as imported." },
          assigneeEmail: { type: "string", description: "Email address of the assigned agent." },
          assigneeName: { type: "string", description: "Name of the assigned agent." },
          customerName: { type: "string", description: "Name of the customer." },
          customerEmail: { type: "string", description: "Email address of the customer." },
          url: { type: "string", description: "Link to the conversation in the help desk." },
          tags: { type: "array", description: "Tags.", items: { type: "string" } },
          ticketFields: {
            type: "array",
            description: "Custom fields.",
            items: { $ref: "#/components/schemas/TicketField" },
          },
          comments: {
            type: "array",
            description: "The imported comments.",
            items: { $ref: "#/components/schemas/ImportedComment" },
          },
        },
      },
      ImportedComment: {
        type: "object",
        description: "A comment as Zendesk QA stored it from an import.",
        properties: {
          externalId: {
            type: "string",
            description: "Your ID of the comment (its `id` in the import).",
          },
          internalId: {
            type: "integer",
            format: "int64",
            description: "Zendesk QA's own ID of the comment, a JSON number.",
          },
          authorName: { type: "string", description: "Name of the author." },
          authorEmail: { type: "string", description: "Email address of the author." },
          public: { type: "boolean", description: "`false` for an internal note." },
          comment: { type: "string", description: "The text." },
          created: { type: "string", description: "When the comment was written." },
          updated: { type: "string", description: "When it was last edited." },
          imported: { type: "string", description: "When Zendesk QA received it." },
          recordingUrl: { type: "string", description: "For a call, link to its recording." },
          attachmentUrl: { type: "string", description: "Link to an attached file." },
          attachmentName: { type: "string", description: "File name of that attachment." },
          callDuration: {
            type: "integer",
            format: "int64",
            description: "For a call, its length, a JSON number (same unit as on import).",
          },
        },
      },
    },
  },
};

/** specs/klaus/cxkit.json. */
export const config = {
  $schema: "../cxkit.schema.json",
  name: "klaus",
  packageName: "@cxkit/klaus",
  displayName: "Klaus",
  description:
    "Typed client for Klaus (Zendesk QA): CSAT enrichment events and the Zendesk QA Export and Import APIs",
  auth: { bearer: { option: "token" } },
  rateLimit: { requests: 1500, perMs: 60000 },
} as const;
