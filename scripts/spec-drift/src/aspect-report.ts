import type { Aspect } from "./aspects.js";
import type { Drift } from "./drift.js";
import { exceptionAspect } from "./exceptions.js";

/** What one test case of a conformance test checks: one aspect of one operation. */
export interface AspectReport {
  /** Differences of that aspect no exception explains. */
  unexplained: string[];
  /** Exceptions of that aspect that match no difference (the spec or the upstream file moved on). */
  stale: string[];
}

/**
 * The unexplained differences and stale exceptions of one aspect of one operation (or shared schema):
 * both empty when that aspect conforms. Conformance tests expect exactly that, case by case.
 */
export function aspectReport(drift: Drift, operationId: string, aspect: Aspect): AspectReport {
  const { unexplained, stale } = drift.reconciled;
  return {
    unexplained: unexplained
      .filter((d) => d.operationId === operationId && d.aspect === aspect)
      .map((d) => d.text),
    stale: stale
      .filter((e) => e.operationId === operationId && exceptionAspect(e) === aspect)
      .map((e) => e.diff),
  };
}
