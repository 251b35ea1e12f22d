// @cxkit/redis-limits: what sharing a limit through Redis costs and delivers. Four worker processes
// (this file, forked with WORKER_FLAG) draw from one 50 req/s key; their grants give the aggregate
// throughput and the busiest 1 s window. Then the time one uncontended acquire takes, Redis limiter
// against core's local RateLimiter. Needs redis-server on PATH (it is started here on a free loopback
// port, without persistence, and stopped); without one, the section says it was skipped.
//
// The packages are loaded by dynamic import, not a static one: this workspace does not depend on
// them (its build must not wait for theirs), and a missing build is a skip, not a failed bench.
import { spawn, fork, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchRow, BenchRunner, BenchSection } from "../section.js";

const WORKER_FLAG = "--redis-limits-worker";
// Dixa's shape at 50 req/s: a window plus a small burst bucket, which spreads the starts evenly.
const LIMIT = { requests: 50, perMs: 1000, burst: 5 };
const PROCESSES = 4;

/** What this section uses of @cxkit/redis-limits, @cxkit/core and ioredis. */
interface LimiterLike {
  acquire(request?: { deadline?: number }): Promise<() => void>;
}
interface RedisLimitsModule {
  createRedisRateLimiter(options: {
    redis: unknown;
    key: string;
    requests: number;
    perMs: number;
    burst?: number;
  }): LimiterLike;
}
interface CoreModule {
  RateLimiter: new (options: { requests: number; perMs: number }) => LimiterLike;
}
interface IoRedisClient {
  call(command: string, ...args: string[]): Promise<unknown>;
  disconnect(): void;
}
interface IoRedisModule {
  Redis: new (port: number, host: string) => IoRedisClient;
}

// A variable specifier keeps tsc from resolving (and so requiring) these packages at build time.
const load = <T>(specifier: string): Promise<T> => import(specifier) as Promise<T>;

interface WorkerConfig {
  port: number;
  key: string;
  durationMs: number;
}

function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir || ".", "redis-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function startRedis(binary: string, port: number): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not start:\n${output}`));
    }, 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** The most grants in any window `[t, t + ms)`. */
function busiestWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** What a worker reports: Redis's slot times (the shared schedule) and its own grant times. */
interface WorkerReport {
  slots: number[];
  grants: number[];
}

/**
 * In a worker: keep 100 acquires queued on the shared key for `durationMs`. The limiter gets a command
 * function around ioredis that notes each reserved slot's time (the script's 5th answer).
 */
async function runWorker(config: WorkerConfig): Promise<void> {
  const { Redis } = await load<IoRedisModule>("ioredis");
  const { createRedisRateLimiter } = await load<RedisLimitsModule>("@cxkit/redis-limits");
  const client = new Redis(config.port, "127.0.0.1");
  const report: WorkerReport = { slots: [], grants: [] };
  const redis = async (args: string[]) => {
    const reply = await client.call(args[0]!, ...args.slice(1));
    if (Array.isArray(reply) && reply.length === 5 && reply[0] === 1) {
      report.slots.push(Number(reply[4]));
    }
    return reply;
  };
  const limiter = createRedisRateLimiter({ redis, key: config.key, ...LIMIT });
  const warm = createRedisRateLimiter({
    redis,
    key: `${config.key}:warm`,
    requests: 1e6,
    perMs: 1000,
  });
  for (let i = 0; i < 50; i++) (await warm.acquire())();
  report.slots.length = 0;
  process.send!("ready");
  const startAt = await new Promise<number>((resolve) => process.once("message", resolve));
  const end = startAt + config.durationMs;
  const lane = async () => {
    while (Date.now() < end) {
      // A slot after the end of the run is of no use: the deadline keeps it from being reserved.
      const release = await limiter.acquire({ deadline: end }).catch(() => undefined);
      if (!release) return;
      report.grants.push(Date.now());
      release();
    }
  };
  await Promise.all(Array.from({ length: 100 }, lane));
  process.send!(report, () => {
    client.disconnect();
    process.exit(0);
  });
}

