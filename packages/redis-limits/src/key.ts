import { createHash } from "node:crypto";
import { ConfigError } from "@cxkit/core";

/**
 * Which shared budget a limiter draws from. Every limiter, in any process or machine, created with the
 * same key (and prefix) shares one limit.
 *
 * - `{ vendor, credential }`: the usual choice. Vendors limit per credential (Dixa: per API token), so
 *   the key is the vendor plus a hash of the credential: `dixa:3f0c...`. The credential itself never
 *   reaches Redis, its logs or `MONITOR`, and a rotated token gets a fresh budget by itself.
 * - a string: a budget you name, for limits that are not per credential (Zendesk QA limits per egress IP:
 *   `"zendesk-qa:egress-10-0-0-1"`), or to share one budget between several credentials.
 */
export type RedisLimitKey = string | { vendor: string; credential: string };

const VENDOR = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** Hex characters of the credential's SHA-256 kept in the key: 128 bits, no collision in practice. */
const HASH_CHARS = 32;

/**
 * The key's name in Redis (without prefix). Without a key, the name is made from the limits, so that
 * limiters with different limits never mix their state, while identical ones share (the safe side:
 * two credentials sharing a budget get less throughput, never more).
 */
export function keyName(
  key: RedisLimitKey | undefined,
  limits: { requests: number; perMs: number; burst?: number; perDay?: number },
): string {
  if (key === undefined) {
    const { requests, perMs, burst, perDay } = limits;
    return `default:${requests}-per-${perMs}ms-burst-${burst ?? "none"}-day-${perDay ?? "none"}`;
  }
  if (typeof key === "string") {
    if (key.trim() === "" || key.length > 256) {
      throw new ConfigError("[@cxkit/redis-limits] key must be 1 to 256 characters", "key");
    }
    return key;
  }
  if (typeof key !== "object" || key === null) {
    throw new ConfigError(
      "[@cxkit/redis-limits] key must be a string or { vendor, credential }",
      "key",
    );
  }
  if (typeof key.vendor !== "string" || !VENDOR.test(key.vendor)) {
    throw new ConfigError(
      "[@cxkit/redis-limits] key.vendor must be a short name of letters, digits, '.', '_' or '-' (e.g. \"dixa\")",
      "key.vendor",
    );
  }
  if (typeof key.credential !== "string" || key.credential === "") {
    throw new ConfigError(
      "[@cxkit/redis-limits] key.credential must be a non-empty string",
      "key.credential",
    );
  }
  // Domain-separated so the same token under two vendors gives two unrelated names.
  const digest = createHash("sha256")
    .update(`@cxkit/redis-limits\0${key.vendor}\0${key.credential}`)
    .digest("hex")
    .slice(0, HASH_CHARS);
  return `${key.vendor}:${digest}`;
}

/** The three Redis keys of a budget. The `{name}` hash tag puts them in one cluster slot, as a script requires. */
export function redisKeys(
  prefix: string,
  name: string,
): [ring: string, state: string, instances: string] {
  const base = `${prefix}{${name}}`;
  return [`${base}:ring`, `${base}:state`, `${base}:instances`];
}
