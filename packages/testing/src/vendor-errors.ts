import { STATUS_CODES } from "node:http";
import type { OperationSpec } from "./operations.js";
import type { Problem } from "./problem.js";

type AuthProblem = Extract<Problem, { kind: "auth" }>;

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
 * to be plausible and is said so below.
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
}

const reason = (status: number) => STATUS_CODES[status] ?? `HTTP ${status}`;
const json = (status: number, body: unknown): ErrorAnswer => ({
  status,
  body,
  type: "application/json",
});
const text = (status: number, body: string): ErrorAnswer => ({ status, body, type: "text/plain" });

function statusOf(problem: Problem): number {
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

// Dixa: `{ "message": ... }` for every error; 400 texts are tapir's ("Invalid value for: body",
// "Invalid value for: path parameter conversationId", in the docs' error lists) with the detail tapir
// adds in parentheses. The texts for 401 (missing or malformed Authorization) and 415 are tapir's form
// for a header; Dixa does not document them.
const dixa: VendorDialect = {
  name: "dixa",
  error(problem) {
    const status = statusOf(problem);
    const message = (() => {
      switch (problem.kind) {
        case "auth":
          return `Invalid value for: header ${problem.header} (${problem.detail})`;
        case "parameter":
          return `Invalid value for: ${problem.in === "header" ? "header" : `${problem.in} parameter`} ${problem.name} (${problem.detail})`;
        case "content-type":
          return `Invalid value for: header Content-Type (${problem.received ?? "missing"}, expected ${problem.expected.join(" or ")})`;
        case "body":
          return `Invalid value for: body (${problem.detail})`;
        case "rule":
          return problem.message;
        case "not-found":
          return "The requested resource could not be found";
        case "method-not-allowed":
          return "Method Not Allowed";
      }
    })();
    return json(status, { message });
  },
  statusError: (status) => json(status, { message: reason(status) }),
};

// Haptik: `{ "error_message": ... }` with the docs' own texts, which the spec carries as examples of
// each operation's 400/401 answers; a text is taken from there when the operation documents one.
// Missing headers are checked client-id first, as the docs list them. Body problems read
// "<field> missing in the request" / "invalid <field> provided" like the documented ones.
// getChatHistory's parameter groups are a rule of their own ("Argument group validation: ...").
const HAPTIK = {
  clientIdMissing: "client_id missing in headers",
  tokenMissing: "token missing in headers",
  invalidAuthorization: "invalid authorization in headers",
  invalidClientId: "invalid client_id in headers",
  invalidToken: "invalid token provided",
  noValidGroup: "Argument group validation: no valid group.",
  invalidGroup: "Argument group validation: invalid group found.",
} as const;

/** The Haptik error texts the mock uses verbatim; each is an example in specs/haptik/openapi.yaml. */
export const HAPTIK_DOCUMENTED_TEXTS: readonly string[] = Object.values(HAPTIK);

function haptikPick(operation: OperationSpec | undefined, status: number, pattern: RegExp) {
  return documentedMessages(operation, status, "error_message").find((m) => pattern.test(m));
}

const haptik: VendorDialect = {
  name: "haptik",
  error(problem, operation, auth) {
    const status = statusOf(problem);
    const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const missing = (field: string) =>
      haptikPick(operation, 400, new RegExp(`^${escaped(field)} missing in the request$`)) ??
      `${field} missing in the request`;
    const invalid = (field: string) =>
      haptikPick(operation, 400, new RegExp(`^invalid ${escaped(field)}( provided)?$`, "i")) ??
      `invalid ${field} provided`;
    const grouped = documentedMessages(operation, 400, "error_message").includes(
      HAPTIK.invalidGroup,
    );
    const message = (() => {
      switch (problem.kind) {
        case "auth": {
          const order: [AuthProblem["reason"], string][] = [
            ["missing", "client-id"],
            ["missing", "authorization"],
            ["scheme", "authorization"],
            ["mismatch", "client-id"],
            ["mismatch", "authorization"],
          ];
          const first =
            order
              .map(([why, header]) =>
                auth.find((p) => p.reason === why && p.header.toLowerCase() === header),
              )
              .find((p) => p !== undefined) ?? problem;
          const isClientId = first.header.toLowerCase() === "client-id";
          if (first.reason === "missing") {
            return isClientId ? HAPTIK.clientIdMissing : HAPTIK.tokenMissing;
          }
          if (first.reason === "scheme") return HAPTIK.invalidAuthorization;
          if (isClientId) return HAPTIK.invalidClientId;
          return haptikPick(operation, 401, /^invalid token/i) ?? HAPTIK.invalidToken;
        }
        case "parameter":
          if (problem.reason === "missing")
            return grouped ? HAPTIK.noValidGroup : missing(problem.name);
          return (
            haptikPick(operation, 400, new RegExp(`^invalid ${escaped(problem.name)}$`, "i")) ??
            (grouped ? HAPTIK.invalidGroup : invalid(problem.name))
          );
        case "content-type":
          return `unsupported content type ${problem.received ?? "(none)"}, expected ${problem.expected.join(" or ")}`;
        case "body": {
          const field = problem.schema?.field;
          if (problem.reason === "malformed")
            return `invalid JSON in the request: ${problem.detail}`;
          if (!field) return `invalid request body: ${problem.detail}`;
          return problem.schema?.kind === "missing" && problem.schema.path === field
            ? missing(field)
            : invalid(field);
        }
        case "rule":
          return problem.message;
        case "not-found":
          return "not found";
        case "method-not-allowed":
          return "method not allowed";
      }
    })();
    return json(status, { error_message: message });
  },
  statusError: (status) => json(status, { error_message: reason(status) }),
  rule(operation, { query }) {
    if (operation.operationId !== "getChatHistory") return undefined;
    const group1 = query.has("business_id") && query.has("user_name");
    const group2 = query.has("pxut");
    return group1 || group2
      ? undefined
      : { kind: "rule", status: 400, message: HAPTIK.noValidGroup };
  },
  example(operation, { query }, names) {
    // The transcript comes as `chat_text` when response_type=text, as `chat_json` otherwise.
    if (operation.operationId !== "getChatHistory") return undefined;
    const wanted = query.get("response_type") === "text" ? "text" : "json";
    return names.includes(wanted) ? wanted : undefined;
  },
};

// Klaus documents no error body or status: `{ "message": ... }` JSON, 401 for credentials.
const klaus: VendorDialect = {
  name: "klaus",
  error(problem) {
    return json(statusOf(problem), { message: genericMessage(problem) });
  },
  statusError: (status) => json(status, { message: reason(status) }),
};

// Creovai documents no error bodies; its 400 is "the validation message as text" and its server is
// ASP.NET, so the texts follow ASP.NET's ("The SessionId field is required.") as plain text.
const creovai: VendorDialect = {
  name: "creovai",
  error(problem) {
    const status = statusOf(problem);
    switch (problem.kind) {
      case "auth":
        return text(status, "Authorization has been denied for this request.");
      case "body": {
        const schema = problem.schema;
        if (problem.reason === "malformed")
          return text(status, `The request is invalid: ${problem.detail}`);
        if (schema?.kind === "missing")
          return text(status, `The ${schema.path} field is required.`);
        return text(status, `The request is invalid: ${problem.detail}`);
      }
      default:
        return text(status, genericMessage(problem));
    }
  },
  statusError: (status) => text(status, reason(status)),
};

function genericMessage(problem: Problem): string {
  switch (problem.kind) {
    case "auth":
      return `Unauthorized: ${problem.header} header ${problem.detail}`;
    case "parameter":
      return `Invalid ${problem.in} parameter ${problem.name}: ${problem.detail}`;
    case "content-type":
      return `Unsupported content type ${problem.received ?? "(none)"}, expected ${problem.expected.join(" or ")}`;
    case "body":
      return `Invalid request body: ${problem.detail}`;
    case "rule":
      return problem.message;
    case "not-found":
      return "Not Found";
    case "method-not-allowed":
      return "Method Not Allowed";
  }
}

// Any other spec: `{ "message": ... }` JSON.
const generic: VendorDialect = { ...klaus, name: "generic" };

const dialects: Record<string, VendorDialect> = { dixa, haptik, klaus, creovai, generic };

/** The error dialect of a vendor (`generic` for an unknown name). */
export function dialectFor(name: string | undefined): VendorDialect {
  return (name !== undefined ? dialects[name] : undefined) ?? generic;
}
