// A real redis-server for the tests: found on PATH, installed with apt-get when it is missing and we
// run as root (CI does: a fresh machine has no Redis), started on a free loopback port without
// persistence, and stopped (or killed, or frozen) by the test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const say = (line: string) => process.stdout.write(`[@cxkit/redis-limits tests] ${line}\n`);

/** The redis-server binary on PATH, if any. */
export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, "redis-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function apt(args: string[]): void {
  execFileSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 300_000,
  });
}

/**
 * redis-server's path; installs Debian's package when it is missing and this process is root. Throws
 * with what to do otherwise: the tests need a real server and never fake one.
 */
export function ensureRedisServer(): string {
  const found = findRedisServer();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "redis-server is not on PATH and the tests do not run as root, so they cannot install it: " +
        "run `sudo apt-get install -y redis-server` (or put redis-server on PATH) and run them again",
    );
  }
  say("redis-server is not on PATH: installing it with apt-get (running as root)");
  try {
    apt(["install", "-y", "--no-install-recommends", "redis-server"]);
  } catch {
    // A fresh machine has no package lists yet.
    say("apt-get install failed: running apt-get update, then installing again");
    apt(["update"]);
    apt(["install", "-y", "--no-install-recommends", "redis-server"]);
  }
  const installed = findRedisServer();
  if (!installed) throw new Error("apt-get installed redis-server, but it is not on PATH");
  say(`installed ${execFileSync(installed, ["--version"], { encoding: "utf8" }).trim()}`);
  return installed;
}

/** A port that was free a moment ago (redis-server cannot listen on port 0 and report it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running redis-server of the test's own. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** SIGKILL: the server vanishes, connections reset, nothing is saved. */
  kill(): Promise<void>;
  /** Start it again on the same port, empty (no persistence). */
  restart(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing (a hang). */
  freeze(): void;
  /** SIGCONT after `freeze()`. */
  thaw(): void;
  /** Stop it for good. */
  stop(): Promise<void>;
}

function launch(binary: string, port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    binary,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--daemonize",
      "no",
      "--logfile",
      "",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not start on port ${port}:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code} on port ${port}:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Start a redis-server on a free port (a few tries: another process may take the port first). */
export async function startRedisServer(binary: string): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "cxkit-redis-"));
  let port = 0;
  let child: ChildProcess | undefined;
  for (let attempt = 1; !child; attempt++) {
    port = await freePort();
    try {
      child = await launch(binary, port, dir);
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  let current: ChildProcess = child;
  const signal = async (name: NodeJS.Signals) => {
    current.kill(name);
    await exited(current);
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: () => signal("SIGKILL"),
    async restart() {
      current = await launch(binary, port, dir);
    },
    freeze: () => void current.kill("SIGSTOP"),
    thaw: () => void current.kill("SIGCONT"),
    async stop() {
      current.kill("SIGCONT");
      await signal("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
