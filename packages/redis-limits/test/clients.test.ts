// (e) Every supported client library works, and limiters on different libraries share one key.
import { describe, expect, it } from "vitest";
import { createRedisRateLimiter, type RedisCommand } from "@cxkit/redis-limits";
import { CLIENTS, freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();

/** Start `count` acquires at once; ms from the start until each was granted. */
async function grantTimes(
  limiter: { acquire(): Promise<() => void> },
  count: number,
): Promise<number[]> {
  const start = performance.now();
  return Promise.all(
    Array.from({ length: count }, () =>
      limiter.acquire().then((release) => {
        release();
        return performance.now() - start;
      }),
    ),
  );
}

describe.each(CLIENTS)("with %s", (name) => {
  it("limits, pauses and reads the daily quota", async () => {
    const key = freshKey(name);
    const limiter = createRedisRateLimiter({
      redis: await redis.client(name),
      key,
      requests: 2,
      perMs: 500,
      perDay: 100,
      marginMs: 0,
    });
    const times = await grantTimes(limiter, 3);
    expect(times[1]!).toBeLessThan(350);
    expect(times[2]!).toBeGreaterThanOrEqual(495); // the third waits for the window
    expect(limiter.mode).toBe("shared");
    expect(await limiter.remainingToday()).toBe(97);

    limiter.pause(250);
    const paused = performance.now();
    await (
      await limiter.acquire()
    )();
    expect(performance.now() - paused).toBeGreaterThanOrEqual(245);
  });

  it("shares a key with an ioredis limiter", async () => {
    const key = freshKey(`${name}-mixed`);
    const options = { key, requests: 3, perMs: 500, marginMs: 0 };
    const mine = createRedisRateLimiter({ redis: await redis.client(name), ...options });
    const other = createRedisRateLimiter({ redis: redis.ioredis(), ...options });
    const [a, b] = await Promise.all([grantTimes(mine, 3), grantTimes(other, 3)]);
    const sorted = [...a!, ...b!].sort((x, y) => x - y);
    // 6 starts under 3 per 500 ms: the second three wait for the window, whoever made them.
    expect(sorted[2]!).toBeLessThan(350);
    expect(sorted[3]!).toBeGreaterThanOrEqual(495);
  });
});

describe("with a command function", () => {
  it("runs the script through the function, and loads it again after SCRIPT FLUSH", async () => {
    const client = redis.ioredis();
    const sent: string[] = [];
    const send: RedisCommand = (args) => {
      sent.push(args[0]!);
      return client.call(args[0]!, ...args.slice(1));
    };
    const limiter = createRedisRateLimiter({
      redis: send,
      key: freshKey("fn"),
      requests: 5,
      perMs: 1000,
    });
    await client.script("FLUSH"); // as after a restart: Redis knows no script
    await (
      await limiter.acquire()
    )();
    await (
      await limiter.acquire()
    )();
    // EVALSHA misses (NOSCRIPT) and EVAL loads the script; from then on EVALSHA hits.
    expect(sent).toEqual(["EVALSHA", "EVAL", "EVALSHA"]);
    expect(limiter.mode).toBe("shared");
  });
});
