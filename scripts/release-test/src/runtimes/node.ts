import { toolBin } from "../paths.js";
import { commandRuntime, type Runtime } from "./runtime.js";

/** The Node versions the packages support: the one running this script (20) and node@24. */
const NODES = [
  { name: "node20", bin: process.execPath },
  { name: "node24", bin: toolBin("node") },
] as const;

/**
 * The consumer as ESM (`import`) on each supported Node, receiving webhooks; on Node 20 it also makes
 * the named calls (a 2xx body, a 404, a per-call timeout).
 */
export function nodeEsmRuntimes(): Runtime[] {
  return NODES.map(({ name, bin }) =>
    commandRuntime(`${name}-esm`, bin, ["consumer.mjs"], {
      api: name === "node20",
      webhooks: true,
    }),
  );
}

/** The consumer as CommonJS (`require()` of an ESM-only package, as Node 20.19+ allows). */
export function nodeCjsRuntimes(): Runtime[] {
  return NODES.map(({ name, bin }) => commandRuntime(`${name}-cjs`, bin, ["consumer.cjs"]));
}
