import type { JsonObject } from "@cxkit-tools/openapi";
import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { canonical, list, obj, same, union } from "./json.js";
import { compareRequired } from "./required.js";
import { compareSchemaRef } from "./schemas.js";

// A field gone is named by the direction it was in.
const REMOVED_FIELD = {
  request: "removed-request-field",
  response: "removed-response-field",
  both: "removed-field",
} as const;

/** A new field: the client may ignore it in a response; a required one breaks every request. */
function newField(d: DiffContext, name: string, required: boolean, loc: Loc, ctx: Ctx): void {
  if (ctx.dir === "response") d.emit("new-response-field", loc, `new field "${name}"`);
  else if (required) d.emit("new-required-input", loc, `new required field "${name}"`);
  else
    d.emit(
      ctx.dir === "request" ? "new-optional-input" : "new-field",
      loc,
      `new optional field "${name}"`,
    );
}

/** The names a schema's `required` lists (anything else there is not a name). */
function requiredNames(schema: JsonObject): Set<string> {
  return new Set(list(schema.required).filter((n): n is string => typeof n === "string"));
}

/** `properties` and `required`: fields by name (a required name without a property is a field too). */
export function compareProperties(
  d: DiffContext,
  b: JsonObject,
  h: JsonObject,
  loc: Loc,
  ctx: Ctx,
): void {
  const bp = obj(b.properties);
  const hp = obj(h.properties);
  const br = requiredNames(b);
  const hr = requiredNames(h);
  const names = union([...Object.keys(bp), ...br], [...Object.keys(hp), ...hr]);
  for (const name of names) {
    const where = at(loc, `.${name}`);
    const inBase = name in bp || br.has(name);
    const inHead = name in hp || hr.has(name);
    if (!inHead) {
      const was = br.has(name) ? "required" : "optional";
      d.emit(REMOVED_FIELD[ctx.dir], where, `${was} field "${name}" removed`);
    } else if (!inBase) {
      newField(d, name, hr.has(name), where, ctx);
    } else {
      compareRequired(d, br.has(name), hr.has(name), where, ctx, `field "${name}"`);
      if (name in bp || name in hp) compareSchemaRef(d, bp[name], hp[name], where, ctx);
    }
  }
}

/** `additionalProperties`: closing it narrows, opening it widens, a schema is compared as one. */
export function compareAdditionalProperties(
  d: DiffContext,
  b: JsonObject,
  h: JsonObject,
  loc: Loc,
  ctx: Ctx,
): void {
  const bv = b.additionalProperties ?? true;
  const hv = h.additionalProperties ?? true;
  if (same(bv, hv)) {
    if (!same(b.additionalProperties, h.additionalProperties))
      d.emit("unclassified", loc, "additionalProperties written out or left out (same meaning)");
    return;
  }
  if (bv === false || hv === false) {
    const detail = `additionalProperties ${canonical(bv)} -> ${canonical(hv)}`;
    if (hv === false) d.emit("narrowed-constraint", loc, detail, ctx.dir);
    else d.emit("widened-constraint", loc, detail, ctx.dir);
    return;
  }
  // `true` is the empty schema, so the schema comparison tells narrower from wider.
  compareSchemaRef(d, bv === true ? {} : bv, hv === true ? {} : hv, at(loc, "{*}"), ctx);
}
