import type { JsonObject } from "@cxkit-tools/openapi";
import type { Ctx, DiffContext, Loc } from "./diff-context.js";
import { same, show } from "./json.js";

// Keywords that pin a value down: adding one narrows, removing one widens, changing one is neither.
const EXACT_KEYS = ["const", "pattern", "format", "contentMediaType", "contentEncoding"] as const;
// Bounds: lowering an upper bound (raising a lower one) narrows.
const UPPER_KEYS = [
  "maximum",
  "exclusiveMaximum",
  "maxLength",
  "maxItems",
  "maxProperties",
] as const;
const LOWER_KEYS = [
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "minItems",
  "minProperties",
] as const;

/** Every keyword {@link compareConstraints} classifies. */
export const CONSTRAINT_KEYS: readonly string[] = [
  ...EXACT_KEYS,
  ...UPPER_KEYS,
  ...LOWER_KEYS,
  "multipleOf",
  "uniqueItems",
];

type How = "narrowed" | "widened" | "changed";

/** How a bound moved: added narrows, removed widens, a number moved inward narrows. */
function boundMove(bv: unknown, hv: unknown, upper: boolean): How {
  if (bv === undefined) return "narrowed";
  if (hv === undefined) return "widened";
  if (typeof bv !== "number" || typeof hv !== "number") return "changed";
  return upper === hv < bv ? "narrowed" : "widened";
}

/** How `multipleOf` moved: a multiple of the old step narrows, a divisor of it widens. */
function stepMove(bv: unknown, hv: unknown): How {
  if (bv === undefined) return "narrowed";
  if (hv === undefined) return "widened";
  if (typeof bv !== "number" || typeof hv !== "number") return "changed";
  if (hv % bv === 0) return "narrowed";
  if (bv % hv === 0) return "widened";
  return "changed";
}

/** Single-value keywords and bounds of a schema. */
export function compareConstraints(
  d: DiffContext,
  b: JsonObject,
  h: JsonObject,
  loc: Loc,
  ctx: Ctx,
): void {
  const report = (how: How, detail: string): void => {
    if (how === "narrowed") d.emit("narrowed-constraint", loc, detail, ctx.dir);
    else if (how === "widened") d.emit("widened-constraint", loc, detail, ctx.dir);
    else d.emit("changed-constraint", loc, detail);
  };
  const moved = (key: string): string => `${key} ${show(b[key])} -> ${show(h[key])}`;
  for (const key of EXACT_KEYS) {
    const bv = b[key];
    const hv = h[key];
    if (same(bv, hv)) continue;
    report(bv === undefined ? "narrowed" : hv === undefined ? "widened" : "changed", moved(key));
  }
  for (const [keys, upper] of [
    [UPPER_KEYS, true],
    [LOWER_KEYS, false],
  ] as const) {
    for (const key of keys) {
      if (!same(b[key], h[key])) report(boundMove(b[key], h[key], upper), moved(key));
    }
  }
  if (!same(b.multipleOf, h.multipleOf))
    report(stepMove(b.multipleOf, h.multipleOf), moved("multipleOf"));
  if ((b.uniqueItems === true) !== (h.uniqueItems === true))
    report(h.uniqueItems === true ? "narrowed" : "widened", moved("uniqueItems"));
}
