// Dixa's client against @cxkit/testing's spec-driven mock: every request below is also validated
// against specs/dixa/openapi.yaml by the mock (raw API key, int64 ids, `_type` unions, bodies).
import { mockDixa, type DixaMockServer } from "@cxkit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError, createDixaClient, paginate, unwrap, isAlreadyApplied } from "@cxkit/dixa";

let mock: DixaMockServer;
beforeAll(async () => {
  mock = await mockDixa({ credentials: { apiKey: "dixa-key" } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const client = () =>
  createDixaClient({ apiKey: "dixa-key", baseUrl: mock.url, rateLimit: false, retry: false });

describe("Dixa client against the mock", () => {
  it("creates an e-mail conversation, adds a message and a note, and every request is valid", async () => {
    const dixa = client();
    const created = await unwrap(
      dixa.POST("/v1/conversations", {
        body: {
          requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
          emailIntegrationId: "support@acme.email.dixa.io",
          subject: "order #123",
          message: { content: { value: "Where is it?", _type: "Text" }, _type: "Inbound" },
          _type: "Email",
        },
      }),
    );
    if (isAlreadyApplied(created)) throw new Error("a first send cannot be a duplicate");
    const conversationId = created.data.id;
    await unwrap(
      dixa.POST("/v1/conversations/{conversationId}/messages", {
        params: { path: { conversationId } },
        body: {
          content: { value: "It ships today.", _type: "Text" },
          agentId: "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b",
          _type: "Outbound",
        },
      }),
    );
    const note = await unwrap(
      dixa.POST("/v1/conversations/{conversationId}/notes", {
        params: { path: { conversationId } },
        body: { message: "Customer asked twice" },
      }),
    );
    expect(note.data.message).toBe("A sample note"); // the spec's example answer
    expect(mock.requests.map((r) => [r.operationId, r.valid, r.status])).toEqual([
      ["createConversation", true, 201],
      ["addMessage", true, 200],
      ["addInternalNote", true, 200],
    ]);
    expect(mock.requests[1]!.pathParams).toEqual({ conversationId: "100" });
  });

  it("an invalid body comes back as Dixa's 400 ApiError naming the problem", async () => {
    const call = unwrap(
      client().POST("/v1/conversations/{conversationId}/notes", {
        params: { path: { conversationId: 1 } },
        // @ts-expect-error message is required
        body: { agentId: "a53b25da-f676-4c52-acac-58c9280aa23d" },
      }),
    );
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({
      status: 400,
      vendorMessage: "Invalid value for: body (missing required field 'message')",
    });
  });

  it("a wrong API key is refused with 401", async () => {
    const dixa = createDixaClient({ apiKey: "other-key", baseUrl: mock.url, retry: false });
    const { response } = await dixa.GET("/v1/conversations/{conversationId}", {
      params: { path: { conversationId: 1 } },
    });
    expect(response.status).toBe(401);
  });

  it("paginates the activity log through the mock's pages", async () => {
    mock.respond("listOrganizationActivityLog", (request) => ({
      body: {
        data: [
          {
            id: request.query.pageKey ? "p2-entry" : "p1-entry",
            conversationId: 1,
            activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
            activityType: "ConversationCreatedByCustomerActivityType",
            _type: "ConversationCreatedByCustomer",
          },
        ],
        meta: request.query.pageKey ? {} : { next: "/v1/conversations/activitylog?pageKey=p2" },
      },
    }));
    const ids = [];
    for await (const entry of paginate(client(), "/v1/conversations/activitylog", {
      params: { query: { pageLimit: 50 } },
    })) {
      ids.push(entry.id);
    }
    expect(ids).toEqual(["p1-entry", "p2-entry"]);
    expect(mock.requests.map((r) => r.query)).toEqual([{ pageLimit: "50" }, { pageKey: "p2" }]);
  });

  it("retries a GET through two 503s", async () => {
    mock.fault("listTags", { status: 503 }, { status: 503 });
    const dixa = createDixaClient({
      apiKey: "dixa-key",
      baseUrl: mock.url,
      rateLimit: false,
      retry: { baseDelayMs: 1 },
    });
    const tags = await unwrap(
      dixa.GET("/v1/conversations/{conversationId}/tags", {
        params: { path: { conversationId: 5 } },
      }),
    );
    expect(tags.data).toHaveLength(4);
    expect(mock.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });
});
