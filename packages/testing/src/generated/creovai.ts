// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/creovai/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Creovai chat capture API",
    version: "1.0.0",
    description:
      'Upload finished chat sessions to Creovai (formerly Tethr) conversation intelligence, after exchanging\nAPI-user credentials for a short-lived bearer token.\n\nWritten from the Creovai support articles "Sending Chat interactions via Creovai API" (copy in\n`shared/vendor-docs/creovai-chat-capture-api.txt`) and "Token authentication API"\n(support.creovai.com/article/197963). Chat capture must be enabled for the API user by Creovai support\n(a "Change Request" ticket) before the chat endpoint accepts uploads.\n\nCreovai documents no error bodies and no rate limits: error responses are modelled loosely (plain text\nor JSON).\n',
  },
  servers: [
    {
      url: "https://{instance}.audio.creovai.com",
      description: "Your Creovai instance.",
      variables: {
        instance: {
          default: "yourinstance",
          description: "Your Creovai instance name (the `[INSTANCE NAME]` part of the host).",
        },
      },
    },
  ],
  security: [{ bearer: [] }],
  tags: [
    { name: "Authentication", description: "Exchanging API-user credentials for an access token." },
    { name: "Chat capture", description: "Uploading chat sessions for analysis." },
  ],
  paths: {
    "/Token": {
      post: {
        operationId: "getToken",
        summary: "Token authentication API",
        description:
          "Exchanges the client ID and secret of a Creovai API user for a bearer access token (OAuth 2.0\nclient-credentials grant, form-encoded). The token is valid for `expires_in` seconds (about 30\nminutes); the API user's secret itself is valid for 365 days.\n\nMarked `x-cxkit-idempotent`: issuing a token changes nothing on the server, so a retry is safe.\n",
        tags: ["Authentication"],
        security: [],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: { $ref: "#/components/schemas/TokenRequest" },
              examples: {
                clientCredentials: {
                  summary:
                    "Docs request sample (`grant_type=client_credentials&client_secret=...&client_id=...`)",
                  value: {
                    grant_type: "client_credentials",
                    client_secret: "<client_secret>",
                    client_id: "<client_id>",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The access token.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/TokenResponse" },
                examples: {
                  token: {
                    summary: "Docs response sample (token value elided in the docs)",
                    value: {
                      access_token: "<access_token>",
                      token_type: "bearer",
                      expires_in: 1799,
                    },
                  },
                },
              },
            },
          },
          "400": {
            description:
              "The request is malformed (for example a wrong `grant_type`). Body undocumented: plain text or JSON.",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": {
            description: "The client ID or secret is wrong or expired. Body undocumented.",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
        },
      },
    },
    "/chatCapture/v1": {
      post: {
        operationId: "uploadChat",
        summary: "Sending Chat interactions via Creovai API",
        description:
          "Uploads one chat session: its time span, its participants (contacts) and each participant's\nmessages, plus free-form metadata. Creovai answers with the call ID it assigned to the session\n(the primary ID of the session in Creovai; GUI link `https://<instance>.Creovai.io/calls/<callId>`).\nA session's call ID can also be looked up by `SessionId` with the Call Status API.\n\nAll times are UTC (`Z`). Creovai's .NET SDK also requires `UtcStart <= UtcEnd` and every message\ntimestamp within `[UtcStart, UtcEnd]`; the docs' own sample does not follow the latter (its messages\nare dated the day before `UtcStart`).\n\nNot idempotent: whether re-sending the same `SessionId` creates a second interaction is not\ndocumented.\n",
        tags: ["Chat capture"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/ChatCall" },
              examples: {
                sampleChat: {
                  summary: 'Docs "Sample Chat Json"',
                  value: {
                    SessionId: "160953e6-8136-4090-a54d-44c25691149f",
                    MasterCallId: "4f5917ea-8124-4121-96a2-79bbaca7d23d",
                    UtcStart: "2017-08-16T19:30:00Z",
                    UtcEnd: "2017-08-16T19:33:00Z",
                    Contacts: [
                      {
                        Type: "System",
                        Messages: [
                          {
                            Content: "John joined the room.",
                            UtcTimestamp: "2017-08-15T19:30:30Z",
                          },
                          { Content: "John left the room.", UtcTimestamp: "2017-08-15T19:31:30Z" },
                        ],
                      },
                      {
                        FirstName: "Jane",
                        LastName: "Doe",
                        Type: "Customer",
                        Messages: [
                          {
                            Content: "I need to make an appointment to service my car.",
                            UtcTimestamp: "2017-08-15T19:30:40Z",
                          },
                          {
                            Content: "Need it some time this week.",
                            UtcTimestamp: "2017-08-15T19:30:45Z",
                          },
                          {
                            Content: "Thanks, that's all I needed!",
                            UtcTimestamp: "2017-08-15T19:31:20Z",
                          },
                        ],
                      },
                      {
                        ReferenceId: "1234",
                        FirstName: "John",
                        LastName: "Smith",
                        Type: "Agent",
                        Messages: [
                          {
                            Content:
                              'Please select "Appointments" underneath the "Service" tab in the upper left.',
                            UtcTimestamp: "2017-08-15T19:31:00Z",
                          },
                          {
                            Content:
                              "From there, you can schedule your appointment at an available time of your choosing.",
                            UtcTimestamp: "2017-08-15T19:31:10Z",
                          },
                          {
                            Content:
                              "You're welcome, feel free to contact us anytime if you need anything else.",
                            UtcTimestamp: "2017-08-15T19:31:30Z",
                          },
                        ],
                      },
                    ],
                    Metadata: { ReferenceId: "1501a", CustomerRating: "4" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The chat was accepted; the body carries the Creovai call ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ChatCaptureResponse" },
                examples: {
                  callId: { summary: "Docs response sample", value: { callId: "bbsnbcbe3" } },
                },
              },
            },
          },
          "400": {
            description: "The chat failed validation; the body is the validation message as text.",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "401": {
            description:
              "The bearer token is missing, wrong or expired: get a new one with `getToken`. Body undocumented.",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          "403": {
            description:
              "The API user may not upload chats (chat capture not enabled for it, or a missing role). Body undocumented.",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
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
          "Access token from `POST /Token` (`getToken`), sent as `Authorization: Bearer <access_token>`. It expires after `expires_in` seconds (about 30 minutes).",
      },
    },
    schemas: {
      ErrorResponse: {
        description:
          "Undocumented error body: Creovai answers errors with a status code and, for validation errors, a plain-text message; a JSON body is possible. Kept loose on purpose.",
        anyOf: [{ type: "string" }, { type: "object" }],
      },
      TokenRequest: {
        type: "object",
        required: ["grant_type", "client_id", "client_secret"],
        properties: {
          grant_type: {
            type: "string",
            const: "client_credentials",
            description: "Always `client_credentials`.",
          },
          client_id: { type: "string", description: "Client ID of the Creovai API user." },
          client_secret: {
            type: "string",
            description: "Client secret of the Creovai API user (valid for 365 days).",
          },
        },
      },
      TokenResponse: {
        type: "object",
        required: ["access_token", "token_type", "expires_in"],
        properties: {
          access_token: {
            type: "string",
            description: "The bearer token for the other operations.",
          },
          token_type: {
            type: "string",
            description: "Token type; `bearer` (Creovai's SDK rejects any other value).",
            examples: ["bearer"],
          },
          expires_in: {
            type: "integer",
            description:
              "Seconds until the token expires (1799 in the docs, i.e. about 30 minutes).",
            examples: [1799],
          },
        },
      },
      ChatCall: {
        type: "object",
        description: "One chat session.",
        required: ["SessionId", "UtcStart", "UtcEnd", "Contacts"],
        properties: {
          SessionId: {
            type: "string",
            description: "Unique identifier of the chat in the sending system.",
          },
          MasterCallId: {
            type: "string",
            description:
              "Optional identifier shared by several chats or calls that together make up one complete interaction.",
          },
          UtcStart: {
            type: "string",
            format: "date-time",
            description: "Start of the chat, in UTC (`Z`).",
          },
          UtcEnd: {
            type: "string",
            format: "date-time",
            description: "End of the chat, in UTC (`Z`).",
          },
          Contacts: {
            type: "array",
            description: "The participants of the chat, each with its messages.",
            items: { $ref: "#/components/schemas/ChatContact" },
          },
          Metadata: {
            type: "object",
            additionalProperties: true,
            description:
              "Any JSON object, stored with the chat and available in the UI, reports and data feeds (for example a CRM customer ID).",
          },
        },
      },
      ChatContact: {
        type: "object",
        description: "A participant of the chat.",
        required: ["Type", "Messages"],
        properties: {
          ReferenceId: {
            type: "string",
            description: "Optional reference ID or name of the contact.",
          },
          FirstName: { type: "string", description: "Optional first name." },
          LastName: {
            type: "string",
            description:
              "Optional last name. (Used in the docs' sample, though missing from the docs' C# model.)",
          },
          Email: { type: "string", description: "Optional e-mail address." },
          Type: {
            type: "string",
            description:
              "The kind of participant. The default types are `Agent`, `Customer` and `System`; other (custom) types configured in Creovai are allowed.",
            examples: ["Agent", "Customer", "System"],
          },
          Messages: {
            type: "array",
            description: "The messages this contact sent.",
            items: { $ref: "#/components/schemas/ChatMessage" },
          },
        },
      },
      ChatMessage: {
        type: "object",
        required: ["Content", "UtcTimestamp"],
        properties: {
          Content: { type: "string", description: "The message text." },
          UtcTimestamp: {
            type: "string",
            format: "date-time",
            description: "When the message was posted, in UTC (`Z`).",
          },
        },
      },
      ChatCaptureResponse: {
        description:
          "The call ID Creovai assigned to the chat. The documented name is `callId`, but the server binds and writes names case-insensitively and has also been seen answering `CallId`; exactly which one is sent is not guaranteed, so at least one of them is present. `chatCallId()` in @cxkit/creovai reads either.",
        anyOf: [
          {
            type: "object",
            title: "CallIdCamelCase",
            required: ["callId"],
            properties: {
              callId: { type: "string", description: "Creovai call ID (documented spelling)." },
            },
          },
          {
            type: "object",
            title: "CallIdPascalCase",
            required: ["CallId"],
            properties: {
              CallId: { type: "string", description: "Creovai call ID (PascalCase spelling)." },
            },
          },
        ],
      },
    },
  },
};

/** specs/creovai/cxkit.json. */
export const config = {
  $schema: "../cxkit.schema.json",
  name: "creovai",
  packageName: "@cxkit/creovai",
  displayName: "Creovai",
  description: "Typed client for the Creovai (formerly Tethr) chat capture API",
  auth: {
    bearer: {
      option: "token",
      clientCredentials: {
        operationId: "getToken",
        clientIdOption: "clientId",
        clientSecretOption: "clientSecret",
        refreshSkewMs: 45000,
      },
    },
  },
} as const;
