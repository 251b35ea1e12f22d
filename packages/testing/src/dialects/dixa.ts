import type { Problem } from "../problem.js";
import { json, reason, statusOf, type VendorDialect } from "./dialect.js";

// Dixa's API is built with tapir: 400 texts are tapir's ("Invalid value for: body", "Invalid value
// for: path parameter conversationId", as in the docs' error lists) with the detail tapir adds in
// parentheses. The 401 (missing or malformed Authorization) and 415 texts are tapir's form for a
// header; Dixa does not document them.
function dixaMessage(problem: Problem): string {
  switch (problem.kind) {
    case "auth":
      return `Invalid value for: header ${problem.header} (${problem.detail})`;
    case "parameter": {
      const where = problem.in === "header" ? "header" : `${problem.in} parameter`;
      return `Invalid value for: ${where} ${problem.name} (${problem.detail})`;
    }
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
}

/** Dixa: `{ "message": ... }` for every error, in tapir's words. */
export const dixa: VendorDialect = {
  name: "dixa",
  error: (problem) => json(statusOf(problem), { message: dixaMessage(problem) }),
  statusError: (status) => json(status, { message: reason(status) }),
};
