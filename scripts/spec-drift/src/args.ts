import { VENDORS } from "./vendors/index.js";

/** A mistake on the command line: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/** The command line, as `--help` prints it (with each vendor's descriptions). */
export function usage(): string {
  const lines = [
    "usage: npm run spec:drift -- <vendor> <description> [<description>...] [--json]",
    "       npm run spec:drift -- <vendor> --<source> <description> ... [--json]",
    "",
    "Compares specs/<vendor>/openapi.yaml with the vendor's own OpenAPI 3.x or Swagger 2.0 description,",
    "operation by operation, applies the vendor's known exceptions, and prints what is left.",
    "A description is a file (YAML or JSON; relative to where npm was run) or an https:// URL.",
    "Exit 0: no unexplained difference; 1: drift; 2: usage error.",
    "",
    "vendors and their descriptions (in the order positional arguments take them):",
  ];
  for (const profile of Object.values(VENDORS)) {
    const names = profile.sources.map((s) => `<${s.name}>`).join(" ");
    lines.push(`  ${profile.vendor} ${names}`);
    for (const s of profile.sources)
      lines.push(
        `      --${s.name}: ${s.describes}; reference file ../shared/upstream-specs/${s.file}`,
      );
  }
  lines.push(
    "",
    "e.g. npm run spec:drift -- klaus ../shared/upstream-specs/klaus-public-export-api.swagger.json \\",
  );
  lines.push("       --import ../shared/upstream-specs/klaus-public-import-api.swagger.json");
  return lines.join("\n");
}

/** The parsed command line. */
export interface Options {
  vendor?: string;
  /** One location per source of the vendor, in the vendor's order. */
  locations: string[];
  json: boolean;
  help: boolean;
}

/** Reads the arguments: `<vendor>`, then descriptions by position or as `--<source> <location>`. */
export function parseArgs(argv: readonly string[]): Options {
  let vendor: string | undefined;
  const named = new Map<string, string>();
  const positional: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return { locations: [], json, help: true };
    if (arg === "--json") json = true;
    else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || value.startsWith("--"))
        throw new UsageError(`--${name} needs a description (file or URL)`);
      named.set(name, value);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (vendor === undefined) vendor = arg;
    else positional.push(arg);
  }
  if (vendor === undefined) throw new UsageError("<vendor> is missing");
  const profile = VENDORS[vendor];
  if (profile === undefined)
    throw new UsageError(`unknown vendor "${vendor}" (known: ${Object.keys(VENDORS).join(", ")})`);
  const sources = profile.sources.map((s) => s.name);
  for (const name of named.keys())
    if (!sources.includes(name))
      throw new UsageError(
        `unknown option --${name} (${vendor} takes ${sources.map((s) => `--${s}`).join(", ")})`,
      );
  // Positional descriptions fill the sources not named by a flag, in the vendor's order.
  const locations: string[] = [];
  for (const name of sources) {
    const location = named.get(name) ?? positional.shift();
    if (location === undefined)
      throw new UsageError(
        `${vendor}: the <${name}> description is missing (${sources.map((s) => `<${s}>`).join(" ")})`,
      );
    locations.push(location);
  }
  if (positional.length > 0)
    throw new UsageError(
      `unexpected argument ${positional[0]} (${vendor} takes ${sources.length} description${sources.length === 1 ? "" : "s"})`,
    );
  return { vendor, locations, json, help: false };
}
