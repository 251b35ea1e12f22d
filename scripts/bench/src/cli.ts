#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only <id,id>] [-- --json <file>]
// Measures and prints; asserts nothing (a benchmark never fails on a number). Writes every figure as
// JSON (default bench-results.json in the repo root) so CI can keep it as an artifact.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { findRoot } from "@cxkit-tools/codegen";
import { formatSection, type BenchRunner, type BenchSection } from "./section.js";
import { packageSizes } from "./sections/package-sizes.js";
import { throughput } from "./sections/throughput.js";
import { bundle } from "./sections/bundle.js";
import { importTime } from "./sections/import-time.js";
import { limiter } from "./sections/limiter.js";
import { overhead } from "./sections/overhead.js";
import { typecheck } from "./sections/typecheck.js";
import { soakBench } from "./sections/soak.js";
import { buildBench } from "./sections/build.js";
import { redisLimits } from "./sections/redis-limits.js";

/** Every section, in print order. */
const SECTIONS: Record<string, BenchRunner> = {
  throughput,
  overhead,
  limiter,
  bundle,
  "import-time": importTime,
  typecheck,
  soak: soakBench,
  build: buildBench,
  "package-sizes": packageSizes,
  "redis-limits": redisLimits,
};

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const root = findRoot();
  const quick = args.includes("--quick");
  const only = flag(args, "--only")?.split(",");
  const out = flag(args, "--json") ?? path.join(root, "bench-results.json");
  const results: BenchSection[] = [];
  const gc = typeof (globalThis as { gc?: unknown }).gc === "function";
  console.log(
    `# npm run bench (Node ${process.version}${quick ? ", quick" : ""}${gc ? "" : "; without --expose-gc, so no collection between cases"})`,
  );
  for (const [id, run] of Object.entries(SECTIONS)) {
    if (only && !only.includes(id)) continue;
    try {
      const section = await run({ root, quick });
      results.push(section);
      console.log(formatSection(section));
    } catch (error) {
      console.log(
        `\n## ${id}: could not be measured: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  writeFileSync(
    out,
    `${JSON.stringify({ node: process.version, date: new Date().toISOString(), sections: results }, null, 2)}\n`,
  );
  console.log(`\nfigures written to ${path.relative(process.cwd(), out) || out}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
