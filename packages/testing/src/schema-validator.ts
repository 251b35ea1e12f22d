import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { deref, type OpenApiDocument, resolvePointer } from "./operations.js";

/** The first thing wrong with a value, in words a vendor's error message can carry. */
export interface SchemaProblem {
  /** Where in the value: `""` for the value itself, `message`, `data[0].message`. */
  path: string;
  /** The top-level property the problem is in (`data` for `data[0].message`), if any. */
  field: string | undefined;
  /** `missing`: a required property is absent; `type`: wrong JSON type; `invalid`: anything else. */
  kind: "missing" | "type" | "invalid";
  /** e.g. `missing required field 'message'`, `expected integer at 'business_id', got string`. */
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const AGGREGATES = new Set(["oneOf", "anyOf", "allOf", "if", "not", "discriminator"]);
const escapePart = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");

let documents = 0;

/**
 * Validates values against schemas of one OpenAPI 3.1 document with JSON Schema 2020-12 (ajv +
 * ajv-formats). Schemas are named by JSON pointer and compiled on first use, inside the whole document,
 * so their `$ref`s resolve. OpenAPI's `discriminator` is not a JSON Schema keyword: ajv ignores it
 * (`strict: false`) and each variant's `_type` const does the discriminating; {@link explain} uses it
 * to report the problem inside the variant the value names.
 */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #id: string;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly doc: OpenApiDocument;

  constructor(doc: OpenApiDocument) {
    this.doc = doc;
    this.#id = `cxkit-mock-${++documents}`;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    addFormats.default(this.#ajv);
    this.#ajv.addSchema({ ...doc, $id: this.#id });
  }

  #compile(pointer: string): ValidateFunction {
    let fn = this.#compiled.get(pointer);
    if (!fn) {
      const ref = `${this.#id}${pointer}`;
      fn = this.#ajv.getSchema(ref) ?? this.#ajv.compile({ $ref: ref });
      this.#compiled.set(pointer, fn);
    }
    return fn;
  }

  /** Whether `value` satisfies the schema at `pointer` (`#/components/schemas/X`). */
  isValid(pointer: string, value: unknown): boolean {
    return this.#compile(pointer)(value) === true;
  }

  /** Every ajv error, as `<instancePath> <message>` lines (empty when valid). */
  errors(pointer: string, value: unknown): string[] {
    const fn = this.#compile(pointer);
    if (fn(value)) return [];
    return (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
  }

  /** The first problem of `value` against the schema at `pointer`, or undefined when it is valid. */
  explain(pointer: string, value: unknown): SchemaProblem | undefined {
    return this.#explain(pointer, value, "");
  }

  #explain(pointer: string, value: unknown, path: string): SchemaProblem | undefined {
    const fn = this.#compile(pointer);
    if (fn(value)) return undefined;
    const errors = [...(fn.errors ?? [])];
    const { value: node, pointer: at } = deref(
      this.doc,
      resolvePointer(this.doc, pointer),
      pointer,
    );
    if (node) {
      const narrowed = this.#narrow(node, at, value, path);
      if (narrowed !== null) return narrowed;
    }
    return fromAjv(errors, value, path);
  }

  // Walk into the part of the schema the value is in, so that the problem named is the deepest one
  // and, for a discriminated union, the one inside the variant the value's `_type` names. Returns null
  // when nothing more specific than ajv's own errors can be said.
  #narrow(node: Json, at: string, value: unknown, path: string): SchemaProblem | undefined | null {
    const union = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : "";
    if (union && isObject(node.discriminator) && isObject(value)) {
      const prop = String(node.discriminator.propertyName);
      const tag = value[prop];
      if (tag === undefined) return problem(join(path, prop), "missing", `missing required field`);
      const branches = node[union] as unknown[];
      const mapping = isObject(node.discriminator.mapping) ? node.discriminator.mapping : {};
      let target = typeof tag === "string" ? mapping[tag] : undefined;
      const tags: unknown[] = [];
      branches.forEach((branch, i) => {
        const resolved = deref(this.doc, branch, `${at}/${union}/${i}`).value;
        const props = isObject(resolved?.properties) ? resolved.properties : {};
        const constant = isObject(props[prop]) ? props[prop].const : undefined;
        tags.push(constant);
        if (target === undefined && constant !== undefined && constant === tag) {
          target = `${at}/${union}/${i}`;
        }
      });
      if (typeof target !== "string") {
        const known = tags.filter((t) => t !== undefined).map((t) => JSON.stringify(t));
        return problem(
          join(path, prop),
          "invalid",
          `unknown ${prop} ${JSON.stringify(tag)} (expected one of ${known.join(", ")})`,
        );
      }
      return this.#explain(target, value, path) ?? null;
    }
    if (Array.isArray(node.allOf)) {
      for (let i = 0; i < node.allOf.length; i++) {
        const found = this.#explain(`${at}/allOf/${i}`, value, path);
        if (found) return found;
      }
    }
    const typeOk = (expected: string) =>
      node.type === undefined ||
      node.type === expected ||
      (Array.isArray(node.type) && node.type.includes(expected));
    if (isObject(value) && typeOk("object")) {
      for (const name of Array.isArray(node.required) ? node.required : []) {
        if (typeof name === "string" && !(name in value)) {
          return problem(join(path, name), "missing", "missing required field");
        }
      }
      const props = isObject(node.properties) ? node.properties : {};
      for (const [name, item] of Object.entries(value)) {
        const sub =
          name in props
            ? `${at}/properties/${escapePart(name)}`
            : isObject(node.additionalProperties)
              ? `${at}/additionalProperties`
              : undefined;
        if (!sub) continue;
        const found = this.#explain(sub, item, join(path, name));
        if (found) return found;
      }
    }
    if (Array.isArray(value) && typeOk("array") && node.items !== undefined) {
      for (let i = 0; i < value.length; i++) {
        const found = this.#explain(`${at}/items`, value[i], `${path}[${i}]`);
        if (found) return found;
      }
    }
    return null;
  }
}

