import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { BenchRow, BenchRunner } from "../section.js";

const run = promisify(execFile);

// The last commit whose Dixa spec had 31 operations (the seed slice): the "before" of the comparison.
const BEFORE = "27e9f87";

// Calls valid in both the 31- and the 125-operation Dixa API, path-style and named.
const PATH_CALLS = [
  `c.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: I } } })`,
  `c.GET("/v1/conversations/{conversationId}/messages", { params: { path: { conversationId: I } } })`,
  `c.POST("/v1/conversations/{conversationId}/notes", { params: { path: { conversationId: I } }, body: { message: "m" } })`,
  `c.GET("/v1/conversations/{conversationId}/tags", { params: { path: { conversationId: I } } })`,
  `c.PUT("/v1/conversations/{conversationId}/close", { params: { path: { conversationId: I } }, body: {} })`,
  `c.GET("/v1/conversations/{conversationId}/rating", { params: { path: { conversationId: I } } })`,
  `c.GET("/v1/search/conversations", { params: { query: { query: "q" } } })`,
  `c.GET("/v1/conversations/{conversationId}/notes", { params: { path: { conversationId: I } } })`,
  `c.PUT("/v1/conversations/{conversationId}/reopen", { params: { path: { conversationId: I } }, body: {} })`,
  `c.GET("/v1/conversations/{conversationId}/linked", { params: { path: { conversationId: I } } })`,
];
const NAMED_CALLS = [
  `c.getConversation({ path: { conversationId: I } })`,
  `c.listMessages({ path: { conversationId: I } })`,
  `c.addInternalNote({ path: { conversationId: I }, body: { message: "m" } })`,
  `c.listTags({ path: { conversationId: I } })`,
  `c.closeConversation({ path: { conversationId: I }, body: {} })`,
  `c.getRating({ path: { conversationId: I } })`,
  `c.searchConversations({ query: { query: "q" } })`,
  `c.listInternalNotes({ path: { conversationId: I } })`,
  `c.reopenConversation({ path: { conversationId: I }, body: {} })`,
  `c.listLinkedConversations({ path: { conversationId: I } })`,
];

function consumer(header: string, calls: readonly string[], n: number, misspelt = false): string {
  const lines = Array.from(
    { length: n },
    (_, i) => `  await ${calls[i % calls.length]!.replace(/\bI\b/g, String(i + 1))};`,
  );
  if (misspelt)
    lines.push(
      `  // @ts-expect-error a misspelt path\n  await c.GET("/v1/conversatoins/{conversationId}", { params: { path: { conversationId: 1 } } });`,
    );
  return `${header}\nexport async function main(): Promise<void> {\n${lines.join("\n")}\n}\n`;
}

async function measure(
  dir: string,
  file: string,
): Promise<{ instantiations: number; checkMs: number }> {
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.base.json",
      compilerOptions: { noEmit: true, types: [] },
      files: [file],
    }),
  );
  const tsc = path.join(dir, "..", "node_modules", ".bin", "tsc");
  const { stdout } = await run(tsc, ["-p", dir, "--extendedDiagnostics"]).catch(
    (e: { stdout: string }) => ({ stdout: e.stdout }),
  );
  const number = (label: string) =>
    Number(new RegExp(`${label}:\\s+([\\d.]+)`).exec(stdout)?.[1] ?? Number.NaN);
  return { instantiations: number("Instantiations"), checkMs: number("Check time") * 1000 };
}

/**
 * What type-checking costs a consumer of the Dixa client: tsc instantiations and check time for 1, 10
 * and 50 calls, path-style against the 31-operation API (before) and the 125-operation API (now), and
 * named methods; plus the extra cost of one misspelt path. Growth should follow the calls made, not
 * the size of the spec.
 */
export const typecheck: BenchRunner = async ({ root, quick }) => {
  const dir = mkdtempSync(path.join(root, ".bench-typecheck-"));
  try {
    writeFileSync(
      path.join(dir, "schema31.ts"),
      execFileSync("git", ["show", `${BEFORE}:packages/dixa/src/generated/schema.ts`], {
        cwd: root,
      }),
    );
    const before = `import type { CxkitClient } from "@cxkit/core";\nimport type { paths } from "./schema31.js";\ndeclare const c: CxkitClient<paths>;`;
    const now = `import type { DixaClient } from "@cxkit/dixa";\ndeclare const c: DixaClient;`;
    const variants: Array<[string, string, readonly string[], boolean]> = [
      ["path-style, 31 operations", before, PATH_CALLS, false],
      ["path-style, 125 operations", now, PATH_CALLS, false],
      ["named methods, 125 operations", now, NAMED_CALLS, false],
    ];
    const counts = quick ? [1, 10] : [1, 10, 50];
    const rows: BenchRow[] = [];
    for (const [label, header, calls] of variants) {
      for (const n of counts) {
        const file = `c-${rows.length}.ts`;
        writeFileSync(path.join(dir, file), consumer(header, calls, n));
        const m = await measure(dir, file);
        rows.push({
          label: `${label}, ${n} call${n > 1 ? "s" : ""}`,
          values: { instantiations: m.instantiations, "check ms": m.checkMs },
        });
      }
    }
    for (const [label, header] of [
      ["31 operations", before],
      ["125 operations", now],
    ] as const) {
      const base = `m-${label.slice(0, 3)}-base.ts`;
      const typo = `m-${label.slice(0, 3)}-typo.ts`;
      writeFileSync(path.join(dir, base), consumer(header, PATH_CALLS, 1));
      writeFileSync(path.join(dir, typo), consumer(header, PATH_CALLS, 1, true));
      const a = await measure(dir, base);
      const b = await measure(dir, typo);
      rows.push({
        label: `a misspelt path, ${label} (extra over one valid call)`,
        values: {
          instantiations: b.instantiations - a.instantiations,
          "check ms": b.checkMs - a.checkMs,
        },
      });
    }
    return {
      id: "typecheck",
      title: "Type-check cost of a Dixa consumer (tsc --extendedDiagnostics)",
      columns: ["instantiations", "check ms"],
      rows,
      notes: [
        "Target: grows with the calls made, not with the spec's size; the editor's re-check of a mistyped path under 300 ms.",
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
