import { ConfigError, ValidationError, type CallOptions } from "@cxkit/core";
import { PACKAGE_NAME } from "./generated/client.js";
import type { KlausMethods } from "./generated/methods.js";
import type { components } from "./generated/schema.js";

type TicketImport = components["schemas"]["TicketImport"];

/**
 * Most tickets one `POST /api/import/tickets` may carry. developer.zendesk.com documents 100 per import,
 * Zendesk QA's Swagger description 10,000; a request over the real limit fails whole, so the lower one
 * is the safe one.
 */
export const MAX_TICKETS_PER_IMPORT = 100;

/** Most comments (replies and internal notes) one imported ticket may carry, as both sources document. */
export const MAX_COMMENTS_PER_TICKET = 500;

/** How far an {@link importTickets} run has got: reported after each request that succeeded. */
export interface ImportTicketsProgress {
  /** Tickets sent and accepted so far. */
  sent: number;
  /** Tickets in the whole run. */
  total: number;
}

/** Options of {@link importTickets}: the per-call options of each request, plus batching and progress. */
export interface ImportTicketsOptions extends CallOptions {
  /** Tickets per request, 1 to {@link MAX_TICKETS_PER_IMPORT} (the default). */
  batchSize?: number;
  /** Called after each request that succeeded. An exception it throws is ignored. */
  onProgress?: (progress: ImportTicketsProgress) => void;
}

/** What an {@link importTickets} run did. */
export interface ImportTicketsSummary {
  /** Tickets imported (all of them: a run that fails rejects instead). */
  tickets: number;
  /** Requests sent (0 for no tickets). */
  requests: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function refuse(field: string, why: string): never {
  throw new ValidationError(`[${PACKAGE_NAME}] ${field} ${why}`, field);
}

function checkId(value: unknown, field: string): void {
  if (typeof value !== "string" || value.trim() === "") {
    refuse(field, "is required: a non-empty string (your own key of it; re-importing updates it)");
  }
}

// What Zendesk QA would refuse for the whole request, checked for every ticket before the first request,
// so that a bad ticket in the 7th batch cannot leave six batches imported and the rest not.
function checkTicket(ticket: unknown, field: string): void {
  if (!isObject(ticket)) refuse(field, "must be an object");
  checkId(ticket.id, `${field}.id`);
  if (typeof ticket.created !== "string" || ticket.created === "") {
    refuse(`${field}.created`, "is required: a time such as 2024-05-02T09:15:00Z");
  }
  const comments = ticket.comments;
  if (comments === undefined) return;
  if (!Array.isArray(comments)) refuse(`${field}.comments`, "must be an array");
  if (comments.length > MAX_COMMENTS_PER_TICKET) {
    refuse(
      `${field}.comments`,
      `has ${comments.length} comments; Zendesk QA takes at most ${MAX_COMMENTS_PER_TICKET} per ticket`,
    );
  }
  comments.forEach((comment: unknown, j) => {
    if (!isObject(comment)) refuse(`${field}.comments[${j}]`, "must be an object");
    checkId(comment.id, `${field}.comments[${j}].id`);
  });
}

function batchSizeOf(value: unknown): number {
  if (value === undefined) return MAX_TICKETS_PER_IMPORT;
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > MAX_TICKETS_PER_IMPORT
  ) {
    throw new ConfigError(
      `[${PACKAGE_NAME}] batchSize must be an integer from 1 to ${MAX_TICKETS_PER_IMPORT}`,
      "batchSize",
    );
  }
  return value;
}

/**
 * Import any number of tickets into Zendesk QA: checks every ticket first (an `id`, a `created` time, at
 * most 500 comments, each with an `id`) and throws a `ValidationError` naming the first bad field
 * (`tickets[3].comments`) before anything is sent; then sends them in requests of at most 100, one after
 * another, in order, calling `onProgress` after each. The import is an upsert by ticket `id`, so a run
 * that failed half-way (it rejects with that request's error, after `onProgress` said how far it got)
 * can simply be run again with the same tickets.
 *
 * Prefer it to calling `klaus.importTickets({ body })` yourself: the client does not check request
 * bodies, and Zendesk QA refuses a request of more than 100 tickets whole.
 *
 * @example
 * const { requests } = await importTickets(klaus, tickets, {
 *   onProgress: ({ sent, total }) => console.log(`${sent}/${total}`),
 * });
 */
export async function importTickets(
  klaus: Pick<KlausMethods, "importTickets">,
  tickets: readonly TicketImport[],
  options: ImportTicketsOptions = {},
): Promise<ImportTicketsSummary> {
  // Checked at run time too: JavaScript callers and `as` casts get a clear error, not a TypeError.
  if (!Array.isArray(tickets as unknown)) refuse("tickets", "must be an array of tickets");
  const { batchSize, onProgress, ...callOptions } = options;
  const size = batchSizeOf(batchSize);
  tickets.forEach((ticket, i) => checkTicket(ticket, `tickets[${i}]`));
  let sent = 0;
  let requests = 0;
  while (sent < tickets.length) {
    const batch = tickets.slice(sent, sent + size);
    await klaus.importTickets({ body: { data: batch } }, callOptions);
    sent += batch.length;
    requests++;
    try {
      onProgress?.({ sent, total: tickets.length });
    } catch {
      // A progress hook's failure is the hook's: the import carries on.
    }
  }
  return { tickets: sent, requests };
}
