// Given a spec and cxkit.json, want these generated files: one case per auth kind and server shape,
// so a change to an emitter shows up as a reviewed snapshot diff (scripts/codegen/test/__snapshots__).
import { describe, expect, it } from "vitest";
import path from "node:path";
import {
  asWritten,
  clientSource,
  errorsSource,
  indexSource,
  loadVendor,
  methodsSource,
  operationsSource,
  schemaSource,
  vendorModel,
} from "@cxkit-tools/codegen";
import { json, scratchRoot, spec } from "./helpers.js";

const base = {
  packageName: "@cxkit/acme",
  displayName: "Acme",
  description: "Typed client for Acme",
};
const bearer = { bearer: { type: "http", scheme: "bearer" } };

const cases = {
  // An API key in a header; an operation on a second host with its own (bearer) scheme fed by the same
  // option; a keyed write; a cursor-link listing.
  "api-key-two-hosts": {
    spec: spec(
      {
        components: {
          securitySchemes: {
            key: { type: "apiKey", in: "header", name: "Authorization" },
            ...bearer,
          },
        },
      },
      {
        "/things": {
          get: {
            operationId: "listThings",
            "x-cxkit-pagination": {
              style: "cursor-link",
              cursorParam: "pageKey",
              items: "data",
              next: "meta.next",
            },
            responses: {
              "200": json("A page", {
                type: "object",
                properties: { data: { type: "array", items: { type: "string" } } },
              }),
            },
          },
          post: {
            operationId: "createThing",
            summary: "Create a thing",
            description: "Not safe to repeat */ unless keyed.",
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: { type: "object", properties: { externalId: { type: "string" } } },
                },
              },
            },
            "x-cxkit-idempotent-when": {
              field: "externalId",
              duplicate: { status: 400, message: "Duplicate externalId" },
            },
            responses: { "201": json("Created") },
          },
        },
        "/exports": {
          servers: [{ url: "https://exports.acme.test", description: "Exports API" }],
          get: {
            operationId: "listExports",
            deprecated: true,
            security: [{ bearer: [] }],
            responses: { "200": json("ok") },
          },
        },
      },
    ),
    config: {
      ...base,
      auth: { key: { option: "apiKey" }, bearer: { option: "apiKey" } },
      rateLimit: { requests: 10, perMs: 1000, burst: 4 },
    },
  },
  // A bearer token or a client id + secret exchanged at a token operation; a host template variable.
  "client-credentials-instance": {
    spec: spec(
      {
        servers: [
          {
            url: "https://{instance}.acme.test",
            variables: { instance: { default: "x", description: "Your instance." } },
          },
        ],
        security: [{ bearer: [] }],
        components: { securitySchemes: bearer },
      },
      {
        "/Token": {
          post: {
            operationId: "getToken",
            security: [],
            "x-cxkit-idempotent": true,
            requestBody: {
              required: true,
              content: { "application/x-www-form-urlencoded": { schema: { type: "object" } } },
            },
            responses: { "200": json("A token") },
          },
        },
      },
    ),
    config: {
      ...base,
      auth: {
        bearer: {
          option: "token",
          clientCredentials: {
            operationId: "getToken",
            clientIdOption: "clientId",
            clientSecretOption: "clientSecret",
            refreshSkewMs: 45000,
          },
        },
      },
    },
  },
  // Two credentials on every call; per-account hosts given by options (one required at creation);
  // a multipart upload.
  "two-credentials-account-hosts": {
    spec: spec(
      {
        servers: [{ url: "https://{host}", variables: { host: { default: "h" } } }],
        security: [{ bearer: [], clientId: [] }],
        components: {
          securitySchemes: {
            ...bearer,
            clientId: { type: "apiKey", in: "header", name: "client-id" },
          },
        },
      },
      {
        "/v1/user/": {
          servers: [
            { url: "https://{messengerHost}", variables: { messengerHost: { default: "m" } } },
          ],
          post: {
            operationId: "uploadFile",
            requestBody: {
              content: {
                "multipart/form-data": {
                  schema: {
                    type: "object",
                    properties: { file: { type: "string", contentMediaType: "text/csv" } },
                  },
                },
              },
            },
            responses: { "200": json("ok") },
          },
        },
      },
    ),
    config: {
      ...base,
      auth: { bearer: { option: "token" }, clientId: { option: "clientId" } },
      servers: {
        "https://{host}": { option: "baseUrl", required: true },
        "https://{messengerHost}": { option: "messengerBaseUrl" },
      },
      rateLimit: { requests: 100, perMs: 60000 },
    },
  },
  // A fixed root host and a second host with a subdomain variable, needed only by its operations;
  // page-number and cursor-token listings.
  "subdomain-host-pages": {
    spec: spec(
      { security: [{ bearer: [] }], components: { securitySchemes: bearer } },
      {
        "/api/reviews": {
          servers: [
            {
              url: "https://{subdomain}.acme.test/qa",
              variables: { subdomain: { default: "s", description: "Your subdomain." } },
            },
          ],
          get: {
            operationId: "listReviews",
            parameters: [
              { name: "fromDate", in: "query", required: true, schema: { type: "string" } },
            ],
            "x-cxkit-pagination": {
              style: "page-number",
              pageParam: "page",
              sizeParam: "pageSize",
              items: "conversations",
              page: "pagination.page",
              total: "pagination.total",
            },
            responses: { "200": json("ok") },
          },
        },
        "/api/autoqa": {
          servers: [
            { url: "https://{subdomain}.acme.test/qa", variables: { subdomain: { default: "s" } } },
          ],
          get: {
            operationId: "listAutoQa",
            "x-cxkit-pagination": {
              style: "cursor-token",
              cursorParam: "cursor",
              items: "rows",
              next: "nextCursor",
            },
            responses: { "200": json("ok") },
          },
        },
      },
    ),
    config: { ...base, auth: { bearer: { option: "token" } } },
  },
};

