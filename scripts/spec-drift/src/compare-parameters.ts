import { typeText } from "./compare-schemas.js";
import type { NormalisedParameter } from "./model.js";
import { flatten } from "./shapes.js";

interface ParameterFacts {
  required: boolean;
  type: unknown;
  format: unknown;
  /** Type and format of an array's items, as JSON (undefined when the parameter is not an array). */
  items: string | undefined;
  serialisation: string | undefined;
}

function factsOf(p: NormalisedParameter): ParameterFacts {
  const schema = flatten(p.schema);
  const items =
    schema.items === undefined ? undefined : flatten({ doc: p.schema.doc, node: schema.items });
  return {
    required: p.required,
    type: schema.type,
    format: schema.format,
    items:
      items === undefined ? undefined : JSON.stringify({ type: items.type, format: items.format }),
    serialisation: p.serialisation,
  };
}

const quoted = (format: unknown): string =>
  format === undefined ? "none" : JSON.stringify(format);

/** One parameter present on both sides: `required`, type, format, array items, array serialisation. */
function compareOne(key: string, a: ParameterFacts, b: ParameterFacts, out: string[]): void {
  if (a.required !== b.required)
    out.push(`${key}: required is ${a.required} in ours, ${b.required} upstream`);
  if (typeText(a.type) !== typeText(b.type))
    out.push(`${key}: type is ${typeText(b.type)} upstream, ${typeText(a.type)} in ours`);
  if (a.format !== b.format)
    out.push(`${key}: format is ${quoted(b.format)} upstream, ${quoted(a.format)} in ours`);
  if (a.items !== b.items)
    out.push(`${key}: items ${a.items ?? "none"} in ours, ${b.items ?? "none"} upstream`);
  // How a list is sent (repeated `?id=1&id=2`, or `?id=1,2`) only means something when both are lists.
  if (
    a.serialisation !== undefined &&
    b.serialisation !== undefined &&
    a.serialisation !== b.serialisation
  )
    out.push(`${key}: sent as ${a.serialisation} in ours, ${b.serialisation} upstream`);
}

/**
 * Compares the path and query parameters of one operation (ours `a`, upstream `b`), keyed
 * `query "pageKey"`: presence on each side, then {@link compareOne} for the common ones.
 */
export function compareParameters(
  a: readonly NormalisedParameter[],
  b: readonly NormalisedParameter[],
  out: string[],
): void {
  const key = (p: NormalisedParameter): string => `${p.in} "${p.name}"`;
  const ours = new Map(a.map((p) => [key(p), factsOf(p)]));
  const theirs = new Map(b.map((p) => [key(p), factsOf(p)]));
  for (const k of ours.keys()) if (!theirs.has(k)) out.push(`${k}: only in ours`);
  for (const k of theirs.keys()) if (!ours.has(k)) out.push(`${k}: missing from ours`);
  for (const [k, facts] of ours) {
    const other = theirs.get(k);
    if (other !== undefined) compareOne(k, facts, other, out);
  }
}
