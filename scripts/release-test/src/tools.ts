import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { run } from "./exec.js";
import { tools } from "./paths.js";

interface Lockfile {
  packages: Record<string, { version?: string } | undefined>;
}

/** The tools project's direct dependencies that are missing or not at the version the lockfile pins. */
export function staleTools(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(tools, "package.json"), "utf8")) as {
    devDependencies?: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(path.join(tools, "package-lock.json"), "utf8")) as Lockfile;
  return Object.keys(manifest.devDependencies ?? {}).filter((name) => {
    const installed = path.join(tools, "node_modules", name, "package.json");
    if (!existsSync(installed)) return true;
    const { version } = JSON.parse(readFileSync(installed, "utf8")) as { version?: string };
    return version !== lock.packages[`node_modules/${name}`]?.version;
  });
}

/**
 * Install the tools project (release-test/) from its lockfile when a tool is missing or out of date:
 * a fresh clone has none, and a clone that ran an older release test has an older set.
 */
export function ensureTools(): void {
  const stale = staleTools();
  if (stale.length === 0) return;
  console.log(`installing release-test tools (npm ci --prefix release-test): ${stale.join(", ")}`);
  run("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund"], { stdio: "inherit" });
}
