import type { SchemaProblem } from "./schema-validator.js";

/**
 * Why the mock refused a request, before it is put into the vendor's own error shape
 * (see `dialects/`).
 */
export type Problem =
  /** A credential header is absent, in the wrong form, or (when credentials were given) wrong. */
  | {
      kind: "auth";
      reason: "missing" | "scheme" | "mismatch";
      /** The header, as the spec names it: `Authorization`, `client-id`. */
      header: string;
      /** `bearer` (or another HTTP auth scheme, lower case) or `apiKey`. */
      scheme: string;
      detail: string;
    }
  /** A path, query or header parameter is missing or does not fit its schema. */
  | {
      kind: "parameter";
      in: "path" | "query" | "header";
      name: string;
      reason: "missing" | "invalid";
      detail: string;
    }
  /** The body's media type is not one the operation takes. */
  | { kind: "content-type"; expected: string[]; received: string | undefined }
  /** The body is missing, cannot be parsed, or does not fit its schema. */
  | {
      kind: "body";
      reason: "missing" | "malformed" | "invalid";
      detail: string;
      /** For `invalid`: what is wrong, where; for `missing`: what an empty body would lack. */
      schema?: SchemaProblem;
    }
  /** A vendor rule beyond what the schema says (e.g. Haptik's parameter groups), already in words. */
  | { kind: "rule"; status: number; message: string }
  /** No operation has this path. */
  | { kind: "not-found"; method: string; path: string }
  /** The path exists, but not for this method. */
  | { kind: "method-not-allowed"; method: string; path: string; allowed: string[] };

/** One line describing a problem, for logs and `RecordedRequest.problem`. */
export function describeProblem(problem: Problem): string {
  switch (problem.kind) {
    case "auth":
      return `${problem.header} header: ${problem.detail}`;
    case "parameter":
      return `${problem.in} parameter ${problem.name}: ${problem.detail}`;
    case "content-type":
      return `content type ${problem.received ?? "(none)"}, expected ${problem.expected.join(" or ")}`;
    case "body":
      return `body: ${problem.detail}`;
    case "rule":
      return problem.message;
    case "not-found":
      return `no operation for ${problem.method} ${problem.path}`;
    case "method-not-allowed":
      return `${problem.method} not allowed on ${problem.path} (allowed: ${problem.allowed.join(", ")})`;
  }
}
