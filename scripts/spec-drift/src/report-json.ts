import type { Aspect, Difference } from "./aspects.js";
import type { OperationDrift } from "./compare-specs.js";
import type { Drift } from "./drift.js";
import type { Exception } from "./exceptions.js";

/** A difference as `--json` shows it: with the reason of the exception that explains it, if one does. */
export interface JsonDifference {
  operationId: string;
  aspect: Aspect;
  text: string;
  /** The exception's `why`; null for an unexplained difference. */
  explained: string | null;
}

/** One of our operations in the JSON report (only those not compared cleanly are listed). */
export interface JsonOperation {
  operationId: string;
  method: string;
  path: string;
  status: OperationDrift["status"];
  upstream: { source: string; path: string; operationId: string | null } | null;
  differences: JsonDifference[];
}

/** The `--json` report. */
export interface JsonReport {
  vendor: string;
  ours: { spec: string; operations: number };
  upstream: { name: string; location: string; format: string; operations: number }[];
  operations: JsonOperation[];
  /** Differences not of one of our operations: upstream-only operations, shared schemas. */
  vendorLevel: JsonDifference[];
  counts: {
    compared: number;
    missing: number;
    notUpstream: number;
    upstreamOnly: number;
    differences: number;
    explained: number;
    unexplained: number;
  };
  /** Exceptions that matched no difference in this description. */
  staleExceptions: Exception[];
  /** True when every difference is explained (the exit code is 0). */
  ok: boolean;
}

function operationOf(o: OperationDrift, shown: (d: Difference) => JsonDifference): JsonOperation {
  const up = o.upstream;
  return {
    operationId: o.operationId,
    method: o.ours.method,
    path: o.ours.path,
    status: o.status,
    upstream:
      up === undefined
        ? null
        : { source: up.source, path: up.path, operationId: up.operationId ?? null },
    differences: o.differences.map(shown),
  };
}

/** The JSON report (`--json`): the same facts as the text, every difference with its explanation. */
export function jsonReport(drift: Drift): JsonReport {
  const { result, reconciled } = drift;
  const why = new Map(reconciled.applied.map((a) => [a.difference, a.exception.why]));
  const shown = (d: Difference): JsonDifference => ({ ...d, explained: why.get(d) ?? null });
  const ours = new Set(result.operations.map((o) => o.operationId));
  const count = (status: OperationDrift["status"]): number =>
    result.operations.filter((o) => o.status === status).length;
  return {
    vendor: drift.profile.vendor,
    ours: { spec: drift.profile.spec, operations: result.operations.length },
    upstream: drift.upstreams.map((u) => ({
      name: u.name,
      location: u.label,
      format: u.format,
      operations: u.operations.length,
    })),
    operations: result.operations
      .filter((o) => o.status !== "compared" || o.differences.length > 0)
      .map((o) => operationOf(o, shown)),
    vendorLevel: result.differences.filter((d) => !ours.has(d.operationId)).map(shown),
    counts: {
      compared: count("compared"),
      missing: count("missing"),
      notUpstream: count("not-upstream"),
      upstreamOnly: result.upstreamOnly.length,
      differences: result.differences.length,
      explained: reconciled.applied.length,
      unexplained: reconciled.unexplained.length,
    },
    staleExceptions: reconciled.stale,
    ok: reconciled.unexplained.length === 0,
  };
}
