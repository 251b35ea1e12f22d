import { createCreovaiClient, chatCallId } from "@cxkit/creovai";
import { createDixaClient, paginate } from "@cxkit/dixa";
import { createHaptikClient } from "@cxkit/haptik";
import { createKlausClient } from "@cxkit/klaus";
import { afterEach, describe, expect, it } from "vitest";
import {
  mockCreovai,
  mockDixa,
  mockHaptik,
  mockKlaus,
  startMockServer,
  type MockServer,
  type RecordedRequest,
} from "../src/index.js";
import { loadOperations } from "../src/operations.js";
import { specOf } from "./helpers.js";

const open: MockServer<any>[] = [];
async function track<T extends MockServer<any>>(mock: Promise<T>): Promise<T> {
  const started = await mock;
  open.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

const dixaClient = (url: string, apiKey = "dixa-key") =>
  createDixaClient({ apiKey, baseUrl: url, retry: false, rateLimit: false });

describe("respond()", () => {
  it("overrides the body, status and headers until reset()", async () => {
    const mock = await track(mockDixa());
    const dixa = dixaClient(mock.url);
    const get = () =>
      dixa.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 9 } } });
    mock.respond("getConversation", {
      body: {
        data: {
          id: 9,
          requesterId: "d58c8b1c-85ad-4678-a6c8-7442945f3836",
          channel: "WidgetChat",
          createdAt: "2020-12-16T09:41:43Z",
          _type: "ChatConversation",
        },
      },
      headers: { "x-request-id": "r-9" },
    });
    const first = await get();
    expect(first.data?.data.id).toBe(9);
    expect(first.response.headers.get("x-request-id")).toBe("r-9");
    mock.respond("getConversation", { status: 404 });
    expect((await get()).error).toEqual({ message: "The requested resource could not be found" });
    mock.reset();
    expect(mock.requests).toHaveLength(0);
    expect((await get()).data?.data.id).toBe(1); // the spec's example again
  });

  it("takes a function of the request", async () => {
    const mock = await track(mockDixa());
    mock.respond("addInternalNote", (request) => ({
      body: {
        data: {
          id: "eb31acbb-13f9-4ce7-abd3-44dd86266741",
          authorId: "5e8a300e-787e-47cd-af53-fc1ccc37933d",
          createdAt: "2024-03-11T16:39:30Z",
          csid: Number(request.pathParams.conversationId),
          message: (request.body as { message: string }).message,
        },
      },
    }));
    const { data } = await dixaClient(mock.url).POST("/v1/conversations/{conversationId}/notes", {
      params: { path: { conversationId: 77 } },
      body: { message: "echo me" },
    });
    expect(data?.data).toMatchObject({ csid: 77, message: "echo me" });
  });

  it("refuses an unknown operation, an unknown example and a bad status, naming them", async () => {
    const mock = await track(startMockServer("dixa"));
    expect(() => mock.respond("getSpaceship", {})).toThrow(
      /^\[@cxkit\/testing\] respond\(\): dixa has no operation "getSpaceship"; known: .*\bcreateConversation, /,
    );
    expect(() => mock.respond("getConversation", { example: "nope" })).toThrow(
      '[@cxkit/testing] respond("getConversation"): the 200 response has no example "nope"; it has: chat-conversation',
    );
    expect(() => mock.respond("getConversation", { status: 42 })).toThrow(/status must be/);
    expect(() => mock.fault("getConversation", { reset: "later" } as never)).toThrow(
      /^\[@cxkit\/testing\] fault\("getConversation"\) step 1: reset must be/,
    );
    expect(() => mock.fault("getConversation", { hang: true, status: 500 } as never)).toThrow(
      /status cannot go with hang/,
    );
    expect(() => mock.fault("nope", { status: 500 })).toThrow(/dixa has no operation "nope"/);
  });

  it("a reply function that throws becomes a 500 naming the kit", async () => {
    const mock = await track(startMockServer("klaus"));
    mock.respond("sendCsatEvent", () => {
      throw new Error("boom");
    });
    const klaus = createKlausClient({ token: "t", baseUrl: mock.url, retry: false });
    const { error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      { params: { path: { connectionId: "c" } }, body: { ticket_id: "1", csat: { score: 5 } } },
    );
    expect(response.status).toBe(500);
    expect(error).toEqual({ message: "[@cxkit/testing] boom" });
  });
});

