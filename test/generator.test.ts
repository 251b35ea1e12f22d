// The generator: deterministic output, drift detection, the operations table, and new-vendor.
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateVendor, operationsTable } from "../scripts/generate.mjs";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A scratch copy of the repo's generator inputs, with node_modules linked in. */
function scratchRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cxkit-gen-"));
  for (const entry of [
    "scripts",
    "specs",
    ".prettierrc.json",
    ".prettierignore",
    "tsconfig.base.json",
  ]) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  for (const pkg of ["core", "auth", "klaus"]) {
    cpSync(
      path.join(root, "packages", pkg, "package.json"),
      path.join(dir, "packages", pkg, "package.json"),
    );
  }
  cpSync(
    path.join(root, "packages/klaus/src/generated"),
    path.join(dir, "packages/klaus/src/generated"),
    {
      recursive: true,
    },
  );
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

describe("generate", () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchRepo();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is byte-for-byte deterministic", async () => {
    const first: Record<string, string> = await generateVendor("dixa");
    const second = await generateVendor("dixa");
    expect(Object.keys(first).sort()).toEqual([
      "packages/dixa/src/generated/client.ts",
      "packages/dixa/src/generated/index.ts",
      "packages/dixa/src/generated/operations.ts",
      "packages/dixa/src/generated/schema.ts",
    ]);
    expect(second).toEqual(first);
    for (const [file, content] of Object.entries(first)) {
      expect(content.startsWith("// generated from specs/dixa/openapi.yaml"), file).toBe(true);
      expect(readFileSync(path.join(root, file), "utf8"), `${file} is committed as generated`).toBe(
        content,
      );
    }
  });

  it("--check passes on generated code and fails on drift, naming the file", async () => {
    const check = () => run("node", ["scripts/generate.mjs", "--check", "klaus"], { cwd: dir });
    await expect(check()).resolves.toMatchObject({ stdout: expect.stringContaining("up to date") });

    const client = path.join(dir, "packages/klaus/src/generated/client.ts");
    writeFileSync(client, readFileSync(client, "utf8") + "\n// hand edit\n");
    const failed = await check().catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain(
      "packages/klaus/src/generated/client.ts",
    );

    await run("node", ["scripts/generate.mjs", "klaus"], { cwd: dir });
    await expect(check()).resolves.toBeDefined();

    // A spec edit without regenerating is drift too.
    const spec = path.join(dir, "specs/klaus/openapi.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("operationId: sendCsatEvent", "operationId: sendCsat"),
    );
    await expect(check()).rejects.toMatchObject({ code: 1 });
  });

  it("new-vendor scaffolds a package that builds", async () => {
    const vendorDir = path.join(dir, "specs/acme");
    cpSync(path.join(root, "specs/haptik"), vendorDir, { recursive: true });
    const config = JSON.parse(readFileSync(path.join(vendorDir, "cxkit.json"), "utf8"));
    writeFileSync(
      path.join(vendorDir, "cxkit.json"),
      JSON.stringify({ ...config, name: "acme", packageName: "@cxkit/acme", displayName: "Acme" }),
    );
    await run("node", ["scripts/new-vendor.mjs", "acme"], { cwd: dir });
    for (const file of [
      "package.json",
      "src/index.ts",
      "src/generated/client.ts",
      "test/exports.test.ts",
      "README.md",
    ]) {
      expect(existsSync(path.join(dir, "packages/acme", file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(dir, "packages/acme/package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "@cxkit/acme", type: "module", sideEffects: false });
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      "@cxkit/auth",
      "@cxkit/core",
      "openapi-fetch",
    ]);
    await run(path.join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], {
      cwd: path.join(dir, "packages/acme"),
    });
    const built = readFileSync(path.join(dir, "packages/acme/dist/generated/client.js"), "utf8");
    expect(built).toContain("export function createAcmeClient");
    expect(readFileSync(path.join(dir, "packages/acme/dist/index.js"), "utf8")).toContain(
      'export * from "./generated/index.js"',
    );
    expect(existsSync(path.join(dir, "packages/acme/dist/index.d.ts"))).toBe(true);
    // Running it again keeps hand-written files.
    writeFileSync(
      path.join(dir, "packages/acme/src/index.ts"),
      "export const handWritten = true;\n",
    );
    await run("node", ["scripts/new-vendor.mjs", "acme"], { cwd: dir });
    expect(readFileSync(path.join(dir, "packages/acme/src/index.ts"), "utf8")).toContain(
      "handWritten",
    );
  }, 120_000);
});

describe("operationsTable", () => {
  const spec = {
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          "x-cxkit-pagination": {
            style: "cursor-link",
            cursorParam: "k",
            items: "data",
            next: "meta.next",
          },
        },
        post: { operationId: "createThing" },
      },
      "/things/{id}": {
        put: { operationId: "replaceThing" },
        patch: { operationId: "patchThing" },
        delete: { operationId: "deleteThing" },
      },
      "/search": { post: { operationId: "search", "x-cxkit-idempotent": true } },
      "/upload": {
        post: {
          operationId: "upload",
          requestBody: {
            content: {
              "multipart/form-data": {
                schema: { properties: { name: { type: "string" }, file: { type: "string" } } },
                encoding: { file: { contentType: "text/csv" } },
              },
            },
          },
        },
      },
    },
  };

  it("marks what is safe to repeat, paginated, and not JSON", () => {
    const rows = operationsTable(spec) as Array<Record<string, unknown>>;
    const byId = Object.fromEntries(rows.map((r) => [r.operationId, r]));
    expect(Object.fromEntries(rows.map((r) => [r.operationId, r.safeToRepeat]))).toEqual({
      listThings: true,
      createThing: false,
      replaceThing: true,
      patchThing: false,
      deleteThing: true,
      search: true,
      upload: false,
    });
    expect(byId.listThings!.pagination).toMatchObject({ cursorParam: "k" });
    expect(byId.upload!.requestBody).toEqual({
      contentType: "multipart/form-data",
      files: { file: "text/csv" },
    });
  });

  it("refuses a missing or duplicate operationId", () => {
    expect(() => operationsTable({ paths: { "/a": { get: {} } } })).toThrow(
      /GET \/a has no operationId/,
    );
    expect(() =>
      operationsTable({
        paths: { "/a": { get: { operationId: "x" } }, "/b": { get: { operationId: "x" } } },
      }),
    ).toThrow(/"x" is used twice/);
  });
});
