// Dixa is two hosts with one key: the API on dev.dixa.io takes it raw (`Authorization: <key>`), the
// Exports API on exports.dixa.io as a bearer token (`Authorization: Bearer <key>`). One client routes
// each operation to its host with its own form of the key; `baseUrl` points both at one server.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createDixaClient, type DixaClient } from "@cxkit/dixa";
import { responseExample } from "./spec-examples.js";

const API_KEY = "dixa-key";
const server = useTestServer();

describe("with baseUrl, both hosts are the local server", () => {
  it("sends the Exports operations with Bearer and the rest with the raw key", async () => {
    server.handle((req) => ({
      body: req.path === "/v1/organization" ? responseExample("getOrganization", "200") : [],
    }));
    const dixa = createDixaClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });
    await dixa.getOrganization();
    await dixa.exportConversations({
      query: { created_after: "2024-01-01", created_before: "2024-01-02" },
    });
    await dixa.GET("/v1/message_export", {
      params: { query: { created_after: "2024-01-01", created_before: "2024-01-02" } },
    });
    await dixa.listQueues();
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/v1/organization", API_KEY],
      ["/v1/conversation_export", `Bearer ${API_KEY}`],
      ["/v1/message_export", `Bearer ${API_KEY}`],
      ["/v1/queues", API_KEY],
    ]);
  });

  it("a key from a function is sent in both forms too", async () => {
    server.handle(() => ({ body: [] }));
    const dixa = createDixaClient({ apiKey: async () => "rotated", baseUrl: server.url });
    await dixa.exportMessages({ query: { created_after: "1", created_before: "2" } });
    await dixa.listAgentPresence();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer rotated",
      "rotated",
    ]);
  });
});

describe("without baseUrl", () => {
  // Only here is fetch replaced, to see which host a call would go to without sending it anywhere.
  function recordingClient() {
    const seen: { url: string; authorization: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push({
        url: String(input),
        authorization: new Headers(init?.headers).get("authorization"),
      });
      return new Response("[]", { status: 200, headers: { "content-type": "application/json" } });
    };
    return { dixa: createDixaClient({ apiKey: API_KEY, fetch, rateLimit: false }), seen };
  }

  it.each<[string, (dixa: DixaClient) => Promise<unknown>, string, string]>([
    [
      "exportConversations",
      (dixa) => dixa.exportConversations({ query: { csids: "18401,18402" } }),
      "https://exports.dixa.io/v1/conversation_export?csids=18401%2C18402",
      `Bearer ${API_KEY}`,
    ],
    [
      "exportMessages",
      (dixa) =>
        dixa.GET("/v1/message_export", {
          params: { query: { created_after: "2024-01-01", created_before: "2024-01-31" } },
        }),
      "https://exports.dixa.io/v1/message_export?created_after=2024-01-01&created_before=2024-01-31",
      `Bearer ${API_KEY}`,
    ],
    [
      "getOrganization",
      (dixa) => dixa.getOrganization(),
      "https://dev.dixa.io/v1/organization",
      API_KEY,
    ],
    [
      "listEndUsers",
      (dixa) => dixa.GET("/v1/endusers", { params: { query: { email: "jane@example.com" } } }),
      "https://dev.dixa.io/v1/endusers?email=jane%40example.com",
      API_KEY,
    ],
  ])("%s goes to %s", async (_name, call, url, authorization) => {
    const { dixa, seen } = recordingClient();
    await call(dixa);
    expect(seen).toEqual([{ url, authorization }]);
  });
});
