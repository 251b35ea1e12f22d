import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** The repo root: the nearest directory at or above `from` that has specs/cxkit.schema.json. */
export function findRoot(from: string = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "specs", "cxkit.schema.json"))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`no repo root (specs/cxkit.schema.json) at or above ${from}`);
    }
  }
}

/** Vendors with a cxkit.json under `root`/specs. */
export function listVendors(root: string): string[] {
  return readdirSync(path.join(root, "specs"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, "specs", e.name, "cxkit.json")))
    .map((e) => e.name)
    .sort();
}
