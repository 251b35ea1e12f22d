import { AbortError, ConfigError } from "./errors.js";
import { checkNumber, POSITIVE_COUNT } from "./options.js";

// Marks a RateLimiter of any copy of this package (see `RateLimiter[Symbol.hasInstance]`).
const LIMITER = Symbol.for("@cxkit/core:rate-limiter");

/** A client-side limit: at most `requests` starts in any `perMs` window. */
export interface RateLimitOptions {
  requests: number;
  perMs: number;
  /** Starts allowed back to back before spacing kicks in (a token bucket of this size). */
  burst?: number;
  /** Requests in flight at once. */
  maxConcurrent?: number;
  /** Starts allowed per UTC day (Dixa: 864,000 per token). */
  perDay?: number;
}

/** What a call asks a limiter for. */
export interface AcquireRequest {
  /** Aborts the wait (the call was cancelled, or ran past its deadline). */
  signal?: AbortSignal | undefined;
  /** Epoch ms after which a slot is of no use: a limiter may fail early instead of waiting past it. */
  deadline?: number | undefined;
}

/**
 * A rate limiter a client can use (`rateLimit` option): the local {@link RateLimiter}, or a shared one
 * such as @cxkit/redis-limits'. Callers wait in FIFO order for a slot; a wait ends at once when its
 * signal aborts, and never goes past its deadline.
 */
export interface Limiter {
  /** Wait for a slot; resolves with a function to call when the request is done. */
  acquire(request: AcquireRequest): Promise<() => void>;
  /**
   * The server refused a request with `429` and `Retry-After`: hold every caller sharing this limiter
   * for `ms` (the vendor throttles the credential, not the process).
   */
  pause?(ms: number): void;
}

/** True for an object that can be used as a {@link Limiter}. */
export function isLimiter(value: unknown): value is Limiter {
  return (
    typeof value === "object" && value !== null && typeof (value as Limiter).acquire === "function"
  );
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

const DAY_MS = 86_400_000;
const NOOP = () => {};

/** Check rate-limit options; errors name the option (`rateLimit.requests`). */
export function checkRateLimitOptions(
  packageName: string,
  options: RateLimitOptions,
  option = "rateLimit",
): RateLimitOptions {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(
      `[${packageName}] ${option} must be an object, a limiter or false`,
      option,
    );
  }
  const count = (name: keyof RateLimitOptions) =>
    checkNumber(packageName, `${option}.${name}`, options[name], POSITIVE_COUNT);
  const requests = count("requests");
  const perMs = count("perMs");
  if (requests === undefined || perMs === undefined) {
    throw new ConfigError(
      `[${packageName}] ${option}.requests and ${option}.perMs are required`,
      `${option}.${requests === undefined ? "requests" : "perMs"}`,
    );
  }
  const checked: RateLimitOptions = { requests, perMs };
  const burst = count("burst");
  const maxConcurrent = count("maxConcurrent");
  const perDay = count("perDay");
  if (burst !== undefined) checked.burst = burst;
  if (maxConcurrent !== undefined) checked.maxConcurrent = maxConcurrent;
  if (perDay !== undefined) checked.perDay = perDay;
  return checked;
}

/**
 * A FIFO limiter in this process: callers wait in order for a slot under a sliding window (never more
 * than `requests` starts in any `perMs`), an optional burst bucket, an optional daily quota and an
 * optional concurrency cap. Waiting callers stay cancellable. One limiter can be passed to several
 * clients that share a credential. A slot free now costs no timer and no queueing.
 */
export class RateLimiter implements Limiter {
  /**
   * `value instanceof RateLimiter`, also for a limiter made by another copy of @cxkit/core (a vendor
   * package's Node build carries one). A subclass keeps the ordinary prototype check.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== RateLimiter) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && LIMITER in value;
  }

  readonly options: Readonly<RateLimitOptions>;
  readonly #clock: LimiterClock;
  /** Start times within the current window, oldest first from `#head` (a queue compacted as it drains). */
  #starts: number[] = [];
  #head = 0;
  readonly #queue: Waiter[] = [];
  #inFlight = 0;
  #tokens: number;
  #tokensAt: number;
  #day = -1;
  #dayCount = 0;
  #pausedUntil = 0;
  #timer: unknown;

