// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

/** specs/klaus/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = {
  openapi: "3.1.0",
  info: {
    title: "Klaus (Zendesk QA) CSAT enrichment events",
    version: "1.0.0",
    description:
      'Send per-conversation or per-message customer satisfaction (CSAT) data to Klaus (now Zendesk QA), which\nattaches it to the matching conversation and shows it inside Klaus.\n\nWritten from the Klaus help-center article "Enrich conversations via API"\n(support.klausapp.com/en/articles/4670958-enrich-conversations-via-api, copy in\n`shared/vendor-docs/klaus-enrich-conversations-csat.txt`). The article documents only the request: the\nresponse body, the error bodies and their status codes, the score range and any rate limit are not\ndocumented, so this description keeps them open.\n',
  },
  servers: [{ url: "https://events.pub.klausapp.com", description: "Klaus event intake host." }],
  security: [{ bearer: [] }],
  tags: [
    {
      name: "CSAT",
      description: "Customer satisfaction data attached to conversations and their messages.",
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
              "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } },
            },
          },
          default: {
            description: "Any other failure. Neither the status codes nor the body are documented.",
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
          "API token of the connection's Custom Integration, sent as `Authorization: Bearer <token>`.",
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
      ErrorResponse: {
        description:
          "Undocumented error body: any JSON value, plain text or no body at all. Kept open on purpose.",
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
  description: "Typed client for Klaus (Zendesk QA) CSAT enrichment events",
  auth: { bearer: { option: "token" } },
} as const;