describe("requests", () => {
  it("records operation, params, query, headers, parsed body and verdict", async () => {
    const seen: RecordedRequest[] = [];
    const mock = await track(mockDixa({ onRequest: (r) => seen.push(r) }));
    await dixaClient(mock.url).POST("/v1/search/conversations", {
      params: { query: { pageLimit: 2 } },
      body: { query: { value: "refund", exactMatch: true } },
    });
    const [request] = mock.requests;
    expect(request).toMatchObject({
      operationId: "searchConversationsWithFilters",
      method: "POST",
      url: "/v1/search/conversations?pageLimit=2",
      path: "/v1/search/conversations",
      query: { pageLimit: "2" },
      body: { query: { value: "refund", exactMatch: true } },
      valid: true,
      problem: undefined,
      status: 200,
      fault: undefined,
    });
    expect(request!.headers.authorization).toBe("dixa-key");
    expect(seen).toEqual([request]);
    expect(mock.requestsOf("searchConversationsWithFilters")).toEqual([request]);
  });
});

describe("validation the clients must pass", () => {
  it("accepts Dixa int64 ids, and answers the last page for a next-page cursor", async () => {
    const mock = await track(mockDixa());
    const dixa = dixaClient(mock.url);
    const { response } = await dixa.GET("/v1/conversations/{conversationId}", {
      params: { path: { conversationId: 9007199254740991 } },
    });
    expect(response.status).toBe(200);
    const hits = [];
    for await (const hit of paginate(dixa, "/v1/search/conversations", {
      body: { query: { value: "order 12345", exactMatch: true } },
    })) {
      hits.push(hit);
    }
    // The example's first page links to a next page; the mock answers that one without a link.
    expect(hits).toHaveLength(4);
    expect(mock.requests.map((r) => r.valid)).toEqual([true, true, true]);
    expect(mock.requests[2]!.query).toEqual({ pageKey: "cGFnZUxpbWl0PTImcGFnZT0y" });
  });

  it("accepts Haptik's trailing slashes, both credentials and the multipart CSV upload", async () => {
    const mock = await track(mockHaptik({ credentials: { token: "tok", clientId: "cid" } }));
    const haptik = createHaptikClient({ token: "tok", clientId: "cid", baseUrl: mock.url });
    const { data } = await haptik.POST("/mogambo_api/nodes/faq/create/", {
      body: { domain_name: "acme_bot", csv_file: "node_name,question,answer\na,b,c\n" },
    });
    expect(data?.success).toBe(true);
    expect(mock.requests[0]).toMatchObject({
      valid: true,
      body: { domain_name: "acme_bot", csv_file: "node_name,question,answer\na,b,c\n" },
      files: { csv_file: { type: "text/csv", filename: "csv_file.csv" } },
    });
  });

  it("accepts Creovai's form-encoded /Token and the Bearer token it issued", async () => {
    const mock = await track(mockCreovai({ credentials: { clientId: "id", clientSecret: "s" } }));
    const creovai = createCreovaiClient({ clientId: "id", clientSecret: "s", baseUrl: mock.url });
    const { data } = await creovai.POST("/chatCapture/v1", {
      body: {
        SessionId: "s-1",
        UtcStart: "2024-01-01T00:00:00Z",
        UtcEnd: "2024-01-01T00:01:00Z",
        Contacts: [],
      },
    });
    expect(chatCallId(data!)).toBe("bbsnbcbe3");
    expect(mock.requests.map((r) => [r.operationId, r.valid])).toEqual([
      ["getToken", true],
      ["uploadChat", true],
    ]);
    expect(mock.requests[0]!.body).toEqual({
      grant_type: "client_credentials",
      client_id: "id",
      client_secret: "s",
    });
    expect(mock.requests[1]!.headers.authorization).toBe("Bearer <access_token>");
  });
});

