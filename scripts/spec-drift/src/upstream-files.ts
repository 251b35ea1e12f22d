import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The path of `shared/upstream-specs/<file>` beside the repository: `from` and each of its ancestors
 * are tried, so it is found from the main checkout (`../shared`) and from a worktree nested a level
 * deeper. When there is none, the path it would have beside `from`'s parent (for the error message).
 */
export function findUpstreamFile(file: string, from: string): string {
  const relative = path.join("shared", "upstream-specs", file);
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(from, "..", relative);
}
