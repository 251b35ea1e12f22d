// Conformance of our Dixa spec (specs/dixa/openapi.yaml) with Dixa's own OpenAPI description
// (../shared/upstream-specs/dixa-api-beta.openapi.yaml, whose /beta/ paths are today's /v1/).
//
// For every operation we declare, the upstream file must have the same method + path, and these must
// agree: path and query parameters (names, `required`, schema type/format), the request body (whether it
// is required, and per object or per oneOf variant: property names and `required` lists), the set of
// response status codes, which 2xx answers have a body, and the property names / `required` lists of
// each JSON 2xx body and of its `data` (when that is an object, an array of objects, or a oneOf).
//
// Deliberate differences are listed in `exceptions` with the reason. A difference that is not listed
// fails the test, and so does a listed exception that no longer matches a real difference.
//
// Every upstream operation must be declared. Operations whose path item names its own server (the
// Dixa Exports API on exports.dixa.io, which Dixa's file does not describe) are not compared; the test
// checks there are exactly those two, with their server and bearer security.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = Record<string, any>;

const here = path.dirname(fileURLToPath(import.meta.url));
const OURS_FILE = path.resolve(here, "../specs/dixa/openapi.yaml");
const UPSTREAM_RELATIVE = "shared/upstream-specs/dixa-api-beta.openapi.yaml";

