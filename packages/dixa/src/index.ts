/**
 * @cxkit/dixa: typed client for the Dixa API (conversations, messages, notes, ratings, tags).
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export {
  createDixaClient,
  PACKAGE_NAME,
  type DixaClient,
  type DixaClientOptions,
} from "./generated/client.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { paths, components, operations as Operations } from "./generated/schema.js";
export { ApiError, CxkitError, unwrap } from "@cxkit/core";

type Schemas = components["schemas"];
/** A conversation, one variant per channel, told apart by `_type`. */
export type DixaConversation = Schemas["Conversation"];
/** Body of `createConversation`: one variant per channel, told apart by `_type`. */
export type DixaNewConversation = Schemas["NewConversation"];
/** A message of a conversation. */
export type DixaMessage = Schemas["Message"];
/** Body of `addMessage`: `Inbound` or `Outbound`. */
export type DixaNewMessage = Schemas["NewMessage"];
/** Message content: `Text`, `Html` or `Markdown`. */
export type DixaContent = Schemas["Content"];
/** An internal note. */
export type DixaInternalNote = Schemas["InternalNote"];
/** Body of `addInternalNote`. */
export type DixaNewInternalNote = Schemas["NewInternalNote"];
/** One per-item outcome of `addInternalNotes`: `BulkActionSuccess` or `BulkActionFailure`. */
export type DixaInternalNoteBulkOutcome = Schemas["InternalNoteBulkOutcome"];
/** A rating of a conversation. */
export type DixaConversationRating = Schemas["ConversationRating"];
/** A tag on a conversation. */
export type DixaTag = Schemas["ConversationTag"];
/** One activity-log entry. */
export type DixaActivityLogEntry = Schemas["ActivityLogEntry"];
/** Body of `searchConversationsWithFilters`. */
export type DixaSearchRequest = Schemas["SearchRequest"];
/** Links to the next and previous pages of a listing (`meta`). */
export type DixaPaginationLinks = Schemas["PaginationLinks"];
/** Dixa's error body: `{ message }`. */
export type DixaErrorResponse = Schemas["ErrorResponse"];
/** A Dixa timestamp string: RFC 3339, or Java's `2021-12-01T12:46:36.581Z[GMT]` form. */
export type DixaTimestamp = Schemas["DixaTimestamp"];
export { parseDixaTimestamp } from "./timestamp.js";
export { paginate, type Page, type PaginateOptions, type Paginator } from "@cxkit/core";
