import { attemptOnce, stopError, type AttemptPlan, type AttemptResult } from "./attempt.js";
import type { IdempotencyKeyInfo } from "./descriptor.js";
import { callHook } from "./log.js";
import {
  decideRetry,
  parseRetryAfter,
  RETRY_STATUSES,
  type AttemptOutcome,
  type RetryPolicy,
} from "./retry.js";
import { Stop } from "./signals.js";

/** What the attempt loop needs beyond one attempt's plan. */
export interface LoopPlan extends AttemptPlan {
  retry: RetryPolicy;
  /** Safe to send again after a failure that may have reached the server. */
  safeToRepeat: boolean;
  /** Set when the vendor dedupes this write by a key the caller set. */
  idempotency: (IdempotencyKeyInfo & { key: string }) | undefined;
}

/** The final answer of a call (its body already read), or the vendor's duplicate answer to a re-send. */
export type LoopResult =
  | { kind: "response"; response: Response; body: string | ArrayBuffer | null }
  | { kind: "already-applied"; response: Response; key: string };

function isDuplicate(
  plan: LoopPlan,
  result: Extract<AttemptResult, { kind: "response" }>,
): boolean {
  const duplicate = plan.idempotency?.duplicate;
  if (!duplicate || result.response.status !== duplicate.status) return false;
  const text = typeof result.body === "string" ? result.body : "";
  return text.toLowerCase().includes(duplicate.message.toLowerCase());
}

/**
 * Send a request until it succeeds, fails for good or runs out of retries. Each step asks the pure
 * `decideRetry` what to do; this loop only carries it out: one more attempt after a 401 when the auth
 * strategy has fresh credentials, the limiter paused when the vendor sends 429 + Retry-After, and the
 * vendor's duplicate answer to a re-sent keyed write reported as already applied. An answer whose
 * status is never retried ends the loop without further ado.
 */
export async function runAttempts(plan: LoopPlan): Promise<LoopResult> {
  let retries = 0;
  let authRetried = false;
  // Set once an attempt may have reached the server: a later duplicate answer then means "applied".
  let resent = false;
  for (let attempt = 1; ; attempt++) {
    if (plan.scope.stopped) throw stopError(plan);
    const result = await attemptOnce(plan, attempt);
    let outcome: AttemptOutcome;
    if (result.kind === "response") {
      const { response } = result;
      const { status } = response;
      if (status === 401 && !authRetried && (await refreshed(plan, result.sent))) {
        authRetried = true;
        continue;
      }
      if (resent && plan.idempotency && isDuplicate(plan, result)) {
        return { kind: "already-applied", response, key: plan.idempotency.key };
      }
      if (!RETRY_STATUSES.has(status)) return result;
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      if (status === 429 && retryAfterMs !== undefined) plan.rt.limiter?.pause?.(retryAfterMs);
      outcome = { kind: "response", status, retryAfterMs };
    } else {
      if (!result.outcome) throw result.error;
      outcome = result.outcome;
    }
    const decision = decideRetry(outcome, plan.safeToRepeat, plan.retry, retries, plan.rt.random);
    if (!decision.retry) {
      if (result.kind === "failure") throw result.error;
      return result;
    }
    if (outcome.kind === "timeout" || (outcome.kind === "network" && outcome.maybeSent))
      resent = true;
    if (outcome.kind === "response" && outcome.status >= 500) resent = true;
    retries += 1;
    callHook(plan.retry.onRetry, {
      attempt: attempt + 1,
      delayMs: decision.delayMs,
      reason: result.kind === "response" ? result.response.status : result.error,
      fromRetryAfter: decision.fromRetryAfter,
      method: plan.method,
      url: plan.rt.secrets.redact(plan.url),
    });
    try {
      await plan.scope.sleep(decision.delayMs);
    } catch (stop) {
      if (stop instanceof Stop) throw stopError(plan);
      throw stop;
    }
  }
}

async function refreshed(plan: LoopPlan, sent: Readonly<Record<string, string>>): Promise<boolean> {
  let again = false;
  for (const strategy of plan.strategies) {
    if (!strategy.unauthorized) continue;
    try {
      if (await strategy.unauthorized(sent)) again = true;
    } catch {
      // A strategy that cannot refresh leaves the 401 as the answer.
    }
  }
  return again;
}
