// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/haptik/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Haptik Conversation Studio integration APIs",
    version: "1.0.0",
    description:
      'Haptik\'s server-to-server APIs for Conversation Studio bots: hand a chat over to a human agent, read a\nuser\'s chat transcript, and keep a bot\'s FAQ steps in sync with an external knowledge base (CSV upload\nplus task-status polling).\n\nWritten from Haptik\'s developer guide "Different APIs that Can be Used on Conversation Studio"\n(docs.haptik.ai/developer-guides/what-are-the-different-apis-that-can-be-used-on-conversation-studio,\ncopy in `shared/vendor-docs/haptik-conversation-studio-apis.txt`).\n\nEvery request carries two credentials: `Authorization: Bearer <token>` and a `client-id` header.\nErrors are JSON `{"error_message": "..."}`. Haptik documents the messages but, except for the FAQ\nupload, not the HTTP status codes that carry them; this description files body/parameter errors\nunder `400` and header/token errors under `401`.\n\nRate limit: none enforced, but Haptik blocks callers it takes for a DDoS (100 to 200 calls per second)\nand recommends at most about 100 calls per minute.\n',
  },
  servers: [
    {
      url: "https://{host}",
      description: "Per-account base URL, provided by Haptik.",
      variables: {
        host: {
          default: "staging.hellohaptik.com",
          description:
            "Host of the base URL Haptik provides for your account (the docs write `https://<base-url>`); `staging.hellohaptik.com` is the staging host seen in Haptik's own samples.",
        },
      },
    },
  ],
  security: [{ bearer: [], clientId: [] }],
  tags: [
    { name: "Agent chat", description: "Moving a user's chat from the bot to a human agent." },
    { name: "Chat history", description: "Transcripts of a user's conversations." },
    {
      name: "FAQ steps",
      description:
        "Bulk creation of a bot's FAQ steps from a CSV file exported from a knowledge base (KMS).",
    },
  ],
  paths: {
    "/integration/external/v2.0/send_chat_to_agent/": {
      post: {
        operationId: "sendChatToAgent",
        summary: "Move a chat to pending",
        description:
          'Moves the user\'s chat with a bot to the queue of an agent team ("pending"), after `countdown`\nseconds. With `receiver: athena` the chat goes to Haptik\'s own Smart Agent Chat (SAC, "Athena").\n\nHaptik does not document the status codes of its errors: `400` here carries the request-body\nerrors and `401` the header/token errors of the docs\' list, each as a named example.\n',
        tags: ["Agent chat"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/SendChatToAgentRequest" },
              examples: {
                request: {
                  summary:
                    "Docs request sample (the docs' `<business_id>` and `<time_in_seconds>` placeholders filled with numbers)",
                  value: {
                    team_name: "<Name of the team>",
                    user_name: "<haptik user name>",
                    business_id: 1234,
                    countdown: 5,
                    receiver: "athena",
                  },
                },
                curlSample: {
                  summary:
                    "Body of the docs' curl sample (no countdown, so the default 10 seconds applies)",
                  value: {
                    team_name: "<Name of the team>",
                    user_name: "<haptik user name>",
                    business_id: 1234,
                    receiver: "athena",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The chat was handed over.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/SendChatToAgentResponse" },
                examples: {
                  success: { summary: "Docs response sample", value: { success: true } },
                },
              },
            },
          },
          "400": {
            description:
              "The request body is incomplete or names an unknown or inactive user, business or team. (Status not documented by Haptik; the messages are.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  userIsNotRegistered: {
                    summary: "Docs error sample",
                    value: { error_message: "user is not registered" },
                  },
                  userNameMissing: {
                    summary: "user_name is not provided in the request body",
                    value: { error_message: "user_name missing in the request" },
                  },
                  businessIdMissing: {
                    summary: "business_id is not provided in the request body",
                    value: { error_message: "business_id missing in the request" },
                  },
                  teamNameMissing: {
                    summary: "team_name is not provided in the request body",
                    value: { error_message: "team_name missing in the request" },
                  },
                  invalidUserName: {
                    summary: "The user_name is not valid for the account",
                    value: { error_message: "invalid user_name" },
                  },
                  invalidBusinessId: {
                    summary: "The business_id is not valid for the account",
                    value: { error_message: "invalid business_id provided" },
                  },
                  businessInactive: {
                    summary:
                      "The business is inactive for the account (the message carries the business_id)",
                    value: { error_message: 'business "<business_id>" is inactive' },
                  },
                  invalidTeamName: {
                    summary: "The team_name is not valid for the account",
                    value: { error_message: "invalid team_name provided" },
                  },
                  teamInactive: {
                    summary: "The team is inactive (the message carries the team_name)",
                    value: { error_message: 'team "<team_name>" is inactive' },
                  },
                  userHasNotSentAMessage: {
                    summary: "The user has not had any chat on that business",
                    value: { error_message: "user has not sent a message" },
                  },
                },
              },
            },
          },
          "401": {
            description:
              "The `client-id` or `Authorization` header is missing or wrong. (Status not documented by Haptik; the messages are.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  clientIdMissing: {
                    summary: "client-id is not passed in the headers",
                    value: { error_message: "client_id missing in headers" },
                  },
                  invalidClientId: {
                    summary: "An incorrect client-id is passed in the headers",
                    value: { error_message: "invalid client_id in headers" },
                  },
                  invalidAuthorization: {
                    summary: "The Authorization header is not correct",
                    value: { error_message: "invalid authorization in headers" },
                  },
                  tokenMissing: {
                    summary: "The Authorization token is not provided",
                    value: { error_message: "token missing in headers" },
                  },
                  invalidToken: {
                    summary: "The Authorization token is incorrect",
                    value: { error_message: "invalid token provided" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/integration/external/v2.0/get_chat_history/": {
      get: {
        operationId: "getChatHistory",
        summary: "Get Chat Transcripts v2.0",
        description:
          'Returns the messages of one conversation of a user, as JSON (`chat_json`, the default) or as one\ntext block (`chat_text`), depending on `response_type`.\n\nThe user is identified by one of two parameter groups, always together with `conversation_no`:\n- group 1, for native Haptik consumers: `business_id` and `user_name`;\n- group 2, for TRACT consumers: `pxut`.\n\nA request that fills neither group is refused with "Argument group validation: no valid group.",\none whose values have the wrong type with "Argument group validation: invalid group found.".\nOpenAPI cannot express the groups, so all four identifying parameters are optional here.\n\nHaptik does not document the status codes of its errors: `400` here carries the parameter errors,\n`401` the token error and `500` the unknown error of the docs\' list, each as a named example.\n(The docs also list a `Content-Type: application/json` header for this GET; it has no body.)\n',
        tags: ["Chat history"],
        parameters: [
          {
            name: "business_id",
            in: "query",
            description:
              "Group 1. Numeric ID of the business (the channel the user messages on), as a string of digits.",
            schema: { type: "string", pattern: "^[0-9]+$" },
            examples: { group1: { summary: "Docs group 1 sample", value: "1234" } },
          },
          {
            name: "user_name",
            in: "query",
            description: "Group 1. The Haptik user name.",
            schema: { type: "string" },
            examples: { group1: { summary: "Docs group 1 sample", value: "ab112468917fgghdebc" } },
          },
          {
            name: "conversation_no",
            in: "query",
            required: true,
            description: "Number of the user's conversation to return (both groups).",
            schema: { type: "integer" },
            examples: {
              group1: { summary: "Docs group 1 sample", value: 2 },
              group2: { summary: "Docs group 2 sample", value: 2 },
            },
          },
          {
            name: "pxut",
            in: "query",
            description:
              "Group 2. TRACT Packed eXtensible User Token; must match the `client-id` header.",
            schema: { type: "string" },
            examples: {
              group2: { summary: "Docs group 2 sample", value: "tw389ysgd._aksdjknsk-545641964-B" },
            },
          },
          {
            name: "limit",
            in: "query",
            description: "Maximum number of messages to return, as a string of digits.",
            schema: { type: "string", pattern: "^[0-9]+$" },
          },
          {
            name: "response_type",
            in: "query",
            description: "`json` (default) returns `chat_json`, `text` returns `chat_text`.",
            schema: { type: "string", enum: ["json", "text"], default: "json" },
          },
        ],
        responses: {
          "200": {
            description:
              "The conversation's messages: `chat_json` when `response_type` is `json` (default), `chat_text` when it is `text`.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ChatHistory" },
                examples: {
                  json: {
                    summary: "Docs JSON response sample",
                    value: {
                      chat_json: [
                        {
                          text: "Search places to visit{task}",
                          sender: "user",
                          message_id: 1742,
                          timestamp: "06/22/20 07:24:25 AM UTC",
                        },
                        {
                          text: "TEXT",
                          sender: "bot",
                          message_id: 1743,
                          timestamp: "06/22/20 07:24:26 AM UTC",
                        },
                      ],
                    },
                  },
                  text: {
                    summary: "Docs text response sample",
                    value: { chat_text: "user: Search places to visit{task}\nbot: TEXT\n" },
                  },
                },
              },
            },
          },
          "400": {
            description:
              'A parameter is missing, malformed or does not identify a user. (Status not documented by Haptik; the messages are.) The two "Argument group validation" errors may carry more details in other fields of the body.',
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidBusinessId: {
                    summary: "business_id is not a string representation of an integer",
                    value: { error_message: "Invalid business_id" },
                  },
                  userNotFound: {
                    summary:
                      "The user has not sent a message yet, or user_name does not belong to business_id",
                    value: {
                      error_message:
                        "Either the user has not sent a message yet, or the provided user_name-business_id pair is invalid.",
                    },
                  },
                  pxutMismatch: {
                    summary:
                      "The pxut does not match the client-id header, or one of them is wrong",
                    value: { error_message: "Unable to decode pxut-client_id pair" },
                  },
                  noValidGroup: {
                    summary: "Neither parameter group is complete",
                    value: { error_message: "Argument group validation: no valid group." },
                  },
                  invalidGroupFound: {
                    summary: "A parameter of a group has the wrong type",
                    value: { error_message: "Argument group validation: invalid group found." },
                  },
                },
              },
            },
          },
          "401": {
            description:
              "The Authorization token is wrong. (Status not documented by Haptik; the message is.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidToken: {
                    summary: "The Authorization token is incorrect",
                    value: { error_message: "Invalid token" },
                  },
                },
              },
            },
          },
          "500": {
            description:
              "An unexpected failure on Haptik's side; contact Haptik. (Status not documented by Haptik; the message is.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  unknownError: {
                    summary: "Unknown error",
                    value: { error_message: "An unknown error occurred" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/mogambo_api/nodes/faq/create/": {
      post: {
        operationId: "createFaqSteps",
        summary: "FAQ Step Creation APIs for KMS",
        description:
          "Uploads a CSV of FAQ steps for a bot (domain) so that it matches an external knowledge management\nsystem (KMS). The CSV creates, updates and deletes the domain's FAQ steps: it is an upsert of the\nwhole FAQ set, steps missing from the file are made inactive. The file is validated, then processed\nasynchronously; the answer carries a `task_id` to poll with `getFaqTaskStatus`.\n\nCSV columns (one row per step):\n- `node_name`: name of the step, unique within the domain;\n- `question`: the user messages that trigger the step, several separated by `|`;\n- `answer`: the bot response(s), several separated by the `<m>` tag.\n\nMarked `x-cxkit-idempotent`: sending the same file twice leaves the domain's FAQ steps in the same\nstate (the upload replaces them), so a retry after a lost answer is safe; it only starts a second task.\n",
        tags: ["FAQ steps"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/FaqUploadRequest" },
              encoding: { csv_file: { contentType: "text/csv" } },
              examples: {
                upload: {
                  summary:
                    "Docs request sample (`domain_name=<domain_name>`, `csv_file=@filename.csv`), with an illustrative file content since the docs show the sample rows only as an image",
                  value: {
                    domain_name: "<Name of the Domain/Bot>",
                    csv_file:
                      "node_name,question,answer\nstore_hours,When are you open?|What are your store hours?,We are open 9 am to 6 pm.<m>Closed on Sundays.\n",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The file passed validation and was queued; poll the task with `getFaqTaskStatus`.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/FaqTaskCreatedResponse" },
                examples: {
                  success: {
                    summary: "Docs response sample",
                    value: {
                      success: true,
                      body: { task_id: "fe139ce5-f4c3-4383-bacb-64a546cb0b6c" },
                      error: "",
                      meta: {},
                    },
                  },
                },
              },
            },
          },
          "400": {
            description: "Invalid or bad request body (for example an unknown domain).",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidDomain: {
                    summary: "Docs error sample (Haptik's spelling)",
                    value: { error_message: "invalid doman" },
                  },
                },
              },
            },
          },
          "401": {
            description: "Unauthorized access or invalid token.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "403": {
            description: "Access forbidden.",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
        },
      },
    },
    "/mogambo_api/nodes/faq/create/status/{taskId}/": {
      get: {
        operationId: "getFaqTaskStatus",
        summary: "Polling API to fetch submitted task Status",
        description:
          'Returns the state of an FAQ upload task. `body.status` is free text; the docs name three states:\n- Error/Exception: the error or exception of the last step processed; processing stopped;\n- In Progress: the steps are being created;\n- Success: the steps were created (sample text "all steps have been created successfully").\n',
        tags: ["FAQ steps"],
        parameters: [
          {
            name: "taskId",
            in: "path",
            required: true,
            description: "The `task_id` returned by `createFaqSteps`.",
            schema: { type: "string" },
            examples: {
              task: {
                summary: "task_id of the docs' upload sample",
                value: "fe139ce5-f4c3-4383-bacb-64a546cb0b6c",
              },
            },
          },
        ],
        responses: {
          "200": {
            description: "The task's current status.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/FaqTaskStatusResponse" },
                examples: {
                  success: {
                    summary: "Docs response sample",
                    value: {
                      success: true,
                      body: { status: "all steps have been created successfully" },
                      error: "",
                      meta: {},
                    },
                  },
                },
              },
            },
          },
          "4XX": {
            description:
              'Not documented for this API; the upload API\'s 400/401/403 `{"error_message"}` errors presumably apply.',
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
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
          "Haptik API token, sent as `Authorization: Bearer <token>`. Always used together with `clientId`.",
      },
      clientId: {
        type: "apiKey",
        in: "header",
        name: "client-id",
        description: "Client ID provided by Haptik. Always used together with `bearer`.",
      },
    },
    schemas: {
      ErrorResponse: {
        type: "object",
        description:
          'Haptik\'s error body. Some errors may carry more details in additional fields (the chat-history docs say "See response data for more details").',
        required: ["error_message"],
        properties: {
          error_message: {
            type: "string",
            description:
              "Human-readable error message (free text; the documented messages are examples).",
            examples: [
              "user is not registered",
              "invalid token provided",
              "Invalid business_id",
              "invalid doman",
            ],
          },
        },
      },
      SendChatToAgentRequest: {
        type: "object",
        required: ["team_name", "user_name", "business_id"],
        properties: {
          team_name: {
            type: "string",
            description:
              "Name of the team the chat is assigned to, as on the Teams page of the Agent Chat Tool.",
          },
          user_name: {
            type: "string",
            description:
              "Identifier of the user, provided by Haptik when it invokes the integration API.",
          },
          business_id: {
            type: "integer",
            description: "Numeric ID of the channel (business) the user is messaging on.",
          },
          countdown: {
            type: "integer",
            minimum: 5,
            maximum: 10,
            default: 10,
            description:
              "Seconds after which the chat is moved to the queue, from 5 to 10 (default 10).",
          },
          receiver: {
            type: "string",
            enum: ["athena"],
            description:
              "`athena` sends the chat to Haptik's internal Smart Agent Chat (SAC). Omit it for the default transfer.",
          },
        },
      },
      SendChatToAgentResponse: {
        type: "object",
        required: ["success"],
        properties: { success: { type: "boolean", description: "Whether the call succeeded." } },
      },
      ChatHistory: {
        description:
          "A transcript, in the form chosen by `response_type`: `ChatHistoryJson` for `json`, `ChatHistoryText` for `text`.",
        oneOf: [
          { $ref: "#/components/schemas/ChatHistoryJson" },
          { $ref: "#/components/schemas/ChatHistoryText" },
        ],
      },
      ChatHistoryJson: {
        type: "object",
        required: ["chat_json"],
        properties: {
          chat_json: {
            type: "array",
            description: "The conversation's messages.",
            items: { $ref: "#/components/schemas/ChatMessage" },
          },
        },
      },
      ChatHistoryText: {
        type: "object",
        required: ["chat_text"],
        properties: {
          chat_text: {
            type: "string",
            description: "The conversation as text, one `<sender>: <text>` line per message.",
          },
        },
      },
      ChatMessage: {
        type: "object",
        required: ["text", "sender", "message_id", "timestamp"],
        properties: {
          text: { type: "string", description: "The message text." },
          sender: {
            type: "string",
            description:
              "Who sent the message: `user`, `bot`, or the name of the agent who sent it.",
            examples: ["user", "bot"],
          },
          message_id: { type: "integer", description: "ID of the message." },
          timestamp: { $ref: "#/components/schemas/HaptikTimestamp" },
        },
      },
      HaptikTimestamp: {
        type: "string",
        description:
          "Haptik's timestamp format `MM/DD/YY hh:mm:ss AM|PM UTC`: two-digit year, 12-hour clock, literal `UTC`. Not RFC 3339.",
        pattern:
          "^(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01])/[0-9]{2} (0[1-9]|1[0-2]):[0-5][0-9]:[0-5][0-9] (AM|PM) UTC$",
        examples: ["06/22/20 07:24:25 AM UTC"],
      },
      FaqUploadRequest: {
        type: "object",
        required: ["domain_name", "csv_file"],
        properties: {
          domain_name: {
            type: "string",
            description: "Name of the domain (bot) whose FAQ steps are replaced.",
          },
          csv_file: {
            type: "string",
            contentMediaType: "text/csv",
            description:
              "The CSV file, with the columns `node_name`, `question` (user messages separated by `|`) and `answer` (bot responses separated by `<m>`).",
          },
        },
      },
      FaqTaskCreatedResponse: {
        type: "object",
        description: "Haptik's mogambo API envelope around the submitted task.",
        required: ["success", "body"],
        properties: {
          success: { type: "boolean", description: "Whether the call succeeded." },
          body: {
            type: "object",
            required: ["task_id"],
            properties: {
              task_id: {
                type: "string",
                format: "uuid",
                description: "ID of the submitted task, for `getFaqTaskStatus`.",
              },
            },
          },
          error: { type: "string", description: "Error text; empty on success." },
          meta: { type: "object", description: "Metadata; empty in the docs' samples." },
        },
      },
      FaqTaskStatusResponse: {
        type: "object",
        description: "Haptik's mogambo API envelope around a task status.",
        required: ["success", "body"],
        properties: {
          success: { type: "boolean", description: "Whether the call succeeded." },
          body: {
            type: "object",
            required: ["status"],
            properties: {
              status: {
                type: "string",
                description:
                  'Free-text state of the task: an error/exception message, an in-progress state, or a success message such as "all steps have been created successfully".',
                examples: ["all steps have been created successfully"],
              },
            },
          },
          error: { type: "string", description: "Error text; empty on success." },
          meta: { type: "object", description: "Metadata; empty in the docs' samples." },
        },
      },
    },
  },
};

/** specs/haptik/cxkit.json. */
export const config = {
  $schema: "../cxkit.schema.json",
  name: "haptik",
  packageName: "@cxkit/haptik",
  displayName: "Haptik",
  description: "Typed client for Haptik Conversation Studio integration APIs",
  auth: { bearer: { option: "token" }, clientId: { option: "clientId" } },
  servers: { "https://{host}": { option: "baseUrl", required: true } },
  rateLimit: { requests: 100, perMs: 60000 },
} as const;
