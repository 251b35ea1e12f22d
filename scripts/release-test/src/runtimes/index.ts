import type { ChromiumResult } from "../chromium.js";
import { browserRuntime } from "./browser.js";
import { bunRuntime } from "./bun.js";
import { denoRuntime } from "./deno.js";
import { nodeCjsRuntimes, nodeEsmRuntimes } from "./node.js";
import type { TestingKit } from "../testing-kit.js";
import type { Runtime } from "./runtime.js";
import { workerdRuntime } from "./workerd.js";

export { checkRuntime } from "./check.js";
export type { Runtime } from "./runtime.js";

/**
 * Every runtime each consumer runs in, in the order of the output: ESM on Node 20, Node 24, Bun and
 * Deno, CommonJS on both Nodes, then the bundled consumer on workerd and in Chromium.
 */
export function allRuntimes(
  chromium: Promise<ChromiumResult>,
  kit: TestingKit | undefined,
): Runtime[] {
  return [
    ...nodeEsmRuntimes(),
    bunRuntime(),
    denoRuntime(),
    ...nodeCjsRuntimes(),
    workerdRuntime(),
    browserRuntime(chromium, kit),
  ];
}
