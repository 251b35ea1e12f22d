import type { OperationSpec } from "../operations.js";
import type { Problem } from "../problem.js";
import {
  type AuthProblem,
  documentedMessages,
  json,
  reason,
  statusOf,
  type VendorDialect,
} from "./dialect.js";

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

// The order Haptik's docs check credentials in: absent headers first, client-id before the token.
const AUTH_ORDER: [AuthProblem["reason"], string][] = [
  ["missing", "client-id"],
  ["missing", "authorization"],
  ["scheme", "authorization"],
  ["mismatch", "client-id"],
  ["mismatch", "authorization"],
];

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function pick(operation: OperationSpec | undefined, status: number, pattern: RegExp) {
  return documentedMessages(operation, status, "error_message").find((m) => pattern.test(m));
}

function authMessage(
  operation: OperationSpec | undefined,
  problem: AuthProblem,
  auth: AuthProblem[],
): string {
  const first =
    AUTH_ORDER.map(([why, header]) =>
      auth.find((p) => p.reason === why && p.header.toLowerCase() === header),
    ).find((p) => p !== undefined) ?? problem;
  const isClientId = first.header.toLowerCase() === "client-id";
  if (first.reason === "missing") return isClientId ? HAPTIK.clientIdMissing : HAPTIK.tokenMissing;
  if (first.reason === "scheme") return HAPTIK.invalidAuthorization;
  if (isClientId) return HAPTIK.invalidClientId;
  return pick(operation, 401, /^invalid token/i) ?? HAPTIK.invalidToken;
}

function haptikMessage(
  problem: Problem,
  operation: OperationSpec | undefined,
  auth: AuthProblem[],
): string {
  const missing = (field: string) =>
    pick(operation, 400, new RegExp(`^${escaped(field)} missing in the request$`)) ??
    `${field} missing in the request`;
  const invalid = (field: string) =>
    pick(operation, 400, new RegExp(`^invalid ${escaped(field)}( provided)?$`, "i")) ??
    `invalid ${field} provided`;
  // An operation documenting the group texts validates its parameters as groups (transcripts).
  const grouped = documentedMessages(operation, 400, "error_message").includes(HAPTIK.invalidGroup);
  switch (problem.kind) {
    case "auth":
      return authMessage(operation, problem, auth);
    case "parameter":
      if (problem.reason === "missing")
        return grouped ? HAPTIK.noValidGroup : missing(problem.name);
      return (
        pick(operation, 400, new RegExp(`^invalid ${escaped(problem.name)}$`, "i")) ??
        (grouped ? HAPTIK.invalidGroup : invalid(problem.name))
      );
    case "content-type":
      return `unsupported content type ${problem.received ?? "(none)"}, expected ${problem.expected.join(" or ")}`;
    case "body": {
      const field = problem.schema?.field;
      if (problem.reason === "malformed") return `invalid JSON in the request: ${problem.detail}`;
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
}

/** Haptik: `{ "error_message": ... }` with the texts its docs give. */
export const haptik: VendorDialect = {
  name: "haptik",
  error: (problem, operation, auth) =>
    json(statusOf(problem), { error_message: haptikMessage(problem, operation, auth) }),
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
