/**
 * @cxkit/redis-limits: rate limits shared across processes and machines on Redis, accepted by every
 * cxkit client's `rateLimit` option.
 * @packageDocumentation
 */
export { createRedisRateLimiter } from "./create-redis-rate-limiter.js";
export type { RedisLimiterEvent } from "./events.js";
export type { RedisLimitKey } from "./key.js";
export type { FallbackOptions, RedisRateLimiterOptions } from "./options.js";
export type {
  IoRedisLike,
  NodeRedisClusterLike,
  NodeRedisLike,
  RedisClientLike,
  RedisCommand,
} from "./redis-client.js";
export type { RedisRateLimiter } from "./redis-rate-limiter.js";
