#!/usr/bin/env node
// The spec:drift entry point: `npm run spec:drift -- <vendor> <description...> [--json]` (see --help).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "./main.js";

// dist/cli.js sits in scripts/spec-drift/dist: the repository is three levels up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    root,
    // `npm run` starts scripts in the repository root: relative paths are taken from where npm ran.
    cwd: process.env["INIT_CWD"] ?? process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
