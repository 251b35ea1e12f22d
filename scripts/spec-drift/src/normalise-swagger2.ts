import { deref, isObject, type JsonObject } from "@cxkit-tools/openapi";
import { list, mapObjects, member, obj, str, strings } from "./json.js";

// Swagger 2.0 puts request bodies among the parameters (`in: body`, `in: formData`), types parameters
// without a `schema`, keeps schemas under `definitions` and the host in `host` + `basePath`. This file
// rewrites such a document into the OpenAPI 3.1 shape the rest of the engine reads, keeping exactly what
// the comparison looks at; nothing else of Swagger is special-cased anywhere else.

const SWAGGER_METHODS = ["get", "put", "post", "delete", "options", "head", "patch"] as const;

/** collectionFormat -> OpenAPI 3 style/explode, for array query parameters. */
const QUERY_STYLES: Readonly<Record<string, JsonObject>> = {
  csv: { style: "form", explode: false },
  multi: { style: "form", explode: true },
  ssv: { style: "spaceDelimited", explode: false },
  pipes: { style: "pipeDelimited", explode: false },
  // OpenAPI 3 has no tab-delimited style: kept as an extension so it still differs from csv.
  tsv: { style: "form", explode: false, "x-collection-format": "tsv" },
};

/** A schema with `#/definitions/` refs pointed at `#/components/schemas/` and `type: file` as binary. */
function convertSchema(schema: unknown): unknown {
  return mapObjects(schema, (node) => {
    const out: JsonObject = { ...node };
    const ref = str(node.$ref);
    if (ref?.startsWith("#/definitions/"))
      out.$ref = `#/components/schemas/${ref.slice("#/definitions/".length)}`;
    if (node.type === "file") Object.assign(out, { type: "string", format: "binary" });
    // Swagger has no null type; the common extension for it is read as OpenAPI 3.1 would write it.
    if (node["x-nullable"] === true && typeof node.type === "string") {
      out.type = [node.type, "null"];
      delete out["x-nullable"];
    }
    return out;
  });
}

/** The JSON Schema part of a non-body parameter (Swagger puts type, format, items... on the parameter). */
function parameterSchema(p: JsonObject): unknown {
  const keys = ["type", "format", "items", "enum", "default", "minimum", "maximum", "pattern"];
  const schema: JsonObject = {};
  for (const key of keys) if (p[key] !== undefined) schema[key] = p[key];
  return convertSchema(schema);
}

/** A path or query (or header) parameter in OpenAPI 3 form. */
function convertParameter(p: JsonObject): JsonObject {
  const out: JsonObject = { name: p.name, in: p.in, schema: parameterSchema(p) };
  if (p.required === true) out.required = true;
  if (p.description !== undefined) out.description = p.description;
  if (p.type === "array") {
    const format = str(p.collectionFormat) ?? "csv";
    if (p.in === "query")
      Object.assign(out, QUERY_STYLES[format] ?? { "x-collection-format": format });
    else if (format !== "csv") out["x-collection-format"] = format;
  }
  return out;
}

/** The request body an operation's `in: body` or `in: formData` parameters describe, if any. */
function convertBody(params: JsonObject[], consumes: string[]): JsonObject | undefined {
  const body = params.find((p) => p.in === "body");
  if (body !== undefined) {
    const schema = convertSchema(body.schema);
    const content = Object.fromEntries(consumes.map((type) => [type, { schema }]));
    return { required: body.required === true, content };
  }
  const fields = params.filter((p) => p.in === "formData");
  if (fields.length === 0) return undefined;
  const properties = Object.fromEntries(fields.map((f) => [String(f.name), parameterSchema(f)]));
  const required = fields.filter((f) => f.required === true).map((f) => String(f.name));
  const schema = { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
  // Form fields travel as one of the two form encodings; Swagger's default for them is urlencoded.
  const types = consumes.filter((t) => t.startsWith("multipart/") || t.includes("urlencoded"));
  const mediaTypes = types.length > 0 ? types : ["application/x-www-form-urlencoded"];
  return {
    required: required.length > 0,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])),
  };
}

