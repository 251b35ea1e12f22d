import type { Difference } from "./aspects.js";
import type { OperationDrift } from "./compare-specs.js";
import type { Drift } from "./drift.js";

/** Unexplained differences grouped by operationId, in the order they were found. */
function byOperation(differences: readonly Difference[]): Map<string, Difference[]> {
  const out = new Map<string, Difference[]>();
  for (const d of differences) out.set(d.operationId, [...(out.get(d.operationId) ?? []), d]);
  return out;
}

function title(o: OperationDrift): string {
  return `${o.operationId} (${o.ours.method} ${o.ours.path})`;
}

function header(drift: Drift): string[] {
  const { profile, result, upstreams } = drift;
  const count = (status: OperationDrift["status"]): OperationDrift[] =>
    result.operations.filter((o) => o.status === status);
  const byDesign = count("not-upstream").map((o) => o.operationId);
  return [
    `spec:drift ${profile.vendor}: ${profile.spec} vs the vendor's own description`,
    ...upstreams.map(
      (u) => `  ${u.name}: ${u.label} (${u.format}, ${u.operations.length} operations)`,
    ),
    `ours: ${result.operations.length} operations: ${count("compared").length} compared, ` +
      `${count("missing").length} missing upstream, ${byDesign.length} not upstream by design` +
      (byDesign.length > 0 ? ` (${byDesign.join(", ")})` : "") +
      `; ${result.upstreamOnly.length} upstream operations we do not declare`,
  ];
}

/** The unexplained differences, one block per operation (missing operations listed together first). */
function body(drift: Drift): string[] {
  const unexplained = byOperation(drift.reconciled.unexplained);
  const lines: string[] = [];
  const missing = drift.result.operations.filter(
    (o) => o.status === "missing" && unexplained.has(o.operationId),
  );
  if (missing.length > 0) {
    lines.push("", `Missing upstream (${missing.length}):`, ...missing.map((o) => `  ${title(o)}`));
    for (const o of missing) unexplained.delete(o.operationId);
  }
  const titles = new Map(drift.result.operations.map((o) => [o.operationId, title(o)]));
  for (const [operationId, diffs] of unexplained)
    lines.push("", titles.get(operationId) ?? operationId, ...diffs.map((d) => `  ${d.text}`));
  return lines;
}

function exceptionsSummary(drift: Drift): string[] {
  const { applied, stale } = drift.reconciled;
  const listed = drift.profile.exceptions.length;
  const lines = ["", `Known exceptions: ${applied.length} of ${listed} applied.`];
  if (stale.length > 0) {
    // Against another file (an older version, a URL) an exception may simply not arise; against the
    // reference file the conformance test fails on it.
    lines.push(`${stale.length} matched no difference in this description:`);
    lines.push(...stale.map((e) => `  ${e.operationId}: ${e.diff}`));
  }
  return lines;
}

/** The text report: header, unexplained differences per operation, exceptions, and the verdict. */
export function formatText(drift: Drift): string {
  const unexplained = drift.reconciled.unexplained;
  const operations = new Set(unexplained.map((d) => d.operationId)).size;
  const verdict =
    unexplained.length === 0
      ? "No unexplained differences."
      : `${unexplained.length} unexplained difference${unexplained.length === 1 ? "" : "s"} in ${operations} operation${operations === 1 ? "" : "s"}: drift.`;
  return [...header(drift), ...body(drift), ...exceptionsSummary(drift), "", verdict].join("\n");
}
