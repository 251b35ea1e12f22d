import {
  exportLimiter,
  exportPeriod,
  walkExport,
  type DixaExportOptions,
  type DixaExportWalk,
} from "./export-windows.js";
import type { DixaClient } from "./generated/client.js";
import type { components } from "./generated/schema.js";

/**
 * Every message created in a period from Dixa's Exports API (flat snake_case rows; internal notes are
 * not included, they come with the conversation export), walked like {@link exportConversations}:
 * windows of at most 31 days on `created_after` / `created_before`, paced at 10 requests a minute by
 * default. Bad dates throw a `ValidationError` (`field` `from` or `to`) at once.
 *
 * @example
 * const rows = await exportMessages(dixa, { from: "2024-01-01", to: "2024-01-08" }).toArray();
 */
export function exportMessages(
  dixa: Pick<DixaClient, "exportMessages">,
  options: DixaExportOptions,
): DixaExportWalk<components["schemas"]["MessageExportRow"]> {
  const period = exportPeriod(options);
  const limiter = exportLimiter(dixa, options.rateLimit);
  const signal = options.signal;
  return walkExport(period, limiter, signal, (from, to) =>
    dixa.exportMessages(
      { query: { created_after: String(from), created_before: String(to) } },
      signal ? { signal } : {},
    ),
  );
}
