import { AbortError, ConfigError, CxkitError, TimeoutError } from "@cxkit/core";
import type { HaptikMethods } from "./generated/methods.js";
import type { components } from "./generated/schema.js";

type TaskStatus = components["schemas"]["FaqTaskStatusResponse"];

/** An FAQ upload task ended in Haptik's "Error/Exception" state; `status` is Haptik's text. */
export class FaqTaskError extends CxkitError {
  // `instanceof` on cxkit errors compares this brand; without its own, every CxkitError would pass.
  static override readonly errorName: string = "FaqTaskError";
  override name = "FaqTaskError";
  /** The task id. */
  readonly taskId: string;
  /** Haptik's status text, which names the exception. */
  readonly status: string;

  constructor(taskId: string, status: string) {
    super(`[@cxkit/haptik] FAQ task ${taskId} failed: ${status}`);
    this.taskId = taskId;
    this.status = status;
  }
}

/** Options of {@link waitForFaqTask}. */
export interface WaitForFaqTaskOptions {
  /** Time between polls. Default 2000 ms (a poll every 2 s stays far below Haptik's ~100 calls/min). */
  intervalMs?: number;
  /** Give up after this long, polls included. Default 300000 ms (5 minutes). */
  timeoutMs?: number;
  /** Stops the wait (and a poll in flight) at once. */
  signal?: AbortSignal;
}

const MAX_WAIT_MS = 2 ** 31 - 1;

function checkMs(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  // NaN or Infinity would poll without end; 0 or less would hammer the API.
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > MAX_WAIT_MS) {
    throw new ConfigError(
      `[@cxkit/haptik] ${name} must be a number of ms between 1 and ${MAX_WAIT_MS}: got ${String(value)}`,
      name,
    );
  }
  return value;
}

function sleep(
  ms: number,
  signal: AbortSignal | undefined,
  aborted: () => AbortError,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Poll an FAQ upload task (`createFaqSteps` answers its `task_id`) until it ends. Resolves with the final
 * status answer on success; rejects with FaqTaskError carrying Haptik's text on an "Error/Exception"
 * status, TimeoutError after `timeoutMs` (a poll still in flight then is cut short), AbortError when
 * `signal` aborts, ApiError on an HTTP error, ConfigError for an interval or timeout that is not a
 * positive number of ms. "In Progress" and statuses it does not know keep it polling.
 *
 * Any Haptik client works, including one created with `throwOnError: true`.
 */
export async function waitForFaqTask(
  haptik: Pick<HaptikMethods, "getFaqTaskStatus">,
  taskId: string,
  options: WaitForFaqTaskOptions = {},
): Promise<TaskStatus> {
  const intervalMs = checkMs("intervalMs", options.intervalMs, 2000);
  const timeoutMs = checkMs("timeoutMs", options.timeoutMs, 300_000);
  const { signal } = options;
  const deadline = Date.now() + timeoutMs;
  const aborted = () =>
    new AbortError(`[@cxkit/haptik] waiting for FAQ task ${taskId} was aborted`);
  let status = "";
  const timedOut = () =>
    new TimeoutError(
      `[@cxkit/haptik] FAQ task ${taskId} did not finish within ${timeoutMs} ms (last status: ${status || "none"})`,
      { timeoutMs, kind: "deadline" },
    );
  for (;;) {
    if (signal?.aborted) throw aborted();
    const left = deadline - Date.now();
    if (left <= 0) throw timedOut();
    let answer: TaskStatus;
    try {
      // The poll's own deadline is what is left of the wait, so a slow answer cannot outlast timeoutMs.
      answer = await haptik.getFaqTaskStatus(
        { path: { taskId } },
        { deadlineMs: Math.ceil(left), ...(signal ? { signal } : {}) },
      );
    } catch (error) {
      if (error instanceof TimeoutError && error.kind === "deadline") throw timedOut();
      throw error;
    }
    status = answer.body?.status ?? "";
    if (/in progress/i.test(status)) {
      // still running
    } else if (/error|exception/i.test(status)) {
      throw new FaqTaskError(taskId, status);
    } else if (/success/i.test(status)) {
      return answer;
    }
    const wait = Math.min(intervalMs, deadline - Date.now());
    if (wait <= 0) throw timedOut();
    await sleep(wait, signal, aborted);
  }
}