const cache = new WeakMap<OpenApiDocument, SchemaValidator>();

/** The (shared, cached) validator of a document: compiled schemas are reused across mock servers. */
export function validatorFor(doc: OpenApiDocument): SchemaValidator {
  let validator = cache.get(doc);
  if (!validator) {
    validator = new SchemaValidator(doc);
    cache.set(doc, validator);
  }
  return validator;
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function topField(path: string): string | undefined {
  const match = /^[^.[]+/.exec(path);
  return match ? match[0] : undefined;
}

// `missing required field 'message'`, `unknown field 'x'`; other problems read `<what> at '<path>'`.
function problem(path: string, kind: SchemaProblem["kind"], what: string): SchemaProblem {
  const named = kind === "missing" || what === "unknown field";
  const where = path === "" ? "" : named ? ` '${path}'` : ` at '${path}'`;
  return { path, field: topField(path), kind, message: `${what}${where}` };
}

/** Describe a JSON value's type as a schema would name it. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function valueAt(value: unknown, instancePath: string): unknown {
  let current = value;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function pathOf(base: string, instancePath: string): string {
  let path = base;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path = /^\d+$/.test(part) ? `${path}[${part}]` : join(path, part);
  }
  return path;
}

// Turn ajv's errors into one problem: the node's own type error first, then a missing field, then the
// deepest specific error; the aggregate keywords (oneOf, anyOf...) only when nothing else was said.
function fromAjv(errors: ErrorObject[], value: unknown, base: string): SchemaProblem {
  const rank = (e: ErrorObject) =>
    (e.keyword === "type" ? 0 : e.keyword === "required" ? 1 : 2) +
    (AGGREGATES.has(e.keyword) ? 10 : 0) -
    e.instancePath.split("/").length / 100;
  const error = [...errors].sort((a, b) => rank(a) - rank(b))[0];
  if (!error) return problem(base, "invalid", "invalid value");
  const path = pathOf(base, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return problem(
        join(path, String(params.missingProperty)),
        "missing",
        "missing required field",
      );
    case "type":
      return problem(
        path,
        "type",
        `expected ${String(params.type)}, got ${jsonType(valueAt(value, error.instancePath))}`,
      );
    case "enum":
      return problem(
        path,
        "invalid",
        `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      );
    case "const":
      return problem(path, "invalid", `expected ${JSON.stringify(params.allowedValue)}`);
    case "format":
      return problem(path, "invalid", `expected a valid ${String(params.format)}`);
    case "pattern":
      return problem(path, "invalid", `expected a value matching ${String(params.pattern)}`);
    case "additionalProperties":
      return problem(join(path, String(params.additionalProperty)), "invalid", "unknown field");
    default:
      return problem(path, "invalid", error.message ?? error.keyword);
  }
}
