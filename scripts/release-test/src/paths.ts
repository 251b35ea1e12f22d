import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repo's root: this file runs from scripts/release-test/dist/. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/**
 * The release test's tools project (Verdaccio, node@24, Bun, Deno, esbuild, workerd, playwright-core).
 * It is not a workspace: node@24's `node` bin would shadow the Node that runs the repo's scripts.
 */
export const tools = path.join(root, "release-test");

/** A binary installed by the tools project. */
export function toolBin(name: string): string {
  return path.join(tools, "node_modules", ".bin", name);
}

/** The repo's TypeScript compiler, which type-checks the consumers. */
export const tsc = path.join(root, "node_modules", ".bin", "tsc");
