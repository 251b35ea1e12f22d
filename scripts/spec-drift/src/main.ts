import { parseArgs, usage, UsageError, type Options } from "./args.js";
import { measureDrift, type Drift } from "./drift.js";
import { jsonReport } from "./report-json.js";
import { formatText } from "./report-text.js";
import { VENDORS } from "./vendors/index.js";

/** Where the CLI runs and where it writes: passed in, so tests can run it in-process. */
export interface CliIo {
  /** The repository (our spec is `specs/<vendor>/openapi.yaml` under it). */
  root: string;
  /** Where relative description paths are taken from. */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The spec:drift command line. Resolves to the exit code: 0 when every difference is explained by the
 * vendor's exceptions, 1 on drift (or a description that cannot be read), 2 on a usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`spec-drift: ${error.message}\n\n${usage()}`);
    return 2;
  }
  if (opts.help || opts.vendor === undefined) {
    io.out(usage());
    return 0;
  }
  const profile = VENDORS[opts.vendor];
  if (profile === undefined) return 2;
  let drift: Drift;
  try {
    drift = await measureDrift(profile, { root: io.root, cwd: io.cwd, upstream: opts.locations });
  } catch (error) {
    io.err(`spec-drift: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.out(opts.json ? JSON.stringify(jsonReport(drift), null, 2) : formatText(drift));
  return drift.reconciled.unexplained.length === 0 ? 0 : 1;
}
