import type { AuthProblem, DialectOf } from "../dialects/index.js";
import type { OperationSpec, SecuritySchemeInfo } from "../operations.js";
import { describeProblem, type Problem } from "../problem.js";
import type { RouteMatch } from "../router.js";
import type { SchemaValidator } from "../schema-validator.js";
import { checkRequest } from "../validate.js";
import type { Credentials } from "./credentials.js";
import type { RecordedRequest } from "./record.js";

/** What judging a request needs besides the request. */
export interface InspectContext {
  validator: SchemaValidator;
  schemes: ReadonlyMap<string, SecuritySchemeInfo>;
  credentials: Credentials;
  /** The error dialect (and vendor rules) of each operation. */
  dialects: DialectOf;
}

/** Why a request is refused, with every auth problem it has; or the operation it validly calls. */
export type Verdict =
  { problem: Problem; auth: AuthProblem[] } | { problem: undefined; operation: OperationSpec };

/**
 * Judge a request whose body was read: routing first (unknown path, other method), then everything
 * the spec says (see `checkRequest`), the vendor's own rules, and the token endpoint's client check.
 * Writes the parsed body and the verdict into `record`.
 */
export async function inspect(
  context: InspectContext,
  match: RouteMatch,
  record: RecordedRequest,
  raw: Buffer,
  query: URLSearchParams,
): Promise<Verdict> {
  const verdict = await judge(context, match, record, raw, query);
  record.valid = verdict.problem === undefined;
  record.problem = verdict.problem ? describeProblem(verdict.problem) : undefined;
  return verdict;
}

async function judge(
  context: InspectContext,
  match: RouteMatch,
  record: RecordedRequest,
  raw: Buffer,
  query: URLSearchParams,
): Promise<Verdict> {
  const { method, path } = record;
  if (match.kind !== "operation") {
    record.body = record.text === "" ? undefined : record.text;
    const problem: Problem =
      match.kind === "not-found"
        ? { kind: "not-found", method, path }
        : { kind: "method-not-allowed", method, path, allowed: match.allowed };
    return { problem, auth: [] };
  }
  const { operation, pathParams } = match;
  const checked = await checkRequest(
    {
      operation,
      validator: context.validator,
      schemes: context.schemes,
      accepted: context.credentials.accepted,
    },
    { method, pathParams, query, headers: record.headers, raw },
  );
  record.body = checked.body;
  record.files = checked.files;
  const problem =
    checked.problem ??
    context.dialects(operation).rule?.(operation, { query, body: checked.body }) ??
    context.credentials.tokenRequestProblem(operation, checked.body);
  return problem ? { problem, auth: checked.authProblems } : { problem, operation };
}