/** Four workers on one key: the aggregate rate and the busiest 1 s window. */
async function sharedThroughput(port: number, durationMs: number): Promise<BenchRow> {
  const file = fileURLToPath(import.meta.url);
  const key = `bench:${process.pid}:${Date.now()}`;
  const config: WorkerConfig = { port, key, durationMs };
  const children = Array.from({ length: PROCESSES }, () =>
    fork(file, [WORKER_FLAG, JSON.stringify(config)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  try {
    await Promise.all(
      children.map((child) => new Promise((resolve) => child.once("message", resolve))),
    );
    const startAt = Date.now() + 100;
    const reports = children.map(
      (child) =>
        new Promise<WorkerReport>((resolve) =>
          child.once("message", (message) => resolve(message as WorkerReport)),
        ),
    );
    for (const child of children) child.send(startAt);
    const all = await Promise.all(reports);
    const slots = all.flatMap((report) => report.slots);
    const rate = (slots.length * 1000) / durationMs;
    return {
      label: `${PROCESSES} processes, one ${LIMIT.requests} req/s key`,
      values: {
        "req/s": rate,
        "of limit": rate / LIMIT.requests,
        "busiest 1 s": busiestWindow(slots, 1000),
        "busiest 1 s, woken": busiestWindow(
          all.flatMap((report) => report.grants),
          1000,
        ),
      },
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  }
}

/** Latency of `count` sequential, uncontended acquires (ms). */
async function acquireLatency(limiter: LimiterLike, count: number): Promise<number[]> {
  for (let i = 0; i < 100; i++) (await limiter.acquire())();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    (await limiter.acquire())();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function latencyRows(port: number, count: number): Promise<BenchRow[]> {
  const { Redis } = await load<IoRedisModule>("ioredis");
  const { createRedisRateLimiter } = await load<RedisLimitsModule>("@cxkit/redis-limits");
  const { RateLimiter } = await load<CoreModule>("@cxkit/core");
  const redis = new Redis(port, "127.0.0.1");
  try {
    const roomy = { requests: 1_000_000, perMs: 1000 };
    const local = await acquireLatency(new RateLimiter(roomy), count);
    const shared = await acquireLatency(
      createRedisRateLimiter({ redis, key: `bench:latency:${process.pid}`, ...roomy }),
      count,
    );
    const row = (label: string, sorted: number[]): BenchRow => ({
      label,
      values: { "p50 ms": percentile(sorted, 0.5), "p99 ms": percentile(sorted, 0.99) },
    });
    const added: BenchRow = {
      label: "added per acquire",
      values: {
        "p50 ms": percentile(shared, 0.5) - percentile(local, 0.5),
        "p99 ms": percentile(shared, 0.99) - percentile(local, 0.99),
      },
    };
    return [
      row("acquire, local RateLimiter", local),
      row("acquire, Redis (ioredis)", shared),
      added,
    ];
  } finally {
    redis.disconnect();
  }
}

const SECTION = {
  id: "redis-limits",
  title: "@cxkit/redis-limits: a limit shared through Redis",
  columns: ["req/s", "of limit", "busiest 1 s", "busiest 1 s, woken", "p50 ms", "p99 ms"],
};

/** The section: skipped (with the reason) when redis-server or the built packages are missing. */
export const redisLimits: BenchRunner = async ({ quick }): Promise<BenchSection> => {
  const binary = findRedisServer();
  if (!binary) {
    return { ...SECTION, rows: [], notes: ["skipped: redis-server is not on PATH"] };
  }
  try {
    await load<RedisLimitsModule>("@cxkit/redis-limits");
    await load<IoRedisModule>("ioredis");
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ...SECTION, rows: [], notes: [`skipped: ${why} (run npm run build first)`] };
  }
  const port = await freePort();
  const server = await startRedis(binary, port);
  try {
    const durationMs = quick ? 3000 : 10_000;
    const rows = [
      await sharedThroughput(port, durationMs),
      ...(await latencyRows(port, quick ? 300 : 3000)),
    ];
    return {
      ...SECTION,
      rows,
      notes: [
        `${PROCESSES} forked processes, each with its own ioredis connection and 100 callers queued, for ` +
          `${durationMs / 1000} s on a local redis-server. "busiest 1 s": the most slots Redis handed out ` +
          `in any 1 s (its clock); "woken": the same for the times the callers actually resumed, which ` +
          "adds each process's timer and scheduling delay (the margin's job).",
        `Target: at least 0.95 of the limit and never more than ${LIMIT.requests} slots in any 1 s. ` +
          "The default 20 ms margin (2% of the window) caps the long-run rate at 0.98; a run that " +
          "starts with an empty window reads a little higher (up to 50 x ceil(run / 1.02 s) slots).",
        "Latency: sequential acquires with room to spare, after 100 warm-up acquires; the Redis figure " +
          "is one EVALSHA round trip on loopback.",
      ],
    };
  } finally {
    server.kill("SIGTERM");
  }
};

// Forked as a worker by sharedThroughput.
if (process.argv[2] === WORKER_FLAG && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  runWorker(JSON.parse(process.argv[3]!) as WorkerConfig).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
