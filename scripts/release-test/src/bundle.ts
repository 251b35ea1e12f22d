import path from "node:path";
import { runAsync } from "./exec.js";
import { toolBin } from "./paths.js";

/** Where a bundle runs, which decides the package.json `exports` conditions esbuild resolves. */
export type BundleTarget = "workerd" | "browser";

/**
 * Bundle `entry` (in `dir`, resolving the consumer's node_modules) into one ES module at `outfile`, as
 * a user's bundler does for Cloudflare Workers (wrangler uses esbuild with the `workerd` and `worker`
 * conditions) or for a web page. Both are the browser platform: no Node built-ins are available.
 */
export async function bundle(
  dir: string,
  entry: string,
  outfile: string,
  target: BundleTarget,
): Promise<void> {
  const conditions = target === "workerd" ? ["--conditions=workerd,worker,browser"] : [];
  await runAsync(
    toolBin("esbuild"),
    [
      entry,
      "--bundle",
      "--format=esm",
      "--platform=browser",
      "--target=es2022",
      ...conditions,
      `--outfile=${path.resolve(dir, outfile)}`,
      "--log-level=warning",
    ],
    { cwd: dir, timeout: 60_000, encoding: "utf8" },
  );
}
