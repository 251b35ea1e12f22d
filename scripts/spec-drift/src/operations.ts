import {
  deref,
  HTTP_METHODS,
  isObject,
  type HttpMethod,
  type JsonObject,
} from "@cxkit-tools/openapi";
import { list, member, obj, str, strings } from "./json.js";
import type {
  NormalisedBody,
  NormalisedOperation,
  NormalisedParameter,
  NormalisedResponse,
  SchemaRef,
} from "./model.js";
import { serverUrl } from "./servers.js";

/** How an array parameter travels, from OpenAPI 3's style/explode (and their defaults by location). */
function serialisationOf(p: JsonObject, schema: unknown): string | undefined {
  if (member(schema, "type") !== "array") return undefined;
  const extension = str(p["x-collection-format"]);
  if (extension !== undefined) return extension;
  const style = str(p.style) ?? (p.in === "query" ? "form" : "simple");
  // OpenAPI 3: explode defaults to true for style form, false otherwise.
  const explode = typeof p.explode === "boolean" ? p.explode : style === "form";
  return explode ? `${style}+explode` : style;
}

/** Path and query parameters: the path item's, overridden by the operation's (same name and `in`). */
function parametersOf(doc: JsonObject, item: JsonObject, op: JsonObject): NormalisedParameter[] {
  const byKey = new Map<string, NormalisedParameter>();
  for (const raw of [...list(item.parameters), ...list(op.parameters)]) {
    const p = deref(doc, raw);
    if (!isObject(p) || (p.in !== "path" && p.in !== "query")) continue;
    const schema = deref(doc, p.schema) ?? {};
    byKey.set(`${p.in} ${String(p.name)}`, {
      in: p.in,
      name: String(p.name),
      // As written: a path parameter without `required: true` is a mistake worth reporting.
      required: p.required === true,
      schema: { doc, node: p.schema ?? {} },
      serialisation: serialisationOf(p, schema),
    });
  }
  return [...byKey.values()];
}

/** The schema per media type of a `content` map. */
function contentOf(doc: JsonObject, content: unknown): Map<string, SchemaRef | undefined> {
  const out = new Map<string, SchemaRef | undefined>();
  for (const [type, media] of Object.entries(obj(content))) {
    const schema = member(media, "schema");
    out.set(type, schema === undefined ? undefined : { doc, node: schema });
  }
  return out;
}

function requestBodyOf(doc: JsonObject, op: JsonObject): NormalisedBody | undefined {
  if (op.requestBody === undefined) return undefined;
  const body = obj(deref(doc, op.requestBody));
  return { required: body.required === true, content: contentOf(doc, body.content) };
}

function responsesOf(doc: JsonObject, op: JsonObject): Map<string, NormalisedResponse> {
  const out = new Map<string, NormalisedResponse>();
  for (const [code, raw] of Object.entries(obj(op.responses))) {
    out.set(code, { content: contentOf(doc, member(deref(doc, raw), "content")) });
  }
  return out;
}

/**
 * Every operation of a document in OpenAPI 3.1 shape, in document order, read into the normalised shape.
 * `source` names the description in differences and reports.
 */
export function normalisedOperations(doc: JsonObject, source: string): NormalisedOperation[] {
  const out: NormalisedOperation[] = [];
  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    const item = obj(deref(doc, rawItem));
    for (const key of HTTP_METHODS) {
      const op = item[key];
      if (!isObject(op)) continue;
      out.push({
        method: key.toUpperCase() as HttpMethod,
        path,
        operationId: str(op.operationId),
        source,
        // The nearest servers list wins: operation, then path item, then the document.
        server: serverUrl(op.servers ?? item.servers ?? doc.servers),
        tags: strings(op.tags),
        deprecated: op.deprecated === true,
        parameters: parametersOf(doc, item, op),
        requestBody: requestBodyOf(doc, op),
        responses: responsesOf(doc, op),
        operation: op,
        pathItem: item,
      });
    }
  }
  return out;
}
