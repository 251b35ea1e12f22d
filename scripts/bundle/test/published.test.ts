import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages");

/** The module specifiers a built file imports or re-exports from. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*"([^"]+)"/g)].map(
    (m) => m[1]!,
  );
}

// Importing a vendor package loads three modules (its own, @cxkit/core/internal, @cxkit/auth/internal):
// Node's loader costs about as much per module as per 100 kB of code.
describe.each(["dixa", "klaus", "haptik", "creovai"])("the built @cxkit/%s", (vendor) => {
  it("is one module that imports its siblings through their /internal entry point only", () => {
    const dist = path.join(packages, vendor, "dist");
    expect(readdirSync(dist).filter((f) => f.endsWith(".js"))).toEqual(["index.js"]);
    expect([...new Set(importsOf(path.join(dist, "index.js")))].sort()).toEqual([
      "@cxkit/auth/internal",
      "@cxkit/core/internal",
    ]);
  });
});

describe.each(["core", "auth"])("the built @cxkit/%s", (name) => {
  it("holds its code in dist/internal.js, which its root entry point re-exports", () => {
    const dist = path.join(packages, name, "dist");
    expect(readdirSync(dist).filter((f) => f.endsWith(".js"))).toEqual(["index.js", "internal.js"]);
    expect(importsOf(path.join(dist, "index.js"))).toEqual(["./internal.js"]);
    expect(
      importsOf(path.join(dist, "internal.js")).every((s) => s === "@cxkit/core/internal"),
    ).toBe(true);
  });
});

// `sideEffects: false` true in fact: an app that imports a package and uses nothing ships nothing of it.
describe.each(["core", "auth", "dixa", "klaus", "haptik", "creovai", "redis-limits", "testing"])(
  "@cxkit/%s imported for nothing",
  (name) => {
    it("bundles to an empty module", async () => {
      const result = await build({
        stdin: { contents: `import "@cxkit/${name}";`, resolveDir: packages, loader: "ts" },
        bundle: true,
        minify: true,
        format: "esm",
        platform: "node",
        external: ["ioredis", "redis", "ajv", "ajv-formats"],
        write: false,
        logLevel: "silent",
      });
      expect(result.outputFiles[0]!.text).toBe("");
    });
  },
);
