import { randomUUID } from "node:crypto";
import type { AcquireRequest } from "@cxkit/core";
import { MAX_TIMER_MS } from "@cxkit/core/internal";
import { RedisTimeoutError } from "./bounded.js";
import { emit } from "./events.js";
import { LocalFallback } from "./local-fallback.js";
import type { ResolvedOptions } from "./options.js";
import type { RedisRateLimiter } from "./redis-rate-limiter.js";
import { RedisState, type Credits } from "./redis-state.js";
import { deadlineError, WaiterQueue } from "./waiters.js";

const NOOP = () => {};

/**
 * The {@link RedisRateLimiter} behind `createRedisRateLimiter`.
 *
 * One loop per limiter serves the local FIFO queue: the head asks Redis for the next slot, sleeps until
 * it, and is granted. Only the head talks to Redis, so a process holds at most one reservation at a
 * time: processes take turns in the order their requests reach Redis, a deep local queue never books
 * the future, and a cancelled or crashed caller costs at most one slot.
 */
export class SharedLimiter implements RedisRateLimiter {
  readonly key: string;
  readonly #options: ResolvedOptions;
  readonly #state: RedisState;
  readonly #queue: WaiterQueue;
  readonly #instance = randomUUID();
  #fallback: LocalFallback | undefined;
  /** Outages whose local starts Redis has not been told about yet. */
  #pending: LocalFallback[] = [];
  #running = false;
  /** Ends the loop's current sleep early (the queue emptied, a slot was released, the mode changed). */
  #wake: (() => void) | undefined;
  /** Aborts the head's wait on the local limiter (it left, or Redis is back). */
  #localWait: AbortController | undefined;
  /** `performance.now()` until which this process holds after `pause()`. */
  #pausedUntil = 0;
  #inFlight = 0;
  #processes: number | undefined;
  #remaining: number | undefined;
  #probing = false;

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.key = options.name;
    this.#state = new RedisState(options);
    this.#queue = new WaiterQueue((wasHead) => {
      if (wasHead) this.#localWait?.abort();
      if (this.#queue.length === 0) this.#wake?.();
    });
  }

  get mode(): "shared" | "local" {
    return this.#fallback ? "local" : "shared";
  }

  acquire(request: AcquireRequest = {}): Promise<() => void> {
    const granted = this.#queue.add(request);
    void this.#run();
    return granted;
  }

  pause(ms: number): void {
    if (!(ms > 0)) return;
    this.#pausedUntil = Math.max(this.#pausedUntil, performance.now() + ms);
    this.#fallback?.limiter.pause(ms);
    const { name, onEvent } = this.#options;
    if (this.#fallback) {
      emit(onEvent, { type: "pause", key: name, ms, shared: false });
      return;
    }
    this.#state.pause(ms).then(
      () => emit(onEvent, { type: "pause", key: name, ms, shared: true }),
      (error: unknown) => {
        emit(onEvent, { type: "pause", key: name, ms, shared: false });
        this.#enterFallback(error);
      },
    );
  }

  async remainingToday(): Promise<number> {
    if (this.#options.perDay === undefined) return Infinity;
    if (!this.#fallback) {
      try {
        const status = await this.#state.status();
        this.#processes = status.processes;
        this.#remaining = status.remaining;
        return status.remaining ?? Infinity;
      } catch {
        // A dashboard read is no reason to change how calls are limited: estimate instead.
      }
    }
    const local = [...this.#pending, ...(this.#fallback ? [this.#fallback] : [])];
    const spent = local.reduce((sum, fallback) => sum + fallback.count, 0);
    return Math.max(0, (this.#remaining ?? this.#options.perDay) - spent);
  }

  /** The loop: one pass per slot, until the queue is empty. Never throws. */
  async #run(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    while (this.#queue.head) {
      try {
        if (!(await this.#ready())) continue;
        if (this.#fallback) await this.#serveLocally(this.#fallback);
        else await this.#serveShared();
      } catch (error) {
        // Unreachable by design (every step handles its own failures); should a bug throw anyway, the
        // head gets the error instead of every caller hanging on a dead loop.
        this.#queue.shift()?.reject(error);
      }
    }
    this.#running = false;
  }

  /** Wait out a local pause and the concurrency cap; false when the loop should look again. */
  async #ready(): Promise<boolean> {
    const pausedFor = this.#pausedUntil - performance.now();
    if (pausedFor > 0) {
      await this.#sleep(pausedFor);
      return false;
    }
    const { maxConcurrent } = this.#options;
    if (maxConcurrent !== undefined && this.#inFlight >= maxConcurrent) {
      await this.#sleep(undefined);
      return false;
    }
    return true;
  }

  async #serveShared(): Promise<void> {
    const head = this.#queue.head!;
    // Shaved by a few ms: the reply still has to travel back before the head can start.
    const maxWait = head.deadline === undefined ? -1 : Math.max(0, head.deadline - Date.now() - 2);
    const credits = this.#takeCredits();
    let slot;
    try {
      slot = await this.#state.reserve(maxWait, this.#instance, credits);
    } catch (error) {
      this.#enterFallback(error);
      return;
    }
    if (credits) this.#pending = [];
    this.#processes = slot.processes;
    this.#remaining = slot.remaining;
    if (!slot.reserved) {
      if (this.#queue.head === head) {
        this.#queue.shift();
        head.reject(deadlineError(head, `comes before the next slot, in ${slot.waitMs} ms`));
      }
      return;
    }
    // Measured from the reply, so never early on Redis's clock.
    const at = performance.now() + slot.waitMs;
    if (slot.waitMs > 0) await this.#sleep(slot.waitMs);
    while (performance.now() < at && this.#queue.head) await this.#sleep(at - performance.now());
    // A pause that arrived meanwhile wins: the slot is given up rather than used late, since a late start
    // would crowd the slots Redis hands out after it.
    if (this.#pausedUntil > performance.now()) return;
    this.#grant(NOOP);
  }

  async #serveLocally(fallback: LocalFallback): Promise<void> {
    const controller = new AbortController();
    this.#localWait = controller;
    let release: () => void;
    try {
      release = await fallback.limiter.acquire({ signal: controller.signal });
    } catch {
      return; // the head left, or Redis is back
    } finally {
      this.#localWait = undefined;
    }
    fallback.recordStart();
    this.#grant(release);
  }

  /** Hand the slot to the head of the queue; with nobody left, it goes unused (it is already counted). */
  #grant(release: () => void): void {
    const head = this.#queue.shift();
    if (!head) {
      release();
      return;
    }
    if (this.#options.maxConcurrent === undefined) {
      head.resolve(release);
      return;
    }
    this.#inFlight++;
    let done = false;
    head.resolve(() => {
      if (done) return;
      done = true;
      this.#inFlight--;
      release();
      this.#wake?.();
    });
  }

  /** Sleep `ms` (undefined: until woken); the queue emptying or a release wakes it. */
  #sleep(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      // Clamped: a longer delay would make setTimeout fire at once (a pause of weeks, a far quota).
      const timer = ms === undefined ? undefined : setTimeout(done, Math.min(ms, MAX_TIMER_MS));
      function done() {
        if (timer !== undefined) clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = undefined;
        done();
      };
    });
  }

  #takeCredits(): Credits | undefined {
    if (this.#pending.length === 0) return undefined;
    const now = performance.now();
    const all = this.#pending.map((fallback) => fallback.credits(now));
    return {
      ages: all.flatMap((credit) => credit.ages),
      count: all.reduce((sum, credit) => sum + credit.count, 0),
    };
  }

  #enterFallback(error: unknown): void {
    if (this.#fallback) return;
    const { share: configured, probeMs, name, onEvent } = this.#options;
    const share = configured ?? 1 / Math.max(1, this.#processes ?? 1);
    const fallback = new LocalFallback(this.#options, share, this.#remaining);
    this.#fallback = fallback;
    const pausedFor = this.#pausedUntil - performance.now();
    if (pausedFor > 0) fallback.limiter.pause(pausedFor);
    fallback.startProbing(() => void this.#probe(), probeMs);
    emit(onEvent, {
      type: "fallback",
      key: name,
      reason: error instanceof RedisTimeoutError ? "timeout" : "error",
      error: error instanceof Error ? error.message : String(error),
      share,
      processes: this.#processes,
    });
    this.#wake?.();
  }

  async #probe(): Promise<void> {
    const fallback = this.#fallback;
    if (!fallback || this.#probing) return;
    this.#probing = true;
    try {
      const status = await this.#state.status();
      if (this.#fallback !== fallback) return;
      this.#processes = status.processes;
      this.#remaining = status.remaining;
      fallback.stopProbing();
      this.#fallback = undefined;
      this.#pending.push(fallback);
      emit(this.#options.onEvent, {
        type: "recovered",
        key: this.#options.name,
        downMs: Math.round(fallback.downMs),
        localStarts: fallback.count,
      });
      this.#localWait?.abort();
      this.#wake?.();
    } catch {
      // Still down: the next probe asks again.
    } finally {
      this.#probing = false;
    }
  }
}
