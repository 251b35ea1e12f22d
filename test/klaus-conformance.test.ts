// Conformance of our Klaus / Zendesk QA spec (specs/klaus/openapi.yaml) with Zendesk QA's own Swagger 2.0
// files for the Public Export API and the Public Import API
// (../shared/upstream-specs/klaus-public-{export,import}-api.swagger.json; host yoursubdomain.zendesk.com,
// basePath /qa). The CSAT event operation is in neither file and is checked to stay out of both.
//
// The comparison is @cxkit-tools/spec-drift's engine with the Klaus profile (scripts/spec-drift/src/
// vendors/klaus.ts), the same one `npm run spec:drift -- klaus <export> <import>` runs; it reads both
// Swagger files into the OpenAPI 3 shape (`in: body` as the request body, `definitions` as schemas,
// host + basePath as the server). For every Export/Import operation we declare, the upstream files must
// have the same method + path, and these must agree: the host (our path item's server = upstream host +
// basePath), path and query parameters (name, `required`, type/format, array items, `collectionFormat:
// multi` = `style: form, explode: true`), the request body (whether it is required, media types, and at
// every depth the property names, `required` lists, types, formats and enums), the set of response status
// codes, the 200 body at every depth (same comparison), and the `default` error (our shared ErrorResponse,
// compared once with both files' gRPC status schemas). Every upstream operation must be declared by us.
//
// Deliberate differences are the profile's exceptions, each with its reason. A difference that is not
// listed fails the test, and so does a listed exception that no longer matches a real difference.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { deref, isObject } from "@cxkit-tools/openapi";
import {
  aspectReport,
  exceptionProblems,
  flatten,
  klaus,
  KLAUS_ERROR_RESPONSE,
  KLAUS_QA_OPERATIONS,
  measureDrift,
  schemaAt,
  type Aspect,
  type NormalisedOperation,
  type OperationDrift,
} from "@cxkit-tools/spec-drift";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const drift = await measureDrift(klaus, { root });
const ours = drift.ours.doc;

const QA_SERVER = "https://{subdomain}.zendesk.com/qa";
const CSAT_HOST = "https://events.pub.klausapp.com";
const ERROR_SCHEMA = "#/components/schemas/ErrorResponse";

/** A member of a JSON value by a chain of keys (indexes for lists); undefined where a step is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => {
    if (Array.isArray(node)) return node[Number(key)];
    return isObject(node) ? node[key] : undefined;
  }, value);
}

const operations = drift.result.operations;
const csatOperation = operations.find((o) => o.operationId === "sendCsatEvent");
const qaOperations = operations.filter((o) => o.operationId !== "sendCsatEvent");

/** Expects one aspect of one operation (or of the shared error schema) to conform. */
function check(operationId: string, aspect: Aspect, what: string): void {
  const { unexplained, stale } = aspectReport(drift, operationId, aspect);
  expect(unexplained, `differences from ${what} that are not listed in \`exceptions\``).toEqual([]);
  expect(stale, "entries in `exceptions` that no longer match a difference").toEqual([]);
}

const upstreamFile = (o: OperationDrift): string =>
  drift.upstreams.find((u) => u.name === o.upstream?.source)?.label ?? "the upstream files";

/** The schema a response of ours (possibly a components/responses $ref) answers with, as a $ref. */
function responseSchemaRef(op: NormalisedOperation, code: string): unknown {
  return at(
    deref(ours, at(op.operation, "responses", code)),
    "content",
    "application/json",
    "schema",
    "$ref",
  );
}

