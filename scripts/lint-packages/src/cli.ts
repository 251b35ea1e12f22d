#!/usr/bin/env node
// Package hygiene for every published package: publint (strict), arethetypeswrong, and what the tarball
// holds (README, LICENSE, dist; no tests, no sources of other packages). The packages are ESM only
// (Node >= 20.19 can require() them), so attw runs with its esm-only profile.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

interface Manifest {
  name: string;
  private?: boolean;
}

/** Files `npm pack` would put in the tarball, relative to the package. */
function packedFiles(dir: string): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    encoding: "utf8",
  });
  const [report] = JSON.parse(out) as [{ files: { path: string }[] }];
  return report.files.map((f) => f.path);
}

function tarballProblems(dir: string): string[] {
  const files = packedFiles(dir);
  const problems: string[] = [];
  for (const required of ["README.md", "LICENSE", "package.json"]) {
    if (!files.includes(required)) problems.push(`the tarball has no ${required}`);
  }
  if (!files.some((f) => f.startsWith("dist/"))) problems.push("the tarball has no dist/");
  const stray = files.filter((f) => /^(src|test)\//.test(f) || f.endsWith(".tsbuildinfo"));
  if (stray.length > 0) problems.push(`the tarball holds ${stray.slice(0, 3).join(", ")}`);
  return problems;
}

let failed = 0;
for (const name of readdirSync(path.join(root, "packages")).sort()) {
  const dir = path.join(root, "packages", name);
  const manifestFile = path.join(dir, "package.json");
  if (!existsSync(manifestFile)) continue;
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  if (manifest.private) continue;
  const checks: [string, () => void][] = [
    [
      "publint",
      () => void execFileSync(bin("publint"), ["--strict", dir], { cwd: root, stdio: "pipe" }),
    ],
    [
      "attw",
      () =>
        void execFileSync(
          bin("attw"),
          ["--pack", dir, "--profile", "esm-only", "--format", "table-flipped"],
          {
            cwd: root,
            stdio: "pipe",
          },
        ),
    ],
    [
      "tarball",
      () => {
        const problems = tarballProblems(dir);
        if (problems.length > 0)
          throw Object.assign(new Error(problems.join("; ")), { stdout: problems.join("\n") });
      },
    ],
  ];
  for (const [tool, check] of checks) {
    try {
      check();
      console.log(`ok    ${tool} packages/${name}`);
    } catch (error) {
      failed++;
      const e = error as { stdout?: unknown; stderr?: unknown; message?: string };
      console.log(
        `FAIL  ${tool} packages/${name}\n${String(e.stdout ?? "")}${String(e.stderr ?? "")}${e.stdout ? "" : (e.message ?? "")}`,
      );
    }
  }
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
