import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A set of generated files, and the directory the generator owns for them (stale files in it are drift). */
export interface OutputSet {
  /** Repo-relative directory the generator owns, if any. */
  ownedDir?: string;
  /** Repo-relative path -> content. */
  files: Record<string, string>;
  /** What the files come from, for messages. */
  source: string;
}

/** What writing (or checking) did: one line per file that differed. */
export interface WriteReport {
  written: string[];
  drift: string[];
}

/**
 * Write output sets under `root`, or with `check` only compare: a file whose content differs, a missing
 * one, or a file in an owned directory the generator no longer produces is drift.
 */
export function writeOutputs(
  root: string,
  sets: readonly OutputSet[],
  check: boolean,
): WriteReport {
  const report: WriteReport = { written: [], drift: [] };
  for (const set of sets) {
    if (set.ownedDir && existsSync(path.join(root, set.ownedDir))) {
      for (const name of readdirSync(path.join(root, set.ownedDir))) {
        const rel = path.posix.join(set.ownedDir, name);
        if (rel in set.files) continue;
        if (check) report.drift.push(`${rel} is not produced by the generator`);
        else {
          rmSync(path.join(root, rel), { recursive: true });
          report.written.push(`removed ${rel}`);
        }
      }
    }
    for (const [rel, content] of Object.entries(set.files)) {
      const file = path.join(root, rel);
      const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      if (current === content) continue;
      if (check) report.drift.push(`${rel} differs from what ${set.source} produces`);
      else {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
        report.written.push(`wrote ${rel}`);
      }
    }
  }
  return report;
}
