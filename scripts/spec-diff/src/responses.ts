import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, compareReferenceSiblings, DOC_KEYS } from "./docs.js";
import { keysOf, member, obj, union } from "./json.js";
import { headerWalker } from "./headers.js";
import { compareContent } from "./media-types.js";
import { compareUnclassified } from "./unclassified.js";

const RESPONSE_KEYS = new Set<string>([...DOC_KEYS, "headers", "content"]);

/** The responses of an operation, by status. */
export function compareResponses(d: DiffContext, br: unknown, hr: unknown, loc: Loc): void {
  for (const status of union(keysOf(br), keysOf(hr))) {
    const where = at(loc, ` response ${status} `);
    const b = member(br, status);
    const h = member(hr, status);
    if (h === undefined) {
      // A success body the client read is gone; a documented error gone still lands on the error path.
      const when = /^[23]/.test(status) ? "success" : "error";
      d.emit("removed-response-status", where, `response ${status} removed`, when);
    } else if (b === undefined) {
      d.emit("new-response-status", where, `new response ${status}`);
    } else {
      const ctx: Ctx = { dir: "response", stack: new Set() };
      d.ref(b, h, where, ctx, compareResponse, compareReferenceSiblings);
    }
  }
}

/** One response (resolved): docs, headers, body. */
export function compareResponse(
  d: DiffContext,
  bIn: unknown,
  hIn: unknown,
  loc: Loc,
  ctx: Ctx,
): void {
  const b = obj(bIn);
  const h = obj(hIn);
  compareDocs(d, b, h, loc);
  const bh = obj(b.headers);
  const hh = obj(h.headers);
  for (const name of union(Object.keys(bh), Object.keys(hh))) {
    const where = at(loc, ` header ${name} `);
    if (!(name in hh)) d.emit("removed-response-header", where, `header ${name} removed`);
    else if (!(name in bh)) d.emit("new-response-header", where, `new header ${name}`);
    else d.ref(bh[name], hh[name], where, ctx, headerWalker(name), compareReferenceSiblings);
  }
  if (b.content && !h.content) d.emit("removed-response-body", loc, "response body removed");
  else if (!b.content && h.content) d.emit("new-response-body", loc, "new response body");
  else compareContent(d, b.content, h.content, loc, ctx);
  compareUnclassified(d, b, h, loc, RESPONSE_KEYS, "response");
}
