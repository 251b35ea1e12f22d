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
 * Before a measurement, when Node was started with --expose-gc (as `npm run bench` starts it): collect
 * garbage, then let the finalizers that collection queued run (undici registers its requests and
 * bodies with FinalizationRegistry), then collect again. Each case then pays for its own garbage and
 * clean-up, not for the previous case's.
 */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  gc();
}
