import { deref, HTTP_METHODS } from "@cxkit-tools/openapi";
import { locOf, type DiffContext } from "./diff-context.js";
import { compareDocs, DOC_KEYS } from "./docs.js";
import { obj } from "./json.js";
import { compareUnclassified } from "./unclassified.js";

// Operations, parameters and servers are compared per operation; what is left is the path item's own.
const PATH_ITEM_KEYS = new Set<string>([...DOC_KEYS, ...HTTP_METHODS, "parameters", "servers"]);

/** Summary and description of the path items both versions have (per path, not per operation). */
export function comparePathItems(d: DiffContext): void {
  const bp = d.base.paths ?? {};
  const hp = d.head.paths ?? {};
  for (const route of Object.keys(bp)) {
    if (!(route in hp)) continue;
    const b = obj(deref(d.base, bp[route]));
    const h = obj(deref(d.head, hp[route]));
    const loc = locOf(route);
    compareDocs(d, b, h, loc);
    compareUnclassified(d, b, h, loc, PATH_ITEM_KEYS, "path item");
  }
}
