import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { BenchRunner } from "../section.js";
import { median } from "../stats.js";

const run = promisify(execFile);

const SCRIPTS = {
  "bare openapi-fetch": `import createClient from "openapi-fetch"; createClient({ baseUrl: "https://x" });`,
  "@cxkit/dixa": `import { createDixaClient } from "@cxkit/dixa"; createDixaClient({ apiKey: "k" });`,
  "@cxkit/klaus": `import { createKlausClient } from "@cxkit/klaus"; createKlausClient({ token: "t" });`,
};

/** Time to import a package and create a client, in a fresh Node process each time (median of runs). */
export const importTime: BenchRunner = async ({ root, quick }) => {
  const runs = quick ? 3 : 9;
  const rows = [];
  let bare = 0;
  for (const [label, code] of Object.entries(SCRIPTS)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const timed = `const t0 = performance.now(); ${code.replace(/^import (.+?) from ("[^"]+");/, "const $1 = await import($2);").replace(/const createClient =/, "const { default: createClient } =")} process.stdout.write(String(performance.now() - t0));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", timed], {
        cwd: root,
      });
      times.push(Number(stdout));
    }
    const ms = median(times);
    if (label === "bare openapi-fetch") bare = ms;
    rows.push({ label, values: { "import + create ms": ms, "× bare": ms / bare } });
  }
  return {
    id: "import-time",
    title: "Import + create a client (fresh Node process per run)",
    columns: ["import + create ms", "× bare"],
    rows,
    notes: ["Target: ≤ 1.5× bare openapi-fetch."],
  };
};
