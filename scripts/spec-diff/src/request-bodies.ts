import { deref } from "@cxkit-tools/openapi";
import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, compareReferenceSiblings, DOC_KEYS } from "./docs.js";
import { member, obj } from "./json.js";
import { compareContent } from "./media-types.js";
import { compareRequired } from "./required.js";
import { compareUnclassified } from "./unclassified.js";

const BODY_KEYS = new Set<string>([...DOC_KEYS, "required", "content"]);

/** The request body of an operation: gone (major), new (required: major), or compared. */
export function compareRequestBody(d: DiffContext, bRaw: unknown, hRaw: unknown, loc: Loc): void {
  if (bRaw === undefined && hRaw === undefined) return;
  const where = at(loc, " request body ");
  if (bRaw === undefined) {
    if (member(deref(d.head, hRaw), "required") === true)
      d.emit("new-required-input", where, "new required request body");
    else d.emit("new-optional-input", where, "new optional request body");
    return;
  }
  if (hRaw === undefined) {
    d.emit("removed-request-body", where, "request body removed");
    return;
  }
  const ctx: Ctx = { dir: "request", stack: new Set() };
  d.ref(bRaw, hRaw, where, ctx, compareBody, compareReferenceSiblings);
}

/** One body (resolved): required flag, docs, content. Also a webhook's payload, read by the user. */
export function compareBody(d: DiffContext, bIn: unknown, hIn: unknown, loc: Loc, ctx: Ctx): void {
  const b = obj(bIn);
  const h = obj(hIn);
  compareRequired(d, b.required === true, h.required === true, loc, ctx, "request body");
  compareDocs(d, b, h, loc);
  compareContent(d, b.content, h.content, loc, ctx);
  compareUnclassified(d, b, h, loc, BODY_KEYS, "request body");
}
