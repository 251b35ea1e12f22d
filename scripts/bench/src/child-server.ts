import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A benchmark server running in a child process. */
export interface ChildServer {
  url: string;
  close(): void;
}

/** Start one of scripts/bench's servers (`server-child`, `fault-server-child`) in its own process. */
export async function startChildServer(
  name = "server-child",
  args: readonly string[] = [],
): Promise<ChildServer> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.js`);
  const child: ChildProcess = spawn(process.execPath, [file, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => void child.kill() };
}
