import { AbortError } from "./errors.js";

/** A client-side limit: at most `requests` starts in any `perMs` window. */
export interface RateLimitOptions {
  requests: number;
  perMs: number;
  /** Starts allowed back to back before spacing kicks in (a token bucket of this size). */
  burst?: number;
  /** Requests in flight at once. */
  maxConcurrent?: number;
}

/** A clock the limiter reads and sleeps on; tests pass a fake one. */
export interface LimiterClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: LimiterClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Waiter {
  resolve: (release: () => void) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * A FIFO limiter: callers wait in order for a slot under a sliding window (never more than `requests`
 * starts in any `perMs`), an optional burst bucket and an optional concurrency cap. Waiting callers stay
 * cancellable. One limiter can be passed to several clients that share a credential.
 */
export class RateLimiter {
  readonly options: Readonly<RateLimitOptions>;
  readonly #clock: LimiterClock;
  readonly #starts: number[] = [];
  readonly #queue: Waiter[] = [];
  #inFlight = 0;
  #tokens: number;
  #tokensAt: number;
  #timer: unknown;

  constructor(options: RateLimitOptions, clock: LimiterClock = systemClock) {
    for (const key of ["requests", "perMs"] as const) {
      if (!(options[key] > 0)) throw new RangeError(`[@cxkit/core] rateLimit.${key} must be > 0`);
    }
    this.options = { ...options };
    this.#clock = clock;
    this.#tokens = options.burst ?? options.requests;
    this.#tokensAt = clock.now();
  }

  /** Wait for a slot; resolves with a function to call when the request is done. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted)
      return Promise.reject(new AbortError("[@cxkit/core] the call was aborted"));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(
            new AbortError("[@cxkit/core] the call was aborted while waiting for the rate limiter"),
          );
          this.#pump();
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  /** Milliseconds until the next start is allowed (0 = now). */
  #wait(now: number): number {
    const { requests, perMs, burst } = this.options;
    while (this.#starts.length > 0 && this.#starts[0]! <= now - perMs) this.#starts.shift();
    let wait = this.#starts.length >= requests ? this.#starts[0]! + perMs - now : 0;
    if (burst !== undefined) {
      const rate = requests / perMs;
      this.#tokens = Math.min(burst, this.#tokens + (now - this.#tokensAt) * rate);
      this.#tokensAt = now;
      if (this.#tokens < 1) wait = Math.max(wait, Math.ceil((1 - this.#tokens) / rate));
    }
    return wait;
  }

  #pump(): void {
    if (this.#timer !== undefined) {
      this.#clock.clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    while (this.#queue.length > 0) {
      const { maxConcurrent } = this.options;
      if (maxConcurrent !== undefined && this.#inFlight >= maxConcurrent) return;
      const now = this.#clock.now();
      const wait = this.#wait(now);
      if (wait > 0) {
        this.#timer = this.#clock.setTimeout(() => {
          this.#timer = undefined;
          this.#pump();
        }, wait);
        return;
      }
      const waiter = this.#queue.shift()!;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      this.#starts.push(now);
      if (this.options.burst !== undefined) this.#tokens -= 1;
      this.#inFlight += 1;
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        this.#inFlight -= 1;
        this.#pump();
      });
    }
  }
}
