import { deref, localRef, type JsonObject } from "@cxkit-tools/openapi";
import { at, componentLabel, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { member, obj } from "./json.js";
import { compareSchemaRef } from "./schemas.js";

/**
 * The members of a `oneOf`/`anyOf`/`allOf`, keyed by the name the wire uses (discriminator mapping or the
 * discriminator property's `const`), else the component name, else the index.
 */
function variantMap(doc: unknown, schema: JsonObject, kw: string): Map<string, unknown> {
  const mapping = obj(member(schema.discriminator, "mapping"));
  const byRef = new Map(Object.entries(mapping).map(([name, ref]) => [ref, name]));
  const prop = member(schema.discriminator, "propertyName");
  const out = new Map<string, unknown>();
  const members: unknown[] = Array.isArray(schema[kw]) ? schema[kw] : [];
  members.forEach((node, i) => {
    const ref = localRef(node);
    let key = ref === undefined ? undefined : byRef.get(ref);
    if (key === undefined && typeof prop === "string" && prop !== "") {
      const property = member(member(deref(doc, node), "properties"), prop);
      const value = member(deref(doc, property), "const");
      if (value !== undefined) key = String(value);
    }
    if (key === undefined && ref !== undefined) key = componentLabel(ref);
    if (key === undefined || out.has(key)) key = `#${i}`;
    out.set(key, node);
  });
  return out;
}

/** One of `oneOf`/`anyOf`/`allOf` present in both: members matched by name, then compared. */
function compareMembers(
  d: DiffContext,
  b: JsonObject,
  h: JsonObject,
  kw: string,
  loc: Loc,
  ctx: Ctx,
): void {
  const bm = variantMap(d.base, b, kw);
  const hm = variantMap(d.head, h, kw);
  // An allOf member adds constraints; a union variant adds values.
  const all = kw === "allOf";
  for (const key of bm.keys()) {
    if (hm.has(key)) continue;
    if (all) d.emit("widened-constraint", loc, `allOf member ${key} removed`, ctx.dir);
    else d.emit("removed-variant", loc, `${kw} variant ${key} removed`, ctx.dir);
  }
  for (const key of hm.keys()) {
    if (bm.has(key)) continue;
    if (all) d.emit("narrowed-constraint", loc, `allOf member ${key} added`, ctx.dir);
    else d.emit("new-variant", loc, `new ${kw} variant ${key}`, ctx.dir);
  }
  for (const [key, node] of bm) {
    if (!hm.has(key)) continue;
    compareSchemaRef(d, node, hm.get(key), at(loc, all ? `<allOf ${key}>` : `<${key}>`), ctx);
  }
}

/** oneOf/anyOf variants (matched by discriminator value or component), allOf members. */
export function compareVariants(
  d: DiffContext,
  b: JsonObject,
  h: JsonObject,
  loc: Loc,
  ctx: Ctx,
): void {
  for (const kw of ["oneOf", "anyOf", "allOf"]) {
    if (b[kw] === undefined && h[kw] === undefined) continue;
    if (!Array.isArray(b[kw]) || !Array.isArray(h[kw])) {
      // A union or intersection added to a schema only adds constraints; removed, it lifts them.
      if (b[kw] === undefined) d.emit("narrowed-constraint", loc, `${kw} added`, ctx.dir);
      else d.emit("widened-constraint", loc, `${kw} removed`, ctx.dir);
      continue;
    }
    compareMembers(d, b, h, kw, loc, ctx);
  }
}
