import { canonical } from "./json.js";
import { compareSchemas } from "./compare-schemas.js";
import type { NormalisedSpec, SchemaRef } from "./model.js";
import type { SharedSchema } from "./rules.js";

/** The distinct JSON schemas an upstream file answers `code` with, over all its operations. */
function schemasAnswering(spec: NormalisedSpec, code: string): SchemaRef[] {
  const found = new Map<string, SchemaRef>();
  for (const op of spec.operations) {
    const schema = op.responses.get(code)?.content.get("application/json");
    if (schema !== undefined) found.set(canonical(schema.node), schema);
  }
  return [...found.values()];
}

/**
 * Compares a shared schema of ours with the one schema each upstream file answers `shared.response`
 * with, labelled `<source> <response> body`. A file that answers it with several schemas (or none)
 * yields that as the difference: there is then no single schema to compare with.
 */
export function compareSharedSchema(
  ours: NormalisedSpec,
  upstreams: readonly NormalisedSpec[],
  shared: SharedSchema,
  depth: number,
): string[] {
  const out: string[] = [];
  const mine = { doc: ours.doc, node: { $ref: shared.ours } };
  for (const spec of upstreams) {
    const label = `${spec.name} ${shared.response} body`;
    const theirs = schemasAnswering(spec, shared.response);
    const [only] = theirs;
    if (theirs.length === 1 && only !== undefined) compareSchemas(label, mine, only, depth, out);
    else out.push(`${label}: ${theirs.length} distinct schemas upstream, expected 1`);
  }
  return out;
}
