// What a fault step (see ../faults.ts) does to one request, once the request was read and its delay
// is over. Kept apart from the exchange itself so that each step's effect is plain data.
import type { FaultStep } from "../faults.js";
import { type OperationSpec, successStatus } from "../operations.js";
import type { Answers } from "./answer.js";
import type { Answer } from "./http.js";
import type { RecordedRequest } from "./record.js";

/** What the mock does instead of (or before) its normal answer. */
export type FaultOutcome =
  /** Send this answer instead of the normal one. */
  | { kind: "answer"; answer: Answer }
  /** Never answer; `close()` drops the connection. */
  | { kind: "hang" }
  /** Reset the connection without answering. */
  | { kind: "reset" }
  /** Answer as usual (the step only delayed it). */
  | { kind: "normal" };

// A JSON body cut off mid-value: what a proxy or a crashed server leaves a client with.
const MALFORMED_JSON = '{"data": [{"id": 1, "broken": ';

/** How long a step waits before it acts; undefined for no wait. */
export function faultDelay(step: FaultStep): number | undefined {
  return "delayMs" in step ? step.delayMs : undefined;
}

/** Whether a step resets the connection as soon as the request head arrives, before its body. */
export function resetsBeforeBody(step: FaultStep): boolean {
  return "reset" in step && step.reset === "before-body";
}

/** What a step does to a request of `op` (undefined: a request no operation matched). */
export function faultOutcome(
  step: FaultStep,
  op: OperationSpec | undefined,
  answers: Answers,
  record: RecordedRequest,
): FaultOutcome {
  if ("hang" in step) return { kind: "hang" };
  if ("reset" in step) return { kind: "reset" };
  if ("malformedJson" in step) {
    const status = step.status ?? (op ? successStatus(op) : 200);
    return { kind: "answer", answer: { status, type: "application/json", raw: MALFORMED_JSON } };
  }
  if ("status" in step) {
    const answer: Answer =
      "body" in step
        ? { status: step.status, body: step.body }
        : answers.forStatus(op, step.status, record);
    return { kind: "answer", answer: { ...answer, headers: step.headers } };
  }
  return { kind: "normal" };
}
