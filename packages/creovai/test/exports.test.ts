import { describe, expect, it } from "vitest";
import * as pkg from "@cxkit/creovai";

describe("@cxkit/creovai exports", () => {
  it("exports createCreovaiClient and the operations table", () => {
    expect(typeof pkg.createCreovaiClient).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("@cxkit/creovai");
    expect(pkg.operations.map((op) => op.operationId)).toContain("getToken");
  });
});
