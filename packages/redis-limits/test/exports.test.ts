import { describe, expect, it } from "vitest";
import * as redisLimits from "@cxkit/redis-limits";

describe("@cxkit/redis-limits exports", () => {
  it("exports the factory and nothing of its internals", () => {
    expect(Object.keys(redisLimits).sort()).toEqual(["createRedisRateLimiter"]);
    expect(typeof redisLimits.createRedisRateLimiter).toBe("function");
  });
});
