// (c) Cancellation and deadlines while waiting, on the limiter and through a real client.
import { AbortError, TimeoutError } from "@cxkit/core";
import { createDixaClient } from "@cxkit/dixa";
import { createRedisRateLimiter } from "@cxkit/redis-limits";
import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();
let http: TestServer;
beforeAll(async () => {
  http = await startServer(() => ({ body: { data: { id: 1, _type: "EmailConversation" } } }));
});
afterAll(() => http.close());

/** One start per 600 ms, used up by a first acquire: the next slot is ~600 ms away. */
async function busyLimiter() {
  const limiter = createRedisRateLimiter({
    redis: redis.ioredis(),
    key: freshKey("cancel"),
    requests: 1,
    perMs: 600,
    marginMs: 0,
  });
  (await limiter.acquire())();
  return limiter;
}

const since = (start: number) => performance.now() - start;

describe("cancellation", () => {
  it("rejects at once for a signal that already aborted", async () => {
    const limiter = await busyLimiter();
    await expect(limiter.acquire({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
  });

  it("leaves the queue when its signal aborts, and its slot goes to the next caller", async () => {
    const limiter = await busyLimiter();
    const start = performance.now();
    const controller = new AbortController();
    const first = limiter.acquire({ signal: controller.signal });
    const second = limiter.acquire();
    setTimeout(() => controller.abort(), 50);
    await expect(first).rejects.toBeInstanceOf(AbortError);
    expect(since(start)).toBeLessThan(300);
    (await second)();
    // The slot the first caller held (~600 ms) went to the second, not one after it (~1200 ms).
    expect(since(start)).toBeLessThan(1000);
  });

  it("fails at once when Redis says the next slot comes after the deadline, reserving nothing", async () => {
    const limiter = await busyLimiter();
    const start = performance.now();
    // The next slot is ~600 ms away, the deadline 400 ms: refused on Redis's answer, well before 400.
    const error: unknown = await limiter.acquire({ deadline: Date.now() + 400 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe("deadline");
    expect((error as Error).message).toMatch(/before the next slot/);
    expect(since(start)).toBeLessThan(350);
    (await limiter.acquire())();
    expect(since(start)).toBeLessThan(1000); // the refused caller did not take a slot
  });

  it("never waits past a deadline behind other callers", async () => {
    const limiter = await busyLimiter();
    const start = performance.now();
    const ahead = limiter.acquire();
    const behind = limiter.acquire({ deadline: Date.now() + 200 });
    await expect(behind).rejects.toBeInstanceOf(TimeoutError);
    expect(since(start)).toBeLessThan(450);
    (await ahead)();
  });
});

describe("through a Dixa client", () => {
  const call = (dixa: ReturnType<typeof createDixaClient>, init: object = {}) =>
    dixa.GET("/v1/conversations/{conversationId}", {
      params: { path: { conversationId: 1 } },
      ...init,
    });

  it("a call's signal cancels its wait for the shared limiter", async () => {
    const dixa = createDixaClient({
      apiKey: "k",
      baseUrl: http.url,
      rateLimit: await busyLimiter(),
    });
    const start = performance.now();
    const error: unknown = await call(dixa, { signal: AbortSignal.timeout(100) }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(since(start)).toBeLessThan(400);
  });

  it("a call's deadline ends its wait with a TimeoutError, and nothing is sent", async () => {
    const dixa = createDixaClient({
      apiKey: "k",
      baseUrl: http.url,
      deadlineMs: 150,
      rateLimit: await busyLimiter(),
    });
    const before = http.requests.length;
    const start = performance.now();
    const error: unknown = await call(dixa).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(since(start)).toBeLessThan(400);
    expect(http.requests.length).toBe(before);
  });
});
