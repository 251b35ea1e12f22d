import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { bundlePackage, exportedModules } from "@cxkit-tools/bundle";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package as tsc leaves it: a module per source file, two entry points sharing a class. */
function fixture(internal: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cxkit-bundle-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "dist/sub"), { recursive: true });
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "fixture", type: "module" }),
    "dist/sub/errors.js": "export class FixtureError extends Error {}\n",
    "dist/make.js":
      'import { FixtureError } from "./sub/errors.js";\nexport const make = () => new FixtureError("x");\n',
    "dist/index.js":
      'export { FixtureError } from "./sub/errors.js";\nexport const version = "1";\n',
    "dist/index.d.ts": "export declare const version: string;\n",
    "dist/internal.js": internal,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

/** A package `name` in the fixture's node_modules, its `/internal` entry point holding `code`. */
function sibling(dir: string, name: string, code: string): void {
  const root = path.join(dir, "node_modules", name);
  mkdirSync(path.join(root, "dist"), { recursive: true });
  writeFileSync(
    path.join(root, "package.json"),
    JSON.stringify({
      name,
      type: "module",
      exports: { ".": "./dist/internal.js", "./internal": "./dist/internal.js" },
    }),
  );
  writeFileSync(path.join(root, "dist/internal.js"), code);
}

