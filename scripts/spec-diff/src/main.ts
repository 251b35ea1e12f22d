import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@cxkit-tools/openapi";
import { parseArgs, USAGE, UsageError, type Options } from "./args.js";
import { baselineFromGit, type Baseline } from "./baseline.js";
import { changesetFileName, changesetText } from "./changeset.js";
import type { DiffResult } from "./diff-context.js";
import { diffSpecs } from "./diff-specs.js";
import { member } from "./json.js";
import { formatText } from "./report-text.js";
import { NO_CHANGE, RULES } from "./rules.js";
import { withRulesTable } from "./rules-readme.js";

/** Where the CLI runs and where it writes: passed in, so tests run it on a scratch repository. */
export interface CliIo {
  /** The repository: `specs/`, `.changeset/`, and where git runs. */
  root: string;
  /** Where relative paths on the command line are taken from. */
  cwd: string;
  /** Standard output, one call per line group. */
  out: (text: string) => void;
  /** Standard error. */
  err: (text: string) => void;
}

/** A spec file named on the command line; a missing or unreadable one is a usage error. */
function readSpecFile(io: CliIo, file: string, flag: string): unknown {
  const full = path.resolve(io.cwd, file);
  if (!existsSync(full)) throw new UsageError(`${flag} ${file}: no such file`);
  try {
    return parseYaml(readFileSync(full, "utf8"), `${flag} ${file}`);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The package a vendor's spec belongs to, from `specs/<vendor>/cxkit.json`. */
function packageNameOf(io: CliIo, vendor: string): string {
  const config: unknown = JSON.parse(
    readFileSync(path.join(io.root, "specs", vendor, "cxkit.json"), "utf8"),
  );
  const name = member(config, "packageName");
  if (typeof name !== "string") throw new Error(`specs/${vendor}/cxkit.json: no packageName`);
  return name;
}

/** The base: a file, or git (a ref, by default the last release tag). */
function loadBaseline(io: CliIo, opts: Options, packageName: string | undefined): Baseline {
  if (opts.baseFile !== undefined) {
    const spec = readSpecFile(io, opts.baseFile, "--base-file");
    return { spec, ref: opts.baseFile, against: `compared against ${opts.baseFile} (--base-file)` };
  }
  if (opts.vendor === undefined || packageName === undefined)
    throw new UsageError("<vendor> is missing");
  return baselineFromGit({ root: io.root, vendor: opts.vendor, packageName, ref: opts.base });
}

/** Writes the changeset for the result, unless nothing changed. */
function writeChangeset(
  io: CliIo,
  opts: Options,
  packageName: string,
  vendor: string,
  result: DiffResult,
): void {
  // With --json, stdout stays pure JSON.
  const say = opts.json ? io.err : io.out;
  if (result.level === NO_CHANGE) {
    say(`${vendor}: no changes, no changeset written`);
    return;
  }
  const dir = opts.changesetDir
    ? path.resolve(io.cwd, opts.changesetDir)
    : path.join(io.root, ".changeset");
  const file = path.join(dir, changesetFileName(vendor, result));
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, changesetText(packageName, vendor, result));
  const shown = path.relative(io.cwd, file);
  say(`wrote ${shown.startsWith("..") ? file : shown}`);
}

/** `--rules-readme`: rewrites the rule table of scripts/spec-diff/README.md from RULES. */
function writeRulesReadme(io: CliIo): void {
  const shown = "scripts/spec-diff/README.md";
  const file = path.join(io.root, shown);
  const text = readFileSync(file, "utf8");
  const next = withRulesTable(text);
  if (next === text) {
    io.out(`${shown}: rule table up to date (${Object.keys(RULES).length} rules)`);
    return;
  }
  writeFileSync(file, next);
  io.out(`wrote ${shown} (${Object.keys(RULES).length} rules)`);
}

/** Runs spec-diff with a parsed command line; a usage error throws {@link UsageError}. */
function run(argv: readonly string[], io: CliIo): void {
  const hasVendor = (v: string): boolean =>
    existsSync(path.join(io.root, "specs", v, "cxkit.json"));
  const opts = parseArgs(argv, hasVendor);
  if (opts.help) {
    io.out(USAGE);
    return;
  }
  if (opts.rulesReadme) {
    writeRulesReadme(io);
    return;
  }
  const vendor = opts.vendor;
  const packageName = vendor === undefined ? undefined : packageNameOf(io, vendor);
  const head =
    opts.headFile !== undefined
      ? readSpecFile(io, opts.headFile, "--head-file")
      : readSpecFile(io, path.join(io.root, "specs", vendor ?? "", "openapi.yaml"), "<vendor>");
  const base = loadBaseline(io, opts, packageName);
  const result = diffSpecs(base.spec, head);
  const name = vendor ?? "spec";
  if (opts.json) {
    const report = { vendor: name, base: base.ref, against: base.against, ...result };
    io.out(JSON.stringify(report, null, 2));
  } else io.out(formatText(name, result, base.against));
  if (opts.changeset && packageName !== undefined)
    writeChangeset(io, opts, packageName, name, result);
}

/**
 * The spec-diff command line: classifies a vendor spec change and optionally writes its changeset.
 * Returns the exit code: 0 whatever the level (a classification is not a failure), 2 on a usage error.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    run(argv, io);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`spec-diff: ${error.message}\n${USAGE}`);
    return 2;
  }
}
