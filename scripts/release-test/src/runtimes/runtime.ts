import type { Consumer } from "../consumer-project.js";
import { outputOf, runAsync } from "../exec.js";
import type { Check } from "../results.js";
import type { SeenRequest, VendorServer } from "../vendor-server.js";

/** A JavaScript runtime the consumers run in. */
export interface Runtime {
  /** The check's name after the vendor's, e.g. `node20-esm`. */
  readonly label: string;
  /** A browser calls from another origin: its requests must carry `Origin` and follow a preflight. */
  readonly crossOrigin?: boolean;
  /**
   * Run `consumer` once against `server`; resolves with what the consumer printed (which must include
   * "ok <vendor>"), rejects with an error carrying the output when it failed.
   */
  run(consumer: Consumer, server: VendorServer): Promise<string>;
  /** Release what the runtime keeps between consumers (a browser). */
  close?(): Promise<void>;
}

/** The environment consumers run with: no colours, no update checks. */
export function consumerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
}

/** A runtime that is a command run in the consumer's directory, with the server's URL appended. */
export function commandRuntime(label: string, cmd: string, args: readonly string[]): Runtime {
  return {
    label,
    async run(consumer, server) {
      const { stdout } = await runAsync(cmd, [...args, server.url], {
        cwd: consumer.dir,
        env: consumerEnv(),
        timeout: 60_000,
        encoding: "utf8",
      });
      return stdout;
    },
  };
}

/**
 * Run `consumer` in `runtime`: the consumer must report success, and the server must have seen exactly
 * the one call, on the right route with the right credentials (and, from a browser, after a preflight
 * that asked to send the credential headers).
 */
export async function checkRuntime(
  runtime: Runtime,
  consumer: Consumer,
  server: VendorServer,
): Promise<Check> {
  const name = `${consumer.vendor}  ${runtime.label}`;
  const before = server.seen.length;
  let printed: string;
  try {
    printed = await runtime.run(consumer, server);
  } catch (error) {
    return { name, ok: false, detail: outputOf(error) };
  }
  if (!printed.includes(`ok ${consumer.vendor}`)) {
    return { name, ok: false, detail: `printed: ${printed.trim().slice(0, 2000)}` };
  }
  const problem = seenProblem(server.seen.slice(before), consumer, runtime.crossOrigin === true);
  return { name, ok: problem === undefined, detail: problem ?? "" };
}

/** What is wrong with the requests the server saw during one run, if anything. */
export function seenProblem(
  seen: readonly SeenRequest[],
  consumer: Consumer,
  crossOrigin: boolean,
): string | undefined {
  const { spec, vendor } = consumer;
  const calls = seen.filter((r) => !r.preflight);
  const call = calls[0];
  const summary = JSON.stringify(seen);
  if (calls.length !== 1 || !call) return `the server saw ${calls.length} calls: ${summary}`;
  if (call.vendor !== vendor || call.route !== spec.route || !call.authOk) {
    return `the server saw ${summary}, expected ${spec.route} from ${vendor} with its credentials`;
  }
  if (!crossOrigin) return undefined;
  if (!call.origin) return "a cross-origin call without an Origin header";
  const [method, target] = spec.route.split(" ");
  const asked = seen.find((r) => r.preflight && r.route === `OPTIONS ${target}`)?.preflight;
  if (!asked || asked.method !== method) return `no preflight for ${spec.route}: ${summary}`;
  const missing = Object.keys(spec.auth).filter((h) => !asked.headers.includes(h));
  return missing.length === 0 ? undefined : `the preflight did not ask for ${missing.join(", ")}`;
}
