import { resolveOptions, type RedisRateLimiterOptions } from "./options.js";
import type { RedisRateLimiter } from "./redis-rate-limiter.js";
import { SharedLimiter } from "./shared-limiter.js";

/**
 * A rate limiter shared through Redis by every client, process and machine that uses the same key:
 * a sliding window of `requests` per `perMs`, an optional burst bucket and daily quota, and a shared
 * `pause()`. Pass it as any cxkit client's `rateLimit` option.
 *
 * ```ts
 * const limiter = createRedisRateLimiter({
 *   redis, // your connected ioredis or node-redis client
 *   key: { vendor: "dixa", credential: apiKey },
 *   requests: 10, perMs: 1000, burst: 4, perDay: 864_000,
 * });
 * const dixa = createDixaClient({ apiKey, rateLimit: limiter });
 * ```
 *
 * @throws ConfigError when an option is missing or invalid (the message names it).
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  return new SharedLimiter(resolveOptions(options));
}
