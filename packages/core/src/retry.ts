/** What `onRetry` is told before each wait. */
export interface RetryEvent {
  /** The attempt that will be made next (2 for the first retry). */
  attempt: number;
  /** How long the client waits before it, in milliseconds. */
  delayMs: number;
  /** The HTTP status that caused the retry, or the error. */
  reason: number | Error;
  /** Whether the delay came from the server's `Retry-After`. */
  fromRetryAfter: boolean;
  method: string;
  url: string;
}

/** How a client retries. `retry: false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** First backoff step; the n-th wait is random in [0, min(maxDelayMs, baseDelayMs * 2^n)). Default 500. */
  baseDelayMs?: number;
  /** Cap of one backoff wait. Default 8000. */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client honours; a longer one fails at once with RateLimitError. Default 60000. */
  maxRetryAfterMs?: number;
  /** Called before each retry wait. */
  onRetry?: (event: RetryEvent) => void;
}

/** Retry options with every default filled in. */
export type ResolvedRetryOptions = Required<Omit<RetryOptions, "onRetry">> &
  Pick<RetryOptions, "onRetry">;

/** Statuses worth another attempt: the request timed out, was throttled or met a server fault. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Fill in retry defaults; `false` means a single attempt. */
export function resolveRetryOptions(
  options: RetryOptions | false | undefined,
): ResolvedRetryOptions {
  if (options === false) {
    return { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
  }
  return {
    maxRetries: options?.maxRetries ?? 2,
    baseDelayMs: options?.baseDelayMs ?? 500,
    maxDelayMs: options?.maxDelayMs ?? 8000,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? 60_000,
    onRetry: options?.onRetry,
  };
}

/** Exponential backoff with full jitter for retry number `retry` (1-based). */
export function backoffDelay(
  retry: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
