import { ConfigError, type RateLimitOptions } from "@cxkit/core";
import { checkNumber, checkOptions, POSITIVE_COUNT, TIME_LIMIT } from "@cxkit/core/internal";
import type { RedisLimiterEvent } from "./events.js";
import { keyName, type RedisLimitKey } from "./key.js";
import { toRedisCommand, type RedisClientLike, type RedisCommand } from "./redis-client.js";

const PKG = "@cxkit/redis-limits";

/** What the limiter does while Redis is unreachable or too slow. */
export interface FallbackOptions {
  /**
   * The part of the limit this process takes on its own while Redis is unreachable, from 0 (exclusive)
   * to 1: with 4 workers, `1 / 4`. Default: 1 / the number of limiters that used the key in the last
   * `max(2 × perMs, 10 s)` as Redis last reported it, or 1 when Redis was never reached.
   */
  share?: number;
  /** How often to ask Redis whether it answers again, in ms (default 1000). */
  probeMs?: number;
}

/** Options of {@link createRedisRateLimiter}: core's `RateLimitOptions`, plus where and how to share them. */
export interface RedisRateLimiterOptions extends RateLimitOptions {
  /** A connected ioredis or node-redis client (or cluster) of yours; the limiter opens no connection. */
  redis: RedisClientLike;
  /** The shared budget's name: `{ vendor, credential }` (hashed) or a string. See {@link RedisLimitKey}. */
  key?: RedisLimitKey | undefined;
  /** Prefix of every Redis key the limiter writes (default `"cxkit:rl:"`). */
  prefix?: string | undefined;
  /**
   * Requests in flight at once, counted in this process only (a shared count would need leases that
   * outlive crashed processes; the vendors' limits here are rates, not concurrency).
   */
  maxConcurrent?: number | undefined;
  /**
   * Slack for the time between a slot and the request reaching the vendor, in ms: windows are
   * `perMs + marginMs` long and the burst bucket is smaller by `marginMs` worth of refill, so requests
   * that travel at different speeds still arrive within the vendor's limit. Default:
   * `min(50, perMs / 50)` (20 ms for 10 requests/s), which costs about 2% of the throughput.
   */
  marginMs?: number | undefined;
  /** Longest wait for one Redis command before falling back, in ms (default 500). */
  commandTimeoutMs?: number | undefined;
  /** What to do while Redis is unreachable. */
  fallback?: FallbackOptions | undefined;
  /** Told when the limiter falls back to local limiting, returns to Redis, or is paused. */
  onEvent?: ((event: RedisLimiterEvent) => void) | undefined;
}

/** The options, checked and with defaults applied. */
export interface ResolvedOptions {
  send: RedisCommand;
  name: string;
  prefix: string;
  requests: number;
  perMs: number;
  burst: number | undefined;
  perDay: number | undefined;
  maxConcurrent: number | undefined;
  marginMs: number;
  commandTimeoutMs: number;
  share: number | undefined;
  probeMs: number;
  onEvent: ((event: RedisLimiterEvent) => void) | undefined;
}

const MARGIN = { min: 0, max: 60_000, what: "a number of ms from 0 to 60000" };
const SHARE = { min: Number.MIN_VALUE, max: 1, what: "a number above 0 and at most 1" };

function count(options: RedisRateLimiterOptions, name: keyof RateLimitOptions) {
  return checkNumber(PKG, name, options[name], POSITIVE_COUNT);
}

/** Check every option (errors name it: `[@cxkit/redis-limits] perMs must be ...`) and fill defaults. */
export function resolveOptions(options: RedisRateLimiterOptions): ResolvedOptions {
  checkOptions(PKG, options);
  const requests = count(options, "requests");
  const perMs = count(options, "perMs");
  if (requests === undefined || perMs === undefined) {
    throw new ConfigError(
      `[${PKG}] requests and perMs are required`,
      requests === undefined ? "requests" : "perMs",
    );
  }
  if (options.redis === undefined || options.redis === null) {
    throw new ConfigError(
      `[${PKG}] redis is required: pass your ioredis or node-redis client`,
      "redis",
    );
  }
  const burst = count(options, "burst");
  const perDay = count(options, "perDay");
  const fallback = options.fallback ?? {};
  if (typeof fallback !== "object" || fallback === null) {
    throw new ConfigError(`[${PKG}] fallback must be an object`, "fallback");
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== "function") {
    throw new ConfigError(`[${PKG}] onEvent must be a function`, "onEvent");
  }
  const prefix = options.prefix ?? "cxkit:rl:";
  if (typeof prefix !== "string" || /[{}]/.test(prefix)) {
    throw new ConfigError(`[${PKG}] prefix must be a string without braces`, "prefix");
  }
  return {
    send: toRedisCommand(options.redis),
    name: keyName(options.key, { requests, perMs, burst, perDay }),
    prefix,
    requests,
    perMs,
    burst,
    perDay,
    maxConcurrent: count(options, "maxConcurrent"),
    marginMs: Math.round(
      checkNumber(PKG, "marginMs", options.marginMs, MARGIN) ?? Math.min(50, perMs / 50),
    ),
    commandTimeoutMs:
      checkNumber(PKG, "commandTimeoutMs", options.commandTimeoutMs, TIME_LIMIT) ?? 500,
    share: checkNumber(PKG, "fallback.share", fallback.share, SHARE),
    probeMs: checkNumber(PKG, "fallback.probeMs", fallback.probeMs, TIME_LIMIT) ?? 1000,
    onEvent: options.onEvent,
  };
}
