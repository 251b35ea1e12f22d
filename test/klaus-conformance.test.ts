// Conformance of our Klaus / Zendesk QA spec (specs/klaus/openapi.yaml) with Zendesk QA's own Swagger 2.0
// files for the Public Export API and the Public Import API
// (../shared/upstream-specs/klaus-public-{export,import}-api.swagger.json; host yoursubdomain.zendesk.com,
// basePath /qa). The CSAT event operation is in neither file and is checked to stay out of both.
//
// For every Export/Import operation we declare, the upstream file must have the same method + path, and
// these must agree: the host (our path item's server = upstream host + basePath), path and query
// parameters (name, `required`, type/format, array items, `collectionFormat: multi` = `style: form,
// explode: true`), the request body (Swagger's `in: body` parameter: whether it is required, and at every
// depth the property names, `required` lists, types, formats and enums), the set of response status codes,
// the 200 body at every depth (same comparison), and the `default` error (our shared ErrorResponse, compared
// once with both files' gRPC status schemas). Every upstream operation must be declared by us.
//
// Deliberate differences are listed in `exceptions` with the reason. A difference that is not listed
// fails the test, and so does a listed exception that no longer matches a real difference.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = Record<string, any>;

const here = path.dirname(fileURLToPath(import.meta.url));
const OURS_FILE = path.resolve(here, "../specs/klaus/openapi.yaml");
const EXPORT_FILE = path.resolve(
  here,
  "../../shared/upstream-specs/klaus-public-export-api.swagger.json",
);
const IMPORT_FILE = path.resolve(
  here,
  "../../shared/upstream-specs/klaus-public-import-api.swagger.json",
);

const ours: Json = parse(readFileSync(OURS_FILE, "utf8"));
const upstreams = [
  { name: "export", file: EXPORT_FILE, prefix: "/api/export/" },
  { name: "import", file: IMPORT_FILE, prefix: "/api/import/" },
].map((u) => ({ ...u, doc: JSON.parse(readFileSync(u.file, "utf8")) as Json }));

const METHODS = ["get", "put", "post", "patch", "delete"] as const;
const QA_SERVER = "https://{subdomain}.zendesk.com/qa";
const CSAT_HOST = "https://events.pub.klausapp.com";
const ERROR_SCHEMA = "#/components/schemas/ErrorResponse";
/** Pseudo operationId of the exceptions that concern the shared error schema. */
const ERROR_RESPONSE = "ErrorResponse";

// ---------------------------------------------------------------------------------------------
// Deliberate differences
// ---------------------------------------------------------------------------------------------

interface Exception {
  /** Our operationId, or ERROR_RESPONSE for the shared error schema. */
  operationId: string;
  /** Exact difference text as produced by the comparison below. */
  diff: string;
  why: string;
}

const QA_OPERATIONS = [
  "listWorkspaceReviews",
  "listAccountReviews",
  "listWorkspaceCsat",
  "listAccountCsat",
  "listDisputes",
  "listCalibrationSessions",
  "listScorecards",
  "listWorkspaceUsers",
  "listAccountUsers",
  "listWorkspaces",
  "listAutoQaReviews",
  "listAutoQaRatings",
  "searchConversations",
  "listQuizzes",
  "getQuizLeaderboard",
  "getQuizOverview",
  "listQuizResponses",
  "getQuizResponse",
  "importTickets",
  "deleteImportedTickets",
  "getImportedTicket",
  "importUsers",
];

const NUMBERS_FROM_IMPORT =
  "The Import API answers with Go's encoding/json, which writes int64 fields as JSON numbers " +
  "(developer.zendesk.com QA API introduction); the Swagger file's `string`/`int64` is the gRPC-Gateway " +
  "convention it does not follow, so ours is `integer`/`int64`.";

