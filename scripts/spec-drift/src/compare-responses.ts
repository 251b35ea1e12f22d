import { compareSchemas } from "./compare-schemas.js";
import { commonSchemas, mediaTypesText } from "./media.js";
import type { NormalisedResponse, SchemaRef } from "./model.js";
import { shapeOf } from "./shapes.js";

/** How deep response bodies are compared, and which member of a body is compared on its own. */
export interface ResponseComparison {
  /** Levels of properties to descend into (see compareSchemas). */
  depth: number;
  /**
   * A member of every 2xx body compared on its own at the same depth, as `response <code> data`
   * (Dixa wraps every answer in `{ data }`: with depth 0 its fields would otherwise go unchecked).
   * Through arrays; only when it is an object or a oneOf on at least one side.
   */
  dataMember: string | undefined;
}

/** The member schema of a body, through arrays, when it is object-like (an object or a oneOf). */
function memberShape(body: SchemaRef, name: string): SchemaRef | undefined {
  const shape = shapeOf(body);
  if (shape.kind !== "object") return undefined;
  let node = shape.properties.get(name);
  for (let s = shapeOf(node); node !== undefined && s.kind === "array"; s = shapeOf(node))
    node = s.items;
  const kind = node === undefined ? undefined : shapeOf(node).kind;
  return kind === "object" || kind === "oneOf" ? node : undefined;
}

function compareBodies(
  code: string,
  a: NormalisedResponse,
  b: NormalisedResponse,
  how: ResponseComparison,
  out: string[],
): void {
  if (a.content.size > 0 !== b.content.size > 0) {
    out.push(
      `response ${code}: ${a.content.size > 0 ? "has a body in ours only" : "has a body upstream only"}`,
    );
    return;
  }
  const ta = mediaTypesText(a.content);
  const tb = mediaTypesText(b.content);
  if (ta !== tb) out.push(`response ${code}: media types ${ta} in ours, ${tb} upstream`);
  for (const pair of commonSchemas(`response ${code} body`, a.content, b.content, out)) {
    compareSchemas(pair.label, pair.a, pair.b, how.depth, out);
    if (how.dataMember === undefined) continue;
    const label = pair.label.replace(/ body/, ` ${how.dataMember}`);
    const da = memberShape(pair.a, how.dataMember);
    const db = memberShape(pair.b, how.dataMember);
    if (da !== undefined && db !== undefined) compareSchemas(label, da, db, how.depth, out);
    else if (da !== undefined || db !== undefined)
      out.push(`${label}: object-like ${da !== undefined ? "only in ours" : "only upstream"}`);
  }
}

/**
 * Compares the responses of one operation (ours `a`, upstream `b`): the set of status codes, then for
 * each 2xx code both declare whether it has a body, its media types and the body per common media type.
 */
export function compareResponses(
  a: ReadonlyMap<string, NormalisedResponse>,
  b: ReadonlyMap<string, NormalisedResponse>,
  how: ResponseComparison,
  out: string[],
): void {
  const codesA = [...a.keys()].sort();
  const codesB = [...b.keys()].sort();
  for (const c of codesB) if (!a.has(c)) out.push(`response ${c}: missing from ours`);
  for (const c of codesA) if (!b.has(c)) out.push(`response ${c}: only in ours`);
  for (const code of codesA) {
    const ra = a.get(code);
    const rb = b.get(code);
    if (code.startsWith("2") && ra !== undefined && rb !== undefined)
      compareBodies(code, ra, rb, how, out);
  }
}
