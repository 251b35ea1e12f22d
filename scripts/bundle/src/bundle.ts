import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { classExports, compareExports, internalAlias } from "./bindings.js";

/** What bundling a package's output did. */
export interface BundleReport {
  entries: string[];
  modulesBefore: number;
  filesAfter: string[];
  /** Sibling packages imported through their `/internal` entry point instead of their root. */
  aliased: string[];
  /** Modules of other packages copied into this one's bundle (specifiers, as imported). */
  inlined: string[];
}

/** How to lay the bundle out. */
export interface BundleOptions {
  /**
   * One entry point that exports every binding of the others: all code goes into it and the other
   * entry points become one-line re-exports of it (a dependant importing both loads one module).
   */
  into?: string;
  /** Package scope whose packages are siblings (their `/internal` may stand for their root). */
  scope?: string;
  /**
   * Packages whose code is copied into this one's bundle instead of imported (`@cxkit/auth`): each
   * saves a module that Node would resolve, read and compile on import. Only for a package whose
   * exports are functions and constants: a class would exist twice and `instanceof` fail across the
   * copies (refused), and it must keep no state at module level that two copies would split.
   */
  inline?: readonly string[];
}

/** Every `.js` file under `dir`, relative to it (declaration files are not touched). */
function jsFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return jsFiles(path.join(dir, entry.name), rel);
    return entry.name.endsWith(".js") ? [rel] : [];
  });
}

/** Remove the directories under `dir` that removing the modules left empty. */
function pruneEmpty(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = path.join(dir, entry.name);
    pruneEmpty(sub);
    if (readdirSync(sub).length === 0) rmSync(sub, { recursive: true });
  }
}

/** Imports `<scope>/<name>` through `<scope>/<name>/internal` where that one holds every binding. */
function siblingsThroughInternal(packageDir: string, scope: string, aliased: Set<string>): Plugin {
  const cache = new Map<string, Promise<string | undefined>>();
  const filter = new RegExp(`^${scope.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/[^/]+$`);
  return {
    name: "siblings-through-internal",
    setup(b) {
      b.onResolve({ filter }, async ({ path: specifier }) => {
        let alias = cache.get(specifier);
        if (!alias) cache.set(specifier, (alias = internalAlias(packageDir, specifier)));
        const target = await alias;
        if (!target) return undefined;
        aliased.add(specifier);
        return { path: target, external: true };
      });
    },
  };
}

/** Bundles `<package>` and `<package>/<subpath>` of the listed packages instead of importing them. */
function inlinePackages(
  packageDir: string,
  names: readonly string[],
  inlined: Set<string>,
): Plugin {
  const require = createRequire(path.join(packageDir, "package.json"));
  const listed = (specifier: string) =>
    names.some((name) => specifier === name || specifier.startsWith(`${name}/`));
  const checked = new Map<string, Promise<string>>();
  const check = async (specifier: string): Promise<string> => {
    const file = require.resolve(specifier);
    const classes = await classExports(file);
    if (classes.length > 0) {
      throw new Error(
        `[@cxkit-tools/bundle] ${specifier} cannot be inlined: it exports the class ${classes.join(", ")}, which would exist twice`,
      );
    }
    return file;
  };
  return {
    name: "inline-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async ({ path: specifier }) => {
        if (!listed(specifier)) return undefined;
        let file = checked.get(specifier);
        if (!file) checked.set(specifier, (file = check(specifier)));
        inlined.add(specifier);
        return { path: await file };
      });
    },
  };
}

/**
 * Replace the per-module JavaScript tsc wrote to `<packageDir>/<outDir>` with one ES module per entry
 * point, code shared by entry points in `chunks/` (so each class exists once and `instanceof` holds
 * across entry points), or, with `into`, all code in one entry point and the others re-exporting it.
 * Every package import and `node:` builtin stays an import (sibling packages are shared at run time,
 * not copied) except the packages `inline` lists. Declarations stay per module, as tsc wrote them.
 */
export async function bundlePackage(
  packageDir: string,
  outDir: string,
  entries: readonly string[],
  options: BundleOptions = {},
): Promise<BundleReport> {
  const dist = path.join(packageDir, outDir);
  const before = jsFiles(dist);
  const rel = (entry: string) => path.posix.relative(outDir, entry);
  const missing = entries.filter((entry) => !before.includes(rel(entry)));
  if (options.into && !entries.includes(options.into)) missing.push(options.into);
  if (missing.length > 0) {
    throw new Error(`[@cxkit-tools/bundle] entry points not built: ${missing.join(", ")}`);
  }
  const facades = new Map<string, string[]>();
  if (options.into) {
    const into = path.join(packageDir, options.into);
    for (const entry of entries.filter((e) => e !== options.into)) {
      const file = path.join(packageDir, entry);
      const { names, missing } = await compareExports(file, into);
      if (missing.length > 0) {
        throw new Error(
          `[@cxkit-tools/bundle] ${entry} exports ${missing.join(", ")}, which ${options.into} does not export as the same binding`,
        );
      }
      facades.set(entry, names);
    }
  }
  const aliased = new Set<string>();
  const inlined = new Set<string>();
  const plugins: Plugin[] = [];
  if (options.inline?.length) plugins.push(inlinePackages(packageDir, options.inline, inlined));
  if (options.scope) plugins.push(siblingsThroughInternal(packageDir, options.scope, aliased));
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: options.into ? [options.into] : [...entries],
    outbase: outDir,
    outdir: outDir,
    bundle: true,
    splitting: !options.into,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    packages: "external",
    external: ["node:*"],
    plugins,
    chunkNames: "chunks/[name]-[hash]",
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "warning",
  });
  for (const file of before) rmSync(path.join(dist, file));
  pruneEmpty(dist);
  const filesAfter: string[] = [];
  const write = (file: string, contents: string | Uint8Array) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
    filesAfter.push(path.relative(dist, file).split(path.sep).join("/"));
  };
  for (const output of result.outputFiles) write(output.path, output.contents);
  for (const [entry, names] of facades) {
    const target = `./${path.posix.relative(path.posix.dirname(entry), options.into!)}`;
    write(path.join(packageDir, entry), `export { ${names.join(", ")} } from "${target}";\n`);
  }
  return {
    entries: [...entries],
    modulesBefore: before.length,
    filesAfter: filesAfter.sort(),
    aliased: [...aliased].sort(),
    inlined: [...inlined].sort(),
  };
}