describe("vendor-shaped refusals", () => {
  it.each([
    [
      "Bearer prefix on a Dixa key",
      { authorization: "Bearer dixa-key" },
      401,
      /without a "Bearer " prefix/,
    ],
    ["a wrong Dixa key", { authorization: "other-key" }, 401, /unknown apiKey credential/],
  ])("Dixa: %s", async (_name, headers, status, message) => {
    const mock = await track(mockDixa({ credentials: { apiKey: "dixa-key" } }));
    const response = await fetch(`${mock.url}/v1/conversations/1`, { headers });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
  });

  it.each([
    ["no Authorization", { "client-id": "cid" }, "token missing in headers"],
    [
      "a Basic Authorization",
      { "client-id": "cid", authorization: "Basic x" },
      "invalid authorization in headers",
    ],
    [
      "a wrong client-id",
      { "client-id": "other", authorization: "Bearer tok" },
      "invalid client_id in headers",
    ],
    [
      "a wrong token (send_chat_to_agent)",
      { "client-id": "cid", authorization: "Bearer nope" },
      "invalid token provided",
    ],
  ])("Haptik: %s", async (_name, headers, text) => {
    const mock = await track(mockHaptik({ credentials: { token: "tok", clientId: "cid" } }));
    const response = await fetch(`${mock.url}/integration/external/v2.0/send_chat_to_agent/`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ team_name: "t", user_name: "u", business_id: 1 }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error_message: text });
  });

  it("Haptik: the transcript API has its own token text, groups and response_type", async () => {
    const mock = await track(mockHaptik({ credentials: { token: "tok", clientId: "cid" } }));
    const call = (query: string, token = "tok") =>
      fetch(`${mock.url}/integration/external/v2.0/get_chat_history/?${query}`, {
        headers: { "client-id": "cid", authorization: `Bearer ${token}` },
      }).then(async (r) => [r.status, await r.json()]);
    expect(await call("conversation_no=2&pxut=p", "nope")).toEqual([
      401,
      { error_message: "Invalid token" },
    ]);
    expect(await call("conversation_no=2&business_id=1234")).toEqual([
      400,
      { error_message: "Argument group validation: no valid group." },
    ]);
    expect(await call("conversation_no=two&pxut=p")).toEqual([
      400,
      { error_message: "Argument group validation: invalid group found." },
    ]);
    expect(await call("conversation_no=2&pxut=p&response_type=text")).toEqual([
      200,
      { chat_text: "user: Search places to visit{task}\nbot: TEXT\n" },
    ]);
  });

  it("Haptik: a wrong type in the body names the field as the docs do", async () => {
    const mock = await track(mockHaptik());
    const response = await fetch(`${mock.url}/integration/external/v2.0/send_chat_to_agent/`, {
      method: "POST",
      headers: { "client-id": "c", authorization: "Bearer t", "content-type": "application/json" },
      body: JSON.stringify({ team_name: "t", user_name: "u", business_id: "1234" }),
    });
    expect(await response.json()).toEqual({ error_message: "invalid business_id provided" });
  });

  it("Creovai: wrong client credentials at /Token, then an unknown token", async () => {
    const mock = await track(mockCreovai({ credentials: { clientId: "id", clientSecret: "s" } }));
    const token = await fetch(`${mock.url}/Token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "id",
        client_secret: "x",
      }),
    });
    expect([token.status, await token.text()]).toEqual([401, "invalid_client"]);
    const upload = await fetch(`${mock.url}/chatCapture/v1`, {
      method: "POST",
      headers: { authorization: "Bearer stolen", "content-type": "application/json" },
      body: "{}",
    });
    expect([upload.status, await upload.text()]).toEqual([
      401,
      "Authorization has been denied for this request.",
    ]);
  });

  it.each([
    [
      "an unknown path",
      "GET",
      "/v1/spaceships",
      undefined,
      404,
      "The requested resource could not be found",
    ],
    [
      "a method the path does not take",
      "DELETE",
      "/v1/conversations/1",
      undefined,
      405,
      "Method Not Allowed",
    ],
    [
      "a non-JSON body",
      "POST",
      "/v1/conversations/1/notes",
      "message=hi",
      415,
      "Invalid value for: header Content-Type (text/plain, expected application/json)",
    ],
    [
      "malformed JSON",
      "POST",
      "/v1/conversations/1/notes",
      "{",
      400,
      /^Invalid value for: body \(malformed JSON/,
    ],
    [
      "no body",
      "POST",
      "/v1/conversations/1/notes",
      "",
      400,
      "Invalid value for: body (missing (the request has no body))",
    ],
  ])("Dixa: %s", async (_name, method, path, body, status, message) => {
    const mock = await track(mockDixa());
    const type = body === "message=hi" ? "text/plain" : "application/json";
    const response = await fetch(`${mock.url}${path}`, {
      method,
      headers: { authorization: "k", ...(body === undefined ? {} : { "content-type": type }) },
      ...(body === undefined ? {} : { body }),
    });
    expect(response.status).toBe(status);
    const got = ((await response.json()) as { message: string }).message;
    if (typeof message === "string") expect(got).toBe(message);
    else expect(got).toMatch(message);
    if (status === 405) expect(response.headers.get("allow")).toBe("GET");
    expect(mock.requests[0]!.valid).toBe(false);
  });
});

describe("startMockServer", () => {
  it("serves a custom OpenAPI document with the generic { message } errors", async () => {
    const spec = {
      openapi: "3.1.0",
      info: { title: "pets", version: "1" },
      servers: [{ url: "https://pets.example.com/api" }],
      paths: {
        "/pets/{id}": {
          get: {
            operationId: "getPet",
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
            responses: {
              "200": {
                description: "a pet",
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["id", "name"],
                      properties: { id: { type: "integer" }, name: { type: "string" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const mock = await track(startMockServer(spec));
    expect(mock.vendor).toBe("pets");
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const ok = await fetch(`${mock.url}/pets/3`);
    expect(await ok.json()).toEqual({ id: 1, name: "string" });
    const bad = await fetch(`${mock.url}/pets/x`);
    expect([bad.status, await bad.json()]).toEqual([
      400,
      { message: 'Invalid path parameter id: expected integer, got "x"' },
    ]);
  });

  it("rejects an unknown vendor and a taken port with [@cxkit/testing] errors", async () => {
    await expect(startMockServer("zendesk" as never)).rejects.toThrow(
      '[@cxkit/testing] unknown vendor "zendesk"; known: creovai, dixa, haptik, klaus',
    );
    const first = await track(startMockServer("klaus"));
    await expect(startMockServer("klaus", { port: first.port })).rejects.toThrow(
      `[@cxkit/testing] cannot listen on 127.0.0.1:${first.port}: EADDRINUSE`,
    );
  });

  it("listens on the given port and lists its operations", async () => {
    const probe = await startMockServer("klaus");
    const port = probe.port;
    await probe.close();
    const mock = await track(mockKlaus({ port }));
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);
    // Every operation of the spec, whichever host it is on, in document order.
    const declared = loadOperations(specOf("klaus"));
    expect(mock.operations).toEqual(
      declared.map(({ operationId, method, path }) => ({ operationId, method, path })),
    );
    expect(mock.operations[0]).toEqual({
      operationId: "sendCsatEvent",
      method: "POST",
      path: "/capture/integration/klaus-csat/token/{connectionId}",
    });
    expect(mock.operations).toContainEqual({
      operationId: "listAccountReviews",
      method: "GET",
      path: "/api/export/reviews",
    });
  });
});

describe("cors", () => {
  const origin = "http://app.test";

  it("answers a preflight on any path, without recording it or using up a fault step", async () => {
    const mock = await track(mockDixa({ cors: true }));
    mock.fault("*", { status: 503 });
    const preflight = (path: string) =>
      fetch(`${mock.url}${path}`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
    for (const path of ["/v1/conversations/1/notes", "/v1/no-such-path"]) {
      const response = await preflight(path);
      expect(response.status).toBe(204);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "authorization, content-type",
        "access-control-max-age": "7200",
      });
    }
    expect(mock.requests).toEqual([]);
    expect(mock.pendingFaults()).toBe(1);
  });

  it("adds the allow-origin header to answers, errors and faults, exposing their headers", async () => {
    const mock = await track(mockDixa({ cors: true, credentials: { apiKey: "k" } }));
    const get = (authorization: string) =>
      fetch(`${mock.url}/v1/conversations/1`, { headers: { origin, authorization } });
    const ok = await get("k");
    expect([ok.status, ok.headers.get("access-control-allow-origin")]).toEqual([200, "*"]);
    const refused = await get("wrong");
    expect([refused.status, refused.headers.get("access-control-allow-origin")]).toEqual([
      401,
      "*",
    ]);
    mock.fault("getConversation", { status: 429, headers: { "retry-after": "1" } });
    const throttled = await get("k");
    expect(throttled.headers.get("access-control-allow-origin")).toBe("*");
    expect(throttled.headers.get("access-control-expose-headers")).toBe("retry-after");
    mock.fault("getConversation", { malformedJson: true });
    expect((await get("k")).headers.get("access-control-allow-origin")).toBe("*");
  });

  it("names the one origin given", async () => {
    const mock = await track(mockKlaus({ cors: { origin: "http://localhost:5173" } }));
    const response = await fetch(`${mock.url}/nowhere`, { headers: { origin } });
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("vary")).toBe("Origin");
  });

  it("is off by default: an OPTIONS is an ordinary request", async () => {
    const mock = await track(mockDixa());
    const response = await fetch(`${mock.url}/v1/conversations/1`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(mock.requests).toHaveLength(1);
  });
});
