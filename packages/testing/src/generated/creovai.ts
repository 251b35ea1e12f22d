// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/creovai/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Creovai conversation intelligence API",
    version: "1.1.0",
    description:
      'Send calls, chats and cases to Creovai (formerly Tethr) conversation intelligence, follow their\nprocessing, attach metadata after the fact, read back what Creovai found, share or purge them, after\nexchanging API-user credentials for a short-lived bearer token. Creovai can also post a summary of\neach finished call to a URL of yours (the `callSummary` webhook).\n\nTwo generations of the API live on the same instance host:\n\n- **v1** (`/callCapture/v1`, `/chatCapture/v1`, `/caseCapture/v1`, `/callEvent/v1`, `/purge/v1`,\n  `/callShare/v1`, `/sources/v1`): the only generation with public reference pages. Written from the\n  Creovai support articles "Sending Chat interactions via Creovai API" (copy in\n  `shared/vendor-docs/creovai-chat-capture-api.txt`), "Token authentication API" (article 197963),\n  "Archived Call Upload API", "Async Metadata API" (892561), "Call purge APIs" (322481) and "Guest user\n  token API" (543509), and from Creovai\'s deprecated v1 .NET SDK (`CollabIP/Tethr.AudioBroker.SDK`),\n  which sends PascalCase JSON. Operations known only from that SDK say so and carry\n  `x-cxkit-source: sdk`.\n- **v2** (`/capture/v2`, `/interactions/v2`, `/processing/v2`): the routes of Creovai\'s maintained\n  .NET SDK (`CollabIP/Tethr.sdk-dotnet`), which sends camelCase JSON, leaves out null members and\n  writes enums as their names. No public reference page describes v2: every v2 shape is taken from\n  that SDK\'s source and its operations carry `x-cxkit-source: sdk`.\n\nThe server binds JSON member names case-insensitively (the docs\' samples mix `callId` and `CallId`,\n`metaData` and `Metadata`); the spec writes each operation\'s names the way its source sends them.\n\nAPI users are created by Creovai support; some operations need a role on the API user (chat capture,\n`AsyncMetaData`, call share, purge). Creovai documents no error bodies and no rate limits: error\nresponses are modelled loosely (plain text or JSON).\n',
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
    {
      name: "Authentication",
      description: "Exchanging API-user credentials for an access token (shared by v1 and v2).",
    },
    {
      name: "Capture (v1)",
      description:
        "Uploading recorded calls, chats and cases with the v1 routes (PascalCase bodies).",
    },
    {
      name: "Status (v1)",
      description: "Following the processing of v1 uploads by session ID, and excluding sessions.",
    },
    {
      name: "Out-of-band metadata (v1)",
      description:
        "Adding metadata to calls, master calls and cases after they were uploaded (v1 routes).",
    },
    {
      name: "Monitoring (v1)",
      description: "Heartbeats that let Creovai watch an upload broker's health (v1 route).",
    },
    {
      name: "Recording settings (v1)",
      description: "Which participants may be recorded, per source (v1 route).",
    },
    { name: "Sharing (v1)", description: "Links that let a guest user open one call (v1 route)." },
    {
      name: "Purge (v1)",
      description: "Deleting calls by call ID, session ID or customer phone number (v1 routes).",
    },
    {
      name: "Capture (v2)",
      description: "Uploading calls, chats and cases with the v2 routes (camelCase bodies).",
    },
    {
      name: "Status (v2)",
      description: "Following the processing of sessions, and excluding sessions (v2 routes).",
    },
    {
      name: "Monitoring (v2)",
      description: "Heartbeats that let Creovai watch an upload broker's health (v2 route).",
    },
    {
      name: "Out-of-band metadata (v2)",
      description:
        "Adding metadata to interactions by session, master, case reference or collection ID after upload (v2 routes).",
    },
    {
      name: "Interactions (v2)",
      description: "Reading back an interaction's analysis and its audio.",
    },
    {
      name: "Sharing (v2)",
      description: "Links that let a guest user open one interaction (v2 route).",
    },
    {
      name: "Purge (v2)",
      description:
        "Deleting interactions by interaction ID, session ID or customer phone number or e-mail.",
    },
    {
      name: "Processing catalogs (v2)",
      description:
        "The categories, custom fields and participant reference types configured in Creovai.",
    },
    {
      name: "Call summary webhook",
      description: "The call summary Creovai posts to your endpoint when a call is finished.",
    },
  ],
  paths: {
    "/Token": {
      post: {
        operationId: "getToken",
        summary: "Token authentication API",
        description:
          "Exchanges the client ID and secret of a Creovai API user for a bearer access token (OAuth 2.0\nclient-credentials grant, form-encoded). The token is valid for `expires_in` seconds (about 30\nminutes); the API user's secret itself is valid for 365 days. Both SDKs keep the token until\n45 seconds before it expires and drop it on a 401. v1 and v2 routes use the same token.\n\nMarked `x-cxkit-idempotent`: issuing a token changes nothing on the server, so a retry is safe.\n",
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
          "403": {
            description:
              "The API user may not get a token (both SDKs treat 403 like 401 here). Body undocumented.",
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
          "Uploads one chat session: its time span, its participants (contacts) and each participant's\nmessages, plus free-form metadata. Creovai answers with the call ID it assigned to the session\n(the primary ID of the session in Creovai; GUI link `https://<instance>.Creovai.io/calls/<callId>`).\nA session's call ID can also be looked up by `SessionId` with `getCallStatuses`.\n\nAll times are UTC (`Z` or `+00:00`). Keep `UtcStart <= UtcEnd` and every message's `UtcTimestamp`\nwithin `[UtcStart, UtcEnd]`: Creovai's v2 SDK refuses chats that break either rule (the v1 SDK\nchecks nothing, and the docs' own sample dates its messages the day before `UtcStart`).\n\nNot idempotent: `SessionId` must be unique per instance, but what the server does with a second\nupload of the same `SessionId` (reject, replace or duplicate) is not documented.\n",
        tags: ["Capture (v1)"],
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
    "/callCapture/v1/archive": {
      post: {
        operationId: "uploadCallArchive",
        summary: "Archived Call Upload API",
        description:
          "Uploads one finished call recording as `multipart/form-data` with two parts: `info`, the call's\ndescription as JSON (`RecordingInfo`), and `data`, the audio file with its own media type\n(`audio/wav`, `audio/mp3`, `audio/ogg`…). Creovai answers with the call ID it assigned.\n\nThe v1 SDK fills `Audio.Format` from the audio part's media type (`audio/wav` → `wav`,\n`audio/mp3` → `mp3`, `audio/ogg` → `opus`, `audio/mp4`/`audio/m4a` → `mp4`, `audio/wma` → `wma`,\n`-helium` variants → `mp4helium`/`wmahelium`) and passes other types through unchanged. Each\ncontact's `Channel` must match a channel of the audio (0- or 1-based); by default Creovai\nquarantines calls whose channels or length do not match the description.\n\nThe docs' sample writes the `info` members in camelCase (`sessionId`, `metaData`); the v1 SDK sends\nPascalCase, and the server accepts either.\n\nNot idempotent: `SessionId` must be unique per instance, and what a second upload of the same\nsession does is not documented.\n",
        tags: ["Capture (v1)"],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/ArchivedRecordingUpload" },
              encoding: {
                info: { contentType: "application/json" },
                data: { contentType: "audio/wav, audio/mp3, audio/ogg, audio/mp4, audio/wma" },
              },
              examples: {
                wavWithMetadata: {
                  summary:
                    'Docs "uploading WAV file with metadata" sample, in the PascalCase the v1 SDK sends (the audio bytes are shown as a placeholder)',
                  value: {
                    info: {
                      SessionId: "Session ID",
                      MasterCallId: "2545684745",
                      Audio: { Format: "wav" },
                      StartTime: "2015-06-04T13:26:17Z",
                      EndTime: "2015-06-04T13:48:17Z",
                      Direction: "Inbound",
                      NumberDialed: "5555551234",
                      Contacts: [
                        {
                          Type: "agent",
                          Channel: 0,
                          PhoneNumber: "555-555-1234",
                          ReferenceId: "3241",
                          FirstName: "John",
                          LastName: "Doe",
                        },
                        { Type: "customer", Channel: 1, PhoneNumber: "444-555-9876" },
                      ],
                      Metadata: {
                        callQueue: "Service-Change",
                        transferredFrom: {
                          sessionId: "PriorCalls Session ID",
                          holdTime: "PM01S04",
                        },
                      },
                    },
                    data: "<binary WAV audio>",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The recording was accepted; the body carries the Creovai call ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ArchiveCallResponse" },
                examples: {
                  callId: {
                    summary: "A call ID as Creovai assigns them",
                    value: { callId: "bbqfbbbow" },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/callCapture/v1/status": {
      post: {
        operationId: "getCallStatuses",
        summary: "Call Status API",
        description:
          "Reports the processing status of one or more uploads by their session IDs, with the call ID\nCreovai assigned to each. A session Creovai does not know is reported with `Status: NotFound`\n(not an HTTP error). Also the way to check that a purge has completed.\n\nThe answer's member names follow the v1 SDK's model (PascalCase); the SDK reads them\ncase-insensitively, so a camelCase answer is possible.\n\nMarked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads\nand changes nothing.\n",
        tags: ["Status (v1)"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallSessionIdsRequest" },
              examples: {
                twoSessions: {
                  summary: "Two session IDs",
                  value: { CallSessionIds: ["458789546", "160953e6-8136-4090-a54d-44c25691149f"] },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One status per requested session.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallStatusesResponse" },
                examples: {
                  completeAndNotFound: {
                    summary: "One processed call and one unknown session",
                    value: {
                      CallSessions: [
                        {
                          Status: "Complete",
                          CallId: "bbqfbbbow",
                          SessionId: "458789546",
                          DurationSec: 58,
                        },
                        {
                          Status: "NotFound",
                          CallId: null,
                          SessionId: "160953e6-8136-4090-a54d-44c25691149f",
                          DurationSec: 0,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/callCapture/v1/status/{sessionId}": {
      get: {
        operationId: "getCallStatus",
        summary: "Call Status API (single session, legacy)",
        deprecated: true,
        description:
          "Reads the status of a single session. Deprecated: Creovai's v1 SDK used this route only until\nDecember 2016, then moved every status request to `POST /callCapture/v1/status`\n(`getCallStatuses`) because this route answers 404 for an unknown session, where the POST reports\n`NotFound` in its body. It is kept for code that still calls it; new code should use\n`getCallStatuses` or v2 `getSessionStatus`.\n\nShape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, before commit\n914b452); no public reference page.\n",
        tags: ["Status (v1)"],
        "x-cxkit-source": "sdk",
        parameters: [
          {
            name: "sessionId",
            in: "path",
            required: true,
            description: "The session ID given at upload.",
            schema: { type: "string" },
            examples: {
              session: { summary: "A numeric session ID from a call recorder", value: "458789546" },
            },
          },
        ],
        responses: {
          "200": {
            description: "The session's status.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallStatus" },
                examples: {
                  inProgress: {
                    summary: "A call still being processed",
                    value: {
                      Status: "Concluded",
                      CallId: "bbqfbbbow",
                      SessionId: "458789546",
                      DurationSec: 58,
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
          "404": {
            description:
              "No upload with this session ID is known (the reason this route was abandoned).",
            content: {
              "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
        },
      },
    },
    "/callCapture/v1/status/exclude": {
      post: {
        operationId: "excludeCalls",
        summary: "Call Status API (exclude sessions)",
        description:
          "Marks uploads, by session ID, as excluded from processing; their status then reads `Excluded`.\nThe answer has no documented body.\n\nMarked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again\nleaves it as it was.\n",
        tags: ["Status (v1)"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallSessionIdsRequest" },
              examples: {
                oneSession: {
                  summary: "Exclude one session",
                  value: { CallSessionIds: ["458789546"] },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The sessions are excluded (any 2xx; no body documented)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/caseCapture/v1": {
      post: {
        operationId: "uploadCase",
        summary: "Case capture (v1)",
        description:
          'Creates or updates one case (a ticket from a case-management system): its time span, its messages\n(each with its sender\'s reference ID and channel, such as `Web` or `email`) and its contacts.\nCreovai answers with the case ID it assigned, next to your `ReferenceId`. Calls and chats that\nbelong to the case can name it later (v2 `caseReferenceId`). Times are UTC.\n\nShape taken from Creovai\'s deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, a "beta" client\nthere); no public reference page.\n\nMarked `x-cxkit-idempotent`: the SDK describes the answer as that of "creating or updating a\ncase" keyed by the required `ReferenceId`, so re-sending the same case rewrites it with the same\ncontent.\n',
        tags: ["Capture (v1)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CaseSession" },
              examples: {
                webCase: {
                  summary: "A two-message web-form case",
                  value: {
                    ReferenceId: "CASE-00412",
                    UtcStart: "2024-03-04T09:12:00Z",
                    UtcEnd: "2024-03-04T11:40:00Z",
                    Metadata: { queue: "Billing", priority: "high" },
                    Messages: [
                      {
                        UtcTimestamp: "2024-03-04T09:12:00Z",
                        SenderReferenceId: "C-881",
                        Channel: "Web",
                        Content: "I was charged twice for my March invoice.",
                      },
                      {
                        UtcTimestamp: "2024-03-04T11:40:00Z",
                        SenderReferenceId: "A-17",
                        Channel: "email",
                        Content:
                          "The duplicate charge has been refunded; it will show within 3 days.",
                      },
                    ],
                    Contacts: [
                      {
                        ReferenceId: "C-881",
                        FirstName: "Maria",
                        LastName: "Lopez",
                        Email: "maria.lopez@example.com",
                        Type: "Customer",
                      },
                      { ReferenceId: "A-17", FirstName: "Sam", LastName: "Carter", Type: "Agent" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The case was stored; the body carries the Creovai case ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CaseCaptureResponse" },
                examples: {
                  stored: {
                    summary: "The stored case",
                    value: { ReferenceId: "CASE-00412", CaseId: "bbtkcdqmp", CollectionId: null },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/callEvent/v1/outofband/event": {
      post: {
        operationId: "sendCallMetadata",
        summary: "Async Metadata API",
        description:
          "Adds metadata to a call or chat after its upload, found by its session ID (for example CRM data\nthat becomes available later). Events are applied in `EventTime` order, so when two events set\nthe same field the later event's value wins. Without a `SessionId`, Creovai can match the event\nto a call by its metadata once support has configured \"Async Metadata Matching\". Needs the\n`AsyncMetaData` role on the API user.\n\nThe docs' sample writes `EventTime` as `2018/10/15T09:00:00.000Z`, which is not RFC 3339; the SDK\nsends ISO 8601 (`2020-09-10T03:16:11.190Z`), as modelled here.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v1)"],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/SessionMetadataEvent" },
              examples: {
                crmFields: {
                  summary: "Docs example, with `EventTime` in ISO 8601 form",
                  value: {
                    SessionId: "abc123",
                    EventTime: "2018-10-15T09:00:00.000Z",
                    Metadata: {
                      my_xpath: "my_xpath_value",
                      event_data_xpath: "2018/10/15T09:00:00.000Z",
                      customerDataField1: "someData",
                      customerProvidedData: "customerData",
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/callEvent/v1/outofband/mastercall": {
      post: {
        operationId: "sendMasterCallMetadata",
        summary: "Async Metadata API (by master call ID)",
        description:
          "Adds metadata to every call that shares a master call ID (the ID that ties the parts of a\ntransferred call together). Same rules as `sendCallMetadata`; needs the `AsyncMetaData` role.\n\nShape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public\nreference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v1)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/MasterCallMetadataEvent" },
              examples: {
                disposition: {
                  summary: "A disposition code entered after the call",
                  value: {
                    MasterCallId: "3bef3ef1495c49e19bfd21951afcf043",
                    EventTime: "2024-05-02T15:04:10.250Z",
                    Metadata: { dispositionCode: "RESOLVED-FIRST-CALL" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/callEvent/v1/outofband/case": {
      post: {
        operationId: "sendCaseMetadata",
        summary: "Async Metadata API (by case reference ID)",
        description:
          "Adds metadata to a case, found by the reference ID it has in your case-management system. Same\nrules as `sendCallMetadata`; needs the `AsyncMetaData` role.\n\nShape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public\nreference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v1)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CaseMetadataEvent" },
              examples: {
                satisfaction: {
                  summary: "A satisfaction survey answered after the case closed",
                  value: {
                    CaseReferenceId: "CASE-00412",
                    EventTime: "2024-03-05T08:00:00Z",
                    Metadata: { csatScore: 5 },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
          "500": { $ref: "#/components/responses/ServerError" },
        },
      },
    },
    "/callCapture/v1/monitor": {
      post: {
        operationId: "sendHeartbeat",
        summary: "Broker heartbeat (v1)",
        description:
          "Reports the health of an upload broker (the service that sends recordings to Creovai), so that\nCreovai, or your own monitoring through an endpoint Creovai can make available, notices a broker\nthat stopped uploading. Send it periodically; there should be one broker per API user, and `Name`\nlets Creovai notice a second one.\n\nShape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public\nreference page. That SDK writes `Status` as a number; the v2 SDK's separate heartbeat package\nstill posts to this route, in camelCase with `Status` as a name, so both forms are accepted.\n\nMarked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only\nreports it again.\n",
        tags: ["Monitoring (v1)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/MonitorEvent" },
              examples: {
                healthy: {
                  summary: "A healthy broker, status as the v1 SDK writes it",
                  value: {
                    Status: 1,
                    TimeStamp: "2024-05-02T15:00:00.000+00:00",
                    Name: "REC-BROKER-01",
                    SoftwareVersion: "2.3.0.41",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The heartbeat was recorded (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/sources/v1/recordingSettings": {
      get: {
        operationId: "listRecordingSettings",
        summary: "Recording settings (v1)",
        description:
          "Lists the recording setting of each known participant reference, per source system, so that a\nbroker can skip calls it must not record or send.\n\nShape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public\nreference page. The values of `RecordingSetting` are not documented.\n",
        tags: ["Recording settings (v1)"],
        "x-cxkit-source": "sdk",
        responses: {
          "200": {
            description: "The recording settings (a bare array).",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/RecordingSettingSummaries" },
                examples: {
                  twoAgents: {
                    summary:
                      "Two agents from one call recorder (the setting values are illustrative)",
                    value: [
                      {
                        RefType: "agent",
                        Source: "avaya-cm",
                        LookupId: "4012",
                        RecordingSetting: "Record",
                      },
                      {
                        RefType: "agent",
                        Source: "avaya-cm",
                        LookupId: "4013",
                        RecordingSetting: "DoNotRecord",
                      },
                    ],
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/callShare/v1/token": {
      post: {
        operationId: "createCallShareToken",
        summary: "Guest user token API",
        description:
          "Creates a link that lets one guest user, identified by e-mail address, open one call. The link\nexpires after 8 hours by default. On first use the guest signs up with a password for that\naddress (or logs in with it), then lands on the call; the address must belong to the guest, as\naccount messages go to it. Needs the call share role on the API user.\n\nThe docs write the route `/callshare/v1/token` and the request members in camelCase\n(`callId`, `email`); the v1 SDK sends `/callShare/v1/token` with PascalCase members. The answer's\nmembers are as the docs show them.\n\nMarked `x-cxkit-idempotent`: a retry only issues another link for the same guest and call; a link\nissued by a lost attempt stays unused and expires.\n",
        tags: ["Sharing (v1)"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallShareRequest" },
              examples: {
                guest: {
                  summary: "Share one call with a guest",
                  value: { CallId: "bbqfbbbow", Email: "auditor@example.com" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The guest link and when it expires.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallShareResponse" },
                examples: {
                  link: {
                    summary: "An 8-hour guest link",
                    value: {
                      callUrl:
                        "https://yourinstance.creovai.io/share/calls/bbqfbbbow?token=3q2-7aXk",
                      expiration: "2024-05-02T23:00:00Z",
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/purge/v1/calls": {
      post: {
        operationId: "purgeCalls",
        summary: "Call purge APIs (by call ID)",
        description:
          "Deletes calls by their Creovai call IDs, up to 100 per request. Each ID gets a result item:\n`Purging` (deletion started; `getCallStatuses` shows when it is done), `NotFound` (unknown or\nalready purged) or `Error` (see `errorMsg`). Needs the purge permission on the API user.\n\nMarked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a\nre-sent attempt may report `NotFound` for calls the lost attempt already purged.\n",
        tags: ["Purge (v1)"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallPurgeIdsRequest" },
              examples: {
                threeCalls: {
                  summary: "Docs multiple-call purge sample",
                  value: { ids: ["CallId1", "CallId2", "BadCallId"] },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per requested ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallPurgeSummary" },
                examples: {
                  purging: {
                    summary: "Docs multiple-call purge response (two purged, one unknown)",
                    value: {
                      items: [
                        {
                          callId: "CallId1",
                          sessionId: "AssociatedSessionId1",
                          status: "Purging",
                          errorMsg: null,
                        },
                        {
                          callId: "CallId2",
                          sessionId: "AssociatedSessionId2",
                          status: "Purging",
                          errorMsg: null,
                        },
                        {
                          callId: "BadCallId",
                          sessionId: null,
                          status: "NotFound",
                          errorMsg: null,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/purge/v1/calls/sessions": {
      post: {
        operationId: "purgeCallsBySession",
        summary: "Call purge APIs (by session ID)",
        description:
          "Deletes calls by the session IDs they were uploaded with, up to 100 per request. Same answer as\n`purgeCalls`. Needs the purge permission on the API user.\n\nMarked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a\nre-sent attempt may report `NotFound` for calls the lost attempt already purged.\n",
        tags: ["Purge (v1)"],
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallPurgeIdsRequest" },
              examples: {
                oneSession: { summary: "Purge one session", value: { ids: ["458789546"] } },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per requested ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallPurgeSummary" },
                examples: {
                  purging: {
                    summary: "The session's call is being purged",
                    value: {
                      items: [
                        {
                          callId: "bbqfbbbow",
                          sessionId: "458789546",
                          status: "Purging",
                          errorMsg: null,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/purge/v1/calls/customer": {
      post: {
        operationId: "purgeCallsByCustomer",
        summary: "Call purge APIs (by customer)",
        description:
          "Deletes every call with a customer's phone number (in the form Creovai stored it). With\n`whatIf=true` nothing is deleted and the answer lists the calls that would be. Needs the purge\npermission on the API user.\n\nMarked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating\neither leaves the same result; a re-sent purge may report `NotFound` for calls the lost attempt\nalready purged.\n",
        tags: ["Purge (v1)"],
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/WhatIf" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CallPurgeCustomerRequest" },
              examples: {
                phone: {
                  summary: "Purge a customer's calls by phone number",
                  value: { phoneNumber: "444-555-9876" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per call found for the customer.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CallPurgeSummary" },
                examples: {
                  whatIf: {
                    summary: "A `whatIf=true` answer (nothing deleted)",
                    value: {
                      items: [
                        {
                          callId: "bbqfbbbow",
                          sessionId: "458789546",
                          status: "WhatIf",
                          errorMsg: null,
                        },
                        {
                          callId: "bbqfbcaxe",
                          sessionId: "458790112",
                          status: "WhatIf",
                          errorMsg: null,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/call": {
      post: {
        operationId: "captureCall",
        summary: "Capture a call (v2)",
        description:
          "Uploads one finished call recording as `multipart/form-data`: an `info` part with the call's\ndescription as camelCase JSON (`CaptureCallRequest`) and a `data` part with the audio in its own\nmedia type. Creovai answers with the interaction ID it assigned. The v2 successor of\n`uploadCallArchive`: `masterCallId` became `masterId`, `contacts` became `participants`,\n`startTime`/`endTime` became `utcStart`/`utcEnd`, and a call can join a case or collection.\n\nTimes are UTC (`Z` or `+00:00`); `utcEnd` is optional (Creovai then takes the audio's length), and\nwhen given it must not be before `utcStart`. The SDK refuses a call without `sessionId`,\n`utcStart` or participants, and fills `audio.format` from the audio part's media type when it is\nempty (same mapping as v1: `audio/wav` → `wav`, `audio/ogg` → `opus`…). (The SDK's own start/end\ncheck is inverted and throws when `utcStart < utcEnd`; the rule meant is `utcStart <= utcEnd`.)\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: `sessionId` must be unique per instance, and what a second upload of the same\nsession does is not documented.\n",
        tags: ["Capture (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/CaptureCallUpload" },
              encoding: {
                info: { contentType: "application/json" },
                data: { contentType: "audio/wav, audio/mp3, audio/ogg, audio/mp4, audio/wma" },
              },
              examples: {
                twoChannelWav: {
                  summary: "A two-channel outbound call (audio bytes shown as a placeholder)",
                  value: {
                    info: {
                      sessionId: "458789546",
                      masterId: "3bef3ef1495c49e19bfd21951afcf043",
                      utcStart: "2024-05-02T14:43:34Z",
                      utcEnd: "2024-05-02T14:44:32Z",
                      participants: [
                        {
                          referenceId: "124445",
                          firstName: "John",
                          lastName: "Doe",
                          channel: 0,
                          phoneNumber: "1007",
                          type: "Agent",
                        },
                        {
                          referenceId: "55451",
                          channel: 1,
                          phoneNumber: "+14155550123",
                          type: "Customer",
                        },
                      ],
                      direction: "Outbound",
                      numberDialed: "+14155550123",
                      audio: { format: "wav" },
                      metadata: { Skill: "Widget", Department: "Sales" },
                    },
                    data: "<binary WAV audio>",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The call was accepted; the body carries the Creovai interaction ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CaptureResponse" },
                examples: {
                  id: { summary: "The assigned interaction ID", value: { id: "bbqfbbbow" } },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/chat": {
      post: {
        operationId: "captureChat",
        summary: "Capture a chat (v2)",
        description:
          "Uploads one chat session with its participants and their messages. The v2 successor of\n`uploadChat`: camelCase members, `contacts` became `participants` (each now needs a\n`referenceId`), `masterCallId` became `masterId`, messages may carry custom events, and a chat can\njoin a case or collection. Creovai answers with the interaction ID.\n\nAll times are UTC (`Z` or `+00:00`). The SDK refuses a chat that has no `sessionId`, no\nparticipants, a participant without `referenceId` or `type`, a message without `content`, a\n`utcStart` after `utcEnd`, or a message whose `utcTimestamp` lies outside\n`[utcStart, utcEnd]`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: `sessionId` must be unique per instance, and what a second upload of the same\nsession does is not documented.\n",
        tags: ["Capture (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CaptureChatRequest" },
              examples: {
                serviceChat: {
                  summary:
                    "A short service chat (the docs' v1 sample, moved to v2 names and valid times)",
                  value: {
                    sessionId: "160953e6-8136-4090-a54d-44c25691149f",
                    masterId: "4f5917ea-8124-4121-96a2-79bbaca7d23d",
                    utcStart: "2017-08-16T19:30:00Z",
                    utcEnd: "2017-08-16T19:33:00Z",
                    participants: [
                      {
                        referenceId: "C-5521",
                        firstName: "Jane",
                        lastName: "Doe",
                        type: "Customer",
                        email: "jane.doe@example.com",
                        messages: [
                          {
                            content: "I need to make an appointment to service my car.",
                            utcTimestamp: "2017-08-16T19:30:40Z",
                          },
                          {
                            content: "Thanks, that's all I needed!",
                            utcTimestamp: "2017-08-16T19:32:20Z",
                          },
                        ],
                      },
                      {
                        referenceId: "1234",
                        firstName: "John",
                        lastName: "Smith",
                        type: "Agent",
                        messages: [
                          {
                            content: 'Please select "Appointments" underneath the "Service" tab.',
                            utcTimestamp: "2017-08-16T19:31:00Z",
                            customEvents: [{ id: "kb-article-shared", source: "chat-widget" }],
                          },
                        ],
                      },
                    ],
                    metadata: { ReferenceId: "1501a", CustomerRating: "4" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The chat was accepted; the body carries the Creovai interaction ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CaptureResponse" },
                examples: {
                  id: { summary: "The assigned interaction ID", value: { id: "bbsnbcbe3" } },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/case": {
      post: {
        operationId: "captureCase",
        summary: "Capture a case (v2)",
        description:
          "Creates or updates one case: `sessionId` is the case's ID in your case-management system (calls\nand chats of the case name it as `caseReferenceId`), with its time span, messages and\nparticipants. Cases sharing a `masterId` are analysed as one long case; a `collectionId` only\ngroups interactions. Creovai answers with the interaction ID. Times are UTC.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: the SDK documents this request as \"creating or updating a case\"\nkeyed by the required `sessionId`, so re-sending the same case rewrites it with the same content.\n",
        tags: ["Capture (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CaptureCaseRequest" },
              examples: {
                webCase: {
                  summary: "A two-message web-form case",
                  value: {
                    sessionId: "CASE-00412",
                    collectionId: "ACC-20931",
                    utcStart: "2024-03-04T09:12:00Z",
                    utcEnd: "2024-03-04T11:40:00Z",
                    metadata: { queue: "Billing" },
                    messages: [
                      {
                        utcTimestamp: "2024-03-04T09:12:00Z",
                        senderReferenceId: "C-881",
                        channel: "Web",
                        content: "I was charged twice for my March invoice.",
                      },
                      {
                        utcTimestamp: "2024-03-04T11:40:00Z",
                        senderReferenceId: "A-17",
                        channel: "email",
                        content:
                          "The duplicate charge has been refunded; it will show within 3 days.",
                      },
                    ],
                    participants: [
                      {
                        referenceId: "C-881",
                        firstName: "Maria",
                        lastName: "Lopez",
                        email: "maria.lopez@example.com",
                        type: "Customer",
                      },
                      { referenceId: "A-17", type: "Agent" },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The case was stored; the body carries the Creovai interaction ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CaptureResponse" },
                examples: {
                  id: { summary: "The assigned interaction ID", value: { id: "bbtkcdqmp" } },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/status/monitor": {
      post: {
        operationId: "sendCaptureHeartbeat",
        summary: "Broker heartbeat (v2)",
        description:
          "Reports the health of an upload broker, as `sendHeartbeat` does on the v1 route, with camelCase\nmembers and `status` as a name.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only\nreports it again.\n",
        tags: ["Monitoring (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/CaptureStatusHeartbeatRequest" },
              examples: {
                warning: {
                  summary: "A broker reporting a warning",
                  value: {
                    status: "Warning",
                    timeStamp: "2024-05-02T10:00:00-05:00",
                    name: "REC-BROKER-01",
                    softwareVersion: "3.1.0.12",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The heartbeat was recorded (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/status/{sessionId}": {
      get: {
        operationId: "getSessionStatus",
        summary: "Session status (v2)",
        description:
          "Reads the processing status of one session and the interaction ID Creovai assigned to it.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. Whether\nan unknown session is answered with `status: NotFound` or an HTTP 404 is not shown there.\n",
        tags: ["Status (v2)"],
        "x-cxkit-source": "sdk",
        parameters: [{ $ref: "#/components/parameters/SessionIdPath" }],
        responses: {
          "200": {
            description: "The session's status.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/SessionStatus" },
                examples: {
                  complete: {
                    summary: "A processed call",
                    value: {
                      status: "Complete",
                      id: "bbqfbbbow",
                      sessionId: "458789546",
                      durationSec: 58,
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/status": {
      post: {
        operationId: "getSessionStatuses",
        summary: "Session statuses (v2)",
        description:
          "Reads the processing status of several sessions at once, by session ID.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads\nand changes nothing.\n",
        tags: ["Status (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/SessionIdsRequest" },
              examples: {
                twoSessions: {
                  summary: "Two session IDs",
                  value: { sessionIds: ["458789546", "160953e6-8136-4090-a54d-44c25691149f"] },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One status per requested session.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/SessionStatusResponse" },
                examples: {
                  mixed: {
                    summary: "One call still processing, one unknown session",
                    value: {
                      sessions: [
                        {
                          status: "Concluded",
                          id: "bbqfbbbow",
                          sessionId: "458789546",
                          durationSec: 58,
                        },
                        {
                          status: "NotFound",
                          id: "",
                          sessionId: "160953e6-8136-4090-a54d-44c25691149f",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/status/exclude/{sessionId}": {
      post: {
        operationId: "excludeSession",
        summary: "Exclude a session (v2)",
        description:
          "Marks one session as excluded from processing; its status then reads `Excluded`. No request\nbody, no documented answer body.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again\nleaves it as it was.\n",
        tags: ["Status (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        parameters: [
          {
            name: "sessionId",
            in: "path",
            required: true,
            description: "The session ID given at upload.",
            schema: { type: "string" },
            examples: {
              session: { summary: "A numeric session ID from a call recorder", value: "458789546" },
            },
          },
        ],
        responses: {
          "200": { description: "The session is excluded (any 2xx; no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/status/exclude": {
      post: {
        operationId: "excludeSessions",
        summary: "Exclude sessions (v2)",
        description:
          "Marks several sessions, by session ID, as excluded from processing. No documented answer body.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: it sets a state, so excluding already excluded sessions again leaves\nthem as they were.\n",
        tags: ["Status (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/SessionIdsRequest" },
              examples: {
                oneSession: {
                  summary: "Exclude one session",
                  value: { sessionIds: ["458789546"] },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The sessions are excluded (any 2xx; no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/outofband/interaction": {
      post: {
        operationId: "appendInteractionMetadata",
        summary: "Append metadata by session ID (v2)",
        description:
          "Adds metadata to the call or chat uploaded with a session ID. Events are applied in `eventTime`\norder, so when two events set the same field the later event's value wins; the SDK sends the\ncurrent time when `eventTime` is not given. Needs the `AsyncMetaData` role on the API user.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AppendMetadataBySessionIdRequest" },
              examples: {
                crmFields: {
                  summary: "CRM fields found after the call",
                  value: {
                    sessionId: "458789546",
                    eventTime: "2024-05-02T14:50:00Z",
                    metadata: { crmAccountId: "0015g00000XyZ12", customerTier: "gold" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/outofband/master": {
      post: {
        operationId: "appendMasterMetadata",
        summary: "Append metadata by master ID (v2)",
        description:
          "Adds metadata to every interaction that shares a master ID. Same rules as\n`appendInteractionMetadata`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AppendMetadataByMasterIdRequest" },
              examples: {
                disposition: {
                  summary: "A disposition code for a transferred call",
                  value: {
                    masterId: "3bef3ef1495c49e19bfd21951afcf043",
                    eventTime: "2024-05-02T15:04:10.250Z",
                    metadata: { dispositionCode: "RESOLVED-FIRST-CALL" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/outofband/case": {
      post: {
        operationId: "appendCaseMetadata",
        summary: "Append metadata by case reference ID (v2)",
        description:
          "Adds metadata to the interactions of a case, found by the case's ID in your case-management\nsystem. Same rules as `appendInteractionMetadata`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AppendMetadataByCaseReferenceIdRequest" },
              examples: {
                satisfaction: {
                  summary: "A satisfaction survey answered after the case closed (no event time)",
                  value: { caseReferenceId: "CASE-00412", metadata: { csatScore: 5 } },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/capture/v2/outofband/collection": {
      post: {
        operationId: "appendCollectionMetadata",
        summary: "Append metadata by collection ID (v2)",
        description:
          "Adds metadata to every interaction of a collection (interactions grouped by `collectionId`\nwithout being analysed as one). Same rules as `appendInteractionMetadata`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nNot idempotent: whether a repeated event is stored twice is not documented.\n",
        tags: ["Out-of-band metadata (v2)"],
        "x-cxkit-source": "sdk",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/AppendMetadataByCollectionIdRequest" },
              examples: {
                account: {
                  summary: "Account data for all of a customer's interactions",
                  value: {
                    collectionId: "ACC-20931",
                    eventTime: "2024-05-03T00:00:00Z",
                    metadata: { accountStatus: "renewed" },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "The metadata was accepted (no body)." },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/interactions/v2/{id}": {
      get: {
        operationId: "getInteraction",
        summary: "Interaction details (v2)",
        description:
          "Reads what Creovai knows and found about one interaction (call, chat, case, or a flow, a\ncomposite of several): its IDs, times, participants with their segments, classifications,\ncustom-field values, talk and silence metrics and metadata. Utterances (the transcript) are\nincluded only when Creovai support has enabled full transcripts for the API key. For a flow, pass\nthe flow ID and `isFlow=true`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. (The SDK\nappends `&isFlow=true` to the path without a `?`; the query parameter is modelled as meant.) The\nobjects stay open: Creovai may send members the SDK does not model.\n",
        tags: ["Interactions (v2)"],
        "x-cxkit-source": "sdk",
        parameters: [
          { $ref: "#/components/parameters/InteractionIdPath" },
          {
            name: "isFlow",
            in: "query",
            required: false,
            description: "`true` when `id` is a flow ID rather than an interaction ID.",
            schema: { type: "boolean" },
          },
        ],
        responses: {
          "200": {
            description: "The interaction's details.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InteractionDetailsResponse" },
                examples: {
                  call: {
                    summary: "A processed two-party call (shortened)",
                    value: {
                      id: "bbqfbbbow",
                      sessionId: "458789546",
                      masterId: "3bef3ef1495c49e19bfd21951afcf043",
                      caseReferenceId: null,
                      collectionId: null,
                      language: "eng",
                      country: "USA",
                      tethrUri: "https://yourinstance.creovai.io/calls/bbqfbbbow",
                      utcStart: "2024-05-02T14:43:34Z",
                      utcEnd: "2024-05-02T14:44:32Z",
                      durationMs: 58000,
                      audioDurationMs: 58120,
                      displayName: "Sales / MidWest",
                      customGroups: [{ id: "grp-17", displayName: "MidWest", type: "Location" }],
                      metadata: { Skill: "Widget", Department: "Sales" },
                      classifications: [
                        {
                          id: "4c1b8e0e-51a2-4bb1-9e7f-0f6d2b6f1a10",
                          categoryType: "BasicScore",
                          categoryId: "8a1f3c4e-2f60-4a7e-9d1b-6f1c2a9e7b31",
                          displayName: "Customer effort",
                          value: 0.35,
                          isOverridden: false,
                          missed: false,
                          fromFlow: false,
                        },
                      ],
                      textHits: [],
                      participants: [
                        {
                          participantId: 1,
                          refType: "agent",
                          refId: "124445",
                          contactId: "0",
                          phoneNumber: "1007",
                          firstName: "John",
                          lastName: "Doe",
                          displayName: "John Doe",
                          isInternal: true,
                          segments: [
                            {
                              id: "0f11c168-0762-4fc8-83c8-10a79b091847",
                              categoryType: "Sentence",
                              categoryId: "UtteranceBreak",
                              startMs: 0,
                              endMs: 2120,
                              utcStart: "2024-05-02T14:43:34Z",
                              utcEnd: "2024-05-02T14:43:36.12Z",
                              value: 0,
                              fromFlow: false,
                            },
                          ],
                          utterances: [],
                        },
                        {
                          participantId: 2,
                          refType: "customer",
                          refId: "55451",
                          contactId: "1",
                          phoneNumber: "+14155550123",
                          isInternal: false,
                          segments: [
                            {
                              id: "a15ecdf9-3062-45ce-a336-75a9b515c1ea",
                              categoryType: "PhraseDetection",
                              categoryId: "8be93266-563a-4566-a3d7-9a532ad0c324",
                              displayName: "Misdirected: Mailing List",
                              startMs: 15610,
                              endMs: 16230,
                              utcStart: "2024-05-02T14:43:49.61Z",
                              utcEnd: "2024-05-02T14:43:50.23Z",
                              value: 0.8,
                              content: "please take me off your mailing list",
                              fromFlow: false,
                            },
                          ],
                          utterances: [],
                        },
                      ],
                      numberDialed: "+14155550123",
                      direction: "Outbound",
                      hadDiarization: false,
                      interactionType: "Call",
                      flows: [],
                      customTexts: [],
                      customStrings: [
                        {
                          id: "cf-account",
                          displayName: "Account number",
                          value: "88120034",
                          hash: "6f1ed002ab5595859014ebf0951522d9dde8b6c3",
                        },
                      ],
                      customLongs: [],
                      customDoubles: [],
                      customDateTimes: [],
                      evaluatedCustomFields: ["cf-account"],
                      matchedCustomFields: ["cf-account"],
                      lastUpdatedUtc: "2024-05-02T14:46:01.337Z",
                      internalTalkTimeMs: 31000,
                      externalTalkTimeMs: 21000,
                      silenceTimeMs: 6000,
                      startSilenceTimeMs: 800,
                      endSilenceTimeMs: 1200,
                      silencePercent: 0.1,
                      internalTalkPercent: 0.53,
                      externalTalkPercent: 0.36,
                      transcriptConfidence: 87,
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/interactions/v2/{id}/audio.mp3": {
      get: {
        operationId: "getInteractionAudio",
        summary: "Interaction audio (v2)",
        description:
          "Downloads an interaction's audio as one MP3 stream (the mixed recording).\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n",
        tags: ["Interactions (v2)"],
        "x-cxkit-source": "sdk",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            description: "The Creovai interaction ID (the v1 call ID).",
            schema: { type: "string" },
            examples: {
              interaction: {
                summary: "An interaction ID as Creovai assigns them",
                value: "bbqfbbbow",
              },
            },
          },
        ],
        responses: {
          "200": {
            description: "The MP3 audio.",
            content: {
              "audio/mpeg": {
                schema: { type: "string", format: "binary", contentMediaType: "audio/mpeg" },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/Interactions/v2/token": {
      post: {
        operationId: "createInteractionShareToken",
        summary: "Interaction share token (v2)",
        description:
          "Creates a link that lets one guest user, identified by e-mail address, open one interaction\nwithout a Creovai account of their own: the v2 successor of `createCallShareToken`\n(`callId` → `interactionId`, `callUrl` → `shareUri`). The path's capital `I` is as the SDK sends\nit.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a retry only issues another link for the same guest and\ninteraction; a link issued by a lost attempt stays unused and expires.\n",
        tags: ["Sharing (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/InteractionShareRequest" },
              examples: {
                guest: {
                  summary: "Share one interaction with a guest",
                  value: { email: "auditor@example.com", interactionId: "bbqfbbbow" },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The guest link and when it expires.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InteractionShareResponse" },
                examples: {
                  link: {
                    summary: "An 8-hour guest link",
                    value: {
                      expiration: "2024-05-02T23:00:00Z",
                      shareUri:
                        "https://yourinstance.creovai.io/share/calls/bbqfbbbow?token=3q2-7aXk",
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/interactions/v2/purge": {
      post: {
        operationId: "purgeInteractions",
        summary: "Purge interactions by ID (v2)",
        description:
          "Deletes interactions by their Creovai interaction IDs. Each ID gets a result item: `Purging`,\n`NotFound` (unknown or already purged) or `Error` (see `errorMsg`). With\n`allowIncompleteInteraction`, interactions still being processed are purged too, when their\nstate allows. No maximum number of IDs is stated for v2 (v1 takes 100).\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a\nre-sent attempt may report `NotFound` for interactions the lost attempt already purged.\n",
        tags: ["Purge (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/InteractionPurgeRequest" },
              examples: {
                twoInteractions: {
                  summary: "Purge two interactions, one still processing",
                  value: { ids: ["bbqfbbbow", "bbsnbcbe3"], allowIncompleteInteraction: true },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per requested ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InteractionPurgeSummary" },
                examples: {
                  results: {
                    summary: "One purged, one not found",
                    value: {
                      items: [
                        { id: "bbqfbbbow", sessionId: "458789546", status: "Purging" },
                        { id: "bbsnbcbe3", status: "NotFound" },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/interactions/v2/purge/sessions": {
      post: {
        operationId: "purgeInteractionsBySession",
        summary: "Purge interactions by session ID (v2)",
        description:
          "Deletes interactions by the session IDs they were uploaded with. Same request and answer as\n`purgeInteractions`, with session IDs in `ids`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a\nre-sent attempt may report `NotFound` for interactions the lost attempt already purged.\n",
        tags: ["Purge (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/InteractionPurgeRequest" },
              examples: {
                oneSession: {
                  summary: "Purge one session",
                  value: { ids: ["458789546"], allowIncompleteInteraction: false },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per requested ID.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InteractionPurgeSummary" },
                examples: {
                  error: {
                    summary: "A purge that failed",
                    value: {
                      items: [
                        {
                          id: "bbqfbbbow",
                          sessionId: "458789546",
                          status: "Error",
                          errorMsg: "The interaction is still being processed.",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/interactions/v2/purge/customer": {
      post: {
        operationId: "purgeInteractionsByCustomer",
        summary: "Purge interactions by customer (v2)",
        description:
          "Deletes every interaction where one of the given phone numbers or e-mail addresses belongs to an\nexternal participant (phone numbers in the form Creovai stored them). With `whatIf=true` nothing\nis deleted and each interaction that would be is listed with `status: WhatIf`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n\nMarked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating\neither leaves the same result; a re-sent purge may report `NotFound` for interactions the lost\nattempt already purged.\n",
        tags: ["Purge (v2)"],
        "x-cxkit-source": "sdk",
        "x-cxkit-idempotent": true,
        parameters: [{ $ref: "#/components/parameters/WhatIf" }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/InteractionPurgeByCustomerRequest" },
              examples: {
                phoneAndEmail: {
                  summary: "Purge a customer by phone number and e-mail address",
                  value: {
                    phoneNumbers: ["+14155550123"],
                    emails: ["jane.doe@example.com"],
                    allowIncompleteInteraction: false,
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "One result per interaction found for the customer.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/InteractionPurgeSummary" },
                examples: {
                  whatIf: {
                    summary: "A `whatIf=true` answer (nothing deleted)",
                    value: {
                      items: [
                        { id: "bbqfbbbow", sessionId: "458789546", status: "WhatIf" },
                        {
                          id: "bbsnbcbe3",
                          sessionId: "160953e6-8136-4090-a54d-44c25691149f",
                          status: "WhatIf",
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/processing/v2/categories": {
      get: {
        operationId: "listCategories",
        summary: "Categories (v2)",
        description:
          "Lists every category Creovai can detect or score (phrases, deep phrases, sequences, scores…),\nwith how it is shown: its `key` links it to the classifications and segments of\n`getInteraction`.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n",
        tags: ["Processing catalogs (v2)"],
        "x-cxkit-source": "sdk",
        responses: {
          "200": {
            description: "The categories.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CategoryInfoArrayResponse" },
                examples: {
                  twoCategories: {
                    summary: "A phrase category and a score",
                    value: {
                      results: [
                        {
                          key: "PhraseDetection-8be93266-563a-4566-a3d7-9a532ad0c324",
                          categoryType: "PhraseDetection",
                          displayName: "Misdirected: Mailing List",
                          shortName: "Mailing list",
                          description: "The customer asks to be removed from a mailing list.",
                          hidden: false,
                          showInSummary: true,
                          showInFilter: true,
                          resultMode: "Segments",
                          trackingMode: "Hits",
                          isLibrary: false,
                          examplePhrases: ["take me off your mailing list"],
                          enableRealtime: false,
                          participantOptions: "External",
                          groups: [{ id: "grp-cx", displayName: "Customer experience" }],
                        },
                        {
                          key: "BasicScore-8a1f3c4e-2f60-4a7e-9d1b-6f1c2a9e7b31",
                          categoryType: "BasicScore",
                          displayName: "Customer effort",
                          renderOptions: {
                            min: 0,
                            max: 1,
                            scale: 100,
                            precision: 0,
                            rounding: "Nearest",
                            labelsOnly: false,
                            ranges: [
                              { min: 0, max: 0.4, label: "Low", color: "#2e7d32" },
                              { min: 0.4, max: 1, label: "High", color: "#c62828" },
                            ],
                          },
                          hidden: false,
                          showInSummary: true,
                          showInFilter: true,
                          resultMode: "Classifications",
                          trackingMode: "None",
                          isLibrary: true,
                          examplePhrases: [],
                          enableRealtime: false,
                          participantOptions: "Any",
                          groups: [],
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/processing/v2/customFields": {
      get: {
        operationId: "listCustomFields",
        summary: "Custom fields (v2)",
        description:
          "Lists the custom fields defined in Creovai (values extracted from interaction metadata), with\ntheir type and how the UI shows them.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n",
        tags: ["Processing catalogs (v2)"],
        "x-cxkit-source": "sdk",
        responses: {
          "200": {
            description: "The custom fields.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/CustomFieldsResponse" },
                examples: {
                  twoFields: {
                    summary: "A lookup field and a free-text field",
                    value: {
                      customFields: [
                        {
                          id: "cf-account",
                          displayName: "Account number",
                          fieldType: "String",
                          highCardinality: true,
                          tags: ["External"],
                          isDeleted: false,
                          order: 1,
                          groupName: "CRM",
                          hideInFilter: false,
                        },
                        {
                          id: "cf-notes",
                          displayName: "Agent notes",
                          fieldType: "Text",
                          highCardinality: false,
                          tags: [],
                          isDeleted: false,
                          order: 2,
                          hideInFilter: true,
                        },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
    "/processing/v2/ParticipantRefTypes": {
      get: {
        operationId: "listParticipantRefTypes",
        summary: "Participant reference types (v2)",
        description:
          "Lists the participant reference types configured in Creovai (`agent`, `customer`…, the `refType`\nof interaction participants), whether each is internal, and whether it is left out of analytics.\nThe path's capitals are as the SDK sends them.\n\nShape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.\n",
        tags: ["Processing catalogs (v2)"],
        "x-cxkit-source": "sdk",
        responses: {
          "200": {
            description: "The participant reference types.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ParticipantTypesResponse" },
                examples: {
                  threeTypes: {
                    summary: "Agent, customer and IVR",
                    value: {
                      types: [
                        {
                          id: "agent",
                          sources: ["avaya-cm", "salesforce"],
                          isInternal: true,
                          ignoreInAnalytics: false,
                        },
                        {
                          id: "customer",
                          sources: [],
                          isInternal: false,
                          ignoreInAnalytics: false,
                        },
                        { id: "ivr", sources: [], isInternal: true, ignoreInAnalytics: true },
                      ],
                    },
                  },
                },
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "401": { $ref: "#/components/responses/Unauthorized" },
          "403": { $ref: "#/components/responses/Forbidden" },
        },
      },
    },
  },
  webhooks: {
    callSummary: {
      post: {
        operationId: "callSummaryEvent",
        summary: "Call Summary - Outbound Webhook",
        description:
          "When Creovai has finished a call, it can post that call's details to a URL you give Creovai: its\nID and link, its UTC times, and each participant with the segments Creovai detected (sentences,\nphrase detections with their category and score…). The payload is JSON with ISO 8601 times and\ncarries more than the documented keys (general call metadata among them), so it stays open.\n\nYour endpoint must be HTTPS with a certificate from a trusted authority (self-signed certificates\nare refused). Creovai calls it either without authentication or with HTTP Basic credentials you\nconfigure (`webhookBasic`); there is no signature to verify. No retry policy is documented.\n\nThere is one event type and no event ID: `callId` identifies the call the summary is about, and\none summary is sent per finished call, so `callId` serves as the de-duplication key\n(`x-cxkit-webhooks.id`).\n",
        tags: ["Call summary webhook"],
        security: [{ webhookBasic: [] }, {}],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/WebhookCallSummaryEvent" },
              examples: {
                callDetails: {
                  summary: 'Docs "call details" sample (shortened to four segments)',
                  value: {
                    callId: "bbqfbbbow",
                    callUri: "https://demo.Tethr.io/calls/bbqfbbbow",
                    utcStart: "2014-04-30T17:01:42.65Z",
                    utcEnd: "2014-04-30T17:02:35.29Z",
                    participants: [
                      {
                        participantId: 1,
                        refType: "agent",
                        refId: "adf3234",
                        phoneNumber: "(222) 111-1010",
                        email: "JDow@demo.comp",
                        firstName: "John",
                        lastName: "Dow",
                        isInternal: true,
                        segments: [
                          {
                            id: "0f11c168-0762-4fc8-83c8-10a79b091847",
                            categoryId: "UtteranceBreak",
                            categoryType: "Sentence",
                            startMs: 0,
                            endMs: 2120,
                          },
                          {
                            id: "90e3f3b4-9691-49aa-8089-fd76a2d68640",
                            categoryId: "UtteranceBreak",
                            categoryType: "Sentence",
                            startMs: 11770,
                            endMs: 25020,
                          },
                        ],
                      },
                      {
                        participantId: 2,
                        phoneNumber: "(602) 555-0567",
                        isInternal: false,
                        segments: [
                          {
                            id: "8af4cfce-5258-469f-8557-16c140d61792",
                            categoryId: "UtteranceBreak",
                            categoryType: "Sentence",
                            startMs: 2090,
                            endMs: 14400,
                          },
                          {
                            id: "a15ecdf9-3062-45ce-a336-75a9b515c1ea",
                            categoryId: "8be93266-563a-4566-a3d7-9a532ad0c324",
                            categoryType: "PhraseDetection",
                            categoryDisplayName: "Misdirected: Mailing List",
                            startMs: 15610,
                            endMs: 16230,
                            value: 0.8,
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
            description:
              "Your endpoint received the summary. Any 2xx answer acknowledges it; the body is ignored.",
          },
        },
      },
    },
  },
  "x-cxkit-webhooks": { id: "callId" },
  components: {
    securitySchemes: {
      bearer: {
        type: "http",
        scheme: "bearer",
        description:
          "Access token from `POST /Token` (`getToken`), sent as `Authorization: Bearer <access_token>`. It expires after `expires_in` seconds (about 30 minutes).",
      },
      webhookBasic: {
        type: "http",
        scheme: "basic",
        description:
          "HTTP Basic credentials that Creovai sends to your call-summary endpoint, when you configure them with Creovai (the alternative is no authentication at all).",
      },
    },
    parameters: {
      WhatIf: {
        name: "whatIf",
        in: "query",
        required: false,
        description:
          "`true` to delete nothing and only list what would be purged; each listed item then has `status: WhatIf`.",
        schema: { type: "boolean" },
      },
      SessionIdPath: {
        name: "sessionId",
        in: "path",
        required: true,
        description: "The session ID given at upload (your system's ID of the call, chat or case).",
        schema: { type: "string" },
      },
      InteractionIdPath: {
        name: "id",
        in: "path",
        required: true,
        description:
          "The Creovai interaction ID (the v1 call ID), or a flow ID with `isFlow=true`.",
        schema: { type: "string" },
      },
    },
    responses: {
      BadRequest: {
        description: "The request failed validation; the body is the validation message as text.",
        content: {
          "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
        },
      },
      Unauthorized: {
        description:
          "The bearer token is missing, wrong or expired: get a new one with `getToken`. Body undocumented.",
        content: {
          "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
        },
      },
      Forbidden: {
        description:
          "The API user lacks the role this operation needs (for example `AsyncMetaData`, call share or purge). Body undocumented.",
        content: {
          "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
        },
      },
      ServerError: {
        description:
          "Creovai failed to process the request (documented for the async metadata API).",
        content: {
          "text/plain": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
          "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
        },
      },
    },
    schemas: {
      ErrorResponse: {
        description:
          "Undocumented error body: Creovai answers errors with a status code and, for validation errors, a plain-text message; a JSON body is possible. Kept loose on purpose.",
        anyOf: [{ type: "string" }, { type: "object" }],
      },
      UtcDateTime: {
        type: "string",
        format: "date-time",
        pattern: "(Z|\\+00:00)$",
        description:
          "An RFC 3339 time in UTC: it must end in `Z` or `+00:00`. Creovai's v2 SDK refuses times without a time zone, and both SDKs convert local times to UTC before sending.",
        examples: ["2024-05-02T14:43:34Z"],
      },
      Metadata: {
        type: "object",
        additionalProperties: true,
        description:
          "Any JSON object, stored with the interaction and available in the UI, reports and data feeds (for example a CRM customer ID, a disposition code, the IVR's routing group). No schema is imposed.",
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
            $ref: "#/components/schemas/UtcDateTime",
            description: "Start of the chat, in UTC.",
          },
          UtcEnd: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "End of the chat, in UTC; not before `UtcStart`.",
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
            $ref: "#/components/schemas/UtcDateTime",
            description:
              "When the message was posted, in UTC; within `[UtcStart, UtcEnd]` of the chat.",
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
      InteractionDirection: {
        type: "string",
        enum: ["Unknown", "Inbound", "Outbound", "Internal"],
        description:
          "Who started the call: `Inbound` from outside the telephony system, `Outbound` from inside to an outside line, `Internal` between two devices inside it, `Unknown` when not known (the default). Any other value is refused with a 400.",
      },
      ArchivedRecordingUpload: {
        type: "object",
        description: "The two parts of an archived call upload.",
        required: ["info", "data"],
        properties: {
          info: { $ref: "#/components/schemas/RecordingInfo" },
          data: {
            type: "string",
            format: "binary",
            description:
              "The recording, sent with its own media type (`audio/wav`, `audio/mp3`, `audio/ogg`, `audio/mp4`, `audio/wma`…).",
          },
        },
      },
      RecordingInfo: {
        type: "object",
        description:
          "The description of an archived call (the `info` part). The recorded length and `StartTime` to `EndTime` should agree: by default Creovai quarantines calls where they do not.",
        required: ["SessionId", "StartTime", "Contacts"],
        properties: {
          SessionId: {
            type: "string",
            description:
              "Your recorder's unique ID of the recording, unique across everything uploaded to the instance; lets the recorder check later that Creovai received the call.",
          },
          MasterCallId: {
            type: "string",
            description:
              "Optional ID shared by the parts of one call that the recorder split (for example on a transfer), so that Creovai links them.",
          },
          Direction: { $ref: "#/components/schemas/InteractionDirection" },
          StartTime: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "Start of the call, in UTC.",
          },
          EndTime: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "End of the call, in UTC; optional, not before `StartTime`.",
          },
          Contacts: {
            type: "array",
            description: "The participants of the call, one per audio channel.",
            items: { $ref: "#/components/schemas/RecordingContact" },
          },
          NumberDialed: {
            type: "string",
            description:
              "For inbound calls, the number the caller dialed (a trunk line or a campaign number); best left out for direct-dial and outbound calls.",
          },
          Audio: { $ref: "#/components/schemas/RecordingAudio" },
          Metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      RecordingContact: {
        type: "object",
        description: "A participant of an archived call.",
        required: ["Channel", "Type"],
        properties: {
          ReferenceId: {
            type: "string",
            description:
              "Optional ID of the participant in your systems (for example the agent ID).",
          },
          FirstName: { type: "string", description: "Optional first name." },
          LastName: { type: "string", description: "Optional last name." },
          Channel: {
            type: "integer",
            minimum: 0,
            description:
              "The audio channel this participant speaks on (0- or 1-based, matching the audio). Only one participant per channel.",
          },
          PhoneNumber: { type: "string", description: "Optional phone number or extension." },
          Type: {
            type: "string",
            description:
              "The participant type: `Agent` and `Customer` are predefined (the docs write them in lower case), others such as `IVR` can be configured in Creovai. Only one participant per type.",
            examples: ["agent", "customer"],
          },
        },
      },
      RecordingAudio: {
        type: "object",
        description: "The audio format of an archived call.",
        properties: {
          Format: {
            type: "string",
            description:
              "Creovai's name of the audio format; the v1 SDK derives it from the audio part's media type. Formats the SDK does not know are passed as the media type itself.",
            examples: ["wav", "mp3", "opus", "mp4", "mp4helium", "wma", "wmahelium"],
          },
        },
      },
      ArchiveCallResponse: {
        description:
          "The call ID Creovai assigned to the recording. As for chats, the answer may spell it `callId` or `CallId` (the v1 SDK reads it case-insensitively into the same model as the chat answer).",
        anyOf: [
          {
            type: "object",
            title: "ArchiveCallIdCamelCase",
            required: ["callId"],
            properties: {
              callId: { type: "string", description: "Creovai call ID (camelCase spelling)." },
            },
          },
          {
            type: "object",
            title: "ArchiveCallIdPascalCase",
            required: ["CallId"],
            properties: {
              CallId: {
                type: "string",
                description: "Creovai call ID (PascalCase spelling, the SDK model's).",
              },
            },
          },
        ],
      },
      CallSessionIdsRequest: {
        type: "object",
        required: ["CallSessionIds"],
        properties: {
          CallSessionIds: {
            type: "array",
            description: "Session IDs of the uploads.",
            items: { type: "string" },
          },
        },
      },
      CallStatusesResponse: {
        type: "object",
        required: ["CallSessions"],
        properties: {
          CallSessions: {
            type: "array",
            description: "One status per requested session.",
            items: { $ref: "#/components/schemas/CallStatus" },
          },
        },
      },
      CallStatus: {
        type: "object",
        description: "The processing status of one v1 upload.",
        required: ["Status", "SessionId"],
        properties: {
          Status: {
            type: "string",
            enum: ["InProgress", "Concluded", "Complete", "NotFound", "Excluded"],
            description:
              "`InProgress` while the call is ongoing, `Concluded` when it ended and is being processed, `Complete` when processing is done, `NotFound` when no upload has this session ID (also after a purge), `Excluded` when it was excluded from processing.",
          },
          CallId: {
            type: ["string", "null"],
            description: "The Creovai call ID, when the session is known.",
          },
          SessionId: { type: "string", description: "The requested session ID." },
          DurationSec: {
            type: "integer",
            description: "The call's length in seconds, when known (0 otherwise).",
          },
        },
      },
      CaseSession: {
        type: "object",
        description: "One case from a case-management system.",
        required: ["ReferenceId", "UtcStart", "UtcEnd", "Contacts"],
        properties: {
          ReferenceId: {
            type: "string",
            description: "The case's ID in your case-management system (the key of the case).",
          },
          MasterId: {
            type: "string",
            description:
              "Optional ID that makes several cases one composite interaction, analysed as a single longer case.",
          },
          CollectionId: {
            type: "string",
            description:
              "Optional ID that groups cases (and calls or chats) without analysing them as one interaction.",
          },
          Metadata: { $ref: "#/components/schemas/Metadata" },
          UtcStart: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the case was opened, in UTC.",
          },
          UtcEnd: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the case was closed, in UTC; not before `UtcStart`.",
          },
          Messages: {
            type: "array",
            description: "The case's messages.",
            items: { $ref: "#/components/schemas/CaseMessage" },
          },
          Contacts: {
            type: "array",
            description: "The case's participants; each message's sender must be one of them.",
            items: { $ref: "#/components/schemas/CaseContact" },
          },
        },
      },
      CaseMessage: {
        type: "object",
        description: "One message of a case.",
        required: ["UtcTimestamp", "SenderReferenceId", "Channel", "Content"],
        properties: {
          UtcTimestamp: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the message was sent, in UTC.",
          },
          SenderReferenceId: {
            type: "string",
            description: "The `ReferenceId` of the contact who sent the message.",
          },
          Channel: {
            type: "string",
            description: "The channel the message came through, such as `Web` or `email`.",
            examples: ["Web", "email"],
          },
          Content: { type: "string", description: "The message text." },
        },
      },
      CaseContact: {
        type: "object",
        description: "A participant of a case.",
        required: ["ReferenceId", "Type"],
        properties: {
          ReferenceId: {
            type: "string",
            description: "The contact's ID or name, referenced by `SenderReferenceId`.",
          },
          FirstName: { type: "string", description: "Optional first name." },
          LastName: { type: "string", description: "Optional last name." },
          Email: { type: "string", description: "Optional e-mail address." },
          PhoneNumber: { type: "string", description: "Optional phone number." },
          Type: {
            type: "string",
            description:
              "The participant type; `Agent` and `Customer` by default, others can be configured.",
            examples: ["Agent", "Customer"],
          },
        },
      },
      CaseCaptureResponse: {
        type: "object",
        description:
          "The stored case. Member names as in the v1 SDK's model (which reads them case-insensitively).",
        properties: {
          ReferenceId: { type: ["string", "null"], description: "The `ReferenceId` sent." },
          CaseId: {
            type: ["string", "null"],
            description: "Creovai's ID of the case: the primary ID to keep for troubleshooting.",
          },
          CollectionId: {
            type: ["string", "null"],
            description: "The collection the case belongs to, if any.",
          },
        },
      },
      SessionMetadataEvent: {
        type: "object",
        description: "Metadata for a call or chat, found by session ID.",
        required: ["EventTime", "Metadata"],
        properties: {
          SessionId: {
            type: "string",
            description:
              "The session ID of the call or chat. Optional: without it Creovai matches the event to a call by its metadata, once support has configured that matching.",
          },
          EventTime: {
            type: "string",
            format: "date-time",
            description:
              "When the event this metadata describes happened; events are applied in this order, so the later value of a field wins.",
          },
          Metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      MasterCallMetadataEvent: {
        type: "object",
        description: "Metadata for every call with a master call ID.",
        required: ["MasterCallId", "EventTime", "Metadata"],
        properties: {
          MasterCallId: { type: "string", description: "The master call ID of the calls." },
          EventTime: {
            type: "string",
            format: "date-time",
            description: "When the event happened; the later value of a field wins.",
          },
          Metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      CaseMetadataEvent: {
        type: "object",
        description: "Metadata for a case, found by its reference ID.",
        required: ["CaseReferenceId", "EventTime", "Metadata"],
        properties: {
          CaseReferenceId: {
            type: "string",
            description: "The case's ID in your case-management system.",
          },
          EventTime: {
            type: "string",
            format: "date-time",
            description: "When the event happened; the later value of a field wins.",
          },
          Metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      MonitorStatusName: {
        type: "string",
        enum: ["Unknown", "Healthy", "Warning", "Error", "Offline"],
        description:
          "A broker's health: `Healthy` when all works, `Warning` when something is out of its normal range, `Error` when errors need a look, `Offline` when it cannot process calls, `Unknown` when not known.",
      },
      MonitorEvent: {
        type: "object",
        description: "A heartbeat of an upload broker (v1 route).",
        required: ["Status", "TimeStamp", "Name"],
        properties: {
          Status: {
            description:
              "The broker's health, as a number (`0` Unknown, `1` Healthy, `10` Warning, `20` Error, `30` Offline: the v1 SDK's form) or as its name (the v2 heartbeat package's form).",
            anyOf: [
              { type: "integer", enum: [0, 1, 10, 20, 30] },
              { $ref: "#/components/schemas/MonitorStatusName" },
            ],
          },
          TimeStamp: {
            type: "string",
            format: "date-time",
            description: "The broker's local time, with its UTC offset.",
          },
          Name: {
            type: "string",
            description:
              "The broker's name, usually its machine name; a change tells Creovai that a second broker reports for the same API user.",
          },
          SoftwareVersion: {
            type: "string",
            description: "The broker's version, such as `1.0.0.29`.",
          },
        },
      },
      RecordingSettingSummaries: {
        type: "array",
        description: "Every recording setting known to Creovai.",
        items: { $ref: "#/components/schemas/RecordingSettingSummary" },
      },
      RecordingSettingSummary: {
        type: "object",
        description: "The recording setting of one participant reference in one source system.",
        properties: {
          RefType: {
            type: ["string", "null"],
            description: "The participant reference type (such as `agent`).",
          },
          Source: {
            type: ["string", "null"],
            description: "The source system the reference comes from.",
          },
          LookupId: {
            type: ["string", "null"],
            description: "The participant's ID in that source.",
          },
          RecordingSetting: {
            type: ["string", "null"],
            description: "The setting (its values are not documented).",
          },
        },
      },
      CallShareRequest: {
        type: "object",
        required: ["CallId", "Email"],
        properties: {
          CallId: { type: "string", description: "The Creovai call ID to share." },
          Email: {
            type: "string",
            description: "E-mail address of the guest who will open the call.",
          },
        },
      },
      CallShareResponse: {
        type: "object",
        required: ["callUrl", "expiration"],
        properties: {
          callUrl: { type: "string", description: "The link that opens the call for the guest." },
          expiration: {
            type: "string",
            format: "date-time",
            description: "When the link expires (8 hours after issue by default).",
          },
        },
      },
      CallPurgeIdsRequest: {
        type: "object",
        required: ["ids"],
        properties: {
          ids: {
            type: "array",
            maxItems: 100,
            description:
              "Call IDs (`purgeCalls`) or session IDs (`purgeCallsBySession`), at most 100.",
            items: { type: "string" },
          },
        },
      },
      CallPurgeCustomerRequest: {
        type: "object",
        required: ["phoneNumber"],
        properties: {
          phoneNumber: {
            type: "string",
            description: "The customer's phone number, formatted as Creovai stored it.",
          },
        },
      },
      CallPurgeSummary: {
        type: "object",
        required: ["items"],
        properties: {
          items: {
            type: "array",
            description: "One result per requested or found call.",
            items: { $ref: "#/components/schemas/CallPurgeItem" },
          },
        },
      },
      CallPurgeItem: {
        type: "object",
        required: ["status"],
        properties: {
          callId: {
            type: ["string", "null"],
            description: "The Creovai call ID (null when a requested session ID was not found).",
          },
          sessionId: {
            type: ["string", "null"],
            description: "The call's session ID (null when a requested call ID was not found).",
          },
          status: {
            type: "string",
            enum: ["Purging", "NotFound", "Error", "WhatIf"],
            description:
              "`Purging` when deletion started, `NotFound` when the ID is unknown or already purged, `Error` when it failed (see `errorMsg`), `WhatIf` for a call a `whatIf=true` request would purge (the v1 docs name the first three; `WhatIf` is the v2 SDK's name for the fourth).",
          },
          errorMsg: { type: ["string", "null"], description: "The error message, if any." },
        },
      },
      CaptureResponse: {
        type: "object",
        required: ["id"],
        properties: {
          id: {
            type: "string",
            description:
              "The Creovai interaction ID assigned to the upload (the v1 call ID): keep it for troubleshooting and for `getInteraction`.",
          },
        },
      },
      CaptureCallUpload: {
        type: "object",
        description: "The two parts of a v2 call upload.",
        required: ["info", "data"],
        properties: {
          info: { $ref: "#/components/schemas/CaptureCallRequest" },
          data: {
            type: "string",
            format: "binary",
            description:
              "The recording, sent with its own media type (`audio/wav`, `audio/mp3`, `audio/ogg`, `audio/mp4`, `audio/wma`…).",
          },
        },
      },
      CaptureCallRequest: {
        type: "object",
        description: "The description of a v2 call upload (the `info` part).",
        required: ["sessionId", "utcStart", "participants"],
        properties: {
          sessionId: {
            type: "string",
            minLength: 1,
            description:
              "Your recorder's unique ID of the recording, unique across everything uploaded to the instance.",
          },
          masterId: {
            type: "string",
            description:
              "Optional ID shared by the parts of one call that the recorder split, so that Creovai treats them as one call (the SDK drops an empty one).",
          },
          caseReferenceId: {
            type: "string",
            description:
              "Optional ID of the case this call belongs to (the case's `sessionId` in `captureCase`).",
          },
          collectionId: {
            type: "string",
            description:
              "Optional ID that groups this call with other interactions, without joining them.",
          },
          utcStart: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "Start of the call, in UTC.",
          },
          utcEnd: {
            $ref: "#/components/schemas/UtcDateTime",
            description:
              "End of the call, in UTC, not before `utcStart`; optional: Creovai then takes the length of the audio.",
          },
          participants: {
            type: "array",
            minItems: 1,
            description: "The participants of the call, one per audio channel.",
            items: { $ref: "#/components/schemas/CaptureCallParticipant" },
          },
          direction: { $ref: "#/components/schemas/InteractionDirection" },
          numberDialed: {
            type: "string",
            description:
              "For inbound calls, the number the caller dialed (a trunk line or a campaign number); best left out otherwise.",
          },
          audio: { $ref: "#/components/schemas/CaptureAudio" },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      CaptureCallParticipant: {
        type: "object",
        description: "A participant of a v2 call.",
        required: ["channel"],
        properties: {
          referenceId: {
            type: "string",
            description: "Optional ID of the participant in your systems.",
          },
          firstName: { type: "string", description: "Optional first name." },
          lastName: { type: "string", description: "Optional last name." },
          channel: {
            type: "integer",
            minimum: 0,
            description:
              "The audio channel this participant speaks on (0- or 1-based, matching the audio); one participant per channel.",
          },
          phoneNumber: { type: "string", description: "Optional phone number or extension." },
          type: {
            type: "string",
            description:
              "Optional participant type: `Agent` and `Customer` are predefined, others (such as `IVR`) can be configured. One participant per type.",
            examples: ["Agent", "Customer"],
          },
        },
      },
      CaptureAudio: {
        type: "object",
        description: "The audio format of a v2 call upload.",
        properties: {
          format: {
            type: "string",
            description:
              "Creovai's name of the audio format (`wav`, `mp3`, `opus`, `mp4`, `mp4helium`, `wma`, `wmahelium`); the SDK derives it from the audio part's media type when left empty.",
            examples: ["wav"],
          },
        },
      },
      CaptureChatRequest: {
        type: "object",
        description: "One chat session (v2).",
        required: ["sessionId", "utcStart", "utcEnd", "participants"],
        properties: {
          sessionId: {
            type: "string",
            minLength: 1,
            description: "Unique ID of the chat in the sending system, unique across the instance.",
          },
          masterId: {
            type: "string",
            description:
              "Optional ID shared by several chats that together make one complete chat.",
          },
          caseReferenceId: {
            type: "string",
            description: "Optional ID of the case this chat belongs to.",
          },
          collectionId: {
            type: "string",
            description:
              "Optional ID that groups this chat with other interactions, without joining them.",
          },
          utcStart: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "Start of the chat, in UTC.",
          },
          utcEnd: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "End of the chat, in UTC; not before `utcStart`.",
          },
          participants: {
            type: "array",
            minItems: 1,
            description: "The participants of the chat, each with the messages it sent.",
            items: { $ref: "#/components/schemas/CaptureChatParticipant" },
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      CaptureChatParticipant: {
        type: "object",
        description: "A participant of a v2 chat; `referenceId` and `type` together identify it.",
        required: ["referenceId", "type"],
        properties: {
          referenceId: {
            type: "string",
            minLength: 1,
            description: "The participant's ID in your systems.",
          },
          firstName: { type: "string", description: "Optional first name." },
          lastName: { type: "string", description: "Optional last name." },
          type: {
            type: "string",
            minLength: 1,
            description:
              "The participant type: `Agent`, `Customer`, `System` (automatic messages) or `Bot` (virtual agents), or a type configured in Creovai.",
            examples: ["Agent", "Customer", "System", "Bot"],
          },
          phoneNumber: { type: "string", description: "Optional phone number." },
          email: { type: "string", description: "Optional e-mail address." },
          messages: {
            type: "array",
            description: "The messages this participant sent.",
            items: { $ref: "#/components/schemas/CaptureChatMessage" },
          },
        },
      },
      CaptureChatMessage: {
        type: "object",
        required: ["content", "utcTimestamp"],
        properties: {
          content: { type: "string", description: "The message text." },
          utcTimestamp: {
            $ref: "#/components/schemas/UtcDateTime",
            description:
              "When the message was sent, in UTC; within `[utcStart, utcEnd]` of the chat.",
          },
          customEvents: {
            type: "array",
            description:
              "Optional custom events attached to the message (for example a widget action).",
            items: { $ref: "#/components/schemas/CaptureChatCustomEvent" },
          },
        },
      },
      CaptureChatCustomEvent: {
        type: "object",
        properties: {
          id: { type: "string", description: "The event's ID." },
          source: { type: "string", description: "The system that raised the event." },
        },
      },
      CaptureCaseRequest: {
        type: "object",
        description:
          "One case (v2); creates the case or updates the one with the same `sessionId`.",
        required: ["sessionId", "utcStart", "utcEnd", "participants"],
        properties: {
          sessionId: {
            type: "string",
            minLength: 1,
            description:
              "The case's ID in your case-management system; calls and chats of the case give it as `caseReferenceId`.",
          },
          masterId: {
            type: "string",
            description:
              "Optional ID that makes several cases one composite interaction, analysed as a single case (for example a follow-up case opened by a reply to a closed one).",
          },
          collectionId: {
            type: "string",
            description:
              "Optional ID that groups cases, chats and calls without analysing them as one interaction.",
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
          utcStart: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the case was opened, in UTC.",
          },
          utcEnd: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the case was closed, in UTC; not before `utcStart`.",
          },
          messages: {
            type: "array",
            description: "The case's messages.",
            items: { $ref: "#/components/schemas/CaptureCaseMessage" },
          },
          participants: {
            type: "array",
            description:
              "The participants who sent messages in the case; each message's sender must be one of them (others may be listed but are ignored).",
            items: { $ref: "#/components/schemas/CaptureCaseParticipant" },
          },
        },
      },
      CaptureCaseMessage: {
        type: "object",
        required: ["utcTimestamp", "senderReferenceId", "channel", "content"],
        properties: {
          utcTimestamp: {
            $ref: "#/components/schemas/UtcDateTime",
            description: "When the message was sent, in UTC.",
          },
          senderReferenceId: {
            type: "string",
            description: "The `referenceId` of the participant who sent the message.",
          },
          channel: {
            type: "string",
            description: "The channel the message came through, such as `Web` or `email`.",
          },
          content: { type: "string", description: "The message text." },
        },
      },
      CaptureCaseParticipant: {
        type: "object",
        required: ["referenceId", "type"],
        properties: {
          referenceId: {
            type: "string",
            description: "The participant's ID or name, referenced by `senderReferenceId`.",
          },
          firstName: { type: "string", description: "Optional first name." },
          lastName: { type: "string", description: "Optional last name." },
          email: { type: "string", format: "email", description: "Optional e-mail address." },
          phoneNumber: { type: "string", description: "Optional phone number." },
          type: {
            type: "string",
            description:
              "The participant type; `Agent` and `Customer` by default, others (IVRs, automated attendants) can be configured.",
          },
        },
      },
      CaptureStatusHeartbeatRequest: {
        type: "object",
        description: "A heartbeat of an upload broker (v2 route).",
        required: ["status", "timeStamp"],
        properties: {
          status: { $ref: "#/components/schemas/MonitorStatusName" },
          timeStamp: {
            type: "string",
            format: "date-time",
            description: "The broker's local time, with its UTC offset.",
          },
          name: {
            type: "string",
            description:
              "The broker's name; a change tells Creovai that a second broker reports for the same API user.",
          },
          softwareVersion: {
            type: "string",
            description: "The broker's version, such as `1.0.0.29`.",
          },
        },
      },
      SessionIdsRequest: {
        type: "object",
        required: ["sessionIds"],
        properties: {
          sessionIds: {
            type: "array",
            description: "Session IDs of the interactions.",
            items: { type: "string" },
          },
        },
      },
      SessionStatusResponse: {
        type: "object",
        required: ["sessions"],
        properties: {
          sessions: {
            type: "array",
            description: "One status per requested session.",
            items: { $ref: "#/components/schemas/SessionStatus" },
          },
        },
      },
      SessionStatus: {
        type: "object",
        description: "The processing status of one session (v2).",
        required: ["status", "sessionId"],
        properties: {
          status: {
            type: "string",
            enum: ["Unknown", "InProgress", "Concluded", "Complete", "NotFound", "Excluded"],
            description:
              "`InProgress` while the interaction is ongoing, `Concluded` when it ended and is being processed, `Complete` when processing is done, `NotFound` when no interaction has this session ID, `Excluded` when it was excluded, `Unknown` when Creovai gave no status.",
          },
          id: {
            type: ["string", "null"],
            description: "The Creovai interaction ID (empty or absent while unknown).",
          },
          sessionId: { type: "string", description: "The requested session ID." },
          durationSec: {
            type: ["integer", "null"],
            description: "The interaction's length in seconds, when known.",
          },
        },
      },
      AppendMetadataBySessionIdRequest: {
        type: "object",
        required: ["sessionId", "metadata"],
        properties: {
          sessionId: { type: "string", description: "The session ID of the call or chat." },
          eventTime: {
            type: "string",
            format: "date-time",
            description:
              "When the event this metadata describes happened (the SDK sends the current time when not given); the later value of a field wins.",
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      AppendMetadataByMasterIdRequest: {
        type: "object",
        required: ["masterId", "metadata"],
        properties: {
          masterId: { type: "string", description: "The master ID of the interactions." },
          eventTime: {
            type: "string",
            format: "date-time",
            description: "When the event happened; the later value of a field wins.",
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      AppendMetadataByCaseReferenceIdRequest: {
        type: "object",
        required: ["caseReferenceId", "metadata"],
        properties: {
          caseReferenceId: {
            type: "string",
            description: "The case's ID in your case-management system.",
          },
          eventTime: {
            type: "string",
            format: "date-time",
            description: "When the event happened; the later value of a field wins.",
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      AppendMetadataByCollectionIdRequest: {
        type: "object",
        required: ["collectionId", "metadata"],
        properties: {
          collectionId: { type: "string", description: "The collection ID of the interactions." },
          eventTime: {
            type: "string",
            format: "date-time",
            description: "When the event happened; the later value of a field wins.",
          },
          metadata: { $ref: "#/components/schemas/Metadata" },
        },
      },
      InteractionDetailsResponse: {
        type: "object",
        description:
          "Everything Creovai reports about one interaction. Open: members not listed here may appear.",
        required: ["id"],
        properties: {
          id: {
            type: "string",
            description: "The Creovai interaction ID, or the flow ID for a flow.",
          },
          sessionId: { type: ["string", "null"], description: "The session ID given at upload." },
          masterId: {
            type: ["string", "null"],
            description: "The master ID shared by the parts of one split call.",
          },
          caseReferenceId: {
            type: ["string", "null"],
            description: "The case the interaction belongs to.",
          },
          collectionId: {
            type: ["string", "null"],
            description: "The collection the interaction belongs to.",
          },
          language: {
            type: ["string", "null"],
            description: "The interaction's main language, as an ISO 639-3 code (`eng`).",
          },
          country: {
            type: ["string", "null"],
            description: "The country of the dialect spoken, as an ISO 3166 alpha-3 code (`USA`).",
          },
          tethrUri: {
            type: ["string", "null"],
            description:
              "Link that opens the interaction in the Creovai web app; add `?transcript=<ms>` to jump to a time.",
          },
          utcStart: {
            type: "string",
            format: "date-time",
            description: "Start of the interaction, in UTC.",
          },
          utcEnd: {
            type: "string",
            format: "date-time",
            description: "End of the interaction, in UTC.",
          },
          durationMs: {
            type: "integer",
            description: "Length of the interaction in milliseconds.",
          },
          audioDurationMs: {
            type: "integer",
            description: "Length of the mixed audio in milliseconds.",
          },
          displayName: {
            type: ["string", "null"],
            description: "The interaction's display name, built from its custom groups.",
          },
          customGroups: {
            type: "array",
            description:
              "The custom groups (division, location, team, skill, campaign…) of the interaction.",
            items: { $ref: "#/components/schemas/InteractionGroup" },
          },
          metadata: {
            description: "The metadata sent with the interaction and added later.",
            type: ["object", "null"],
            additionalProperties: true,
          },
          classifications: {
            type: "array",
            description:
              "What Creovai found on the interaction as a whole (not tied to one participant).",
            items: { $ref: "#/components/schemas/InteractionClassification" },
          },
          textHits: {
            type: "array",
            description: "Category hits found in custom text fields.",
            items: { $ref: "#/components/schemas/InteractionTextHit" },
          },
          participants: {
            type: "array",
            description: "The participants, typically an agent and a customer.",
            items: { $ref: "#/components/schemas/InteractionParticipant" },
          },
          numberDialed: {
            type: ["string", "null"],
            description: "The number dialed that started the call.",
          },
          direction: {
            $ref: "#/components/schemas/InteractionDirection",
            description: "The call's direction (`Unknown` for interactions without one).",
          },
          participantIdentificationConfidence: {
            type: ["number", "null"],
            description:
              "For mono calls split by diarization, how sure Creovai is which voice is which participant (0 to 1: 0.4 who spoke first, 0.6/0.8 one/two participants recognised from their words, 1 checked by a person); null without diarization.",
          },
          hadDiarization: {
            type: "boolean",
            description: "Whether the audio was split into one stream per speaker.",
          },
          interactionType: {
            type: "string",
            enum: ["Call", "Chat", "Flow", "Case"],
            description: "The kind of interaction; `Flow` for a composite call or case.",
          },
          flowTypeId: { type: ["string", "null"], description: "For a flow, its flow type ID." },
          flows: {
            type: "array",
            description: "The flows this interaction is part of.",
            items: { $ref: "#/components/schemas/InteractionFlow" },
          },
          customTexts: {
            type: "array",
            description: "Values of free-text custom fields.",
            items: { $ref: "#/components/schemas/CustomFieldStringValue" },
          },
          customStrings: {
            type: "array",
            description: "Values of lookup (keyword) custom fields, such as an account number.",
            items: { $ref: "#/components/schemas/CustomFieldStringValue" },
          },
          customLongs: {
            type: "array",
            description: "Values of whole-number custom fields.",
            items: { $ref: "#/components/schemas/CustomFieldLongValue" },
          },
          customDoubles: {
            type: "array",
            description: "Values of decimal custom fields, such as amounts.",
            items: { $ref: "#/components/schemas/CustomFieldDoubleValue" },
          },
          customDateTimes: {
            type: "array",
            description: "Values of date-time custom fields.",
            items: { $ref: "#/components/schemas/CustomFieldDateTimeValue" },
          },
          evaluatedCustomFields: {
            type: "array",
            description: "IDs of the custom fields that were evaluated.",
            items: { type: "string" },
          },
          matchedCustomFields: {
            type: "array",
            description: "IDs of the custom fields for which a value was found.",
            items: { type: "string" },
          },
          lastUpdatedUtc: {
            type: "string",
            format: "date-time",
            description: "When the interaction was last updated, in UTC.",
          },
          internalTalkTimeMs: {
            type: "integer",
            description: "How long internal participants talked, in milliseconds.",
          },
          externalTalkTimeMs: {
            type: "integer",
            description: "How long external participants talked, in milliseconds.",
          },
          silenceTimeMs: { type: "integer", description: "Total silence, in milliseconds." },
          startSilenceTimeMs: {
            type: "integer",
            description: "Silence at the start, in milliseconds.",
          },
          endSilenceTimeMs: {
            type: "integer",
            description: "Silence at the end, in milliseconds.",
          },
          silencePercent: { type: "number", description: "Share of silence, from 0 to 1." },
          internalTalkPercent: {
            type: "number",
            description: "Share of internal talk, from 0 to 1.",
          },
          externalTalkPercent: {
            type: "number",
            description: "Share of external talk, from 0 to 1.",
          },
          transcriptConfidence: {
            type: ["integer", "null"],
            description: "Transcription confidence from 0 to 100; null when not applicable.",
          },
          transcriptionAbTestName: {
            type: ["string", "null"],
            description: "Name of the transcription A/B test the interaction was part of, if any.",
          },
        },
      },
      InteractionGroup: {
        type: "object",
        properties: {
          id: { type: ["string", "null"], description: "The group's ID in Creovai." },
          displayName: { type: ["string", "null"], description: "The group's name." },
          type: {
            type: ["string", "null"],
            description:
              "The kind of group, such as `Division`, `Location`, `Team`, `Skill`, `Campaign`.",
          },
        },
      },
      InteractionClassification: {
        type: "object",
        description: "One thing Creovai found on an interaction (a category hit, a score…).",
        properties: {
          id: {
            type: ["string", "null"],
            description: "ID of this occurrence, for tracking only.",
          },
          categoryType: {
            type: ["string", "null"],
            description:
              "The Creovai subsystem that made the classification (such as `BasicScore`).",
          },
          categoryId: {
            type: ["string", "null"],
            description: "The category's ID, unique within its `categoryType`.",
          },
          displayName: { type: ["string", "null"], description: "The category's name." },
          startMs: {
            type: ["integer", "null"],
            description:
              "Start, in milliseconds from the interaction's start, when it applies to a span.",
          },
          endMs: {
            type: ["integer", "null"],
            description:
              "End, in milliseconds from the interaction's start, when it applies to a span.",
          },
          utcStart: {
            type: ["string", "null"],
            format: "date-time",
            description: "Start in UTC, when it applies to a span.",
          },
          utcEnd: {
            type: ["string", "null"],
            format: "date-time",
            description: "End in UTC, when it applies to a span.",
          },
          value: {
            type: "number",
            description:
              "The classification's value, whose meaning depends on `categoryType` (for text classification, how well the text fits the model, from 0 to 1).",
          },
          origValue: {
            type: ["number", "null"],
            description: "The original value, when a person overrode it.",
          },
          isOverridden: { type: "boolean", description: "Whether a person overrode the value." },
          missed: {
            type: "boolean",
            description: "Whether the category was required but not found.",
          },
          content: {
            type: ["string", "null"],
            description: "The content that triggered the classification.",
          },
          fromFlow: {
            type: "boolean",
            description: "Whether it was found on another interaction of the same flow.",
          },
        },
      },
      InteractionTextHit: {
        type: "object",
        description: "A category hit inside a custom text field.",
        properties: {
          id: { type: ["string", "null"], description: "ID of this hit, for tracking only." },
          categoryType: {
            type: ["string", "null"],
            description: "The Creovai subsystem that found the hit.",
          },
          categoryId: {
            type: ["string", "null"],
            description: "The category's ID, unique within its `categoryType`.",
          },
          customFieldId: {
            type: ["string", "null"],
            description: "The custom field the hit is in.",
          },
          customFieldHash: {
            type: ["string", "null"],
            description: "Hash of the custom field value the hit is in.",
          },
          startIdx: {
            type: "integer",
            description: "First character of the hit in the field value.",
          },
          endIdx: { type: "integer", description: "Last character of the hit in the field value." },
          value: {
            type: "number",
            description: "The hit's value, whose meaning depends on `categoryType`.",
          },
          displayName: { type: ["string", "null"], description: "The category's name." },
          content: { type: ["string", "null"], description: "The text of the hit." },
        },
      },
      InteractionParticipant: {
        type: "object",
        description:
          "A participant of an interaction, with what Creovai found in its speech or messages.",
        properties: {
          participantId: {
            type: "integer",
            minimum: 0,
            maximum: 255,
            description: "The participant's number within the interaction.",
          },
          flowParticipantId: {
            type: "integer",
            description:
              "For a flow, the `participantId` this participant has in its base interaction.",
          },
          interactionId: {
            type: ["string", "null"],
            description: "For a flow, the base interaction this participant comes from.",
          },
          refType: {
            type: ["string", "null"],
            description:
              "The kind of external ID in `refId` (such as `agent`, `employee`, `customer`); reference types are configured per instance.",
          },
          refId: {
            type: ["string", "null"],
            description:
              "The participant's ID in the system named by `refType` (an agent ID, a CRM ID…).",
          },
          contactId: {
            type: ["string", "null"],
            description:
              "The participant's ID in the system that sent the interaction (for an archived call, its audio channel).",
          },
          phoneNumber: { type: ["string", "null"], description: "The caller-ID phone number." },
          email: { type: ["string", "null"], description: "The e-mail address, rarely known." },
          firstName: { type: ["string", "null"], description: "The first name, if known." },
          lastName: { type: ["string", "null"], description: "The last name, if known." },
          displayName: {
            type: ["string", "null"],
            description: "A display name built from the other fields.",
          },
          isInternal: {
            type: "boolean",
            description:
              "Whether the participant is inside the contact centre (an agent) rather than external (a customer), as seen from the phone system.",
          },
          segments: {
            type: "array",
            description: "What Creovai detected in this participant's part.",
            items: { $ref: "#/components/schemas/InteractionSegment" },
          },
          utterances: {
            type: "array",
            description:
              "The participant's utterances and words; present only when full transcripts are enabled for the API key.",
            items: { $ref: "#/components/schemas/Utterance" },
          },
        },
      },
      InteractionSegment: {
        type: "object",
        description: "A span of a participant's part where Creovai detected something.",
        properties: {
          id: {
            type: ["string", "null"],
            description: "ID of this occurrence, for tracking only.",
          },
          categoryType: {
            type: ["string", "null"],
            description:
              "The Creovai subsystem that detected it (such as `Sentence`, `PhraseDetection`).",
          },
          categoryId: {
            type: ["string", "null"],
            description: "The category's ID, unique within its `categoryType`.",
          },
          displayName: { type: ["string", "null"], description: "The category's name." },
          startMs: {
            type: "integer",
            description: "Start, in milliseconds from the interaction's start.",
          },
          endMs: {
            type: "integer",
            description: "End, in milliseconds from the interaction's start.",
          },
          utcStart: { type: "string", format: "date-time", description: "Start, in UTC." },
          utcEnd: { type: "string", format: "date-time", description: "End, in UTC." },
          value: {
            type: "number",
            description: "The segment's value, whose meaning depends on `categoryType`.",
          },
          content: {
            type: ["string", "null"],
            description: "The part of the transcript that triggered the segment, where relevant.",
          },
          fromFlow: {
            type: "boolean",
            description:
              "Whether it was detected on another interaction of the same flow and projected here.",
          },
        },
      },
      Utterance: {
        type: "object",
        properties: {
          startMs: {
            type: "integer",
            description: "Start, in milliseconds from the interaction's start.",
          },
          endMs: {
            type: "integer",
            description: "End, in milliseconds from the interaction's start.",
          },
          utcStart: { type: "string", format: "date-time", description: "Start, in UTC." },
          utcEnd: { type: "string", format: "date-time", description: "End, in UTC." },
          words: {
            type: "array",
            description: "The words of the utterance.",
            items: { $ref: "#/components/schemas/UtteranceWord" },
          },
          text: { type: ["string", "null"], description: "The utterance's text." },
        },
      },
      UtteranceWord: {
        type: "object",
        properties: {
          startMs: {
            type: "integer",
            description:
              "Start, in milliseconds from the interaction's start (estimated from the utterance when the source gave no word timings).",
          },
          endMs: {
            type: "integer",
            description: "End, in milliseconds from the interaction's start.",
          },
          content: { type: ["string", "null"], description: "The word." },
          confidence: {
            type: "number",
            description: "The transcription's confidence in the word.",
          },
        },
      },
      InteractionFlow: {
        type: "object",
        properties: {
          flowId: {
            type: ["string", "null"],
            description: "The flow's ID (usable with `isFlow=true`).",
          },
          flowTypeId: { type: ["string", "null"], description: "The flow's type ID." },
        },
      },
      CustomFieldStringValue: {
        type: "object",
        description: "The value of a text or lookup custom field.",
        properties: {
          id: { type: ["string", "null"], description: "The custom field's ID." },
          displayName: { type: ["string", "null"], description: "The custom field's name." },
          value: { type: ["string", "null"], description: "The value." },
          hash: { type: ["string", "null"], description: "SHA-1 of the value, in hex." },
        },
      },
      CustomFieldLongValue: {
        type: "object",
        properties: {
          id: { type: ["string", "null"], description: "The custom field's ID." },
          displayName: { type: ["string", "null"], description: "The custom field's name." },
          value: { type: "integer", description: "The value." },
        },
      },
      CustomFieldDoubleValue: {
        type: "object",
        properties: {
          id: { type: ["string", "null"], description: "The custom field's ID." },
          displayName: { type: ["string", "null"], description: "The custom field's name." },
          value: { type: "number", description: "The value." },
        },
      },
      CustomFieldDateTimeValue: {
        type: "object",
        properties: {
          id: { type: ["string", "null"], description: "The custom field's ID." },
          displayName: { type: ["string", "null"], description: "The custom field's name." },
          value: { type: "string", format: "date-time", description: "The value." },
        },
      },
      InteractionShareRequest: {
        type: "object",
        required: ["email", "interactionId"],
        properties: {
          email: {
            type: "string",
            minLength: 1,
            description: "E-mail address of the guest who will open the interaction.",
          },
          interactionId: {
            type: "string",
            minLength: 1,
            description: "The Creovai interaction ID to share.",
          },
        },
      },
      InteractionShareResponse: {
        type: "object",
        required: ["expiration", "shareUri"],
        properties: {
          expiration: {
            type: "string",
            format: "date-time",
            description: "When the link expires.",
          },
          shareUri: {
            type: "string",
            description: "The link that opens the interaction for the guest.",
          },
        },
      },
      InteractionPurgeRequest: {
        type: "object",
        required: ["ids"],
        properties: {
          ids: {
            type: "array",
            description:
              "Interaction IDs (`purgeInteractions`) or session IDs (`purgeInteractionsBySession`).",
            items: { type: "string" },
          },
          allowIncompleteInteraction: {
            type: "boolean",
            description:
              "`true` to try purging interactions still being processed too (it may fail, depending on their state).",
          },
        },
      },
      InteractionPurgeByCustomerRequest: {
        type: "object",
        description: "Phone numbers and/or e-mail addresses of external participants to purge.",
        properties: {
          phoneNumbers: {
            type: "array",
            description: "Phone numbers, formatted as Creovai stored them.",
            items: { type: "string" },
          },
          emails: {
            type: "array",
            description: "E-mail addresses.",
            items: { type: "string", format: "email" },
          },
          allowIncompleteInteraction: {
            type: "boolean",
            description:
              "`true` to try purging interactions still being processed too (it may fail, depending on their state).",
          },
        },
      },
      InteractionPurgeSummary: {
        type: "object",
        required: ["items"],
        properties: {
          items: {
            type: "array",
            description: "One result per requested or found interaction.",
            items: { $ref: "#/components/schemas/InteractionPurgeItem" },
          },
        },
      },
      InteractionPurgeItem: {
        type: "object",
        required: ["status"],
        properties: {
          id: {
            type: ["string", "null"],
            description:
              "The Creovai interaction ID (absent when a requested session ID was not found).",
          },
          sessionId: {
            type: ["string", "null"],
            description: "The session ID (absent when a requested interaction ID was not found).",
          },
          status: {
            type: "string",
            enum: ["Error", "NotFound", "Purging", "WhatIf"],
            description:
              "`Purging` when deletion started, `NotFound` when nothing matches (also when already purged), `Error` when it failed (see `errorMsg`), `WhatIf` for an interaction a `whatIf=true` request would purge.",
          },
          errorMsg: { type: ["string", "null"], description: "The error message, if any." },
        },
      },
      CategoryInfoArrayResponse: {
        type: "object",
        required: ["results"],
        properties: {
          results: {
            type: "array",
            description: "The categories.",
            items: { $ref: "#/components/schemas/CategoryInfo" },
          },
        },
      },
      CategoryInfo: {
        type: "object",
        description: "A category Creovai can find on interactions.",
        properties: {
          key: {
            type: ["string", "null"],
            description:
              "Links the category to its occurrences; starts with the category type (such as `PhraseDetection-…`).",
          },
          categoryType: {
            type: ["string", "null"],
            description:
              "The kind of category: `PhraseDetection`, `DeepPhrase`, `SequenceDetection`, `BasicScore`…",
          },
          displayName: { type: ["string", "null"], description: "The category's name." },
          shortName: { type: ["string", "null"], description: "A short name." },
          description: { type: ["string", "null"], description: "What the category means." },
          renderOptions: {
            oneOf: [{ $ref: "#/components/schemas/ScoreRenderOptions" }, { type: "null" }],
            description:
              "How a score is shown (ranges, labels, colours); for reference only, as scores arrive already transformed.",
          },
          hidden: { type: "boolean", description: "Whether the category is hidden." },
          showInSummary: {
            type: "boolean",
            description: "Whether the category is shown in summaries.",
          },
          showInFilter: {
            type: "boolean",
            description: "Whether the category is offered as a filter.",
          },
          resultMode: {
            type: "string",
            enum: ["None", "Classifications", "Segments", "ClassificationsAndSegments"],
            description:
              "Whether occurrences appear as interaction classifications, participant segments or both (`None` means the default, classifications).",
          },
          trackingMode: {
            type: "string",
            enum: ["None", "Hits", "Misses", "HitsAndMisses"],
            description:
              "Whether hits, misses or both are recorded (misses are used for sequences).",
          },
          isLibrary: {
            type: "boolean",
            description: "Whether the category comes from Creovai's library.",
          },
          examplePhrases: {
            type: "array",
            description: "Example phrases of the category.",
            items: { type: "string" },
          },
          enableRealtime: {
            type: "boolean",
            description: "Whether the category is evaluated in real time.",
          },
          participantOptions: {
            type: ["string", "null"],
            description:
              "Which participants the category runs on: `Internal` (agents), `External` (customers) or `Any`.",
          },
          groups: {
            type: "array",
            description: "The category groups the category belongs to.",
            items: { $ref: "#/components/schemas/CategoryGroup" },
          },
        },
      },
      CategoryGroup: {
        type: "object",
        properties: {
          id: { type: ["string", "null"], description: "The group's ID." },
          displayName: { type: ["string", "null"], description: "The group's name." },
        },
      },
      ScoreRenderOptions: {
        type: "object",
        description: "How a category's score is shown.",
        properties: {
          min: { type: ["number", "null"], description: "Lowest value." },
          max: { type: ["number", "null"], description: "Highest value." },
          scale: { type: ["number", "null"], description: "Factor applied for display." },
          precision: { type: ["integer", "null"], description: "Decimals shown." },
          rounding: {
            type: ["string", "null"],
            enum: ["Nearest", "Floor", "Ceiling", null],
            description: "How the shown value is rounded.",
          },
          labelsOnly: {
            type: "boolean",
            description:
              "When `true`, only the label of the value's range is shown, never the value.",
          },
          ranges: {
            type: "array",
            description: "Value ranges with their label and colour.",
            items: { $ref: "#/components/schemas/ScoreRange" },
          },
          gradient: {
            type: ["object", "null"],
            description: "A colour gradient over the values.",
            properties: {
              ranges: { type: "array", items: { $ref: "#/components/schemas/GradientValue" } },
              lower: { $ref: "#/components/schemas/GradientValue" },
              upper: { $ref: "#/components/schemas/GradientValue" },
            },
          },
        },
      },
      ScoreRange: {
        type: "object",
        properties: {
          min: { type: ["number", "null"], description: "Lowest value of the range." },
          max: { type: ["number", "null"], description: "Highest value of the range." },
          label: { type: ["string", "null"], description: "The range's label." },
          color: { type: ["string", "null"], description: "The range's colour." },
          icon: { type: ["string", "null"], description: "The range's icon." },
          overrideValue: {
            type: ["number", "null"],
            description: "A value shown instead of the score for this range.",
          },
        },
      },
      GradientValue: {
        type: "object",
        properties: {
          value: { type: ["number", "null"], description: "A point of the gradient." },
          color: { type: ["string", "null"], description: "The colour at that point." },
        },
      },
      CustomFieldsResponse: {
        type: "object",
        required: ["customFields"],
        properties: {
          customFields: {
            type: "array",
            description: "The custom fields.",
            items: { $ref: "#/components/schemas/CustomFieldDefinition" },
          },
        },
      },
      CustomFieldDefinition: {
        type: "object",
        description: "A custom field defined in Creovai.",
        properties: {
          id: { type: ["string", "null"], description: "The field's ID." },
          displayName: { type: ["string", "null"], description: "The field's name." },
          fieldType: {
            type: "string",
            enum: ["String", "Long", "Double", "DateTime", "Hierarchy", "Text"],
            description:
              "`String` for lookup values (account numbers, disposition codes), `Long` for whole numbers, `Double` for decimals, `DateTime` (beta), `Hierarchy` for values whose parts are split by a delimiter into a tree, `Text` for free text searched by keyword and analysed.",
          },
          highCardinality: {
            type: "boolean",
            description:
              "Whether the field may hold many distinct values (a higher limit, but no auto-complete in filters).",
          },
          tags: {
            type: "array",
            description: "`Internal`, `External` or none: lets categories target the field.",
            items: { type: "string" },
          },
          isDeleted: {
            type: "boolean",
            description:
              "Whether the field is deleted (values may remain on interactions but are no longer updated).",
          },
          order: { type: "integer", description: "The field's position in the UI." },
          groupName: {
            type: ["string", "null"],
            description: "The group the field is shown under in the UI.",
          },
          hideInFilter: {
            type: "boolean",
            description: "Whether the field is hidden from filters.",
          },
        },
      },
      ParticipantTypesResponse: {
        type: "object",
        required: ["types"],
        properties: {
          types: {
            type: "array",
            description: "The participant reference types.",
            items: { $ref: "#/components/schemas/ParticipantTypeSummary" },
          },
        },
      },
      ParticipantTypeSummary: {
        type: "object",
        properties: {
          id: {
            type: ["string", "null"],
            description: "The reference type (such as `agent` or `customer`).",
          },
          sources: {
            type: "array",
            description: "The systems the participants' data comes from (mostly for agents).",
            items: { type: "string" },
          },
          isInternal: {
            type: "boolean",
            description: "Whether participants of this type are internal (company staff).",
          },
          ignoreInAnalytics: {
            type: "boolean",
            description:
              "Whether interactions with this type are left out of analytics and classifiers.",
          },
        },
      },
      WebhookCallSummaryEvent: {
        type: "object",
        description:
          "The summary of one finished call. Open: the payload carries more than the documented members.",
        required: ["callId"],
        properties: {
          callId: {
            type: "string",
            description:
              "The Creovai call ID (the interaction ID); identifies the call and the summary.",
          },
          callUri: {
            type: "string",
            description: "Link that opens the call in the Creovai web app.",
          },
          utcStart: {
            type: "string",
            format: "date-time",
            description: "Start of the call, in UTC.",
          },
          utcEnd: { type: "string", format: "date-time", description: "End of the call, in UTC." },
          participants: {
            type: "array",
            description: "The participants of the call.",
            items: { $ref: "#/components/schemas/WebhookCallSummaryParticipant" },
          },
        },
      },
      WebhookCallSummaryParticipant: {
        type: "object",
        description: "A participant of the summarised call.",
        properties: {
          participantId: {
            type: "integer",
            description: "The participant's number within the call.",
          },
          refType: {
            type: ["string", "null"],
            description: "The kind of external ID in `refId` (such as `agent`).",
          },
          refId: {
            type: ["string", "null"],
            description: "The participant's ID in the system named by `refType`.",
          },
          phoneNumber: { type: ["string", "null"], description: "The caller-ID phone number." },
          email: { type: ["string", "null"], description: "The e-mail address, if known." },
          firstName: { type: ["string", "null"], description: "The first name, if known." },
          lastName: { type: ["string", "null"], description: "The last name, if known." },
          isInternal: {
            type: "boolean",
            description: "Whether the participant is inside the contact centre (an agent).",
          },
          segments: {
            type: "array",
            description: "What Creovai detected in this participant's speech.",
            items: { $ref: "#/components/schemas/WebhookCallSummarySegment" },
          },
        },
      },
      WebhookCallSummarySegment: {
        type: "object",
        description: "A span of a participant's speech where Creovai detected something.",
        properties: {
          id: { type: "string", description: "ID of this occurrence." },
          categoryId: {
            type: "string",
            description:
              "The category's ID (`UtteranceBreak` for sentences, a category GUID for phrase detections…).",
          },
          categoryType: {
            type: "string",
            description: "The kind of detection, such as `Sentence` or `PhraseDetection`.",
            examples: ["Sentence", "PhraseDetection"],
          },
          categoryDisplayName: {
            type: ["string", "null"],
            description: "The category's name, for categories that have one.",
          },
          startMs: {
            type: "integer",
            description: "Start, in milliseconds from the call's start.",
          },
          endMs: { type: "integer", description: "End, in milliseconds from the call's start." },
          value: {
            type: ["number", "null"],
            description: "The detection's score, for detections that have one (such as 0.8).",
          },
        },
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
  description:
    "Typed client for the Creovai (formerly Tethr) conversation intelligence API: capture, status, metadata, interactions, purge and processing catalogs (v1 and v2)",
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
