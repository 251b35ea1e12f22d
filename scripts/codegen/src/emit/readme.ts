import type { OpenApiDocument } from "@cxkit-tools/openapi";
import type { OperationRow, VendorModel } from "../model/types.js";

export const README_START =
  "<!-- operations:start (generated from the spec by npm run generate) -->";
export const README_END = "<!-- operations:end -->";

const cell = (text: string | undefined) => (text ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The operations of a vendor README, grouped by tag in the spec's tag order, between its markers. */
export function operationsMarkdown(model: VendorModel, spec: OpenApiDocument): string {
  const order = (spec.tags ?? []).map((t) => t.name);
  const groups = new Map<string, OperationRow[]>();
  for (const op of model.operations) {
    const tag = op.tags[0] ?? "Other";
    if (!order.includes(tag)) order.push(tag);
    groups.set(tag, [...(groups.get(tag) ?? []), op]);
  }
  const sections: string[] = [];
  for (const tag of order) {
    const ops = groups.get(tag);
    if (!ops) continue;
    const rows = ops.map(
      (op) =>
        `| \`${op.info.operationId}\` | ${op.info.method} | \`${op.info.path}\` | ${cell(op.summary)}${op.deprecated ? " (deprecated)" : ""} |`,
    );
    sections.push(
      `### ${tag} (${ops.length})\n\n| named method | method | path | summary |\n| --- | --- | --- | --- |\n${rows.join("\n")}`,
    );
  }
  return `${model.operations.length} operations.\n\n${sections.join("\n\n")}`;
}

/** The README text with its operations section refreshed; undefined when it has no markers. */
export function withOperations(text: string, markdown: string): string | undefined {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  return `${text.slice(0, start + README_START.length)}\n\n${markdown}\n\n${text.slice(end)}`;
}
