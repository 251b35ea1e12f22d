// Conformance of our Dixa spec (specs/dixa/openapi.yaml) with Dixa's own OpenAPI description
// (../shared/upstream-specs/dixa-api-beta.openapi.yaml, whose /beta/ paths are today's /v1/).
//
// The comparison is @cxkit-tools/spec-drift's engine with the Dixa profile (scripts/spec-drift/src/
// vendors/dixa.ts), the same one `npm run spec:drift -- dixa <file>` runs. For every operation we declare,
// the upstream file must have the same method + path, and these must agree: the host, tags and
// deprecation, path and query parameters (names, `required`, schema type/format), the request body
// (whether it is required, media types, and per object or per oneOf variant: property names and
// `required` lists), the set of response status codes, which 2xx answers have a body, and the property
// names / `required` lists of each 2xx body and of its `data` (an object, an array of objects, a oneOf).
//
// Deliberate differences are the profile's exceptions, each with its reason. A difference that is not
// listed fails the test, and so does a listed exception that no longer matches a real difference.
//
// Every upstream operation must be declared. The profile's not-upstream operations (the Dixa Exports API
// on exports.dixa.io, which Dixa's file does not describe) are not compared; the test checks there are
// exactly those two, with their server and bearer security. The checks after the comparison (discriminated
// unions, error bodies, pagination) are about our spec alone.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { deref, isObject, type JsonObject } from "@cxkit-tools/openapi";
import {
  aspectReport,
  dixa,
  exceptionProblems,
  flatten,
  measureDrift,
  type Aspect,
  type OperationDrift,
} from "@cxkit-tools/spec-drift";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const drift = await measureDrift(dixa, { root });
const ours = drift.ours.doc;
const [upstream] = drift.upstreams;

/** A member of a JSON value by a chain of keys (indexes for lists); undefined where a step is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => {
    if (Array.isArray(node)) return node[Number(key)];
    return isObject(node) ? node[key] : undefined;
  }, value);
}

const operations = drift.result.operations;
const compared = operations.filter((o) => o.status !== "not-upstream");
const exportsOperations = operations.filter((o) => o.status === "not-upstream");

/** The Dixa Exports API (https://exports.dixa.io): documented on docs.dixa.io, absent from the file. */
const EXPORTS_PATHS = ["/v1/conversation_export", "/v1/message_export"];

/** Expects one aspect of one operation to conform: nothing unexplained, no stale exception. */
function check(o: OperationDrift, aspect: Aspect): void {
  const { unexplained, stale } = aspectReport(drift, o.operationId, aspect);
  expect(unexplained, "differences from Dixa's file that are not listed in `exceptions`").toEqual(
    [],
  );
  expect(stale, "entries in `exceptions` that no longer match a difference").toEqual([]);
}

const EXPECTED_OPERATIONS = 125;

