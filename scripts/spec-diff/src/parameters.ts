import { deref, isObject, type OpenApiDocument } from "@cxkit-tools/openapi";
import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, compareReferenceSiblings, DOC_KEYS, EXAMPLE_KEYS } from "./docs.js";
import { list, obj, union } from "./json.js";
import { compareContent } from "./media-types.js";
import { compareRequired } from "./required.js";
import { compareSchemaRef } from "./schemas.js";
import { compareUnclassified } from "./unclassified.js";

const PARAMETER_KEYS = new Set<string>([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  "deprecated",
  "name",
  "in",
  "required",
  "schema",
  "content",
]);

/** The parameters an operation takes, as written (maybe `$ref`s), from its path item and itself. */
export interface ParameterSources {
  pathItem: unknown;
  operation: unknown;
}

/**
 * Path-level and operation-level parameters, keyed `<in> parameter <name>` (operation-level wins, as
 * OpenAPI says).
 */
function parameterMap(doc: OpenApiDocument, from: ParameterSources): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const raw = [...list(obj(from.pathItem).parameters), ...list(obj(from.operation).parameters)];
  for (const node of raw) {
    const p = deref(doc, node);
    if (!isObject(p)) continue;
    out.set(`${String(p.in)} parameter ${String(p.name)}`, node);
  }
  return out;
}

/** A parameter the server needs: required, or in the path (always required). */
function isRequired(p: unknown): boolean {
  return isObject(p) && (p.required === true || p.in === "path");
}

/** The parameters of an operation: gone (major), new (required: major), or compared one by one. */
export function compareParameters(
  d: DiffContext,
  b: ParameterSources,
  h: ParameterSources,
  loc: Loc,
): void {
  const bp = parameterMap(d.base, b);
  const hp = parameterMap(d.head, h);
  for (const key of union([...bp.keys()], [...hp.keys()])) {
    const where = at(loc, ` ${key} `);
    if (!hp.has(key)) {
      d.emit("removed-parameter", where, `${key} removed`);
    } else if (!bp.has(key)) {
      if (isRequired(deref(d.head, hp.get(key))))
        d.emit("new-required-input", where, `new required ${key}`);
      else d.emit("new-optional-input", where, `new optional ${key}`);
    } else {
      const ctx: Ctx = { dir: "request", stack: new Set() };
      d.ref(bp.get(key), hp.get(key), where, ctx, compareParameter, compareReferenceSiblings);
    }
  }
}

/** One parameter (resolved): required flag, docs, schema or content. */
export function compareParameter(
  d: DiffContext,
  bIn: unknown,
  hIn: unknown,
  loc: Loc,
  ctx: Ctx,
): void {
  const b = obj(bIn);
  const h = obj(hIn);
  compareRequired(
    d,
    isRequired(b),
    isRequired(h),
    loc,
    ctx,
    `${String(h.in)} parameter ${String(h.name)}`,
  );
  compareDocs(d, b, h, loc);
  compareSchemaRef(d, b.schema, h.schema, loc, ctx);
  compareContent(d, b.content, h.content, loc, ctx);
  compareUnclassified(d, b, h, loc, PARAMETER_KEYS, "parameter");
}
