import type { Problem } from "../problem.js";
import { json, statusOf, type VendorDialect } from "./dialect.js";

// A gRPC-Gateway service (Zendesk QA's Export and Import APIs): every error is a gRPC status,
// `{ code, message, details }`, where `code` is the gRPC status code, not the HTTP status. Which HTTP
// status goes with which code is not documented; the codes follow gRPC-Gateway's own table
// (runtime.HTTPStatusFromCode) read backwards, and its routing errors (404 NOT_FOUND, 405
// UNIMPLEMENTED). Messages are lower-case developer texts like the spec's examples
// ("invalid fromDate: value is required", "unauthenticated"); `details` is always empty.

/** gRPC status codes by number, as lower-case words (the default message of each). */
const CODE_WORDS: Readonly<Record<number, string>> = {
  1: "canceled",
  2: "unknown",
  3: "invalid argument",
  4: "deadline exceeded",
  5: "not found",
  6: "already exists",
  7: "permission denied",
  8: "resource exhausted",
  9: "failed precondition",
  10: "aborted",
  11: "out of range",
  12: "unimplemented",
  13: "internal error",
  14: "unavailable",
  15: "data loss",
  16: "unauthenticated",
};

const BY_STATUS: Readonly<Record<number, number>> = {
  400: 3,
  401: 16,
  403: 7,
  404: 5,
  405: 12,
  408: 4,
  409: 6,
  412: 9,
  415: 3,
  422: 3,
  429: 8,
  499: 1,
  500: 13,
  501: 12,
  503: 14,
  504: 4,
};

/**
 * The gRPC status code a gRPC-Gateway service answers an HTTP status with: 400 INVALID_ARGUMENT (3),
 * 401 UNAUTHENTICATED (16), 403 PERMISSION_DENIED (7), 404 NOT_FOUND (5), 429 RESOURCE_EXHAUSTED (8),
 * 500 INTERNAL (13), 503 UNAVAILABLE (14), ...; another 4xx INVALID_ARGUMENT, anything else UNKNOWN (2).
 */
export function grpcCodeOf(status: number): number {
  return BY_STATUS[status] ?? (status >= 400 && status < 500 ? 3 : 2);
}

/** A gRPC status body. */
export const grpcStatus = (code: number, message?: string) => ({
  code,
  message: message ?? CODE_WORDS[code] ?? "unknown",
  details: [] as unknown[],
});

function grpcMessage(problem: Problem): string {
  switch (problem.kind) {
    case "auth":
      return "unauthenticated";
    case "parameter":
      return problem.reason === "missing"
        ? `invalid ${problem.name}: value is required`
        : `invalid ${problem.name}: ${problem.detail}`;
    case "content-type":
      return `invalid content type ${problem.received ?? "(none)"}: expected ${problem.expected.join(" or ")}`;
    case "body": {
      const schema = problem.schema;
      if (problem.reason === "invalid" && schema && schema.path !== "") {
        // The field leads the message, as in protovalidate's; the schema text's " at '<path>'" goes.
        const what = schema.message.replace(` at '${schema.path}'`, "");
        return schema.kind === "missing"
          ? `invalid ${schema.path}: value is required`
          : `invalid ${schema.path}: ${what}`;
      }
      return `invalid request body: ${problem.detail}`;
    }
    case "rule":
      return problem.message;
    case "not-found":
      return "Not Found";
    case "method-not-allowed":
      return "Method Not Allowed";
  }
}

/**
 * gRPC status errors, `{ code, message, details: [] }` (Zendesk QA's Export and Import APIs, or any
 * operation whose error schema is a gRPC status). An error example the spec documents is only used for
 * a status whose gRPC code it carries.
 */
export const grpc: VendorDialect = {
  name: "grpc",
  error(problem) {
    const status = statusOf(problem);
    return json(status, grpcStatus(grpcCodeOf(status), grpcMessage(problem)));
  },
  statusError: (status) => json(status, grpcStatus(grpcCodeOf(status))),
  exampleFits(status, example) {
    const code = (example as { code?: unknown } | null)?.code;
    return code === grpcCodeOf(status);
  },
};