const exceptions: Exception[] = [
  // Every QA operation: upstream has only 200 + default.
  ...QA_OPERATIONS.map((operationId) => ({
    operationId,
    diff: "response 4XX: only in ours",
    why:
      "Upstream lumps every failure into `default`. We split off `4XX` (same ErrorResponse body) so that " +
      "refusals (bad argument, token, permission, unknown ID, rate limit) are declared as client errors; " +
      "Redocly's operation-4xx-response rule asks for one.",
  })),
  // importTickets: required keys the Swagger file (proto3: nothing required) does not mark.
  {
    operationId: "importTickets",
    diff: 'requestBody: "data" is required in ours, optional upstream',
    why: "A request without `data` imports nothing; the docs describe the body as a `data` array of tickets.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[]: "id" is required in ours, optional upstream',
    why:
      "developer.zendesk.com (importing conversations) marks `id` required: it is the caller's upsert key. " +
      "Requiring it is what makes importTickets safe to repeat (`x-cxkit-idempotent`).",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[]: "created" is required in ours, optional upstream',
    why: "developer.zendesk.com (importing conversations) marks `created` required.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[].comments[]: "id" is required in ours, optional upstream',
    why:
      "A comment is updated, not duplicated, on re-import only through its `id` (help-center import " +
      "article); requiring it keeps the whole request safe to repeat.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[].comments[].callDuration: type ["integer","string"] in ours, "string" upstream',
    why:
      "The Import API parses requests with protojson, which takes an int64 as a string or a number " +
      "(developer.zendesk.com QA API introduction); ours accepts both (Int64Input).",
  },
  // importUsers
  {
    operationId: "importUsers",
    diff: 'requestBody: "data" is required in ours, optional upstream',
    why: "A request without `data` imports nothing; the body is a `data` array of users.",
  },
  {
    operationId: "importUsers",
    diff: 'requestBody.data[]: "userEmail" is required in ours, optional upstream',
    why:
      "The email address is the only key of an imported user (the body has no other identifier); " +
      "requiring it is what makes importUsers safe to repeat (`x-cxkit-idempotent`).",
  },
  // getImportedTicket: int64 as numbers.
  ...["response 200 body.internalId", "response 200 body.comments[].internalId"].map((at) => ({
    operationId: "getImportedTicket",
    diff: `${at}: type "integer" in ours, "string" upstream`,
    why: NUMBERS_FROM_IMPORT,
  })),
  {
    operationId: "getImportedTicket",
    diff: 'response 200 body.comments[].callDuration: type "integer" in ours, "string" upstream',
    why: NUMBERS_FROM_IMPORT,
  },
  // The shared error schema, compared with googlerpcStatus (export) and rpcStatus (import).
  ...upstreams.flatMap((u) => [
    {
      operationId: ERROR_RESPONSE,
      diff: `${u.name} default body: "code" is required in ours, optional upstream`,
      why:
        "A gRPC error status always has a non-zero code, so it is always written (even where zero " +
        "values are left out); `message` and `details` may be empty and stay optional.",
    },
    {
      operationId: ERROR_RESPONSE,
      diff: `${u.name} default body.details[]: "@type" is required in ours, optional upstream`,
      why: "The JSON form of a protobuf `Any` always carries `@type`: it names the detail's message type.",
    },
  ]),
];

// ---------------------------------------------------------------------------------------------
// $ref resolution and schema comparison
// ---------------------------------------------------------------------------------------------

/** Follows local `#/...` refs (ours: components, Swagger: definitions); sibling keys of a `$ref` are kept. */
function deref(doc: Json, node: any, seen: string[] = []): any {
  if (!node || typeof node !== "object" || typeof node.$ref !== "string") return node;
  const ref: string = node.$ref;
  if (!ref.startsWith("#/")) throw new Error(`non-local $ref ${ref}`);
  if (seen.includes(ref)) throw new Error(`$ref cycle at ${ref}`);
  let target: any = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    target = target?.[key];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  const { $ref: _ignored, ...siblings } = node;
  return { ...deref(doc, target, [...seen, ref]), ...siblings };
}

/** The chain of $refs a node goes through (to stop on recursive schemas such as comment threads). */
function refChain(doc: Json, node: any): string {
  const refs: string[] = [];
  let current = node;
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    refs.push(current.$ref);
    current = deref(doc, { $ref: current.$ref });
    if (refs.length > 20) break;
  }
  return refs.join(">");
}

