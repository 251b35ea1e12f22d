import { deref, HTTP_METHODS } from "@cxkit-tools/openapi";
import { locOf, type DiffContext } from "./diff-context.js";
import { compareDocs, DOC_KEYS } from "./docs.js";
import { obj } from "./json.js";
import { compareUnclassified } from "./unclassified.js";

// Operations, parameters and servers are compared per operation; what is left is the path item's own.
const PATH_ITEM_KEYS = new Set<string>([...DOC_KEYS, ...HTTP_METHODS, "parameters", "servers"]);

/** The path items under one key (`paths` or `webhooks`) both versions have; `name` names one. */
function compareItems(
  d: DiffContext,
  bItems: Record<string, unknown> | undefined,
  hItems: Record<string, unknown> | undefined,
  name: (key: string) => string,
): void {
  const bp = bItems ?? {};
  const hp = hItems ?? {};
  for (const key of Object.keys(bp)) {
    if (!(key in hp)) continue;
    const b = obj(deref(d.base, bp[key]));
    const h = obj(deref(d.head, hp[key]));
    const loc = locOf(name(key));
    compareDocs(d, b, h, loc);
    compareUnclassified(d, b, h, loc, PATH_ITEM_KEYS, "path item");
  }
}

/** Summary and description of the path items both versions have (per path, not per operation). */
export function comparePathItems(d: DiffContext): void {
  compareItems(d, d.base.paths, d.head.paths, (route) => route);
  // A webhook's path item is named as its events are (`webhook ConversationCreated`).
  compareItems(d, d.base.webhooks, d.head.webhooks, (name) => `webhook ${name}`);
}