describe("Klaus spec vs Zendesk QA's own Export and Import Swagger files", () => {
  it("declares 23 operations (1 CSAT + 18 export + 4 import) with unique operationIds", () => {
    expect(operations).toHaveLength(23);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    expect(qaOperations.map((o) => o.operationId).sort()).toEqual([...KLAUS_QA_OPERATIONS].sort());
    expect(qaOperations.filter((o) => o.ours.path.startsWith("/api/export/"))).toHaveLength(18);
    expect(qaOperations.filter((o) => o.ours.path.startsWith("/api/import/"))).toHaveLength(4);
  });

  it("covers every operation of both upstream files (22/22)", () => {
    expect(drift.upstreams.map((u) => [u.name, u.operations.length])).toEqual([
      ["export", 18],
      ["import", 4],
    ]);
    expect(drift.result.upstreamCount).toBe(22);
    expect(drift.result.upstreamOnly.map((u) => `${u.operation.source}: ${u.key}`)).toEqual([]);
    expect(qaOperations.filter((o) => o.status !== "compared").map((o) => o.operationId)).toEqual(
      [],
    );
  });

  it("keeps the CSAT event on the root host, out of both upstream files, with its own open error", () => {
    expect(at(ours, "servers", "0", "url")).toBe(CSAT_HOST);
    expect(csatOperation, "sendCsatEvent").toBeDefined();
    const o = csatOperation!;
    expect(o.status).toBe("not-upstream");
    expect(o.upstream, "in an upstream file").toBeUndefined();
    expect(o.differences).toEqual([]);
    expect(o.ours.pathItem.servers).toBeUndefined();
    for (const code of ["4XX", "default"])
      expect(responseSchemaRef(o.ours, code), code).toBe("#/components/schemas/CsatErrorResponse");
  });

  it("authenticates everything with one bearer scheme, which upstream describes as an Authorization header", () => {
    const schemes = at(ours, "components", "securitySchemes");
    expect(Object.keys(isObject(schemes) ? schemes : {})).toEqual(["bearer"]);
    expect(at(schemes, "bearer")).toMatchObject({ type: "http", scheme: "bearer" });
    expect(ours.security).toEqual([{ bearer: [] }]);
    for (const o of operations) expect(o.ours.operation.security, o.operationId).toBeUndefined();
    for (const u of drift.upstreams) {
      // Swagger's securityDefinitions, as the normalised document keeps them.
      const declared = at(u.doc, "components", "securitySchemes");
      const upstreamSchemes = Object.values(isObject(declared) ? declared : {});
      expect(upstreamSchemes, u.name).toEqual([
        expect.objectContaining({ type: "apiKey", in: "header", name: "Authorization" }),
      ]);
      expect(String(at(upstreamSchemes[0], "description")), u.name).toMatch(/Bearer/);
    }
  });

  it("lists exceptions only for operations we declare, each once and with a reason", () => {
    const ids = new Set([...operations.map((o) => o.operationId), KLAUS_ERROR_RESPONSE]);
    expect(exceptionProblems(klaus.exceptions, ids)).toEqual([]);
  });

  it("ErrorResponse matches both files' gRPC status schemas", () => {
    for (const u of drift.upstreams) {
      const refs = new Set(
        u.operations.map((op) =>
          at(op.responses.get("default")?.content.get("application/json")?.node, "$ref"),
        ),
      );
      expect([...refs], `${u.name}: one default error schema`).toHaveLength(1);
    }
    check(KLAUS_ERROR_RESPONSE, "schema", "googlerpcStatus / rpcStatus");
  });

  const cases = qaOperations.map(
    (o) => [`${o.operationId} (${o.ours.method} ${o.ours.path})`, o] as const,
  );

  describe.each(cases)("%s", (_name, o) => {
    it("exists upstream at the same method and path", () => {
      const prefix = ["/api/export/", "/api/import/"].find((p) => o.ours.path.startsWith(p));
      expect(prefix, `${o.ours.path} is neither an export nor an import path`).toBeDefined();
      expect(o.upstream, `${o.ours.method} ${o.ours.path} upstream`).toBeDefined();
      // Export paths are in the export file, import paths in the import file.
      expect(o.upstream?.source).toBe(prefix === "/api/export/" ? "export" : "import");
      check(o.operationId, "operation", upstreamFile(o));
    });

    it("is served from the {subdomain}.zendesk.com/qa host upstream names", () => {
      const servers = o.ours.pathItem.servers;
      expect(servers, "servers of the path item").toEqual([
        expect.objectContaining({ url: QA_SERVER }),
      ]);
      const subdomain = at(servers, "0", "variables", "subdomain");
      expect(at(subdomain, "default"), "subdomain default").toBeTruthy();
      expect(at(subdomain, "description"), "subdomain description").toBeTruthy();
      check(o.operationId, "server", upstreamFile(o));
    });

    it("has the same path and query parameters", () =>
      check(o.operationId, "parameters", upstreamFile(o)));

    it("has the same request body", () => check(o.operationId, "requestBody", upstreamFile(o)));

    it("has the same status codes and 200 body", () =>
      check(o.operationId, "responses", upstreamFile(o)));

    it("answers errors (default and 4XX) with the shared ErrorResponse", () => {
      expect(responseSchemaRef(o.ours, "default"), "default").toBe(ERROR_SCHEMA);
      expect(responseSchemaRef(o.ours, "4XX"), "4XX").toBe(ERROR_SCHEMA);
    });

    it("marks pagination by the parameters it takes, with items and fields upstream answers", () => {
      const names = o.ours.parameters.map((p) => p.name);
      const pagination = o.ours.operation["x-cxkit-pagination"];
      const upBody = o.upstream?.responses.get("200")?.content.get("application/json");
      const ourBody = o.ours.responses.get("200")?.content.get("application/json");
      if (names.includes("cursor")) {
        expect(pagination).toEqual({
          style: "cursor-token",
          cursorParam: "cursor",
          items: "rows",
          next: "nextCursor",
        });
      } else if (names.includes("page") && names.includes("pageSize")) {
        expect(pagination).toMatchObject({
          style: "page-number",
          pageParam: "page",
          sizeParam: "pageSize",
          page: "pagination.page",
          total: "pagination.total",
        });
        expect(Object.keys(isObject(pagination) ? pagination : {}).sort()).toEqual(
          ["items", "page", "pageParam", "sizeParam", "style", "total"].sort(),
        );
        for (const field of ["pagination.page", "pagination.total"])
          expect(upBody && schemaAt(upBody, field)?.type, `${field} upstream`).toBe("integer");
      } else {
        expect(pagination).toBeUndefined();
        return;
      }
      // The dot paths name real fields: an array of items (ours and upstream) and, for cursors, a string.
      const items = String(at(pagination, "items"));
      expect(ourBody && schemaAt(ourBody, items)?.type, "items in ours").toBe("array");
      expect(upBody && schemaAt(upBody, items)?.type, "items upstream").toBe("array");
      const next = at(pagination, "next");
      if (typeof next === "string") {
        expect(ourBody && schemaAt(ourBody, next)?.type, "next in ours").toBe("string");
        expect(upBody && schemaAt(upBody, next)?.type, "next upstream").toBe("string");
      }
    });
  });

  describe("import limits and idempotency", () => {
    const byId = (id: string): NormalisedOperation => {
      const o = operations.find((x) => x.operationId === id);
      if (o === undefined) throw new Error(`no operation ${id}`);
      return o.ours;
    };
    /** The schema at a dot path of an operation's JSON request body (`data` = the array of items). */
    const bodyAt = (id: string, dotPath: string) => {
      const body = byId(id).requestBody?.content.get("application/json");
      return body === undefined ? undefined : schemaAt(body, dotPath);
    };
    const itemOf = (id: string) => flatten({ doc: ours, node: bodyAt(id, "data")?.items ?? {} });

    it("caps tickets per request at the safe 100 and comments per ticket at 500", () => {
      expect(bodyAt("importTickets", "data")?.maxItems).toBe(100);
      expect(deref(ours, at(itemOf("importTickets"), "properties", "comments"))).toMatchObject({
        maxItems: 500,
      });
    });

    it("marks importTickets safe to repeat because the ticket key `id` is required", () => {
      expect(itemOf("importTickets").required).toContain("id");
      expect(byId("importTickets").operation["x-cxkit-idempotent"]).toBe(true);
    });

    it("marks importUsers safe to repeat because the user key `userEmail` is required", () => {
      expect(itemOf("importUsers").required).toContain("userEmail");
      expect(byId("importUsers").operation["x-cxkit-idempotent"]).toBe(true);
    });

    it("sends the repeated ticketExternalIds as an exploded form array", () => {
      const p = deref(ours, at(byId("deleteImportedTickets").operation, "parameters", "0"));
      expect(p).toMatchObject({
        name: "ticketExternalIds",
        in: "query",
        style: "form",
        explode: true,
      });
      expect(at(p, "schema")).toMatchObject({ type: "array", items: { type: "string" } });
    });
  });
});
