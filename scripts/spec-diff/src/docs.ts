import type { DiffContext, Loc } from "./diff-context.js";
import { member, same, verb } from "./json.js";
import { compareUnclassified } from "./unclassified.js";

/** Keywords that only document: a change is a patch. */
export const DOC_KEYS = ["description", "summary", "title", "externalDocs"] as const;

/** Keywords that hold samples: a change is a patch. */
export const EXAMPLE_KEYS = ["example", "examples"] as const;

/** Documentation keywords (patch), examples (patch) and deprecation (minor; lifting it: patch). */
export function compareDocs(d: DiffContext, b: unknown, h: unknown, loc: Loc): void {
  for (const key of DOC_KEYS) {
    const bv = member(b, key);
    const hv = member(h, key);
    if (!same(bv, hv)) d.emit("changed-description", loc, `${key} ${verb(bv, hv)}`);
  }
  compareExamples(d, b, h, loc);
  const was = member(b, "deprecated") === true;
  const is = member(h, "deprecated") === true;
  if (!was && is) d.emit("deprecated", loc, "now deprecated");
  if (was && !is) d.emit("undeprecated", loc, "no longer deprecated");
}

/** `example` and `examples`. */
export function compareExamples(d: DiffContext, b: unknown, h: unknown, loc: Loc): void {
  for (const key of EXAMPLE_KEYS) {
    const bv = member(b, key);
    const hv = member(h, key);
    if (!same(bv, hv)) d.emit("changed-examples", loc, `${key} ${verb(bv, hv)}`);
  }
}

const REFERENCE_SIBLINGS = new Set<string>([...DOC_KEYS, ...EXAMPLE_KEYS, "deprecated"]);

/** Siblings of a non-schema `$ref`: summary/description overrides (OpenAPI 3.1). */
export function compareReferenceSiblings(d: DiffContext, b: unknown, h: unknown, loc: Loc): void {
  compareDocs(d, b, h, loc);
  compareUnclassified(d, b, h, loc, REFERENCE_SIBLINGS, "reference");
}
