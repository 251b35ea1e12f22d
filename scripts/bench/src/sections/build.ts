import { execFile } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { timeNode } from "../child-cpu.js";
import type { BenchRow, BenchRunner } from "../section.js";
import { median } from "../stats.js";

const run = promisify(execFile);

async function timed(root: string, command: string, args: string[]): Promise<number> {
  const started = performance.now();
  await run(command, args, {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return performance.now() - started;
}

interface DryTask {
  taskId: string;
  command: string;
  cache: { status: string };
}

/** The build tasks turbo would run (cache miss, with a script) if `build` ran now. */
async function wouldRun(root: string): Promise<string[]> {
  const { stdout } = await run(
    path.join(root, "node_modules/.bin/turbo"),
    ["run", "build", "--dry=json"],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const dry = JSON.parse(stdout) as { tasks: DryTask[] };
  return dry.tasks
    .filter((t) => t.cache.status === "MISS" && t.command !== "<NONEXISTENT>")
    .map((t) => t.taskId)
    .sort();
}

/**
 * Generation of every spec cold (a fresh process: loading openapi-typescript and prettier included), a
 * no-op `npm run build` (a full turbo cache hit), and which tasks a change to one spec would run.
 */
export const buildBench: BenchRunner = async ({ root, quick }) => {
  const turbo = path.join(root, "node_modules/.bin/turbo");
  const rows: BenchRow[] = [];
  const generate = [];
  const generateCpu = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t = await timeNode(["scripts/codegen/dist/cli.js", "generate", "--check"], { cwd: root });
    generate.push(t.wallMs);
    generateCpu.push(t.cpuMs);
  }
  rows.push({
    label: "generate every spec, cold (generate --check)",
    values: { ms: median(generate), "CPU ms": median(generateCpu), detail: "" },
  });
  await timed(root, turbo, ["run", "build", "--output-logs=none"]);
  const noop = [];
  for (let i = 0; i < (quick ? 1 : 3); i++)
    noop.push(await timed(root, turbo, ["run", "build", "--output-logs=none"]));
  const missesNow = await wouldRun(root);
  rows.push({
    label: "no-op build (turbo run build, all cached)",
    values: {
      ms: median(noop),
      detail: missesNow.length === 0 ? "full cache hit" : `misses: ${missesNow.join(", ")}`,
    },
  });
  const spec = path.join(root, "specs/klaus/openapi.yaml");
  const original = readFileSync(spec, "utf8");
  try {
    appendFileSync(spec, "\n# bench: a change to one spec\n");
    const misses = await wouldRun(root);
    rows.push({
      label: "tasks a change to specs/klaus would run",
      values: { ms: "", detail: misses.join(", ") },
    });
  } finally {
    writeFileSync(spec, original);
  }
  return {
    id: "build",
    title: "Generation and build caching",
    columns: ["ms", "CPU ms", "detail"],
    rows,
    notes: [
      "Targets: generation ≤ 3 s cold; a no-op build a full cache hit in ≤ 2 s; one spec's change rebuilds that vendor and its dependents only.",
      "CPU ms: the generator process's own CPU time (user + system), what a busy machine's wall clock hides.",
    ],
  };
};
