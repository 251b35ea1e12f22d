// One test per operation of specs/dixa/openapi.yaml: each is called through the public client against
// a real local server, which checks what arrived (method, path, query, auth, body) and answers with the
// spec's own example. Request bodies are written inline so the typed API has to accept them, and each
// one is compared with the spec's example, so the two cannot drift apart. Cases call either path-style
// (`dixa.GET(path, init)`, resolving to `{ data, error, response }`) or a named method
// (`dixa.getAgent(params)`, resolving to the body): both are covered, 204s included.
import { useTestServer, type RecordedRequest } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  createDixaClient,
  operations,
  unwrap,
  type DixaClient,
  type OperationId,
} from "@cxkit/dixa";
import { requestExample, responseExample } from "./spec-examples.js";

const API_KEY = "dixa-key";

type Result = { data?: unknown; error?: unknown; response: Response };

/** How a case calls its operation: path-style, or through the named method. */
type CaseCall =
  | { call: (dixa: DixaClient) => Promise<Result>; named?: never }
  | { named: (dixa: DixaClient) => Promise<unknown>; call?: never };

type Case = CaseCall & {
  operationId: OperationId;
  expect: {
    method: string;
    /** The path as sent, percent-encoding included. */
    path: string;
    /** Decoded query parameters; absent means no query string at all. */
    query?: Record<string, string>;
    /** The JSON body; absent means no body and no content-type (unless `multipart`). */
    body?: unknown;
    /** The parts of a multipart/form-data body, in order. */
    multipart?: { name: string; filename: string; type: string; bytes: Uint8Array }[];
    /** The Authorization header; the raw API key unless said otherwise. */
    authorization?: string;
  };
  /** What the server answers; `body` undefined means an empty body. */
  reply: { status: number; body?: unknown };
};

const CSID = 42;
const MESSAGE_ID = "11b95893-0514-4606-a5d8-1880172b3a55";
const TAG_ID = "b794a74a-625b-4303-8237-9b11668a9605";
// Not a uuid-formatted parameter, so any string goes: this one needs encoding.
const RATING_ID = "rating/1 é";
const PAGE_KEY = "cGFnZT0y+/==";
const AGENT_ID = "01107a2e-4ff0-4a87-bb48-a19af298394d";
const END_USER_ID = "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13";
const TEAM_ID = "83cc3c21-9d28-4250-b6ea-b3a6333c5c73";
const QUEUE_ID = "921a6e00-0845-417e-9c67-f7cb872d45f0";
const WEBHOOK_ID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
const SCHEDULE_ID = "0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
const TEMPLATE_ID = "6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e";
const ARTICLE_ID = "5f2640d8-631c-4472-8d48-3de0cfd21cd0";
const CATEGORY_ID = "123e4567-e89b-12d3-a456-426614174000";
const COLLECTION_ID = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d";
const REQUEST_ID = "87bac308-e49f-4134-84cc-96b868f1e1e4";
const ATTRIBUTE_ID = "7b3f9e2a-1c4d-4e5f-8a6b-9c0d1e2f3a4b";
// Two tiny images for the multipart upload: a PNG and a JPEG signature (the server stores bytes, not pixels).
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]);

