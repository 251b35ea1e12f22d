import { startChildServer } from "../child-server.js";
import type { BenchRow, BenchRunner } from "../section.js";

interface Outcome {
  /** The client reported the write done (2xx or already applied). */
  ok: boolean;
  /** The client reported that the request never reached the server. */
  notSent: boolean;
  /** The failure was not a cxkit error. */
  untyped: boolean;
}

async function soak(total: number, faults: readonly number[], concurrency: number) {
  const server = await startChildServer("fault-server-child", [...faults.map(String), "42"]);
  const { createDixaClient, CxkitError, NetworkError, isAlreadyApplied } =
    await import("@cxkit/dixa");
  const dixa = createDixaClient({
    apiKey: "soak-key",
    baseUrl: server.url,
    rateLimit: false,
    retry: { maxRetries: 4, baseDelayMs: 2, maxDelayMs: 20 },
  });
  const outcomes = new Map<string, Outcome>();
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < total; i = next++) {
          // Half unkeyed notes (never re-sent once they may have arrived), half keyed messages (re-sent,
          // deduped by the server on externalId).
          const id = `w-${i}`;
          try {
            if (i % 2 === 0) {
              await dixa.addInternalNote({ path: { conversationId: 1 }, body: { message: id } });
            } else {
              const result = await dixa.addMessage({
                path: { conversationId: 1 },
                body: { content: { value: "hi", _type: "Text" }, externalId: id, _type: "Inbound" },
              });
              if (!isAlreadyApplied(result) && result === undefined) throw new Error("no answer");
            }
            outcomes.set(id, { ok: true, notSent: false, untyped: false });
          } catch (error) {
            outcomes.set(id, {
              ok: false,
              notSent: error instanceof NetworkError && !error.maybeSent,
              untyped: !(error instanceof CxkitError),
            });
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const applied = (await (await fetch(`${server.url}/report`)).json()) as Record<string, number>;
    let duplicates = 0;
    let lost = 0;
    let wronglyNotSent = 0;
    let untyped = 0;
    let failed = 0;
    for (const [id, outcome] of outcomes) {
      const times = applied[id] ?? 0;
      if (times > 1) duplicates++;
      if (outcome.ok && times === 0) lost++;
      if (outcome.notSent && times > 0) wronglyNotSent++;
      if (outcome.untyped) untyped++;
      if (!outcome.ok) failed++;
    }
    return { rate: total / seconds, duplicates, lost, wronglyNotSent, untyped, failed };
  } finally {
    server.close();
  }
}

/**
 * 10,000 writes through a Dixa client against a server in another process that fails 2% with 503, 1%
 * with a reset before reading the body, 1% with a reset after applying it, 0.5% with 429: how many
 * writes were applied twice, reported done but never applied, reported "never sent" although applied,
 * or failed with an untyped error; and throughput against the same run without faults.
 */
export const soakBench: BenchRunner = async ({ quick }) => {
  const total = quick ? 2000 : 10_000;
  const clean = await soak(total, [0, 0, 0, 0], 16);
  const faulty = await soak(total, [0.02, 0.01, 0.01, 0.005], 16);
  const row = (label: string, r: typeof clean): BenchRow => ({
    label,
    values: {
      writes: total,
      duplicates: r.duplicates,
      lost: r.lost,
      "wrongly never-sent": r.wronglyNotSent,
      untyped: r.untyped,
      "failed (typed)": r.failed,
      "writes/s": r.rate,
      "× fault-free": r.rate / clean.rate,
    },
  });
  return {
    id: "soak",
    title: "Soak: writes under injected faults (half keyed by externalId, half not)",
    columns: [
      "writes",
      "duplicates",
      "lost",
      "wrongly never-sent",
      "untyped",
      "failed (typed)",
      "writes/s",
      "× fault-free",
    ],
    rows: [row("fault-free", clean), row("2% 503, 1%+1% resets, 0.5% 429", faulty)],
    notes: [
      "Targets: 0 duplicates, 0 lost, 0 untyped failures, throughput ≥ 0.8× fault-free.",
      "Failed (typed) writes are unkeyed notes whose connection broke after they may have arrived: NetworkError with maybeSent: true, not re-sent.",
    ],
  };
};
