import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import ts from "typescript";
import { FLOOR_MODULE } from "../floor.js";
import type { BenchRow, BenchRunner } from "../section.js";

interface App {
  label: string;
  code: string;
  /**
   * Modules of @cxkit/core's source replaced by empty ones (the app is then bundled from core's
   * source): what a client without those features would ship, to weigh a design that drops them.
   */
  without?: (keyof typeof EMPTY_MODULES)[];
}

// The runtime floor's module with a call made on it, as an app would.
const ONE_OPERATION = `${FLOOR_MODULE}
  createFloorClient({ apiKey: "k", rateLimit: false }).getConversation({ path: { conversationId: 1 } }).then(console.log);`;

// Empty stand-ins with the same exports, for `without`.
const EMPTY_MODULES = {
  "middleware.ts": `export async function runOnRequest() {} export async function runOnResponse() {} export async function runOnError() {} export function checkMiddleware() { return false; }`,
  "rate-limit.ts": `export function isLimiter() { return false; } export function checkRateLimitOptions() {} export class RateLimiter {}`,
  "encode-body.ts": `export function toFormData() {} export function toFormUrlEncoded() {} export const encodeForm = undefined; export function encodeBody() {}`,
  "log.ts": `export function emitLog() {} export function callHook() {}`,
};

/** Bundles @cxkit/core from its source with the `without` modules emptied. */
function emptied(root: string, without: readonly (keyof typeof EMPTY_MODULES)[]): Plugin {
  const src = path.join(root, "packages/core/src");
  return {
    name: "cxkit-bench-empty-modules",
    setup(b) {
      b.onResolve({ filter: /^@cxkit\/core\/internal$/ }, () => ({
        path: path.join(src, "internal.ts"),
      }));
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const name = path.basename(args.path) as keyof typeof EMPTY_MODULES;
        if (path.dirname(args.path) !== src || !without.includes(name)) return undefined;
        return { contents: EMPTY_MODULES[name], loader: "ts" };
      });
    },
  };
}

// One-call and five-call apps per vendor, as a user writes them; bare openapi-fetch for scale.
const APPS: App[] = [
  {
    label: "bare openapi-fetch, one call",
    code: `import createClient from "openapi-fetch"; const c = createClient({ baseUrl: "https://dev.dixa.io", headers: { authorization: "k" } }); c.GET("/v1/conversations/{id}", { params: { path: { id: 1 } } }).then(console.log);`,
  },
  {
    label: "@cxkit/dixa, one call",
    code: `import { createDixaClient } from "@cxkit/dixa"; const c = createDixaClient({ apiKey: "k", rateLimit: false }); c.getConversation({ path: { conversationId: 1 } }).then(console.log);`,
  },
  {
    label: "@cxkit/dixa, one call, default limiter",
    code: `import { createDixaClient } from "@cxkit/dixa"; const c = createDixaClient({ apiKey: "k" }); c.getConversation({ path: { conversationId: 1 } }).then(console.log);`,
  },
  {
    label: "@cxkit/dixa, five calls + paginate",
    code: `import { createDixaClient, paginate } from "@cxkit/dixa"; const c = createDixaClient({ apiKey: "k", rateLimit: false });
      await c.getConversation({ path: { conversationId: 1 } }); await c.listMessages({ path: { conversationId: 1 } });
      await c.addInternalNote({ path: { conversationId: 1 }, body: { message: "x" } }); await c.listQueues();
      await c.GET("/v1/tags"); for await (const a of paginate(c, "/v1/agents")) console.log(a);`,
  },
  {
    label: "@cxkit/klaus, one call",
    code: `import { createKlausClient } from "@cxkit/klaus"; const c = createKlausClient({ token: "t", rateLimit: false }); c.sendCsatEvent({ path: { connectionId: "c" }, body: { ticket_id: "1", csat: { score: 1 } } }).then(console.log);`,
  },
  {
    label: "@cxkit/klaus, five calls",
    code: `import { createKlausClient } from "@cxkit/klaus"; const c = createKlausClient({ token: "t", subdomain: "acme", rateLimit: false });
      await c.sendCsatEvent({ path: { connectionId: "c" }, body: { ticket_id: "1", csat: { score: 1 } } }); await c.listWorkspaces();
      await c.listScorecards({ path: { workspace: 1 } }); await c.getQuizOverview({ path: { id: "q" } });
      console.log(await c.GET("/api/export/users"));`,
  },
  {
    label: "@cxkit/haptik, one call",
    code: `import { createHaptikClient } from "@cxkit/haptik"; const c = createHaptikClient({ token: "t", clientId: "c", baseUrl: "https://x.haptikapi.com", rateLimit: false }); c.GET("/integration/external/v2.0/get_chat_history/", { params: { query: { pxut: "p", conversation_no: 1 } } }).then(console.log);`,
  },
  {
    label: "@cxkit/haptik, five calls",
    code: `import { createHaptikClient } from "@cxkit/haptik"; const c = createHaptikClient({ token: "t", clientId: "c", baseUrl: "https://x.haptikapi.com", rateLimit: false });
      await c.getChatHistory({ query: { pxut: "p", conversation_no: 1 } }); await c.sendChatToAgent({ body: { user_id: "u" } });
      await c.getFaqTaskStatus({ path: { taskId: "t" } }); await c.enableWebhook({ body: { url: "https://x" } });
      console.log(await c.POST("/integration/external/v2.0/send_chat_to_agent/", { body: { user_id: "u" } }));`,
  },
  {
    label: "@cxkit/creovai, one call",
    code: `import { createCreovaiClient } from "@cxkit/creovai"; const c = createCreovaiClient({ token: "t", instance: "acme" }); c.POST("/chatCapture/v1", { body: { SessionId: "s", UtcStart: "2024-01-01T00:00:00Z", UtcEnd: "2024-01-01T00:01:00Z", Contacts: [] } } as never).then(console.log);`,
  },
  {
    label: "@cxkit/creovai, five calls",
    code: `import { createCreovaiClient } from "@cxkit/creovai"; const c = createCreovaiClient({ token: "t", instance: "acme" });
      await c.uploadChat({ body: { SessionId: "s" } }); await c.getCallStatus({ path: { sessionId: "s" } });
      await c.getInteraction({ path: { id: "i" } }); await c.listCategories();
      console.log(await c.GET("/processing/v2/customFields"));`,
  },
  {
    label: "runtime floor: @cxkit/core + auth, one operation",
    code: ONE_OPERATION,
  },
  {
    label: "the same without limiter, middleware, form encoders, logging",
    code: ONE_OPERATION,
    without: ["rate-limit.ts", "middleware.ts", "encode-body.ts", "log.ts"],
  },
  {
    label: "@cxkit/dixa, webhook receiver only",
    code: `import { createDixaWebhookHandler } from "@cxkit/dixa"; export default { fetch: createDixaWebhookHandler({ secretKey: "00", on: {} }) };`,
  },
];

