// Every example in every spec validates against its schema (JSON Schema 2020-12), so the samples we
// copied from vendor docs and the schemas we wrote can never drift apart unnoticed.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vendors = readdirSync(path.join(root, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const pointer = (...parts: string[]) =>
  "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Every example of the spec with the JSON pointer of the schema it must satisfy. */
function collectExamples(spec: Record<string, any>): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromMedia = (media: any, base: string[], where: string) => {
    if (!media?.schema) return;
    for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
      cases.push({
        where: `${where} example "${name}"`,
        schemaPointer: pointer(...base, "schema"),
        value: example.value,
      });
    }
    if (media.example !== undefined) {
      cases.push({
        where: `${where} example`,
        schemaPointer: pointer(...base, "schema"),
        value: media.example,
      });
    }
  };
  // Operations (`paths`) and the events a vendor sends (`webhooks`) carry examples alike.
  const sections = [
    ["paths", spec.paths ?? {}],
    ["webhooks", spec.webhooks ?? {}],
  ] as const;
  for (const [section, items] of sections) {
    for (const [route, item] of Object.entries<any>(items)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const label = section === "paths" ? `${method.toUpperCase()} ${route}` : `webhook ${route}`;
        for (const [type, media] of Object.entries<any>(op.requestBody?.content ?? {})) {
          fromMedia(
            media,
            [section, route, method, "requestBody", "content", type],
            `${label} request ${type}`,
          );
        }
        for (const [status, response] of Object.entries<any>(op.responses ?? {})) {
          for (const [type, media] of Object.entries<any>(response.content ?? {})) {
            fromMedia(
              media,
              [section, route, method, "responses", status, "content", type],
              `${label} ${status} ${type}`,
            );
          }
        }
        (op.parameters ?? []).forEach((param: any, index: number) => {
          if (param.$ref) return;
          for (const [name, example] of Object.entries<any>(param.examples ?? {})) {
            cases.push({
              where: `${label} parameter ${param.name} example "${name}"`,
              schemaPointer: pointer(section, route, method, "parameters", String(index), "schema"),
              value: example.value,
            });
          }
          if (param.example !== undefined) {
            cases.push({
              where: `${label} parameter ${param.name} example`,
              schemaPointer: pointer(section, route, method, "parameters", String(index), "schema"),
              value: param.example,
            });
          }
        });
      }
    }
  }
  return cases;
}

function validatorFor(spec: Record<string, unknown>) {
  // `discriminator` and `x-` keywords are OpenAPI's, not JSON Schema's: allowed, not enforced by ajv;
  // every variant's `_type` const does the discriminating.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" });
  return (schemaPointer: string, value: unknown) => {
    const validate =
      ajv.getSchema(`spec${schemaPointer}`) ?? ajv.compile({ $ref: `spec${schemaPointer}` });
    const ok = validate(value);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
}

describe.each(vendors)("specs/%s/openapi.yaml examples", (vendor) => {
  const spec = YAML.parse(readFileSync(path.join(root, "specs", vendor, "openapi.yaml"), "utf8"));
  const cases = collectExamples(spec);
  const validate = validatorFor(spec);

  it("has examples, and every operation and every webhook event has at least one", () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const [route, item] of Object.entries<any>(spec.paths)) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const label = `${method.toUpperCase()} ${route}`;
        expect(
          cases.some((c) => c.where.startsWith(`${label} `)),
          label,
        ).toBe(true);
      }
    }
    for (const name of Object.keys(spec.webhooks ?? {})) {
      expect(
        cases.some((c) => c.where.startsWith(`webhook ${name} `)),
        `webhook ${name}`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s", (_where, c) => {
    expect(validate(c.schemaPointer, c.value)).toEqual([]);
  });
});

describe("the validator is not vacuous", () => {
  it("rejects a Dixa note without its required message and a malformed Haptik timestamp", () => {
    const dixa = YAML.parse(readFileSync(path.join(root, "specs/dixa/openapi.yaml"), "utf8"));
    const validateDixa = validatorFor(dixa);
    expect(validateDixa("#/components/schemas/NewInternalNote", { agentId: "x" })).not.toEqual([]);
    expect(
      validateDixa("#/components/schemas/DixaTimestamp", "2021-12-01T12:46:36.581Z[GMT]"),
    ).toEqual([]);
    expect(validateDixa("#/components/schemas/DixaTimestamp", "yesterday")).not.toEqual([]);
    // A pointer through paths (with `{` and `/` in the route) reaches the real schema.
    const notes = pointer(
      "paths",
      "/v1/conversations/{conversationId}/notes",
      "post",
      "requestBody",
      "content",
      "application/json",
      "schema",
    );
    expect(validateDixa(notes, { message: "hi" })).toEqual([]);
    expect(validateDixa(notes, { agentId: "x" })).not.toEqual([]);
    const haptik = YAML.parse(readFileSync(path.join(root, "specs/haptik/openapi.yaml"), "utf8"));
    const validateHaptik = validatorFor(haptik);
    expect(
      validateHaptik("#/components/schemas/HaptikTimestamp", "06/22/20 07:24:25 AM UTC"),
    ).toEqual([]);
    expect(
      validateHaptik("#/components/schemas/HaptikTimestamp", "2020-06-22T07:24:25Z"),
    ).not.toEqual([]);
  });
});
