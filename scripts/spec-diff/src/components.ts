import { deref, escapeSegment } from "@cxkit-tools/openapi";
import {
  componentLabel,
  locOf,
  type Ctx,
  type DiffContext,
  type Loc,
  type Walker,
} from "./diff-context.js";
import { headerWalker } from "./headers.js";
import { keysOf, member, obj, union, verb } from "./json.js";
import { compareParameter } from "./parameters.js";
import { compareBody } from "./request-bodies.js";
import { compareResponse } from "./responses.js";
import type { Direction } from "./rules.js";
import { compareSchema } from "./schemas.js";

// openapi-typescript turns these component kinds into exported types (`components["schemas"][...]`).
const TYPED_COMPONENTS = new Set([
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "pathItems",
]);

/**
 * How a component no operation reached is compared: by the walker of its kind, in the direction it is
 * used in (schemas may be either: both, so a change is major if it would be in either direction).
 */
function componentWalker(type: string, name: string): [Walker, Direction] | undefined {
  if (type === "schemas") return [compareSchema, "both"];
  if (type === "parameters") return [compareParameter, "request"];
  if (type === "requestBodies") return [compareBody, "request"];
  if (type === "responses") return [compareResponse, "response"];
  if (type === "headers") return [headerWalker(name), "response"];
  return undefined;
}

/** A component in one version only: an exported type added or removed, or an untyped entry. */
function addedOrRemoved(
  d: DiffContext,
  type: string,
  name: string,
  b: unknown,
  h: unknown,
  loc: Loc,
): void {
  if (!TYPED_COMPONENTS.has(type)) {
    const kind = type === "examples" ? "changed-examples" : "unclassified";
    d.emit(kind, loc, `components.${type}.${name} ${verb(b, h)}`);
  } else if (h === undefined)
    d.emit("removed-component", loc, `components.${type}.${name} removed (an exported type)`);
  else d.emit("new-component", loc, `new components.${type}.${name}`);
}

/** Components added or removed, and changed ones no operation reached (those were compared there). */
export function compareComponents(d: DiffContext): void {
  const bc = obj(d.base.components);
  const hc = obj(d.head.components);
  for (const type of union(Object.keys(bc), Object.keys(hc))) {
    for (const name of union(keysOf(bc[type]), keysOf(hc[type]))) {
      const ref = `#/components/${type}/${escapeSegment(name)}`;
      const loc = locOf(componentLabel(ref));
      const b = member(bc[type], name);
      const h = member(hc[type], name);
      if (h === undefined || b === undefined) {
        addedOrRemoved(d, type, name, b, h, loc);
        continue;
      }
      if (d.entered.has(ref) || d.unchanged(ref)) continue;
      d.entered.add(ref);
      const walker = componentWalker(type, name);
      if (walker !== undefined) {
        const ctx: Ctx = { dir: walker[1], stack: new Set([ref]) };
        walker[0](d, deref(d.base, b), deref(d.head, h), loc, ctx);
      } else if (type === "examples")
        d.emit("changed-examples", loc, `components.${type}.${name} changed`);
      else
        d.emit(
          "unclassified",
          loc,
          `components.${type}.${name} changed (not classified: check by hand)`,
        );
    }
  }
}
