import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const REPORT = pathToFileURL(
  path.join(path.dirname(fileURLToPath(import.meta.url)), "cpu-report.js"),
).href;

/** What a timed Node child did: its wall time, its own CPU time (user + system) and its stdout. */
export interface ChildTiming {
  wallMs: number;
  cpuMs: number;
  stdout: string;
}

/**
 * Run `node <args>` with the CPU reporter preloaded: wall time as seen from here, CPU time as the
 * child counted it (on a busy machine the two differ by the time the child waited for a core).
 */
export async function timeNode(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ChildTiming> {
  const started = performance.now();
  const { stdout, stderr } = await run(process.execPath, ["--import", REPORT, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const cpu = /cxkit-bench-cpu-ms=([\d.]+)/.exec(stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : Number.NaN, stdout };
}