/** `../shared/...` beside the repository; from a worktree nested one level deeper, the nearest ancestor's. */
function findUpstreamFile(): string {
  let dir = path.resolve(here, "../..");
  for (;;) {
    const candidate = path.join(dir, UPSTREAM_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(here, "../..", UPSTREAM_RELATIVE);
    dir = parent;
  }
}
const UPSTREAM_FILE = findUpstreamFile();

const ours: Json = parse(readFileSync(OURS_FILE, "utf8"));
const upstream: Json = parse(readFileSync(UPSTREAM_FILE, "utf8"));

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

// ---------------------------------------------------------------------------------------------
// Deliberate differences
// ---------------------------------------------------------------------------------------------

interface Exception {
  operationId: string;
  /** Exact difference text as produced by the comparison below. */
  diff: string;
  why: string;
}

const ADDED_TYPE =
  "Dixa's file declares no `_type` on this oneOf variant, but every real body carries it " +
  "(vendor-facts 1.5); we declare it as the discriminator (required, const).";

/** One exception per variant: `_type` declared by us (required const), absent from Dixa's variant. */
function typeAdded(
  operationId: string,
  where: string,
  variants: string[],
  why: string,
): Exception[] {
  return variants.map((v) => ({
    operationId,
    diff: `${where} [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} ${why}`,
  }));
}

const CONVERSATION_VARIANTS = [
  "AnonymizedConversation",
  "ChatConversation",
  "ContactFormConversation",
  "EmailConversation",
  "FacebookMessengerConversation",
  "GenericConversation",
  "MessengerConversation",
  "PstnPhoneConversation",
  "SmsConversation",
  "TwitterConversation",
  "WhatsAppConversation",
];

const BULK_OUTCOMES = ["BulkActionFailure", "BulkActionSuccess"];

const exceptions: Exception[] = [
  // createConversation: body is oneOf Callback | Chat | ContactForm | Email | Sms, none with `_type` upstream.
  ...["Callback", "Chat", "ContactForm", "Email", "Sms"].map((v) => ({
    operationId: "createConversation",
    diff: `requestBody [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample sends \`"_type": "Email"\`.`,
  })),
  // addMessage: body is oneOf Inbound | Outbound.
  ...["Inbound", "Outbound"].map((v) => ({
    operationId: "addMessage",
    diff: `requestBody [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample sends \`"_type": "Inbound"\`.`,
  })),
  {
    operationId: "importConversation",
    diff: 'requestBody: property "_type" only in ours (required)',
    why:
      "Upstream models the body as the plain object GenericConversationImport, but the docs and Dixa's " +
      'own samples send `"_type": "GenericConversationImport"` (the older v1 reference shows the body as a oneOf).',
  },
  // getConversation / listLinkedConversations: data is oneOf of 11 conversation variants.
  ...CONVERSATION_VARIANTS.map((v) => ({
    operationId: "getConversation",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "ChatConversation"\`.`,
  })),
  ...CONVERSATION_VARIANTS.map((v) => ({
    operationId: "listLinkedConversations",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "EmailConversation"\`.`,
  })),
  // addInternalNotes: data items are oneOf BulkActionSuccess | BulkActionFailure.
  ...["BulkActionFailure", "BulkActionSuccess"].map((v) => ({
    operationId: "addInternalNotes",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "BulkActionSuccess"\` / \`"BulkActionFailure"\`.`,
  })),
  {
    operationId: "searchConversations",
    diff: 'response 200 data: property "_type" only in ours',
    why:
      'The docs sample of this answer has `"_type": "ConversationSearchHit"` on each hit; upstream does not ' +
      "declare it. Optional in ours because upstream's own sample of the same answer leaves it out.",
  },
  // Contact endpoints: data (or its items) is oneOf EmailEndpoint | TelephonyEndpoint.
  ...["listContactEndpoints", "getContactEndpoint"].flatMap((id) =>
    typeAdded(
      id,
      "response 200 data",
      ["EmailEndpoint", "TelephonyEndpoint"],
      'Dixa\'s own samples answer `"_type": "EmailEndpoint"` / `"TelephonyEndpoint"`, and the list filters on the same values (`?_type=`).',
    ),
  ),
  // Templates: data items are oneOf EmailAutoReply | QuickResponse.
  ...typeAdded(
    "listTemplates",
    "response 200 data",
    ["EmailAutoReply", "QuickResponse"],
    'Dixa\'s own sample answers `"_type": "QuickResponse"` / `"EmailAutoReply"`, the values of the `type` filter.',
  ),
  // End users: the conversations of an end user are the Conversation union of getConversation.
  ...typeAdded(
    "listEndUserConversations",
    "response 200 data",
    CONVERSATION_VARIANTS,
    'Dixa\'s own sample of this answer has `"_type": "ChatConversation"`, as getConversation\'s does.',
  ),
  // Bulk writes: data items are oneOf BulkActionSuccess | BulkActionFailure (vendor-facts 1.4).
  ...(
    [
      ["updateEndUsers", "200"],
      ["patchEndUsers", "200"],
      ["createEndUsers", "201"],
      ["updateAgents", "200"],
      ["patchAgents", "200"],
      ["createAgents", "201"],
      ["addQueueMembers", "200"],
    ] as const
  ).flatMap(([id, code]) =>
    typeAdded(
      id,
      `response ${code} data`,
      BULK_OUTCOMES,
      'Dixa\'s own samples of this answer tag each outcome `"_type": "BulkActionSuccess"` / `"BulkActionFailure"`.',
    ),
  ),
  // Queue availability: data items are oneOf Failure | Success (ChannelAvailabilityOutcome).
  ...typeAdded(
    "getQueueAvailability",
    "response 200 data",
    ["Failure", "Success"],
    'Dixa\'s own sample tags each outcome `"_type": "Success"` / `"Failure"` (and the nested channel and error `"GenericChannel"` / `"UnexpectedError"`).',
  ),
  {
    operationId: "listKnowledgeCollections",
    diff: 'response 200 body: property "meta" only in ours',
    why:
      "Dixa's file gives this list pageKey/pageLimit but no `meta` in the answer, so the next cursor " +
      "could never be read; every other paginated Dixa list answers `meta.next` (PaginationLinks), and " +
      "our pagination walk needs it. Optional, so an answer without it still fits.",
  },
  // Timestamps: our DixaTimestamp (pattern) replaces `format: date-time`.
  ...["fromDatetime", "toDatetime"].map((name) => ({
    operationId: "listOrganizationActivityLog",
    diff: `query "${name}": format is "date-time" upstream, none in ours`,
    why:
      "Timestamps use our DixaTimestamp schema (a pattern that also accepts Java's `...Z[GMT]` form) " +
      "instead of `format: date-time`, which Dixa's own samples violate.",
  })),
];

// ---------------------------------------------------------------------------------------------
// $ref resolution and shape extraction
// ---------------------------------------------------------------------------------------------

/** Follows local `#/...` refs; sibling keys of a `$ref` (3.1 description/summary) are kept. */
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

interface ObjectShape {
  properties: string[];
  required: string[];
  hasAdditionalProperties: boolean;
}
type Shape =
  | { kind: "object"; object: ObjectShape }
  | { kind: "oneOf"; variants: Map<string, ObjectShape> }
  | { kind: "other"; type: string };

function objectShape(doc: Json, schema: Json): ObjectShape {
  const s = deref(doc, schema);
  let properties = Object.keys(s.properties ?? {});
  let required: string[] = [...(s.required ?? [])];
  let hasAdditionalProperties =
    s.additionalProperties !== undefined && s.additionalProperties !== false;
  for (const part of s.allOf ?? []) {
    const p = objectShape(doc, part);
    properties = [...properties, ...p.properties];
    required = [...required, ...p.required];
    hasAdditionalProperties ||= p.hasAdditionalProperties;
  }
  return {
    properties: [...new Set(properties)],
    required: [...new Set(required)],
    hasAdditionalProperties,
  };
}

/** Name of a oneOf variant: our `_type` const, else the title without generic suffixes. */
function variantKey(doc: Json, schema: Json): string {
  const s = deref(doc, schema);
  const typeProp = s.properties?._type ? deref(doc, s.properties._type) : undefined;
  if (typeProp?.const !== undefined) return String(typeProp.const);
  if (typeof s.title === "string") return s.title.split("_")[0];
  throw new Error(
    `oneOf variant without _type const or title: ${JSON.stringify(schema).slice(0, 200)}`,
  );
}

function shapeOf(doc: Json, schema: Json | undefined): Shape {
  if (!schema) return { kind: "other", type: "none" };
  const s = deref(doc, schema);
  if (Array.isArray(s.oneOf)) {
    const variants = new Map<string, ObjectShape>();
    for (const v of s.oneOf) {
      const key = variantKey(doc, v);
      if (variants.has(key)) throw new Error(`duplicate oneOf variant ${key}`);
      variants.set(key, objectShape(doc, v));
    }
    return { kind: "oneOf", variants };
  }
  if (s.type === "object" || s.properties || s.allOf || s.additionalProperties) {
    return { kind: "object", object: objectShape(doc, s) };
  }
  return { kind: "other", type: JSON.stringify(s.type ?? "any") };
}

function compareObjects(label: string, a: ObjectShape, b: ObjectShape, diffs: string[]): void {
  for (const p of a.properties) {
    if (!b.properties.includes(p)) {
      diffs.push(
        `${label}: property "${p}" only in ours${a.required.includes(p) ? " (required)" : ""}`,
      );
    }
  }
  for (const p of b.properties) {
    if (!a.properties.includes(p)) {
      diffs.push(
        `${label}: property "${p}" missing from ours${b.required.includes(p) ? " (required upstream)" : ""}`,
      );
    }
  }
  for (const p of a.properties.filter((x) => b.properties.includes(x))) {
    const ra = a.required.includes(p);
    const rb = b.required.includes(p);
    if (ra !== rb)
      diffs.push(
        `${label}: "${p}" is ${ra ? "required" : "optional"} in ours, ${rb ? "required" : "optional"} upstream`,
      );
  }
  for (const p of a.required.filter((x) => !a.properties.includes(x))) {
    diffs.push(`${label}: ours requires undeclared property "${p}"`);
  }
  if (a.hasAdditionalProperties !== b.hasAdditionalProperties) {
    diffs.push(
      `${label}: additionalProperties ${a.hasAdditionalProperties ? "only in ours" : "only upstream"}`,
    );
  }
}

function compareShapes(label: string, a: Shape, b: Shape, diffs: string[]): void {
  if (a.kind !== b.kind) {
    diffs.push(`${label}: ours is ${a.kind}, upstream is ${b.kind}`);
    return;
  }
  if (a.kind === "object" && b.kind === "object") compareObjects(label, a.object, b.object, diffs);
  else if (a.kind === "oneOf" && b.kind === "oneOf") {
    for (const k of a.variants.keys())
      if (!b.variants.has(k)) diffs.push(`${label}: variant ${k} only in ours`);
    for (const k of b.variants.keys())
      if (!a.variants.has(k)) diffs.push(`${label}: variant ${k} missing from ours`);
    for (const [k, av] of a.variants) {
      const bv = b.variants.get(k);
      if (bv) compareObjects(`${label} [${k}]`, av, bv, diffs);
    }
  } else if (a.kind === "other" && b.kind === "other" && a.type !== b.type) {
    diffs.push(`${label}: type ${a.type} in ours, ${b.type} upstream`);
  }
}

/** Schema of `data` when it is an object, an array of objects, or a oneOf (directly or as items). */
function dataShape(doc: Json, body: Json): Shape | undefined {
  const s = deref(doc, body);
  const data = s.properties?.data ? deref(doc, s.properties.data) : undefined;
  if (!data) return undefined;
  const target = data.type === "array" ? deref(doc, data.items) : data;
  const shape = shapeOf(doc, target);
  return shape.kind === "other" ? undefined : shape;
}

// ---------------------------------------------------------------------------------------------
// Per-operation comparison
// ---------------------------------------------------------------------------------------------

type Aspect = "parameters" | "requestBody" | "responses";

function aspectOf(diff: string): Aspect {
  if (diff.startsWith("requestBody")) return "requestBody";
  if (diff.startsWith("response")) return "responses";
  return "parameters";
}

function compareParameters(
  opOurs: Json,
  opUp: Json,
  itemOurs: Json,
  itemUp: Json,
  diffs: string[],
): void {
  const collect = (doc: Json, item: Json, op: Json) => {
    const out = new Map<string, Json>();
    for (const p0 of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = deref(doc, p0);
      if (p.in !== "path" && p.in !== "query") continue;
      out.set(`${p.in} "${p.name}"`, {
        required: p.required === true,
        schema: deref(doc, p.schema ?? {}),
      });
    }
    return out;
  };
  const a = collect(ours, itemOurs, opOurs);
  const b = collect(upstream, itemUp, opUp);
  for (const k of a.keys()) if (!b.has(k)) diffs.push(`${k}: only in ours`);
  for (const k of b.keys()) if (!a.has(k)) diffs.push(`${k}: missing from ours`);
  for (const [k, pa] of a) {
    const pb = b.get(k);
    if (!pb) continue;
    if (pa.required !== pb.required)
      diffs.push(`${k}: required is ${pa.required} in ours, ${pb.required} upstream`);
    if (pa.schema.type !== pb.schema.type)
      diffs.push(`${k}: type is "${pb.schema.type}" upstream, "${pa.schema.type}" in ours`);
    if (pa.schema.format !== pb.schema.format) {
      diffs.push(
        `${k}: format is ${pb.schema.format ? `"${pb.schema.format}"` : "none"} upstream, ${pa.schema.format ? `"${pa.schema.format}"` : "none"} in ours`,
      );
    }
  }
}

function compareRequestBody(opOurs: Json, opUp: Json, diffs: string[]): void {
  const a = opOurs.requestBody ? deref(ours, opOurs.requestBody) : undefined;
  const b = opUp.requestBody ? deref(upstream, opUp.requestBody) : undefined;
  if (!a || !b) {
    if (a || b) diffs.push(`requestBody: ${a ? "only in ours" : "missing from ours"}`);
    return;
  }
  if ((a.required === true) !== (b.required === true)) {
    diffs.push(
      `requestBody: required is ${a.required === true} in ours, ${b.required === true} upstream`,
    );
  }
  const ta = Object.keys(a.content ?? {})
    .sort()
    .join(",");
  const tb = Object.keys(b.content ?? {})
    .sort()
    .join(",");
  if (ta !== tb) diffs.push(`requestBody: media types ${ta} in ours, ${tb} upstream`);
  const sa = a.content?.["application/json"]?.schema;
  const sb = b.content?.["application/json"]?.schema;
  if (sa && sb) compareShapes("requestBody", shapeOf(ours, sa), shapeOf(upstream, sb), diffs);
}

function compareResponses(opOurs: Json, opUp: Json, diffs: string[]): void {
  const codesA = Object.keys(opOurs.responses ?? {}).sort();
  const codesB = Object.keys(opUp.responses ?? {}).sort();
  for (const c of codesB) if (!codesA.includes(c)) diffs.push(`response ${c}: missing from ours`);
  for (const c of codesA) if (!codesB.includes(c)) diffs.push(`response ${c}: only in ours`);
  for (const code of codesA.filter((c) => codesB.includes(c) && c.startsWith("2"))) {
    const a = deref(ours, opOurs.responses[code]);
    const b = deref(upstream, opUp.responses[code]);
    const hasA = Boolean(a.content && Object.keys(a.content).length);
    const hasB = Boolean(b.content && Object.keys(b.content).length);
    if (hasA !== hasB) {
      diffs.push(
        `response ${code}: ${hasA ? "has a body in ours only" : "has a body upstream only"}`,
      );
      continue;
    }
    const sa = a.content?.["application/json"]?.schema;
    const sb = b.content?.["application/json"]?.schema;
    if (!sa || !sb) continue;
    compareShapes(`response ${code} body`, shapeOf(ours, sa), shapeOf(upstream, sb), diffs);
    const da = dataShape(ours, sa);
    const db = dataShape(upstream, sb);
    if (da && db) compareShapes(`response ${code} data`, da, db, diffs);
    else if (da || db)
      diffs.push(`response ${code} data: object-like ${da ? "only in ours" : "only upstream"}`);
  }
}

interface Operation {
  operationId: string;
  method: string;
  path: string;
  upstreamPath: string;
  op: Json;
  item: Json;
  /** The path item names its own server: not part of Dixa's file (the Exports API). */
  otherServer: boolean;
}

const operations: Operation[] = Object.entries(ours.paths as Json).flatMap(([p, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({
    operationId: item[m].operationId as string,
    method: m.toUpperCase(),
    path: p,
    upstreamPath: p.replace(/^\/v1\//, "/beta/"),
    op: item[m],
    item,
    otherServer: Array.isArray(item.servers) && item.servers.length > 0,
  })),
);

/** The operations Dixa's file describes (all on its one server); the others are compared elsewhere. */
const compared = operations.filter((o) => !o.otherServer);
const exportsOperations = operations.filter((o) => o.otherServer);

/** The Dixa Exports API (https://exports.dixa.io): documented on docs.dixa.io, absent from the file. */
const EXPORTS_PATHS = ["/v1/conversation_export", "/v1/message_export"];

const upstreamKeys: string[] = Object.entries(upstream.paths as Json).flatMap(([p, item]) =>
  METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${p}`),
);

function upstreamOperation(o: Operation): { op: Json; item: Json } | undefined {
  const item = upstream.paths?.[o.upstreamPath];
  const op = item?.[o.method.toLowerCase()];
  return op ? { op, item } : undefined;
}

function differences(o: Operation): string[] {
  const up = upstreamOperation(o);
  if (!up) return [];
  const diffs: string[] = [];
  compareParameters(o.op, up.op, o.item, up.item, diffs);
  compareRequestBody(o.op, up.op, diffs);
  compareResponses(o.op, up.op, diffs);
  return diffs;
}

function check(o: Operation, aspect: Aspect): void {
  const found = differences(o).filter((d) => aspectOf(d) === aspect);
  const listed = exceptions.filter(
    (e) => e.operationId === o.operationId && aspectOf(e.diff) === aspect,
  );
  const unexplained = found.filter((d) => !listed.some((e) => e.diff === d));
  const stale = listed.filter((e) => !found.includes(e.diff)).map((e) => e.diff);
  expect(unexplained, "differences from Dixa's file that are not listed in `exceptions`").toEqual(
    [],
  );
  expect(stale, "entries in `exceptions` that no longer match a difference").toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const EXPECTED_OPERATIONS = 125;

describe("Dixa spec vs Dixa's own OpenAPI file", () => {
  it(`declares ${EXPECTED_OPERATIONS} operations with unique operationIds`, () => {
    expect(operations).toHaveLength(EXPECTED_OPERATIONS);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
  });

  it("covers every upstream operation", () => {
    expect(upstreamKeys).toHaveLength(123);
    const ourKeys = new Set(compared.map((o) => `${o.method} ${o.upstreamPath}`));
    expect(upstreamKeys.filter((k) => !ourKeys.has(k))).toEqual([]);
  });

  it("has exactly the 2 Exports API operations on another server, none of them upstream", () => {
    expect(exportsOperations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      EXPORTS_PATHS.map((p) => `GET ${p}`),
    );
    for (const o of exportsOperations) {
      expect(upstreamOperation(o), o.path).toBeUndefined();
      expect(o.item.servers, o.path).toEqual([
        expect.objectContaining({ url: "https://exports.dixa.io" }),
      ]);
      expect(o.op.security, o.path).toEqual([{ bearer: [] }]);
    }
    expect(ours.security).toEqual([{ apiKey: [] }]);
  });

  it("lists exceptions only for operations we compare, each once and with a reason", () => {
    const ids = new Set(compared.map((o) => o.operationId));
    expect(exceptions.filter((e) => !ids.has(e.operationId)).map((e) => e.operationId)).toEqual([]);
    const keys = exceptions.map((e) => `${e.operationId} ${e.diff}`);
    expect(keys.length).toBe(new Set(keys).size);
    expect(exceptions.filter((e) => e.why.trim().length < 20)).toEqual([]);
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
    const visit = (node: any, where: string[]): void => {
      if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...where, String(i)]));
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node.oneOf)) {
        const at = where.join("/");
        if (!node.discriminator) found.push(at);
        else {
          expect(node.discriminator.propertyName, at).toBe("_type");
          const mapping: Record<string, string> = node.discriminator.mapping ?? {};
          const refs = node.oneOf.map((v: Json) => v.$ref);
          expect(Object.values(mapping).sort(), `${at} mapping`).toEqual([...refs].sort());
          for (const [wire, ref] of Object.entries(mapping)) {
            const v = objectShape(ours, { $ref: ref });
            const typeProp = [
              deref(ours, { $ref: ref }),
              ...(deref(ours, { $ref: ref }).allOf ?? []),
            ]
              .map((part: Json) => deref(ours, part).properties?._type)
              .find(Boolean);
            if (!v.required.includes("_type")) problems.push(`${ref}: _type not required`);
            if (typeProp?.const !== wire) problems.push(`${ref}: _type const is not ${wire}`);
          }
        }
      }
      for (const [k, v] of Object.entries(node)) visit(v, [...where, k]);
    };
    visit(ours, []);
    expect(found.sort()).toEqual(Object.keys(undiscriminated).sort());
    expect(problems).toEqual([]);
  });

  const cases = compared.map((o) => [`${o.operationId} (${o.method} ${o.path})`, o] as const);

  describe.each(cases)("%s", (_name, o) => {
    it("exists upstream at the same method and path", () => {
      expect(
        upstreamOperation(o),
        `${o.method} ${o.upstreamPath} in ${path.basename(UPSTREAM_FILE)}`,
      ).toBeDefined();
    });

    it("has the same tags and deprecation as upstream", () => {
      const up = upstreamOperation(o);
      expect([...(o.op.tags ?? [])].sort()).toEqual([...(up?.op.tags ?? [])].sort());
      expect(o.op.deprecated === true).toBe(up?.op.deprecated === true);
    });

    it("has the same path and query parameters", () => check(o, "parameters"));

    it("has the same request body", () => check(o, "requestBody"));

    it("has the same status codes and 2xx bodies", () => check(o, "responses"));
  });

  const allCases = operations.map((o) => [`${o.operationId} (${o.method} ${o.path})`, o] as const);

  describe.each(allCases)("%s", (_name, o) => {
    it("answers every error status with ErrorResponse ({message} required)", () => {
      for (const [code, r0] of Object.entries(o.op.responses as Json)) {
        if (!/^[45]/.test(code)) continue;
        const r = deref(ours, r0);
        if (o.otherServer) {
          // The Exports API documents its error statuses but not their bodies: none is declared.
          expect(r.content, `response ${code}`).toBeUndefined();
          continue;
        }
        const schemaRef = r.content?.["application/json"]?.schema?.$ref;
        expect(schemaRef, `response ${code}`).toBe("#/components/schemas/ErrorResponse");
        expect(objectShape(ours, { $ref: schemaRef }).required, `response ${code}`).toContain(
          "message",
        );
      }
    });

    it("marks pagination exactly where pageKey/pageLimit are accepted", () => {
      const names = [...(o.item.parameters ?? []), ...(o.op.parameters ?? [])].map(
        (p: Json) => deref(ours, p).name,
      );
      const paged = names.includes("pageKey") && names.includes("pageLimit");
      if (paged) {
        expect(o.op["x-cxkit-pagination"]).toEqual({
          style: "cursor-link",
          cursorParam: "pageKey",
          limitParam: "pageLimit",
          items: "data",
          next: "meta.next",
        });
        // The walk needs the items at `data` and the next link at `meta.next` of the 2xx body.
        const [code, r0] = Object.entries(o.op.responses as Json).find(([c]) => c.startsWith("2"))!;
        const body = deref(ours, deref(ours, r0).content?.["application/json"]?.schema);
        expect(deref(ours, body?.properties?.data)?.type, `response ${code} data`).toBe("array");
        expect(body?.properties?.meta?.$ref, `response ${code} meta`).toBe(
          "#/components/schemas/PaginationLinks",
        );
      } else {
        expect(o.op["x-cxkit-pagination"]).toBeUndefined();
      }
    });
  });
});
