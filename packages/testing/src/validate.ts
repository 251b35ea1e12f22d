import { checkAuth, type AcceptedCredentials } from "./auth.js";
import { matchMediaType, mediaTypeOf, parseBody, type RecordedFile } from "./body.js";
import { isJsonType } from "./media-type.js";
import {
  deref,
  type MediaInfo,
  type OperationSpec,
  type ParameterInfo,
  resolvePointer,
  type SecuritySchemeInfo,
} from "./operations.js";
import type { Problem } from "./problem.js";
import type { SchemaValidator } from "./schema-validator.js";

/** A request as read off the wire, before it is checked. */
export interface IncomingRequest {
  method: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  raw: Buffer;
}

/** The outcome of checking a request against its operation. */
export interface CheckedRequest {
  /** The first thing wrong with the request, in the order a server meets them. */
  problem: Problem | undefined;
  /** Every auth problem, most basic first (a vendor may name another one than the first). */
  authProblems: Extract<Problem, { kind: "auth" }>[];
  /** The parsed body (undefined when there is none). */
  body: unknown;
  files: Record<string, RecordedFile>;
}

/** What {@link checkRequest} needs besides the request. */
export interface CheckContext {
  operation: OperationSpec;
  validator: SchemaValidator;
  schemes: ReadonlyMap<string, SecuritySchemeInfo>;
  accepted: AcceptedCredentials;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The JSON type a schema (after `$ref`s) wants, for coercing strings; undefined when it says none. */
function wantedType(validator: SchemaValidator, pointer: string): string | undefined {
  if (!pointer) return undefined;
  const node = deref(validator.doc, resolvePointer(validator.doc, pointer), pointer).value;
  if (!node) return undefined;
  if (typeof node.type === "string") return node.type;
  if (Array.isArray(node.type)) return node.type.find((t) => t !== "null") as string | undefined;
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    const branches = node[key];
    if (Array.isArray(branches) && branches.length > 0) {
      const first = deref(validator.doc, branches[0], "").value;
      if (typeof first?.type === "string") return first.type;
    }
  }
  return undefined;
}

function coerceOne(type: string | undefined, raw: string): unknown {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) {
    return Number(raw);
  }
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  if (type === "null" && (raw === "" || raw === "null")) return null;
  return raw;
}

/**
 * A parameter or form value arrives as text: turn it into the JSON value its schema describes
 * (`"42"` -> 42 for an integer, `"true"` -> true, repeated or comma-separated values -> an array),
 * leaving text that does not fit as it is, so that validation names the problem.
 */
export function coerce(validator: SchemaValidator, pointer: string, raw: string[]): unknown {
  const type = wantedType(validator, pointer);
  if (type === "array") {
    const items = raw.length === 1 ? raw[0]!.split(",") : raw;
    const itemType = wantedType(validator, `${pointer}/items`);
    return items.map((item) => coerceOne(itemType, item));
  }
  return coerceOne(type, raw[0] ?? "");
}

function parameterProblem(
  validator: SchemaValidator,
  param: ParameterInfo,
  raw: string[] | undefined,
): Extract<Problem, { kind: "parameter" }> | undefined {
  const where = param.in as "path" | "query" | "header";
  if (raw === undefined || (param.in === "path" && raw[0] === "")) {
    return param.required
      ? { kind: "parameter", in: where, name: param.name, reason: "missing", detail: "missing" }
      : undefined;
  }
  if (!param.schemaPointer) return undefined;
  const value = coerce(validator, param.schemaPointer, raw);
  const found = validator.explain(param.schemaPointer, value);
  if (!found) return undefined;
  const shown = raw.length === 1 ? JSON.stringify(raw[0]) : JSON.stringify(raw);
  const detail =
    found.kind === "type" && found.path === ""
      ? `${found.message.replace(/, got \w+$/, "")}, got ${shown}`
      : `${found.message}, got ${shown}`;
  return { kind: "parameter", in: where, name: param.name, reason: "invalid", detail };
}

/**
 * Check a request against its operation, in the order a server meets the parts: credentials, path
 * parameters, query parameters, header parameters, then the body (presence, media type, parsing,
 * schema). The body is parsed whatever happens, so that it can be recorded.
 */
