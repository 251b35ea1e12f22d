// `changeset version` on a sample changeset: the versions it bumps and the CHANGELOG entries it writes.
import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let dir: string;

const manifest = (name: string) =>
  JSON.parse(readFileSync(path.join(dir, "packages", name, "package.json"), "utf8")) as {
    version: string;
    dependencies?: Record<string, string>;
  };
const changelog = (name: string) =>
  readFileSync(path.join(dir, "packages", name, "CHANGELOG.md"), "utf8");

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cxkit-changesets-"));
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files.filter(
    (f) => f === "package.json" || f.startsWith("packages/") || f.startsWith(".changeset/"),
  )) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  // Only the sample changeset is pending.
  for (const file of readdirSync(path.join(dir, ".changeset"))) {
    if (file.endsWith(".md") && file !== "README.md") rmSync(path.join(dir, ".changeset", file));
  }
  writeFileSync(
    path.join(dir, ".changeset/sample.md"),
    `---\n"@cxkit/core": patch\n"@cxkit/dixa": minor\n---\n\nSample: retry 409 on safe operations.\n`,
  );
  await run(path.join(root, "node_modules/.bin/changeset"), ["version"], { cwd: dir });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("changeset version", () => {
  it("bumps the packages the changeset names", () => {
    expect(manifest("core").version).toBe("0.0.1");
    expect(manifest("dixa").version).toBe("0.1.0");
  });

  it("bumps dependents whose range no longer covers the new core, and updates their ranges", () => {
    for (const name of ["auth", "klaus", "haptik", "creovai"]) {
      expect(manifest(name).version, name).toBe("0.0.1");
      expect(manifest(name).dependencies?.["@cxkit/core"], name).toBe("^0.0.1");
    }
    expect(manifest("dixa").dependencies?.["@cxkit/core"]).toBe("^0.0.1");
  });

  it("writes CHANGELOG entries", () => {
    expect(changelog("core")).toMatch(
      /## 0\.0\.1\s+### Patch Changes\s+- [^\n]*Sample: retry 409 on safe operations\./,
    );
    expect(changelog("dixa")).toMatch(/## 0\.1\.0\s+### Minor Changes\s+- [^\n]*Sample: retry 409/);
    expect(changelog("dixa")).toMatch(
      /### Patch Changes[\s\S]*Updated dependencies[\s\S]*@cxkit\/core@0\.0\.1/,
    );
    expect(changelog("klaus")).toMatch(/## 0\.0\.1[\s\S]*Updated dependencies/);
  });

  it("consumes the changeset", () => {
    expect(existsSync(path.join(dir, ".changeset/sample.md"))).toBe(false);
  });
});
