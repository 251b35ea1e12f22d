/** The median of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0..1) of numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * The order of `cases` in round `round`: rotated by the round and reversed every other round, so no
 * case always follows the same one (a case pays for what its predecessor left: garbage, sockets).
 */
export function roundOrder<T>(cases: readonly T[], round: number): T[] {
  const rotated = cases.map((_, i) => cases[(i + round) % cases.length]!);
  return round % 2 ? rotated.reverse() : rotated;
}

/**
 * Collect garbage before a measurement when Node was started with --expose-gc (as `npm run bench`
 * starts it): each case then pays for its own garbage, not for the previous case's.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
