import { isObject, list, type JsonObject } from "@cxkit-tools/openapi";

// Upstream descriptions are other people's files: every node is read as `unknown` and narrowed (the
// shared readers are @cxkit-tools/openapi's), so a malformed file yields "nothing there" rather than a crash.
export { canonical, list, member, obj, show } from "@cxkit-tools/openapi";

/** A string, or undefined for anything else. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The strings of a list (other members dropped). */
export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === "string");
}

/** A deep copy of a JSON value with `fn` applied to every object, innermost first. */
export function mapObjects(value: unknown, fn: (node: JsonObject) => JsonObject): unknown {
  if (Array.isArray(value)) return value.map((v) => mapObjects(v, fn));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, v] of Object.entries(value)) copy[key] = mapObjects(v, fn);
  return fn(copy);
}
