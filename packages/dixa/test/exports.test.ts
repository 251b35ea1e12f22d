import { describe, expect, it } from "vitest";
import * as pkg from "@cxkit/dixa";

describe("@cxkit/dixa exports", () => {
  it("exports createDixaClient and the operations table", () => {
    expect(typeof pkg.createDixaClient).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("@cxkit/dixa");
    expect(pkg.operations.map((op) => op.operationId)).toContain("createConversation");
  });
});
