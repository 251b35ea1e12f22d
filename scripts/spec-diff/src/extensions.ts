import type { DiffContext, Loc } from "./diff-context.js";
import { canonical, member, same, show } from "./json.js";

/** The operation-level extensions the runtime reads, compared by {@link compareOperationExtensions}. */
export const OPERATION_EXTENSIONS: readonly string[] = ["x-cxkit-idempotent", "x-cxkit-pagination"];

/**
 * The runtime reads these: retries and paging change behaviour, so minor (losing paging: major, since
 * paginate() then refuses the operation).
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
  const bp = member(bo, "x-cxkit-pagination");
  const hp = member(ho, "x-cxkit-pagination");
  if (same(bp, hp)) return;
  if (hp === undefined) d.emit("removed-pagination", loc, "x-cxkit-pagination removed");
  else if (bp === undefined) d.emit("new-pagination", loc, "x-cxkit-pagination added");
  else
    d.emit(
      "changed-runtime-extension",
      loc,
      `x-cxkit-pagination ${canonical(bp)} -> ${canonical(hp)}`,
    );
}
