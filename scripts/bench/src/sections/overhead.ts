import createOpenApiClient from "openapi-fetch";
import type { BenchRow, BenchRunner } from "../section.js";
import { collectGarbage, median, roundOrder } from "../stats.js";

const BODY = JSON.stringify({
  data: {
    id: 42,
    _type: "EmailConversation",
    status: "Open",
    requesterId: "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
  },
});
const HEADERS = { "content-type": "application/json", "content-length": String(BODY.length) };
const BASE = "http://127.0.0.1:9";

/** A fetch answering in-process: what is left of a call's CPU is the client's own work. */
const localFetch = async (_input: unknown, _init?: unknown): Promise<Response> =>
  new Response(BODY, { status: 200, headers: HEADERS });

interface Case {
  label: string;
  send: (i: number) => Promise<unknown>;
}

/**
 * CPU per call of each client's own work, with a fetch that answers in-process (no sockets, no server):
 * the figure the throughput section's ratios are made of, without the network's noise. Rounds are
 * interleaved; each figure is the median of the rounds.
 */
export const overhead: BenchRunner = async ({ quick }) => {
  const { createDixaClient } = await import("@cxkit/dixa");
  type BarePaths = import("@cxkit/dixa").paths;
  const bare = createOpenApiClient<BarePaths>({
    baseUrl: BASE,
    headers: { authorization: "bench-key" },
    fetch: (request) => localFetch(request),
  });
  const common = { apiKey: "bench-key", baseUrl: BASE, fetch: localFetch as typeof fetch };
  const dixa = createDixaClient({ ...common, rateLimit: false });
  // The default limiter's shape (sliding window + burst) with a limit never reached: its cost, no waits.
  const limited = createDixaClient({
    ...common,
    rateLimit: { requests: 1e9, perMs: 1000, burst: 1e9 },
  });
  const get = { params: { path: { conversationId: 1 } } };
  const cases: Case[] = [
    {
      label: "Response + json() (the floor)",
      send: async () => (await localFetch(`${BASE}/v1/conversations/1`)).json(),
    },
    {
      label: "bare openapi-fetch",
      send: () => bare.GET("/v1/conversations/{conversationId}", get),
    },
    {
      label: "@cxkit/dixa path-style (retries on, limiter off)",
      send: () => dixa.GET("/v1/conversations/{conversationId}", get),
    },
    {
      label: "@cxkit/dixa named method",
      send: () => dixa.getConversation({ path: { conversationId: 1 } }),
    },
    {
      label: "@cxkit/dixa path-style, limiter on (never waits)",
      send: () => limited.GET("/v1/conversations/{conversationId}", get),
    },
  ];
  const n = quick ? 2000 : 10_000;
  const rounds = quick ? 3 : 9;
  const cpu = new Map<string, number[]>();
  for (const c of cases) for (let i = 0; i < 2000; i++) await c.send(i); // warm-up: JIT
  for (let round = 0; round < rounds; round++) {
    for (const c of roundOrder(cases, round)) {
      await collectGarbage();
      const started = process.cpuUsage();
      for (let i = 0; i < n; i++) await c.send(i);
      const used = process.cpuUsage(started);
      cpu.set(c.label, [...(cpu.get(c.label) ?? []), (used.user + used.system) / n]);
    }
  }
  const floor = median(cpu.get(cases[0]!.label)!);
  const bareUs = median(cpu.get(cases[1]!.label)!);
  const rows: BenchRow[] = cases.map((c) => {
    const us = median(cpu.get(c.label)!);
    return {
      label: c.label,
      values: { "CPU µs/call": us, "× bare": us / bareUs, "µs over the floor": us - floor },
    };
  });
  return {
    id: "overhead",
    title: `Client overhead, fetch answered in-process (median of ${rounds} interleaved rounds of ${n} calls)`,
    columns: ["CPU µs/call", "× bare", "µs over the floor"],
    rows,
    notes: [
      "No sockets: the client's own CPU per call (building the request, retries' bookkeeping, reading the answer).",
      "The limiter row minus the path-style row is the limiter's cost per call when it does not wait.",
    ],
  };
};
