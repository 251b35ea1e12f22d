// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/haptik/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Haptik integration APIs",
    version: "1.1.0",
    description:
      'Haptik\'s server-to-server APIs, on three hosts of your account:\n- Conversation Studio (the default server): hand a chat over to a human agent, read a user\'s chat\n  transcript, and keep a bot\'s FAQ steps in sync with an external knowledge base (CSV upload plus\n  task-status polling);\n- the messenger host ("Bot as an API"): register and update users, send their messages, files and\n  feedback to a bot or agent, and re-enable a webhook Haptik switched off;\n- the WhatsApp notifications host: send a pre-approved message template (HSM) to a WhatsApp user.\n\nHaptik answers a user\'s messages by calling your webhook; the `webhooks` section describes those\nevents, how they are signed (`X-Hub-Signature`) and how Haptik retries them.\n\nWritten from Haptik\'s developer guide "Different APIs that Can be Used on Conversation Studio"\n(docs.haptik.ai/developer-guides/what-are-the-different-apis-that-can-be-used-on-conversation-studio,\ncopy in `shared/vendor-docs/haptik-conversation-studio-apis.txt`), the "Bot as an API" pages\n(docs.haptik.ai/bot-as-an-api/…: create/update a user, send a message, file or feedback, re-enable a\nwebhook, webhook payload, protocols) and the WhatsApp page "Sending notifications"\n(docs.haptik.ai/whatsapp/sending-notifications), as published in `hellohaptik/docs_haptik`\n(`docs/webhooks/*.md`, `docs/bot-configuration/webhooks.md`, `docs/whatsapp/sending-notifications.md`).\n\nEvery request carries two credentials: `Authorization: Bearer <token>` and a `client-id` header.\nErrors are JSON `{"error_message": "..."}`. The messenger pages document the status of their errors\n(all but "duplicate feedback"); the Conversation Studio and WhatsApp pages document only the messages\n(except for the FAQ upload). Where the status is not documented, this description files body and\nparameter errors under `400` and header/token errors under `401`, and says so on each of them.\n\nRate limit: none enforced, but Haptik blocks callers it takes for a DDoS (100 to 200 calls per second)\nand recommends at most about 100 calls per minute.\n',
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
    {
      name: "Users",
      description:
        "Registering the users of your own channel with Haptik (messenger host). A user must exist before their messages, files or feedback are accepted.",
    },
    {
      name: "User messages",
      description:
        "What your users say to the bot or agent (messenger host): text messages, files and end-of-chat feedback. The replies come back through your webhook.",
    },
    {
      name: "Webhook management",
      description: "Switching your webhook back on after Haptik disabled it (messenger host).",
    },
    {
      name: "WhatsApp notifications",
      description:
        "Bot-initiated WhatsApp messages from pre-approved templates (WhatsApp notifications host).",
    },
    {
      name: "Webhook events",
      description:
        "Events Haptik POSTs as JSON to the one HTTPS webhook you registered: bot and agent replies, agent\nassignment, conversation completion. `event_name` tells them apart.\n\n- Signature: every request carries `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>`, keyed with\n  the secret Haptik shared with you; verify it before trusting the event.\n- Acknowledge every event with `200` within 5 seconds, including events whose `event_name` you do\n  not know: Haptik adds new names and treats any other answer as a failure.\n- When Haptik cannot connect, gets no answer within 5 seconds or gets a non-2xx status, it retries\n  6 times over about 60 minutes, after 5, 25, 125, 625, 1410 and 1410 seconds. If the last retry\n  fails too, it disables the webhook; new events are then kept for at most 60 minutes and delivered\n  once you enable it again (dashboard, or `enableWebhook`).\n- Several deliveries may arrive close together, and retries mean an event may arrive twice or out of\n  order; ordering is up to you. Haptik sends no event ID: `message.id` identifies a message event\n  (with `event_name`), and `data.conversation_identifier` a completed conversation.\n",
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
    "/v1.0/user/": {
      servers: [
        {
          url: "https://{messengerHost}",
          description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
          variables: {
            messengerHost: {
              default: "staging-messenger.haptikapi.com",
              description:
                "Host of the messenger base URL Haptik generates for your account on its dashboard (production hosts are shared individually); `staging-messenger.haptikapi.com` is the staging host of Haptik's own samples.",
            },
          },
        },
      ],
      post: {
        operationId: "createUser",
        summary: "Create User",
        description:
          "Registers one of your users with Haptik under `auth_id`, your own identifier for them. A user must be\nregistered before `logMessageFromUser`, `logFileFromUser` or `logFeedbackFromUser` accept anything\nfrom them. Optional details (name, mobile number, email, preferred language, any flat\n`custom_data`) are stored with the user and shown to agents.\n\nHaptik's older page for this API says that a `POST` for an `auth_id` that already exists updates\nthat user. Either way the `auth_id` the request must carry makes it impossible to create a user\ntwice, so the operation is marked `x-cxkit-idempotent` and a retry after a lost answer is safe.\n\nThe docs also name a phone model, an OS version and a package name among the optional details\nwithout giving their field names; the webhook payload's `user` object calls them `phone_model`,\n`os_version` and `package_name`, and the request schema stays open for them.\n",
        tags: ["Users"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/UserRequest" },
              examples: {
                request: {
                  summary:
                    "Docs request sample (placeholders kept, `<LANGUAGE_CODE>` filled with `en` and `custom_data` with the docs' own flat-object sample)",
                  value: {
                    auth_id: "<AUTH_ID>",
                    mobile_no: "<MOBILE_NO>",
                    email: "<EMAIL>",
                    name: "<NAME>",
                    language_code: "en",
                    custom_data: { country: "India", city: "Mumbai", date_of_birth: "25-03-1985" },
                  },
                },
                curlSample: {
                  summary:
                    'Body of the docs\' "Create User" curl sample (`<LANGUAGE_CODE>` filled with `hi`)',
                  value: {
                    auth_id: "<AUTH_ID>",
                    name: "guest user",
                    language_code: "hi",
                    custom_data: { "<key_1>": "<value_1>", "<key_2>": "<value_2>" },
                  },
                },
                minimal: {
                  summary: "Only the required auth_id (a user ID from your own system)",
                  value: { auth_id: "cust-0048213" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The user is registered; the answer echoes the stored contact details.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UserResponse" },
                examples: {
                  success: {
                    summary: "Docs response sample",
                    value: {
                      auth_id: "<AUTH_ID>",
                      mobile_no: "<MOBILE_NO>",
                      email: "<EMAIL>",
                      name: "<NAME>",
                    },
                  },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
        },
      },
      put: {
        operationId: "updateUser",
        summary: "Update User",
        description:
          "Changes the stored details of the user registered under `auth_id` (same body as `createUser`);\nfields left out are not described as cleared.\n",
        tags: ["Users"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/UserRequest" },
              examples: {
                curlSample: {
                  summary:
                    'Body of the docs\' "Update User" curl sample (`<LANGUAGE_CODE>` filled with `en`)',
                  value: {
                    auth_id: "<AUTH_ID>",
                    name: "guest user",
                    language_code: "en",
                    custom_data: { "<key_1>": "<value_1>", "<key_2>": "<value_2>" },
                  },
                },
                newContactDetails: {
                  summary: "A user who gave a new email address and mobile number",
                  value: {
                    auth_id: "cust-0048213",
                    mobile_no: "+919820012345",
                    email: "priya.shah@example.com",
                    custom_data: { city: "Pune" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description:
              "The user's details were updated; the answer echoes the stored contact details.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/UserResponse" },
                examples: {
                  success: {
                    summary: "The answer to the newContactDetails request",
                    value: {
                      auth_id: "cust-0048213",
                      mobile_no: "+919820012345",
                      email: "priya.shah@example.com",
                      name: "Priya Shah",
                    },
                  },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/v1.0/log_message_from_user/": {
      servers: [
        {
          url: "https://{messengerHost}",
          description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
          variables: {
            messengerHost: {
              default: "staging-messenger.haptikapi.com",
              description:
                "Host of the messenger base URL Haptik generates for your account on its dashboard (production hosts are shared individually); `staging-messenger.haptikapi.com` is the staging host of Haptik's own samples.",
            },
          },
        },
      ],
      post: {
        operationId: "logMessageFromUser",
        summary: "Log Message to Haptik via REST API",
        description:
          "Sends what a registered user typed to the bot or agent of a business (channel). The answer only\nconfirms that Haptik stored the message; the bot's or agent's reply arrives later at your webhook\nas a `message` event.\n\nNot safe to repeat: a second call logs the same text as a second message.\n",
        tags: ["User messages"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/LogMessageRequest" },
              examples: {
                request: {
                  summary: "Docs request sample",
                  value: {
                    user: { auth_id: "<AUTH_ID>" },
                    message_body: "<MESSAGE_BODY>",
                    message_type: 0,
                    business_id: 343,
                  },
                },
                question: {
                  summary: "A user asking about an order",
                  value: {
                    user: { auth_id: "cust-0048213" },
                    message_body: "Where is my order?",
                    message_type: 0,
                    business_id: 343,
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The message was logged.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/LoggedMessage" },
                examples: {
                  success: {
                    summary: "Docs response sample",
                    value: {
                      message_id: 1411200492,
                      message_body: "<MESSAGE_BODY>",
                      created_at: "2018-10-04T12:41:27.980Z",
                      message_type: 0,
                    },
                  },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
          "403": {
            description:
              "No user is registered under the `auth_id` (register them with `createUser` first).",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  userIsNotRegistered: {
                    summary: "Docs error sample",
                    value: { error_message: "user is not registered" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/v1.0/log_file_from_user/": {
      servers: [
        {
          url: "https://{messengerHost}",
          description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
          variables: {
            messengerHost: {
              default: "staging-messenger.haptikapi.com",
              description:
                "Host of the messenger base URL Haptik generates for your account on its dashboard (production hosts are shared individually); `staging-messenger.haptikapi.com` is the staging host of Haptik's own samples.",
            },
          },
        },
      ],
      post: {
        operationId: "logFileFromUser",
        summary: "File Upload",
        description:
          "Sends a file from a registered user (an image or a document) to the bot or agent, as a multipart\nform; Haptik stores it and answers with its URL. At most 10 MB; accepted kinds:\n- documents (`message_type` 52): `docx`, `doc`, `pdf`, `xls`, `xlsx`, `csv`;\n- images (`message_type` 1): `jpg`, `jpeg`, `png`, `gif`.\n\nHaptik documents no error for a file that is too large or of another kind.\nNot safe to repeat: a second call logs the file as a second message.\n",
        tags: ["User messages"],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/LogFileRequest" },
              encoding: {
                file: {
                  contentType:
                    "image/jpeg, image/png, image/gif, application/pdf, application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.ms-excel, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv",
                },
              },
              examples: {
                image: {
                  summary:
                    "Docs curl sample (`-F file=@/home/user1/Desktop/test.jpg`, empty `message_body`), with the business ID filled in and a stand-in for the JPEG bytes",
                  value: {
                    auth_id: "<AUTH_ID>",
                    business_id: 343,
                    message_type: 1,
                    file: "<binary content of test.jpg>",
                    message_body: "",
                  },
                },
                csvDocument: {
                  summary: "A CSV statement sent as a document, with a caption",
                  value: {
                    auth_id: "cust-0048213",
                    business_id: 343,
                    message_type: 52,
                    message_body: "Here is the statement with the wrong charge",
                    file: "date,description,amount\n2024-03-02,Monthly plan,499.00\n2024-03-02,Monthly plan,499.00\n",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The file was stored and logged as a message.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/LoggedFileMessage" },
                examples: {
                  success: {
                    summary: "Docs response sample",
                    value: {
                      message_id: 1411200492,
                      message_body: "<MESSAGE_BODY>",
                      created_at: "2018-10-04T12:41:27.980Z",
                      message_type: 1,
                      file_url: "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                    },
                  },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
          "403": {
            description:
              "No user is registered under the `auth_id` (register them with `createUser` first).",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  userIsNotRegistered: {
                    summary: "Docs error sample",
                    value: { error_message: "user is not registered" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/v1.0/log_feedback_from_user/": {
      servers: [
        {
          url: "https://{messengerHost}",
          description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
          variables: {
            messengerHost: {
              default: "staging-messenger.haptikapi.com",
              description:
                "Host of the messenger base URL Haptik generates for your account on its dashboard (production hosts are shared individually); `staging-messenger.haptikapi.com` is the staging host of Haptik's own samples.",
            },
          },
        },
      ],
      post: {
        operationId: "logFeedbackFromUser",
        summary: "Log Feedback to Haptik via REST API",
        description:
          'Records how satisfied a user was with their current conversation: whether their query was\nresolved, a rating from 1 to 5 and optional free text. Haptik uses it to sort conversations into\npositive and negative ones and to judge agents.\n\nA user may give feedback once per hour; a second feedback within the hour is refused with\n"duplicate feedback". Haptik does not document the status of that error; it is filed under `400`\nhere. Feedback needs an active conversation (`404` otherwise).\n',
        tags: ["User messages"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/LogFeedbackRequest" },
              examples: {
                request: {
                  summary: "Docs request sample (`<BUSINESS_ID>` filled with a number)",
                  value: {
                    auth_id: "<AUTH_ID>",
                    business_id: 343,
                    query_resolved: true,
                    query_rating: 5,
                    feedback: "The conversation was very human like",
                  },
                },
                unresolved: {
                  summary: "An unhappy user, without written feedback",
                  value: {
                    auth_id: "cust-0048213",
                    business_id: 343,
                    query_resolved: false,
                    query_rating: 2,
                  },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "The feedback was recorded.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/FeedbackLoggedResponse" },
                examples: {
                  success: { summary: "Docs response sample", value: { success: true } },
                },
              },
            },
          },
          "400": {
            description:
              "The user already gave feedback within the last hour. (Status not documented by Haptik; the message is.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  duplicateFeedback: {
                    summary: "Docs error sample",
                    value: { error_message: "duplicate feedback" },
                  },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
          "403": {
            description: "No user is registered under the `auth_id`.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidUser: {
                    summary: "Docs error sample",
                    value: { error_message: "Invalid_User" },
                  },
                },
              },
            },
          },
          "404": {
            description: "The user has no active conversation to give feedback on.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  noActiveConversation: {
                    summary: "Docs error sample",
                    value: {
                      error_message:
                        "Failed to submit feedback, please make sure there is an active conversation with the agent",
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/v1.0/webhook/": {
      servers: [
        {
          url: "https://{messengerHost}",
          description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
          variables: {
            messengerHost: {
              default: "staging-messenger.haptikapi.com",
              description:
                "Host of the messenger base URL Haptik generates for your account on its dashboard (production hosts are shared individually); `staging-messenger.haptikapi.com` is the staging host of Haptik's own samples.",
            },
          },
        },
      ],
      post: {
        operationId: "enableWebhook",
        summary: "Enable Webhook via REST API",
        description:
          "Switches your webhook back on after Haptik disabled it. Haptik disables a webhook when an event\nstill fails after its six retries (see the `webhooks` section); events created while it is off are\nkept for at most 60 minutes and delivered once it is on again. The Haptik dashboard does the same.\n\nMarked `x-cxkit-idempotent`: enabling an enabled webhook leaves it enabled.\n",
        tags: ["Webhook management"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EnableWebhookRequest" },
              examples: {
                request: { summary: "Docs request sample", value: { enabled: true } },
                curlSample: {
                  summary:
                    "Body of the docs' curl sample, which also names the business and the webhook platform (13); `<BUSINESS_ID>` filled with a number, as in the older page's sample",
                  value: { enabled: true, business_id: 343, device_platform: 13 },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The webhook is enabled.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EnableWebhookResponse" },
                examples: {
                  success: { summary: "Docs response sample", value: { enabled: true } },
                },
              },
            },
          },
          "401": {
            description: "The `Authorization` header is missing or wrong.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  invalidAuthorization: {
                    summary: "Docs error sample",
                    value: { error_message: "invalid authorization details" },
                  },
                },
              },
            },
          },
        },
      },
    },
    "/whatsapp/notification/v2/": {
      servers: [
        {
          url: "https://{whatsappHost}",
          description: "WhatsApp notifications host of your account, provided by Haptik.",
          variables: {
            whatsappHost: {
              default: "whatsapp-notifications.haptikapi.com",
              description:
                "Host of the notification endpoint Haptik's DevOps/Platform team gives you (the docs write `<base_url>`); `whatsapp-notifications.haptikapi.com` is a Haptik host seen in public use.",
            },
          },
        },
      ],
      post: {
        operationId: "sendWhatsAppNotification",
        summary: "Sending a HSM as a notification",
        description:
          'Sends a WhatsApp message template (a "Highly Structured Message", HSM) that WhatsApp has approved\nto a user who opted in, so the bot can start the conversation. Two body forms, told apart by `type`:\n- `hsm`: a text template, its placeholders filled from `localizable_params` in order;\n- `template`: a template in components (a header with an image, document or video, body text\n  parameters, quick-reply payloads or dynamic-URL parameters for its buttons).\n\nA success means WhatsApp accepted the message, not that it was delivered (delivery figures are on\nthe WhatsApp dashboard). When the number is not on WhatsApp (or its country code is missing or\ndiffers from the business number\'s) Haptik answers "unable to verify contact details"; Haptik\ndoes not document the status, filed under `400` here. Other errors of WhatsApp are passed through\nas they are, with WhatsApp\'s status and body (`default`). The older `/whatsapp/notification/` is\ndeprecated and not described here.\n\nNot safe to repeat: a second call sends the message again.\n',
        tags: ["WhatsApp notifications"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WhatsAppNotificationRequest" },
              examples: {
                textHsm: {
                  summary:
                    "Docs HSM sample (`<business_id as a number>` filled with a number, the template names with illustrative values)",
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "hsm",
                    hsm: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      element_name: "order_shipped",
                      language: { policy: "deterministic", code: "en_US" },
                      localizable_params: [
                        { default: "Param 1 value" },
                        { default: "Param 2 value" },
                      ],
                    },
                  },
                },
                imageTemplate: {
                  summary: "Docs image template sample (placeholders filled in)",
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "template",
                    template: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      name: "festive_offer",
                      language: { policy: "deterministic", code: "en" },
                      components: [
                        {
                          type: "header",
                          parameters: [
                            {
                              type: "image",
                              image: { link: "https://cdn.example.com/offers/diwali-banner.jpg" },
                            },
                          ],
                        },
                        { type: "body", parameters: [{ type: "text", text: "Param Value 1" }] },
                      ],
                    },
                  },
                },
                documentTemplate: {
                  summary: "Docs document template sample (placeholders filled in)",
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "template",
                    template: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      name: "monthly_invoice",
                      language: { policy: "deterministic", code: "en" },
                      components: [
                        {
                          type: "header",
                          parameters: [
                            {
                              type: "document",
                              document: {
                                link: "https://cdn.example.com/invoices/INV-2024-0311.pdf",
                                filename: "Invoice March 2024.pdf",
                              },
                            },
                          ],
                        },
                        { type: "body", parameters: [{ type: "text", text: "Param Value 1" }] },
                      ],
                    },
                  },
                },
                videoTemplate: {
                  summary: "Docs video template sample (placeholders filled in)",
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "template",
                    template: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      name: "product_demo",
                      language: { policy: "deterministic", code: "en" },
                      components: [
                        {
                          type: "header",
                          parameters: [
                            {
                              type: "video",
                              video: { link: "https://cdn.example.com/videos/setup-guide.mp4" },
                            },
                          ],
                        },
                        { type: "body", parameters: [{ type: "text", text: "Param Value 1" }] },
                      ],
                    },
                  },
                },
                quickReplyPayload: {
                  summary:
                    'Docs quick-reply sample (payload for the second button, zero-based `index` "1")',
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "template",
                    template: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      name: "delivery_check",
                      language: { policy: "deterministic", code: "en" },
                      components: [
                        {
                          type: "button",
                          sub_type: "quick_reply",
                          index: "1",
                          parameters: [
                            { type: "payload", payload: "No, I did not receive the order" },
                          ],
                        },
                      ],
                    },
                  },
                },
                dynamicUrl: {
                  summary:
                    "Docs call-to-action sample (suffix for the dynamic URL of the second button)",
                  value: {
                    business_id: 343,
                    to: "+919820012345",
                    type: "template",
                    template: {
                      namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
                      name: "track_order",
                      language: { policy: "deterministic", code: "en" },
                      components: [
                        {
                          type: "button",
                          sub_type: "url",
                          index: "1",
                          parameters: [{ type: "text", text: "445566" }],
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
            description:
              "WhatsApp accepted the message (which does not mean it was delivered); the answer is WhatsApp's.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WhatsAppNotificationResponse" },
                examples: {
                  success: {
                    summary:
                      "Docs response sample (`<random message id>` filled with a WhatsApp-style ID)",
                    value: {
                      meta: { api_status: "stable", version: "2.25.1" },
                      messages: [{ id: "gBEGkZiYIVJZAgk1bqqdgmmtVU8" }],
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The number could not be verified on WhatsApp: it is not a WhatsApp account, its country code is missing or differs from the business number's, or the business's WhatsApp credentials at Haptik are wrong. (Status not documented by Haptik; the message is.)",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ErrorResponse" },
                examples: {
                  unableToVerifyContact: {
                    summary: "Docs error sample",
                    value: { error_message: "unable to verify contact details" },
                  },
                },
              },
            },
          },
          default: {
            description:
              "An error of WhatsApp, passed through with WhatsApp's own status code and body (see WhatsApp's message-template docs); Haptik does not document the statuses.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/WhatsAppErrorResponse" },
              },
            },
          },
        },
      },
    },
  },
  "x-cxkit-webhooks": { discriminator: "event_name" },
  webhooks: {
    message: {
      post: {
        operationId: "messageEvent",
        summary: "Message",
        description:
          "A reply for the user, written by the bot (`agent.is_automated: true`, `agent.name: gogo`) or by an\nagent in Haptik's agent chat tool; also a message you sent the user through Haptik's API. Show\n`message.body` (an HSL element: text, buttons, quick replies, carousels...) to the user on your\nchannel.\n\nAnswer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).\n",
        tags: ["Webhook events"],
        security: [],
        parameters: [{ $ref: "#/components/parameters/XHubSignature" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookMessageEvent" },
              examples: {
                botReply: {
                  summary:
                    "Docs sample, made valid JSON (the docs' `user` object ends with a trailing comma) and with `<DEVICE_PLATFORM>` filled with 13 (webhook platform)",
                  value: {
                    version: "1.0",
                    timestamp: "2018-10-04T12:41:27.980Z",
                    user: {
                      auth_id: "<AUTH_ID>",
                      device_platform: 13,
                      device_platform_name: "<DEVICE_PLATFORM_NAME>",
                      user_name: "<USER_NAME>",
                      user_id: "<USER_ID>",
                      phone_model: "<PHONE_MODEL>",
                      os_version: "<OS_VERSION>",
                      package_name: "<PACKAGE_NAME>",
                    },
                    business_id: 343,
                    business_name: "<BUSINESS_NAME>",
                    event_name: "message",
                    agent: {
                      id: 4415,
                      name: "gogo",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: true,
                      email: null,
                    },
                    message: {
                      id: 1982371,
                      body: { text: "Hi", type: "TEXT", data: { quick_replies: [] } },
                    },
                  },
                },
                agentReply: {
                  summary: "An agent's answer with two quick replies",
                  value: {
                    version: "1.0",
                    timestamp: "2024-03-11T09:15:02.311Z",
                    user: {
                      auth_id: "cust-0048213",
                      device_platform: 13,
                      device_platform_name: "Webhook",
                      user_name: "3f9c2a7be14d4c0a9d",
                      user_id: 55120934,
                    },
                    business_id: 343,
                    business_name: "Acme Support Channel",
                    event_name: "message",
                    agent: {
                      id: 235,
                      name: "Prateek",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: false,
                      email: "prateek@acme.example",
                    },
                    message: {
                      id: 1982399,
                      body: {
                        text: "Your order left our warehouse today. Anything else I can help with?",
                        type: "TEXT",
                        data: {
                          quick_replies: [
                            {
                              type: "TEXT_ONLY",
                              message: "Yes",
                              payload: { message: "Yes", gogo_message: "" },
                            },
                            {
                              type: "TEXT_ONLY",
                              message: "No, thanks",
                              payload: { message: "No, thanks", gogo_message: "" },
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
        },
        responses: {
          "200": {
            description:
              "Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry.",
          },
        },
      },
    },
    chat_pinned: {
      post: {
        operationId: "chatPinnedEvent",
        summary: "Chat Pinned",
        description:
          "The chat was assigned to a human agent. `agent` is that agent; the event's message is a SYSTEM\nmessage (\"<agent> has entered the Conversation\") whose `body.data.payload` repeats the agent's name\nand picture and names their team.\n\nAnswer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).\n",
        tags: ["Webhook events"],
        security: [],
        parameters: [{ $ref: "#/components/parameters/XHubSignature" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookChatPinnedEvent" },
              examples: {
                agentAssigned: {
                  summary:
                    "Docs sample, made valid JSON (the docs' `user` object ends with a trailing comma) and with `<DEVICE_PLATFORM>` filled with 13 (webhook platform)",
                  value: {
                    version: "1.0",
                    timestamp: "2018-10-04T12:41:27.980Z",
                    user: {
                      auth_id: "<AUTH_ID>",
                      device_platform: 13,
                      device_platform_name: "<DEVICE_PLATFORM_NAME>",
                      user_name: "<USER_NAME>",
                      user_id: "<USER_ID>",
                      phone_model: "<PHONE_MODEL>",
                      os_version: "<OS_VERSION>",
                      package_name: "<PACKAGE_NAME>",
                    },
                    business_id: 343,
                    business_name: "<BUSINESS_NAME>",
                    event_name: "chat_pinned",
                    agent: {
                      id: 235,
                      name: "Prateek",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: false,
                      email: "prateek@gmail.com",
                    },
                    message: {
                      id: 1982314,
                      body: {
                        text: "Prateek has entered the Conversation",
                        type: "SYSTEM",
                        data: {
                          event_name: "chat_pinned",
                          payload: {
                            profile_image: "<PROFILE_IMAGE_URL>",
                            agent_name: "<AGENT_NAME>",
                            team_name: "<TEAM_NAME>",
                          },
                        },
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
              "Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry.",
          },
        },
      },
    },
    chat_complete: {
      post: {
        operationId: "chatCompleteEvent",
        summary: "Chat Complete",
        deprecated: true,
        description:
          "Deprecated by Haptik in favour of `webhook_conversation_complete`. An agent marked the chat complete;\nany assigned agent is cleared. The event's message is a SYSTEM message.\n\nAnswer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).\n",
        tags: ["Webhook events"],
        security: [],
        parameters: [{ $ref: "#/components/parameters/XHubSignature" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookChatCompleteEvent" },
              examples: {
                chatCompleted: {
                  summary:
                    "Docs sample, made valid JSON (the docs' `user` object ends with a trailing comma) and with `<DEVICE_PLATFORM>` filled with 13 (webhook platform)",
                  value: {
                    version: "1.0",
                    timestamp: "2018-10-04T12:41:27.980Z",
                    user: {
                      auth_id: "<AUTH_ID>",
                      device_platform: 13,
                      device_platform_name: "<DEVICE_PLATFORM_NAME>",
                      user_name: "<USER_NAME>",
                      user_id: "<USER_ID>",
                      phone_model: "<PHONE_MODEL>",
                      os_version: "<OS_VERSION>",
                      package_name: "<PACKAGE_NAME>",
                    },
                    business_id: 343,
                    business_name: "<BUSINESS_NAME>",
                    event_name: "chat_complete",
                    agent: {
                      id: 4415,
                      name: "gogo",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: true,
                      email: null,
                    },
                    message: {
                      id: 1982471,
                      body: {
                        text: "The conversation has been completed",
                        type: "SYSTEM",
                        data: {},
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
              "Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry.",
          },
        },
      },
    },
    webhook_conversation_complete: {
      post: {
        operationId: "conversationCompleteEvent",
        summary: "Webhook Conversation Complete",
        description:
          "An agent or the bot marked the conversation complete (or it was completed automatically). This\nevent carries no `message`; `data` says who completed it and how, links to the transcript, the\nclosing categories and the conversation's and user's collected details. `follow_up_details` is\nfilled when a follow-up was scheduled and is an empty object otherwise.\n\nAnswer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).\n",
        tags: ["Webhook events"],
        security: [],
        parameters: [{ $ref: "#/components/parameters/XHubSignature" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookConversationCompleteEvent" },
              examples: {
                withFollowUp: {
                  summary:
                    "Docs sample, made valid JSON: the docs' `//` comments and the trailing comma of its `user` object removed, `<DEVICE_PLATFORM>` filled with 13 (webhook platform)",
                  value: {
                    version: "1.0",
                    timestamp: "2019-07-03T11:42:44.077Z",
                    business_id: 343,
                    business_name: "<BUSINESS_NAME>",
                    event_name: "webhook_conversation_complete",
                    user: {
                      auth_id: "<AUTH_ID>",
                      device_platform: 13,
                      device_platform_name: "<DEVICE_PLATFORM_NAME>",
                      user_name: "<USER_NAME>",
                      user_id: "<USER_ID>",
                      phone_model: "<PHONE_MODEL>",
                      os_version: "<OS_VERSION>",
                      package_name: "<PACKAGE_NAME>",
                    },
                    agent: {
                      id: 4415,
                      name: "gogo",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: true,
                      email: null,
                    },
                    follow_up_details: {
                      follow_up_timestamp: 1597668000,
                      send_to: 1,
                      expert_name: "expert",
                      comment: "follow up comment",
                      team_id: 2,
                    },
                    data: {
                      conversation_no: "<CONVERSATION_NO>",
                      collection_id: "<COLLECTION_ID>",
                      conversation_identifier: "<CONVERSATION_IDENTIFIER>",
                      chat_link: "<CHAT_LINK>",
                      complete_chat_link: "<CHAT_LINK>",
                      completion_type: "agent",
                      completion_by: "<AGENT_CLAIM_NAME>",
                      closing_categories: { reason: "", subReason: "", comment: "" },
                      conversation_details: { insurance_no: "CDQP12324", payment_mode: "COD" },
                      user_details: { phone_number: 8826755986, date_of_birth: "21/07/1995" },
                    },
                  },
                },
                botCompletedNoFollowUp: {
                  summary:
                    "A conversation the bot completed, without a follow-up (empty follow_up_details)",
                  value: {
                    version: "1.0",
                    timestamp: "2024-03-11T09:31:47.902Z",
                    business_id: 343,
                    business_name: "Acme Support Channel",
                    event_name: "webhook_conversation_complete",
                    user: {
                      auth_id: "cust-0048213",
                      device_platform: 13,
                      device_platform_name: "Webhook",
                      user_name: "3f9c2a7be14d4c0a9d",
                      user_id: 55120934,
                    },
                    agent: {
                      id: 4415,
                      name: "gogo",
                      profile_image:
                        "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
                      is_automated: true,
                      email: null,
                    },
                    follow_up_details: {},
                    data: {
                      conversation_no: 3,
                      collection_id: 98231554,
                      conversation_identifier: "55120934-343-3",
                      complete_chat_link: "https://acme.haptik.example/chat/55120934-343-3",
                      completion_type: "gogo",
                      completion_by: "Bot completed",
                      closing_categories: {
                        reason: "Order status",
                        subReason: "Shipped",
                        comment: "",
                      },
                      conversation_details: { order_id: "ORD-778812" },
                      user_details: {},
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
              "Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry.",
          },
        },
      },
    },
  },
  components: {
    parameters: {
      XHubSignature: {
        name: "X-Hub-Signature",
        in: "header",
        required: true,
        description:
          "Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.)",
        schema: { type: "string", pattern: "^sha1=[0-9a-fA-F]{40}$" },
        examples: {
          signature: {
            summary: "A signature as Haptik sends it",
            value: "sha1=5d41402abc4b2a76b9719d911017c592ae1f5b2c",
          },
        },
      },
    },
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
      AuthId: {
        type: "string",
        description:
          "Your own identifier of the user (alphanumeric), under which Haptik registers them; every later call about the user names it.",
        examples: ["cust-0048213"],
      },
      BusinessId: {
        type: "integer",
        description:
          "Numeric ID of the business: the channel (queue) the user talks to, provided by Haptik.",
        examples: [343],
      },
      UserRequest: {
        type: "object",
        description:
          "A user's registration details. Only `auth_id` is required. The object stays open: Haptik also names a phone model, an OS version and a package name as optional details without documenting their field names.",
        required: ["auth_id"],
        properties: {
          auth_id: { $ref: "#/components/schemas/AuthId" },
          mobile_no: { type: "string", description: "The user's mobile number." },
          email: { type: "string", description: "The user's email address." },
          name: { type: "string", description: "The user's name, as agents see it." },
          language_code: {
            type: "string",
            pattern: "^[a-z]{2}$",
            description:
              "The user's preferred language as an ISO 639-1 two-letter code, e.g. `en` (English) or `hi` (Hindi).",
            examples: ["en"],
          },
          auth_code: {
            type: "string",
            description:
              "A token of the user in your system, which Haptik treats as the client token. Only on Haptik's older page for this API; the current page no longer lists it.",
          },
          custom_data: {
            type: "object",
            description:
              "Any other facts about the user (country, city, date of birth...), as a flat object: every value is a string, number, boolean or null, never an object. Nest nothing; flatten `address.country` to `country`.",
            additionalProperties: { type: ["string", "number", "boolean", "null"] },
            examples: [{ country: "India", city: "Mumbai", date_of_birth: "25-03-1985" }],
          },
        },
      },
      UserResponse: {
        type: "object",
        description:
          "The stored contact details of a user. Haptik's sample shows all four fields; a detail that was never given may come back empty or `null` (not documented).",
        required: ["auth_id"],
        properties: {
          auth_id: { $ref: "#/components/schemas/AuthId" },
          mobile_no: { type: ["string", "null"], description: "The user's mobile number." },
          email: { type: ["string", "null"], description: "The user's email address." },
          name: { type: ["string", "null"], description: "The user's name." },
        },
      },
      LogMessageRequest: {
        type: "object",
        required: ["user", "message_body", "message_type", "business_id"],
        properties: {
          user: {
            type: "object",
            description: "The registered user who sent the message.",
            required: ["auth_id"],
            properties: { auth_id: { $ref: "#/components/schemas/AuthId" } },
          },
          message_body: {
            type: "string",
            description: "What the user said, for the bot or agent.",
          },
          message_type: {
            type: "integer",
            default: 0,
            description:
              "Haptik's processing pipeline for the message; `0` for a standard (text) message. (`1` and `52` are the image and document types of `logFileFromUser`.)",
            examples: [0],
          },
          business_id: { $ref: "#/components/schemas/BusinessId" },
        },
      },
      LoggedMessage: {
        type: "object",
        description: "A message as Haptik stored it.",
        required: ["message_id", "message_body", "created_at", "message_type"],
        properties: {
          message_id: { type: "integer", description: "ID Haptik gave the message." },
          message_body: { type: "string", description: "The message text as stored." },
          created_at: {
            type: "string",
            format: "date-time",
            description: "When Haptik stored the message (ISO 8601, UTC).",
          },
          message_type: {
            type: "integer",
            description: "The message's pipeline type (`0` text, `1` image, `52` document).",
          },
        },
      },
      LogFileRequest: {
        type: "object",
        description: "Multipart form fields of a file upload.",
        required: ["auth_id", "business_id", "message_type", "file"],
        properties: {
          auth_id: { $ref: "#/components/schemas/AuthId" },
          business_id: { $ref: "#/components/schemas/BusinessId" },
          message_type: {
            type: "integer",
            enum: [1, 52],
            description:
              "`1` for an image (jpg, jpeg, png, gif), `52` for a document (docx, doc, pdf, xls, xlsx, csv).",
          },
          message_body: {
            type: "string",
            description: "Optional text sent with the file (a caption); may be empty.",
          },
          file: {
            type: "string",
            contentMediaType: "application/octet-stream",
            description:
              "The file's content, at most 10 MB: an image (`image/jpeg`, `image/png`, `image/gif`) or a document (`application/pdf`, Word `application/msword` and `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, Excel `application/vnd.ms-excel` and `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `text/csv`). Send a `Blob`/`File` of the right type; a plain string is sent as `image/jpeg`, the first type of the part's `encoding`.",
          },
        },
      },
      LoggedFileMessage: {
        description: "A file message as Haptik stored it, with the URL of the stored file.",
        allOf: [
          { $ref: "#/components/schemas/LoggedMessage" },
          {
            type: "object",
            required: ["file_url"],
            properties: {
              file_url: {
                type: "string",
                format: "uri",
                description: "Where Haptik stored the uploaded file.",
              },
            },
          },
        ],
      },
      LogFeedbackRequest: {
        type: "object",
        required: ["auth_id", "business_id", "query_resolved", "query_rating"],
        properties: {
          auth_id: { $ref: "#/components/schemas/AuthId" },
          business_id: { $ref: "#/components/schemas/BusinessId" },
          query_resolved: {
            type: "boolean",
            description:
              "Whether the user's query was resolved; sorts the conversation as positive or negative.",
          },
          query_rating: {
            type: "integer",
            minimum: 1,
            maximum: 5,
            description:
              "How satisfied the user was with the conversation, from 1 (least) to 5 (most).",
          },
          feedback: { type: "string", description: "The user's own words about the conversation." },
        },
      },
      FeedbackLoggedResponse: {
        type: "object",
        required: ["success"],
        properties: {
          success: { type: "boolean", description: "Whether the feedback was recorded." },
        },
      },
      EnableWebhookRequest: {
        type: "object",
        required: ["enabled"],
        properties: {
          enabled: {
            type: "boolean",
            const: true,
            description: "Must be `true`; the API only switches a webhook back on.",
          },
          business_id: { $ref: "#/components/schemas/BusinessId" },
          device_platform: {
            type: "integer",
            description:
              'Haptik\'s platform ID of the webhook: `13` for webhook-based ("Bot as an API") users, `5` for the Web SDK.',
            examples: [13],
          },
        },
      },
      EnableWebhookResponse: {
        type: "object",
        required: ["enabled"],
        properties: {
          enabled: { type: "boolean", description: "Whether the webhook is now enabled." },
        },
      },
      WhatsAppNotificationRequest: {
        description:
          "A WhatsApp notification: `WhatsAppHsmNotification` (`type: hsm`, a text template) or `WhatsAppTemplateNotification` (`type: template`, a template in components, for media headers and buttons).",
        oneOf: [
          { $ref: "#/components/schemas/WhatsAppHsmNotification" },
          { $ref: "#/components/schemas/WhatsAppTemplateNotification" },
        ],
        discriminator: {
          propertyName: "type",
          mapping: {
            hsm: "#/components/schemas/WhatsAppHsmNotification",
            template: "#/components/schemas/WhatsAppTemplateNotification",
          },
        },
      },
      WhatsAppHsmNotification: {
        type: "object",
        required: ["business_id", "to", "type", "hsm"],
        properties: {
          business_id: { $ref: "#/components/schemas/BusinessId" },
          to: { $ref: "#/components/schemas/WhatsAppRecipient" },
          type: {
            type: "string",
            const: "hsm",
            description: "A text template whose placeholders are filled in order.",
          },
          hsm: {
            type: "object",
            required: ["namespace", "element_name", "language"],
            properties: {
              namespace: {
                type: "string",
                description:
                  "The template namespace of the WhatsApp business account (from the WhatsApp dashboard).",
              },
              element_name: {
                type: "string",
                description: "The template's name (from the WhatsApp dashboard).",
              },
              language: { $ref: "#/components/schemas/WhatsAppLanguage" },
              localizable_params: {
                type: "array",
                description:
                  "The values of the template's placeholders, in their order in the template.",
                items: {
                  type: "object",
                  required: ["default"],
                  properties: {
                    default: { type: "string", description: "The text put in the placeholder." },
                  },
                },
              },
            },
          },
        },
      },
      WhatsAppTemplateNotification: {
        type: "object",
        required: ["business_id", "to", "type", "template"],
        properties: {
          business_id: { $ref: "#/components/schemas/BusinessId" },
          to: { $ref: "#/components/schemas/WhatsAppRecipient" },
          type: {
            type: "string",
            const: "template",
            description: "A template given as components (header, body, buttons).",
          },
          template: {
            type: "object",
            required: ["namespace", "name", "language"],
            properties: {
              namespace: {
                type: "string",
                description:
                  "The template namespace of the WhatsApp business account (from the WhatsApp dashboard).",
              },
              name: {
                type: "string",
                description: "The template's name (from the WhatsApp dashboard).",
              },
              language: { $ref: "#/components/schemas/WhatsAppLanguage" },
              components: {
                type: "array",
                description:
                  "The values of the template's parts; their exact set depends on how the template was built.",
                items: { $ref: "#/components/schemas/WhatsAppTemplateComponent" },
              },
            },
          },
        },
      },
      WhatsAppRecipient: {
        type: "string",
        description:
          "The user's WhatsApp phone number, with its country code (without it, a number of another country than the business number's cannot be verified).",
        examples: ["+919820012345"],
      },
      WhatsAppLanguage: {
        type: "object",
        description: "Which language version of the template to send.",
        required: ["policy", "code"],
        properties: {
          policy: {
            type: "string",
            enum: ["deterministic"],
            description: "`deterministic`: send exactly the language version `code` names.",
          },
          code: {
            type: "string",
            description:
              "The template's language code as registered with WhatsApp, e.g. `en` or `en_US`.",
            examples: ["en_US"],
          },
        },
      },
      WhatsAppTemplateComponent: {
        type: "object",
        description: "The parameters of one part of a template.",
        required: ["type"],
        properties: {
          type: {
            type: "string",
            enum: ["header", "body", "button"],
            description:
              "The part: `header` (an image, document or video), `body` (text parameters) or `button`.",
          },
          sub_type: {
            type: "string",
            enum: ["quick_reply", "url"],
            description:
              "Buttons only: `quick_reply` (the parameter is the payload sent back when the user taps it) or `url` (the parameter is appended to the button's dynamic URL; it must be URL-safe).",
          },
          index: {
            type: "string",
            pattern: "^[0-9]+$",
            description: "Buttons only: zero-based position of the button, as a string of digits.",
          },
          parameters: {
            type: "array",
            items: { $ref: "#/components/schemas/WhatsAppTemplateParameter" },
          },
        },
      },
      WhatsAppTemplateParameter: {
        description: "One value of a template part, typed by `type`.",
        oneOf: [
          { $ref: "#/components/schemas/WhatsAppTextParameter" },
          { $ref: "#/components/schemas/WhatsAppImageParameter" },
          { $ref: "#/components/schemas/WhatsAppDocumentParameter" },
          { $ref: "#/components/schemas/WhatsAppVideoParameter" },
          { $ref: "#/components/schemas/WhatsAppPayloadParameter" },
        ],
        discriminator: {
          propertyName: "type",
          mapping: {
            text: "#/components/schemas/WhatsAppTextParameter",
            image: "#/components/schemas/WhatsAppImageParameter",
            document: "#/components/schemas/WhatsAppDocumentParameter",
            video: "#/components/schemas/WhatsAppVideoParameter",
            payload: "#/components/schemas/WhatsAppPayloadParameter",
          },
        },
      },
      WhatsAppTextParameter: {
        type: "object",
        required: ["type", "text"],
        properties: {
          type: { type: "string", const: "text" },
          text: {
            type: "string",
            description: "A body placeholder's text, or the suffix of a button's dynamic URL.",
          },
        },
      },
      WhatsAppImageParameter: {
        type: "object",
        required: ["type", "image"],
        properties: {
          type: { type: "string", const: "image" },
          image: { $ref: "#/components/schemas/WhatsAppMediaLink" },
        },
      },
      WhatsAppDocumentParameter: {
        type: "object",
        required: ["type", "document"],
        properties: {
          type: { type: "string", const: "document" },
          document: {
            allOf: [
              { $ref: "#/components/schemas/WhatsAppMediaLink" },
              {
                type: "object",
                properties: {
                  filename: { type: "string", description: "The file name the user sees." },
                },
              },
            ],
            description: "A PDF (Word files are not supported).",
          },
        },
      },
      WhatsAppVideoParameter: {
        type: "object",
        required: ["type", "video"],
        properties: {
          type: { type: "string", const: "video" },
          video: { $ref: "#/components/schemas/WhatsAppMediaLink" },
        },
      },
      WhatsAppPayloadParameter: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: { type: "string", const: "payload" },
          payload: {
            type: "string",
            description:
              "What Haptik receives as the user's message when they tap the quick-reply button.",
          },
        },
      },
      WhatsAppMediaLink: {
        type: "object",
        required: ["link"],
        properties: {
          link: {
            type: "string",
            format: "uri",
            description: "Public URL of the media file (images, PDF, MP3 and MP4 are supported).",
          },
        },
      },
      WhatsAppNotificationResponse: {
        type: "object",
        description: "WhatsApp's answer, passed on by Haptik.",
        required: ["messages"],
        properties: {
          meta: {
            type: "object",
            properties: {
              api_status: {
                type: "string",
                description: "Status of WhatsApp's API, e.g. `stable`.",
              },
              version: { type: "string", description: "Version of WhatsApp's API that answered." },
            },
          },
          messages: {
            type: "array",
            description: "The message sent (one).",
            items: {
              type: "object",
              required: ["id"],
              properties: { id: { type: "string", description: "WhatsApp's ID of the message." } },
            },
          },
        },
      },
      WhatsAppErrorResponse: {
        type: "object",
        description:
          "An error body of WhatsApp, passed through by Haptik. Its shape is WhatsApp's (not documented by Haptik): usually `meta` and a list of `errors`.",
        properties: {
          meta: {
            type: "object",
            properties: { api_status: { type: "string" }, version: { type: "string" } },
          },
          errors: {
            type: "array",
            items: {
              type: "object",
              properties: {
                code: { type: "integer", description: "WhatsApp's error code." },
                title: { type: "string", description: "Short name of the error." },
                details: { type: "string", description: "What went wrong." },
              },
            },
          },
        },
      },
      WebhookEnvelope: {
        type: "object",
        description:
          "What every event Haptik sends to your webhook has in common. Haptik promises to add fields without notice but not to remove or change one without a new `event_name`, so read defensively: any field may be missing from older or other events.",
        required: ["version", "timestamp", "user", "business_id", "event_name"],
        properties: {
          version: {
            type: "string",
            description: "Version of the webhook payload format.",
            examples: ["1.0"],
          },
          timestamp: {
            type: "string",
            format: "date-time",
            description: "When Haptik created the event (ISO 8601, UTC).",
          },
          user: { $ref: "#/components/schemas/WebhookUser" },
          business_id: { $ref: "#/components/schemas/BusinessId" },
          business_name: { type: "string", description: "Name of the business (channel)." },
          event_name: {
            type: "string",
            description:
              "The kind of event: `message`, `chat_pinned`, `chat_complete` (deprecated) or `webhook_conversation_complete`. Haptik may add new names; acknowledge those with `200` too.",
          },
          agent: { $ref: "#/components/schemas/WebhookAgent" },
          message: { $ref: "#/components/schemas/WebhookMessage" },
        },
      },
      WebhookUser: {
        type: "object",
        description: "The user the event is about.",
        required: ["auth_id"],
        properties: {
          auth_id: { $ref: "#/components/schemas/AuthId" },
          device_platform: {
            type: "integer",
            description:
              "Haptik's ID of the user's platform: 2 Android, 3 Facebook, 5 Web SDK, 6 iOS, 13 webhook (\"Bot as an API\"), 14 WhatsApp.",
            examples: [13],
          },
          device_platform_name: {
            type: "string",
            description: "Name of that platform.",
            examples: ["Webhook"],
          },
          user_name: {
            type: "string",
            description:
              "Haptik's user name of the user (the `user_name` of `sendChatToAgent` and `getChatHistory`).",
          },
          user_id: {
            type: ["string", "integer"],
            description:
              "Haptik's ID of the user (its JSON type is not documented; the docs' sample shows a placeholder).",
          },
          phone_model: { type: "string", description: "The user's phone model, when known." },
          os_version: { type: "string", description: "The user's OS version, when known." },
          package_name: {
            type: "string",
            description: "The app the user writes from, when known.",
          },
        },
      },
      WebhookAgent: {
        type: "object",
        description: "Who acted: a human agent, or the bot (`name` `gogo`, Haptik's AI engine).",
        properties: {
          id: { type: "integer", description: "ID of the agent (or of the bot)." },
          name: {
            type: "string",
            description: "The agent's name; `gogo` for the bot.",
            examples: ["gogo"],
          },
          profile_image: { type: "string", description: "URL of the agent's picture." },
          is_automated: {
            type: "boolean",
            description: "`true` when the bot acted, `false` when a human agent did.",
          },
          email: {
            type: ["string", "null"],
            description: "The agent's email address; `null` when the bot acted.",
          },
        },
      },
      WebhookMessage: {
        type: "object",
        description: "The message the event carries.",
        required: ["id", "body"],
        properties: {
          id: {
            type: "integer",
            description:
              "Haptik's ID of the message. Haptik sends no event ID; this is the best key to drop a redelivered event.",
          },
          body: { $ref: "#/components/schemas/HslMessageBody" },
        },
      },
      HslMessageBody: {
        type: "object",
        description:
          "The message as one element of Haptik's Standard Language (HSL), Haptik's cross-platform format of rich messages: a `type`, its `text` and type-specific `data` (quick replies, buttons, carousel items...).",
        required: ["type"],
        properties: {
          text: { type: "string", description: "The message text." },
          type: {
            type: "string",
            description:
              "The HSL element type: `TEXT`, `SYSTEM` (a notice such as an agent joining or the conversation ending), or a rich element type (buttons, carousel, ...).",
            examples: ["TEXT", "SYSTEM"],
          },
          data: {
            type: "object",
            description:
              "The element's type-specific content, e.g. `quick_replies` of a TEXT message.",
          },
        },
      },
      WebhookMessageEvent: {
        description: "`message`: a reply from the bot or an agent.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_name", "agent", "message"],
            properties: {
              event_name: { type: "string", const: "message" },
              agent: { $ref: "#/components/schemas/WebhookAgent" },
              message: { $ref: "#/components/schemas/WebhookMessage" },
            },
          },
        ],
      },
      WebhookChatPinnedEvent: {
        description: "`chat_pinned`: the chat was assigned to a human agent.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_name", "agent", "message"],
            properties: {
              event_name: { type: "string", const: "chat_pinned" },
              agent: { $ref: "#/components/schemas/WebhookAgent" },
              message: {
                allOf: [
                  { $ref: "#/components/schemas/WebhookMessage" },
                  {
                    type: "object",
                    properties: { body: { $ref: "#/components/schemas/ChatPinnedMessageBody" } },
                  },
                ],
              },
            },
          },
        ],
      },
      ChatPinnedMessageBody: {
        description:
          "The SYSTEM message of a `chat_pinned` event, whose `data` names the agent who took the chat.",
        allOf: [
          { $ref: "#/components/schemas/HslMessageBody" },
          { type: "object", properties: { data: { $ref: "#/components/schemas/ChatPinnedData" } } },
        ],
      },
      ChatPinnedData: {
        type: "object",
        description:
          "The `data` of the SYSTEM message of a `chat_pinned` event (empty in Haptik's older sample).",
        properties: {
          event_name: { type: "string", description: "The event again, `chat_pinned`." },
          payload: {
            type: "object",
            description: "The agent who took the chat.",
            properties: {
              agent_name: { type: "string", description: "The agent's name." },
              team_name: { type: "string", description: "The agent's team." },
              profile_image: { type: "string", description: "URL of the agent's picture." },
            },
          },
        },
      },
      WebhookChatCompleteEvent: {
        description: "`chat_complete` (deprecated): an agent marked the chat complete.",
        deprecated: true,
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_name", "message"],
            properties: {
              event_name: { type: "string", const: "chat_complete" },
              message: { $ref: "#/components/schemas/WebhookMessage" },
            },
          },
        ],
      },
      WebhookConversationCompleteEvent: {
        description: "`webhook_conversation_complete`: the conversation was marked complete.",
        allOf: [
          { $ref: "#/components/schemas/WebhookEnvelope" },
          {
            type: "object",
            required: ["event_name", "data"],
            properties: {
              event_name: { type: "string", const: "webhook_conversation_complete" },
              follow_up_details: { $ref: "#/components/schemas/FollowUpDetails" },
              data: { $ref: "#/components/schemas/ConversationCompleteData" },
            },
          },
        ],
      },
      FollowUpDetails: {
        type: "object",
        description:
          "A follow-up scheduled when the conversation was closed; an empty object when there is none.",
        properties: {
          follow_up_timestamp: {
            type: "integer",
            description: "When the follow-up is due, in Unix seconds.",
            examples: [1597668000],
          },
          send_to: {
            type: "integer",
            enum: [1, 2, 3],
            description: "Who is reminded: `1` the expert (agent), `2` the user, `3` both.",
          },
          expert_name: {
            type: "string",
            description: "Name of the expert (agent) in charge of the follow-up.",
          },
          comment: { type: "string", description: "The follow-up note." },
          team_id: { type: "integer", description: "ID of the team in charge of the follow-up." },
        },
      },
      ConversationCompleteData: {
        type: "object",
        description: "How and by whom a conversation was completed, with what was collected in it.",
        properties: {
          conversation_no: {
            type: ["integer", "string"],
            description:
              "Number of the conversation among the user's conversations (the `conversation_no` of `getChatHistory`). Its JSON type is not documented (the docs' sample shows a placeholder).",
          },
          collection_id: {
            type: ["integer", "string"],
            description: "Haptik's ID of the conversation (its JSON type is not documented).",
          },
          conversation_identifier: {
            type: "string",
            description: "Haptik's identifier of the conversation.",
          },
          chat_link: {
            type: "string",
            deprecated: true,
            description: "Link to the transcript. Deprecated; use `complete_chat_link`.",
          },
          complete_chat_link: {
            type: "string",
            description: "Link to the conversation's full transcript.",
          },
          completion_type: {
            type: "string",
            enum: ["gogo", "agent", "autocomplete"],
            description:
              "Who completed the conversation: `gogo` the bot, `agent` a human agent, `autocomplete` Haptik on its own (e.g. after inactivity).",
          },
          completion_by: {
            type: "string",
            description:
              "The state the conversation was in just before completion: the name of the agent who had claimed it, `Team Offline Flag`, `Waiting for User` or `Bot completed`.",
            examples: ["Bot completed", "Waiting for User"],
          },
          closing_categories: {
            type: "object",
            description: "The closing reason the agent chose (empty strings when none).",
            properties: {
              reason: { type: "string", description: "The closing reason." },
              subReason: { type: "string", description: "The closing sub-reason." },
              comment: { type: "string", description: "The agent's closing comment." },
            },
          },
          conversation_details: {
            type: "object",
            description:
              "Values the bot collected during the conversation, by name (bot-specific, e.g. a policy number or payment mode).",
          },
          user_details: {
            type: "object",
            description:
              "Details collected about the user, by name (bot-specific, e.g. phone number, date of birth).",
          },
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
  description:
    "Typed client for Haptik's integration APIs: Conversation Studio, the messenger (Bot as an API) and WhatsApp notifications",
  auth: { bearer: { option: "token" }, clientId: { option: "clientId" } },
  servers: {
    "https://{host}": { option: "baseUrl", required: true },
    "https://{messengerHost}": { option: "messengerBaseUrl" },
    "https://{whatsappHost}": { option: "whatsappBaseUrl" },
  },
  rateLimit: { requests: 100, perMs: 60000 },
} as const;
