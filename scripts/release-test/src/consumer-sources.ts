import { apiSource } from "./consumer-api-source.js";
import {
  typeTestSources,
  TYPE_TESTS,
  UNGUARDED,
  type ExpectedError,
} from "./consumer-type-tests-source.js";
import { webhooksSource } from "./consumer-webhooks-source.js";
import { REPORT_FUNCTION } from "./reports.js";
import { typeTestsFor } from "./type-cases.js";
import type { NamedCall } from "./vendor-calls.js";
import { VENDOR_HEADER, type VendorSpec } from "./vendors.js";

/** The TypeScript modules that consumers also run, transpiled by esbuild to `<name>.mjs`. */
export const TRANSPILED = ["api.ts", "webhooks.ts"] as const;

/** The module the release test writes before each run: the webhook deliveries, freshly signed. */
export const DELIVERIES = "deliveries.mjs";

/** A consumer's source files (by name) and where its unguarded type tests must fail. */
export interface ConsumerSources {
  readonly files: Readonly<Record<string, string>>;
  readonly expectedErrors: readonly ExpectedError[];
}

/**
 * The call every consumer makes, as statements (using `await`) with `baseUrl` in scope: create the
 * client, call the server, fail unless the answer is the server's reply.
 */
function callBody(vendor: string, spec: VendorSpec): string {
  const options = JSON.stringify(spec.options);
  return `const client = ${spec.factory}({ ...${options}, baseUrl, headers: { "${VENDOR_HEADER}": "${vendor}" } });
const { data, error, response } = await ${spec.call};
if (error !== undefined || response.status !== 200) throw new Error("call failed: " + response.status + " " + JSON.stringify(error));
if (JSON.stringify(data) !== ${JSON.stringify(JSON.stringify(spec.reply))}) throw new Error("unexpected data " + JSON.stringify(data));`;
}

/** Indent every line of `text` by `spaces`. */
function indent(text: string, spaces: number): string {
  return text.replace(/^/gm, " ".repeat(spaces));
}

/** The reporting parts of a JavaScript consumer, as statements with `baseUrl` in scope. */
function parts(vendor: string, spec: VendorSpec, extra: readonly string[]): string {
  return [
    REPORT_FUNCTION,
    `await report("call", async () => {\n${indent(callBody(vendor, spec), 2)}\n  return "ok";\n});`,
    ...extra,
  ].join("\n");
}

/** Imports and reports of the webhook receiver, for a vendor that has one. */
function webhookParts(hasWebhooks: boolean): { imports: string; report: string[] } {
  if (!hasWebhooks) return { imports: "", report: [] };
  return {
    imports: `import { receiveAll } from "./webhooks.mjs";\nimport deliveries from "./${DELIVERIES}";\n`,
    report: [`await report("webhooks", () => receiveAll(deliveries));`],
  };
}

/** Every source file of `vendor`'s consumer. */
export function consumerSources(
  vendor: string,
  spec: VendorSpec,
  named: NamedCall,
): ConsumerSources {
  const pkg = `@cxkit/${vendor}`;
  const webhooks = webhooksSource(vendor);
  const hooks = webhookParts(webhooks !== undefined);
  const types = typeTestSources(vendor, spec, typeTestsFor(vendor));
  const files: Record<string, string> = {
    // Strict TypeScript, type-checked (never run) with nodenext and bundler resolution.
    "consumer.ts": `import { ${spec.factory}, type ${spec.typeName}, ApiError } from "${pkg}";

declare const process: { argv: string[] };
const baseUrl: string = process.argv[2] ?? "http://127.0.0.1:1";
export type Checked = ${spec.typeName};
export const errorClass: typeof ApiError = ApiError;
${callBody(vendor, spec)}
`,
    "api.ts": apiSource(vendor, spec, named),
    [TYPE_TESTS]: types.guarded,
    [UNGUARDED]: types.unguarded,
    // ESM for Node, Bun and Deno: the base URL is the first argument; `--api` adds the named calls.
    "consumer.mjs": `import { ${spec.factory} } from "${pkg}";
import { callNamed } from "./api.mjs";
${hooks.imports}const args = globalThis.Deno ? Deno.args : process.argv.slice(2);
const baseUrl = args[0];
${parts(vendor, spec, [
  `if (args.includes("--api")) await report("api", () => callNamed(baseUrl, true));`,
  ...hooks.report,
])}
`,
    // CommonJS require() for Node.
    "consumer.cjs": `const { ${spec.factory} } = require("${pkg}");
const baseUrl = process.argv[2];
(async () => {
${indent(parts(vendor, spec, []), 2)}
})();
`,
    // workerd refuses I/O outside a handler, so the run is in test(), which `workerd test` invokes.
    "consumer.worker.mjs": `import { ${spec.factory} } from "${pkg}";
${hooks.imports}export default {
  async test(controller, env) {
    const baseUrl = env.BASE_URL;
${indent(parts(vendor, spec, hooks.report), 4)}
  },
};
`,
    // The page polls `releaseDone`; the reports go to the console, which the runner collects.
    "consumer.browser.mjs": `import { ${spec.factory} } from "${pkg}";
import { callNamed } from "./api.mjs";
${hooks.imports}const query = new URL(location.href).searchParams;
const baseUrl = query.get("baseUrl");
(async () => {
${indent(parts(vendor, spec, [`await report("mock", () => callNamed(query.get("mockUrl"), false));`, ...hooks.report]), 2)}
})().then(() => { window.releaseDone = "ok"; });
`,
  };
  if (webhooks !== undefined) files["webhooks.ts"] = webhooks;
  return { files, expectedErrors: types.expected };
}

/** The consumer's tsconfig for one module resolution: as strict as our strictest users. */
export function consumerTsconfig(
  resolution: "nodenext" | "bundler",
  files: readonly string[],
): string {
  const nodenext = resolution === "nodenext";
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      module: nodenext ? "NodeNext" : "ESNext",
      moduleResolution: nodenext ? "NodeNext" : "Bundler",
      types: [],
      skipLibCheck: false,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
    },
    files,
  });
}