/** The source spans of every string literal and template text in `code`, parsed by TypeScript. */
function literalSpans(code: string): [number, number][] {
  const file = ts.createSourceFile(
    "bundle.js",
    code,
    ts.ScriptTarget.ES2022,
    false,
    ts.ScriptKind.JS,
  );
  const spans: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      spans.push([node.getStart(file), node.getEnd()]);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * The share of `code` that is string literals and template text (error messages, the operations
 * table's rows), and its gzipped size with each of them emptied.
 */
function literals(code: string): { share: number; gzWithout: number } {
  const spans = literalSpans(code);
  let bytes = 0;
  let without = "";
  let at = 0;
  for (const [start, end] of spans) {
    bytes += end - start;
    // Keep the delimiters a template part needs (`…${, }…${, }…`) so the code stays the same shape.
    const part = code.slice(start, end);
    const open = part.startsWith("}") ? "}" : part[0];
    const close = part.endsWith("${") ? "${" : part.at(-1);
    without += code.slice(at, start) + open + close;
    at = end;
  }
  without += code.slice(at);
  return { share: bytes / code.length, gzWithout: gzipSync(without).length };
}

/** The minified + gzipped size of what each app ships, bundled for the browser by esbuild. */
export const bundle: BenchRunner = async ({ root }) => {
  const rows: BenchRow[] = [];
  const inputs: Record<string, Record<string, number>> = {};
  for (const app of APPS) {
    const result = await build({
      stdin: { contents: app.code, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
      plugins: app.without ? [emptied(root, app.without)] : [],
    });
    const output = result.outputFiles[0]!.contents;
    const byInput = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {};
    inputs[app.label] = Object.fromEntries(
      Object.entries(byInput)
        .filter(([, v]) => v.bytesInOutput > 0)
        .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
        .map(([file, v]) => [file.replace(/^.*?(packages|node_modules)\//, ""), v.bytesInOutput]),
    );
    const biggest = Object.entries(byInput).sort(
      (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
    )[0];
    const text = new TextDecoder().decode(output);
    const { share, gzWithout } = literals(text);
    rows.push({
      label: app.label,
      values: {
        "min bytes": output.length,
        "min+gz bytes": gzipSync(output).length,
        "strings % of min": Math.round(share * 100),
        "min+gz without strings": gzWithout,
        "largest input": biggest
          ? `${biggest[0].split("/").slice(-2).join("/")} ${biggest[1].bytesInOutput}`
          : "",
      },
    });
  }
  return {
    id: "bundle",
    title: "What an app ships (esbuild --bundle --minify, browser, ES2022)",
    columns: [
      "min bytes",
      "min+gz bytes",
      "strings % of min",
      "min+gz without strings",
      "largest input",
    ],
    rows,
    notes: [
      "Target: a one-call app per vendor ≤ 6 KB min+gz (moonshot 4.5 KB).",
      "Each app's inputs (minified bytes per module) are in the JSON artifact.",
      "Strings: string literals and template text (error messages, the operations table's rows), found by TypeScript's parser; without them: each emptied.",
      "Runtime floor: core's factory with a one-operation descriptor, no vendor package; the row under it empties those core modules (bundled from source), to weigh a design without them.",
    ],
    details: { inputs },
  };
};
