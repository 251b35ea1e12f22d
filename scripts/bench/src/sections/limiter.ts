import { RateLimiter } from "@cxkit/core";
import type { BenchRunner } from "../section.js";
import { median } from "../stats.js";

/**
 * What the default client's limiter costs a call when it does not make it wait: acquire + release
 * against a limit that is never reached, in µs per call (median of rounds), with Dixa's shape (sliding
 * window + burst) and with a concurrency cap.
 */
export const limiter: BenchRunner = async ({ quick }) => {
  const n = quick ? 20_000 : 200_000;
  const shapes = {
    "sliding window + burst (Dixa's shape)": { requests: 1e9, perMs: 1000, burst: 1e9 },
    "sliding window + perDay + maxConcurrent": {
      requests: 1e9,
      perMs: 1000,
      perDay: 1e12,
      maxConcurrent: 1e6,
    },
  };
  const rows = [];
  for (const [label, options] of Object.entries(shapes)) {
    const l = new RateLimiter(options);
    const rounds: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      for (let i = 0; i < n; i++) (await l.acquire({}))();
      rounds.push(((performance.now() - t) * 1000) / n);
    }
    rows.push({ label, values: { "µs per acquire+release": median(rounds) } });
  }
  return {
    id: "limiter",
    title: "Limiter overhead when not waiting",
    columns: ["µs per acquire+release"],
    rows,
    notes: ["Target: ≤ 5 µs per call."],
  };
};
