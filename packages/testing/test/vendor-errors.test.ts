import { describe, expect, it } from "vitest";
import { loadOperations } from "../src/operations.js";
import { documentedMessages, HAPTIK_DOCUMENTED_TEXTS } from "../src/vendor-errors.js";
import { specOf } from "./helpers.js";

describe("Haptik error texts", () => {
  it("every text the mock uses verbatim is documented in the Haptik spec's error examples", () => {
    const documented = loadOperations(specOf("haptik")).flatMap((op) =>
      [400, 401, 403, 500].flatMap((status) => documentedMessages(op, status, "error_message")),
    );
    for (const text of HAPTIK_DOCUMENTED_TEXTS) expect(documented, text).toContain(text);
  });
});
