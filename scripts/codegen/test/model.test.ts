import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadVendor, vendorModel } from "@cxkit-tools/codegen";
import { json, scratchRoot, spec, writeVendor } from "./helpers.js";

const config = (extra: Record<string, unknown> = {}) => ({
  name: "acme",
  packageName: "@cxkit/acme",
  displayName: "Acme",
  description: "Typed client for Acme",
  auth: { key: { option: "apiKey" } },
  ...extra,
});

const root = scratchRoot({ acme: { spec: spec(), config: config() } });

function modelOf(s: Record<string, unknown>, c: Record<string, unknown> = config()) {
  writeVendor(root, "acme", { spec: s, config: c });
  return vendorModel(loadVendor(root, "acme"));
}

describe("servers", () => {
  it("puts the root server first, dedupes path-level servers, and maps each operation to its own", () => {
    const model = modelOf(
      spec(
        {},
        {
          "/exports": {
            servers: [{ url: "https://exports.acme.test", description: "Exports" }],
            get: { operationId: "listExports", responses: { "200": json("ok") } },
          },
          "/more-exports": {
            servers: [{ url: "https://exports.acme.test" }],
            get: { operationId: "listMoreExports", responses: { "200": json("ok") } },
          },
        },
      ),
    );
    // A fixed host needs nothing from the user, so nothing about it is required.
    expect(model.servers.map((s) => [s.url, s.required])).toEqual([
      ["https://api.acme.test", undefined],
      ["https://exports.acme.test", undefined],
    ]);
    expect(model.operations.map((o) => [o.info.operationId, o.info.server])).toEqual([
      ["getThing", undefined],
      ["listExports", 1],
      ["listMoreExports", 1],
    ]);
  });

  it("turns server variables into options, and a server listed in cxkit.json into one option", () => {
    const model = modelOf(
      spec(
        {
          servers: [
            { url: "https://{host}", variables: { host: { default: "x", description: "Host." } } },
          ],
        },
        {
          "/qa": {
            servers: [
              {
                url: "https://{subdomain}.example.test/qa",
                variables: { subdomain: { default: "s" } },
              },
            ],
            get: { operationId: "listQa", responses: { "200": json("ok") } },
          },
        },
      ),
      config({ servers: { "https://{host}": { option: "baseUrl", required: true } } }),
    );
    expect(model.servers).toMatchObject([
      { url: "https://{host}", option: "baseUrl", required: true },
      { url: "https://{subdomain}.example.test/qa", variables: ["subdomain"] },
    ]);
    expect(model.servers[0]).not.toHaveProperty("variables");
  });
});

describe("security", () => {
  it("reads kinds from the spec, options from cxkit.json, and keeps an operation's own requirement", () => {
    const model = modelOf(
      spec(
        {
          components: {
            securitySchemes: {
              key: { type: "apiKey", in: "header", name: "Authorization" },
              bearer: { type: "http", scheme: "bearer" },
            },
          },
        },
        {
          "/exports": {
            get: {
              operationId: "listExports",
              security: [{ bearer: [] }],
              responses: { "200": json("ok") },
            },
          },
          "/token": {
            post: { operationId: "getToken", security: [], responses: { "200": json("ok") } },
          },
        },
      ),
      config({ auth: { key: { option: "apiKey" }, bearer: { option: "apiKey" } } }),
    );
    expect(model.schemes).toEqual({
      bearer: { type: "bearer", option: "apiKey" },
      key: { type: "apiKey", header: "Authorization", option: "apiKey" },
    });
    expect(model.security).toEqual(["key"]);
    expect(model.operations.map((o) => o.info.security)).toEqual([undefined, ["bearer"], []]);
  });

  it.each([
    [config({ auth: {} }), /cxkit\.json: auth: must NOT have fewer than 1 properties/],
    [config({ auth: { key: {} } }), /cxkit\.json: auth\.key\.option: is required/],
    [
      config({ auth: { key: { option: "apiKey" }, other: { option: "x" } } }),
      /auth\.other: no operation uses this scheme/,
    ],
    [config({ auth: { nope: { option: "apiKey" } } }), /auth\.key: is required/],
    [config({ colour: "red" }), /cxkit\.json: colour: unknown field/],
    [config({ name: "other" }), /name: must be "acme"/],
  ])("a bad cxkit.json fails naming the file and field (%#)", (bad, message) => {
    expect(() => modelOf(spec(), bad)).toThrow(message);
  });
});

