#!/usr/bin/env node
// Package hygiene for every published package: publint (strict) and arethetypeswrong.
// The packages are ESM only (Node >= 20.19 can require() them), so attw runs with its esm-only profile,
// which skips the CommonJS-only resolution modes.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
let failed = 0;
for (const name of readdirSync(path.join(root, "packages")).sort()) {
  const dir = path.join(root, "packages", name);
  const manifest = path.join(dir, "package.json");
  if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, "utf8")).private) continue;
  for (const [tool, args] of [
    ["publint", ["--strict", dir]],
    ["attw", ["--pack", dir, "--profile", "esm-only", "--format", "table-flipped"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: root, stdio: "pipe" });
      console.log(`ok    ${tool} packages/${name}`);
    } catch (error) {
      failed++;
      console.log(`FAIL  ${tool} packages/${name}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
if (failed > 0) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