describe("Dixa spec vs Dixa's own OpenAPI file", () => {
  it(`declares ${EXPECTED_OPERATIONS} operations with unique operationIds`, () => {
    expect(operations).toHaveLength(EXPECTED_OPERATIONS);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    expect(compared).toHaveLength(123);
  });

  it("covers every upstream operation", () => {
    expect(upstream?.operations).toHaveLength(123);
    expect(drift.result.upstreamCount).toBe(123);
    expect(drift.result.upstreamOnly.map((u) => u.key)).toEqual([]);
  });

  it("has exactly the 2 Exports API operations on another server, none of them upstream", () => {
    expect(exportsOperations.map((o) => `${o.ours.method} ${o.ours.path}`).sort()).toEqual(
      EXPORTS_PATHS.map((p) => `GET ${p}`),
    );
    for (const o of exportsOperations) {
      expect(o.upstream, o.ours.path).toBeUndefined();
      expect(o.differences, o.ours.path).toEqual([]);
      expect(o.ours.pathItem.servers, o.ours.path).toEqual([
        expect.objectContaining({ url: "https://exports.dixa.io" }),
      ]);
      expect(o.ours.operation.security, o.ours.path).toEqual([{ bearer: [] }]);
    }
    expect(ours.security).toEqual([{ apiKey: [] }]);
  });

  it("lists exceptions only for operations we compare, each once and with a reason", () => {
    const ids = new Set(compared.map((o) => o.operationId));
    expect(exceptionProblems(dixa.exceptions, ids)).toEqual([]);
  });

  it("discriminates every oneOf by a required `_type` const, except the listed plain unions", () => {
    // Unions whose members carry no `_type` on the wire, with the reason.
    const undiscriminated: Record<string, string> = {
      "components/schemas/CustomAttributeValue":
        "plain JSON values (a string or a list of strings)",
      "components/schemas/CustomAttributesPatch/additionalProperties":
        "plain JSON values (string, list of strings, null)",
      "components/schemas/MetricQuery":
        "Dixa's own samples send no `_type`; the shapes differ by `periodFilter`",
      "components/schemas/MetricRecordQuery":
        "Dixa's own samples send no `_type`; the shapes differ by `periodFilter`",
    };
    const found: string[] = [];
    const problems: string[] = [];
    const checkUnion = (node: JsonObject, oneOf: unknown[], where: string): void => {
      expect(at(node, "discriminator", "propertyName"), where).toBe("_type");
      const mapping = at(node, "discriminator", "mapping");
      const refs = oneOf.map((v) => at(v, "$ref"));
      expect(Object.values(isObject(mapping) ? mapping : {}).sort(), `${where} mapping`).toEqual(
        [...refs].sort(),
      );
      for (const [wire, ref] of Object.entries(isObject(mapping) ? mapping : {})) {
        const variant = flatten({ doc: ours, node: { $ref: ref } });
        const typeProp = deref(ours, at(variant, "properties", "_type"));
        const required = at(variant, "required");
        if (!Array.isArray(required) || !required.includes("_type"))
          problems.push(`${String(ref)}: _type not required`);
        if (at(typeProp, "const") !== wire)
          problems.push(`${String(ref)}: _type const is not ${wire}`);
      }
    };
    const visit = (node: unknown, where: string[]): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...where, String(i)]));
      if (!isObject(node)) return;
      if (Array.isArray(node.oneOf)) {
        if (node.discriminator === undefined) found.push(where.join("/"));
        else checkUnion(node, node.oneOf, where.join("/"));
      }
      for (const [k, v] of Object.entries(node)) visit(v, [...where, k]);
    };
    visit(ours, []);
    expect(found.sort()).toEqual(Object.keys(undiscriminated).sort());
    expect(problems).toEqual([]);
  });

  const cases = compared.map(
    (o) => [`${o.operationId} (${o.ours.method} ${o.ours.path})`, o] as const,
  );

  describe.each(cases)("%s", (_name, o) => {
    it("exists upstream at the same method and path", () => {
      expect(o.upstream, `${o.ours.method} ${o.ours.path} in ${upstream?.label}`).toBeDefined();
      check(o, "operation");
    });

    it("is served from the host upstream names", () => check(o, "server"));

    it("has the same tags and deprecation as upstream", () => check(o, "tags"));

    it("has the same path and query parameters", () => check(o, "parameters"));

    it("has the same request body", () => check(o, "requestBody"));

    it("has the same status codes and 2xx bodies", () => check(o, "responses"));
  });

  const allCases = operations.map(
    (o) => [`${o.operationId} (${o.ours.method} ${o.ours.path})`, o] as const,
  );

  describe.each(allCases)("%s", (_name, o) => {
    const responses = Object.entries(
      isObject(o.ours.operation.responses) ? o.ours.operation.responses : {},
    );

    it("answers every error status with ErrorResponse ({message} required)", () => {
      for (const [code, r0] of responses) {
        if (!/^[45]/.test(code)) continue;
        const r = deref(ours, r0);
        if (o.status === "not-upstream") {
          // The Exports API documents its error statuses but not their bodies: none is declared.
          expect(at(r, "content"), `response ${code}`).toBeUndefined();
          continue;
        }
        const schemaRef = at(r, "content", "application/json", "schema", "$ref");
        expect(schemaRef, `response ${code}`).toBe("#/components/schemas/ErrorResponse");
        expect(
          flatten({ doc: ours, node: { $ref: schemaRef } }).required,
          `response ${code}`,
        ).toContain("message");
      }
    });

    it("marks pagination exactly where pageKey/pageLimit are accepted", () => {
      const names = o.ours.parameters.map((p) => p.name);
      const paged = names.includes("pageKey") && names.includes("pageLimit");
      if (!paged) {
        expect(o.ours.operation["x-cxkit-pagination"]).toBeUndefined();
        return;
      }
      expect(o.ours.operation["x-cxkit-pagination"]).toEqual({
        style: "cursor-link",
        cursorParam: "pageKey",
        limitParam: "pageLimit",
        items: "data",
        next: "meta.next",
      });
      // The walk needs the items at `data` and the next link at `meta.next` of the 2xx body.
      const [code, r0] = responses.find(([c]) => c.startsWith("2")) ?? [];
      const body = deref(ours, at(deref(ours, r0), "content", "application/json", "schema"));
      expect(at(deref(ours, at(body, "properties", "data")), "type"), `response ${code} data`).toBe(
        "array",
      );
      expect(at(body, "properties", "meta", "$ref"), `response ${code} meta`).toBe(
        "#/components/schemas/PaginationLinks",
      );
    });
  });
});
