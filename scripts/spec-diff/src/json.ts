import { canonical, isObject } from "@cxkit-tools/openapi";

export { canonical, list, member, obj, show } from "@cxkit-tools/openapi";

/** True when two JSON values are equal, whatever their key order. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** What happened to a value between base and head. */
export function verb(base: unknown, head: unknown): "added" | "removed" | "changed" {
  return base === undefined ? "added" : head === undefined ? "removed" : "changed";
}

/** The distinct members of two lists, in first-seen order (base first). */
export function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The keys of an object, none for anything else. */
export function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}