/** Responses in OpenAPI 3 form: a `schema` becomes `content` for each type the operation produces. */
function convertResponses(doc: JsonObject, responses: unknown, produces: string[]): JsonObject {
  const out: JsonObject = {};
  for (const [code, raw] of Object.entries(obj(responses))) {
    const r = obj(deref(doc, raw));
    const converted: JsonObject = { description: r.description ?? "" };
    if (r.schema !== undefined) {
      const schema = convertSchema(r.schema);
      converted.content = Object.fromEntries(produces.map((type) => [type, { schema }]));
    }
    if (r.headers !== undefined) converted.headers = r.headers;
    out[code] = converted;
  }
  return out;
}

/** Parameters with `#/parameters/...` references resolved (Swagger's shared parameters). */
function resolvedParameters(doc: JsonObject, params: unknown): JsonObject[] {
  return list(params)
    .map((p) => deref(doc, p))
    .filter(isObject);
}

/** One operation in OpenAPI 3 form; `shared` are the path item's parameters. */
function convertOperation(doc: JsonObject, op: JsonObject, shared: JsonObject[]): JsonObject {
  const own = resolvedParameters(doc, op.parameters);
  // An operation's parameter overrides the path item's one with the same name and location.
  const key = (p: JsonObject): string => `${String(p.in)} ${String(p.name)}`;
  const ownKeys = new Set(own.map(key));
  const params = [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
  const consumes = strings(op.consumes ?? doc.consumes);
  const produces = strings(op.produces ?? doc.produces);
  const out: JsonObject = { ...op };
  delete out.consumes;
  delete out.produces;
  delete out.schemes;
  out.parameters = params
    .filter((p) => p.in !== "body" && p.in !== "formData")
    .map(convertParameter);
  const body = convertBody(params, consumes.length > 0 ? consumes : ["application/json"]);
  if (body === undefined) delete out.requestBody;
  else out.requestBody = body;
  out.responses = convertResponses(
    doc,
    op.responses,
    produces.length > 0 ? produces : ["application/json"],
  );
  return out;
}

/** The server a Swagger 2 document describes: first scheme (https by default) + host + basePath. */
function serverOf(doc: JsonObject): JsonObject[] {
  const host = str(doc.host);
  const basePath = str(doc.basePath) ?? "";
  if (host === undefined) return basePath === "" ? [] : [{ url: basePath }];
  const scheme = strings(doc.schemes)[0] ?? "https";
  return [{ url: `${scheme}://${host}${basePath}` }];
}

/**
 * A Swagger 2.0 document rewritten as OpenAPI 3.1: `servers` from `schemes`/`host`/`basePath`,
 * `in: body` and `formData` parameters as `requestBody` (media types from `consumes`), response `schema`s
 * as `content` (from `produces`), typed parameters with a `schema` (and `collectionFormat` as
 * `style`/`explode`), `definitions` as `components.schemas`, `#/parameters` and `#/responses` inlined.
 */
export function swagger2ToOpenApi3(doc: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    const item = obj(rawItem);
    const shared = resolvedParameters(doc, item.parameters);
    const converted: JsonObject = {};
    for (const method of SWAGGER_METHODS) {
      const op = member(item, method);
      if (isObject(op)) converted[method] = convertOperation(doc, op, shared);
    }
    paths[path] = converted;
  }
  const schemas = Object.fromEntries(
    Object.entries(obj(doc.definitions)).map(([name, s]) => [name, convertSchema(s)]),
  );
  return {
    openapi: "3.1.0",
    info: doc.info ?? {},
    servers: serverOf(doc),
    paths,
    components: { schemas, securitySchemes: doc.securityDefinitions ?? {} },
    ...(doc.security !== undefined ? { security: doc.security } : {}),
  };
}
