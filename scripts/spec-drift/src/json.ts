import { isObject, type JsonObject } from "@cxkit-tools/openapi";

// Upstream descriptions are other people's files: every node is read as `unknown` and narrowed here, so
// a malformed file yields "nothing there" (and a reported difference) rather than a crash.

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

/** A string, or undefined for anything else. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The strings of a list (other members dropped). */
export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === "string");
}

/** A value as a difference shows it: JSON, with `none` for a missing one. */
export function show(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}

/** A deep copy of a JSON value with `fn` applied to every object, innermost first. */
export function mapObjects(value: unknown, fn: (node: JsonObject) => JsonObject): unknown {
  if (Array.isArray(value)) return value.map((v) => mapObjects(v, fn));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, v] of Object.entries(value)) copy[key] = mapObjects(v, fn);
  return fn(copy);
}
