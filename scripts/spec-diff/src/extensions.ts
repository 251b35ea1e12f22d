import { isObject } from "@cxkit-tools/openapi";
import { locOf, type DiffContext, type Loc } from "./diff-context.js";
import { member, same, show, union, verb } from "./json.js";

/** The operation-level extensions the runtime reads, compared by {@link compareOperationExtensions}. */
export const OPERATION_EXTENSIONS: readonly string[] = [
  "x-cxkit-idempotent",
  "x-cxkit-idempotent-when",
  "x-cxkit-pagination",
];

/** The root-level extensions the runtime reads, compared by {@link compareRootExtensions}. */
export const ROOT_EXTENSIONS: readonly string[] = ["x-cxkit-webhooks"];

/**
 * A runtime extension added, removed or changed (minor: the runtime behaves differently); an object
 * one key by key, so the detail says what moved (`x-cxkit-pagination.next "meta.next" -> "links.next"`).
 */
function compareExtension(d: DiffContext, name: string, b: unknown, h: unknown, loc: Loc): void {
  if (same(b, h)) return;
  if (!isObject(b) || !isObject(h)) {
    const detail = b === undefined || h === undefined ? verb(b, h) : `${show(b)} -> ${show(h)}`;
    d.emit("changed-runtime-extension", loc, `${name} ${detail}`);
    return;
  }
  for (const key of union(Object.keys(b), Object.keys(h))) {
    if (!same(b[key], h[key]))
      d.emit("changed-runtime-extension", loc, `${name}.${key} ${show(b[key])} -> ${show(h[key])}`);
  }
}

/**
 * The runtime reads these: retries (x-cxkit-idempotent, x-cxkit-idempotent-when) and paging
 * (x-cxkit-pagination, any of its styles) change behaviour, so minor; losing paging is major, since
 * paginate() then refuses the operation.
 */
export function compareOperationExtensions(
  d: DiffContext,
  bo: unknown,
  ho: unknown,
  loc: Loc,
): void {
  const bi = member(bo, "x-cxkit-idempotent");
  const hi = member(ho, "x-cxkit-idempotent");
  if (!same(bi, hi))
    d.emit("changed-runtime-extension", loc, `x-cxkit-idempotent ${show(bi)} -> ${show(hi)}`);
  const when = "x-cxkit-idempotent-when";
  compareExtension(d, when, member(bo, when), member(ho, when), loc);
  const bp = member(bo, "x-cxkit-pagination");
  const hp = member(ho, "x-cxkit-pagination");
  if (same(bp, hp)) return;
  if (hp === undefined) d.emit("removed-pagination", loc, "x-cxkit-pagination removed");
  else if (bp === undefined) d.emit("new-pagination", loc, "x-cxkit-pagination added");
  else compareExtension(d, "x-cxkit-pagination", bp, hp, loc);
}

/** `x-cxkit-webhooks` (the event discriminator and id the webhook handlers read): minor. */
export function compareRootExtensions(d: DiffContext): void {
  const name = "x-cxkit-webhooks";
  compareExtension(d, name, member(d.base, name), member(d.head, name), locOf("webhooks"));
}
