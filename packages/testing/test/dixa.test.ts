// What the complete Dixa spec asks of the mock, through Dixa's own client: a DELETE that carries a
// JSON body, 204s without one, bare JSON arrays both ways, and the Exports API on its own host
// (https://exports.dixa.io) with `Authorization: Bearer <key>` where the rest of Dixa takes the raw key.
import { BadRequestError, createDixaClient } from "@cxkit/dixa";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mockDixa, type DixaMockServer } from "../src/index.js";

let mock: DixaMockServer;
beforeAll(async () => {
  mock = await mockDixa({ credentials: { apiKey: "dixa-key" } });
});
beforeEach(() => mock.reset());
afterAll(() => mock.close());
const dixa = () =>
  createDixaClient({ apiKey: "dixa-key", baseUrl: mock.url, retry: false, rateLimit: false });
const agent = "cd4ceb58-bb3a-443c-9cd8-4f088feafe5b";
const queue = "5e2b3f8c-1a9d-4c2e-8f3b-7a6d5c4b3a21";

describe("Dixa through its client", () => {
  it("a DELETE with a JSON body: the body is read and validated, the 204 has none", async () => {
    const answer = await dixa().removeQueueMembers({
      path: { queueId: queue },
      body: { agentIds: [agent] },
    });
    expect(answer).toBeUndefined();
    expect(mock.requests[0]).toMatchObject({
      method: "DELETE",
      valid: true,
      status: 204,
      body: { agentIds: [agent] },
    });
    const refused = dixa().removeQueueMembers({
      path: { queueId: queue },
      body: { agentIds: "everyone" } as never,
    });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining(
        "Invalid value for: body (expected array, got string at 'agentIds')",
      ),
    });
  });

  it("a 204 answer comes without a body or a content type", async () => {
    const { response, data, error } = await dixa().PUT("/v1/conversations/{conversationId}/close", {
      params: { path: { conversationId: 1 } },
    });
    expect([response.status, data, error]).toEqual([204, undefined, undefined]);
    expect(response.headers.get("content-type")).toBeNull();
  });

  it("bare arrays: a bulk update's body and a presence list's answer", async () => {
    const presence = await dixa().listAgentPresence();
    expect(Array.isArray(presence)).toBe(true);
    const { response } = await dixa().PUT("/v1/agents", {
      body: [{ id: agent, displayName: "Jane Doe" }] as never,
    });
    const recorded = mock.requests.at(-1)!;
    expect(recorded.valid, recorded.problem).toBe(true);
    expect(response.ok).toBe(true);
    expect(Array.isArray(recorded.body)).toBe(true);
  });

  it("the Exports API: served at mock.url, with the same key as a bearer token", async () => {
    const rows = await dixa().exportConversations({
      query: { updated_after: "2024-01-01", updated_before: "2024-01-02" },
    });
    expect(Array.isArray(rows)).toBe(true);
    expect(mock.requests[0]).toMatchObject({
      operationId: "exportConversations",
      path: "/v1/conversation_export",
      valid: true,
      headers: { authorization: "Bearer dixa-key" },
    });
    // Each host takes its own form of the key and refuses the other's.
    const send = (path: string, authorization: string) =>
      fetch(`${mock.url}${path}`, { headers: { authorization } }).then((r) => r.status);
    expect(await send("/v1/conversation_export?csids=1", "dixa-key")).toBe(401);
    expect(await send("/v1/conversations/1", "Bearer dixa-key")).toBe(401);
    expect(await send("/v1/conversations/1", "dixa-key")).toBe(200);
  });
});
