import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { consumerSources, consumerTsconfig } from "./consumer-sources.js";
import { outputOf, run, runAsync } from "./exec.js";
import { tsc } from "./paths.js";
import type { Registry } from "./registry.js";
import type { Check, Results } from "./results.js";
import { ALLOWED_PROD_DEPS, type VendorSpec } from "./vendors.js";

/** A fresh project with one vendor package installed from the local registry. */
export interface Consumer {
  /** The package's name after `@cxkit/`. */
  readonly vendor: string;
  readonly spec: VendorSpec;
  /** The project's directory, holding every file of {@link consumerSources}. */
  readonly dir: string;
}

interface NpmTree {
  dependencies?: Record<string, NpmTree>;
}

/**
 * Scaffold `vendor`'s consumer project under `parent` the way a user starts one: an empty ESM project,
 * `npm install @cxkit/<vendor>` from the registry; check what the install brought in and write the
 * consumer's sources. Returns undefined when the install failed (nothing else can run).
 */
export function scaffoldConsumer(
  parent: string,
  vendor: string,
  spec: VendorSpec,
  registry: Registry,
  results: Results,
): Consumer | undefined {
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
  for (const [file, text] of Object.entries(consumerSources(vendor, spec))) {
    writeFileSync(path.join(dir, file), text);
  }
  return { vendor, spec, dir };
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

/**
 * Type-check the strict consumer with nodenext and with bundler resolution. Both run at once, and
 * concurrently with the runtimes: tsc is the slowest step of a consumer, and it only reads the project.
 */
export async function typeCheckConsumer({ vendor, dir }: Consumer): Promise<Check[]> {
  const check = async (resolution: "nodenext" | "bundler"): Promise<Check> => {
    const name = `${vendor}  tsc strict, moduleResolution ${resolution}`;
    const config = `tsconfig.${resolution}.json`;
    writeFileSync(path.join(dir, config), consumerTsconfig(resolution));
    try {
      await runAsync(tsc, ["-p", config], { cwd: dir, timeout: 120_000, encoding: "utf8" });
      return { name, ok: true };
    } catch (error) {
      return { name, ok: false, detail: outputOf(error, Infinity) };
    }
  };
  return Promise.all([check("nodenext"), check("bundler")]);
}
