/**
 * @cxkit/klaus: typed client for Klaus (Zendesk QA): CSAT enrichment events on events.pub.klausapp.com,
 * and the Zendesk QA Export and Import APIs on `https://{subdomain}.zendesk.com/qa`.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export * from "./generated/index.js";
export {
  importTickets,
  MAX_COMMENTS_PER_TICKET,
  MAX_TICKETS_PER_IMPORT,
  type ImportTicketsOptions,
  type ImportTicketsProgress,
  type ImportTicketsSummary,
} from "./import-tickets.js";

type Schemas = components["schemas"];

// ----- CSAT events (events.pub.klausapp.com) -----

/** A CSAT event for one conversation (and optionally one message): the body of `sendCsatEvent`. @useDeclaredType */
export type KlausCsatEvent = Schemas["CsatEvent"];
/** The score and comment of a CSAT event. @useDeclaredType */
export type KlausCsat = Schemas["Csat"];
/** What the CSAT events host answers on success: undocumented, so any JSON value (or nothing). @useDeclaredType */
export type KlausCsatEventResponse = Schemas["CsatEventResponse"];
/**
 * Error body of the CSAT events host: undocumented, so any JSON value, text or nothing. (The Export and
 * Import APIs answer a gRPC status instead, {@link KlausErrorResponse}.)
 * @useDeclaredType
 */
export type KlausCsatErrorResponse = Schemas["CsatErrorResponse"];

// ----- Errors of the Export and Import APIs -----

/**
 * Error body of the Zendesk QA Export and Import APIs: a gRPC status `{ code, message, details }`. `code`
 * is the gRPC status code (3 invalid argument, 5 not found, 16 unauthenticated, …), not the HTTP status;
 * `message` is what a thrown `ApiError` carries as `vendorMessage`.
 * @useDeclaredType
 */
export type KlausErrorResponse = Schemas["ErrorResponse"];
/** One entry of a gRPC status' `details`: a protobuf `Any` in JSON form, named by its `@type`. @useDeclaredType */
export type KlausErrorDetail = Schemas["ErrorDetail"];

// ----- Export API -----

/**
 * A 64-bit integer as the Export API sends it: a JSON string (`"18432"`), because JavaScript numbers
 * cannot hold every int64. Keep it as a string, or convert with `BigInt`.
 * @useDeclaredType
 */
export type KlausInt64String = Schemas["Int64String"];
/** Where a page of a paginated export sits: `{ page, pageSize, total }` (numbers: they are int32). @useDeclaredType */
export type KlausPagination = Schemas["Pagination"];
/** A reviewed conversation of `listWorkspaceReviews` / `listAccountReviews`, with its reviews and comments. @useDeclaredType */
export type KlausReviewedConversation = Schemas["ReviewedConversation"];
/** One manual review of a conversation: reviewer, reviewee, score, per-category ratings, comment thread. @useDeclaredType */
export type KlausReview = Schemas["Review"];
/** One per-category rating of a review. @useDeclaredType */
export type KlausRating = Schemas["Rating"];
/** A comment of a review or of a conversation, with its thread. @useDeclaredType */
export type KlausReviewComment = Schemas["ReviewComment"];
/** One CSAT answer of `listWorkspaceCsat` / `listAccountCsat` (`csatScore` is an int64 string: `"4"`). @useDeclaredType */
export type KlausCsatExportRow = Schemas["CsatTicket"];
/** A dispute of a review (`listDisputes`). @useDeclaredType */
export type KlausDispute = Schemas["Dispute"];
/** A calibration session (`listCalibrationSessions`). @useDeclaredType */
export type KlausCalibrationSession = Schemas["CalibrationSession"];
/** A scorecard of a workspace with its category groups and categories (`listScorecards`). @useDeclaredType */
export type KlausScorecard = Schemas["Scorecard"];
/** A user of `listAccountUsers` / `listWorkspaceUsers`. @useDeclaredType */
export type KlausExportedUser = Schemas["ExportedUser"];
/** A workspace of `listWorkspaces`: its `id` is the `workspace` the per-workspace exports take. @useDeclaredType */
export type KlausWorkspace = Schemas["Workspace"];
/** One AutoQA review row of `listAutoQaReviews`. @useDeclaredType */
export type KlausAutoQaReviewRow = Schemas["AutoQaReviewRow"];
/** One AutoQA per-category rating row of `listAutoQaRatings`. @useDeclaredType */
export type KlausAutoQaRatingRow = Schemas["AutoQaRatingRow"];
/** Body of `searchConversations`: the account and the end user's email address. @useDeclaredType */
export type KlausConversationSearchRequest = Schemas["ConversationSearchRequest"];
/** One conversation `searchConversations` found: its external ID and link. @useDeclaredType */
export type KlausConversationSearchHit = Schemas["ConversationSearchHit"];
/** A quiz of `listQuizzes`. @useDeclaredType */
export type KlausQuiz = Schemas["QuizListItem"];

// ----- Import API -----

/**
 * One conversation to import (an item of `importTickets`' `data`): `id` (your key: importing it again
 * updates it) and `created` are required; replies and internal notes go in `comments`, CSAT in
 * `satisfactionScore` / `satisfactionComment`.
 * @useDeclaredType
 */
export type KlausImportTicket = Schemas["TicketImport"];
/** One reply (`public: true`) or internal note (`public: false`) of an imported conversation; `id` is your key. @useDeclaredType */
export type KlausImportComment = Schemas["CommentImport"];
/** A custom field of an imported conversation. @useDeclaredType */
export type KlausTicketField = Schemas["TicketField"];
/** A time as the Import API takes it: `2024-05-02T09:15:00Z`, or `2024-05-02T09:15:00` without a zone. @useDeclaredType */
export type KlausImportTimestamp = Schemas["ImportTimestamp"];
/** A user to import (`importUsers`), identified by `userEmail`. @useDeclaredType */
export type KlausImportUser = Schemas["UserImport"];
/**
 * A conversation as Zendesk QA stored it from an import (`getImportedTicket`). Unlike the Export API, the
 * Import API answers int64 values (`internalId`) as JSON numbers.
 * @useDeclaredType
 */
export type KlausImportedTicket = Schemas["ImportedTicket"];
/** A comment of an imported conversation as Zendesk QA stored it. @useDeclaredType */
export type KlausImportedComment = Schemas["ImportedComment"];
