import { ConfigError } from "@cxkit/core";
import { createRedisRateLimiter, type RedisRateLimiterOptions } from "@cxkit/redis-limits";
import { describe, expect, it } from "vitest";
import { localLimits } from "../src/local-fallback.js";

// A command function that is never called: option checks happen before any Redis traffic.
const redis = () => Promise.reject(new Error("not used"));
const base = { redis, requests: 10, perMs: 1000 };

describe("options", () => {
  it.each<[string, Partial<RedisRateLimiterOptions>, string]>([
    ["requests missing", { requests: undefined }, "requests"],
    ["perMs of 0", { perMs: 0 }, "perMs"],
    ["a fractional burst", { burst: 1.5 }, "burst"],
    ["perDay negative", { perDay: -1 }, "perDay"],
    ["maxConcurrent of 0", { maxConcurrent: 0 }, "maxConcurrent"],
    ["a share above 1", { fallback: { share: 2 } }, "fallback.share"],
    ["a share of 0", { fallback: { share: 0 } }, "fallback.share"],
    ["probeMs of 0", { fallback: { probeMs: 0 } }, "fallback.probeMs"],
    ["commandTimeoutMs NaN", { commandTimeoutMs: Number.NaN }, "commandTimeoutMs"],
    ["a negative margin", { marginMs: -1 }, "marginMs"],
    ["a prefix with braces", { prefix: "a{b}" }, "prefix"],
    ["onEvent not a function", { onEvent: "log" as never }, "onEvent"],
    ["redis missing", { redis: undefined as never }, "redis"],
    ["redis not a client", { redis: {} as never }, "redis"],
  ])("refuses %s, naming the option", (_, change, option) => {
    const attempt = () => createRedisRateLimiter({ ...base, ...change });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(expect.objectContaining({ option }));
    expect(attempt).toThrow(/^\[@cxkit\/redis-limits\] /);
  });

  it("accepts core's option names and returns a limiter", () => {
    const limiter = createRedisRateLimiter({
      ...base,
      burst: 4,
      perDay: 864_000,
      maxConcurrent: 2,
    });
    expect(typeof limiter.acquire).toBe("function");
    expect(typeof limiter.pause).toBe("function");
    expect(limiter.mode).toBe("shared");
  });
});

describe("the local share while Redis is unreachable", () => {
  const dixa = { requests: 10, perMs: 1000, burst: 4, perDay: 864_000, marginMs: 20 };
  it.each([
    // share, expected: the rate of share x limit, in whole requests
    [1, { requests: 10, perMs: 1020, burst: 4, perDay: 864_000 }],
    [1 / 4, { requests: 2, perMs: 816, burst: 1, perDay: 216_000 }],
    [1 / 3, { requests: 3, perMs: 919, burst: 1, perDay: 288_000 }], // rounded up: never above the share
    [1 / 20, { requests: 1, perMs: 2040, burst: 1, perDay: 43_200 }],
  ])("share %d", (share, expected) => {
    expect(localLimits(dixa, share, undefined)).toEqual(expected);
  });

  it("takes the share of what is left today, when Redis said", () => {
    expect(localLimits(dixa, 1 / 4, 1000).perDay).toBe(250);
  });
});
