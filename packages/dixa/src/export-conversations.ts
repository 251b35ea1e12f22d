import { ValidationError } from "@cxkit/core";
import {
  exportLimiter,
  exportPeriod,
  walkExport,
  type DixaExportOptions,
  type DixaExportWalk,
} from "./export-windows.js";
import type { DixaClient } from "./generated/client.js";
import type { components } from "./generated/schema.js";

/** The time a conversation export filters on: `<field>_after` / `<field>_before` of the Exports API. */
export type DixaExportDateField = "closed" | "created" | "updated" | "last_message_created";

/** Options of {@link exportConversations}. */
export interface ExportConversationsOptions extends DixaExportOptions {
  /** Which time of a conversation the period applies to. Default `created`. */
  dateField?: DixaExportDateField;
}

const DATE_FIELDS: readonly DixaExportDateField[] = [
  "closed",
  "created",
  "updated",
  "last_message_created",
];

/**
 * Every conversation of a period from Dixa's Exports API (flat snake_case rows), however long the
 * period: [from, to) is walked in windows of at most 31 days (Dixa's limit), one `exportConversations`
 * request per window, paced at 10 requests a minute by default. Bad dates throw a `ValidationError`
 * (`field` `from`, `to` or `dateField`) at once; API failures throw the typed error of the request.
 *
 * @example
 * for await (const row of exportConversations(dixa, { from: "2024-01-01", to: "2024-02-01", dateField: "closed" })) {
 *   console.log(row.id, row.rating_score);
 * }
 */
export function exportConversations(
  dixa: Pick<DixaClient, "exportConversations">,
  options: ExportConversationsOptions,
): DixaExportWalk<components["schemas"]["ConversationExportRow"]> {
  const period = exportPeriod(options);
  const field = options.dateField ?? "created";
  if (!DATE_FIELDS.includes(field)) {
    throw new ValidationError(
      `[@cxkit/dixa] dateField must be one of ${DATE_FIELDS.join(", ")}, got ${JSON.stringify(field)}`,
      "dateField",
    );
  }
  const limiter = exportLimiter(dixa, options.rateLimit);
  const signal = options.signal;
  return walkExport(period, limiter, signal, (from, to) =>
    dixa.exportConversations(
      { query: { [`${field}_after`]: String(from), [`${field}_before`]: String(to) } },
      signal ? { signal } : {},
    ),
  );
}