describe.each(Object.entries(cases))("%s", (name, vendor) => {
  const root = scratchRoot({
    acme: { spec: vendor.spec, config: { name: "acme", ...vendor.config } },
  });
  const model = vendorModel(loadVendor(root, "acme"));
  it.each([
    ["client.ts", clientSource],
    ["errors.ts", errorsSource],
    ["index.ts", indexSource],
    ["methods.ts", methodsSource],
    ["operations.ts", operationsSource],
  ] as const)("emits %s", async (file, emit) => {
    const written = await asWritten(root, `packages/acme/src/generated/${file}`, emit(model));
    await expect(written).toMatchFileSnapshot(`__snapshots__/${name}/${file}`);
  });
  // With the schema types beside them, the snapshots are a complete generated package, type-checked
  // by `npm run typecheck:repo` against @cxkit/core and @cxkit/auth.
  it("emits schema.ts", async () => {
    const loaded = loadVendor(root, "acme");
    const schema = schemaSource(loaded.specFile, loaded.spec);
    const written = await asWritten(root, "packages/acme/src/generated/schema.ts", schema);
    await expect(written).toMatchFileSnapshot(`__snapshots__/${name}/schema.ts`);
  });
});

describe("schema.ts of a spec whose $refs do not all resolve", () => {
  it.each([
    ["a typo", "#/components/schemas/Thng", '"#/components/schemas/Thng" does not resolve'],
    ["another file", "./thing.yaml#/Thing", '"./thing.yaml#/Thing" does not resolve'],
  ])("refuses %s, naming the spec and the $ref", (_label, ref, message) => {
    const spec = {
      openapi: "3.1.0",
      info: { title: "Acme", version: "1" },
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: ref } } },
              },
            },
          },
        },
      },
      components: { schemas: { Thing: { type: "object" } } },
    };
    expect(() => schemaSource("specs/acme/openapi.yaml", spec)).toThrow(
      `specs/acme/openapi.yaml: $ref ${message} (a spec is one file: every $ref is "#/...")`,
    );
  });
});

describe("schema.ts of a document that is not OpenAPI 3", () => {
  it.each([
    ["Swagger 2", { swagger: "2.0" }, '"2.0"'],
    ["no version", {}, "null"],
  ])("refuses %s, naming the spec and the version", (_label, doc, shown) => {
    expect(() =>
      schemaSource("specs/acme/openapi.yaml", { ...doc, info: { title: "Acme" }, paths: {} }),
    ).toThrow(`specs/acme/openapi.yaml: openapi is ${shown}; the generator reads OpenAPI 3.x`);
  });
});
