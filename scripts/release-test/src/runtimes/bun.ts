import { toolBin } from "../paths.js";
import { commandRuntime, type Runtime } from "./runtime.js";

/** The consumer as ESM on Bun (from the bun package of the tools project), receiving webhooks. */
export function bunRuntime(): Runtime {
  return commandRuntime("bun-esm", toolBin("bun"), ["consumer.mjs"], { webhooks: true });
}
