import { genericMessage } from "./generic.js";
import { reason, statusOf, text, type VendorDialect } from "./dialect.js";

/**
 * Creovai documents no error bodies; its 400 is "the validation message as text" and its server is
 * ASP.NET, so the texts follow ASP.NET's (`The SessionId field is required.`), as plain text.
 */
export const creovai: VendorDialect = {
  name: "creovai",
  error(problem) {
    const status = statusOf(problem);
    switch (problem.kind) {
      case "auth":
        return text(status, "Authorization has been denied for this request.");
      case "body": {
        const schema = problem.schema;
        if (problem.reason !== "malformed" && schema?.kind === "missing") {
          return text(status, `The ${schema.path} field is required.`);
        }
        return text(status, `The request is invalid: ${problem.detail}`);
      }
      default:
        return text(status, genericMessage(problem));
    }
  },
  statusError: (status) => text(status, reason(status)),
};