describe("operations", () => {
  it("marks what is safe to repeat, paginated, keyed and not JSON, and what params a method needs", () => {
    const paginated = { style: "cursor-link", cursorParam: "k", items: "data", next: "meta.next" };
    const model = modelOf(
      spec(
        {},
        {
          "/things": {
            get: {
              operationId: "listThings",
              "x-cxkit-pagination": paginated,
              responses: { "200": json("ok") },
            },
            post: {
              operationId: "createThing",
              requestBody: {
                required: true,
                content: { "application/json": { schema: { type: "object" } } },
              },
              "x-cxkit-idempotent-when": {
                field: "externalId",
                duplicate: { status: 400, message: "Duplicate" },
              },
              responses: { "201": json("ok") },
            },
            put: { operationId: "replaceThings", responses: { "200": json("ok") } },
          },
          "/search": {
            post: {
              operationId: "search",
              "x-cxkit-idempotent": true,
              responses: { "200": json("ok") },
            },
          },
          "/upload": {
            post: {
              operationId: "upload",
              requestBody: {
                content: {
                  "multipart/form-data": {
                    schema: { properties: { name: { type: "string" }, file: { type: "string" } } },
                    encoding: { file: { contentType: "text/csv" } },
                  },
                },
              },
              responses: { "200": json("ok") },
            },
          },
        },
      ),
    );
    const byId = Object.fromEntries(model.operations.map((o) => [o.info.operationId, o]));
    expect(
      Object.fromEntries(model.operations.map((o) => [o.info.operationId, o.info.safeToRepeat])),
    ).toEqual({
      getThing: true,
      listThings: true,
      replaceThings: true,
      createThing: false,
      search: true,
      upload: false,
    });
    expect(byId.listThings!.info.pagination).toEqual(paginated);
    expect(byId.createThing!.info.idempotentWhen).toEqual({
      field: "externalId",
      duplicate: { status: 400, message: "Duplicate" },
    });
    expect(byId.upload!.info.requestBody).toEqual({
      contentType: "multipart/form-data",
      files: { file: "text/csv" },
    });
    expect([
      byId.getThing!.paramsOptional,
      byId.createThing!.paramsOptional,
      byId.listThings!.paramsOptional,
    ]).toEqual([false, false, true]);
  });

  it.each([
    [{ "/a": { get: { responses: {} } } }, /GET \/a: has no operationId/],
    [
      { "/a": { get: { operationId: "get-a", responses: {} } } },
      /operationId "get-a" must be camelCase/,
    ],
    [
      { "/a": { get: { operationId: "getThing", responses: {} } } },
      /operationId "getThing" is used twice/,
    ],
    [
      {
        "/a": {
          get: { operationId: "a", "x-cxkit-pagination": { style: "offset" }, responses: {} },
        },
      },
      /GET \/a x-cxkit-pagination\.style: must be one of cursor-link, page-number, cursor-token/,
    ],
    [
      {
        "/a": {
          get: {
            operationId: "a",
            "x-cxkit-pagination": { style: "cursor-token", cursorParam: "c", items: "rows" },
            responses: {},
          },
        },
      },
      /x-cxkit-pagination\.next: must be a non-empty string/,
    ],
    [
      {
        "/a": {
          post: { operationId: "a", "x-cxkit-idempotent-when": { field: "id" }, responses: {} },
        },
      },
      /POST \/a x-cxkit-idempotent-when: must be/,
    ],
  ])("a bad operation fails naming the file and place (%#)", (paths, message) => {
    expect(() => modelOf(spec({}, paths))).toThrow(message);
  });

  it("a YAML error names the file", () => {
    writeVendor(root, "acme", { spec: spec(), config: config() });
    writeFileSync(`${root}/specs/acme/openapi.yaml`, "openapi: 3.1.0\npaths: [unclosed\n");
    expect(() => loadVendor(root, "acme")).toThrow(/specs\/acme\/openapi\.yaml: not valid YAML/);
  });
});
