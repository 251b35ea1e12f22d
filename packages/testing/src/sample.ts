import {
  deref,
  type MediaInfo,
  type OpenApiDocument,
  type OperationSpec,
  resolvePointer,
} from "./operations.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  email: "user@example.com",
  uri: "https://example.com/",
  "uri-reference": "/example",
  hostname: "example.com",
  ipv4: "127.0.0.1",
  ipv6: "::1",
};
// Strings tried against a `pattern` when the schema has no example (the vendors' odd timestamps first).
const PATTERN_CANDIDATES = [
  "2024-01-01T00:00:00Z",
  "2024-01-01T00:00:00",
  "06/22/20 07:24:25 AM UTC",
  "1",
  "a",
  "abc",
  "A",
  "2024-01-01",
  "example",
];

function firstType(node: Json): string | undefined {
  if (typeof node.type === "string") return node.type;
  if (Array.isArray(node.type)) {
    return (node.type.find((t) => t !== "null") ?? node.type[0]) as string | undefined;
  }
  if (isObject(node.properties) || Array.isArray(node.required)) return "object";
  if (node.items !== undefined) return "array";
  return undefined;
}

function sampleString(node: Json): string {
  if (typeof node.format === "string" && FORMATS[node.format]) return FORMATS[node.format]!;
  if (typeof node.pattern === "string") {
    let re: RegExp | undefined;
    try {
      re = new RegExp(node.pattern, "u");
    } catch {
      re = undefined;
    }
    const hit = re && PATTERN_CANDIDATES.find((c) => re.test(c));
    if (hit) return hit;
  }
  const min = typeof node.minLength === "number" ? node.minLength : 0;
  const base = "string";
  return base.length >= min ? base : base + "x".repeat(min - base.length);
}

function sampleNumber(node: Json, integer: boolean): number {
  let value = 1;
  if (typeof node.minimum === "number") value = node.minimum;
  else if (typeof node.exclusiveMinimum === "number") value = node.exclusiveMinimum + 1;
  if (typeof node.maximum === "number" && value > node.maximum) value = node.maximum;
  return integer ? Math.ceil(value) : value;
}

/**
 * A value that satisfies the schema at `pointer` of `doc`, for responses the spec has no example for
 * and for request parameters: the schema's own `const`, `enum`, `examples` or `default` where it has
 * one, the first variant of a union, the required properties of an object, one item of an array, and
 * a format- or pattern-shaped string. A schema that says nothing (an open response body) gives `{}`.
 */
export function sampleFromSchema(doc: OpenApiDocument, pointer: string): unknown {
  return generate(doc, resolvePointer(doc, pointer), pointer, 0);
}

function generate(doc: OpenApiDocument, raw: unknown, at: string, depth: number): unknown {
  const { value: node, pointer } = deref(doc, raw, at);
  if (!node) return {};
  if ("const" in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if ("default" in node) return node.default;
  for (const union of ["oneOf", "anyOf"]) {
    const branches = node[union];
    if (Array.isArray(branches) && branches.length > 0) {
      return generate(doc, branches[0], `${pointer}/${union}/0`, depth + 1);
    }
  }
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part, i) =>
      generate(doc, part, `${pointer}/allOf/${i}`, depth + 1),
    );
    if (parts.every(isObject)) return Object.assign({}, ...parts);
    return parts[0];
  }
  switch (firstType(node)) {
    case "object": {
      const out: Json = {};
      const props = isObject(node.properties) ? node.properties : {};
      for (const name of Array.isArray(node.required) ? node.required : []) {
        if (typeof name !== "string") continue;
        const escaped = name.replace(/~/g, "~0").replace(/\//g, "~1");
        out[name] =
          name in props
            ? generate(doc, props[name], `${pointer}/properties/${escaped}`, depth + 1)
            : "string";
      }
      return out;
    }
    case "array": {
      const min = typeof node.minItems === "number" ? node.minItems : 0;
      const count = depth > 6 ? min : Math.max(min, 1);
      return Array.from({ length: count }, () =>
        generate(doc, node.items, `${pointer}/items`, depth + 1),
      );
    }
    case "string":
      return sampleString(node);
    case "integer":
      return sampleNumber(node, true);
    case "number":
      return sampleNumber(node, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return {};
  }
}

/** The media type to answer or send in: JSON first, then the first documented. */
export function preferredMedia(content: readonly MediaInfo[]): MediaInfo | undefined {
  return (
    content.find((m) => m.type === "application/json") ??
    content.find((m) => m.type.endsWith("+json")) ??
    content[0]
  );
}

/** A request the operation accepts, built from the spec: what a test (or a smoke check) can send. */
export interface SampleRequest {
  /** Path parameter values by name. */
  path: Record<string, unknown>;
  /** Query parameter values by name. */
  query: Record<string, unknown>;
  /** Header parameter values by name. */
  headers: Record<string, unknown>;
  /** The body (a request example, or generated), when the operation takes one. */
  body?: unknown;
  /** The body's media type. */
  contentType?: string;
}

/**
 * A request built from the spec: every required parameter and every optional one with an example
 * (its first example, or a generated value), and the request body's first example (or a generated one).
 */
export function sampleRequest(doc: OpenApiDocument, operation: OperationSpec): SampleRequest {
  const out: SampleRequest = { path: {}, query: {}, headers: {} };
  for (const param of operation.parameters) {
    if (!param.required && param.examples.length === 0) continue;
    const value =
      param.examples.length > 0
        ? param.examples[0]
        : param.schemaPointer
          ? sampleFromSchema(doc, param.schemaPointer)
          : "string";
    if (param.in === "path") out.path[param.name] = value;
    else if (param.in === "query") out.query[param.name] = value;
    else if (param.in === "header") out.headers[param.name] = value;
  }
  const media = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
  if (media) {
    out.contentType = media.type;
    const [first] = media.examples.values();
    out.body =
      media.examples.size > 0
        ? first
        : media.schemaPointer
          ? sampleFromSchema(doc, media.schemaPointer)
          : {};
  }
  return out;
}
