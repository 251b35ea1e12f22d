import { bunRuntime } from "./bun.js";
import { denoRuntime } from "./deno.js";
import { nodeCjsRuntimes, nodeEsmRuntimes } from "./node.js";
import type { Runtime } from "./runtime.js";

export { checkRuntime, type Runtime } from "./runtime.js";

/**
 * Every runtime each consumer runs in, in the order of the output: ESM on Node 20, Node 24, Bun and
 * Deno, then CommonJS on both Nodes.
 */
export function allRuntimes(): Runtime[] {
  return [...nodeEsmRuntimes(), bunRuntime(), denoRuntime(), ...nodeCjsRuntimes()];
}
