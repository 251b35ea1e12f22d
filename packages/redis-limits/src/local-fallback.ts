import { RateLimiter, type RateLimitOptions } from "@cxkit/core";
import type { ResolvedOptions } from "./options.js";
import type { Credits } from "./redis-state.js";

/**
 * Core's limit for one process taking `share` of the shared one. The count is rounded down to whole
 * requests and the window shortened to match, so the rate is the share of the rate exactly
 * (10 per 1000 ms at 1/4: 2 per 800 ms, not 2 per 1000 ms).
 */
export function localLimits(
  options: Pick<ResolvedOptions, "requests" | "perMs" | "burst" | "perDay" | "marginMs">,
  share: number,
  remainingToday: number | undefined,
): RateLimitOptions {
  const exact = options.requests * share;
  const requests = Math.max(1, Math.floor(exact));
  const window = options.perMs + options.marginMs;
  const limits: RateLimitOptions = {
    requests,
    perMs: Math.max(1, Math.ceil((window * requests) / exact)),
  };
  if (options.burst !== undefined) limits.burst = Math.max(1, Math.floor(options.burst * share));
  if (options.perDay !== undefined) {
    limits.perDay = Math.max(1, Math.floor((remainingToday ?? options.perDay) * share));
  }
  return limits;
}

/**
 * Local limiting while Redis is unreachable: core's {@link RateLimiter} at this process's share, the
 * record of what it granted (written into Redis on recovery), and the probe timer.
 */
export class LocalFallback {
  readonly limiter: RateLimiter;
  readonly share: number;
  readonly #since = performance.now();
  readonly #windowMs: number;
  /** `performance.now()` of each local start still inside a window. */
  readonly #starts: number[] = [];
  #count = 0;
  #probe: ReturnType<typeof setInterval> | undefined;

  constructor(options: ResolvedOptions, share: number, remainingToday: number | undefined) {
    this.share = share;
    this.limiter = new RateLimiter(localLimits(options, share, remainingToday));
    this.#windowMs = options.perMs + options.marginMs;
  }

  /** How long this process has limited on its own. */
  get downMs(): number {
    return performance.now() - this.#since;
  }

  /** Local starts so far. */
  get count(): number {
    return this.#count;
  }

  /** Note a start granted locally. */
  recordStart(): void {
    const now = performance.now();
    this.#count++;
    this.#starts.push(now);
    while (this.#starts.length > 0 && now - this.#starts[0]! >= this.#windowMs)
      this.#starts.shift();
  }

  /** What Redis must learn on recovery; `at` is `performance.now()` when it is sent. */
  credits(at: number): Credits {
    return {
      ages: this.#starts.map((start) => at - start).filter((age) => age < this.#windowMs),
      count: this.#count,
    };
  }

  /** Ask `probe` every `ms` whether Redis answers (unref'd: probing never keeps a process alive). */
  startProbing(probe: () => void, ms: number): void {
    this.#probe = setInterval(probe, ms);
    this.#probe.unref?.();
  }

  stopProbing(): void {
    if (this.#probe !== undefined) clearInterval(this.#probe);
    this.#probe = undefined;
  }
}
