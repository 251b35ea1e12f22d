import { createServer, type Server } from "node:net";
import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NetworkError, RateLimitError, type RetryEvent } from "../src/index.js";
import { testClient } from "./helpers.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

/** A handler answering the given statuses in turn, then 200. */
function sequence(...replies: Array<{ status: number; headers?: Record<string, string> }>) {
  let i = 0;
  return () => {
    const reply = replies[i++];
    return reply
      ? { ...reply, body: { message: `fault ${reply.status}` } }
      : { body: { id: "ok" } };
  };
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe: Server = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("retries", () => {
  it("a GET meeting 503, 503, 200 succeeds on the third attempt", async () => {
    server.handle(sequence({ status: 503 }, { status: 503 }));
    const events: RetryEvent[] = [];
    const client = testClient({
      baseUrl: server.url,
      retry: { baseDelayMs: 5, onRetry: (e) => events.push(e) },
    });
    const { data, response } = await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: "ok" });
    expect(server.requests).toHaveLength(3);
    expect(events.map((e) => [e.attempt, e.reason, e.fromRetryAfter])).toEqual([
      [2, 503, false],
      [3, 503, false],
    ]);
  });

  it("a 429 with Retry-After: 1 waits at least a second, for a POST too", async () => {
    server.handle(sequence({ status: 429, headers: { "retry-after": "1" } }));
    const events: RetryEvent[] = [];
    const client = testClient({ baseUrl: server.url, retry: { onRetry: (e) => events.push(e) } });
    const started = performance.now();
    const { response } = await client.POST("/things", { body: { name: "a" } });
    const waited = performance.now() - started;
    expect(response.status).toBe(200);
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(events).toMatchObject([{ delayMs: 1000, fromRetryAfter: true, reason: 429 }]);
    expect(server.requests).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const at = new Date(Date.now() + 1500).toUTCString();
    server.handle(sequence({ status: 503, headers: { "retry-after": at } }));
    const events: RetryEvent[] = [];
    const client = testClient({ baseUrl: server.url, retry: { onRetry: (e) => events.push(e) } });
    await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(events[0]!.fromRetryAfter).toBe(true);
    expect(events[0]!.delayMs).toBeGreaterThan(0);
    expect(events[0]!.delayMs).toBeLessThanOrEqual(1500);
  });

  it("a Retry-After over the cap ends the call at once: the 429 is returned, or thrown as RateLimitError", async () => {
    server.handle(sequence({ status: 429, headers: { "retry-after": "120" } }));
    const client = testClient({ baseUrl: server.url });
    const { response } = await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(429);
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    server.handle(sequence({ status: 429, headers: { "retry-after": "120" } }));
    const error = await client.getThing({ path: { id: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, status: 429, name: "RateLimitError" });
    expect(server.requests).toHaveLength(1);
  });

  it("exhausted retries return the last error response", async () => {
    server.handle(sequence({ status: 500 }, { status: 502 }, { status: 504 }, { status: 500 }));
    const client = testClient({ baseUrl: server.url, retry: { maxRetries: 2, baseDelayMs: 1 } });
    const { error, response } = await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(504);
    expect(error).toEqual({ message: "fault 504" });
    expect(server.requests).toHaveLength(3);
  });

  it("a 5xx answer to a POST is not retried: the server may have acted on it", async () => {
    server.handle(sequence({ status: 503 }));
    const client = testClient({ baseUrl: server.url });
    const { response } = await client.POST("/things", { body: { name: "a" } });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("retry: false sends once", async () => {
    server.handle(sequence({ status: 503 }));
    const client = testClient({ baseUrl: server.url, retry: false });
    const { response } = await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});

describe("writes are never sent twice by accident", () => {
  const resetAfterBody =
    (count: { n: number }) => (_req: unknown, res: { socket: { destroy(): void } | null }) => {
      count.n++;
      if (count.n === 1) res.socket?.destroy();
      else return { body: { id: "second" } };
    };

  it("a POST whose connection is reset after the server read the body is not re-sent", async () => {
    const count = { n: 0 };
    server.handle(resetAfterBody(count) as never);
    const client = testClient({ baseUrl: server.url });
    const error = await client.POST("/things", { body: { name: "once" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ maybeSent: true, method: "POST" });
    expect(count.n).toBe(1);
    expect(server.requests[0]!.json()).toEqual({ name: "once" });
  });

  it("the same reset on an operation marked idempotent is retried", async () => {
    const count = { n: 0 };
    server.handle(resetAfterBody(count) as never);
    const client = testClient({ baseUrl: server.url });
    const { data } = await client.POST("/things/search", { body: { q: "x" } });
    expect(data).toEqual({ id: "second" });
    expect(count.n).toBe(2);
  });

  it("a POST to a refused port is retried: it never reached a server", async () => {
    const port = await freePort();
    const { createServer: createHttpServer } = await import("node:http");
    const late = createHttpServer((req, res) => {
      req.resume();
      req.on("end", () => {
        res.writeHead(201, { "content-type": "application/json" });
        res.end('{"id":"made"}');
      });
    });
    const events: RetryEvent[] = [];
    const client = testClient({
      baseUrl: `http://127.0.0.1:${port}`,
      retry: {
        maxRetries: 5,
        baseDelayMs: 100,
        // The server comes up only after the first refusal.
        onRetry: (e) => {
          events.push(e);
          if (!late.listening) late.listen(port, "127.0.0.1");
        },
      },
    });
    try {
      const result = await client.POST("/things", { body: { name: "a" } });
      expect(result.response.status).toBe(201);
      expect(result.data).toEqual({ id: "made" });
    } finally {
      await new Promise((r) => late.close(r));
    }
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]!.reason).toBeInstanceOf(NetworkError);
    expect((events[0]!.reason as NetworkError).maybeSent).toBe(false);
  });
});
