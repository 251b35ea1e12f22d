import { useTestServer } from "@cxkit/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError, CxkitError, REDACTED, unwrap, type RequestLogEvent } from "../src/index.js";
import { apiKeyAuth, SECRET, testClient } from "./helpers.js";

const server = useTestServer();

/** Everything an error shows anyone: message, stack, toString, JSON, cause chain. */
function everythingShown(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as Error;
    parts.push(String(e), e.message ?? "", e.stack ?? "", JSON.stringify(e));
    current = e.cause;
  }
  return parts.join("\n");
}

describe("ApiError", () => {
  it("unwrap() throws status, the vendor's message, request id, method and URL", async () => {
    server.handle(() => ({
      status: 404,
      headers: { "x-request-id": "req-123" },
      body: { message: "Conversation not found" },
    }));
    const client = testClient({ baseUrl: server.url });
    const error = await unwrap(client.GET("/things/{id}", { params: { path: { id: 7 } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(CxkitError);
    expect(error).toMatchObject({
      status: 404,
      vendorMessage: "Conversation not found",
      requestId: "req-123",
      method: "GET",
      url: `${server.url}/things/7`,
    });
    expect((error as Error).message).toBe(
      `[@cxkit/test] GET ${server.url}/things/7 answered 404: Conversation not found`,
    );
  });

  it("reads Haptik's error_message", async () => {
    server.handle(() => ({ status: 400, body: { error_message: "client_id missing in headers" } }));
    const client = testClient({ baseUrl: server.url });
    await expect(unwrap(client.POST("/things", { body: { name: "x" } }))).rejects.toMatchObject({
      vendorMessage: "client_id missing in headers",
    });
  });

  it("unwrap() returns data on success", async () => {
    server.handle(() => ({ body: { id: "7" } }));
    const client = testClient({ baseUrl: server.url });
    const thing = await unwrap(client.GET("/things/{id}", { params: { path: { id: 7 } } }));
    expect(thing.id).toBe("7");
  });

  it("throwOnError: true throws the ApiError from every call", async () => {
    server.handle(() => ({ status: 409, body: { message: "Conflict" } }));
    const client = testClient({ baseUrl: server.url, throwOnError: true });
    await expect(client.POST("/things", { body: { name: "x" } })).rejects.toMatchObject({
      name: "ConflictError",
      status: 409,
      vendorMessage: "Conflict",
    });
  });
});

describe("credentials never leak", () => {
  it("logs one event per attempt with credential headers redacted", async () => {
    server.handle(() => ({ status: 503, body: {} }));
    const events: RequestLogEvent[] = [];
    const client = testClient({
      baseUrl: server.url,
      logger: (e) => events.push(e),
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(events).toHaveLength(2);
    expect(events.map((e) => [e.method, e.url, e.status, e.attempt])).toEqual([
      ["GET", `${server.url}/things/1`, 503, 1],
      ["GET", `${server.url}/things/1`, 503, 2],
    ]);
    expect(events[0]!.headers["x-api-key"]).toBe(REDACTED);
    expect(typeof events[0]!.durationMs).toBe("number");
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it("property: no credential appears in any thrown error or log event", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Real credentials are long; a 3-letter "secret" such as "key" legitimately appears in header names.
        fc
          .string({ minLength: 8, maxLength: 40 })
          .filter((s) => s.trim().length >= 8 && !/[\r\n]/.test(s)),
        fc.constantFrom("echo-json", "echo-text", "reset", "echo-haptik"),
        async (secret, mode) => {
          // Header values must be ByteStrings: use the secret's UTF-8 bytes as latin1 text.
          const value = Buffer.from(secret, "utf8").toString("latin1");
          server.handle((req, res) => {
            const seen = String(req.headers["x-api-key"]);
            if (mode === "reset") return void res.socket?.destroy();
            if (mode === "echo-text") return { status: 401, body: `bad key ${seen}` };
            if (mode === "echo-haptik")
              return { status: 400, body: { error_message: `invalid ${seen}` } };
            return { status: 403, body: { message: `key ${seen} refused` } };
          });
          const events: RequestLogEvent[] = [];
          const client = testClient({
            baseUrl: server.url,
            auth: apiKeyAuth(value),
            logger: (e) => events.push(e),
            retry: false,
          });
          const error = await unwrap(client.POST("/things", { body: { name: "x" } })).catch(
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(CxkitError);
          const shown = everythingShown(error) + JSON.stringify(events);
          expect(shown.includes(value)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("path parameters", () => {
  it("property: no value changes the origin or the path template", async () => {
    server.handle(() => ({ body: { id: "x" } }));
    const client = testClient({ baseUrl: server.url });
    const tricky = fc.oneof(
      fc.constantFrom(
        "..",
        ".",
        "../",
        "../../admin",
        "?x=1",
        "#frag",
        "%2e%2e",
        "%",
        "a/b",
        "@evil.com",
        "//evil.com",
        "é☃",
        " ",
      ),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "grapheme", maxLength: 10 }),
    );
    await fc.assert(
      fc.asyncProperty(
        tricky.filter((s) => s !== ""),
        async (id) => {
          server.requests.length = 0;
          if (id === "." || id === "..") {
            // URL parsing resolves these away even percent-encoded: refused, nothing sent.
            await expect(client.GET("/things/{id}", { params: { path: { id } } })).rejects.toThrow(
              `path parameter "id" must not be "${id}"`,
            );
            expect(server.requests).toHaveLength(0);
            return;
          }
          const { response } = await client.GET("/things/{id}", { params: { path: { id } } });
          expect(response.status).toBe(200);
          expect(server.requests).toHaveLength(1);
          const sent = server.requests[0]!;
          // One segment after /things/, no query, decoding gives back the value.
          expect(sent.url.startsWith("/things/")).toBe(true);
          const segment = sent.url.slice("/things/".length);
          expect(segment).not.toContain("/");
          expect(segment).not.toContain("?");
          expect(segment).not.toContain("#");
          expect(decodeURIComponent(segment)).toBe(id);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("an empty or missing path parameter is an error naming it, and nothing is sent", async () => {
    server.requests.length = 0;
    const client = testClient({ baseUrl: server.url });
    await expect(client.GET("/things/{id}", { params: { path: { id: "" } } })).rejects.toThrow(
      /path parameter "id"/,
    );
    await expect(
      client.GET("/things/{id}", {} as { params: { path: { id: string } } }),
    ).rejects.toThrow(/path parameter "id"/);
    expect(server.requests).toHaveLength(0);
  });
});
