// The comparison engine on small inline specs: one row per kind of difference, each an edit of the
// upstream copy of one base spec, with the exact difference texts it must produce (exceptions quote them).
import { isObject } from "@cxkit-tools/openapi";
import { describe, expect, it } from "vitest";
import {
  compareSpecs,
  normaliseDescription,
  type DriftRules,
  type Difference,
} from "@cxkit-tools/spec-drift";

type Doc = Record<string, unknown>;

/** A small spec in our style: one list with a `{ data, meta }` answer, one create with a oneOf body. */
function base(): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url: "https://api.example.com" }],
    paths: {
      "/v1/things": {
        get: {
          operationId: "listThings",
          tags: ["Things"],
          parameters: [
            { name: "pageKey", in: "query", schema: { type: "string" } },
            { name: "ids", in: "query", schema: { type: "array", items: { type: "integer" } } },
          ],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/ThingList" } },
              },
            },
            "404": { description: "nope" },
          },
        },
        post: {
          operationId: "createThing",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/Small" },
                    { $ref: "#/components/schemas/Big" },
                  ],
                },
              },
            },
          },
          responses: { "201": { description: "created" } },
        },
      },
      "/v1/things/{thingId}": {
        parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "integer" } }],
        get: {
          operationId: "getThing",
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data"],
                    properties: { data: { $ref: "#/components/schemas/Thing" } },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        ThingList: {
          type: "object",
          required: ["data"],
          properties: {
            data: { type: "array", items: { $ref: "#/components/schemas/Thing" } },
            meta: { type: "object", properties: { next: { type: "string" } } },
          },
        },
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "integer" },
            name: { type: "string" },
            owner: { $ref: "#/components/schemas/Owner" },
            parent: { $ref: "#/components/schemas/Thing" },
          },
        },
        Owner: {
          type: "object",
          properties: { email: { type: "string", format: "email" }, kind: { enum: ["a", "b"] } },
        },
        Small: {
          title: "Small",
          type: "object",
          required: ["name"],
          properties: { name: { type: "string" } },
        },
        Big: {
          title: "Big_Generic",
          type: "object",
          properties: { name: { type: "string" }, size: { type: "integer" } },
        },
      },
    },
  };
}

const SHALLOW: DriftRules = {
  pathRewrites: [{ from: "^/beta/", to: "/v1/" }],
  notUpstream: [],
  aspects: ["server", "tags", "parameters", "requestBody", "responses"],
  schemaDepth: 0,
  dataMember: "data",
};
const DEEP: DriftRules = { ...SHALLOW, schemaDepth: Infinity, dataMember: undefined };

/** Where an edit applies: keys (and list indexes) from the document root. */
type Where = readonly (string | number)[];
/** Removes the member instead of setting it. */
const DELETE = Symbol("delete");
/** One edit of the upstream copy: set (or delete) the member at `where`. */
type Edit = readonly [where: Where, value: unknown];

/** Applies an edit to a document in place; the parent of `where` must exist. */
function apply(doc: Doc, [where, value]: Edit): void {
  let node: unknown = doc;
  for (const key of where.slice(0, -1))
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[String(key)] : undefined;
  const last = where[where.length - 1];
  if (!isObject(node) && !Array.isArray(node))
    throw new Error(`no parent for ${where.join(" > ")}`);
  const parent = node as Record<string, unknown>;
  if (value === DELETE) delete parent[String(last)];
  else parent[String(last)] = value;
}

/** The differences between our copy of the base spec and an edited upstream copy, as `operationId | text`. */
function diff(edits: readonly Edit[], rules: DriftRules = SHALLOW, ours: Doc = base()): string[] {
  const up = structuredClone(ours);
  for (const edit of edits) apply(up, edit);
  const a = normaliseDescription(ours, "ours", "ours.yaml");
  const b = normaliseDescription(up, "api", "theirs.yaml");
  return compareSpecs(a, [b], rules).differences.map(
    (d: Difference) => `${d.operationId} | ${d.text}`,
  );
}

const LIST = ["paths", "/v1/things", "get"];
const CREATE = ["paths", "/v1/things", "post"];
const GET = ["paths", "/v1/things/{thingId}", "get"];
const SCHEMAS = ["components", "schemas"];
const BODY = [...CREATE, "requestBody"];

type Row = [name: string, edits: Edit[], expected: string[], rules?: DriftRules];

