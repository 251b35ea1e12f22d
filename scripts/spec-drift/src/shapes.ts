import { deref, isObject, localRef, type JsonObject } from "@cxkit-tools/openapi";
import { list, member, obj, str, strings } from "./json.js";
import type { SchemaRef } from "./model.js";

/** What a schema is, one level deep: what the comparison looks at before it descends. */
export type Shape =
  | {
      kind: "object";
      properties: Map<string, SchemaRef>;
      required: string[];
      /** True when `additionalProperties` is declared and not `false`. */
      additionalProperties: boolean;
    }
  | { kind: "oneOf"; variants: Map<string, SchemaRef> }
  | { kind: "array"; items: SchemaRef }
  | { kind: "leaf"; type: unknown; format: string | undefined; enum: unknown[] | undefined };

/** The kind of a shape, as differences name it. */
export type ShapeKind = Shape["kind"];

/** A schema with its `$ref`s followed and its `allOf` parts merged into one object. */
export function flatten(ref: SchemaRef): JsonObject {
  const schema = obj(deref(ref.doc, ref.node));
  const parts = list(schema.allOf);
  if (parts.length === 0) return schema;
  const { allOf: _parts, ...own } = schema;
  const merged: JsonObject = {};
  const properties: JsonObject = {};
  const required = new Set<string>();
  let open = false;
  for (const part of [own, ...parts.map((p) => flatten({ doc: ref.doc, node: p }))]) {
    // allOf means "all of these at once": properties and required lists add up; for single-valued
    // keywords (type, format, items...) the first part that states one is taken.
    for (const [key, value] of Object.entries(part)) if (!(key in merged)) merged[key] = value;
    for (const [name, s] of Object.entries(obj(part.properties)))
      if (!(name in properties)) properties[name] = s;
    for (const name of strings(part.required)) required.add(name);
    open ||= isOpen(part.additionalProperties);
  }
  merged.properties = properties;
  merged.required = [...required];
  if (open && !isOpen(merged.additionalProperties)) merged.additionalProperties = true;
  // A composition is an object even if no part says `type: object` (allOf of $refs).
  if (merged.type === undefined && Object.keys(properties).length > 0) merged.type = "object";
  return merged;
}

function isOpen(additional: unknown): boolean {
  return additional !== undefined && additional !== false;
}

function hasType(schema: JsonObject, type: string): boolean {
  return Array.isArray(schema.type) ? schema.type.includes(type) : schema.type === type;
}

/**
 * The name a oneOf variant is matched by across descriptions: the value its discriminator property is
 * fixed to (ours declare `_type` consts), else its title without generic suffixes (Dixa's file names
 * generic instantiations `BulkActionSuccess_BulkError_Agent`), else its component name, else its type,
 * else its position.
 */
export function variantKey(
  ref: SchemaRef,
  discriminator: string | undefined,
  index: number,
): string {
  const schema = flatten(ref);
  if (discriminator !== undefined) {
    const prop = obj(deref(ref.doc, member(schema.properties, discriminator)));
    if (prop.const !== undefined) return String(prop.const);
    const values = list(prop.enum);
    if (values.length === 1) return String(values[0]);
  }
  const title = str(schema.title);
  if (title !== undefined) return title.split("_")[0] ?? title;
  const target = localRef(ref.node);
  if (target !== undefined) return target.slice(target.lastIndexOf("/") + 1);
  // An inline variant (`oneOf: [{type: string}, {type: array}]`) is best known by its type: the order
  // of the members differs between descriptions more often than their types do.
  if (schema.type !== undefined)
    return Array.isArray(schema.type) ? schema.type.join("|") : String(schema.type);
  return `#${index + 1}`;
}

function variantsOf(ref: SchemaRef, schema: JsonObject, members: unknown[]): Shape {
  const discriminator = str(member(schema.discriminator, "propertyName"));
  const variants = new Map<string, SchemaRef>();
  members.forEach((node, index) => {
    const variant = { doc: ref.doc, node };
    let key = variantKey(variant, discriminator, index);
    // Two variants under one name would hide one of them: the second keeps its position.
    if (variants.has(key)) key = `${key}#${index + 1}`;
    variants.set(key, variant);
  });
  return { kind: "oneOf", variants };
}

/** The one-level shape of a schema (undefined reads as the empty schema, a leaf of no type). */
export function shapeOf(ref: SchemaRef | undefined): Shape {
  const safe = ref ?? { doc: {}, node: {} };
  const schema = flatten(safe);
  const members = list(schema.oneOf ?? schema.anyOf);
  if (members.length > 0) return variantsOf(safe, schema, members);
  if (hasType(schema, "array") || schema.items !== undefined)
    return { kind: "array", items: { doc: safe.doc, node: schema.items ?? {} } };
  if (
    hasType(schema, "object") ||
    isObject(schema.properties) ||
    isOpen(schema.additionalProperties)
  ) {
    const properties = new Map<string, SchemaRef>();
    for (const [name, node] of Object.entries(obj(schema.properties)))
      properties.set(name, { doc: safe.doc, node });
    return {
      kind: "object",
      properties,
      required: [...new Set(strings(schema.required))],
      additionalProperties: isOpen(schema.additionalProperties),
    };
  }
  // `const: x` and `enum: [x]` say the same (3.1 specs write the first, 3.0 and Swagger files the second).
  const values =
    schema.const !== undefined
      ? [schema.const]
      : Array.isArray(schema.enum)
        ? schema.enum
        : undefined;
  return { kind: "leaf", type: schema.type, format: str(schema.format), enum: values };
}

/** The `$ref`s a node goes through before it reaches a schema: how recursion is recognised. */
export function refChain(ref: SchemaRef | undefined): string {
  const refs: string[] = [];
  let current: unknown = ref?.node;
  for (let target = localRef(current); target !== undefined; target = localRef(current)) {
    if (refs.includes(target)) break;
    refs.push(target);
    current = deref(ref?.doc, { $ref: target });
  }
  return refs.join(">");
}

/**
 * The schema at a dot path of properties (`pagination.total`), each step flattened; undefined when a
 * step is not there. For checks that name fields (pagination configs) rather than compare schemas.
 */
export function schemaAt(ref: SchemaRef, dotPath: string): JsonObject | undefined {
  let current: SchemaRef | undefined = ref;
  for (const key of dotPath.split(".")) {
    const node: unknown = member(flatten(current).properties, key);
    current = node === undefined ? undefined : { doc: current.doc, node };
    if (current === undefined) return undefined;
  }
  return flatten(current);
}