type Kind = "object" | "array" | "leaf";

function kindOf(s: Json): Kind {
  if (s.type === "array" || s.items) return "array";
  if (s.type === "object" || s.properties || s.additionalProperties) return "object";
  return "leaf";
}

const typeText = (t: unknown) =>
  t === undefined ? "none" : JSON.stringify(Array.isArray(t) ? [...t].sort() : t);

/**
 * Compares two schemas at every depth: object property names, `required` lists, additionalProperties,
 * array items, and leaf type/format/enum. `a` is ours, `b` upstream.
 */
function compareSchemas(
  label: string,
  a0: any,
  b0: any,
  upDoc: Json,
  diffs: string[],
  seen: Set<string> = new Set(),
): void {
  const pair = `${refChain(ours, a0)}|${refChain(upDoc, b0)}`;
  if (pair !== "|" && seen.has(pair)) return;
  const nextSeen = pair === "|" ? seen : new Set([...seen, pair]);
  const a = deref(ours, a0 ?? {});
  const b = deref(upDoc, b0 ?? {});
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka !== kb) {
    diffs.push(`${label}: ${ka} in ours, ${kb} upstream`);
    return;
  }
  if (ka === "array") {
    compareSchemas(`${label}[]`, a.items, b.items, upDoc, diffs, nextSeen);
    return;
  }
  if (ka === "leaf") {
    if (typeText(a.type) !== typeText(b.type))
      diffs.push(`${label}: type ${typeText(a.type)} in ours, ${typeText(b.type)} upstream`);
    if (a.format !== b.format)
      diffs.push(`${label}: format ${a.format ?? "none"} in ours, ${b.format ?? "none"} upstream`);
    const ea = a.enum ? JSON.stringify([...a.enum].sort()) : "none";
    const eb = b.enum ? JSON.stringify([...b.enum].sort()) : "none";
    if (ea !== eb) diffs.push(`${label}: enum ${ea} in ours, ${eb} upstream`);
    return;
  }
  const pa = Object.keys(a.properties ?? {});
  const pb = Object.keys(b.properties ?? {});
  const ra: string[] = a.required ?? [];
  const rb: string[] = b.required ?? [];
  for (const p of pa.filter((p) => !pb.includes(p)))
    diffs.push(`${label}: property "${p}" only in ours${ra.includes(p) ? " (required)" : ""}`);
  for (const p of pb.filter((p) => !pa.includes(p)))
    diffs.push(
      `${label}: property "${p}" missing from ours${rb.includes(p) ? " (required upstream)" : ""}`,
    );
  for (const p of pa.filter((p) => pb.includes(p))) {
    if (ra.includes(p) !== rb.includes(p))
      diffs.push(
        `${label}: "${p}" is ${ra.includes(p) ? "required" : "optional"} in ours, ${rb.includes(p) ? "required" : "optional"} upstream`,
      );
  }
  for (const p of ra.filter((p) => !pa.includes(p)))
    diffs.push(`${label}: ours requires undeclared property "${p}"`);
  const hasA = a.additionalProperties !== undefined && a.additionalProperties !== false;
  const hasB = b.additionalProperties !== undefined && b.additionalProperties !== false;
  if (hasA !== hasB)
    diffs.push(`${label}: additionalProperties ${hasA ? "only in ours" : "only upstream"}`);
  for (const p of pa.filter((p) => pb.includes(p)))
    compareSchemas(`${label}.${p}`, a.properties[p], b.properties[p], upDoc, diffs, nextSeen);
}

// ---------------------------------------------------------------------------------------------
// Operations of both sides
// ---------------------------------------------------------------------------------------------

interface Operation {
  operationId: string;
  method: string;
  path: string;
  op: Json;
  item: Json;
}

