// One test per operation of specs/dixa/openapi.yaml: each is called through the public client against
// a real local server, which checks what arrived (method, path, query, auth, body) and answers with the
// spec's own example. Request bodies are written inline so the typed API has to accept them, and each
// one is compared with the spec's example, so the two cannot drift apart.
import { readFileSync } from "node:fs";
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ApiError,
  createDixaClient,
  operations,
  unwrap,
  type DixaClient,
  type OperationId,
} from "@cxkit/dixa";

const API_KEY = "dixa-key";

const spec = parse(
  readFileSync(new URL("../../../specs/dixa/openapi.yaml", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, SpecOperation>> };

interface SpecOperation {
  operationId?: string;
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
  >;
}

function specOperation(operationId: OperationId): SpecOperation {
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (typeof op === "object" && op.operationId === operationId) return op;
    }
  }
  throw new Error(`${operationId} is not in the spec`);
}

function pick(examples: Record<string, { value: unknown }> | undefined, name?: string): unknown {
  const entries = Object.entries(examples ?? {});
  const found = name === undefined ? entries[0] : entries.find(([key]) => key === name);
  if (!found) throw new Error(`no example ${name ?? ""} in the spec`);
  return found[1].value;
}

/** The spec's request body example of an operation (the first one unless named). */
const requestExample = (operationId: OperationId, name?: string) =>
  pick(specOperation(operationId).requestBody?.content["application/json"]?.examples, name);

/** The spec's example answer of an operation for a status. */
const responseExample = (operationId: OperationId, status: string) =>
  pick(specOperation(operationId).responses[status]?.content?.["application/json"]?.examples);

type Result = { data?: unknown; error?: unknown; response: Response };

interface Case {
  operationId: OperationId;
  call: (dixa: DixaClient) => Promise<Result>;
  expect: {
    method: string;
    /** The path as sent, percent-encoding included. */
    path: string;
    /** Decoded query parameters; absent means no query string at all. */
    query?: Record<string, string>;
    /** The JSON body; absent means no body and no content-type. */
    body?: unknown;
  };
  /** What the server answers; `body` undefined means an empty body. */
  reply: { status: number; body?: unknown };
}

const CSID = 42;
const MESSAGE_ID = "11b95893-0514-4606-a5d8-1880172b3a55";
const TAG_ID = "b794a74a-625b-4303-8237-9b11668a9605";
// Not a uuid-formatted parameter, so any string goes: this one needs encoding.
const RATING_ID = "rating/1 é";
const PAGE_KEY = "cGFnZT0y+/==";

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

  it.each(cases)("$operationId", async ({ operationId, call, expect: want, reply }) => {
    server.handle(() => ({ status: reply.status, body: reply.body }));
    const { data, error, response } = await call(client());

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
    expect(req.headers.authorization).toBe(API_KEY);
    if (want.body === undefined) {
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.body).toHaveLength(0);
    } else {
      expect(req.headers["content-type"]).toBe("application/json");
      expect(req.json()).toEqual(want.body);
    }

    expect(error).toBeUndefined();
    expect(response.status).toBe(reply.status);
    if (reply.body === undefined) {
      expect(data).toBeUndefined();
    } else {
      expect(data).toEqual(reply.body);
    }
  });
});

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
