import {
  deref,
  isObject,
  operationsOf,
  webhooksOf,
  type OpenApiDocument,
  type PathItemObject,
  type SpecOperation,
} from "@cxkit-tools/openapi";
import { locOf, type DiffContext } from "./diff-context.js";
import { compareDocs, DOC_KEYS, EXAMPLE_KEYS } from "./docs.js";
import { compareOperationExtensions, OPERATION_EXTENSIONS } from "./extensions.js";
import { same } from "./json.js";
import { compareParameters } from "./parameters.js";
import { compareRequestBody } from "./request-bodies.js";
import { compareResponses } from "./responses.js";
import { compareOperationSecurity } from "./security.js";
import { compareOperationServers } from "./servers.js";
import { compareUnclassified } from "./unclassified.js";

const OPERATION_KEYS = new Set<string>([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  ...OPERATION_EXTENSIONS,
  "deprecated",
  "operationId",
  "tags",
  "parameters",
  "requestBody",
  "responses",
  "servers",
  "security",
]);

/** An operation of one version, with the key it is matched by. */
export interface MatchedOperation extends SpecOperation {
  /** Method and path with template names blanked (`GET /v1/things/{}`): a renamed `{id}` still matches. */
  matchKey: string;
}

/** Path items by key with `$ref`s followed. */
function derefItems(
  doc: OpenApiDocument,
  items: Record<string, PathItemObject> | undefined,
): Record<string, PathItemObject> {
  const out: Record<string, PathItemObject> = {};
  for (const [key, item] of Object.entries(items ?? {}))
    out[key] = deref<PathItemObject>(doc, item) ?? {};
  return out;
}

/**
 * The operations of a spec (`paths`, or the events of `webhooks`) in spec order; a path item that is a
 * `$ref` is followed first.
 */
export function matchableOperations(
  doc: OpenApiDocument,
  section: "paths" | "webhooks" = "paths",
): MatchedOperation[] {
  const found =
    section === "paths"
      ? operationsOf({ ...doc, paths: derefItems(doc, doc.paths) })
      : webhooksOf({ ...doc, webhooks: derefItems(doc, doc.webhooks) });
  return found
    .filter((o) => isObject(o.operation))
    .map((o) => ({ ...o, matchKey: `${o.method} ${o.path.replace(/\{[^}]*\}/g, "{}")}` }));
}

/** `METHOD /path`, how an operation is named in a change. */
export function operationName(o: SpecOperation): string {
  return `${o.method} ${o.path}`;
}

/**
 * Matches the operations of both versions (by method and path, else by operationId: a moved one) and
 * compares each pair; the rest are removed or new.
 */
export function compareOperations(d: DiffContext): void {
  const baseOps = matchableOperations(d.base);
  const headOps = matchableOperations(d.head);
  const headByKey = new Map(headOps.map((o) => [o.matchKey, o]));
  const matched = new Set<MatchedOperation>();
  const unmatched: MatchedOperation[] = [];
  for (const b of baseOps) {
    const h = headByKey.get(b.matchKey);
    if (h === undefined) {
      unmatched.push(b);
      continue;
    }
    matched.add(h);
    compareOperation(d, b, h);
  }
  for (const b of unmatched) {
    const loc = locOf(operationName(b));
    const id = b.operationId;
    const h = id ? headOps.find((o) => !matched.has(o) && o.operationId === id) : undefined;
    if (h === undefined) {
      d.emit("removed-operation", loc, `operation ${id ?? b.matchKey} removed`);
      continue;
    }
    matched.add(h);
    d.emit("moved-operation", loc, `${id} moved from ${operationName(b)} to ${operationName(h)}`);
    compareOperation(d, b, h);
  }
  for (const h of headOps) {
    if (matched.has(h)) continue;
    d.emit(
      "new-operation",
      locOf(operationName(h)),
      `new operation ${h.operationId ?? h.matchKey}`,
    );
  }
}

/** One operation in both versions: its identity, docs, runtime extensions, inputs and responses. */
function compareOperation(d: DiffContext, b: MatchedOperation, h: MatchedOperation): void {
  const loc = locOf(operationName(h));
  const bo = b.operation;
  const ho = h.operation;
  if (b.matchKey === h.matchKey && b.path !== h.path)
    d.emit("changed-path", loc, `path ${b.path} is now ${h.path}`);
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
  compareOperationServers(d, b, h, loc);
  compareOperationSecurity(d, b, h, loc);
  compareParameters(
    d,
    { pathItem: b.pathItem, operation: bo },
    { pathItem: h.pathItem, operation: ho },
    loc,
  );
  compareRequestBody(d, bo.requestBody, ho.requestBody, loc);
  compareResponses(d, bo.responses ?? {}, ho.responses ?? {}, loc);
  compareUnclassified(d, bo, ho, loc, OPERATION_KEYS, "operation");
}
