import { ConfigError } from "@cxkit/core";
import { createRedisRateLimiter } from "@cxkit/redis-limits";
import { describe, expect, it } from "vitest";
import { keyName, redisKeys } from "../src/key.js";
import { freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();
const LIMITS = { requests: 10, perMs: 1000 };

describe("keys", () => {
  it("names a credential's budget by vendor and hash, never by the credential", () => {
    const name = keyName({ vendor: "dixa", credential: "secret-api-key" }, LIMITS);
    expect(name).toMatch(/^dixa:[0-9a-f]{32}$/);
    expect(name).not.toContain("secret");
    // Stable across processes and machines, different per vendor and per credential.
    expect(keyName({ vendor: "dixa", credential: "secret-api-key" }, LIMITS)).toBe(name);
    expect(keyName({ vendor: "haptik", credential: "secret-api-key" }, LIMITS)).not.toBe(
      name.replace("dixa", "haptik"),
    );
    expect(keyName({ vendor: "dixa", credential: "other-key" }, LIMITS)).not.toBe(name);
  });

  it.each([
    ["a string is used as it is", "zendesk-qa:egress-1", "zendesk-qa:egress-1"],
    ["no key: named by the limits", undefined, "default:10-per-1000ms-burst-none-day-none"],
  ])("%s", (_, key, expected) => {
    expect(keyName(key, LIMITS)).toBe(expected);
  });

  it.each([
    ["", "key"],
    [{ vendor: "", credential: "x" }, "key.vendor"],
    [{ vendor: "dixa api", credential: "x" }, "key.vendor"],
    [{ vendor: "dixa", credential: "" }, "key.credential"],
    [42, "key"],
  ])("refuses %j", (key, option) => {
    expect(() => keyName(key as never, LIMITS)).toThrow(
      expect.objectContaining({ name: "ConfigError", option }),
    );
    expect(() => keyName(key as never, LIMITS)).toThrow(ConfigError);
  });

  it("puts the three keys in one cluster slot with a hash tag", () => {
    expect(redisKeys("cxkit:rl:", "dixa:ab")).toEqual([
      "cxkit:rl:{dixa:ab}:ring",
      "cxkit:rl:{dixa:ab}:state",
      "cxkit:rl:{dixa:ab}:instances",
    ]);
  });

  it("writes nothing to Redis that contains the credential", async () => {
    const client = redis.ioredis();
    const credential = freshKey("credential-that-must-not-leak");
    const limiter = createRedisRateLimiter({
      redis: client,
      key: { vendor: "dixa", credential },
      prefix: "leak-test:",
      requests: 5,
      perMs: 1000,
      perDay: 100,
    });
    (await limiter.acquire())();
    const keys = await client.keys("leak-test:*");
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key).not.toContain(credential);
      const dump = await client.call("DUMP", key);
      expect(String(dump)).not.toContain(credential);
    }
    expect(limiter.key).toBe(keys[0]!.slice("leak-test:{".length, keys[0]!.indexOf("}")));
  });
});
