import { isObject, type JsonObject } from "@cxkit-tools/openapi";
import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, DOC_KEYS, EXAMPLE_KEYS } from "./docs.js";
import { member, same, show, verb } from "./json.js";
import { compareConstraints, CONSTRAINT_KEYS } from "./schema-constraints.js";
import { compareAdditionalProperties, compareProperties } from "./schema-properties.js";
import { compareVariants } from "./schema-variants.js";
import { compareUnclassified } from "./unclassified.js";

// Everything compareSchema classifies; any other keyword that differs is reported as unclassified.
const SCHEMA_KEYS = new Set<string>([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  ...CONSTRAINT_KEYS,
  "deprecated",
  "default",
  "type",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "discriminator",
  "not",
]);

/** A schema as a set of values: absent and `true` accept anything, `false` accepts nothing. */
function asSchema(node: unknown): JsonObject {
  if (node === false) return { not: {} };
  return isObject(node) ? node : {};
}

/** Compares two schemas (either may be a `$ref`): see {@link compareSchema}. */
export function compareSchemaRef(d: DiffContext, b: unknown, h: unknown, loc: Loc, ctx: Ctx): void {
  d.ref(b, h, loc, ctx, compareSchema, compareSchema);
}

/**
 * Compares two JSON Schemas, keyword by keyword, as sets of values: narrowed (accepts fewer), widened
 * (accepts more) or changed (neither), classified by the direction the data flows.
 */
export function compareSchema(
  d: DiffContext,
  bIn: unknown,
  hIn: unknown,
  loc: Loc,
  ctx: Ctx,
): void {
  const b = asSchema(bIn);
  const h = asSchema(hIn);
  compareDocs(d, b, h, loc);
  if (!same(b.default, h.default))
    d.emit("changed-default", loc, `default ${show(b.default)} -> ${show(h.default)}`);
  compareTypes(d, b, h, loc, ctx);
  compareEnums(d, b, h, loc, ctx);
  compareConstraints(d, b, h, loc, ctx);
  compareProperties(d, b, h, loc, ctx);
  compareAdditionalProperties(d, b, h, loc, ctx);
  if (b.items !== undefined || h.items !== undefined)
    compareSchemaRef(d, b.items, h.items, at(loc, "[]"), ctx);
  compareVariants(d, b, h, loc, ctx);
  const bd = member(b.discriminator, "propertyName");
  const hd = member(h.discriminator, "propertyName");
  if (bd !== undefined && hd !== undefined && bd !== hd)
    d.emit("changed-discriminator", loc, `discriminator ${String(bd)} is now ${String(hd)}`);
  else if (bd !== hd)
    d.emit("unclassified", loc, `discriminator ${verb(bd, hd)} (not classified: check by hand)`);
  if (!same(b.not, h.not))
    d.emit("changed-constraint", loc, `not ${verb(b.not, h.not)}: cannot tell narrower from wider`);
  compareUnclassified(d, b, h, loc, SCHEMA_KEYS, "schema");
}

/** `type` as a sorted set of names, undefined for "any type". */
function typeSet(type: unknown): string[] | undefined {
  return type === undefined ? undefined : (Array.isArray(type) ? type : [type]).map(String).sort();
}

/** Whether every value of `inner` is one of `outer` (undefined: any type); `integer` is a `number`. */
function covers(outer: string[] | undefined, inner: string[] | undefined): boolean {
  return (
    outer === undefined ||
    (inner !== undefined &&
      inner.every((t) => outer.includes(t) || (t === "integer" && outer.includes("number"))))
  );
}

/** `type`, as a set. */
function compareTypes(d: DiffContext, b: JsonObject, h: JsonObject, loc: Loc, ctx: Ctx): void {
  if (same(b.type, h.type)) return;
  const bt = typeSet(b.type);
  const ht = typeSet(h.type);
  const text = (t: string[] | undefined): string => (t ? t.join(" | ") : "any");
  const detail = `type ${text(bt)} -> ${text(ht)}`;
  const narrower = covers(bt, ht);
  const wider = covers(ht, bt);
  if (narrower && wider) d.emit("unclassified", loc, `${detail} (same types, written differently)`);
  else if (narrower) d.emit("narrowed-type", loc, detail, ctx.dir);
  else if (wider) d.emit("widened-type", loc, detail, ctx.dir);
  else d.emit("changed-type", loc, detail);
}

/** `enum`: values removed narrow it, values added widen it. */
function compareEnums(d: DiffContext, b: JsonObject, h: JsonObject, loc: Loc, ctx: Ctx): void {
  if (same(b.enum, h.enum)) return;
  const text = (values: unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");
  if (!Array.isArray(b.enum)) {
    const now = Array.isArray(h.enum) ? h.enum : [];
    d.emit("narrowed-enum", loc, `now limited to ${text(now)}`, ctx.dir);
    return;
  }
  if (!Array.isArray(h.enum)) {
    d.emit("widened-enum", loc, `no longer limited to ${text(b.enum)}`, ctx.dir);
    return;
  }
  const bv: unknown[] = b.enum;
  const hv: unknown[] = h.enum;
  const removed = bv.filter((v) => !hv.some((w) => same(v, w)));
  const added = hv.filter((v) => !bv.some((w) => same(v, w)));
  if (removed.length > 0)
    d.emit("narrowed-enum", loc, `enum value ${text(removed)} removed`, ctx.dir);
  if (added.length > 0) d.emit("widened-enum", loc, `enum value ${text(added)} added`, ctx.dir);
  if (removed.length === 0 && added.length === 0)
    d.emit("unclassified", loc, "enum values reordered");
}
