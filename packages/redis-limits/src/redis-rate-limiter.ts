import type { AcquireRequest, Limiter } from "@cxkit/core";

/**
 * A {@link Limiter} whose window, burst bucket, daily quota and pause live in Redis, shared by every
 * limiter on the same key in any process or machine. Made by `createRedisRateLimiter`; pass it as a
 * client's `rateLimit` option.
 */
export interface RedisRateLimiter extends Limiter {
  /** The budget's name in Redis (a vendor and a credential hash, or your string), safe to log. */
  readonly key: string;
  /** `shared` while Redis answers; `local` while this process limits itself to its share. */
  readonly mode: "shared" | "local";
  /**
   * Wait for a slot in FIFO order (within this process; across processes, in the order requests reach
   * Redis). Rejects with `AbortError` when `signal` aborts and with `TimeoutError` (kind `deadline`)
   * when the slot would come after `deadline`, at once when Redis already says so.
   */
  acquire(request?: AcquireRequest): Promise<() => void>;
  /**
   * Hold every limiter on the key for `ms` (the vendor answered 429 with Retry-After): written to Redis,
   * so other processes hold from their next slot on; this process holds at once.
   */
  pause(ms: number): void;
  /**
   * Starts left today (UTC) under `perDay` for every limiter on the key; Infinity without `perDay`.
   * While Redis is unreachable: an estimate (Redis's last count less this process's local starts).
   */
  remainingToday(): Promise<number>;
}
