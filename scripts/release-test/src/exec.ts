import { execFile, execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { promisify } from "node:util";

/** Run a command to completion and return its stdout; throws (with stdout and stderr) on failure. */
export function run(
  cmd: string,
  args: readonly string[],
  options: ExecFileSyncOptions = {},
): string {
  return execFileSync(cmd, args, { stdio: "pipe", ...options, encoding: "utf8" });
}

/**
 * Run a command without blocking the event loop. The local vendor server lives in this process, so a
 * consumer that calls it must run asynchronously, or the blocked event loop could never answer it.
 */
export const runAsync = promisify(execFile);

/** What a failed command (or any other error) printed, for a FAIL line's detail. */
export function outputOf(error: unknown, limit = 2000): string {
  const { stdout, stderr } = (error ?? {}) as { stdout?: unknown; stderr?: unknown };
  const printed = `${stringOf(stdout)}${stringOf(stderr)}`.trim();
  const text = printed || (error instanceof Error ? error.message : String(error));
  return text.slice(0, limit);
}

function stringOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  return "";
}