const rows: Row[] = [
  ["no difference", [], []],
  ["operation missing upstream", [[CREATE, DELETE]], ["createThing | operation: missing upstream"]],
  [
    "operation only upstream",
    [[["paths", "/v1/other"], { delete: { operationId: "zap", responses: {} } }]],
    ["DELETE /v1/other | operation: only upstream (api: zap)"],
  ],
  [
    "path rewrites apply to upstream paths (/beta/ read as /v1/)",
    [
      [["paths", "/beta/things"], (base().paths as Doc)["/v1/things"]],
      [["paths", "/v1/things"], DELETE],
    ],
    [],
  ],
  [
    "a renamed path parameter still matches the operation, and shows as a parameter",
    [
      [["paths", "/v1/things/{id}"], (base().paths as Doc)["/v1/things/{thingId}"]],
      [["paths", "/v1/things/{id}", "parameters", 0, "name"], "id"],
      [["paths", "/v1/things/{thingId}"], DELETE],
    ],
    ['getThing | path "thingId": only in ours', 'getThing | path "id": missing from ours'],
  ],
  [
    "server (variables at their defaults, no trailing slash)",
    [
      [
        ["servers"],
        [{ url: "https://{region}.example.com/", variables: { region: { default: "eu" } } }],
      ],
    ],
    ["listThings", "createThing", "getThing"].map(
      (id) => `${id} | server: https://api.example.com in ours, https://eu.example.com upstream`,
    ),
  ],
  [
    "tags and deprecation",
    [
      [[...LIST, "tags"], ["Other"]],
      [[...LIST, "deprecated"], true],
    ],
    [
      'listThings | tags: ["Things"] in ours, ["Other"] upstream',
      "listThings | deprecated: false in ours, true upstream",
    ],
  ],
  [
    "parameter presence",
    [[[...LIST, "parameters", 0], { name: "q", in: "query", schema: { type: "string" } }]],
    ['listThings | query "pageKey": only in ours', 'listThings | query "q": missing from ours'],
  ],
  [
    "parameter required, type and format",
    [
      [
        [...LIST, "parameters", 0],
        {
          name: "pageKey",
          in: "query",
          required: true,
          schema: { type: "integer", format: "int64" },
        },
      ],
    ],
    [
      'listThings | query "pageKey": required is false in ours, true upstream',
      'listThings | query "pageKey": type is "integer" upstream, "string" in ours',
      'listThings | query "pageKey": format is "int64" upstream, none in ours',
    ],
  ],
  [
    "array parameter items and serialisation",
    [
      [[...LIST, "parameters", 1, "explode"], false],
      [[...LIST, "parameters", 1, "schema", "items"], { type: "string" }],
    ],
    [
      'listThings | query "ids": items {"type":"integer"} in ours, {"type":"string"} upstream',
      'listThings | query "ids": sent as form+explode in ours, form upstream',
    ],
  ],
  [
    "path-item parameters are overridden by the operation's",
    [
      [
        [...GET, "parameters"],
        [{ name: "thingId", in: "path", required: true, schema: { type: "string" } }],
      ],
    ],
    ['getThing | path "thingId": type is "string" upstream, "integer" in ours'],
  ],
  ["request body presence", [[BODY, DELETE]], ["createThing | requestBody: only in ours"]],
  [
    "request body required flag and media types",
    [
      [[...BODY, "required"], false],
      [[...BODY, "content", "text/plain"], { schema: { type: "string" } }],
    ],
    [
      "createThing | requestBody: required is true in ours, false upstream",
      "createThing | requestBody: media types application/json in ours, application/json,text/plain upstream",
    ],
  ],
  [
    "oneOf variants matched by title (generic suffix dropped): missing, extra, changed",
    [
      [
        [...BODY, "content", "application/json", "schema", "oneOf", 0],
        { title: "Tiny", type: "object" },
      ],
      [[...SCHEMAS, "Big", "required"], ["size"]],
      [[...SCHEMAS, "Big", "properties", "colour"], { type: "string" }],
    ],
    [
      "createThing | requestBody: variant Small only in ours",
      "createThing | requestBody: variant Tiny missing from ours",
      'createThing | requestBody [Big]: property "colour" missing from ours',
      'createThing | requestBody [Big]: "size" is optional in ours, required upstream',
    ],
  ],
  [
    "object bodies: property names, required lists, additionalProperties (the body and its data)",
    [
      [[...SCHEMAS, "ThingList", "properties", "total"], { type: "integer" }],
      [[...SCHEMAS, "ThingList", "required"], []],
      [[...SCHEMAS, "ThingList", "additionalProperties"], true],
      [
        [...SCHEMAS, "Thing", "required"],
        ["id", "name"],
      ],
      [[...SCHEMAS, "Thing", "properties", "owner"], DELETE],
    ],
    [
      'listThings | response 200 body: property "total" missing from ours',
      'listThings | response 200 body: "data" is required in ours, optional upstream',
      "listThings | response 200 body: additionalProperties only upstream",
      'listThings | response 200 data: property "owner" only in ours',
      'listThings | response 200 data: "name" is optional in ours, required upstream',
      'getThing | response 200 data: property "owner" only in ours',
      'getThing | response 200 data: "name" is optional in ours, required upstream',
    ],
  ],
  [
    "kinds differ",
    [[[...SCHEMAS, "Thing"], { type: "string" }]],
    [
      "listThings | response 200 data: object-like only in ours",
      "getThing | response 200 data: object-like only in ours",
    ],
  ],
  [
    "kinds differ at every depth",
    [[[...SCHEMAS, "Owner"], { type: "array", items: {} }]],
    [
      "listThings | response 200 body.data[].owner: object in ours, array upstream",
      "getThing | response 200 body.data.owner: object in ours, array upstream",
    ],
    DEEP,
  ],
  [
    "depth 0 does not look at nested leaves",
    [[[...SCHEMAS, "Owner", "properties", "email"], { type: "integer" }]],
    [],
  ],
  [
    "every depth: leaf type, format and enum, through arrays; recursion (Thing.parent) stops",
    [
      [[...SCHEMAS, "Owner", "properties", "email"], { type: ["string", "null"] }],
      [[...SCHEMAS, "Owner", "properties", "kind"], { enum: ["b", "c"] }],
    ],
    ["listThings | response 200 body.data[]", "getThing | response 200 body.data"].flatMap((at) => [
      `${at}.owner.email: type "string" in ours, ["null","string"] upstream`,
      `${at}.owner.email: format email in ours, none upstream`,
      `${at}.owner.kind: enum ["a","b"] in ours, ["b","c"] upstream`,
    ]),
    DEEP,
  ],
  [
    "allOf parts are merged into one object",
    [
      [
        [...SCHEMAS, "Thing"],
        {
          allOf: [
            { required: ["id"], properties: { id: { type: "integer" }, name: { type: "string" } } },
            { properties: { owner: {}, parent: {} } },
          ],
        },
      ],
    ],
    [],
  ],
  [
    "status codes, 2xx body presence and media types",
    [
      [[...LIST, "responses", "404"], DELETE],
      [[...LIST, "responses", "500"], { description: "boom" }],
      [[...CREATE, "responses", "201", "content"], { "application/json": { schema: {} } }],
      [[...GET, "responses", "200", "content", "text/csv"], { schema: { type: "string" } }],
    ],
    [
      "listThings | response 500: missing from ours",
      "listThings | response 404: only in ours",
      "createThing | response 201: has a body upstream only",
      "getThing | response 200: media types application/json in ours, application/json,text/csv upstream",
    ],
  ],
];

