import { timeNode } from "../child-cpu.js";
import type { BenchRunner } from "../section.js";
import { median } from "../stats.js";

const SCRIPTS = {
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
 * Time to import a package and create a client, in a fresh Node process each time (median of runs):
 * wall time inside the process, and the whole process's CPU time (Node's own start-up included, the
 * same for every row), which a busy machine disturbs less. Runs are interleaved across rows.
 */
export const importTime: BenchRunner = async ({ root, quick }) => {
  const runs = quick ? 3 : 11;
  const entries = Object.entries(SCRIPTS);
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
    ],
    rows,
    notes: [
      "Target: ≤ 1.5× bare openapi-fetch. Two vendors are compared with two bare clients.",
      "Node's fetch (undici) is loaded before the clock starts in every row (see FETCH_LOADED).",
    ],
  };
};
