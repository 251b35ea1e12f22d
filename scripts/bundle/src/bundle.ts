import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { compareExports, internalAlias, unsharedClasses } from "./bindings.js";

/** What bundling a package's output did. */
export interface BundleReport {
  entries: string[];
  modulesBefore: number;
  filesAfter: string[];
  /** Sibling packages imported through their `/internal` entry point instead of their root. */
  aliased: string[];
  /** Modules of other packages copied into this one's bundle (specifiers, as imported). */
  inlined: string[];
  /** The self-contained build, when asked for: its file and the modules of other packages copied in. */
  standalone?: { file: string; inlined: string[] };
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
   * exports are functions, constants and classes whose `instanceof` recognises every copy's instances
   * (any other class is refused), and that keeps no state at module level that two copies would split.
   */
  inline?: readonly string[];
  /**
   * A second build of the one entry point (`into`, or the only one), written to this path, with the
   * code of every package of `scope` copied in: a module that imports no sibling, for runtimes that
   * load modules one by one from node_modules (Node, Bun, Deno; package.json's `node` condition),
   * where each module costs more to load than its size does to compile. Bundlers keep the shared
   * build, so an app of two vendors bundles one runtime. A package copied in must export no class
   * from its root whose `instanceof` fails across copies (refused), and must keep the state copies
   * share where every copy sees it (@cxkit/core: `globalThis`, under registered symbols).
   */
  standalone?: string;
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

// What both builds share: ES modules for any runtime, packages and builtins left to the importer
// except those a plugin copies in.
const ESM_BUILD = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  external: ["node:*"],
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
} satisfies BuildOptions;

/** `@scope/name` of a specifier `@scope/name/sub/path`. */
function packageNameOf(specifier: string): string {
  return specifier.split("/").slice(0, 2).join("/");
}

/**
 * Bundles the packages `listed` accepts (`<package>` and `<package>/<subpath>`) instead of importing
 * them, once `checkOf(specifier)` names the module whose classes must keep `instanceof` across copies.
 */
function inlinePackages(
  packageDir: string,
  listed: (specifier: string) => boolean,
  checkOf: (specifier: string) => string,
  inlined: Set<string>,
): Plugin {
  const require = createRequire(path.join(packageDir, "package.json"));
  const checked = new Map<string, Promise<void>>();
  const check = async (specifier: string): Promise<void> => {
    const of = checkOf(specifier);
    const classes = await unsharedClasses(require.resolve(of));
    if (classes.length > 0) {
      throw new Error(
        `[@cxkit-tools/bundle] ${specifier} cannot be inlined: ${of === specifier ? "it" : of} exports the class ${classes.join(", ")}, whose instanceof would fail across the two copies`,
      );
    }
  };
  return {
    name: "inline-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async ({ path: specifier }) => {
        if (!listed(specifier)) return undefined;
        const of = checkOf(specifier);
        let done = checked.get(of);
        if (!done) checked.set(of, (done = check(specifier)));
        await done;
        inlined.add(specifier);
        return { path: require.resolve(specifier) };
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
  const alone = options.into ?? (entries.length === 1 ? entries[0] : undefined);
  if (options.standalone && (!alone || !options.scope)) {
    throw new Error(
      `[@cxkit-tools/bundle] a standalone build needs one entry point (or \`into\`) and a scope; got ${entries.join(", ")}${options.scope ? "" : " and no scope"}`,
    );
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
  const inline = options.inline ?? [];
  if (inline.length > 0) {
    const listed = (specifier: string) =>
      inline.some((name) => specifier === name || specifier.startsWith(`${name}/`));
    // The copied module's own classes could meet the shared copy's: check what is imported.
    plugins.push(inlinePackages(packageDir, listed, (specifier) => specifier, inlined));
  }
  if (options.scope) plugins.push(siblingsThroughInternal(packageDir, options.scope, aliased));
  const result = await build({
    ...ESM_BUILD,
    absWorkingDir: packageDir,
    entryPoints: options.into ? [options.into] : [...entries],
    outbase: outDir,
    outdir: outDir,
    splitting: !options.into,
    plugins,
    chunkNames: "chunks/[name]-[hash]",
    write: false,
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
  const standalone =
    options.standalone && alone && options.scope
      ? await buildStandalone(packageDir, alone, options.standalone, options.scope)
      : undefined;
  if (standalone) filesAfter.push(path.posix.relative(outDir, standalone.file));
  return {
    ...(standalone && { standalone }),
    entries: [...entries],
    modulesBefore: before.length,
    filesAfter: filesAfter.sort(),
    aliased: [...aliased].sort(),
    inlined: [...inlined].sort(),
  };
}

/** Writes `file`: the bundled `entry` with every package of `scope` copied in. */
async function buildStandalone(
  packageDir: string,
  entry: string,
  file: string,
  scope: string,
): Promise<{ file: string; inlined: string[] }> {
  const inlined = new Set<string>();
  const prefix = `${scope}/`;
  // Every module of a sibling meets this build's own: only the classes of its root (what an app can
  // import and hand over) can meet another copy's.
  const plugin = inlinePackages(
    packageDir,
    (specifier) => specifier.startsWith(prefix),
    packageNameOf,
    inlined,
  );
  await build({
    ...ESM_BUILD,
    absWorkingDir: packageDir,
    entryPoints: [entry],
    outfile: file,
    plugins: [plugin],
  });
  return { file, inlined: [...inlined].sort() };
}
