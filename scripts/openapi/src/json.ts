import { isObject } from "./pointer.js";
import type { JsonObject } from "./types.js";

// Spec nodes, ours or another party's, are read as `unknown` and narrowed here: a malformed node yields
// "nothing there" (and, in a diff, a reported difference) rather than a crash.

/** JSON with sorted keys, so two equal nodes written in another key order are recognised as equal. */
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

/** An object, or an empty one for anything else. */
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

/** A value as a difference shows it: JSON, with `none` for a missing one. */
export function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
