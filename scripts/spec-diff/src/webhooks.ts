import { at, locOf, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, compareReferenceSiblings, DOC_KEYS, EXAMPLE_KEYS } from "./docs.js";
import { compareOperationExtensions, OPERATION_EXTENSIONS } from "./extensions.js";
import { same } from "./json.js";
import { matchableOperations, type MatchedOperation } from "./operations.js";
import { compareBody } from "./request-bodies.js";
import { compareUnclassified } from "./unclassified.js";

// What the walker classifies; the receiver's `responses` and any `parameters` are left to the
// unclassified check (named, to check by hand): nothing in the generated types reads them.
const WEBHOOK_KEYS = new Set<string>([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  ...OPERATION_EXTENSIONS,
  "deprecated",
  "operationId",
  "tags",
  "requestBody",
]);

/**
 * How a webhook event is named in a change: `webhook ConversationCreated` (one token after `webhook`,
 * so "used by" lists name the event); a method other than POST is appended.
 */
export function webhookName(o: MatchedOperation): string {
  return `webhook ${o.path}${o.method === "POST" ? "" : `(${o.method})`}`;
}

/**
 * The event payload: the vendor sends it and the user reads it, so it is compared like a response body
 * (a field removed is major, a field added minor).
 */
function comparePayload(d: DiffContext, bRaw: unknown, hRaw: unknown, loc: Loc): void {
  const where = at(loc, " payload ");
  if (bRaw === undefined && hRaw === undefined) return;
  if (hRaw === undefined) d.emit("removed-response-body", where, "event payload removed");
  else if (bRaw === undefined) d.emit("new-response-body", where, "new event payload");
  else {
    const ctx: Ctx = { dir: "response", stack: new Set() };
    d.ref(bRaw, hRaw, where, ctx, compareBody, compareReferenceSiblings);
  }
}

/** One event in both versions: its generated name, docs, payload. */
function compareWebhook(d: DiffContext, b: MatchedOperation, h: MatchedOperation): void {
  const loc = locOf(webhookName(h));
  const bo = b.operation;
  const ho = h.operation;
  if (bo.operationId !== ho.operationId) {
    d.emit(
      "renamed-operationId",
      loc,
      `operationId ${bo.operationId ?? "none"} is now ${ho.operationId ?? "none"}`,
      bo.operationId === undefined ? "added" : "changed",
    );
  }
  compareDocs(d, bo, ho, loc);
  if (!same(bo.tags, ho.tags)) d.emit("changed-tags", loc, "tags changed");
  compareOperationExtensions(d, bo, ho, loc);
  comparePayload(d, bo.requestBody, ho.requestBody, loc);
  compareUnclassified(d, bo, ho, loc, WEBHOOK_KEYS, "webhook");
}

/**
 * The root `webhooks`: events matched by name (and method). A removed event shrinks the exported event
 * union (major); a new one is minor.
 */
export function compareWebhooks(d: DiffContext): void {
  const baseEvents = matchableOperations(d.base, "webhooks");
  const headEvents = matchableOperations(d.head, "webhooks");
  const headByKey = new Map(headEvents.map((o) => [o.matchKey, o]));
  const baseKeys = new Set(baseEvents.map((o) => o.matchKey));
  for (const b of baseEvents) {
    const h = headByKey.get(b.matchKey);
    if (h !== undefined) compareWebhook(d, b, h);
    else
      d.emit(
        "removed-webhook",
        locOf(webhookName(b)),
        `webhook event ${b.path} removed${b.operationId ? ` (${b.operationId})` : ""}`,
      );
  }
  for (const h of headEvents) {
    if (baseKeys.has(h.matchKey)) continue;
    d.emit("new-webhook", locOf(webhookName(h)), `new webhook event ${h.path}`);
  }
}
