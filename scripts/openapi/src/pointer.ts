import type { JsonObject, RefObject } from "./types.js";

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** One JSON-pointer segment, escaped (`/` -> `~1`, `~` -> `~0`). */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One JSON-pointer segment, unescaped. */
export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** A local reference (`#/a/b`) built from raw segments. */
export function pointerOf(...segments: string[]): string {
  return `#/${segments.map(escapeSegment).join("/")}`;
}

/** The node a local reference points at, or undefined (also for a non-local reference). */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[unescapeSegment(raw)];
  }
  return node;
}

/** The local `$ref` of a node, if it is a reference. */
export function localRef(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#/")
    ? node.$ref
    : undefined;
}

/** True for a `$ref` node. */
export function isRef(node: unknown): node is RefObject {
  return isObject(node) && typeof node.$ref === "string";
}

/**
 * A node with its chain of local `$ref`s followed. OpenAPI 3.1 lets a reference carry siblings
 * (`description` next to `$ref`); they apply on top of the target, the outermost winning. A cycle stops
 * where it recurs; a reference that resolves to nothing yields undefined.
 */
export function deref<T = JsonObject>(doc: unknown, node: unknown): T | undefined {
  const layers: JsonObject[] = [];
  const seen = new Set<string>();
  let current: unknown = node;
  for (let ref = localRef(current); ref !== undefined && !seen.has(ref); ref = localRef(current)) {
    seen.add(ref);
    const { $ref: _ref, ...siblings } = current as RefObject;
    layers.unshift(siblings);
    current = resolvePointer(doc, ref);
  }
  if (layers.length === 0) return current as T | undefined;
  if (current === undefined) return undefined;
  return Object.assign({}, isObject(current) ? current : {}, ...layers) as T;
}

/** Like {@link deref}, but a reference that resolves to nothing is an error naming it. */
export function mustDeref<T = JsonObject>(doc: unknown, node: unknown, where: string): T {
  const resolved = deref<T>(doc, node);
  if (resolved === undefined) {
    throw new Error(`${where}: unresolved $ref ${localRef(node) ?? JSON.stringify(node)}`);
  }
  return resolved;
}

/** Every local `$ref` found anywhere under a node. */
export function refsIn(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (isObject(node)) {
    const ref = localRef(node);
    if (ref !== undefined) out.add(ref);
    for (const value of Object.values(node)) refsIn(value, out);
  }
  return out;
}

/** Every `$ref` under a node that does not point into `doc` (a typo, or a reference to another file). */
export function unresolvedRefs(
  doc: unknown,
  node: unknown = doc,
  out: Set<string> = new Set(),
): Set<string> {
  if (Array.isArray(node)) for (const item of node) unresolvedRefs(doc, item, out);
  else if (isObject(node)) {
    if (isRef(node) && resolvePointer(doc, node.$ref) === undefined) out.add(node.$ref);
    for (const value of Object.values(node)) unresolvedRefs(doc, value, out);
  }
  return out;
}
