import { RULES, type Rule } from "./rules.js";

/** The line before the generated rule table in README.md. */
export const RULES_START =
  "<!-- rules:start: generated from src/rules.ts by `npm run spec:diff -- --rules-readme`, do not edit -->";

/** The line after it. */
export const RULES_END = "<!-- rules:end -->";

/** A rule's level as the table shows it: `major`, or `request: major, response: minor`. */
function levelText(level: Rule["level"]): string {
  if (typeof level === "string") return level;
  return Object.entries(level)
    .map(([when, l]) => `${when}: ${l}`)
    .join(", ");
}

/** A Markdown table cell: pipes escaped. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/**
 * The rule table, one row per RULES entry in its order, padded the way prettier aligns Markdown tables
 * (so `prettier --check` and the staleness test agree on one text).
 */
export function rulesTable(): string {
  const rows = Object.entries(RULES).map(([kind, rule]: [string, Rule]) => [
    cell(`\`${kind}\``),
    cell(levelText(rule.level)),
    cell(rule.doc),
  ]);
  const header = ["rule", "level", "what it means"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * README text with the rule table between the markers replaced by the current one. A README without
 * both markers is an error: the table has nowhere to go.
 */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start)
    throw new Error(
      `[@cxkit-tools/spec-diff] README.md: no ${RULES_START} ... ${RULES_END} markers`,
    );
  const before = readme.slice(0, start + RULES_START.length);
  return `${before}\n\n${rulesTable()}\n\n${readme.slice(end)}`;
}
