import { aspectOf, type Aspect, type Difference } from "./aspects.js";

/** A deliberate difference between our spec and the vendor's description, with the reason for it. */
export interface Exception {
  /** Our operationId (or a shared schema's name, or `METHOD /path` of an upstream-only operation). */
  operationId: string;
  /** The exact difference text the engine produces. */
  diff: string;
  why: string;
}

/** An exception that explained a difference. */
export interface Applied {
  difference: Difference;
  exception: Exception;
}

/** Differences sorted by the exceptions: explained, not explained, and exceptions that matched nothing. */
export interface Reconciled {
  unexplained: Difference[];
  applied: Applied[];
  /** Exceptions with no matching difference: stale against our spec's own reference file. */
  stale: Exception[];
}

/** The aspect an exception belongs to (read from its text, as for a difference). */
export function exceptionAspect(exception: Exception): Aspect {
  return aspectOf(exception.diff);
}

/** Matches differences with exceptions (same operationId, same text). */
export function reconcile(
  differences: readonly Difference[],
  exceptions: readonly Exception[],
): Reconciled {
  const keyOf = (operationId: string, text: string): string => `${operationId}\n${text}`;
  const byKey = new Map(exceptions.map((e) => [keyOf(e.operationId, e.diff), e]));
  const used = new Set<Exception>();
  const unexplained: Difference[] = [];
  const applied: Applied[] = [];
  for (const difference of differences) {
    const exception = byKey.get(keyOf(difference.operationId, difference.text));
    if (exception === undefined) unexplained.push(difference);
    else {
      applied.push({ difference, exception });
      used.add(exception);
    }
  }
  return { unexplained, applied, stale: exceptions.filter((e) => !used.has(e)) };
}

/**
 * Mistakes in an exception list: an operationId that is not one of `known`, the same exception twice,
 * a reason too short to be one. Empty when the list is sound.
 */
export function exceptionProblems(
  exceptions: readonly Exception[],
  known: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of exceptions) {
    const key = `${e.operationId} ${e.diff}`;
    if (!known.has(e.operationId))
      problems.push(`${key}: no operation or shared schema ${e.operationId}`);
    if (seen.has(key)) problems.push(`${key}: listed twice`);
    seen.add(key);
    if (e.why.trim().length < 20) problems.push(`${key}: the reason is too short to be one`);
  }
  return problems;
}
