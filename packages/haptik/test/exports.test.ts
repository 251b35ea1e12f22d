import { describe, expect, it } from "vitest";
import * as pkg from "@cxkit/haptik";

describe("@cxkit/haptik exports", () => {
  it("exports createHaptikClient and the operations table", () => {
    expect(typeof pkg.createHaptikClient).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("@cxkit/haptik");
    expect(pkg.operations.map((op) => op.operationId)).toContain("sendChatToAgent");
  });
});
