import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { timeNode } from "../child-cpu.js";
import { FLOOR_MODULE } from "../floor.js";
import type { BenchRunner, BenchSection } from "../section.js";
import { median } from "../stats.js";

const SCRIPTS: Record<string, string> = {
  "bare openapi-fetch": `import createClient from "openapi-fetch"; createClient({ baseUrl: "https://x" });`,
  "@cxkit/dixa": `import { createDixaClient } from "@cxkit/dixa"; createDixaClient({ apiKey: "k" });`,
  "@cxkit/klaus": `import { createKlausClient } from "@cxkit/klaus"; createKlausClient({ token: "t" });`,
  "@cxkit/haptik": `import { createHaptikClient } from "@cxkit/haptik"; createHaptikClient({ token: "t", clientId: "c", baseUrl: "https://x.haptikapi.com" });`,
  "@cxkit/creovai": `import { createCreovaiClient } from "@cxkit/creovai"; createCreovaiClient({ token: "t", instance: "acme" });`,
  // An app moving data between two tools: the runtime is imported once, whatever the vendors.
  "bare openapi-fetch, two clients": `import createClient from "openapi-fetch"; createClient({ baseUrl: "https://x" }); createClient({ baseUrl: "https://y" });`,
  "@cxkit/dixa + @cxkit/klaus": `import { createDixaClient } from "@cxkit/dixa"; import { createKlausClient } from "@cxkit/klaus"; createDixaClient({ apiKey: "k" }); createKlausClient({ token: "t" });`,
};

/** The row each row is compared with: two clients against two bare clients, the rest against one. */
const BASELINE: Record<string, string> = {
  "@cxkit/dixa + @cxkit/klaus": "bare openapi-fetch, two clients",
};

// Node loads its fetch implementation (undici, ~30 ms here) the first time `globalThis.fetch` is
// read. openapi-fetch's createClient reads it, cxkit's clients only at their first call: timing that
// load in one row and not in the other would compare Node's start-up, not the packages. Every run
// loads it before the clock starts, as any app that makes a request will have.
const FETCH_LOADED = "void globalThis.fetch; void globalThis.Request;";

/**
 * The bytes of JavaScript a script's imports load: each package's entry file as Node resolves it
 * (every one of them is a single file that imports nothing), so the size V8 has to compile.
 */
function bytesLoaded(code: string): number {
  let bytes = 0;
  for (const [, specifier] of code.matchAll(/from "([^"]+)"/g)) {
    bytes += statSync(fileURLToPath(import.meta.resolve(specifier!))).size;
  }
  return bytes;
}

/**
 * Time to import a package and create a client, in a fresh Node process each time (median of runs):
 * wall time inside the process, and the whole process's CPU time (Node's own start-up included, the
 * same for every row), which a busy machine disturbs less. Runs are interleaved across rows.
 */
export const importTime: BenchRunner = async ({ root, quick }) => {
  const runs = quick ? 3 : 11;
  // The runtime floor as one file, bundled for Node the way each vendor's node.js is (not minified).
  const dir = mkdtempSync(path.join(tmpdir(), "cxkit-bench-floor-"));
  const floor = path.join(dir, "floor.js");
  await build({
    stdin: { contents: FLOOR_MODULE, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    outfile: floor,
    logLevel: "silent",
  });
  const scripts: Record<string, string> = {
    ...SCRIPTS,
    "runtime floor: @cxkit/core + auth, one operation": `import { createFloorClient } from "${pathToFileURL(floor).href}"; createFloorClient({ apiKey: "k" });`,
  };
  try {
    return await measure(scripts, root, runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

async function measure(
  scripts: Record<string, string>,
  root: string,
  runs: number,
): Promise<BenchSection> {
  const entries = Object.entries(scripts);
  const wall = new Map<string, number[]>();
  const importOnly = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const push = (into: Map<string, number[]>, label: string, value: number) =>
    into.set(label, [...(into.get(label) ?? []), value]);
  for (let i = 0; i < runs; i++) {
    for (const [label, code] of entries) {
      // The clock is read again between the import and the create: "t0 t1 t2" on stdout.
      const imported = code
        .replace(
          /^((?:import .+? from "[^"]+"; )+)/,
          (imports: string) =>
            `${imports.replace(/import (.+?) from ("[^"]+");/g, "const $1 = await import($2);")}const t1 = performance.now(); `,
        )
        .replace(/const createClient =/, "const { default: createClient } =");
      const timed = `${FETCH_LOADED} const t0 = performance.now(); ${imported} process.stdout.write([t0, t1, performance.now()].join(" "));`;
      const t = await timeNode(["--input-type=module", "-e", timed], { cwd: root });
      const [t0, t1, t2] = t.stdout.trim().split(" ").map(Number) as [number, number, number];
      push(wall, label, t2 - t0);
      push(importOnly, label, t1 - t0);
      push(cpu, label, t.cpuMs);
    }
  }
  const rows = entries.map(([label]) => {
    const baseline = BASELINE[label] ?? "bare openapi-fetch";
    const bareWall = median(wall.get(baseline)!);
    const bareCpu = median(cpu.get(baseline)!);
    const ms = median(wall.get(label)!);
    const cpuMs = median(cpu.get(label)!);
    return {
      label,
      values: {
        "import + create ms": ms,
        "× bare": ms / bareWall,
        "of which import ms": median(importOnly.get(label)!),
        "process CPU ms": cpuMs,
        "CPU over bare ms": cpuMs - bareCpu,
        "JS bytes loaded": bytesLoaded(scripts[label]!),
      },
    };
  });
  return {
    id: "import-time",
    title: `Import + create a client (fresh Node process per run, median of ${runs})`,
    columns: [
      "import + create ms",
      "× bare",
      "of which import ms",
      "process CPU ms",
      "CPU over bare ms",
      "JS bytes loaded",
    ],
    rows,
    notes: [
      "Target: ≤ 1.5× bare openapi-fetch. Two vendors are compared with two bare clients.",
      "Node's fetch (undici) is loaded before the clock starts in every row (see FETCH_LOADED).",
      "Runtime floor: core's factory with a one-operation descriptor, bundled into one file; no vendor package.",
      "JS bytes loaded: the entry files Node resolves (each a single file): what V8 compiles before anything runs.",
    ],
  };
}
