import { VENDOR_HEADER, type VendorSpec } from "./vendors.js";

/** A consumer's source files, one per way our users load the package. */
export interface ConsumerSources {
  /** Strict TypeScript, type-checked (never run) with nodenext and bundler resolution. */
  readonly "consumer.ts": string;
  /** ESM for Node, Bun and Deno: the base URL is the first command-line argument. */
  readonly "consumer.mjs": string;
  /** CommonJS require() for Node. */
  readonly "consumer.cjs": string;
  /** A module Worker for workerd: its `test()` handler makes the call, the base URL is a binding. */
  readonly "consumer.worker.mjs": string;
  /** A browser module: the base URL is the page's `baseUrl` query parameter. */
  readonly "consumer.browser.mjs": string;
}

/**
 * The call every consumer makes, as statements (using `await`) with `baseUrl` in scope: create the
 * client, call the server, fail unless the answer is the server's reply, then print "ok <vendor>".
 */
function callBody(vendor: string, spec: VendorSpec): string {
  const options = JSON.stringify(spec.options);
  return `const client = ${spec.factory}({ ...${options}, baseUrl, headers: { "${VENDOR_HEADER}": "${vendor}" } });
const { data, error, response } = await ${spec.call};
if (error !== undefined || response.status !== 200) throw new Error("call failed: " + response.status + " " + JSON.stringify(error));
if (JSON.stringify(data) !== ${JSON.stringify(JSON.stringify(spec.reply))}) throw new Error("unexpected data " + JSON.stringify(data));
console.log("ok ${vendor}");`;
}

/** Indent every line of `text` by `spaces`. */
function indent(text: string, spaces: number): string {
  return text.replace(/^/gm, " ".repeat(spaces));
}

/** Every source file of `vendor`'s consumer. */
export function consumerSources(vendor: string, spec: VendorSpec): ConsumerSources {
  const pkg = `@cxkit/${vendor}`;
  const body = callBody(vendor, spec);
  return {
    "consumer.ts": `import { ${spec.factory}, type ${spec.typeName}, ApiError } from "${pkg}";

declare const process: { argv: string[] };
const baseUrl: string = process.argv[2] ?? "http://127.0.0.1:1";
export type Checked = ${spec.typeName};
export const errorClass: typeof ApiError = ApiError;
${body}
`,
    "consumer.mjs": `import { ${spec.factory} } from "${pkg}";
const baseUrl = globalThis.Deno ? Deno.args[0] : process.argv[2];
${body}
`,
    "consumer.cjs": `const { ${spec.factory} } = require("${pkg}");
const baseUrl = process.argv[2];
(async () => {
${body}
})().catch((error) => { console.error(error); process.exit(1); });
`,
    // workerd refuses I/O outside a handler, so the call runs in test(), which `workerd test` invokes.
    "consumer.worker.mjs": `import { ${spec.factory} } from "${pkg}";
export default {
  async test(controller, env) {
    const baseUrl = env.BASE_URL;
${indent(body, 4)}
  },
};
`,
    // The page polls `releaseDone`; a failure is printed to the console, which the runner collects.
    "consumer.browser.mjs": `import { ${spec.factory} } from "${pkg}";
const baseUrl = new URL(location.href).searchParams.get("baseUrl");
(async () => {
${body}
})().then(
  () => { window.releaseDone = "ok"; },
  (error) => { console.error(String(error && error.stack || error)); window.releaseDone = "failed"; },
);
`,
  };
}

/** The consumer's tsconfig for one module resolution: as strict as our strictest users. */
export function consumerTsconfig(resolution: "nodenext" | "bundler"): string {
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
    files: ["consumer.ts"],
  });
}
