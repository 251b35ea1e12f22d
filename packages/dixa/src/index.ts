/**
 * @cxkit/dixa: typed client for the Dixa API (conversations, messages, notes, ratings, tags).
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export * from "./generated/index.js";

/** A conversation, one variant per channel, told apart by `_type`. */
export type DixaConversation = components["schemas"]["Conversation"];
/** Body of `createConversation`: one variant per channel, told apart by `_type`. */
export type DixaNewConversation = components["schemas"]["NewConversation"];
/** A message of a conversation. */
export type DixaMessage = components["schemas"]["Message"];
/** Body of `addMessage`: `Inbound` or `Outbound`. */
export type DixaNewMessage = components["schemas"]["NewMessage"];
/** Message content: `Text`, `Html` or `Markdown`. */
export type DixaContent = components["schemas"]["Content"];
/** An internal note. */
export type DixaInternalNote = components["schemas"]["InternalNote"];
/** Body of `addInternalNote`. */
export type DixaNewInternalNote = components["schemas"]["NewInternalNote"];
/** One per-item outcome of `addInternalNotes`: `BulkActionSuccess` or `BulkActionFailure`. */
export type DixaInternalNoteBulkOutcome = components["schemas"]["InternalNoteBulkOutcome"];
/** A rating of a conversation. */
export type DixaConversationRating = components["schemas"]["ConversationRating"];
/** A tag on a conversation. */
export type DixaTag = components["schemas"]["ConversationTag"];
/** One activity-log entry. */
export type DixaActivityLogEntry = components["schemas"]["ActivityLogEntry"];
/** Body of `searchConversationsWithFilters`. */
export type DixaSearchRequest = components["schemas"]["SearchRequest"];
/** Links to the next and previous pages of a listing (`meta`). */
export type DixaPaginationLinks = components["schemas"]["PaginationLinks"];
/** Dixa's error body: `{ message }`. */
export type DixaErrorResponse = components["schemas"]["ErrorResponse"];
/** A Dixa timestamp string: RFC 3339, or Java's `2021-12-01T12:46:36.581Z[GMT]` form. */
export type DixaTimestamp = components["schemas"]["DixaTimestamp"];
export { parseDixaTimestamp } from "./timestamp.js";
export {
  createDixaWebhookHandler,
  verifyDixaWebhook,
  type DixaWebhookHandlerOptions,
  type VerifyDixaWebhookOptions,
} from "./webhooks.js";
