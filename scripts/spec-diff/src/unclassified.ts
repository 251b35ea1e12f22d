import type { DiffContext, Loc } from "./diff-context.js";
import { keysOf, member, same, union, verb } from "./json.js";

/**
 * Whatever a comparison did not classify: a patch, named in the detail, so nothing is dropped silently.
 * `handled` lists the keys the caller compared itself; `what` names the object (`operation`, `schema`).
 */
export function compareUnclassified(
  d: DiffContext,
  b: unknown,
  h: unknown,
  loc: Loc,
  handled: ReadonlySet<string>,
  what: string,
): void {
  for (const key of union(keysOf(b), keysOf(h))) {
    const bv = member(b, key);
    const hv = member(h, key);
    if (handled.has(key) || same(bv, hv)) continue;
    d.emit(
      "unclassified",
      loc,
      `${what} keyword "${key}" ${verb(bv, hv)} (not classified: check by hand)`,
    );
  }
}
