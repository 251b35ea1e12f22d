/** A mistake on the command line: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/** The command line, as `--help` prints it. */
export const USAGE = [
  "usage: npm run spec:diff -- <vendor> [--base <git-ref> | --base-file <path>] [--head-file <path>] [--json] [--changeset [--changeset-dir <dir>]]",
  "       npm run spec:diff -- --rules-readme   (rewrite the rule table of scripts/spec-diff/README.md)",
].join("\n");

/** The parsed command line. */
export interface Options {
  vendor?: string;
  base?: string;
  baseFile?: string;
  headFile?: string;
  changesetDir?: string;
  json: boolean;
  changeset: boolean;
  help: boolean;
  /** `--rules-readme`: rewrite the README's rule table instead of comparing specs. */
  rulesReadme: boolean;
}

type ValuedOption = "base" | "baseFile" | "headFile" | "changesetDir";

const VALUED: Readonly<Record<string, ValuedOption>> = {
  "--base": "base",
  "--base-file": "baseFile",
  "--head-file": "headFile",
  "--changeset-dir": "changesetDir",
};

/** Reads the arguments (`--opt value` or `--opt=value`), without checking how they combine. */
function readArgs(argv: readonly string[]): Options {
  const opts: Options = { json: false, changeset: false, help: false, rulesReadme: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? "";
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const arg = eq > 0 ? raw.slice(0, eq) : raw;
    const valued = VALUED[arg];
    if (valued !== undefined) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (!value || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      opts[valued] = value;
    } else if (eq > 0) throw new UsageError(`${arg} takes no value`);
    else if (arg === "--json") opts.json = true;
    else if (arg === "--changeset") opts.changeset = true;
    else if (arg === "--help" || arg === "-h") opts.help = true;
    else if (arg === "--rules-readme") opts.rulesReadme = true;
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (opts.vendor !== undefined)
      throw new UsageError(`unexpected argument ${arg} (vendor is ${opts.vendor})`);
    else opts.vendor = arg;
  }
  return opts;
}

/**
 * Parses the command line. `hasVendor` says whether `specs/<vendor>/cxkit.json` exists (the caller knows
 * where the repository is).
 */
export function parseArgs(
  argv: readonly string[],
  hasVendor: (vendor: string) => boolean,
): Options {
  const opts = readArgs(argv);
  if (opts.help) return opts;
  if (opts.rulesReadme) {
    if (argv.length > 1) throw new UsageError("--rules-readme takes no other argument");
    return opts;
  }
  if (opts.base !== undefined && opts.baseFile !== undefined)
    throw new UsageError("--base and --base-file: give one of them");
  if (opts.changesetDir !== undefined && !opts.changeset)
    throw new UsageError("--changeset-dir is only used with --changeset");
  if (opts.vendor === undefined && !(opts.baseFile && opts.headFile))
    throw new UsageError("<vendor> is missing (or give both --base-file and --head-file)");
  if (opts.vendor === undefined && opts.changeset)
    throw new UsageError("--changeset needs a <vendor>: its package gets the changeset");
  if (
    opts.vendor !== undefined &&
    (!/^[a-z0-9][a-z0-9-]*$/.test(opts.vendor) || !hasVendor(opts.vendor))
  )
    throw new UsageError(`unknown vendor "${opts.vendor}": no specs/${opts.vendor}/cxkit.json`);
  return opts;
}
