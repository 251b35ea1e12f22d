import { AbortError, TimeoutError, type AcquireRequest } from "@cxkit/core";
import { MAX_TIMER_MS } from "@cxkit/core/internal";

/** One caller waiting for a slot. */
export interface Waiter {
  /** Epoch ms after which the slot is of no use (the call's deadline). */
  readonly deadline: number | undefined;
  /** `Date.now()` when it started waiting, for the error's `timeoutMs`. */
  readonly since: number;
  readonly resolve: (release: () => void) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The callers of one process in FIFO order. A caller leaves at once when its signal aborts or its
 * deadline passes (its own timer, so a limiter used outside a client, without a signal, still never
 * waits past the deadline); the owner is told so that it can stop work done for the head.
 */
export class WaiterQueue {
  readonly #items: Waiter[] = [];
  readonly #onLeave: (wasHead: boolean) => void;

  constructor(onLeave: (wasHead: boolean) => void) {
    this.#onLeave = onLeave;
  }

  /** The caller served next. */
  get head(): Waiter | undefined {
    return this.#items[0];
  }

  get length(): number {
    return this.#items.length;
  }

  /** Queue a caller; the promise settles when it gets a slot, aborts, or runs out of time. */
  add({ signal, deadline }: AcquireRequest): Promise<() => void> {
    if (signal?.aborted) {
      return Promise.reject(new AbortError("[@cxkit/redis-limits] the call was aborted"));
    }
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        signal?.removeEventListener("abort", onAbort);
        if (timer !== undefined) clearTimeout(timer);
      };
      const leave = (error: Error) => {
        const index = this.#items.indexOf(waiter);
        if (index < 0) return;
        this.#items.splice(index, 1);
        cleanup();
        reject(error);
        this.#onLeave(index === 0);
      };
      const onAbort = () =>
        leave(
          new AbortError(
            "[@cxkit/redis-limits] the call was aborted while waiting for the rate limiter",
          ),
        );
      const since = Date.now();
      const waiter: Waiter = {
        deadline,
        since,
        resolve: (release) => {
          cleanup();
          resolve(release);
        },
        reject: (error) => {
          cleanup();
          reject(error);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (deadline !== undefined) {
        timer = setTimeout(
          () => leave(deadlineError(waiter, "passed while waiting for the rate limiter")),
          Math.min(MAX_TIMER_MS, Math.max(0, deadline - since)),
        );
      }
      this.#items.push(waiter);
    });
  }

  /** Take the head out (to grant or refuse it). */
  shift(): Waiter | undefined {
    return this.#items.shift();
  }
}

/** The error for a caller whose deadline makes the wait pointless. */
export function deadlineError(waiter: Waiter, what: string): TimeoutError {
  return new TimeoutError(`[@cxkit/redis-limits] the call's deadline ${what}`, {
    timeoutMs: Math.max(0, (waiter.deadline ?? waiter.since) - waiter.since),
    kind: "deadline",
  });
}
