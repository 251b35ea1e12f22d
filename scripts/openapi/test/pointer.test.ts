import { describe, expect, it } from "vitest";
import { deref, operationsOf, pointerOf, refsIn, resolvePointer } from "@cxkit-tools/openapi";

const doc = {
  servers: [{ url: "https://api.example.com" }],
  paths: {
    "/a/{id}": {
      servers: [{ url: "https://other.example.com" }],
      get: { operationId: "getA" },
      post: { operationId: "postA", servers: [{ url: "https://third.example.com" }] },
    },
    "/b": { delete: { operationId: "deleteB" }, get: { operationId: "listB" } },
  },
  components: {
    schemas: {
      "a/b~c": { type: "string", description: "odd name" },
      Ref: { $ref: "#/components/schemas/a~1b~0c", description: "outer" },
      Loop: { $ref: "#/components/schemas/Loop" },
    },
  },
};

describe("pointers and $refs", () => {
  it.each([
    [["paths", "/a/{id}", "get"], "#/paths/~1a~1{id}/get"],
    [["components", "schemas", "a/b~c"], "#/components/schemas/a~1b~0c"],
  ])("pointerOf(%j) = %s and resolves back", (segments, pointer) => {
    expect(pointerOf(...segments)).toBe(pointer);
    expect(resolvePointer(doc, pointer)).toBeDefined();
  });

  it("follows a chain, siblings win, and a cycle stops", () => {
    expect(deref(doc, { $ref: "#/components/schemas/Ref" })).toEqual({
      type: "string",
      description: "outer",
    });
    expect(deref(doc, { $ref: "#/components/schemas/Ref", description: "outermost" })).toEqual({
      type: "string",
      description: "outermost",
    });
    expect(() => deref(doc, { $ref: "#/components/schemas/Loop" })).not.toThrow();
    expect(deref(doc, { $ref: "#/components/schemas/Nope" })).toBeUndefined();
    expect(deref(doc, { type: "integer" })).toEqual({ type: "integer" });
  });

  it("collects every local ref", () => {
    expect([...refsIn(doc)].sort()).toEqual([
      "#/components/schemas/Loop",
      "#/components/schemas/a~1b~0c",
    ]);
  });
});

describe("operationsOf", () => {
  it("walks paths in spec order, methods in HTTP order, with the server that serves each", () => {
    expect(
      operationsOf(doc as never).map((o) => [o.method, o.path, o.operationId, o.server?.url]),
    ).toEqual([
      ["GET", "/a/{id}", "getA", "https://other.example.com"],
      ["POST", "/a/{id}", "postA", "https://third.example.com"],
      ["GET", "/b", "listB", "https://api.example.com"],
      ["DELETE", "/b", "deleteB", "https://api.example.com"],
    ]);
  });
});
