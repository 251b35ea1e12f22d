// The parts of an OpenAPI 3.1 document the mock server needs, with every `$ref` to a parameter,
// request body or response resolved, and the JSON pointer of each schema kept so that ajv can compile
// exactly that schema inside the whole document (its own `$ref`s keep working).
import { type PaginationExtension, readPagination } from "./pagination.js";

export type { PaginationExtension } from "./pagination.js";

/** An OpenAPI 3.1 document, as parsed JSON. */
export type OpenApiDocument = Record<string, unknown>;

/** HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A parameter of an operation, `$ref` resolved. */
export interface ParameterInfo {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer of the parameter's schema in the document ("" when it has none). */
  schemaPointer: string;
  schema: Record<string, unknown> | undefined;
  /** Example values, first the `examples` map's in order, then `example`. */
  examples: unknown[];
}

/** One media type of a request body or response. */
export interface MediaInfo {
  /** e.g. `application/json` */
  type: string;
  schemaPointer: string;
  schema: Record<string, unknown> | undefined;
  /** The media type's `examples` map by name (plus `example` as "example"). */
  examples: Map<string, unknown>;
  /** A multipart body's `encoding`: the media type of each part that names one, by part name. */
  encoding: Map<string, string>;
}

/** One documented response of an operation, keyed by `200`, `4XX` or `default`. */
export interface ResponseInfo {
  key: string;
  description: string;
  content: MediaInfo[];
}

/** Security requirement alternatives: each entry lists scheme names that must all be satisfied. */
export type SecurityRequirement = string[];

/** A security scheme from `components/securitySchemes`. */
export interface SecuritySchemeInfo {
  name: string;
  type: string;
  /** `bearer`, `basic`... for `type: http`. */
  scheme?: string;
  /** For `type: apiKey`. */
  in?: string;
  headerName?: string;
}

/** Everything the mock knows about one operation. */
export interface OperationSpec {
  operationId: string;
  /** Upper case. */
  method: string;
  /** Path template, e.g. `/v1/conversations/{conversationId}`. */
  path: string;
  parameters: ParameterInfo[];
  requestBody: { required: boolean; content: MediaInfo[] } | undefined;
  responses: ResponseInfo[];
  /** Alternatives; empty means no auth (`security: []`). */
  security: SecurityRequirement[];
  /** `x-cxkit-pagination`, by style. */
  pagination: PaginationExtension | undefined;
  /**
   * The URL of the server the operation declares for itself (its own or its path item's `servers`),
   * e.g. `https://{subdomain}.zendesk.com/qa`; undefined when it is on the document's root server.
   */
  server: string | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** JSON pointer (with leading `#`) of a path of keys. */
export function pointer(...parts: string[]): string {
  return "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

/** The value a local `#/...` pointer names, or undefined. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((p) => decodeURIComponent(p).replace(/~1/g, "/").replace(/~0/g, "~"));
  let current: unknown = doc;
  for (const part of parts) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Follow `$ref`s from `at`; returns the final object and its pointer. */
export function deref(
  doc: OpenApiDocument,
  value: unknown,
  at: string,
): { value: Json | undefined; pointer: string } {
  let current = value;
  let where = at;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === "string"; hops++) {
    where = current.$ref;
    current = resolvePointer(doc, where);
  }
  return { value: isObject(current) ? current : undefined, pointer: where };
}

function examplesOf(doc: OpenApiDocument, holder: Json): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (isObject(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples)) {
      const example = deref(doc, raw, "").value;
      if (example && "value" in example) out.set(name, example.value);
    }
  }
  if (holder.example !== undefined) out.set("example", holder.example);
  return out;
}

function mediaOf(doc: OpenApiDocument, content: unknown, at: string): MediaInfo[] {
  if (!isObject(content)) return [];
  return Object.entries(content).map(([type, raw]) => {
    const media = isObject(raw) ? raw : {};
    const schemaPointer = media.schema === undefined ? "" : `${at}/${escape(type)}/schema`;
    return {
      type,
      schemaPointer,
      schema: isObject(media.schema) ? media.schema : undefined,
      examples: examplesOf(doc, media),
      encoding: encodingOf(media.encoding),
    };
  });
}

function encodingOf(encoding: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(encoding)) return out;
  for (const [part, raw] of Object.entries(encoding)) {
    if (isObject(raw) && typeof raw.contentType === "string") out.set(part, raw.contentType);
  }
  return out;
}

/** The URL of the first entry of a `servers` list, if it has one. */
function serverOf(servers: unknown): string | undefined {
  const first = Array.isArray(servers) ? servers.find(isObject) : undefined;
  return typeof first?.url === "string" ? first.url : undefined;
}

const escape = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");

