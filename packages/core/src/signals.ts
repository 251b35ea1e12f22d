// Cancellation for one call. The caller's signal, the client's signal and the call's deadline stop the
// whole call; each attempt also has its own time limit. Listeners on the long-lived client signal are
// removed when the call ends (AbortSignal.any keeps entries on Node 20 and can let an unreferenced
// timeout signal be collected before it fires), and timers are explicit and always cleared. A call
// with no signal and no deadline can never stop: its scope subscribes nothing.

/** Why a call stopped before it finished. */
export type StopReason = "aborted" | "deadline";

/** What a wait rejects with when the call (or, for `race`, the attempt) stops first. */
export class Stop {
  constructor(readonly reason: StopReason | "attempt") {}
}

/** The attempt's own controller: aborted by the call stopping or by the attempt's time limit. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Start the attempt's time limit (waiting for the rate limiter does not count). */
  startTimer(ms: number): void;
  /** Whether the attempt's own time limit fired. */
  readonly timedOut: boolean;
  /** Clear the timer and detach from the call. */
  dispose(): void;
}

const NOTHING = () => {};

function timeUp(attempt: Attempt): void {
  attempt.timedOut = true;
  attempt.controller.abort();
}

class Attempt implements AttemptSignal {
  readonly controller = new AbortController();
  timedOut = false;
  timer: ReturnType<typeof setTimeout> | undefined;
  unsubscribe = NOTHING;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  startTimer(ms: number): void {
    this.timer = setTimeout(timeUp, ms, this);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
  }
}

/** The cancellation scope of one call. */
export class CallScope {
  #stopped: StopReason | undefined;
  #sources: AbortSignal[] | undefined;
  #subscribers: Set<(reason: StopReason) => void> | undefined;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  readonly #onSourceAbort = () => this.#stop("aborted");

  constructor(signals: readonly (AbortSignal | undefined)[], deadlineMs: number | undefined) {
    for (const signal of signals) {
      if (!signal) continue;
      if (signal.aborted) {
        this.#stopped = "aborted";
        return;
      }
      signal.addEventListener("abort", this.#onSourceAbort);
      (this.#sources ??= []).push(signal);
    }
    if (deadlineMs !== undefined) {
      this.#deadline = setTimeout(() => this.#stop("deadline"), deadlineMs);
    }
  }

  /** Why the call stopped, or undefined while it may go on. */
  get stopped(): StopReason | undefined {
    return this.#stopped;
  }

  #stop(reason: StopReason): void {
    if (this.#stopped) return;
    this.#stopped = reason;
    const subscribers = [...(this.#subscribers ?? [])];
    this.#subscribers = undefined;
    for (const notify of subscribers) notify(reason);
  }

  /** Run `fn` when the call stops; returns a function that unsubscribes. */
  onStop(fn: (reason: StopReason) => void): () => void {
    if (this.#stopped) {
      fn(this.#stopped);
      return NOTHING;
    }
    // Nothing can stop a call without a signal or a deadline: nothing to remember.
    if (!this.#sources && this.#deadline === undefined) return NOTHING;
    (this.#subscribers ??= new Set()).add(fn);
    return () => this.#subscribers?.delete(fn);
  }

  /** A controller for one attempt. */
  attempt(): AttemptSignal {
    const attempt = new Attempt();
    attempt.unsubscribe = this.onStop(() => attempt.controller.abort());
    return attempt;
  }

  /** Wait `ms`; rejects with a {@link Stop} if the call stops first. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let unsubscribe = NOTHING;
      const timer = setTimeout(() => {
        unsubscribe();
        resolve();
      }, ms);
      unsubscribe = this.onStop((reason) => {
        clearTimeout(timer);
        reject(new Stop(reason));
      });
    });
  }

  /**
   * Settle with `promise`, or reject with the stop reason as soon as the call stops: for work that
   * cannot be cancelled itself (a credential function), so it can never hang a call.
   */
  race<T>(promise: Promise<T>, extra?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onExtra = () => reject(new Stop("attempt"));
      const unsubscribe = this.onStop((reason) => reject(new Stop(reason)));
      extra?.addEventListener("abort", onExtra, { once: true });
      const settle = () => {
        unsubscribe();
        extra?.removeEventListener("abort", onExtra);
      };
      promise.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }

  /** Detach from the caller's and client's signals and clear the deadline. Call once, at the end. */
  dispose(): void {
    for (const signal of this.#sources ?? []) {
      signal.removeEventListener("abort", this.#onSourceAbort);
    }
    this.#sources = undefined;
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
    this.#subscribers = undefined;
  }
}

/**
 * An AbortSignal that fires after `ms`, with a way to stop the timer. Used instead of
 * AbortSignal.timeout(): combined through AbortSignal.any(), a timeout signal nothing else references
 * can be garbage-collected before it fires (seen on Node 20), leaving a hung request hanging.
 */
export function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("timed out", "TimeoutError")),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
