// (d) A 429 with Retry-After seen by one limiter holds every limiter on the key.
import { createDixaClient } from "@cxkit/dixa";
import { createRedisRateLimiter } from "@cxkit/redis-limits";
import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();
let http: TestServer;
beforeAll(async () => {
  http = await startServer();
});
afterAll(() => http.close());

/** Two limiters on one key, each on its own connection (as in two processes). */
async function pair(events?: Array<{ type: string; shared?: boolean }>) {
  const options = { key: freshKey("pause"), requests: 50, perMs: 1000, marginMs: 0 };
  const a = createRedisRateLimiter({
    redis: redis.ioredis(),
    ...options,
    onEvent: (event) => events?.push(event),
  });
  const b = createRedisRateLimiter({ redis: await redis.client("redis@6"), ...options });
  // Both have talked to Redis once, so what follows measures the pause alone.
  (await a.acquire())();
  (await b.acquire())();
  return { a, b };
}

describe("pause()", () => {
  it("holds the other limiter on the key, and reports that it was shared", async () => {
    const events: Array<{ type: string; shared?: boolean }> = [];
    const { a, b } = await pair(events);
    // Timed from the pause itself: however slow the machine, b cannot start before the pause ends.
    const start = performance.now();
    a.pause(400);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the pause reaches Redis
    (await b.acquire())();
    expect(performance.now() - start).toBeGreaterThanOrEqual(380);
    expect(events).toContainEqual(expect.objectContaining({ type: "pause", shared: true }));
  });

  it("a 429 with Retry-After from one client holds the other client's calls", async () => {
    const { a, b } = await pair();
    let throttled = false;
    http.handle((req) => {
      if (req.headers.authorization === "key-a" && !throttled) {
        throttled = true;
        return { status: 429, headers: { "retry-after": "1" }, body: { message: "slow down" } };
      }
      return { body: { data: { id: 1, _type: "EmailConversation" } } };
    });
    const call = (apiKey: string, rateLimit: typeof a) =>
      createDixaClient({ apiKey, baseUrl: http.url, rateLimit, retry: { maxRetries: 0 } }).GET(
        "/v1/conversations/{conversationId}",
        { params: { path: { conversationId: 1 } } },
      );
    const first = await call("key-a", a);
    expect(first.response.status).toBe(429);
    // Timed from the 429's arrival, not from after the sleep (a slow machine stretches the sleep).
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await call("key-b", b);
    expect(second.response.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(950);
  });
});
