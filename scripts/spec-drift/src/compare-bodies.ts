import { compareSchemas } from "./compare-schemas.js";
import { commonSchemas, mediaTypesText } from "./media.js";
import type { NormalisedBody } from "./model.js";

/**
 * Compares the request body of one operation (ours `a`, upstream `b`): presence, the `required` flag,
 * the media types, and the schema of each media type both declare ({@link compareSchemas} to `depth`).
 */
export function compareRequestBodies(
  a: NormalisedBody | undefined,
  b: NormalisedBody | undefined,
  depth: number,
  out: string[],
): void {
  if (a === undefined || b === undefined) {
    if (a !== undefined || b !== undefined)
      out.push(`requestBody: ${a !== undefined ? "only in ours" : "missing from ours"}`);
    return;
  }
  if (a.required !== b.required)
    out.push(`requestBody: required is ${a.required} in ours, ${b.required} upstream`);
  const ta = mediaTypesText(a.content);
  const tb = mediaTypesText(b.content);
  if (ta !== tb) out.push(`requestBody: media types ${ta} in ours, ${tb} upstream`);
  for (const pair of commonSchemas("requestBody", a.content, b.content, out))
    compareSchemas(pair.label, pair.a, pair.b, depth, out);
}
