import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { outputOf, run, runAsync } from "./exec.js";
import { fetchRetry } from "./net.js";
import { root } from "./paths.js";
import type { Registry } from "./registry.js";
import type { Results } from "./results.js";
import { VENDORS } from "./vendors.js";

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
}

function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/**
 * Copy the repo's files (tracked, and untracked but not ignored: the change under test) to `dest` and
 * install them there, so the release can rewrite versions and changelogs without touching the work tree.
 * Resolves when `npm ci` is done; it runs in the background, so the registry can start meanwhile.
 */
export async function copyRepo(dest: string): Promise<void> {
  const files = run("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: root })
    .split("\0")
    .filter((f) => f && existsSync(path.join(root, f)));
  for (const file of files) {
    const target = path.join(dest, file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(root, file), target);
  }
  const args = ["ci", "--prefer-offline", "--no-audit", "--no-fund"];
  await runAsync("npm", args, { cwd: dest, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The registry has no uplink, so the third-party packages our packages depend on are published to it
 * from the repo's own node_modules (the versions the lockfile pins): the installs need no network.
 */
export function seedThirdParty(dir: string, registry: Registry, results: Results): void {
  const names = new Set<string>();
  const visit = (manifestPath: string): void => {
    for (const dep of Object.keys(readManifest(manifestPath).dependencies ?? {})) {
      if (dep.startsWith("@cxkit/") || names.has(dep)) continue;
      names.add(dep);
      visit(path.join(root, "node_modules", dep, "package.json"));
    }
  };
  // @cxkit/testing too: the browser consumer installs it from the registry.
  for (const name of ["core", "auth", "testing"]) {
    visit(path.join(root, "packages", name, "package.json"));
  }
  mkdirSync(dir, { recursive: true });
  const options = { cwd: dir, env: registry.env };
  for (const name of names) {
    const packed = path.join(root, "node_modules", name);
    const tarball = run(
      "npm",
      ["pack", packed, "--pack-destination", dir, "--ignore-scripts"],
      options,
    )
      .trim()
      .split("\n")
      .at(-1);
    if (!tarball) throw new Error(`npm pack ${name} printed no tarball name`);
    const args = ["publish", path.join(dir, tarball), "--ignore-scripts", "--tag", "latest"];
    run("npm", args, options);
  }
  const seeded = [...names];
  results.record(
    "third-party dependencies seeded from node_modules",
    seeded.length > 0,
    seeded.join(", "),
  );
}

/**
 * The release flow itself, as CI's release job runs it: `npm run release` (changeset version, build,
 * changeset publish) in the copy, publishing to the local registry. Throws if it fails: nothing after it
 * could pass.
 */
export function release(repo: string, registry: Registry, results: Results): void {
  const name = "npm run release publishes to the local registry";
  try {
    run("npm", ["run", "release"], { cwd: repo, env: registry.env });
    results.record(name, true);
  } catch (error) {
    results.record(name, false, outputOf(error, Infinity));
    throw new Error("release failed");
  }
}

/**
 * Every package is on the registry at the version changesets gave it, with a CHANGELOG entry for that
 * version, and each package that uses @cxkit/core depends on the core version just published.
 */
export async function checkPublished(
  repo: string,
  registry: Registry,
  results: Results,
): Promise<void> {
  const published: Record<string, string | undefined> = {};
  for (const name of ["core", "auth", ...Object.keys(VENDORS)]) {
    const dir = path.join(repo, "packages", name);
    const manifest = readManifest(path.join(dir, "package.json"));
    const res = await fetchRetry(
      `${registry.url}/${encodeURIComponent(`@cxkit/${name}`).replace("%40", "@")}`,
    );
    const doc = (res.ok ? await res.json() : {}) as { "dist-tags"?: { latest?: string } };
    published[name] = doc["dist-tags"]?.latest;
    const changelogFile = path.join(dir, "CHANGELOG.md");
    const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : "";
    results.record(
      `@cxkit/${name}@${manifest.version} published with a CHANGELOG entry`,
      published[name] === manifest.version && changelog.includes(`## ${manifest.version}`),
      `registry latest: ${published[name]}`,
    );
    const coreRange = manifest.dependencies?.["@cxkit/core"];
    if (name !== "core" && coreRange) {
      results.record(
        `@cxkit/${name} depends on @cxkit/core ${coreRange}`,
        coreRange === `^${published.core}`,
      );
    }
  }
}
