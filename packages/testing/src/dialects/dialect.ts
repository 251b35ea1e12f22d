import { STATUS_CODES } from "node:http";
import type { OperationSpec } from "../operations.js";
import type { Problem } from "../problem.js";

/** An auth problem, as the dialects see it. */
export type AuthProblem = Extract<Problem, { kind: "auth" }>;

/** An error answer in a vendor's shape. */
export interface ErrorAnswer {
  status: number;
  /** A JSON value, or text when `type` is `text/plain`. */
  body: unknown;
  type: "application/json" | "text/plain";
}

/** What the request looked like, for vendor rules beyond the schema. */
export interface RuleInput {
  query: URLSearchParams;
  body: unknown;
}

/**
 * How one vendor answers what it refuses. Each vendor's error shape and texts come from its docs
 * (through the spec's error examples where the docs give texts); what the docs leave open is chosen
 * to be plausible, and each dialect's file says which is which.
 */
export interface VendorDialect {
  /** `dixa`, `haptik`, ... or `generic`. */
  name: string;
  /** The answer for a refused request. `auth` lists every auth problem, most basic first. */
  error(problem: Problem, operation: OperationSpec | undefined, auth: AuthProblem[]): ErrorAnswer;
  /** A body for an error status the spec gives no example for (fault steps, `respond({ status })`). */
  statusError(status: number): ErrorAnswer;
  /** Vendor rules the schema cannot express, checked after it. */
  rule?(operation: OperationSpec, input: RuleInput): Problem | undefined;
  /** Which of a response's examples answers this valid request (default: the first). */
  example?(operation: OperationSpec, input: RuleInput, names: string[]): string | undefined;
  /**
   * Whether a documented error example may answer `status` (default: any may). A response keyed
   * `4XX` covers several statuses with examples of one of them each (a gRPC body's `code`).
   */
  exampleFits?(status: number, example: unknown): boolean;
}

/** The reason phrase of a status (`Service Unavailable`), for bodies the docs leave open. */
export const reason = (status: number): string => STATUS_CODES[status] ?? `HTTP ${status}`;

/** A JSON error answer. */
export const json = (status: number, body: unknown): ErrorAnswer => ({
  status,
  body,
  type: "application/json",
});

/** A plain-text error answer. */
export const text = (status: number, body: string): ErrorAnswer => ({
  status,
  body,
  type: "text/plain",
});

/** The status a problem is refused with, unless a vendor says otherwise. */
export function statusOf(problem: Problem): number {
  switch (problem.kind) {
    case "auth":
      return 401;
    case "content-type":
      return 415;
    case "rule":
      return problem.status;
    case "not-found":
      return 404;
    case "method-not-allowed":
      return 405;
    default:
      return 400;
  }
}

/** Every error-message example the operation documents for `status` (`{ <field>: "..." }` bodies). */
export function documentedMessages(
  operation: OperationSpec | undefined,
  status: number,
  field: string,
): string[] {
  const response = operation?.responses.find((r) => r.key === String(status));
  const out: string[] = [];
  for (const media of response?.content ?? []) {
    for (const value of media.examples.values()) {
      const message = (value as Record<string, unknown> | null)?.[field];
      if (typeof message === "string") out.push(message);
    }
  }
  return out;
}
