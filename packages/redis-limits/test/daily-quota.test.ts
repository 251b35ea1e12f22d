import { TimeoutError } from "@cxkit/core";
import { createRedisRateLimiter } from "@cxkit/redis-limits";
import { describe, expect, it } from "vitest";
import { freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();

describe("perDay", () => {
  it("counts every limiter on the key, and refuses at once when today's quota is spent", async () => {
    const options = { key: freshKey("daily"), requests: 100, perMs: 1000, perDay: 5 };
    const a = createRedisRateLimiter({ redis: redis.ioredis(), ...options });
    const b = createRedisRateLimiter({ redis: await redis.client("redis@5"), ...options });
    expect(await a.remainingToday()).toBe(5);
    for (const limiter of [a, b, a]) (await limiter.acquire())();
    expect(await b.remainingToday()).toBe(2);
    for (const limiter of [b, a]) (await limiter.acquire())();
    expect(await a.remainingToday()).toBe(0);
    // The next slot is tomorrow (UTC): a caller with a deadline learns so at once.
    const start = performance.now();
    await expect(b.acquire({ deadline: Date.now() + 5000 })).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("is Infinity without perDay", async () => {
    const limiter = createRedisRateLimiter({ redis: redis.ioredis(), requests: 1, perMs: 1000 });
    expect(await limiter.remainingToday()).toBe(Infinity);
  });
});