const load = async (dir: string, file: string) =>
  (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;

describe("exportedModules", () => {
  it.each([
    ["a string target", "./dist/index.js", ["dist/index.js"]],
    [
      "conditions: import and default, not types",
      { types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" },
      ["dist/index.js"],
    ],
    [
      "subpaths, package.json left out",
      {
        ".": { import: "./dist/index.js" },
        "./internal": { default: "./dist/internal.js" },
        "./package.json": "./package.json",
      },
      ["dist/index.js", "dist/internal.js"],
    ],
    ["a target outside dist/", { ".": "./src/index.ts" }, []],
  ])("%s", (_label, exportsMap, expected) => {
    expect(exportedModules(exportsMap, "dist")).toEqual(expected);
  });
});

describe("bundlePackage", () => {
  it("writes one module per entry point, shared code once in a chunk, declarations kept", async () => {
    const dir = fixture('export { make } from "./make.js";\n');
    const report = await bundlePackage(dir, "dist", ["dist/index.js", "dist/internal.js"]);
    expect(report.modulesBefore).toBe(4);
    expect(report.filesAfter.filter((f) => !f.startsWith("chunks/"))).toEqual([
      "index.js",
      "internal.js",
    ]);
    expect(readdirSync(path.join(dir, "dist")).sort()).toEqual([
      "chunks",
      "index.d.ts",
      "index.js",
      "internal.js",
    ]);
    const index = await load(dir, "dist/index.js");
    const internal = await load(dir, "dist/internal.js");
    // One class across both entry points: an error made by one is an instance of the other's export.
    expect((internal.make as () => unknown)()).toBeInstanceOf(index.FixtureError as typeof Error);
  });

  it("with `into`, puts all code in that entry point and re-exports it from the others", async () => {
    const dir = fixture('export * from "./index.js";\nexport { make } from "./make.js";\n');
    const report = await bundlePackage(dir, "dist", ["dist/index.js", "dist/internal.js"], {
      into: "dist/internal.js",
    });
    expect(report.filesAfter).toEqual(["index.js", "internal.js"]);
    expect(readFileSync(path.join(dir, "dist/index.js"), "utf8")).toBe(
      'export { FixtureError, version } from "./internal.js";\n',
    );
    const internal = await load(dir, "dist/internal.js");
    const index = await load(dir, "dist/index.js");
    expect(index.FixtureError).toBe(internal.FixtureError);
    expect(index.version).toBe("1");
  });

  it("refuses `into` an entry point that lacks a binding of another, naming it", async () => {
    const dir = fixture('export { make } from "./make.js";\nexport const version = "2";\n');
    await expect(
      bundlePackage(dir, "dist", ["dist/index.js", "dist/internal.js"], {
        into: "dist/internal.js",
      }),
    ).rejects.toThrow(
      "dist/index.js exports FixtureError, version, which dist/internal.js does not export as the same binding",
    );
    // Nothing was replaced: tsc's output is still there to inspect.
    expect(readdirSync(path.join(dir, "dist/sub"))).toEqual(["errors.js"]);
  });

  it("with `inline`, copies a listed package's code in and leaves other packages imported", async () => {
    const dir = fixture("export {};\n");
    sibling(
      dir,
      "@fx/helpers",
      'export const twice = (n) => 2 * n;\nexport const NAME = "helpers";\n',
    );
    sibling(dir, "@fx/other", "export const once = (n) => n;\n");
    writeFileSync(
      path.join(dir, "dist/index.js"),
      'import { twice, NAME } from "@fx/helpers/internal";\nimport { once } from "@fx/other";\nexport const four = () => once(twice(2));\nexport { NAME };\n',
    );
    const report = await bundlePackage(dir, "dist", ["dist/index.js"], { inline: ["@fx/helpers"] });
    expect(report.inlined).toEqual(["@fx/helpers/internal"]);
    const text = readFileSync(path.join(dir, "dist/index.js"), "utf8");
    expect(text).not.toMatch(/from "@fx\/helpers/);
    expect(text).toContain('from "@fx/other"');
    const index = await load(dir, "dist/index.js");
    expect((index.four as () => number)()).toBe(4);
    expect(index.NAME).toBe("helpers");
  });

  it("refuses to inline a package that exports a class, naming it", async () => {
    const dir = fixture("export {};\n");
    sibling(dir, "@fx/errors", "export class LibError extends Error {}\nexport const x = 1;\n");
    writeFileSync(
      path.join(dir, "dist/index.js"),
      'export { LibError } from "@fx/errors/internal";\n',
    );
    await expect(
      bundlePackage(dir, "dist", ["dist/index.js"], { inline: ["@fx/errors"] }),
    ).rejects.toThrow(
      "[@cxkit-tools/bundle] @fx/errors/internal cannot be inlined: it exports the class LibError, whose instanceof would fail across the two copies",
    );
  });

  it("inlines a class whose instanceof recognises every copy's instances", async () => {
    const dir = fixture("export {};\n");
    sibling(
      dir,
      "@fx/errors",
      'const KIND = Symbol.for("fx:error");\nexport class LibError extends Error {\n  constructor(m) { super(m); this[KIND] = true; }\n  static [Symbol.hasInstance](v) { return typeof v === "object" && v !== null && KIND in v; }\n}\n',
    );
    writeFileSync(
      path.join(dir, "dist/index.js"),
      'export { LibError } from "@fx/errors/internal";\n',
    );
    const report = await bundlePackage(dir, "dist", ["dist/index.js"], { inline: ["@fx/errors"] });
    expect(report.inlined).toEqual(["@fx/errors/internal"]);
    const copy = (await load(dir, "dist/index.js")).LibError as new (m: string) => Error;
    const shared = (await load(dir, "node_modules/@fx/errors/dist/internal.js")).LibError as new (
      m: string,
    ) => Error;
    expect(copy).not.toBe(shared);
    expect(new shared("x")).toBeInstanceOf(copy);
    expect(new copy("x")).toBeInstanceOf(shared);
  });

  it("with `standalone`, also writes one module with every sibling of the scope copied in", async () => {
    const dir = fixture("export {};\n");
    sibling(dir, "@fx/helpers", "export const twice = (n) => 2 * n;\n");
    sibling(
      dir,
      "@fx/other",
      'import { twice } from "@fx/helpers/internal";\nexport const quad = (n) => twice(twice(n));\n',
    );
    sibling(dir, "plain", "export const one = 1;\n");
    writeFileSync(
      path.join(dir, "dist/index.js"),
      'import { twice } from "@fx/helpers";\nimport { quad } from "@fx/other";\nimport { one } from "plain";\nexport const value = () => quad(twice(one));\n',
    );
    const report = await bundlePackage(dir, "dist", ["dist/index.js"], {
      scope: "@fx",
      inline: ["@fx/helpers"],
      standalone: "dist/node.js",
    });
    // The shared build: @fx/helpers copied in, @fx/other imported; the standalone one: both copied in.
    expect(report.inlined).toEqual(["@fx/helpers"]);
    expect(report.aliased).toEqual(["@fx/other"]);
    expect(report.standalone).toEqual({
      file: "dist/node.js",
      inlined: ["@fx/helpers/internal", "@fx/other/internal"],
    });
    expect(report.filesAfter).toEqual(["index.js", "node.js"]);
    const shared = readFileSync(path.join(dir, "dist/index.js"), "utf8");
    expect(shared).toContain('from "@fx/other/internal"');
    const alone = readFileSync(path.join(dir, "dist/node.js"), "utf8");
    expect(alone).not.toMatch(/from "@fx\//);
    expect(alone).toContain('from "plain"');
    expect(((await load(dir, "dist/node.js")).value as () => number)()).toBe(8);
    expect(((await load(dir, "dist/index.js")).value as () => number)()).toBe(8);
  });

  it("refuses a standalone build when a sibling's root exports a class of this copy only", async () => {
    const dir = fixture("export {};\n");
    sibling(dir, "@fx/errors", "export class LibError extends Error {}\n");
    writeFileSync(
      path.join(dir, "dist/index.js"),
      'import { LibError } from "@fx/errors";\nexport const fail = () => new LibError("x");\n',
    );
    await expect(
      bundlePackage(dir, "dist", ["dist/index.js"], { scope: "@fx", standalone: "dist/node.js" }),
    ).rejects.toThrow(
      "[@cxkit-tools/bundle] @fx/errors/internal cannot be inlined: @fx/errors exports the class LibError, whose instanceof would fail across the two copies",
    );
  });

  it("refuses a standalone build of several entry points without `into`, before writing", async () => {
    const dir = fixture("export {};\n");
    await expect(
      bundlePackage(dir, "dist", ["dist/index.js", "dist/make.js"], {
        scope: "@fx",
        standalone: "dist/node.js",
      }),
    ).rejects.toThrow(
      "[@cxkit-tools/bundle] a standalone build needs one entry point (or `into`) and a scope; got dist/index.js, dist/make.js",
    );
    expect(readdirSync(path.join(dir, "dist")).sort()).toEqual([
      "index.d.ts",
      "index.js",
      "internal.js",
      "make.js",
      "sub",
    ]);
  });

  it("names an entry point that was not built", async () => {
    const dir = fixture("export {};\n");
    await expect(bundlePackage(dir, "dist", ["dist/cli.js"])).rejects.toThrow(
      "[@cxkit-tools/bundle] entry points not built: dist/cli.js",
    );
  });
});