describe("compareSpecs: each kind of difference", () => {
  it.each(rows)("%s", (_name, edits, expected, rules) => {
    expect(diff(edits, rules)).toEqual(expected);
  });
});

describe("compareSpecs: vendor rules", () => {
  it("does not compare a not-upstream operation, and says so when upstream has it after all", () => {
    const rules = { ...SHALLOW, notUpstream: [{ operationId: "createThing", why: "another API" }] };
    expect(diff([], rules)).toEqual([
      "createThing | operation: listed as not upstream, but api has POST /v1/things",
    ]);
    expect(diff([[CREATE, DELETE]], rules)).toEqual([]);
  });

  it("reports a property our spec requires but does not declare", () => {
    const ours = base();
    apply(ours, [
      [...SCHEMAS, "Thing", "required"],
      ["id", "ghost"],
    ]);
    expect(diff([], SHALLOW, ours)).toEqual([
      'listThings | response 200 data: ours requires undeclared property "ghost"',
      'getThing | response 200 data: ours requires undeclared property "ghost"',
    ]);
  });

  it("compares only the aspects a vendor lists", () => {
    const edits: Edit[] = [
      [[...LIST, "tags"], ["Other"]],
      [["servers"], [{ url: "https://elsewhere" }]],
    ];
    expect(diff(edits, { ...SHALLOW, aspects: ["parameters"] })).toEqual([]);
  });

  it("compares a shared schema with the one schema each file answers a status with", () => {
    const ours = base();
    const error = { type: "object", required: ["code"], properties: { code: { type: "integer" } } };
    apply(ours, [[...SCHEMAS, "Error"], error]);
    const answer = {
      description: "e",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
    // One copy per operation: structuredClone keeps shared references shared.
    for (const op of [LIST, CREATE, GET])
      apply(ours, [[...op, "responses", "default"], structuredClone(answer)]);
    const rules: DriftRules = {
      ...DEEP,
      aspects: [],
      sharedSchemas: [{ name: "Error", ours: "#/components/schemas/Error", response: "default" }],
    };
    const optional: Edit = [[...SCHEMAS, "Error", "required"], []];
    expect(diff([optional], rules, ours)).toEqual([
      'Error | api default body: "code" is required in ours, optional upstream',
    ]);
    const another: Edit = [
      [...LIST, "responses", "default", "content", "application/json", "schema"],
      { type: "object" },
    ];
    expect(diff([another], rules, ours)).toEqual([
      "Error | api default body: 2 distinct schemas upstream, expected 1",
    ]);
  });

  it("matches operations over several upstream files, the first one winning a duplicate", () => {
    const one = base();
    const two = base();
    apply(one, [["paths", "/v1/things/{thingId}"], DELETE]);
    apply(two, [CREATE, DELETE]);
    const a = normaliseDescription(base(), "ours", "ours.yaml");
    const files = [normaliseDescription(one, "one", "1"), normaliseDescription(two, "two", "2")];
    const result = compareSpecs(a, files, SHALLOW);
    expect(result.operations.map((o) => `${o.operationId} ${o.upstream?.source}`)).toEqual([
      "listThings one",
      "createThing one",
      "getThing two",
    ]);
    expect(result.upstreamCount).toBe(3);
    expect(result.differences.map((d) => `${d.operationId} | ${d.text}`)).toEqual([
      "GET /v1/things | operation: described by both one and two (one's is compared)",
    ]);
  });
});