export async function checkRequest(
  context: CheckContext,
  request: IncomingRequest,
): Promise<CheckedRequest> {
  const { operation, validator } = context;
  const contentType = request.headers["content-type"];
  const received = mediaTypeOf(contentType);
  const documented = operation.requestBody?.content ?? [];
  const matched =
    received &&
    matchMediaType(
      received,
      documented.map((d) => d.type),
    );
  const media = documented.find((m) => m.type === matched);

  // Parse first: a refused request is recorded with its body too.
  let body: unknown;
  let files: Record<string, RecordedFile> = {};
  let malformed: string | undefined;
  if (request.raw.length > 0) {
    const parsed = await parseBody(
      media?.type ?? received ?? "",
      contentType ?? "",
      request.raw,
      media ? jsonParts(validator, media) : undefined,
    );
    if (parsed.ok) {
      body = parsed.value;
      files = parsed.files;
    } else {
      body = request.raw.toString("utf8");
      malformed = parsed.detail;
    }
  }
  const done = (
    problem: Problem | undefined,
    authProblems: CheckedRequest["authProblems"] = [],
  ) => ({
    problem,
    authProblems,
    body,
    files,
  });

  const authProblems = checkAuth(
    operation,
    context.schemes,
    request.headers,
    request.query,
    context.accepted,
  );
  if (authProblems.length > 0) return done(authProblems[0], authProblems);

  for (const where of ["path", "query", "header"] as const) {
    for (const param of operation.parameters.filter((p) => p.in === where)) {
      const raw =
        where === "path"
          ? request.pathParams[param.name] === undefined
            ? undefined
            : [request.pathParams[param.name]!]
          : where === "query"
            ? request.query.has(param.name)
              ? request.query.getAll(param.name)
              : undefined
            : request.headers[param.name.toLowerCase()] === undefined
              ? undefined
              : [request.headers[param.name.toLowerCase()]!];
      const problem = parameterProblem(validator, param, raw);
      if (problem) return done(problem);
    }
  }

  const requestBody = operation.requestBody;
  if (!requestBody || documented.length === 0) return done(undefined);
  if (request.raw.length === 0) {
    if (!requestBody.required) return done(undefined);
    // What an empty object lacks names the first field a vendor would say is missing.
    const first = documented[0]!;
    const lacking = first.schemaPointer ? validator.explain(first.schemaPointer, {}) : undefined;
    return done({
      kind: "body",
      reason: "missing",
      detail: "missing (the request has no body)",
      ...(lacking ? { schema: lacking } : {}),
    });
  }
  if (!media) {
    return done({ kind: "content-type", expected: documented.map((d) => d.type), received });
  }
  if (malformed !== undefined) {
    return done({ kind: "body", reason: "malformed", detail: malformed });
  }
  if (!media.schemaPointer) return done(undefined);
  if (media.type !== "application/json" && !media.type.endsWith("+json") && isObject(body)) {
    body = coerceFields(validator, media.schemaPointer, body);
  }
  const found = validator.explain(media.schemaPointer, body);
  return done(
    found ? { kind: "body", reason: "invalid", detail: found.message, schema: found } : undefined,
  );
}

/**
 * The parts of a multipart body that are JSON: those the spec's `encoding` gives a JSON media type,
 * and, as OpenAPI defaults it, those without one whose schema is an object.
 */
function jsonParts(validator: SchemaValidator, media: MediaInfo): Set<string> {
  const out = new Set<string>();
  if (media.type !== "multipart/form-data" || !media.schemaPointer) return out;
  const { doc } = validator;
  const node = deref(doc, resolvePointer(doc, media.schemaPointer), media.schemaPointer);
  const props = isObject(node.value?.properties) ? node.value.properties : {};
  for (const name of Object.keys(props)) {
    const declared = media.encoding.get(name);
    const at = `${node.pointer}/properties/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const json = declared ? isJsonType(declared) : wantedType(validator, at) === "object";
    if (json) out.add(name);
  }
  return out;
}

const isText = (value: unknown): value is string | string[] =>
  typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

// Form and multipart fields are text; coerce each by its property schema (a lone value stays single).
// JSON parts were parsed already and stay as they are.
function coerceFields(validator: SchemaValidator, pointer: string, fields: Json): Json {
  const node = deref(validator.doc, resolvePointer(validator.doc, pointer), pointer);
  const props = isObject(node.value?.properties) ? node.value.properties : {};
  const out: Json = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!isText(value)) {
      out[name] = value;
      continue;
    }
    const raw = Array.isArray(value) ? value : [value];
    const escaped = name.replace(/~/g, "~0").replace(/\//g, "~1");
    out[name] =
      name in props ? coerce(validator, `${node.pointer}/properties/${escaped}`, raw) : value;
  }
  return out;
}
