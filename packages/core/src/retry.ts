import { checkNumber, COUNT, DELAY } from "./options.js";

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
  /** First backoff step; the n-th wait is random in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))). Default 500. */
  baseDelayMs?: number;
  /** Cap of one backoff wait. Default 8000. */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client honours; a longer one ends the call with the answer. Default 60000. */
  maxRetryAfterMs?: number;
  /** Called before each retry wait. An exception it throws is ignored: a hook never changes the outcome. */
  onRetry?: (event: RetryEvent) => void;
}

/** Retry options with every default filled in and checked. */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  onRetry: ((event: RetryEvent) => void) | undefined;
}

/** Statuses worth another attempt: the request timed out, was throttled or met a server fault. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

const NO_RETRIES: RetryPolicy = {
  maxRetries: 0,
  baseDelayMs: 0,
  maxDelayMs: 0,
  maxRetryAfterMs: 0,
  onRetry: undefined,
};

/** Fill in and check retry options (`option` prefixes error messages: `retry`); `false` = one attempt. */
export function resolveRetryOptions(
  packageName: string,
  options: RetryOptions | false | undefined,
  option = "retry",
): RetryPolicy {
  if (options === false) return NO_RETRIES;
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new TypeError(`[${packageName}] ${option} must be an object or false`);
  }
  const o = options ?? {};
  const onRetry = o.onRetry;
  if (onRetry !== undefined && typeof onRetry !== "function") {
    throw new TypeError(`[${packageName}] ${option}.onRetry must be a function`);
  }
  return {
    maxRetries: checkNumber(packageName, `${option}.maxRetries`, o.maxRetries, COUNT) ?? 2,
    baseDelayMs: checkNumber(packageName, `${option}.baseDelayMs`, o.baseDelayMs, DELAY) ?? 500,
    maxDelayMs: checkNumber(packageName, `${option}.maxDelayMs`, o.maxDelayMs, DELAY) ?? 8000,
    maxRetryAfterMs:
      checkNumber(packageName, `${option}.maxRetryAfterMs`, o.maxRetryAfterMs, DELAY) ?? 60_000,
    onRetry,
  };
}

/** Exponential backoff with full jitter for retry number `retry` (1-based). */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date; a date in the past is 0),
 * or undefined when absent or not a valid value (a negative number is not one).
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  if (!/[A-Za-z]/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** How an attempt ended, as far as retrying is concerned. */
export type AttemptOutcome =
  | { kind: "response"; status: number; retryAfterMs: number | undefined }
  /** The fetch failed; `maybeSent` is false only when the request provably never left. */
  | { kind: "network"; maybeSent: boolean }
  /** The attempt ran past `timeoutMs`: the request may have been processed. */
  | { kind: "timeout" };

/** Why no further attempt is made. */
export type NoRetryReason = "final" | "unsafe" | "exhausted" | "retry-after-too-long";

/** The decision after one attempt. */
export type RetryDecision =
  { retry: false; why: NoRetryReason } | { retry: true; delayMs: number; fromRetryAfter: boolean };

/**
 * Whether to send a request again, decided without I/O. A 429 is retried for every operation (the
 * server refused it); 408, 5xx, timeouts and failures after the request may have left only when the
 * operation is safe to repeat (`safe`: idempotent by method, marked idempotent, or carrying the
 * vendor's idempotency key); a request that provably never left is always retried. `Retry-After`
 * decides the wait when present, up to `maxRetryAfterMs`; otherwise exponential backoff.
 */
export function decideRetry(
  outcome: AttemptOutcome,
  safe: boolean,
  policy: RetryPolicy,
  retries: number,
  random: () => number = Math.random,
): RetryDecision {
  let retryAfterMs: number | undefined;
  if (outcome.kind === "response") {
    if (!RETRY_STATUSES.has(outcome.status)) return { retry: false, why: "final" };
    if (outcome.status !== 429 && !safe) return { retry: false, why: "unsafe" };
    retryAfterMs = outcome.retryAfterMs;
  } else if (outcome.kind === "network") {
    if (outcome.maybeSent && !safe) return { retry: false, why: "unsafe" };
  } else if (!safe) {
    return { retry: false, why: "unsafe" };
  }
  if (retries >= policy.maxRetries) return { retry: false, why: "exhausted" };
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > policy.maxRetryAfterMs) return { retry: false, why: "retry-after-too-long" };
    return { retry: true, delayMs: retryAfterMs, fromRetryAfter: true };
  }
  return { retry: true, delayMs: backoffDelay(retries + 1, policy, random), fromRetryAfter: false };
}
