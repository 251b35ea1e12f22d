import type { Consumer } from "../consumer-project.js";
import { runAsync } from "../exec.js";
import type { MockRequest } from "../testing-kit.js";
import type { VendorServer } from "../vendor-server.js";

/** What one run of a consumer left behind. */
export interface RunOutput {
  /** What the consumer printed: its `release:<part>` reports among the rest. */
  readonly printed: string;
  /** For a run that also called a @cxkit/testing mock: what the mock recorded. */
  readonly mockRequests?: readonly MockRequest[];
}

/** A JavaScript runtime the consumers run in. */
export interface Runtime {
  /** The check's name after the vendor's, e.g. `node20-esm`. */
  readonly label: string;
  /** A browser calls from another origin: its requests must carry `Origin` and follow a preflight. */
  readonly crossOrigin?: boolean;
  /** Its consumer also makes the named calls against the vendor server (`api.ts`, with a hung call). */
  readonly api?: boolean;
  /** Its consumer also receives the vendor's webhooks (`webhooks.ts`). */
  readonly webhooks?: boolean;
  /** Its consumer also makes the named calls against a @cxkit/testing mock started with `cors: true`. */
  readonly mock?: boolean;
  /**
   * Run `consumer` once against `server`; resolves with what it printed, rejects with an error carrying
   * the output when the run itself failed (the consumer could not even start or report).
   */
  run(consumer: Consumer, server: VendorServer): Promise<RunOutput>;
  /** Release what the runtime keeps between consumers (a browser). */
  close?(): Promise<void>;
}

/** The environment consumers run with: no colours, no update checks. */
export function consumerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
}

/**
 * A runtime that is a command run in the consumer's directory, with the server's URL appended (and
 * `--api` for a runtime that makes the named calls).
 */
export function commandRuntime(
  label: string,
  cmd: string,
  args: readonly string[],
  parts: Pick<Runtime, "api" | "webhooks"> = {},
): Runtime {
  return {
    label,
    ...parts,
    async run(consumer, server) {
      const flags = parts.api ? ["--api"] : [];
      const { stdout } = await runAsync(cmd, [...args, server.url, ...flags], {
        cwd: consumer.dir,
        env: consumerEnv(),
        timeout: 60_000,
        encoding: "utf8",
      });
      return { printed: stdout };
    },
  };
}
