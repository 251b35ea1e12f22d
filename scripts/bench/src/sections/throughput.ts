import createOpenApiClient from "openapi-fetch";
import { startChildServer } from "../child-server.js";
import type { BenchRow, BenchRunner } from "../section.js";
import { collectGarbage, median, quantile, roundOrder } from "../stats.js";

interface Case {
  label: string;
  send: (i: number) => Promise<unknown>;
}

/** Run `total` sends with `concurrency` in flight; wall time and this process's CPU time. */
async function measure(
  c: Case,
  total: number,
  concurrency: number,
): Promise<{ rps: number; cpuUs: number }> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await c.send(next++);
    }),
  );
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { rps: (total / ms) * 1000, cpuUs: (used.user + used.system) / total };
}

/**
 * Requests per second and CPU per call of raw fetch, bare openapi-fetch and a cxkit client (retries on,
 * limiter off) against a keep-alive server in another process, at concurrency 1 and 32. Rounds are
 * interleaved (every case once per round, in an order that changes: see roundOrder) so drift hits all
 * cases alike, with garbage collected before each measurement; each figure
 * is the median of the rounds, each ratio the median of the rounds' own ratios.
 */
export const throughput: BenchRunner = async ({ quick }) => {
  const server = await startChildServer();
  const { createDixaClient } = await import("@cxkit/dixa");
  type BarePaths = import("@cxkit/dixa").paths;
  const bare = createOpenApiClient<BarePaths>({
    baseUrl: server.url,
    headers: { authorization: "bench-key" },
  });
  const dixa = createDixaClient({ apiKey: "bench-key", baseUrl: server.url, rateLimit: false });
  const cases: Case[] = [
    {
      label: "raw fetch + json()",
      send: async (i) =>
        (
          await fetch(`${server.url}/v1/conversations/${i}`, {
            headers: { authorization: "bench-key" },
          })
        ).json(),
    },
    {
      label: "bare openapi-fetch",
      send: (i) =>
        bare.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: i } } }),
    },
    {
      label: "@cxkit/dixa path-style (retries on, limiter off)",
      send: (i) =>
        dixa.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: i } } }),
    },
    {
      label: "@cxkit/dixa named method",
      send: (i) => dixa.getConversation({ path: { conversationId: i } }),
    },
  ];
  // Nine shorter rounds rather than five long ones: on a shared 2-core VM one round's figure moves by
  // ±20% (another tenant's load), and the median of nine is what a drift of a few rounds leaves alone.
  const rounds = quick ? 2 : 9;
  const plan = [
    { concurrency: 1, total: quick ? 300 : 1500 },
    { concurrency: 32, total: quick ? 600 : 4000 },
  ];
  const results = new Map<string, { rps: number[]; cpu: number[] }>();
  try {
    for (const c of cases) await measure(c, 300, 8); // warm-up: JIT, sockets
    for (const { concurrency, total } of plan) {
      for (let round = 0; round < rounds; round++) {
        for (const c of roundOrder(cases, round)) {
          const key = `${c.label}@${concurrency}`;
          await collectGarbage();
          const r = await measure(c, total, concurrency);
          const entry = results.get(key) ?? { rps: [], cpu: [] };
          entry.rps.push(r.rps);
          entry.cpu.push(r.cpuUs);
          results.set(key, entry);
        }
      }
    }
  } finally {
    server.close();
  }
  const rows: BenchRow[] = [];
  for (const { concurrency } of plan) {
    const at = (label: string) => results.get(`${label}@${concurrency}`)!;
    const raw = at(cases[0]!.label);
    const bareOf = at(cases[1]!.label);
    for (const c of cases) {
      const { rps, cpu } = at(c.label);
      // Ratios are paired by round (each case against the reference measured in the same round, a
      // few seconds apart), then the median taken: a slow round slows both sides of its ratio.
      const overBare = rps.map((v, i) => v / bareOf.rps[i]!);
      rows.push({
        label: `${c.label}, c=${concurrency}`,
        values: {
          "req/s": median(rps),
          "× raw": median(rps.map((v, i) => v / raw.rps[i]!)),
          "× bare": median(overBare),
          "× bare, middle half": `${quantile(overBare, 0.25).toFixed(2)}–${quantile(overBare, 0.75).toFixed(2)}`,
          "CPU µs/call": median(cpu),
          "CPU × bare": median(cpu.map((v, i) => v / bareOf.cpu[i]!)),
        },
      });
    }
  }
  return {
    id: "throughput",
    title: `Throughput, loopback keep-alive GET, server in another process (median of ${rounds} interleaved rounds)`,
    columns: ["req/s", "× raw", "× bare", "× bare, middle half", "CPU µs/call", "CPU × bare"],
    rows,
    notes: [
      "Targets: cxkit ≥ 0.95× bare openapi-fetch at c=1 and c=32, CPU ≤ 1.1× bare; moonshot ≥ 0.90× raw fetch.",
      "Ratios are medians of per-round ratios (each round measures every case); the middle half is their 25th–75th percentile.",
    ],
  };
};
