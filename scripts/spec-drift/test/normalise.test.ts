// Reading descriptions into the one shape: Swagger 2.0 (body and form parameters, definitions, host and
// basePath, collectionFormat, shared parameters and responses), OpenAPI 3.0's nullable, version detection.
import { describe, expect, it } from "vitest";
import {
  normaliseDescription,
  parseDescription,
  swagger2ToOpenApi3,
  type NormalisedOperation,
} from "@cxkit-tools/spec-drift";

const swagger = {
  swagger: "2.0",
  info: { title: "t", version: "1" },
  host: "acme.example.com",
  basePath: "/qa",
  consumes: ["application/json"],
  produces: ["application/json"],
  parameters: {
    workspace: { name: "workspace", in: "path", required: true, type: "string" },
  },
  responses: {
    Oops: { description: "oops", schema: { $ref: "#/definitions/rpcStatus" } },
  },
  paths: {
    "/api/{workspace}/tickets": {
      parameters: [{ $ref: "#/parameters/workspace" }],
      post: {
        operationId: "Import",
        parameters: [
          { name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Request" } },
        ],
        responses: {
          "200": { description: "ok", schema: { $ref: "#/definitions/Reply" } },
          default: { $ref: "#/responses/Oops" },
        },
      },
      delete: {
        operationId: "Delete",
        parameters: [
          {
            name: "ids",
            in: "query",
            type: "array",
            items: { type: "string" },
            collectionFormat: "multi",
          },
          { name: "tags", in: "query", type: "array", items: { type: "string" } },
          { name: "page", in: "query", type: "integer", format: "int32", required: false },
        ],
        responses: { "200": { description: "ok" } },
      },
    },
    "/api/upload": {
      post: {
        operationId: "Upload",
        consumes: ["multipart/form-data"],
        schemes: ["https"],
        parameters: [
          { name: "file", in: "formData", type: "file", required: true },
          { name: "note", in: "formData", type: "string" },
        ],
        responses: { "204": { description: "done" } },
      },
    },
  },
  definitions: {
    Request: {
      type: "object",
      properties: { data: { type: "array", items: { $ref: "#/definitions/Ticket" } } },
    },
    Ticket: { type: "object", properties: { id: { type: "string", "x-nullable": true } } },
    Reply: { type: "object", properties: { ok: { type: "boolean" } } },
    rpcStatus: { type: "object", properties: { code: { type: "integer", format: "int32" } } },
  },
  securityDefinitions: { ApiKeyAuth: { type: "apiKey", in: "header", name: "Authorization" } },
};

function operation(id: string): NormalisedOperation {
  const spec = normaliseDescription(swagger, "export", "export.json");
  const op = spec.operations.find((o) => o.operationId === id);
  if (op === undefined) throw new Error(`no ${id}`);
  return op;
}

describe("Swagger 2.0", () => {
  it("is read as OpenAPI 3.1: server from host + basePath, schemas from definitions", () => {
    const doc = swagger2ToOpenApi3(swagger);
    expect(doc.servers).toEqual([{ url: "https://acme.example.com/qa" }]);
    expect(doc.components).toEqual({
      schemas: expect.objectContaining({
        Request: expect.any(Object),
        rpcStatus: expect.any(Object),
      }),
      securitySchemes: swagger.securityDefinitions,
    });
    expect(JSON.stringify(doc)).not.toContain("#/definitions/");
    expect(normaliseDescription(swagger, "export", "x").format).toBe("Swagger 2.0");
  });

  it("reads `in: body` as the request body, with the media types it consumes", () => {
    const op = operation("Import");
    expect(op.requestBody?.required).toBe(true);
    expect([...(op.requestBody?.content.keys() ?? [])]).toEqual(["application/json"]);
    expect(op.requestBody?.content.get("application/json")?.node).toEqual({
      $ref: "#/components/schemas/Request",
    });
    expect(op.parameters.map((p) => `${p.in} ${p.name} ${p.required}`)).toEqual([
      "path workspace true",
    ]);
    expect(op.server).toBe("https://acme.example.com/qa");
  });

  it("reads response schemas as content (shared #/responses inlined), and no schema as no body", () => {
    const op = operation("Import");
    expect(op.responses.get("200")?.content.get("application/json")?.node).toEqual({
      $ref: "#/components/schemas/Reply",
    });
    expect(op.responses.get("default")?.content.get("application/json")?.node).toEqual({
      $ref: "#/components/schemas/rpcStatus",
    });
    expect(operation("Delete").responses.get("200")?.content.size).toBe(0);
  });

  it.each([
    ["ids", "form+explode"],
    ["tags", "form"],
    ["page", undefined],
  ])("gives query parameter %s a schema and its collectionFormat as %s", (name, serialisation) => {
    const p = operation("Delete").parameters.find((x) => x.name === name);
    expect(p?.serialisation).toBe(serialisation);
    expect(p?.required).toBe(false);
  });

  it("keeps type and format of a parameter in its schema", () => {
    const p = operation("Delete").parameters.find((x) => x.name === "page");
    expect(p?.schema.node).toEqual({ type: "integer", format: "int32" });
  });

  it("reads formData parameters as a form body (type file as binary)", () => {
    const body = operation("Upload").requestBody;
    expect(body?.required).toBe(true);
    expect(body?.content.get("multipart/form-data")?.node).toEqual({
      type: "object",
      properties: { file: { type: "string", format: "binary" }, note: { type: "string" } },
      required: ["file"],
    });
  });

  it("reads x-nullable as a null type", () => {
    const doc = swagger2ToOpenApi3(swagger);
    expect(JSON.stringify(doc)).toContain('"id":{"type":["string","null"]}');
  });
});

describe("OpenAPI 3.0 and 3.1", () => {
  const v30 = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {},
    components: {
      schemas: {
        A: { type: "string", nullable: true },
        B: { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true },
        C: { type: "object", properties: { nullable: { type: "boolean" } } },
      },
    },
  };

  it("folds 3.0's nullable into the type, as 3.1 writes it", () => {
    const { doc, format } = normaliseDescription(v30, "api", "x");
    expect(format).toBe("OpenAPI 3.0.3");
    expect(JSON.stringify(doc)).toContain('"A":{"type":["string","null"]}');
    // Beside no type it cannot be folded, and a property named `nullable` is left alone.
    expect(JSON.stringify(doc)).toContain('"B":{"allOf":[{"$ref":"#/components/schemas/A"}]}');
    expect(JSON.stringify(doc)).toContain(
      '"C":{"type":"object","properties":{"nullable":{"type":"boolean"}}}',
    );
  });

  it("reads 3.1 as it is", () => {
    const v31 = { ...v30, openapi: "3.1.0" };
    expect(normaliseDescription(v31, "api", "x").doc).toBe(v31);
  });

  it.each([
    [{ openapi: "2.5" }, "x.yaml: not an OpenAPI 3.x or Swagger 2.0 description (version 2.5)"],
    [
      { info: {} },
      "x.yaml: not an OpenAPI 3.x or Swagger 2.0 description (no openapi/swagger field)",
    ],
    [[1, 2], "x.yaml: expected an OpenAPI or Swagger document (an object)"],
  ])("refuses %j", (doc, message) => {
    expect(() => normaliseDescription(doc, "api", "x.yaml")).toThrow(message);
  });
});

describe("parseDescription", () => {
  it.each([
    ['{"openapi": "3.1.0"}', { openapi: "3.1.0" }],
    ["openapi: 3.1.0\npaths: {}\n", { openapi: "3.1.0", paths: {} }],
    ["{openapi: 3.1.0}", { openapi: "3.1.0" }],
  ])("reads %j", (text, value) => {
    expect(parseDescription(text, "x")).toEqual(value);
  });
});
