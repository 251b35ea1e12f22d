import type { ChromiumResult } from "../chromium.js";
import { browserRuntime } from "./browser.js";
import { bunRuntime } from "./bun.js";
import { denoRuntime } from "./deno.js";
import { nodeCjsRuntimes, nodeEsmRuntimes } from "./node.js";
import type { Runtime } from "./runtime.js";
import { workerdRuntime } from "./workerd.js";

export { checkRuntime, type Runtime } from "./runtime.js";

/**
 * Every runtime each consumer runs in, in the order of the output: ESM on Node 20, Node 24, Bun and
 * Deno, CommonJS on both Nodes, then the bundled consumer on workerd and in Chromium.
 */
export function allRuntimes(chromium: Promise<ChromiumResult>): Runtime[] {
  return [
    ...nodeEsmRuntimes(),
    bunRuntime(),
    denoRuntime(),
    ...nodeCjsRuntimes(),
    workerdRuntime(),
    browserRuntime(chromium),
  ];
}
