import { createHash } from "node:crypto";
import type { DiffResult } from "./diff-context.js";
import { canonical } from "./json.js";
import { operationsUsing } from "./report-text.js";
import { CHANGE_LEVELS } from "./rules.js";

/** A changeset for the vendor's package: frontmatter with the level, the changes as its text. */
export function changesetText(packageName: string, vendor: string, result: DiffResult): string {
  // The title counts by level; no git ref in it, since "HEAD" means nothing once committed.
  const counts = CHANGE_LEVELS.map((level) => ({
    level,
    n: result.changes.filter((c) => c.level === level).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ level, n }) => `${n} ${level}`)
    .join(", ");
  const lines = [
    "---",
    `${JSON.stringify(packageName)}: ${result.level}`,
    "---",
    "",
    `Spec changes in \`specs/${vendor}/openapi.yaml\` (${counts}):`,
  ];
  for (const level of CHANGE_LEVELS) {
    const group = result.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    lines.push("", `${level[0]?.toUpperCase()}${level.slice(1)}:`, "");
    for (const c of group) {
      const used = operationsUsing(c, (op) => `\`${op}\``);
      // Details quote spec text (patterns, enum values): escaped so Markdown shows it as written.
      const detail = c.detail.replace(/[\\`*_[\]<]/g, "\\$&");
      lines.push(`- \`${c.where}\`: ${detail} (${c.kind}${used ? `; ${used}` : ""})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The changeset's file name, after the changes: running again for the same edit rewrites the same file. */
export function changesetFileName(vendor: string, result: DiffResult): string {
  const hash = createHash("sha256").update(canonical(result)).digest("hex").slice(0, 8);
  return `${vendor}-spec-${hash}.md`;
}
