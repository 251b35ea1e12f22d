import { describe, expect, it } from "vitest";
import * as pkg from "@cxkit/creovai";

describe("@cxkit/creovai exports", () => {
  it("exports createCreovaiClient and the operations table", () => {
    expect(typeof pkg.createCreovaiClient).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("@cxkit/creovai");
    expect(pkg.operations.map((op) => op.operationId)).toContain("getToken");
    expect(pkg.operations).toHaveLength(37);
  });

  it.each([
    "callIdOf",
    "chatCallId",
    "uploadChat",
    "captureChat",
    "captureCase",
    "uploadCall",
    "captureCall",
    "validateChat",
    "validateCase",
    "validateCall",
  ] as const)("exports the helper %s", (name) => {
    expect(typeof pkg[name]).toBe("function");
  });

  it("re-exports the runtime's errors", () => {
    expect(new pkg.ValidationError("m", "body.x")).toBeInstanceOf(pkg.CxkitError);
    expect(typeof pkg.ResponseParseError).toBe("function");
  });
});
