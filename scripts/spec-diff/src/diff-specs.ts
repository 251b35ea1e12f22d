import { isObject, type OpenApiDocument } from "@cxkit-tools/openapi";
import { compareComponents } from "./components.js";
import { DiffContext, locOf, type Change, type DiffResult } from "./diff-context.js";
import { compareRootExtensions, ROOT_EXTENSIONS } from "./extensions.js";
import { compareInfo, compareRootDocs } from "./info.js";
import { compareOperations, matchableOperations, operationName } from "./operations.js";
import { comparePathItems } from "./path-items.js";
import { LEVELS, maxLevel, NO_CHANGE, type Level } from "./rules.js";
import { compareRootSecurity } from "./security.js";
import { compareRootServers } from "./servers.js";
import { compareUnclassified } from "./unclassified.js";
import { compareWebhooks, webhookName } from "./webhooks.js";

// The root keys the walkers below compare; any other that differs is reported as unclassified.
const ROOT_KEYS = new Set([
  ...ROOT_EXTENSIONS,
  "info",
  "servers",
  "security",
  "paths",
  "webhooks",
  "components",
  "tags",
  "externalDocs",
]);

/** The changes found, highest level first, and the package's level: the highest of them. */
function result(changes: Change[]): DiffResult {
  const sorted = [...changes].sort((x, y) => LEVELS.indexOf(y.level) - LEVELS.indexOf(x.level));
  let level: Level = NO_CHANGE;
  for (const c of sorted) level = maxLevel(level, c.level);
  return { level, changes: sorted };
}

/** A vendor new at the base: each of its operations is a new operation, each event a new webhook. */
function newVendor(head: OpenApiDocument): DiffResult {
  const d = new DiffContext({}, head);
  for (const o of matchableOperations(head)) {
    const id = o.operationId ?? o.matchKey;
    d.emit("new-operation", locOf(operationName(o)), `new operation ${id}`);
  }
  for (const o of matchableOperations(head, "webhooks"))
    d.emit("new-webhook", locOf(webhookName(o)), `new webhook event ${o.path}`);
  return result([...d.changes.values()]);
}

/**
 * Classifies every change from `base` to `head` (parsed OpenAPI documents) under semver. An undefined
 * (or null) base is a new vendor: each operation is a new operation, each webhook event a new one.
 */
export function diffSpecs(base: unknown, head: unknown): DiffResult {
  const h: OpenApiDocument = isObject(head) ? head : {};
  if (base === undefined || base === null) return newVendor(h);
  const d = new DiffContext(isObject(base) ? base : {}, h);
  compareOperations(d);
  compareWebhooks(d);
  comparePathItems(d);
  compareInfo(d);
  compareRootServers(d);
  compareRootSecurity(d);
  compareRootExtensions(d);
  compareRootDocs(d);
  compareUnclassified(d, d.base, d.head, locOf("spec"), ROOT_KEYS, "spec");
  // Last: components the walks above entered are compared there, the rest here.
  compareComponents(d);
  return result([...d.changes.values()]);
}
