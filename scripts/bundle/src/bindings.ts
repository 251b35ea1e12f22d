import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** A module's exports by name, as Node loads it. */
async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/**
 * What `file` exports, and which of those names `superset` does not export as the very same binding
 * (none when every export of `file` is also one of `superset`'s). Checked on the modules Node loads,
 * not on their text.
 */
export async function compareExports(
  file: string,
  superset: string,
): Promise<{ names: string[]; missing: string[] }> {
  const [small, big] = await Promise.all([load(file), load(superset)]);
  const names = Object.keys(small).sort();
  return {
    names,
    missing: names.filter((name) => !(name in big) || !Object.is(small[name], big[name])),
  };
}

/**
 * The exports of `file` that are classes whose `instanceof` holds only for instances of this very
 * copy (by their source text, as Node loads the module). A class with a `Symbol.hasInstance` of its
 * own or from a base class (@cxkit/core's errors and RateLimiter recognise every copy's instances)
 * is not listed.
 */
export async function unsharedClasses(file: string): Promise<string[]> {
  const exports = await load(file);
  return Object.keys(exports)
    .filter((name) => {
      const value = exports[name];
      return (
        typeof value === "function" &&
        /^class\b/.test(Function.prototype.toString.call(value)) &&
        (value as { [Symbol.hasInstance]: unknown })[Symbol.hasInstance] ===
          Function.prototype[Symbol.hasInstance]
      );
    })
    .sort();
}

/**
 * For a sibling package's root specifier (`@cxkit/core`), its `/internal` entry point when that one
 * exports every binding of the root: importing a package through one entry point loads one module.
 * Resolved from `packageDir`, as the package itself resolves its dependencies.
 */
export async function internalAlias(
  packageDir: string,
  specifier: string,
): Promise<string | undefined> {
  const require = createRequire(path.join(packageDir, "package.json"));
  let root: string;
  let internal: string;
  try {
    root = require.resolve(specifier);
    internal = require.resolve(`${specifier}/internal`);
  } catch {
    return undefined;
  }
  return (await compareExports(root, internal)).missing.length === 0
    ? `${specifier}/internal`
    : undefined;
}