const cases: Case[] = [
  {
    operationId: "createConversation",
    call: (dixa) =>
      dixa.POST("/v1/conversations", {
        body: {
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
      }),
    expect: {
      method: "POST",
      path: "/v1/conversations",
      body: requestExample("createConversation"),
    },
    reply: { status: 201, body: responseExample("createConversation", "201") },
  },
  {
    operationId: "listOrganizationActivityLog",
    call: (dixa) =>
      dixa.GET("/v1/conversations/activitylog", {
        params: {
          query: {
            pageLimit: 50,
            pageKey: PAGE_KEY,
            fromDatetime: "2021-12-01T00:00:00Z",
            toDatetime: "2021-12-02T00:00:00Z",
          },
        },
      }),
    expect: {
      method: "GET",
      path: "/v1/conversations/activitylog",
      query: {
        pageLimit: "50",
        pageKey: PAGE_KEY,
        fromDatetime: "2021-12-01T00:00:00Z",
        toDatetime: "2021-12-02T00:00:00Z",
      },
    },
    reply: { status: 200, body: responseExample("listOrganizationActivityLog", "200") },
  },
  {
    operationId: "listFlows",
    call: (dixa) =>
      dixa.GET("/v1/conversations/flows", { params: { query: { channel: "PstnPhone" } } }),
    expect: { method: "GET", path: "/v1/conversations/flows", query: { channel: "PstnPhone" } },
    reply: { status: 200, body: responseExample("listFlows", "200") },
  },
  {
    operationId: "importConversation",
    call: (dixa) =>
      dixa.POST("/v1/conversations/import", {
        body: {
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
      }),
    expect: {
      method: "POST",
      path: "/v1/conversations/import",
      body: requestExample("importConversation"),
    },
    reply: { status: 201, body: responseExample("importConversation", "201") },
  },
  {
    operationId: "getConversation",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}` },
    reply: { status: 200, body: responseExample("getConversation", "200") },
  },
  {
    operationId: "listActivityLog",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/activitylog", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}/activitylog` },
    reply: { status: 200, body: responseExample("listActivityLog", "200") },
  },
  {
    operationId: "anonymizeConversation",
    call: (dixa) =>
      dixa.PATCH("/v1/conversations/{conversationId}/anonymize", {
        params: { path: { conversationId: 10749 }, query: { force: true } },
      }),
    expect: {
      method: "PATCH",
      path: "/v1/conversations/10749/anonymize",
      query: { force: "true" },
    },
    reply: { status: 202, body: responseExample("anonymizeConversation", "202") },
  },
  {
    operationId: "claimConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/claim", {
        params: { path: { conversationId: CSID } },
        body: { agentId: "5a556159-9c21-4f3e-a44f-d323deb80d16", force: false },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/claim`,
      body: requestExample("claimConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "closeConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/close", {
        params: { path: { conversationId: CSID } },
        body: { userId: "5a556159-9c21-4f3e-a44f-d323deb80d16" },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/close`,
      body: requestExample("closeConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "patchConversationCustomAttributes",
    call: (dixa) =>
      dixa.PATCH("/v1/conversations/{conversationId}/custom-attributes", {
        params: { path: { conversationId: CSID } },
        body: {
          "2f5515b6-7e98-4f4d-9010-bfd2a27d4f35": "012345",
          "e14708a6-eed9-495c-9d88-c72331e9e247": ["str1", "str2"],
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/conversations/${CSID}/custom-attributes`,
      body: requestExample("patchConversationCustomAttributes"),
    },
    reply: { status: 200, body: responseExample("patchConversationCustomAttributes", "200") },
  },
  {
    operationId: "followupConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/followup", {
        params: { path: { conversationId: CSID } },
        body: {
          timestamp: "2024-03-15T09:00:00Z",
          userId: "5a556159-9c21-4f3e-a44f-d323deb80d16",
        },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/followup`,
      body: requestExample("followupConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "linkConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/link", {
        params: { path: { conversationId: CSID } },
        body: { parentId: 1234, linkType: "SideConversation" },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/link`,
      body: requestExample("linkConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "listLinkedConversations",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/linked", {
        params: { path: { conversationId: 1234 } },
      }),
    expect: { method: "GET", path: "/v1/conversations/1234/linked" },
    reply: { status: 200, body: responseExample("listLinkedConversations", "200") },
  },
  {
    operationId: "listMessages",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/messages", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}/messages` },
    reply: { status: 200, body: responseExample("listMessages", "200") },
  },
  {
    operationId: "addMessage",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/messages", {
        params: { path: { conversationId: CSID } },
        body: {
          content: { value: "I need some help!", _type: "Html" },
          attachments: [],
          _type: "Inbound",
        },
      }),
    expect: {
      method: "POST",
      path: `/v1/conversations/${CSID}/messages`,
      body: requestExample("addMessage"),
    },
    reply: { status: 200, body: responseExample("addMessage", "200") },
  },
  {
    operationId: "anonymizeMessage",
    call: (dixa) =>
      dixa.PATCH("/v1/conversations/{conversationId}/messages/{messageId}/anonymize", {
        params: { path: { conversationId: 10749, messageId: MESSAGE_ID } },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/conversations/10749/messages/${MESSAGE_ID}/anonymize`,
    },
    reply: { status: 202, body: responseExample("anonymizeMessage", "202") },
  },
  {
    operationId: "listInternalNotes",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/notes", {
        params: { path: { conversationId: 7392 } },
      }),
    expect: { method: "GET", path: "/v1/conversations/7392/notes" },
    reply: { status: 200, body: responseExample("listInternalNotes", "200") },
  },
  {
    operationId: "addInternalNote",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/notes", {
        params: { path: { conversationId: 9456 } },
        body: {
          message: "A sample note",
          agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
          createdAt: "2021-12-01T12:46:36.581Z[GMT]",
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/conversations/9456/notes",
      body: requestExample("addInternalNote"),
    },
    reply: { status: 200, body: responseExample("addInternalNote", "200") },
  },
  {
    operationId: "addInternalNotes",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/notes/bulk", {
        params: { path: { conversationId: 9456 } },
        body: {
          data: [
            {
              message: "A sample note",
              agentId: "a53b25da-f676-4c52-acac-58c9280aa23d",
              createdAt: "2021-12-01T12:46:36.581Z[GMT]",
            },
            { message: "Another sample note" },
          ],
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/conversations/9456/notes/bulk",
      body: requestExample("addInternalNotes"),
    },
    reply: { status: 200, body: responseExample("addInternalNotes", "200") },
  },
  {
    operationId: "getRating",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/rating", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}/rating` },
    reply: { status: 200, body: responseExample("getRating", "200") },
  },
  {
    operationId: "listRatings",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/ratings", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}/ratings` },
    reply: { status: 200, body: responseExample("listRatings", "200") },
  },
  {
    operationId: "createRatingOffer",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/ratings/offer", {
        params: { path: { conversationId: CSID } },
        body: {
          userId: "b0323b42-c428-4afa-970e-20bf5bdeeec4",
          agentId: "eeb3bbe5-0355-4ac1-8af5-20d42a3db24b",
          ratingType: "Csat",
          offeredAt: "2024-03-11T16:39:30Z",
        },
      }),
    expect: {
      method: "POST",
      path: `/v1/conversations/${CSID}/ratings/offer`,
      body: requestExample("createRatingOffer"),
    },
    reply: { status: 201, body: responseExample("createRatingOffer", "201") },
  },
  {
    operationId: "submitRatingResult",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/ratings/{ratingId}/submit", {
        params: { path: { conversationId: CSID, ratingId: RATING_ID } },
        body: {
          userId: "d3cf6f15-1497-4e71-92f2-9b3b228352bd",
          ratingResult: { value: 4, _type: "Csat" },
          comment: "Best customer service ever!",
          submittedAt: "2024-03-11T16:39:30Z",
        },
      }),
    expect: {
      method: "POST",
      path: `/v1/conversations/${CSID}/ratings/rating%2F1%20%C3%A9/submit`,
      body: requestExample("submitRatingResult"),
    },
    reply: { status: 201, body: responseExample("submitRatingResult", "201") },
  },
  {
    operationId: "reopenConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/reopen", {
        params: { path: { conversationId: CSID } },
        body: { userId: "a53b25da-f676-4c52-acac-58c9280aa23d" },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/reopen`,
      body: requestExample("reopenConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "listTags",
    call: (dixa) =>
      dixa.GET("/v1/conversations/{conversationId}/tags", {
        params: { path: { conversationId: CSID } },
      }),
    expect: { method: "GET", path: `/v1/conversations/${CSID}/tags` },
    reply: { status: 200, body: responseExample("listTags", "200") },
  },
  {
    operationId: "bulkTagConversation",
    call: (dixa) =>
      dixa.POST("/v1/conversations/{conversationId}/tags/bulk", {
        params: { path: { conversationId: CSID } },
        body: { data: [{ name: "vip" }, { name: "refund-requested" }] },
      }),
    expect: {
      method: "POST",
      path: `/v1/conversations/${CSID}/tags/bulk`,
      body: requestExample("bulkTagConversation"),
    },
    reply: { status: 202 },
  },
  {
    operationId: "tagConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/tags/{tagId}", {
        params: { path: { conversationId: CSID, tagId: TAG_ID } },
      }),
    expect: { method: "PUT", path: `/v1/conversations/${CSID}/tags/${TAG_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "untagConversation",
    call: (dixa) =>
      dixa.DELETE("/v1/conversations/{conversationId}/tags/{tagId}", {
        params: { path: { conversationId: CSID, tagId: TAG_ID } },
      }),
    expect: { method: "DELETE", path: `/v1/conversations/${CSID}/tags/${TAG_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "transferConversation",
    call: (dixa) =>
      dixa.PUT("/v1/conversations/{conversationId}/transfer/queue", {
        params: { path: { conversationId: CSID } },
        body: {
          queueId: "92f8d193-b26f-4a62-86a3-bb03ee0915e9",
          userId: "a53b25da-f676-4c52-acac-58c9280aa23d",
        },
      }),
    expect: {
      method: "PUT",
      path: `/v1/conversations/${CSID}/transfer/queue`,
      body: requestExample("transferConversation"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "searchConversations",
    call: (dixa) =>
      dixa.GET("/v1/search/conversations", {
        params: {
          query: { query: "cancel my order", exactMatch: true, pageLimit: 10, pageKey: PAGE_KEY },
        },
      }),
    expect: {
      method: "GET",
      path: "/v1/search/conversations",
      query: { query: "cancel my order", exactMatch: "true", pageLimit: "10", pageKey: PAGE_KEY },
    },
    reply: { status: 200, body: responseExample("searchConversations", "200") },
  },
  {
    operationId: "searchConversationsWithFilters",
    call: (dixa) =>
      dixa.POST("/v1/search/conversations", {
        params: { query: { pageLimit: 2, pageKey: PAGE_KEY } },
        body: {
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
      }),
    expect: {
      method: "POST",
      path: "/v1/search/conversations",
      query: { pageLimit: "2", pageKey: PAGE_KEY },
      body: requestExample("searchConversationsWithFilters", "text-and-tags"),
    },
    reply: { status: 200, body: responseExample("searchConversationsWithFilters", "200") },
  },
  {
    operationId: "listAgents",
    named: (dixa) => dixa.listAgents({ query: { pageLimit: 25, email: "sam@acme.com" } }),
    expect: {
      method: "GET",
      path: "/v1/agents",
      query: { pageLimit: "25", email: "sam@acme.com" },
    },
    reply: { status: 200, body: responseExample("listAgents", "200") },
  },
  {
    operationId: "createAgent",
    named: (dixa) =>
      dixa.createAgent({
        body: {
          displayName: "Maria Svensson",
          email: "maria@acme.com",
          phoneNumber: "+4570201042",
          firstName: "Maria",
          lastName: "Svensson",
        },
      }),
    expect: { method: "POST", path: "/v1/agents", body: requestExample("createAgent") },
    reply: { status: 201, body: responseExample("createAgent", "201") },
  },
  {
    operationId: "updateAgents",
    named: (dixa) =>
      dixa.updateAgents({
        body: [
          {
            id: "4d2ab456-8510-4a35-b266-e502160d5177",
            displayName: "Maria Svensson-Berg",
            phoneNumber: "+4570201042",
            firstName: "Maria",
            lastName: "Svensson-Berg",
          },
        ],
      }),
    expect: { method: "PUT", path: "/v1/agents", body: requestExample("updateAgents") },
    reply: { status: 200, body: responseExample("updateAgents", "200") },
  },
  {
    operationId: "patchAgents",
    named: (dixa) =>
      dixa.patchAgents({
        body: [
          { id: "01107a2e-4ff0-4a87-bb48-a19af298394d", displayName: "Sam A." },
          { id: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098", displayName: "Kim B." },
        ],
      }),
    expect: { method: "PATCH", path: "/v1/agents", body: requestExample("patchAgents") },
    reply: { status: 200, body: responseExample("patchAgents", "200") },
  },
  {
    operationId: "createAgents",
    named: (dixa) =>
      dixa.createAgents({
        body: {
          data: [
            { displayName: "Maria Svensson", email: "maria@acme.com" },
            { displayName: "Jonas Berg", email: "jonas@acme.com" },
          ],
        },
      }),
    expect: { method: "POST", path: "/v1/agents/bulk", body: requestExample("createAgents") },
    reply: { status: 201, body: responseExample("createAgents", "201") },
  },
  {
    operationId: "listAgentPresence",
    named: (dixa) => dixa.listAgentPresence(),
    expect: { method: "GET", path: "/v1/agents/presence" },
    reply: { status: 200, body: responseExample("listAgentPresence", "200") },
  },
  {
    operationId: "getAgent",
    named: (dixa) => dixa.getAgent({ path: { agentId: AGENT_ID } }),
    expect: { method: "GET", path: `/v1/agents/${AGENT_ID}` },
    reply: { status: 200, body: responseExample("getAgent", "200") },
  },
  {
    operationId: "updateAgent",
    named: (dixa) =>
      dixa.updateAgent({
        path: { agentId: AGENT_ID },
        body: {
          displayName: "Sam Agent",
          phoneNumber: "+4570201043",
          firstName: "Sam",
          lastName: "Agent",
          middleNames: ["Lee"],
        },
      }),
    expect: { method: "PUT", path: `/v1/agents/${AGENT_ID}`, body: requestExample("updateAgent") },
    reply: { status: 200, body: responseExample("updateAgent", "200") },
  },
  {
    operationId: "patchAgent",
    named: (dixa) =>
      dixa.patchAgent({
        path: { agentId: AGENT_ID },
        body: { avatarUrl: "https://cdn.example.com/avatars/sam.png" },
      }),
    expect: { method: "PATCH", path: `/v1/agents/${AGENT_ID}`, body: requestExample("patchAgent") },
    reply: { status: 200, body: responseExample("patchAgent", "200") },
  },
  {
    operationId: "deleteAgent",
    named: (dixa) => dixa.deleteAgent({ path: { agentId: AGENT_ID } }),
    expect: { method: "DELETE", path: `/v1/agents/${AGENT_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "getAgentPresence",
    named: (dixa) => dixa.getAgentPresence({ path: { agentId: AGENT_ID } }),
    expect: { method: "GET", path: `/v1/agents/${AGENT_ID}/presence` },
    reply: { status: 200, body: responseExample("getAgentPresence", "200") },
  },
  {
    operationId: "updateAgentWorkingChannel",
    named: (dixa) =>
      dixa.updateAgentWorkingChannel({
        path: { agentId: AGENT_ID },
        body: { channel: "Speak", working: false },
      }),
    expect: {
      method: "PUT",
      path: `/v1/agents/${AGENT_ID}/presence/working-channel`,
      body: requestExample("updateAgentWorkingChannel"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "listAgentTeams",
    named: (dixa) => dixa.listAgentTeams({ path: { agentId: AGENT_ID } }),
    expect: { method: "GET", path: `/v1/agents/${AGENT_ID}/teams` },
    reply: { status: 200, body: responseExample("listAgentTeams", "200") },
  },
  {
    operationId: "listAnalyticsFilterValues",
    call: (dixa) =>
      dixa.GET("/v1/analytics/filter/{filterAttribute}", {
        params: {
          path: { filterAttribute: "channel" },
          query: { pageLimit: 100, pageKey: PAGE_KEY },
        },
      }),
    expect: {
      method: "GET",
      path: "/v1/analytics/filter/channel",
      query: { pageLimit: "100", pageKey: PAGE_KEY },
    },
    reply: { status: 200, body: responseExample("listAnalyticsFilterValues", "200") },
  },
  {
    operationId: "listMetrics",
    call: (dixa) => dixa.GET("/v1/analytics/metrics", { params: { query: { pageLimit: 10 } } }),
    expect: { method: "GET", path: "/v1/analytics/metrics", query: { pageLimit: "10" } },
    reply: { status: 200, body: responseExample("listMetrics", "200") },
  },
  {
    operationId: "queryMetricData",
    call: (dixa) =>
      dixa.POST("/v1/analytics/metrics", {
        body: {
          id: "closed_conversations",
          periodFilter: { value: { _type: "PreviousWeek" }, _type: "Preset" },
          filters: [{ attribute: "channel", values: ["EMAIL"] }],
          aggregations: ["Count"],
          timezone: "Europe/Copenhagen",
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/analytics/metrics",
      body: requestExample("queryMetricData"),
    },
    reply: { status: 200, body: responseExample("queryMetricData", "200") },
  },
  {
    operationId: "getMetric",
    call: (dixa) =>
      dixa.GET("/v1/analytics/metrics/{metricId}", {
        params: { path: { metricId: "closed_conversations" } },
      }),
    expect: { method: "GET", path: "/v1/analytics/metrics/closed_conversations" },
    reply: { status: 200, body: responseExample("getMetric", "200") },
  },
  {
    operationId: "listMetricRecords",
    call: (dixa) => dixa.GET("/v1/analytics/records", { params: { query: { pageKey: PAGE_KEY } } }),
    expect: { method: "GET", path: "/v1/analytics/records", query: { pageKey: PAGE_KEY } },
    reply: { status: 200, body: responseExample("listMetricRecords", "200") },
  },
  {
    operationId: "queryMetricRecords",
    call: (dixa) =>
      dixa.POST("/v1/analytics/records", {
        params: { query: { pageLimit: 100, pageKey: PAGE_KEY } },
        body: {
          id: "ratings",
          periodFilter: { value: { _type: "PreviousMonth" }, _type: "Preset" },
          timezone: "Europe/Copenhagen",
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/analytics/records",
      query: { pageLimit: "100", pageKey: PAGE_KEY },
      body: requestExample("queryMetricRecords"),
    },
    reply: { status: 200, body: responseExample("queryMetricRecords", "200") },
  },
  {
    operationId: "getMetricRecord",
    call: (dixa) =>
      dixa.GET("/v1/analytics/records/{recordId}", { params: { path: { recordId: "ratings" } } }),
    expect: { method: "GET", path: "/v1/analytics/records/ratings" },
    reply: { status: 200, body: responseExample("getMetricRecord", "200") },
  },
  {
    operationId: "anonymizeEntity",
    named: (dixa) =>
      dixa.anonymizeEntity({
        body: { entityId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", _type: "User" },
      }),
    expect: { method: "POST", path: "/v1/anonymization", body: requestExample("anonymizeEntity") },
    reply: { status: 200, body: responseExample("anonymizeEntity", "200") },
  },
  {
    operationId: "getAnonymizationRequest",
    named: (dixa) => dixa.getAnonymizationRequest({ path: { requestId: REQUEST_ID } }),
    expect: { method: "GET", path: `/v1/anonymization/request/${REQUEST_ID}` },
    reply: { status: 200, body: responseExample("getAnonymizationRequest", "200") },
  },
  {
    operationId: "listBusinessHoursSchedules",
    named: (dixa) => dixa.listBusinessHoursSchedules(),
    expect: { method: "GET", path: "/v1/business-hours/schedules" },
    reply: { status: 200, body: responseExample("listBusinessHoursSchedules", "200") },
  },
  {
    operationId: "getBusinessHoursScheduleDefinition",
    named: (dixa) => dixa.getBusinessHoursScheduleDefinition({ path: { scheduleId: SCHEDULE_ID } }),
    expect: { method: "GET", path: `/v1/business-hours/schedules/${SCHEDULE_ID}/definition` },
    reply: { status: 200, body: responseExample("getBusinessHoursScheduleDefinition", "200") },
  },
  {
    operationId: "getBusinessHoursStatus",
    named: (dixa) =>
      dixa.getBusinessHoursStatus({
        path: { scheduleId: SCHEDULE_ID },
        query: { timestamp: "2024-12-24T10:00:00+01:00" },
      }),
    expect: {
      method: "GET",
      path: `/v1/business-hours/schedules/${SCHEDULE_ID}/status`,
      query: { timestamp: "2024-12-24T10:00:00+01:00" },
    },
    reply: { status: 200, body: responseExample("getBusinessHoursStatus", "200") },
  },
  {
    operationId: "getUpcomingBusinessHours",
    named: (dixa) =>
      dixa.getUpcomingBusinessHours({ path: { scheduleId: SCHEDULE_ID }, query: { days: 2 } }),
    expect: {
      method: "GET",
      path: `/v1/business-hours/schedules/${SCHEDULE_ID}/upcoming`,
      query: { days: "2" },
    },
    reply: { status: 200, body: responseExample("getUpcomingBusinessHours", "200") },
  },
  {
    operationId: "listContactEndpoints",
    call: (dixa) =>
      dixa.GET("/v1/contact-endpoints", { params: { query: { _type: "EmailEndpoint" } } }),
    expect: { method: "GET", path: "/v1/contact-endpoints", query: { _type: "EmailEndpoint" } },
    reply: { status: 200, body: responseExample("listContactEndpoints", "200") },
  },
  {
    operationId: "getContactEndpoint",
    call: (dixa) =>
      dixa.GET("/v1/contact-endpoints/{contactEndpointId}", {
        params: { path: { contactEndpointId: "returns@acme.email.dixa.io" } },
      }),
    expect: { method: "GET", path: "/v1/contact-endpoints/returns%40acme.email.dixa.io" },
    reply: { status: 200, body: responseExample("getContactEndpoint", "200") },
  },
  {
    operationId: "listCustomAttributeDefinitions",
    call: (dixa) => dixa.GET("/v1/custom-attributes"),
    expect: { method: "GET", path: "/v1/custom-attributes" },
    reply: { status: 200, body: responseExample("listCustomAttributeDefinitions", "200") },
  },
  {
    operationId: "getCustomAttributeDefinition",
    call: (dixa) =>
      dixa.GET("/v1/custom-attributes/{customAttributeId}", {
        params: { path: { customAttributeId: ATTRIBUTE_ID } },
      }),
    expect: { method: "GET", path: `/v1/custom-attributes/${ATTRIBUTE_ID}` },
    reply: { status: 200, body: responseExample("getCustomAttributeDefinition", "200") },
  },
  {
    operationId: "listEndUsers",
    call: (dixa) =>
      dixa.GET("/v1/endusers", {
        params: { query: { email: "jane.doe+orders@example.com", pageLimit: 1 } },
      }),
    expect: {
      method: "GET",
      path: "/v1/endusers",
      query: { email: "jane.doe+orders@example.com", pageLimit: "1" },
    },
    reply: { status: 200, body: responseExample("listEndUsers", "200") },
  },
  {
    operationId: "createEndUser",
    call: (dixa) =>
      dixa.POST("/v1/endusers", {
        body: {
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
      }),
    expect: { method: "POST", path: "/v1/endusers", body: requestExample("createEndUser") },
    reply: { status: 201, body: responseExample("createEndUser", "201") },
  },
  {
    operationId: "updateEndUsers",
    call: (dixa) =>
      dixa.PUT("/v1/endusers", {
        body: {
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
      }),
    expect: { method: "PUT", path: "/v1/endusers", body: requestExample("updateEndUsers") },
    reply: { status: 200, body: responseExample("updateEndUsers", "200") },
  },
  {
    operationId: "patchEndUsers",
    call: (dixa) =>
      dixa.PATCH("/v1/endusers", {
        body: {
          data: [
            { id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", externalId: "CUST-000417" },
            { id: "9c1d7e3a-4b5f-4a8e-8d2c-6f0b1a3e5c7d", externalId: "CUST-000418" },
          ],
        },
      }),
    expect: { method: "PATCH", path: "/v1/endusers", body: requestExample("patchEndUsers") },
    reply: { status: 200, body: responseExample("patchEndUsers", "200") },
  },
  {
    operationId: "createEndUsers",
    call: (dixa) =>
      dixa.POST("/v1/endusers/bulk", {
        body: {
          data: [
            { displayName: "Jane Doe", email: "jane.doe@example.com", externalId: "CUST-000417" },
            { displayName: "Ole Jensen", phoneNumber: "+4540506070", externalId: "CUST-000418" },
          ],
        },
      }),
    expect: { method: "POST", path: "/v1/endusers/bulk", body: requestExample("createEndUsers") },
    reply: { status: 201, body: responseExample("createEndUsers", "201") },
  },
  {
    operationId: "getEndUser",
    call: (dixa) =>
      dixa.GET("/v1/endusers/{userId}", { params: { path: { userId: END_USER_ID } } }),
    expect: { method: "GET", path: `/v1/endusers/${END_USER_ID}` },
    reply: { status: 200, body: responseExample("getEndUser", "200") },
  },
  {
    operationId: "updateEndUser",
    call: (dixa) =>
      dixa.PUT("/v1/endusers/{userId}", {
        params: { path: { userId: END_USER_ID } },
        body: {
          displayName: "Jane Doe-Hansen",
          email: "jane.doe@example.com",
          phoneNumber: "+4520304050",
          firstName: "Jane",
          lastName: "Doe-Hansen",
          externalId: "CUST-000417",
        },
      }),
    expect: {
      method: "PUT",
      path: `/v1/endusers/${END_USER_ID}`,
      body: requestExample("updateEndUser"),
    },
    reply: { status: 200, body: responseExample("updateEndUser", "200") },
  },
  {
    operationId: "patchEndUser",
    call: (dixa) =>
      dixa.PATCH("/v1/endusers/{userId}", {
        params: { path: { userId: END_USER_ID } },
        body: { additionalPhoneNumbers: ["+4560708090"] },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/endusers/${END_USER_ID}`,
      body: requestExample("patchEndUser"),
    },
    reply: { status: 200, body: responseExample("patchEndUser", "200") },
  },
  {
    operationId: "anonymizeEndUser",
    call: (dixa) =>
      dixa.PATCH("/v1/endusers/{userId}/anonymize", {
        params: { path: { userId: END_USER_ID }, query: { force: true } },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/endusers/${END_USER_ID}/anonymize`,
      query: { force: "true" },
    },
    reply: { status: 202, body: responseExample("anonymizeEndUser", "202") },
  },
  {
    operationId: "listEndUserConversations",
    call: (dixa) =>
      dixa.GET("/v1/endusers/{userId}/conversations", {
        params: { path: { userId: END_USER_ID }, query: { pageLimit: 50 } },
      }),
    expect: {
      method: "GET",
      path: `/v1/endusers/${END_USER_ID}/conversations`,
      query: { pageLimit: "50" },
    },
    reply: { status: 200, body: responseExample("listEndUserConversations", "200") },
  },
  {
    operationId: "patchEndUserCustomAttributes",
    call: (dixa) =>
      dixa.PATCH("/v1/endusers/{userId}/custom-attributes", {
        params: { path: { userId: END_USER_ID } },
        body: {
          "2e8c4a6b-0d1f-4b3a-9e7c-5f6a8b0c2d4e": ["business", "enterprise"],
          "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b": null,
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/endusers/${END_USER_ID}/custom-attributes`,
      body: requestExample("patchEndUserCustomAttributes"),
    },
    reply: { status: 200, body: responseExample("patchEndUserCustomAttributes", "200") },
  },
  {
    operationId: "createKnowledgeArticle",
    call: (dixa) =>
      dixa.POST("/v1/knowledge/articles", {
        body: {
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
      }),
    expect: {
      method: "POST",
      path: "/v1/knowledge/articles",
      body: requestExample("createKnowledgeArticle"),
    },
    reply: { status: 200, body: responseExample("createKnowledgeArticle", "200") },
  },
  {
    operationId: "uploadKnowledgeArticleAttachments",
    // One `files` part per image. The generated body type names the field (`files?: string[]`), but
    // images are bytes: openapi-fetch's bodySerializer hands the client a FormData of File parts,
    // which it sends as is (multipart with its own boundary, no JSON content-type).
    call: (dixa) =>
      dixa.POST("/v1/knowledge/articles/attachments", {
        body: { files: ["return-label.png", "post-office.jpg"] },
        bodySerializer: (body: { files?: string[] }) => {
          const form = new FormData();
          const [png, jpeg] = body.files ?? [];
          form.append("files", new File([PNG], png!, { type: "image/png" }));
          form.append("files", new File([JPEG], jpeg!, { type: "image/jpeg" }));
          return form;
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/knowledge/articles/attachments",
      multipart: [
        { name: "files", filename: "return-label.png", type: "image/png", bytes: PNG },
        { name: "files", filename: "post-office.jpg", type: "image/jpeg", bytes: JPEG },
      ],
    },
    reply: { status: 200, body: responseExample("uploadKnowledgeArticleAttachments", "200") },
  },
  {
    operationId: "getKnowledgeArticle",
    call: (dixa) =>
      dixa.GET("/v1/knowledge/articles/{articleId}", {
        params: { path: { articleId: ARTICLE_ID }, query: { language: "da" } },
      }),
    expect: {
      method: "GET",
      path: `/v1/knowledge/articles/${ARTICLE_ID}`,
      query: { language: "da" },
    },
    reply: { status: 200, body: responseExample("getKnowledgeArticle", "200") },
  },
  {
    operationId: "patchKnowledgeArticle",
    call: (dixa) =>
      dixa.PATCH("/v1/knowledge/articles/{articleId}", {
        params: { path: { articleId: ARTICLE_ID } },
        body: {
          ownedBy: "01107a2e-4ff0-4a87-bb48-a19af298394d",
          tags: { add: ["0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"] },
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/knowledge/articles/${ARTICLE_ID}`,
      body: requestExample("patchKnowledgeArticle"),
    },
    reply: { status: 200, body: responseExample("patchKnowledgeArticle", "200") },
  },
  {
    operationId: "deleteKnowledgeArticle",
    call: (dixa) =>
      dixa.DELETE("/v1/knowledge/articles/{articleId}", {
        params: { path: { articleId: ARTICLE_ID } },
      }),
    expect: { method: "DELETE", path: `/v1/knowledge/articles/${ARTICLE_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "deleteKnowledgeArticleParent",
    call: (dixa) =>
      dixa.DELETE("/v1/knowledge/articles/{articleId}/parent", {
        params: { path: { articleId: ARTICLE_ID } },
      }),
    expect: { method: "DELETE", path: `/v1/knowledge/articles/${ARTICLE_ID}/parent` },
    reply: { status: 204 },
  },
  {
    operationId: "moveKnowledgeArticle",
    call: (dixa) =>
      dixa.PATCH("/v1/knowledge/articles/{articleId}/parent/{parentId}", {
        params: { path: { articleId: ARTICLE_ID, parentId: CATEGORY_ID } },
      }),
    expect: { method: "PATCH", path: `/v1/knowledge/articles/${ARTICLE_ID}/parent/${CATEGORY_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "publishKnowledgeArticle",
    named: (dixa) => dixa.publishKnowledgeArticle({ path: { articleId: ARTICLE_ID } }),
    expect: { method: "POST", path: `/v1/knowledge/articles/${ARTICLE_ID}/publish` },
    reply: { status: 204 },
  },
  {
    operationId: "listKnowledgeArticleTranslations",
    call: (dixa) =>
      dixa.GET("/v1/knowledge/articles/{articleId}/translations", {
        params: { path: { articleId: ARTICLE_ID } },
      }),
    expect: { method: "GET", path: `/v1/knowledge/articles/${ARTICLE_ID}/translations` },
    reply: { status: 200, body: responseExample("listKnowledgeArticleTranslations", "200") },
  },
  {
    operationId: "patchKnowledgeArticleTranslations",
    call: (dixa) =>
      dixa.PATCH("/v1/knowledge/articles/{articleId}/translations", {
        params: { path: { articleId: ARTICLE_ID } },
        body: {
          translations: [
            {
              languageId: "da",
              title: "S\u00e5dan returnerer du en vare",
              content: "<p>Print etiketten og aflever pakken p\u00e5 et posthus.</p>",
            },
          ],
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/knowledge/articles/${ARTICLE_ID}/translations`,
      body: requestExample("patchKnowledgeArticleTranslations"),
    },
    reply: { status: 200, body: responseExample("patchKnowledgeArticleTranslations", "200") },
  },
  {
    operationId: "deleteKnowledgeArticleTranslation",
    named: (dixa) =>
      dixa.deleteKnowledgeArticleTranslation({ path: { articleId: ARTICLE_ID, languageId: "da" } }),
    expect: { method: "DELETE", path: `/v1/knowledge/articles/${ARTICLE_ID}/translations/da` },
    reply: { status: 204 },
  },
  {
    operationId: "publishKnowledgeArticleTranslation",
    call: (dixa) =>
      dixa.POST("/v1/knowledge/articles/{articleId}/translations/{languageId}/publish", {
        params: { path: { articleId: ARTICLE_ID, languageId: "da" } },
      }),
    expect: {
      method: "POST",
      path: `/v1/knowledge/articles/${ARTICLE_ID}/translations/da/publish`,
    },
    reply: { status: 204 },
  },
  {
    operationId: "unpublishKnowledgeArticleTranslation",
    call: (dixa) =>
      dixa.POST("/v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish", {
        params: { path: { articleId: ARTICLE_ID, languageId: "da" } },
      }),
    expect: {
      method: "POST",
      path: `/v1/knowledge/articles/${ARTICLE_ID}/translations/da/unpublish`,
    },
    reply: { status: 204 },
  },
  {
    operationId: "unpublishKnowledgeArticle",
    named: (dixa) => dixa.unpublishKnowledgeArticle({ path: { articleId: ARTICLE_ID } }),
    expect: { method: "POST", path: `/v1/knowledge/articles/${ARTICLE_ID}/unpublish` },
    reply: { status: 204 },
  },
  {
    operationId: "getKnowledgeCategory",
    named: (dixa) =>
      dixa.getKnowledgeCategory({ path: { categoryId: CATEGORY_ID }, query: { language: "en" } }),
    expect: {
      method: "GET",
      path: `/v1/knowledge/categories/${CATEGORY_ID}`,
      query: { language: "en" },
    },
    reply: { status: 200, body: responseExample("getKnowledgeCategory", "200") },
  },
  {
    operationId: "listKnowledgeCategoryTranslations",
    named: (dixa) => dixa.listKnowledgeCategoryTranslations({ path: { categoryId: CATEGORY_ID } }),
    expect: { method: "GET", path: `/v1/knowledge/categories/${CATEGORY_ID}/translations` },
    reply: { status: 200, body: responseExample("listKnowledgeCategoryTranslations", "200") },
  },
  {
    operationId: "listKnowledgeCollections",
    named: (dixa) => dixa.listKnowledgeCollections({ query: { pageLimit: 20 } }),
    expect: { method: "GET", path: "/v1/knowledge/collections", query: { pageLimit: "20" } },
    reply: { status: 200, body: responseExample("listKnowledgeCollections", "200") },
  },
  {
    operationId: "getKnowledgeCollection",
    named: (dixa) => dixa.getKnowledgeCollection({ path: { collectionId: COLLECTION_ID } }),
    expect: { method: "GET", path: `/v1/knowledge/collections/${COLLECTION_ID}` },
    reply: { status: 200, body: responseExample("getKnowledgeCollection", "200") },
  },
  {
    operationId: "getKnowledgeCollectionCatalog",
    named: (dixa) =>
      dixa.getKnowledgeCollectionCatalog({
        path: { collectionId: COLLECTION_ID },
        query: { language: "en" },
      }),
    expect: {
      method: "GET",
      path: `/v1/knowledge/collections/${COLLECTION_ID}/catalog`,
      query: { language: "en" },
    },
    reply: { status: 200, body: responseExample("getKnowledgeCollectionCatalog", "200") },
  },
  {
    operationId: "getOrganization",
    call: (dixa) => dixa.GET("/v1/organization"),
    expect: { method: "GET", path: "/v1/organization" },
    reply: { status: 200, body: responseExample("getOrganization", "200") },
  },
  {
    operationId: "listQueues",
    named: (dixa) => dixa.listQueues(),
    expect: { method: "GET", path: "/v1/queues" },
    reply: { status: 200, body: responseExample("listQueues", "200") },
  },
  {
    operationId: "createQueue",
    named: (dixa) =>
      dixa.createQueue({
        body: {
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
      }),
    expect: { method: "POST", path: "/v1/queues", body: requestExample("createQueue") },
    reply: { status: 201, body: responseExample("createQueue", "201") },
  },
  {
    operationId: "getConversationQueuePosition",
    named: (dixa) => dixa.getConversationQueuePosition({ path: { csid: CSID } }),
    expect: { method: "GET", path: `/v1/queues/conversation-position/${CSID}` },
    reply: { status: 200, body: responseExample("getConversationQueuePosition", "200") },
  },
  {
    operationId: "getQueue",
    named: (dixa) => dixa.getQueue({ path: { queueId: QUEUE_ID } }),
    expect: { method: "GET", path: `/v1/queues/${QUEUE_ID}` },
    reply: { status: 200, body: responseExample("getQueue", "200") },
  },
  {
    operationId: "getQueueAvailability",
    named: (dixa) => dixa.getQueueAvailability({ path: { queueId: QUEUE_ID } }),
    expect: { method: "GET", path: `/v1/queues/${QUEUE_ID}/availability` },
    reply: { status: 200, body: responseExample("getQueueAvailability", "200") },
  },
  {
    operationId: "listQueueMembers",
    named: (dixa) => dixa.listQueueMembers({ path: { queueId: QUEUE_ID } }),
    expect: { method: "GET", path: `/v1/queues/${QUEUE_ID}/members` },
    reply: { status: 200, body: responseExample("listQueueMembers", "200") },
  },
  {
    operationId: "addQueueMembers",
    named: (dixa) =>
      dixa.addQueueMembers({
        path: { queueId: QUEUE_ID },
        body: {
          agentIds: [
            "01107a2e-4ff0-4a87-bb48-a19af298394d",
            "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13",
          ],
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/queues/${QUEUE_ID}/members`,
      body: requestExample("addQueueMembers"),
    },
    reply: { status: 200, body: responseExample("addQueueMembers", "200") },
  },
  {
    operationId: "removeQueueMembers",
    call: (dixa) =>
      dixa.DELETE("/v1/queues/{queueId}/members", {
        params: { path: { queueId: QUEUE_ID } },
        body: { agentIds: ["cd4ceb58-bb3a-443c-9cd8-4f088feafe5b"] },
      }),
    expect: {
      method: "DELETE",
      path: `/v1/queues/${QUEUE_ID}/members`,
      body: requestExample("removeQueueMembers"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "listOrganizationTags",
    call: (dixa) => dixa.GET("/v1/tags", { params: { query: { includeDeactivated: true } } }),
    expect: { method: "GET", path: "/v1/tags", query: { includeDeactivated: "true" } },
    reply: { status: 200, body: responseExample("listOrganizationTags", "200") },
  },
  {
    operationId: "createTag",
    call: (dixa) => dixa.POST("/v1/tags", { body: { name: "warranty", color: "#3E63DD" } }),
    expect: { method: "POST", path: "/v1/tags", body: requestExample("createTag") },
    reply: { status: 200, body: responseExample("createTag", "200") },
  },
  {
    operationId: "getTag",
    call: (dixa) => dixa.GET("/v1/tags/{tagId}", { params: { path: { tagId: TAG_ID } } }),
    expect: { method: "GET", path: `/v1/tags/${TAG_ID}` },
    reply: { status: 200, body: responseExample("getTag", "200") },
  },
  {
    operationId: "deleteTag",
    call: (dixa) => dixa.DELETE("/v1/tags/{tagId}", { params: { path: { tagId: TAG_ID } } }),
    expect: { method: "DELETE", path: `/v1/tags/${TAG_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "activateTag",
    call: (dixa) =>
      dixa.PATCH("/v1/tags/{tagId}/activate", { params: { path: { tagId: TAG_ID } } }),
    expect: { method: "PATCH", path: `/v1/tags/${TAG_ID}/activate` },
    reply: { status: 204 },
  },
  {
    operationId: "deactivateTag",
    call: (dixa) =>
      dixa.PATCH("/v1/tags/{tagId}/deactivate", { params: { path: { tagId: TAG_ID } } }),
    expect: { method: "PATCH", path: `/v1/tags/${TAG_ID}/deactivate` },
    reply: { status: 204 },
  },
  {
    operationId: "listTeams",
    named: (dixa) => dixa.listTeams(),
    expect: { method: "GET", path: "/v1/teams" },
    reply: { status: 200, body: responseExample("listTeams", "200") },
  },
  {
    operationId: "createTeam",
    named: (dixa) => dixa.createTeam({ body: { name: "Returns" } }),
    expect: { method: "POST", path: "/v1/teams", body: requestExample("createTeam") },
    reply: { status: 201, body: responseExample("createTeam", "201") },
  },
  {
    operationId: "getTeam",
    named: (dixa) => dixa.getTeam({ path: { teamId: TEAM_ID } }),
    expect: { method: "GET", path: `/v1/teams/${TEAM_ID}` },
    reply: { status: 200, body: responseExample("getTeam", "200") },
  },
  {
    operationId: "deleteTeam",
    named: (dixa) => dixa.deleteTeam({ path: { teamId: TEAM_ID } }),
    expect: { method: "DELETE", path: `/v1/teams/${TEAM_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "listTeamMembers",
    named: (dixa) => dixa.listTeamMembers({ path: { teamId: TEAM_ID } }),
    expect: { method: "GET", path: `/v1/teams/${TEAM_ID}/agents` },
    reply: { status: 200, body: responseExample("listTeamMembers", "200") },
  },
  {
    operationId: "addTeamMembers",
    named: (dixa) =>
      dixa.addTeamMembers({
        path: { teamId: TEAM_ID },
        body: {
          agentIds: [
            "01107a2e-4ff0-4a87-bb48-a19af298394d",
            "4d2ab456-8510-4a35-b266-e502160d5177",
          ],
        },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/teams/${TEAM_ID}/agents`,
      body: requestExample("addTeamMembers"),
    },
    reply: { status: 200 },
  },
  {
    operationId: "removeTeamMembers",
    named: (dixa) =>
      dixa.removeTeamMembers({
        path: { teamId: TEAM_ID },
        body: { agentIds: ["4d2ab456-8510-4a35-b266-e502160d5177"] },
      }),
    expect: {
      method: "DELETE",
      path: `/v1/teams/${TEAM_ID}/agents`,
      body: requestExample("removeTeamMembers"),
    },
    reply: { status: 204 },
  },
  {
    operationId: "listTeamPresence",
    named: (dixa) =>
      dixa.listTeamPresence({
        path: { teamId: TEAM_ID },
        query: { pageLimit: 10, pageKey: PAGE_KEY },
      }),
    expect: {
      method: "GET",
      path: `/v1/teams/${TEAM_ID}/presence`,
      query: { pageLimit: "10", pageKey: PAGE_KEY },
    },
    reply: { status: 200, body: responseExample("listTeamPresence", "200") },
  },
  {
    operationId: "listTemplates",
    named: (dixa) => dixa.listTemplates({ query: { type: "QuickResponse" } }),
    expect: { method: "GET", path: "/v1/templates", query: { type: "QuickResponse" } },
    reply: { status: 200, body: responseExample("listTemplates", "200") },
  },
  {
    operationId: "deleteTemplate",
    named: (dixa) => dixa.deleteTemplate({ path: { templateId: TEMPLATE_ID } }),
    expect: { method: "DELETE", path: `/v1/templates/${TEMPLATE_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "listWebhookSubscriptions",
    named: (dixa) => dixa.listWebhookSubscriptions(),
    expect: { method: "GET", path: "/v1/webhooks" },
    reply: { status: 200, body: responseExample("listWebhookSubscriptions", "200") },
  },
  {
    operationId: "createWebhookSubscription",
    named: (dixa) =>
      dixa.createWebhookSubscription({
        body: {
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
                { field: "InitialChannel", values: ["email", "pstn_phone"], _type: "IsOneOf" },
                { field: "OperationOrigin", values: ["ApiImport"], _type: "IsNotOneOf" },
              ],
              _type: "CombinedFilters",
            },
          },
        },
      }),
    expect: {
      method: "POST",
      path: "/v1/webhooks",
      body: requestExample("createWebhookSubscription"),
    },
    reply: { status: 201, body: responseExample("createWebhookSubscription", "201") },
  },
  {
    operationId: "getWebhookSubscription",
    named: (dixa) => dixa.getWebhookSubscription({ path: { webhookSubscriptionId: WEBHOOK_ID } }),
    expect: { method: "GET", path: `/v1/webhooks/${WEBHOOK_ID}` },
    reply: { status: 200, body: responseExample("getWebhookSubscription", "200") },
  },
  {
    operationId: "patchWebhookSubscription",
    named: (dixa) =>
      dixa.patchWebhookSubscription({
        path: { webhookSubscriptionId: WEBHOOK_ID },
        body: { enabled: false },
      }),
    expect: {
      method: "PATCH",
      path: `/v1/webhooks/${WEBHOOK_ID}`,
      body: requestExample("patchWebhookSubscription"),
    },
    reply: { status: 200, body: responseExample("patchWebhookSubscription", "200") },
  },
  {
    operationId: "deleteWebhookSubscription",
    named: (dixa) =>
      dixa.deleteWebhookSubscription({ path: { webhookSubscriptionId: WEBHOOK_ID } }),
    expect: { method: "DELETE", path: `/v1/webhooks/${WEBHOOK_ID}` },
    reply: { status: 204 },
  },
  {
    operationId: "listWebhookDeliveryStatuses",
    call: (dixa) =>
      dixa.GET("/v1/webhooks/{webhookSubscriptionId}/delivery-status", {
        params: { path: { webhookSubscriptionId: WEBHOOK_ID } },
      }),
    expect: { method: "GET", path: `/v1/webhooks/${WEBHOOK_ID}/delivery-status` },
    reply: { status: 200, body: responseExample("listWebhookDeliveryStatuses", "200") },
  },
  {
    operationId: "listWebhookEventLogs",
    call: (dixa) =>
      dixa.GET("/v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}", {
        params: { path: { webhookSubscriptionId: WEBHOOK_ID, event: "ConversationCreated" } },
      }),
    expect: {
      method: "GET",
      path: `/v1/webhooks/${WEBHOOK_ID}/delivery-status/logs/ConversationCreated`,
    },
    reply: { status: 200, body: responseExample("listWebhookEventLogs", "200") },
  },
  {
    operationId: "exportConversations",
    named: (dixa) =>
      dixa.exportConversations({
        query: { closed_after: "2024-02-01", closed_before: "1709251200000" },
      }),
    expect: {
      method: "GET",
      path: "/v1/conversation_export",
      query: { closed_after: "2024-02-01", closed_before: "1709251200000" },
      authorization: `Bearer ${API_KEY}`,
    },
    reply: { status: 200, body: responseExample("exportConversations", "200") },
  },
  {
    operationId: "exportMessages",
    call: (dixa) =>
      dixa.GET("/v1/message_export", {
        params: { query: { created_after: "1706745600000", created_before: "2024-03-01" } },
      }),
    expect: {
      method: "GET",
      path: "/v1/message_export",
      query: { created_after: "1706745600000", created_before: "2024-03-01" },
      authorization: `Bearer ${API_KEY}`,
    },
    reply: { status: 200, body: responseExample("exportMessages", "200") },
  },
];

const server = useTestServer();

const client = () => createDixaClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });

/** A regular expression matching the operation's path template with any encoded parameter values. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/\{[^{}]+\}/g, "[^/?#]+")}$`);

describe("every operation", () => {
  it("has exactly one case per operationId of the spec", () => {
    const covered = cases.map((c) => c.operationId).sort();
    const declared = operations.map((op) => op.operationId).sort();
    expect(covered).toEqual(declared);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it.each(cases)("$operationId", async (c) => {
    const { operationId, expect: want, reply } = c;
    server.handle(() => ({ status: reply.status, body: reply.body }));
    let data: unknown;
    if (c.named) {
      data = await c.named(client());
    } else {
      const result = await c.call(client());
      expect(result.error).toBeUndefined();
      expect(result.response.status).toBe(reply.status);
      data = result.data;
    }

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    const op = operations.find((o) => o.operationId === operationId)!;
    // The case really exercises its own operation of the table.
    expect(want.method).toBe(op.method);
    expect(want.path).toMatch(templatePattern(op.path));

    expect(req.method).toBe(want.method);
    const [sentPath, sentQuery] = req.url.split("?");
    expect(sentPath).toBe(want.path);
    if (want.query === undefined) {
      expect(sentQuery).toBeUndefined();
    } else {
      expect([...req.query.keys()]).toHaveLength(Object.keys(want.query).length);
      expect(Object.fromEntries(req.query)).toEqual(want.query);
    }
    expect(req.headers.authorization).toBe(want.authorization ?? API_KEY);
    if (want.multipart !== undefined) {
      expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(await partsOf(req)).toEqual(want.multipart);
    } else if (want.body === undefined) {
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.body).toHaveLength(0);
    } else {
      expect(req.headers["content-type"]).toBe("application/json");
      expect(req.json()).toEqual(want.body);
    }

    if (reply.body === undefined) {
      expect(data).toBeUndefined();
    } else {
      expect(data).toEqual(reply.body);
    }
  });
});

/** The parts of a recorded multipart body, read back with the platform's own parser. */
async function partsOf(req: RecordedRequest) {
  const form = await new Response(new Uint8Array(req.body), {
    headers: { "content-type": req.headers["content-type"]! },
  }).formData();
  return Promise.all(
    [...form.entries()].map(async ([name, value]) => {
      if (typeof value === "string") return { name, value };
      return {
        name,
        filename: value.name,
        type: value.type,
        bytes: new Uint8Array(await value.arrayBuffer()),
      };
    }),
  );
}

describe("error answers", () => {
  const invalidBody = { message: "Invalid value for: body" };
  const addNote = (dixa: DixaClient) =>
    dixa.POST("/v1/conversations/{conversationId}/notes", {
      params: { path: { conversationId: CSID } },
      body: { message: "A sample note" },
    });

  it("returns a 400 as { error }, not thrown", async () => {
    server.handle(() => ({ status: 400, body: invalidBody }));
    const { data, error, response } = await addNote(client());
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual(invalidBody);
    expect(error?.message).toBe("Invalid value for: body");
    expect(server.requests).toHaveLength(1);
  });

  it("unwrap() throws an ApiError with Dixa's message and without the api key", async () => {
    server.handle(() => ({ status: 400, body: invalidBody }));
    let thrown: unknown;
    try {
      await unwrap(addNote(client()));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const apiError = thrown as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.vendorMessage).toBe("Invalid value for: body");
    expect(apiError.body).toEqual(invalidBody);
    expect(apiError.message).toMatch(/^\[@cxkit\/dixa\] /);
    expect(apiError.message).toContain("400");
    expect(apiError.message).toContain("Invalid value for: body");
    expect(apiError.message).not.toContain(API_KEY);
    expect(JSON.stringify(apiError)).not.toContain(API_KEY);
    expect(server.requests).toHaveLength(1);
  });

  it("unwrap() returns the data of a success", async () => {
    const note = responseExample("addInternalNote", "200");
    server.handle(() => ({ body: note }));
    await expect(unwrap(addNote(client()))).resolves.toEqual(note);
  });
});
