/**
 * One scripted misbehaviour for the next request of an operation. Steps are used up in order, one per
 * request; when none is left the mock answers normally again.
 *
 * - `{ status: 503 }`, `{ status: 429, headers: { "retry-after": "1" } }`: answer that status (with
 *   the spec's example for it, or the vendor's error shape) instead of the normal answer;
 * - `{ delayMs: 200 }`: wait, then answer normally (with `status` too: wait, then answer that);
 * - `{ hang: true }`: read the request and never answer (until the client gives up or the mock closes);
 * - `{ reset: "before-body" }`: close the connection as soon as the request head arrives, before
 *   reading its body (the server may or may not have seen the request);
 * - `{ reset: "after-body" }`: read the whole request, then close the connection without answering
 *   (the request reached the server, the answer is lost);
 * - `{ malformedJson: true }`: answer (the success status, or `status`) with a JSON content type and a
 *   body that is not JSON.
 */
export type FaultStep =
  | {
      status: number;
      headers?: Record<string, string>;
      /** Body to send instead of the spec's example or the vendor's error shape. */
      body?: unknown;
      delayMs?: number;
    }
  | { delayMs: number }
  | { hang: true }
  | { reset: "before-body" | "after-body"; delayMs?: number }
  | { malformedJson: true; status?: number; delayMs?: number };

/** `fault("*", ...)` steps apply to the next request of any operation (or of no operation). */
export const ANY_OPERATION = "*";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Throws a `[@cxkit/testing]` error naming what is wrong with a step. */
export function checkFaultStep(step: unknown, where: string): asserts step is FaultStep {
  const fail = (why: string): never => {
    throw new TypeError(`[@cxkit/testing] ${where}: ${why}, got ${JSON.stringify(step)}`);
  };
  if (!isObject(step)) return fail("a fault step must be an object");
  if ("delayMs" in step) {
    if (typeof step.delayMs !== "number" || !Number.isFinite(step.delayMs) || step.delayMs < 0) {
      fail("delayMs must be a number of ms >= 0");
    }
  }
  if ("status" in step) {
    const status = step.status;
    if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
      fail("status must be an HTTP status (100-599)");
    }
  }
  if ("reset" in step && step.reset !== "before-body" && step.reset !== "after-body") {
    fail('reset must be "before-body" or "after-body"');
  }
  if ("hang" in step && step.hang !== true) fail("hang must be true");
  if ("malformedJson" in step && step.malformedJson !== true) fail("malformedJson must be true");
  const kinds = ["hang", "reset", "malformedJson"].filter((k) => k in step);
  if (kinds.length > 1) fail(`a step does one thing, not ${kinds.join(" and ")}`);
  if ("status" in step && (kinds.includes("hang") || kinds.includes("reset"))) {
    fail(`status cannot go with ${kinds[0]}`);
  }
  if (!("status" in step) && !("delayMs" in step) && kinds.length === 0) {
    fail("a step needs status, delayMs, hang, reset or malformedJson");
  }
}

/** Fault steps waiting, per operationId (or {@link ANY_OPERATION}). */
export class FaultQueue {
  readonly #queues = new Map<string, FaultStep[]>();

  /** Queue steps for an operation (or `"*"`). */
  add(key: string, steps: readonly FaultStep[]): void {
    const queue = this.#queues.get(key) ?? [];
    queue.push(...steps);
    this.#queues.set(key, queue);
  }

  /** The next step for a request of `operationId`: the operation's own first, then any-operation's. */
  take(operationId: string | undefined): FaultStep | undefined {
    for (const key of [operationId, ANY_OPERATION]) {
      if (key === undefined) continue;
      const queue = this.#queues.get(key);
      const step = queue?.shift();
      if (step) return step;
    }
    return undefined;
  }

  /** How many steps are still waiting (for one key, or in all). */
  pending(key?: string): number {
    if (key !== undefined) return this.#queues.get(key)?.length ?? 0;
    let count = 0;
    for (const queue of this.#queues.values()) count += queue.length;
    return count;
  }

  clear(): void {
    this.#queues.clear();
  }
}
