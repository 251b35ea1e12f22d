import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { consumerSources, TRANSPILED } from "./consumer-sources.js";
import type { ExpectedError } from "./consumer-type-tests-source.js";
import { outputOf, run, runAsync } from "./exec.js";
import { toolBin } from "./paths.js";
import type { Registry } from "./registry.js";
import type { Results } from "./results.js";
import { NAMED_CALLS, type NamedCall } from "./vendor-calls.js";
import { ALLOWED_PROD_DEPS, type VendorSpec } from "./vendors.js";

/** A fresh project with one vendor package installed from the local registry. */
export interface Consumer {
  /** The package's name after `@cxkit/`. */
  readonly vendor: string;
  readonly spec: VendorSpec;
  /** Its named call (vendor-calls.ts). */
  readonly named: NamedCall;
  /** The project's directory, holding every file of {@link consumerSources}. */
  readonly dir: string;
  /** Its TypeScript files, which tsc checks. */
  readonly files: readonly string[];
  /** Where the unguarded type tests must fail. */
  readonly expectedErrors: readonly ExpectedError[];
}

interface NpmTree {
  dependencies?: Record<string, NpmTree>;
}

/**
 * Scaffold `vendor`'s consumer project under `parent` the way a user starts one: an empty ESM project,
 * `npm install @cxkit/<vendor>` from the registry; check what the install brought in and write the
 * consumer's sources. Returns undefined when the install failed (nothing else can run).
 */
export async function scaffoldConsumer(
  parent: string,
  vendor: string,
  spec: VendorSpec,
  registry: Registry,
  results: Results,
): Promise<Consumer | undefined> {
  const dir = path.join(parent, vendor);
  mkdirSync(dir, { recursive: true });
  const manifest = { name: `consumer-${vendor}`, private: true, type: "module" };
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest));
  const install = `${vendor}  npm install @cxkit/${vendor}`;
  try {
    const args = ["install", `@cxkit/${vendor}`, "--no-audit", "--no-fund"];
    run("npm", args, { cwd: dir, env: registry.env });
    results.record(install, true);
  } catch (error) {
    results.record(install, false, outputOf(error, Infinity));
    return undefined;
  }
  checkProductionDependencies(dir, vendor, registry, results);
  const named = NAMED_CALLS[vendor];
  if (!named) throw new Error(`no named call for ${vendor} in vendor-calls.ts`);
  const { files, expectedErrors } = consumerSources(vendor, spec, named);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  try {
    await transpile(
      dir,
      TRANSPILED.filter((f) => f in files),
    );
  } catch (error) {
    results.record(
      `${vendor}  esbuild transpiles ${TRANSPILED.join(", ")}`,
      false,
      outputOf(error),
    );
    return undefined;
  }
  const typeScript = Object.keys(files).filter((f) => f.endsWith(".ts"));
  return { vendor, spec, named, dir, files: typeScript, expectedErrors };
}

/**
 * Transpile the consumer's TypeScript modules that it also runs to `<name>.mjs` beside them, with
 * esbuild (types stripped, nothing bundled: imports still resolve from node_modules at run time), so
 * that the code tsc checks is the code each runtime runs.
 */
async function transpile(dir: string, entries: readonly string[]): Promise<void> {
  const args = [
    ...entries,
    "--format=esm",
    "--target=es2022",
    "--outdir=.",
    "--out-extension:.js=.mjs",
  ];
  await runAsync(toolBin("esbuild"), [...args, "--log-level=warning"], {
    cwd: dir,
    timeout: 60_000,
    encoding: "utf8",
  });
}

/** A production install of a vendor package brings only our runtime and openapi-fetch. */
function checkProductionDependencies(
  dir: string,
  vendor: string,
  registry: Registry,
  results: Results,
): void {
  const ls = run("npm", ["ls", "--all", "--omit=dev", "--json"], { cwd: dir, env: registry.env });
  const names = new Set<string>();
  const walk = (deps: Record<string, NpmTree> = {}): void => {
    for (const [name, info] of Object.entries(deps)) {
      names.add(name);
      walk(info.dependencies);
    }
  };
  walk((JSON.parse(ls) as NpmTree).dependencies);
  names.delete(`@cxkit/${vendor}`);
  const extra = [...names].filter((n) => !ALLOWED_PROD_DEPS.has(n));
  results.record(
    `${vendor}  production dependencies`,
    extra.length === 0,
    [...names].sort().join(", "),
  );
}
