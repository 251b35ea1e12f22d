import { describe, expect, it } from "vitest";
import { DIALECT_NAMES, dialectFor } from "../../src/dialects/index.js";
import { VENDOR_NAMES } from "../helpers.js";

describe("dialectFor", () => {
  it("every vendor with a spec has a dialect of its own name", () => {
    for (const vendor of VENDOR_NAMES) expect(dialectFor(vendor).name).toBe(vendor);
    expect([...DIALECT_NAMES].sort()).toEqual([...VENDOR_NAMES, "generic", "grpc"].sort());
  });

  it("an unknown or absent name gets the generic dialect", () => {
    expect(dialectFor("zendesk").name).toBe("generic");
    expect(dialectFor(undefined).name).toBe("generic");
  });
});
