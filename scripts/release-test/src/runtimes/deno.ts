import { toolBin } from "../paths.js";
import { commandRuntime, type Runtime } from "./runtime.js";

/**
 * The consumer as ESM on Deno, resolving `@cxkit/*` from the project's node_modules as Deno does for a
 * project with a package.json. Only the permissions a client needs: the network, reading its modules,
 * and the environment.
 */
export function denoRuntime(): Runtime {
  return commandRuntime(
    "deno-esm",
    toolBin("deno"),
    ["run", "--allow-net", "--allow-read", "--allow-env", "consumer.mjs"],
    { webhooks: true },
  );
}
