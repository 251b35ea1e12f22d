// Every TypeScript block in every README is type-checked against the built packages, so the docs
// cannot drift from the API.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const readmes = [
  "README.md",
  ...readdirSync(path.join(root, "packages")).map((p) => `packages/${p}/README.md`),
  "examples/README.md",
].filter((f) => existsSync(path.join(root, f)));

function snippets(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

it("every ```ts block in every README type-checks", async () => {
  // Inside the repo, so that @cxkit/* resolve to the workspace packages.
  const dir = mkdtempSync(path.join(root, ".readme-check-"));
  try {
    const files: string[] = [];
    for (const readme of readmes) {
      snippets(readme).forEach((code, i) => {
        const name = `${readme.replace(/[/.]/g, "_")}-${i + 1}.ts`;
        writeFileSync(
          path.join(dir, name),
          `// from ${readme}, block ${i + 1}\n${code}\nexport {};\n`,
        );
        files.push(name);
      });
    }
    expect(files.length).toBeGreaterThanOrEqual(7);
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: "../tsconfig.base.json",
        compilerOptions: { noEmit: true },
        files,
      }),
    );
    const result = await run(path.join(root, "node_modules/.bin/tsc"), ["-p", dir]).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
    );
    expect("failed" in result ? result.stdout : "").toBe("");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
