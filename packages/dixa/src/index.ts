/**
 * @cxkit/dixa: typed client for the Dixa API (conversations, end users, agents, teams, queues, tags,
 * custom attributes, webhooks, analytics, knowledge) and Dixa's Exports API, with helpers that walk
 * long export periods.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export * from "./generated/index.js";

// Conversations and what hangs off them.

/** A conversation, one variant per channel, told apart by `_type`. @useDeclaredType */
export type DixaConversation = Schemas["Conversation"];
/** Body of `createConversation`: one variant per channel, told apart by `_type`. @useDeclaredType */
export type DixaNewConversation = Schemas["NewConversation"];
/** Body of `importConversation`: a whole past conversation with its messages. @useDeclaredType */
export type DixaConversationImport = Schemas["ImportConversationRequest"];
/** A message of a conversation. @useDeclaredType */
export type DixaMessage = Schemas["Message"];
/** Body of `addMessage`: `Inbound` or `Outbound`. @useDeclaredType */
export type DixaNewMessage = Schemas["NewMessage"];
/** Message content: `Text`, `Html` or `Markdown`. @useDeclaredType */
export type DixaContent = Schemas["Content"];
/** An internal note. @useDeclaredType */
export type DixaInternalNote = Schemas["InternalNote"];
/** Body of `addInternalNote`. @useDeclaredType */
export type DixaNewInternalNote = Schemas["NewInternalNote"];
/** One per-item outcome of `addInternalNotes`: `BulkActionSuccess` or `BulkActionFailure`. @useDeclaredType */
export type DixaInternalNoteBulkOutcome = Schemas["InternalNoteBulkOutcome"];
/** A rating of a conversation. @useDeclaredType */
export type DixaConversationRating = Schemas["ConversationRating"];
/** One activity-log entry. @useDeclaredType */
export type DixaActivityLogEntry = Schemas["ActivityLogEntry"];
/** Body of `searchConversationsWithFilters`. @useDeclaredType */
export type DixaSearchRequest = Schemas["SearchRequest"];

// People: end users (the requesters of conversations), agents, teams, queues.

/** An end user (contact): the `requesterId` of conversations is an end user's `id`. @useDeclaredType */
export type DixaEndUser = Schemas["EndUser"];
/** Body of `createEndUser` (no field is required; give `email`, `phoneNumber` or `externalId` to find it again). @useDeclaredType */
export type DixaNewEndUser = Schemas["NewEndUser"];
/** Body of `patchEndUser`: fields left out stay as they are. @useDeclaredType */
export type DixaEndUserPatch = Schemas["EndUserPatch"];
/** An agent or admin: the `agentId` of outbound messages, claims, notes and imports. @useDeclaredType */
export type DixaAgent = Schemas["Agent"];
/** Body of `createAgent`. @useDeclaredType */
export type DixaNewAgent = Schemas["NewAgent"];
/** Whether an agent is online and working (its times carry no zone: see `LocalTimestamp`). @useDeclaredType */
export type DixaUserPresence = Schemas["UserPresence"];
/** A team of agents. @useDeclaredType */
export type DixaTeam = Schemas["Team"];
/** A queue conversations wait in; `transferConversation` takes its `id` as `queueId`. @useDeclaredType */
export type DixaQueue = Schemas["Queue"];

// The organization's set-up.

/** A tag of the organization (`listOrganizationTags`, `createTag`), the same shape as the tags on a conversation. @useDeclaredType */
export type DixaTag = Schemas["ConversationTag"];
/** Body of `createTag`. @useDeclaredType */
export type DixaNewTag = Schemas["NewTag"];
/** A custom attribute definition; its `id` is the key of `patchConversationCustomAttributes` bodies. @useDeclaredType */
export type DixaCustomAttributeDefinition = Schemas["CustomAttributeDefinition"];
/** An address the organization is reached at: `EmailEndpoint` or `TelephonyEndpoint` (`_type`). @useDeclaredType */
export type DixaContactEndpoint = Schemas["ContactEndpoint"];
/** An e-mail contact endpoint; its `address` is the `emailIntegrationId` of e-mail conversations. @useDeclaredType */
export type DixaEmailEndpoint = Schemas["EmailEndpoint"];
/** The organization the API key belongs to. @useDeclaredType */
export type DixaOrganization = Schemas["Organization"];