function parameterOf(doc: OpenApiDocument, raw: unknown, at: string): ParameterInfo | undefined {
  const { value, pointer: where } = deref(doc, raw, at);
  if (!value || typeof value.name !== "string" || typeof value.in !== "string") return undefined;
  const examples = [...examplesOf(doc, value).values()];
  return {
    name: value.name,
    in: value.in as ParameterInfo["in"],
    required: value.required === true || value.in === "path",
    schemaPointer: value.schema === undefined ? "" : `${where}/schema`,
    schema: isObject(value.schema) ? value.schema : undefined,
    examples,
  };
}

/** The security schemes of the document, by name. */
export function securitySchemes(doc: OpenApiDocument): Map<string, SecuritySchemeInfo> {
  const out = new Map<string, SecuritySchemeInfo>();
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = deref(doc, raw, "").value;
    if (!scheme || typeof scheme.type !== "string") continue;
    const info: SecuritySchemeInfo = { name, type: scheme.type };
    if (typeof scheme.scheme === "string") info.scheme = scheme.scheme.toLowerCase();
    if (typeof scheme.in === "string") info.in = scheme.in;
    if (typeof scheme.name === "string") info.headerName = scheme.name;
    out.set(name, info);
  }
  return out;
}

function securityOf(value: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map((requirement) => Object.keys(requirement));
}

/** The base path of the document's first server (`""` when it has none), variables at their defaults. */
export function serverBasePath(doc: OpenApiDocument): string {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const first = servers.find(isObject);
  if (!first || typeof first.url !== "string") return "";
  const variables = isObject(first.variables) ? first.variables : {};
  const url = first.url.replace(/\{([^{}]+)\}/g, (_m, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === "string" ? variable.default : "x";
  });
  try {
    return new URL(url, "http://localhost").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** Every operation of the document, in document order. Throws when an operation has no operationId. */
export function loadOperations(doc: OpenApiDocument): OperationSpec[] {
  if (!isObject(doc) || !isObject(doc.paths)) {
    throw new TypeError("[@cxkit/testing] not an OpenAPI document: it has no `paths`");
  }
  const globalSecurity = securityOf(doc.security) ?? [];
  const out: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const item = deref(doc, rawItem, pointer("paths", path)).value;
    if (!item) continue;
    const itemAt = pointer("paths", path);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const at = `${itemAt}/${method}`;
      if (typeof op.operationId !== "string") {
        throw new TypeError(`[@cxkit/testing] ${method.toUpperCase()} ${path} has no operationId`);
      }
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const parameters = new Map<string, ParameterInfo>();
      shared.forEach((raw, i) => {
        const param = parameterOf(doc, raw, `${itemAt}/parameters/${i}`);
        if (param) parameters.set(`${param.in}:${param.name}`, param);
      });
      own.forEach((raw, i) => {
        const param = parameterOf(doc, raw, `${at}/parameters/${i}`);
        if (param) parameters.set(`${param.in}:${param.name}`, param);
      });
      const body = deref(doc, op.requestBody, `${at}/requestBody`);
      const responses: ResponseInfo[] = [];
      if (isObject(op.responses)) {
        for (const [key, raw] of Object.entries(op.responses)) {
          const response = deref(doc, raw, `${at}/responses/${escape(key)}`);
          if (!response.value) continue;
          responses.push({
            key,
            description:
              typeof response.value.description === "string" ? response.value.description : "",
            content: mediaOf(doc, response.value.content, `${response.pointer}/content`),
          });
        }
      }
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...parameters.values()],
        requestBody: body.value
          ? {
              required: body.value.required === true,
              content: mediaOf(doc, body.value.content, `${body.pointer}/content`),
            }
          : undefined,
        responses,
        security: securityOf(op.security) ?? globalSecurity,
        pagination: readPagination(op["x-cxkit-pagination"]),
        server: serverOf(op.servers) ?? serverOf(item.servers),
      });
    }
  }
  return out;
}

/** The response an operation documents for `status`: exact code, then `4XX`-style range, then `default`. */
export function responseFor(op: OperationSpec, status: number): ResponseInfo | undefined {
  return (
    op.responses.find((r) => r.key === String(status)) ??
    op.responses.find((r) => r.key.toUpperCase() === `${String(status)[0]}XX`) ??
    op.responses.find((r) => r.key === "default")
  );
}

/** The status a successful call gets: the lowest documented 2xx (`2XX` counts as 200), else 200. */
export function successStatus(op: OperationSpec): number {
  const codes = op.responses
    .map((r) => (/^2\d\d$/.test(r.key) ? Number(r.key) : r.key.toUpperCase() === "2XX" ? 200 : 0))
    .filter((code) => code > 0)
    .sort((a, b) => a - b);
  return codes[0] ?? 200;
}

/** A concrete status a response key stands for: `4XX` -> 400, `default` -> a 5xx no other key claims. */
export function statusOfKey(key: string, op: OperationSpec): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^[1-5]XX$/i.test(key)) return Number(key[0]) * 100;
  const free = [500, 503, 502, 504, 599].find((code) => responseFor(op, code)?.key === key);
  return free ?? 500;
}
