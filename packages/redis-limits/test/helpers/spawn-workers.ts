// Runs test/fixtures/worker.ts in real child processes. Node 20 cannot run TypeScript, so the worker
// is transpiled (types stripped, nothing bundled) next to the package's node_modules, where its
// imports resolve to the built workspace packages exactly as a user's worker would.
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { WorkerConfig, WorkerReport } from "../fixtures/worker.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, "../fixtures/worker.ts");
const out = path.join(here, "../../node_modules/.cache/redis-limits-tests/worker.mjs");

function compiled(): string {
  const { outputText } = ts.transpileModule(readFileSync(source, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: source,
  });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  return out;
}

/** Workers started and warmed up, waiting for `go()`. */
export interface Workers {
  /** Start every worker's calls at once; resolves with their reports. */
  go(): Promise<WorkerReport[]>;
  kill(): void;
}

type Message =
  { type: "ready" } | { type: "done"; report: WorkerReport } | { type: "error"; error: string };

function track(
  child: ChildProcess,
  ready: () => void,
  done: (report: WorkerReport) => void,
  fail: (error: Error) => void,
) {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.on("message", (message: Message) => {
    if (message.type === "ready") ready();
    else if (message.type === "done") done(message.report);
    else fail(new Error(`worker failed: ${message.error}`));
  });
  child.on("exit", (code) => {
    if (code !== 0) fail(new Error(`worker exited with ${code}:\n${stderr}`));
  });
}

/** Fork one worker per config and wait until all are warmed up. */
export async function spawnWorkers(configs: WorkerConfig[]): Promise<Workers> {
  const file = compiled();
  const children: ChildProcess[] = [];
  const readies: Promise<void>[] = [];
  const reports: Promise<WorkerReport>[] = [];
  for (const config of configs) {
    const child = fork(file, [JSON.stringify(config)], {
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    children.push(child);
    let onReady!: () => void;
    let onDone!: (report: WorkerReport) => void;
    let onFail!: (error: Error) => void;
    const failed = new Promise<never>((_, reject) => (onFail = reject));
    failed.catch(() => {});
    readies.push(Promise.race([new Promise<void>((r) => (onReady = r)), failed]));
    reports.push(Promise.race([new Promise<WorkerReport>((r) => (onDone = r)), failed]));
    track(
      child,
      () => onReady(),
      (report) => onDone(report),
      (error) => onFail(error),
    );
  }
  const kill = () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  };
  try {
    await Promise.all(readies);
  } catch (error) {
    kill();
    throw error;
  }
  return {
    async go() {
      for (const child of children) child.send("go");
      try {
        return await Promise.all(reports);
      } finally {
        kill();
      }
    },
    kill,
  };
}
