// Routing facts a spec states per operation: its own `security` (overriding the root's) and its own
// `servers` (another host). Small inline specs, real HTTP.
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";

const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});
async function start(...args: Parameters<typeof startMockServer>): Promise<MockServer> {
  const mock = await startMockServer(...args);
  open.push(mock);
  return mock;
}

const ok = {
  "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
};

// Dixa's shape once its Exports API is in: the raw key in `Authorization` everywhere, except on the
// export operation, which wants `Authorization: Bearer <key>`. One client option feeds both.
const twoSchemes = {
  openapi: "3.1.0",
  info: { title: "two-schemes", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  security: [{ apiKey: [] }],
  components: {
    securitySchemes: {
      apiKey: { type: "apiKey", in: "header", name: "Authorization" },
      bearer: { type: "http", scheme: "bearer" },
    },
  },
  paths: {
    "/v1/things": { get: { operationId: "listThings", responses: ok } },
    "/v1/conversation_export": {
      servers: [{ url: "https://exports.example.com" }],
      get: { operationId: "exportConversations", security: [{ bearer: [] }], responses: ok },
    },
  },
};
const config = { auth: { apiKey: { option: "apiKey" }, bearer: { option: "apiKey" } } };

describe("an operation's own security overrides the root's", () => {
  it.each([
    ["the raw key on a root-security operation", "/v1/things", "key-1", 200, undefined],
    [
      "a Bearer key on a root-security operation",
      "/v1/things",
      "Bearer key-1",
      401,
      'Authorization header: expected the raw API key, without a "Bearer " prefix',
    ],
    [
      "a Bearer key on the overriding operation",
      "/v1/conversation_export",
      "Bearer key-1",
      200,
      undefined,
    ],
    [
      "the raw key on the overriding operation",
      "/v1/conversation_export",
      "key-1",
      401,
      'Authorization header: expected "Bearer <credential>"',
    ],
    [
      "another key on the overriding operation",
      "/v1/conversation_export",
      "Bearer key-2",
      401,
      "Authorization header: unknown bearer credential",
    ],
  ])("%s -> %i", async (_name, path, authorization, status, problem) => {
    const mock = await start({ spec: twoSchemes, config }, { credentials: { apiKey: "key-1" } });
    const response = await fetch(`${mock.url}${path}`, { headers: { authorization } });
    expect(response.status).toBe(status);
    expect(mock.requests[0]!.problem).toBe(problem);
  });

  it("without credentials any value of each operation's form is accepted", async () => {
    const mock = await start({ spec: twoSchemes, config });
    const get = (path: string, authorization: string) =>
      fetch(`${mock.url}${path}`, { headers: { authorization } }).then((r) => r.status);
    expect(await get("/v1/things", "anything")).toBe(200);
    expect(await get("/v1/conversation_export", "Bearer anything")).toBe(200);
    expect(await get("/v1/conversation_export", "anything")).toBe(401);
  });
});

describe("operations on servers of their own", () => {
  const hosts = {
    openapi: "3.1.0",
    info: { title: "hosts", version: "1" },
    servers: [{ url: "https://events.example.com/api" }],
    paths: {
      "/csat/{connectionId}": {
        post: { operationId: "sendCsat", responses: ok },
      },
      "/v1/reviews": {
        servers: [
          {
            url: "https://{subdomain}.zendesk.com/qa",
            variables: { subdomain: { default: "acme", description: "Zendesk subdomain" } },
          },
        ],
        get: { operationId: "listReviews", responses: ok },
      },
      "/v1/audits": {
        get: {
          operationId: "listAudits",
          servers: [{ url: "https://audits.example.com/base" }],
          responses: ok,
        },
      },
    },
  };

  it("serves every operation at mock.url + its spec path, without other servers' base paths", async () => {
    const mock = await start(hosts);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/); // the root server's base path
    const status = (method: string, path: string) =>
      fetch(`${mock.url}${path}`, { method }).then((r) => r.status);
    expect(await status("POST", "/csat/c-1")).toBe(200);
    expect(await status("GET", "/v1/reviews")).toBe(200);
    expect(await status("GET", "/v1/audits")).toBe(200);
    expect(await status("GET", "/qa/v1/reviews")).toBe(404);
    expect(await status("GET", "/base/v1/audits")).toBe(404);
    expect(mock.requests.map((r) => r.operationId)).toEqual([
      "sendCsat",
      "listReviews",
      "listAudits",
      undefined,
      undefined,
    ]);
  });
});