const operations: Operation[] = Object.entries(ours.paths as Json).flatMap(([p, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({
    operationId: item[m].operationId as string,
    method: m.toUpperCase(),
    path: p,
    op: item[m],
    item,
  })),
);
const csatOperation = operations.find((o) => o.operationId === "sendCsatEvent");
const qaOperations = operations.filter((o) => o.operationId !== "sendCsatEvent");

/** The upstream file that should hold an operation (by path prefix), and the operation in it. */
function upstreamOf(o: Operation) {
  const u = upstreams.find((x) => o.path.startsWith(x.prefix));
  const item = u?.doc.paths?.[o.path];
  const op = item?.[o.method.toLowerCase()];
  return u && op ? { u, op: op as Json, item: item as Json } : undefined;
}

type Aspect = "host" | "parameters" | "requestBody" | "responses";

function aspectOf(diff: string): Aspect {
  if (diff.startsWith("server")) return "host";
  if (diff.startsWith("requestBody")) return "requestBody";
  if (diff.startsWith("response")) return "responses";
  return "parameters";
}

function compareHost(o: Operation, upDoc: Json, diffs: string[]): void {
  const servers: Json[] = o.item.servers ?? [];
  if (servers.length !== 1) {
    diffs.push(`servers: ${servers.length} entries on the path item, expected 1`);
    return;
  }
  const s = servers[0] as Json;
  if (s.url !== QA_SERVER) diffs.push(`server: url ${s.url}, expected ${QA_SERVER}`);
  const sub = s.variables?.subdomain;
  if (!sub?.default || !sub?.description)
    diffs.push("server: variable subdomain needs a default and a description");
  const resolved = String(s.url).replace("{subdomain}", sub?.default ?? "");
  const expected = `https://${upDoc.host}${upDoc.basePath}`;
  if (resolved !== expected) diffs.push(`server: ${resolved} in ours, ${expected} upstream`);
}

interface ParamFacts {
  required: boolean;
  type: unknown;
  format: unknown;
  items?: { type: unknown; format: unknown };
  multi: boolean;
  collectionFormat?: string;
}

function compareParameters(o: Operation, up: Json, upItem: Json, diffs: string[]): void {
  const a = new Map<string, ParamFacts>();
  for (const p0 of [...(o.item.parameters ?? []), ...(o.op.parameters ?? [])]) {
    const p = deref(ours, p0);
    if (p.in !== "path" && p.in !== "query") continue;
    const s = deref(ours, p.schema ?? {});
    const items = s.items ? deref(ours, s.items) : undefined;
    a.set(`${p.in} "${p.name}"`, {
      required: p.required === true,
      type: s.type,
      format: s.format,
      items: items ? { type: items.type, format: items.format } : undefined,
      multi: p.style === "form" && p.explode === true,
    });
  }
  const b = new Map<string, ParamFacts>();
  for (const p of [...(upItem.parameters ?? []), ...(up.parameters ?? [])] as Json[]) {
    if (p.in !== "path" && p.in !== "query") continue;
    b.set(`${p.in} "${p.name}"`, {
      required: p.required === true,
      type: p.type,
      format: p.format,
      items: p.items ? { type: p.items.type, format: p.items.format } : undefined,
      multi: p.collectionFormat === "multi",
      collectionFormat: p.collectionFormat,
    });
  }
  for (const k of a.keys()) if (!b.has(k)) diffs.push(`${k}: only in ours`);
  for (const k of b.keys()) if (!a.has(k)) diffs.push(`${k}: missing from ours`);
  for (const [k, pa] of a) {
    const pb = b.get(k);
    if (!pb) continue;
    if (pa.required !== pb.required)
      diffs.push(`${k}: required is ${pa.required} in ours, ${pb.required} upstream`);
    if (typeText(pa.type) !== typeText(pb.type))
      diffs.push(`${k}: type ${typeText(pa.type)} in ours, ${typeText(pb.type)} upstream`);
    if (pa.format !== pb.format)
      diffs.push(`${k}: format ${pa.format ?? "none"} in ours, ${pb.format ?? "none"} upstream`);
    if (JSON.stringify(pa.items) !== JSON.stringify(pb.items))
      diffs.push(
        `${k}: items ${JSON.stringify(pa.items)} in ours, ${JSON.stringify(pb.items)} upstream`,
      );
    if (pb.multi && !pa.multi)
      diffs.push(`${k}: collectionFormat multi upstream needs style: form, explode: true in ours`);
    if (pa.multi && pb.type === "array" && !pb.multi)
      diffs.push(
        `${k}: exploded in ours, collectionFormat ${pb.collectionFormat ?? "csv"} upstream`,
      );
  }
}

function compareRequestBody(o: Operation, up: Json, upDoc: Json, diffs: string[]): void {
  const a = o.op.requestBody ? deref(ours, o.op.requestBody) : undefined;
  const body = ((up.parameters ?? []) as Json[]).find((p) => p.in === "body");
  if (!a || !body) {
    if (a || body) diffs.push(`requestBody: ${a ? "only in ours" : "missing from ours"}`);
    return;
  }
  if ((a.required === true) !== (body.required === true))
    diffs.push(
      `requestBody: required is ${a.required === true} in ours, ${body.required === true} upstream`,
    );
  const types = Object.keys(a.content ?? {})
    .sort()
    .join(",");
  const upTypes = [...(up.consumes ?? upDoc.consumes ?? ["application/json"])].sort().join(",");
  if (types !== upTypes)
    diffs.push(`requestBody: media types ${types} in ours, ${upTypes} upstream`);
  compareSchemas("requestBody", a.content?.["application/json"]?.schema, body.schema, upDoc, diffs);
}

function compareResponses(o: Operation, up: Json, upDoc: Json, diffs: string[]): void {
  const codesA = Object.keys(o.op.responses ?? {}).sort();
  const codesB = Object.keys(up.responses ?? {}).sort();
  for (const c of codesB) if (!codesA.includes(c)) diffs.push(`response ${c}: missing from ours`);
  for (const c of codesA) if (!codesB.includes(c)) diffs.push(`response ${c}: only in ours`);
  const a = o.op.responses?.["200"] ? deref(ours, o.op.responses["200"]) : undefined;
  const b = up.responses?.["200"];
  if (!a || !b) return;
  const sa = a.content?.["application/json"]?.schema;
  if (Boolean(sa) !== Boolean(b.schema)) {
    diffs.push(`response 200: ${sa ? "has a body in ours only" : "has a body upstream only"}`);
    return;
  }
  if (sa) compareSchemas("response 200 body", sa, b.schema, upDoc, diffs);
}

function differences(o: Operation): string[] {
  const up = upstreamOf(o);
  if (!up) return [];
  const diffs: string[] = [];
  compareHost(o, up.u.doc, diffs);
  compareParameters(o, up.op, up.item, diffs);
  compareRequestBody(o, up.op, up.u.doc, diffs);
  compareResponses(o, up.op, up.u.doc, diffs);
  return diffs;
}

function expectListed(found: string[], listed: Exception[], what: string): void {
  const unexplained = found.filter((d) => !listed.some((e) => e.diff === d));
  const stale = listed.filter((e) => !found.includes(e.diff)).map((e) => e.diff);
  expect(unexplained, `differences from ${what} that are not listed in \`exceptions\``).toEqual([]);
  expect(stale, "entries in `exceptions` that no longer match a difference").toEqual([]);
}

function check(o: Operation, aspect: Aspect): void {
  const up = upstreamOf(o);
  const found = differences(o).filter((d) => aspectOf(d) === aspect);
  const listed = exceptions.filter(
    (e) => e.operationId === o.operationId && aspectOf(e.diff) === aspect,
  );
  expectListed(found, listed, up ? path.basename(up.u.file) : "the upstream file");
}

/** The schema a response (possibly a components/responses $ref) answers with, as a $ref string. */
function responseSchemaRef(r0: Json | undefined): string | undefined {
  if (!r0) return undefined;
  return deref(ours, r0).content?.["application/json"]?.schema?.$ref;
}

/** Names of the query/path parameters an operation takes. */
function parameterNames(o: Operation): string[] {
  return [...(o.item.parameters ?? []), ...(o.op.parameters ?? [])].map(
    (p: Json) => deref(ours, p).name as string,
  );
}

/** Follows a dot path through properties of a schema. */
function schemaAt(doc: Json, schema: Json, dotPath: string): Json | undefined {
  let s: any = deref(doc, schema);
  for (const key of dotPath.split(".")) {
    s = s?.properties?.[key] ? deref(doc, s.properties[key]) : undefined;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("Klaus spec vs Zendesk QA's own Export and Import Swagger files", () => {
  it("declares 23 operations (1 CSAT + 18 export + 4 import) with unique operationIds", () => {
    expect(operations).toHaveLength(23);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    expect(qaOperations.map((o) => o.operationId).sort()).toEqual([...QA_OPERATIONS].sort());
    expect(qaOperations.filter((o) => o.path.startsWith("/api/export/"))).toHaveLength(18);
    expect(qaOperations.filter((o) => o.path.startsWith("/api/import/"))).toHaveLength(4);
  });

  it("covers every operation of both upstream files (22/22)", () => {
    const ourKeys = new Set(operations.map((o) => `${o.method} ${o.path}`));
    const all: string[] = [];
    const missing: string[] = [];
    for (const u of upstreams) {
      for (const [p, item] of Object.entries(u.doc.paths as Json)) {
        for (const m of METHODS) {
          if (!item[m]) continue;
          const key = `${m.toUpperCase()} ${p}`;
          all.push(key);
          if (!ourKeys.has(key)) missing.push(`${u.name}: ${key}`);
        }
      }
    }
    expect(all).toHaveLength(22);
    expect(missing).toEqual([]);
  });

  it("keeps the CSAT event on the root host, out of both upstream files, with its own open error", () => {
    expect(ours.servers?.[0]?.url).toBe(CSAT_HOST);
    expect(csatOperation, "sendCsatEvent").toBeDefined();
    const o = csatOperation!;
    expect(o.item.servers).toBeUndefined();
    for (const u of upstreams) expect(u.doc.paths?.[o.path], u.name).toBeUndefined();
    for (const code of ["4XX", "default"])
      expect(responseSchemaRef(o.op.responses[code]), code).toBe(
        "#/components/schemas/CsatErrorResponse",
      );
  });

  it("authenticates everything with one bearer scheme, which upstream describes as an Authorization header", () => {
    expect(Object.keys(ours.components.securitySchemes)).toEqual(["bearer"]);
    expect(ours.components.securitySchemes.bearer).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(ours.security).toEqual([{ bearer: [] }]);
    for (const o of operations) expect(o.op.security, o.operationId).toBeUndefined();
    for (const u of upstreams) {
      const schemes = Object.values(u.doc.securityDefinitions as Json);
      expect(schemes, u.name).toEqual([
        expect.objectContaining({ type: "apiKey", in: "header", name: "Authorization" }),
      ]);
      expect(String((schemes[0] as Json).description), u.name).toMatch(/Bearer/);
    }
  });

  it("lists exceptions only for operations we declare, each once and with a reason", () => {
    const ids = new Set([...operations.map((o) => o.operationId), ERROR_RESPONSE]);
    expect(exceptions.filter((e) => !ids.has(e.operationId)).map((e) => e.operationId)).toEqual([]);
    const keys = exceptions.map((e) => `${e.operationId} ${e.diff}`);
    expect(keys.length).toBe(new Set(keys).size);
    expect(exceptions.filter((e) => e.why.trim().length < 20)).toEqual([]);
  });

  it("ErrorResponse matches both files' gRPC status schemas", () => {
    const found: string[] = [];
    for (const u of upstreams) {
      const refs = new Set<string>();
      for (const item of Object.values(u.doc.paths as Json))
        for (const m of METHODS) if (item[m]) refs.add(item[m].responses?.default?.schema?.$ref);
      expect([...refs], `${u.name}: one default error schema`).toHaveLength(1);
      compareSchemas(
        `${u.name} default body`,
        { $ref: ERROR_SCHEMA },
        { $ref: [...refs][0] },
        u.doc,
        found,
      );
    }
    expectListed(
      found,
      exceptions.filter((e) => e.operationId === ERROR_RESPONSE),
      "googlerpcStatus / rpcStatus",
    );
  });

  const cases = qaOperations.map((o) => [`${o.operationId} (${o.method} ${o.path})`, o] as const);

  describe.each(cases)("%s", (_name, o) => {
    it("exists upstream at the same method and path", () => {
      const u = upstreams.find((x) => o.path.startsWith(x.prefix));
      expect(u, `${o.path} is neither an export nor an import path`).toBeDefined();
      expect(upstreamOf(o), `${o.method} ${o.path} in ${path.basename(u!.file)}`).toBeDefined();
    });

    it("is served from the {subdomain}.zendesk.com/qa host upstream names", () => check(o, "host"));

    it("has the same path and query parameters", () => check(o, "parameters"));

    it("has the same request body", () => check(o, "requestBody"));

    it("has the same status codes and 200 body", () => check(o, "responses"));

    it("answers errors (default and 4XX) with the shared ErrorResponse", () => {
      expect(responseSchemaRef(o.op.responses?.default), "default").toBe(ERROR_SCHEMA);
      expect(responseSchemaRef(o.op.responses?.["4XX"]), "4XX").toBe(ERROR_SCHEMA);
    });

    it("marks pagination by the parameters it takes, with items and fields upstream answers", () => {
      const names = parameterNames(o);
      const pagination = o.op["x-cxkit-pagination"];
      const up = upstreamOf(o);
      const upBody = up?.op.responses?.["200"]?.schema;
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
        expect(Object.keys(pagination).sort()).toEqual(
          ["items", "page", "pageParam", "sizeParam", "style", "total"].sort(),
        );
        for (const field of [pagination.page, pagination.total]) {
          expect(schemaAt(up!.u.doc, upBody, field)?.type, `${field} upstream`).toBe("integer");
        }
      } else {
        expect(pagination).toBeUndefined();
        return;
      }
      // The dot paths name real fields: an array of items (ours and upstream) and, for cursors, a string.
      const ourBody = deref(ours, o.op.responses["200"]).content["application/json"].schema;
      expect(schemaAt(ours, ourBody, pagination.items)?.type, "items in ours").toBe("array");
      expect(schemaAt(up!.u.doc, upBody, pagination.items)?.type, "items upstream").toBe("array");
      if (pagination.next) {
        expect(schemaAt(ours, ourBody, pagination.next)?.type, "next in ours").toBe("string");
        expect(schemaAt(up!.u.doc, upBody, pagination.next)?.type, "next upstream").toBe("string");
      }
    });
  });

  describe("import limits and idempotency", () => {
    const byId = (id: string) => operations.find((o) => o.operationId === id)!;
    const bodySchema = (id: string) =>
      deref(ours, deref(ours, byId(id).op.requestBody).content["application/json"].schema);

    it("caps tickets per request at the safe 100 and comments per ticket at 500", () => {
      const data = deref(ours, bodySchema("importTickets").properties.data);
      expect(data.maxItems).toBe(100);
      const ticket = deref(ours, data.items);
      expect(deref(ours, ticket.properties.comments).maxItems).toBe(500);
    });

    it("marks importTickets safe to repeat because the ticket key `id` is required", () => {
      const ticket = deref(ours, deref(ours, bodySchema("importTickets").properties.data).items);
      expect(ticket.required).toContain("id");
      expect(byId("importTickets").op["x-cxkit-idempotent"]).toBe(true);
    });

    it("marks importUsers safe to repeat because the user key `userEmail` is required", () => {
      const user = deref(ours, deref(ours, bodySchema("importUsers").properties.data).items);
      expect(user.required).toContain("userEmail");
      expect(byId("importUsers").op["x-cxkit-idempotent"]).toBe(true);
    });

    it("sends the repeated ticketExternalIds as an exploded form array", () => {
      const p = deref(ours, byId("deleteImportedTickets").op.parameters[0]);
      expect(p).toMatchObject({
        name: "ticketExternalIds",
        in: "query",
        style: "form",
        explode: true,
      });
      expect(p.schema).toMatchObject({ type: "array", items: { type: "string" } });
    });
  });
});
