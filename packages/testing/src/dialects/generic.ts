import type { Problem } from "../problem.js";
import { json, reason, statusOf, type VendorDialect } from "./dialect.js";

/** A plausible one-line text for a problem, for vendors that document none. */
export function genericMessage(problem: Problem): string {
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

/** Any spec without a dialect of its own: `{ "message": ... }` JSON. */
export const generic: VendorDialect = {
  name: "generic",
  error: (problem) => json(statusOf(problem), { message: genericMessage(problem) }),
  statusError: (status) => json(status, { message: reason(status) }),
};