  constructor(options: RateLimitOptions, clock: LimiterClock = systemClock) {
    Object.defineProperty(this, LIMITER, { value: true });
    this.options = checkRateLimitOptions("@cxkit/core", options);
    this.#clock = clock;
    this.#tokens = this.options.burst ?? this.options.requests;
    this.#tokensAt = clock.now();
  }

  /** Starts left today under `perDay` (Infinity without one). */
  get remainingToday(): number {
    const { perDay } = this.options;
    if (perDay === undefined) return Infinity;
    const day = Math.floor(this.#clock.now() / DAY_MS);
    return day === this.#day ? Math.max(0, perDay - this.#dayCount) : perDay;
  }

  acquire(request: AcquireRequest | AbortSignal = {}): Promise<() => void> {
    const { signal } = request instanceof AbortSignal ? { signal: request } : request;
    if (signal?.aborted)
      return Promise.reject(new AbortError("[@cxkit/core] the call was aborted"));
    if (this.#queue.length === 0 && this.#wait(this.#clock.now()) === 0 && this.#hasRoom()) {
      this.#start(this.#clock.now());
      return Promise.resolve(this.#releaser());
    }
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

  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#pausedUntil = Math.max(this.#pausedUntil, this.#clock.now() + ms);
    this.#pump();
  }

  #hasRoom(): boolean {
    const { maxConcurrent } = this.options;
    return maxConcurrent === undefined || this.#inFlight < maxConcurrent;
  }

  /** Milliseconds until the next start is allowed (0 = now). */
  #wait(now: number): number {
    const { requests, perMs, burst, perDay } = this.options;
    let wait = Math.max(0, this.#pausedUntil - now);
    const starts = this.#starts;
    while (this.#head < starts.length && starts[this.#head]! <= now - perMs) this.#head++;
    if (this.#head > 1024 && this.#head * 2 > starts.length) {
      this.#starts = starts.slice(this.#head);
      this.#head = 0;
    }
    if (this.#starts.length - this.#head >= requests) {
      wait = Math.max(wait, this.#starts[this.#head]! + perMs - now);
    }
    if (burst !== undefined) {
      const rate = requests / perMs;
      this.#tokens = Math.min(burst, this.#tokens + (now - this.#tokensAt) * rate);
      this.#tokensAt = now;
      if (this.#tokens < 1) wait = Math.max(wait, Math.ceil((1 - this.#tokens) / rate));
    }
    if (perDay !== undefined) {
      const day = Math.floor(now / DAY_MS);
      if (day === this.#day && this.#dayCount >= perDay)
        wait = Math.max(wait, (day + 1) * DAY_MS - now);
    }
    return wait;
  }

  #start(now: number): void {
    const { burst, perDay } = this.options;
    this.#starts.push(now);
    if (burst !== undefined) this.#tokens -= 1;
    if (perDay !== undefined) {
      const day = Math.floor(now / DAY_MS);
      if (day !== this.#day) {
        this.#day = day;
        this.#dayCount = 0;
      }
      this.#dayCount++;
    }
  }

  #releaser(): () => void {
    // Without a concurrency cap nothing needs counting: one shared no-op release.
    if (this.options.maxConcurrent === undefined) return NOOP;
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#done();
    };
  }

  #done(): void {
    this.#inFlight--;
    this.#pump();
  }

  #pump(): void {
    if (this.#timer !== undefined) {
      this.#clock.clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    while (this.#queue.length > 0) {
      if (!this.#hasRoom()) return;
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
      this.#start(now);
      waiter.resolve(this.#releaser());
    }
  }
}