// Webhooks.

/** A webhook subscription; keep its `secretKey`: it signs every delivery (`X-DIXA-SIGNATURE`). @useDeclaredType */
export type DixaWebhookSubscription = Schemas["WebhookSubscription"];
/** Body of `createWebhookSubscription`. @useDeclaredType */
export type DixaNewWebhookSubscription = Schemas["NewWebhookSubscription"];
/** What Dixa sends in the `Authorization` header of deliveries: `NoAuth`, `BasicAuth` or `TokenAuth` (`_type`). @useDeclaredType */
export type DixaWebhookAuthorization = Schemas["WebhookAuthorization"];
/** The subscription name of a webhook event, e.g. `ConversationCreated` (an open string: Dixa adds events). @useDeclaredType */
export type DixaWebhookEventType = Schemas["WebhookSubscriptionEvent"];

// Bulk operations answer one outcome per entry, in request order, told apart by `_type`.

/** The failure of one entry of a bulk request; `error._type` says why (`NotFound`, `Validation`...). @useDeclaredType */
export type DixaBulkActionFailure = Schemas["BulkActionFailure"];
/** Why one entry of a bulk request failed. @useDeclaredType */
export type DixaBulkError = Schemas["BulkError"];
/** One outcome of `createEndUsers`, `updateEndUsers`, `patchEndUsers`: `BulkActionSuccess` (with the end user) or `BulkActionFailure`. @useDeclaredType */
export type DixaEndUserBulkOutcome = Schemas["EndUserBulkOutcome"];
/** One outcome of `createAgents`, `updateAgents`, `patchAgents`: `BulkActionSuccess` (with the agent) or `BulkActionFailure`. @useDeclaredType */
export type DixaAgentBulkOutcome = Schemas["AgentBulkOutcome"];
/** One outcome of `addQueueMembers`: `BulkActionSuccess` (with the agent's id) or `BulkActionFailure`. @useDeclaredType */
export type DixaQueueMemberBulkOutcome = Schemas["QueueMemberBulkOutcome"];

// Analytics.

/** The period of an analytics query: `Interval` (`start`, `end`) or `Preset` (`value: { _type: "PreviousWeek" }`...). @useDeclaredType */
export type DixaPeriodFilter = Schemas["PeriodFilter"];
/** Body of `queryMetricRecords`: a record id with a period or a list of conversation ids. @useDeclaredType */
export type DixaMetricRecordQuery = Schemas["MetricRecordQuery"];
/** One row of `queryMetricRecords` (a rating, a conversation...). @useDeclaredType */
export type DixaMetricRecord = Schemas["MetricRecord"];

// Exports API.

/** One conversation of the Exports API: a flat snake_case row, times in Unix milliseconds. @useDeclaredType */
export type DixaExportedConversation = Schemas["ConversationExportRow"];
/** One message of the Exports API: a flat snake_case row, times in Unix milliseconds. @useDeclaredType */
export type DixaExportedMessage = Schemas["MessageExportRow"];

// Shared shapes.

/** Links to the next and previous pages of a listing (`meta`). @useDeclaredType */
export type DixaPaginationLinks = Schemas["PaginationLinks"];
/** Dixa's error body: `{ message }`. @useDeclaredType */
export type DixaErrorResponse = Schemas["ErrorResponse"];
/** A Dixa timestamp string: RFC 3339, or Java's `2021-12-01T12:46:36.581Z[GMT]` form. @useDeclaredType */
export type DixaTimestamp = Schemas["DixaTimestamp"];

export { parseDixaTimestamp } from "./timestamp.js";
export {
  createDixaWebhookHandler,
  verifyDixaWebhook,
  type DixaWebhookHandlerOptions,
  type VerifyDixaWebhookOptions,
} from "./webhooks.js";
export {
  exportConversations,
  type DixaExportDateField,
  type ExportConversationsOptions,
} from "./export-conversations.js";
export { exportMessages } from "./export-messages.js";
export type {
  DixaExportOptions,
  DixaExportTime,
  DixaExportWalk,
  DixaExportWindow,
} from "./export-windows.js";
