import { isObject, type JsonObject } from "@cxkit-tools/openapi";

/** JSON with sorted keys, so key order never counts as a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** True when two JSON values are equal, whatever their key order. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A value as a detail shows it. */
export function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
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

/** An object, or an empty one for anything else: spec nodes are read without trusting their shape. */
export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** A member of an object, undefined for anything else. */
export function member(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/** A list, or an empty one for anything else. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
