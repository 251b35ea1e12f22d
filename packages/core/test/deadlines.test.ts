import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, TimeoutError } from "../src/index.js";
import { testClient } from "./helpers.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const hang = () => new Promise<never>(() => {});

describe("time limits", () => {
  it("a hung server ends in TimeoutError within timeoutMs + 200 ms", async () => {
    server.handle(hang);
    const client = testClient({ baseUrl: server.url, timeoutMs: 300, retry: false });
    const started = performance.now();
    const error = await client
      .GET("/things/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: "attempt", timeoutMs: 300 });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(500);
  });

  it("a body that stalls after the headers is a timeout too", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":');
    });
    const client = testClient({ baseUrl: server.url, timeoutMs: 300, retry: false });
    const error = await client
      .GET("/things/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("a timed-out GET is retried; deadlineMs bounds the whole call", async () => {
    server.handle(hang);
    const client = testClient({
      baseUrl: server.url,
      timeoutMs: 200,
      deadlineMs: 500,
      retry: { maxRetries: 10, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const started = performance.now();
    const error = await client
      .GET("/things/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: "deadline", timeoutMs: 500 });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(took).toBeLessThan(700);
  });

  it("a timed-out POST is not retried", async () => {
    server.handle(hang);
    const client = testClient({ baseUrl: server.url, timeoutMs: 200 });
    await expect(client.POST("/things", { body: { name: "a" } })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("an aborted signal ends a pending backoff at once", async () => {
    server.handle(() => ({ status: 503, headers: { "retry-after": "30" }, body: {} }));
    const controller = new AbortController();
    const client = testClient({
      baseUrl: server.url,
      retry: { onRetry: () => setTimeout(() => controller.abort(), 50) },
    });
    const started = performance.now();
    const error = await client
      .GET("/things/{id}", { params: { path: { id: 1 } }, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it("the client-wide signal cancels an attempt in flight", async () => {
    server.handle(hang);
    const controller = new AbortController();
    const client = testClient({ baseUrl: server.url, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(
      client.GET("/things/{id}", { params: { path: { id: 1 } } }),
    ).rejects.toBeInstanceOf(AbortError);
  });
});
