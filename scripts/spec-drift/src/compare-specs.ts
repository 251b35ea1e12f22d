import { differencesOf, type Difference } from "./aspects.js";
import { compareOperation } from "./compare-operation.js";
import type { NormalisedOperation, NormalisedSpec } from "./model.js";
import type { DriftRules } from "./rules.js";
import { compareSharedSchema } from "./shared-schemas.js";

/** How one of our operations fared. */
export interface OperationDrift {
  /** Our operationId (`METHOD /path` if it has none). */
  operationId: string;
  ours: NormalisedOperation;
  /**
   * `compared`: found upstream and compared; `missing`: in no upstream description; `not-upstream`:
   * listed by the vendor as not upstream (then not compared; a difference if it is upstream after all).
   */
  status: "compared" | "missing" | "not-upstream";
  /** The upstream operation at the same method + path (after the vendor's path rewrites). */
  upstream: NormalisedOperation | undefined;
  differences: Difference[];
}

/** An upstream operation we do not declare. */
export interface UpstreamOnly {
  /** `METHOD /path` in our path form: how its difference is named. */
  key: string;
  operation: NormalisedOperation;
}

/** Everything the engine found, before exceptions are applied. */
export interface DriftResult {
  operations: OperationDrift[];
  /** Operations over all upstream descriptions (a method + path described twice counts once). */
  upstreamCount: number;
  upstreamOnly: UpstreamOnly[];
  /** Differences of the vendor's shared schemas. */
  shared: Difference[];
  /** Every difference: per operation in our order, then upstream-only operations, then shared schemas. */
  differences: Difference[];
}

/** An upstream path in our form: the vendor's rewrites applied in order. */
export function mapPath(path: string, rules: Pick<DriftRules, "pathRewrites">): string {
  return rules.pathRewrites.reduce((p, r) => p.replace(new RegExp(r.from), r.to), path);
}

/** How operations are matched: method + path, path parameter names left out (a rename is a parameter difference). */
function matchKey(method: string, path: string): string {
  return `${method} ${path.replace(/\{[^}]*\}/g, "{}")}`;
}

/** Upstream operations by match key; the first description to declare one wins. */
function indexUpstream(
  upstreams: readonly NormalisedSpec[],
  rules: DriftRules,
  duplicates: Difference[],
): Map<string, NormalisedOperation> {
  const index = new Map<string, NormalisedOperation>();
  for (const spec of upstreams)
    for (const op of spec.operations) {
      const key = matchKey(op.method, mapPath(op.path, rules));
      const first = index.get(key);
      if (first === undefined) index.set(key, op);
      else {
        const text = `operation: described by both ${first.source} and ${op.source} (${first.source}'s is compared)`;
        duplicates.push(...differencesOf(`${op.method} ${mapPath(op.path, rules)}`, [text]));
      }
    }
  return index;
}

function driftOf(
  ours: NormalisedOperation,
  upstream: NormalisedOperation | undefined,
  rules: DriftRules,
): OperationDrift {
  const operationId = ours.operationId ?? `${ours.method} ${ours.path}`;
  if (rules.notUpstream.some((n) => n.operationId === operationId)) {
    const texts =
      upstream === undefined
        ? []
        : [
            `operation: listed as not upstream, but ${upstream.source} has ${upstream.method} ${upstream.path}`,
          ];
    return {
      operationId,
      ours,
      status: "not-upstream",
      upstream,
      differences: differencesOf(operationId, texts),
    };
  }
  if (upstream === undefined)
    return {
      operationId,
      ours,
      status: "missing",
      upstream,
      differences: differencesOf(operationId, ["operation: missing upstream"]),
    };
  const differences = differencesOf(operationId, compareOperation(ours, upstream, rules));
  return { operationId, ours, status: "compared", upstream, differences };
}

/**
 * Compares our spec with a vendor's upstream descriptions (one or several files): each of our operations
 * with the upstream one at the same method + path, each upstream operation we lack, and the vendor's
 * shared schemas. Exceptions are not applied here (see reconcile).
 */
export function compareSpecs(
  ours: NormalisedSpec,
  upstreams: readonly NormalisedSpec[],
  rules: DriftRules,
): DriftResult {
  const duplicates: Difference[] = [];
  const index = indexUpstream(upstreams, rules, duplicates);
  const matched = new Set<string>();
  const operations = ours.operations.map((op) => {
    const key = matchKey(op.method, op.path);
    matched.add(key);
    return driftOf(op, index.get(key), rules);
  });
  const upstreamOnly: UpstreamOnly[] = [];
  for (const [key, op] of index)
    if (!matched.has(key))
      upstreamOnly.push({ key: `${op.method} ${mapPath(op.path, rules)}`, operation: op });
  const onlyDiffs = upstreamOnly.flatMap((u) =>
    differencesOf(u.key, [
      `operation: only upstream (${u.operation.source}: ${u.operation.operationId ?? "no operationId"})`,
    ]),
  );
  const shared = (rules.sharedSchemas ?? []).flatMap((s) =>
    differencesOf(s.name, compareSharedSchema(ours, upstreams, s, rules.schemaDepth)),
  );
  const differences = [
    ...operations.flatMap((o) => o.differences),
    ...onlyDiffs,
    ...duplicates,
    ...shared,
  ];
  return { operations, upstreamCount: index.size, upstreamOnly, shared, differences };
}
