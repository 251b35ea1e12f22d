import type { SchemaRef } from "./model.js";

/**
 * The schemas to compare between two `content` maps: each media type both declare, labelled
 * `<label>` for `application/json` (the usual case, so the plain label) and `<label> (<type>)` for any
 * other. A media type whose schema only one side declares yields a difference instead.
 */
export function commonSchemas(
  label: string,
  a: ReadonlyMap<string, SchemaRef | undefined>,
  b: ReadonlyMap<string, SchemaRef | undefined>,
  out: string[],
): { label: string; a: SchemaRef; b: SchemaRef }[] {
  const pairs: { label: string; a: SchemaRef; b: SchemaRef }[] = [];
  for (const [type, sa] of a) {
    if (!b.has(type)) continue;
    const sb = b.get(type);
    const at = type === "application/json" ? label : `${label} (${type})`;
    if (sa !== undefined && sb !== undefined) pairs.push({ label: at, a: sa, b: sb });
    else if (sa !== undefined || sb !== undefined)
      out.push(`${at}: schema ${sa !== undefined ? "only in ours" : "only upstream"}`);
  }
  return pairs;
}

/** The media types of a content map, sorted and comma-joined, as differences show them. */
export function mediaTypesText(content: ReadonlyMap<string, unknown>): string {
  return [...content.keys()].sort().join(",");
}
