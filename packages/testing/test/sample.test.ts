import { describe, expect, it } from "vitest";
import { sampleFromSchema } from "../src/sample.js";
import { validatorFor } from "../src/schema-validator.js";
import { independentValidator, specOf, VENDOR_NAMES } from "./helpers.js";

// Every named schema of every spec: the generated sample must satisfy it, so that a response without
// an example still gets a body a client can parse and validate.
const schemas = VENDOR_NAMES.flatMap((vendor) => {
  const components = specOf(vendor).components as { schemas?: Record<string, unknown> };
  return Object.keys(components.schemas ?? {}).map(
    (name) => [`${vendor} ${name}`, vendor, `#/components/schemas/${name}`] as const,
  );
});

const validators = new Map(VENDOR_NAMES.map((v) => [v, independentValidator(specOf(v))]));

describe("sampleFromSchema", () => {
  it.each(schemas)("%s: the generated sample validates", (_label, vendor, pointer) => {
    const value = sampleFromSchema(specOf(vendor), pointer);
    expect(validators.get(vendor)!(pointer, value)).toEqual([]);
  });

  it("uses the spec's odd timestamp forms where a pattern asks for them", () => {
    expect(sampleFromSchema(specOf("haptik"), "#/components/schemas/HaptikTimestamp")).toBe(
      "06/22/20 07:24:25 AM UTC",
    );
    expect(sampleFromSchema(specOf("dixa"), "#/components/schemas/DixaTimestamp")).toBe(
      "2024-01-01T00:00:00Z",
    );
  });
});

describe("SchemaValidator.explain", () => {
  const validator = validatorFor(specOf("dixa"));
  it.each([
    ["NewInternalNote", { agentId: "x" }, "missing required field 'message'"],
    ["NewInternalNote", { message: 1 }, "expected string, got integer at 'message'"],
    [
      "NewConversation",
      { _type: "Fax" },
      `unknown _type "Fax" (expected one of "Callback", "Chat", "ContactForm", "Email", "Sms") at '_type'`,
    ],
    [
      "NewMessage",
      { _type: "Inbound", content: { _type: "Text" }, attachments: [] },
      "missing required field 'content.value'",
    ],
    [
      "NewInternalNotes",
      { data: [{ message: "a" }, {}] },
      "missing required field 'data[1].message'",
    ],
  ])("%s %j: %s", (name, value, message) => {
    expect(validator.explain(`#/components/schemas/${name}`, value)?.message).toBe(message);
  });
});
