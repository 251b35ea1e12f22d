import path from "node:path";

/** The `exports` map's shape as far as entry points go: a target, conditions, or subpaths. */
type ExportsValue = string | null | ExportsValue[] | { [key: string]: ExportsValue };

/** The module files an `exports` map points at under `dist/`, with `import`/`default` preferred. */
export function exportedModules(exportsMap: ExportsValue, outDir: string): string[] {
  const found = new Set<string>();
  const visit = (value: ExportsValue): void => {
    if (typeof value === "string") {
      const file = path.posix.normalize(value);
      if (file.startsWith(`${outDir}/`) && file.endsWith(".js")) found.add(file);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value) {
      for (const [key, target] of Object.entries(value)) {
        // Types are emitted by tsc and stay as they are; `require` of ESM is `default` too.
        if (key !== "types" && key !== "./package.json") visit(target);
      }
    }
  };
  visit(exportsMap);
  return [...found].sort();
}
