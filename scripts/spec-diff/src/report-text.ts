import type { Change, DiffResult } from "./diff-context.js";
import { CHANGE_LEVELS } from "./rules.js";

/** The operations (method + path) a component change reaches, at most three then a count. */
export function operationsUsing(
  change: Change,
  quote: (op: string) => string = (op) => op,
): string {
  const ops = [...new Set(change.usedBy.map((p) => p.split(" ").slice(0, 2).join(" ")))];
  if (ops.length === 0) return "";
  const more = ops.length > 3 ? `, +${ops.length - 3} more` : "";
  return `used by ${ops.slice(0, 3).map(quote).join(", ")}${more}`;
}

/**
 * The human-readable report: what was compared with (`against`, a sentence: see Baseline), changes
 * grouped by level, then `<vendor>: <level> (N changes)`.
 */
export function formatText(vendor: string, result: DiffResult, against?: string): string {
  const lines: string[] = [];
  if (against) lines.push(`${vendor}: ${against}`);
  for (const level of CHANGE_LEVELS) {
    const group = result.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    lines.push(`${level}:`);
    for (const c of group) {
      const used = operationsUsing(c);
      lines.push(`  - [${c.kind}] ${c.where}: ${c.detail}${used ? ` (${used})` : ""}`);
    }
  }
  const n = result.changes.length;
  lines.push(`${vendor}: ${result.level} (${n} change${n === 1 ? "" : "s"})`);
  return lines.join("\n");
}
