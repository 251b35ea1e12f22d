import { AbortError, CxkitError, TimeoutError, unwrap } from "@cxkit/core";
import type { HaptikClient } from "./generated/client.js";
import type { components } from "./generated/schema.js";

type TaskStatus = components["schemas"]["FaqTaskStatusResponse"];

/** An FAQ upload task ended in Haptik's "Error/Exception" state; `status` is Haptik's text. */
export class FaqTaskError extends CxkitError {
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
  /** Time between polls. Default 2000 ms. */
  intervalMs?: number;
  /** Give up after this long. Default 300000 ms (5 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Poll an FAQ upload task (`createFaqSteps` answers its `task_id`) until it ends. Resolves with the final
 * status answer on success; rejects with FaqTaskError carrying Haptik's text on an "Error/Exception"
 * status, TimeoutError after `timeoutMs`, AbortError when `signal` aborts, ApiError on an HTTP error.
 * "In Progress" and statuses it does not know keep it polling.
 */
export async function waitForFaqTask(
  haptik: HaptikClient,
  taskId: string,
  options: WaitForFaqTaskOptions = {},
): Promise<TaskStatus> {
  const intervalMs = options.intervalMs ?? 2000;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const { signal } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted)
      throw new AbortError(`[@cxkit/haptik] waiting for FAQ task ${taskId} was aborted`);
    const answer = await unwrap(
      haptik.GET("/mogambo_api/nodes/faq/create/status/{taskId}/", {
        params: { path: { taskId } },
        ...(signal ? { signal } : {}),
      }),
    );
    const status = answer.body?.status ?? "";
    if (/in progress/i.test(status)) {
      // still running
    } else if (/error|exception/i.test(status)) {
      throw new FaqTaskError(taskId, status);
    } else if (/success/i.test(status)) {
      return answer;
    }
    const wait = Math.min(intervalMs, deadline - Date.now());
    if (wait <= 0) {
      throw new TimeoutError(
        `[@cxkit/haptik] FAQ task ${taskId} did not finish within ${timeoutMs} ms (last status: ${status || "none"})`,
        {
          timeoutMs,
          kind: "deadline",
        },
      );
    }
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, wait);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new AbortError(`[@cxkit/haptik] waiting for FAQ task ${taskId} was aborted`));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}
