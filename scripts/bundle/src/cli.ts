#!/usr/bin/env node
// cxkit-bundle [--entry dist/extra.js ...] [--into dist/internal.js] [--inline @scope/pkg ...]
// [--standalone dist/node.js]: run in a package's directory after tsc has built dist/. The entry points
// are what package.json's `exports` point at (its `node` condition's target aside, which --standalone
// writes), plus any --entry (a bin's target); --into puts all code in that entry point (see
// BundleOptions.into); --inline copies a package's code in instead of importing it (see
// BundleOptions.inline); --standalone also writes a build with every sibling copied in (see
// BundleOptions.standalone). Sibling packages (@cxkit/*) are imported through their /internal entry point
// where it holds every binding of their root.
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundlePackage } from "./bundle.js";
import { exportedModules } from "./entries.js";

const OUT_DIR = "dist";
const SCOPE = "@cxkit";

async function main(args: string[]): Promise<void> {
  const extra: string[] = [];
  const inline: string[] = [];
  let into: string | undefined;
  let standalone: string | undefined;
  for (let i = 0; i < args.length; i += 2) {
    const value = args[i + 1];
    if (!["--entry", "--into", "--inline", "--standalone"].includes(args[i]!) || !value) {
      throw new Error(
        `[@cxkit-tools/bundle] usage: cxkit-bundle [--entry ${OUT_DIR}/file.js ...] [--into ${OUT_DIR}/file.js] [--inline @scope/package ...] [--standalone ${OUT_DIR}/file.js]`,
      );
    }
    if (args[i] === "--into") into = path.posix.normalize(value);
    else if (args[i] === "--standalone") standalone = path.posix.normalize(value);
    else if (args[i] === "--inline") inline.push(value);
    else extra.push(path.posix.normalize(value));
  }
  const packageDir = process.cwd();
  const pkg = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    name: string;
    exports?: Parameters<typeof exportedModules>[0];
  };
  const entries = [...new Set([...exportedModules(pkg.exports ?? null, OUT_DIR), ...extra])].filter(
    (entry) => entry !== standalone,
  );
  if (entries.length === 0) {
    throw new Error(`[@cxkit-tools/bundle] ${pkg.name}: no entry point under ${OUT_DIR}/`);
  }
  const report = await bundlePackage(packageDir, OUT_DIR, entries, {
    into,
    scope: SCOPE,
    inline,
    standalone,
  });
  const through = report.aliased.map((name) => `${name}/internal`).join(", ");
  const copied = report.inlined.join(", ");
  const alone = report.standalone
    ? `; ${report.standalone.file} inlines ${report.standalone.inlined.join(", ")}`
    : "";
  console.log(
    `${pkg.name}: ${report.modulesBefore} modules -> ${report.filesAfter.length} files (${report.filesAfter.join(", ")})${through ? `; imports ${through}` : ""}${copied ? `; inlines ${copied}` : ""}${alone}`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
