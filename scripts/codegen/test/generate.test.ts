// The generator as a whole: deterministic on the real specs, --check catches drift and names the file,
// and new-vendor scaffolds a package that builds.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadVendor, vendorFiles } from "@cxkit-tools/codegen";
import { repoRoot, scratchRoot, spec } from "./helpers.js";

const run = promisify(execFile);
const cli = path.join(repoRoot, "scripts/codegen/dist/cli.js");

describe("generating the real specs", () => {
  it.each(["dixa", "klaus", "haptik", "creovai"])(
    "%s: byte-for-byte deterministic and committed as generated",
    async (vendor) => {
      const loaded = loadVendor(repoRoot, vendor);
      const first = await vendorFiles(repoRoot, loaded);
      const second = await vendorFiles(repoRoot, loaded);
      // Every vendor has these; those whose spec has `webhooks` also get webhooks.ts.
      const expected = [
        "client.ts",
        "errors.ts",
        "index.ts",
        "methods.ts",
        "operations.ts",
        "schema.ts",
      ];
      if (loaded.spec.webhooks) expected.push("webhooks.ts");
      expect(Object.keys(first).sort()).toEqual(
        expected.map((f) => `packages/${vendor}/src/generated/${f}`),
      );
      expect(second).toEqual(first);
      for (const [file, content] of Object.entries(first)) {
        expect(content.startsWith(`// generated from specs/${vendor}/openapi.yaml`), file).toBe(
          true,
        );
        expect(
          readFileSync(path.join(repoRoot, file), "utf8"),
          `${file} is committed as generated`,
        ).toBe(content);
      }
    },
  );
});

const acme = {
  spec: spec(),
  config: {
    name: "acme",
    packageName: "@cxkit/acme",
    displayName: "Acme",
    description: "Typed client for Acme",
    auth: { key: { option: "apiKey" } },
  },
};

describe("generate --check", () => {
  it("passes on generated code and fails on drift, naming the file", async () => {
    const root = scratchRoot({ acme });
    const check = () => run("node", [cli, "generate", "--check", "acme"], { cwd: root });
    await run("node", [cli, "generate", "acme"], { cwd: root });
    await expect(check()).resolves.toMatchObject({ stdout: expect.stringContaining("up to date") });

    const client = path.join(root, "packages/acme/src/generated/client.ts");
    writeFileSync(client, `${readFileSync(client, "utf8")}\n// hand edit\n`);
    const failed = await check().catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain(
      "packages/acme/src/generated/client.ts",
    );

    await run("node", [cli, "generate", "acme"], { cwd: root });
    await expect(check()).resolves.toBeDefined();
    // A stale file in the generated directory is drift; a spec edit without regenerating is too.
    writeFileSync(path.join(root, "packages/acme/src/generated/old.ts"), "export {};\n");
    await expect(check()).rejects.toMatchObject({
      stderr: expect.stringContaining("old.ts is not produced"),
    });
    await run("node", [cli, "generate", "acme"], { cwd: root });
    expect(existsSync(path.join(root, "packages/acme/src/generated/old.ts"))).toBe(false);
    const specFile = path.join(root, "specs/acme/openapi.yaml");
    writeFileSync(
      specFile,
      readFileSync(specFile, "utf8").replace("operationId: getThing", "operationId: getIt"),
    );
    await expect(check()).rejects.toMatchObject({ code: 1 });
  });

  it("an unknown vendor is an error listing the known ones", async () => {
    const root = scratchRoot({ acme });
    await expect(run("node", [cli, "generate", "nope"], { cwd: root })).rejects.toMatchObject({
      stderr: expect.stringContaining('unknown vendor "nope": specs/ has acme'),
    });
  });
});

describe("new-vendor", () => {
  it("scaffolds a package that builds, registers its spec, and keeps hand-written files", async () => {
    const root = scratchRoot({ acme: { ...acme, withPackage: false } });
    // The scaffold reads the versions of @cxkit/core and @cxkit/auth; tsc resolves them from the repo.
    for (const name of ["core", "auth"]) {
      mkdirSync(path.join(root, "packages", name), { recursive: true });
      writeFileSync(
        path.join(root, "packages", name, "package.json"),
        JSON.stringify({ version: "1.0.0" }),
      );
    }
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
    writeFileSync(
      path.join(root, "tsconfig.base.json"),
      readFileSync(path.join(repoRoot, "tsconfig.base.json")),
    );
    const { stdout } = await run("node", [cli, "new-vendor", "acme"], { cwd: root });
    expect(stdout).toContain("wrote packages/acme/package.json");
    expect(stdout).toContain("registered the spec in redocly.yaml");
    expect(readFileSync(path.join(root, "redocly.yaml"), "utf8")).toContain(
      "root: specs/acme/openapi.yaml",
    );
    for (const file of [
      "package.json",
      "turbo.json",
      "src/index.ts",
      "src/generated/client.ts",
      "test/exports.test.ts",
      "README.md",
    ]) {
      expect(existsSync(path.join(root, "packages/acme", file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(path.join(root, "packages/acme/package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "@cxkit/acme", type: "module", sideEffects: false });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@cxkit/auth", "@cxkit/core"]);
    expect(readFileSync(path.join(root, "packages/acme/README.md"), "utf8")).toContain(
      "`getThing`",
    );
    await run(path.join(repoRoot, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], {
      cwd: path.join(root, "packages/acme"),
    });
    expect(
      readFileSync(path.join(root, "packages/acme/dist/generated/client.js"), "utf8"),
    ).toContain("export function createAcmeClient");
    writeFileSync(
      path.join(root, "packages/acme/src/index.ts"),
      "export const handWritten = true;\n",
    );
    const again = await run("node", [cli, "new-vendor", "acme"], { cwd: root });
    expect(again.stdout).toContain("kept packages/acme/src/index.ts (exists)");
    expect(readFileSync(path.join(root, "packages/acme/src/index.ts"), "utf8")).toContain(
      "handWritten",
    );
  }, 120_000);
});
