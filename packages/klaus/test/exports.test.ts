import { describe, expect, it } from "vitest";
import * as pkg from "@cxkit/klaus";

describe("@cxkit/klaus exports", () => {
  it("exports createKlausClient and the operations table", () => {
    expect(typeof pkg.createKlausClient).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("@cxkit/klaus");
    expect(pkg.operations.map((op) => op.operationId)).toContain("sendCsatEvent");
  });
});
