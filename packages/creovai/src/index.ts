/**
 * @cxkit/creovai: typed client for the Creovai (formerly Tethr) conversation intelligence API: v1 and
 * v2 capture, status, out-of-band metadata, interactions, sharing, purge and processing catalogs,
 * plus the Call Summary webhook's payload type.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export * from "./generated/index.js";
export { callIdOf, chatCallId, type CreovaiCaptureAnswer } from "./call-id.js";
export type { AnyCreovaiClient, CreovaiCallIdResult } from "./capture-result.js";
export { captureCase } from "./capture-case.js";
export { captureChat, uploadChat } from "./upload-chat.js";
export { captureCall, uploadCall, type CreovaiRecording } from "./upload-call.js";
export { validateCall } from "./validate-call.js";
export { validateCase } from "./validate-case.js";
export { validateChat } from "./validate-chat.js";

// ---- Shared ----

/** The `/Token` exchange answer (`access_token`, `token_type: "bearer"`, `expires_in` seconds). @useDeclaredType */
export type CreovaiTokenResponse = Schemas["TokenResponse"];
/** Free-form JSON metadata stored with an interaction (a CRM ID, a disposition code…). @useDeclaredType */
export type CreovaiMetadata = Schemas["Metadata"];
/** Creovai's error body: undocumented, usually a plain-text validation message. @useDeclaredType */
export type CreovaiErrorResponse = Schemas["ErrorResponse"];
/** Who started a call: `Unknown`, `Inbound`, `Outbound` or `Internal`. @useDeclaredType */
export type CreovaiDirection = Schemas["InteractionDirection"];

// ---- v1 (public docs; PascalCase bodies) ----

/** A v1 chat session to upload with `uploadChat()` / `POST /chatCapture/v1`. @useDeclaredType */
export type CreovaiChatSession = Schemas["ChatCall"];
/** A v1 chat session (the spec's name for {@link CreovaiChatSession}). @useDeclaredType */
export type CreovaiChatCall = Schemas["ChatCall"];
/** One participant of a v1 chat and the messages it sent. @useDeclaredType */
export type CreovaiChatContact = Schemas["ChatContact"];
/** One message of a v1 chat (`Content`, `UtcTimestamp`). @useDeclaredType */
export type CreovaiChatMessage = Schemas["ChatMessage"];
/** The answer to a v1 chat upload: the call ID as `callId` or `CallId` (read it with `callIdOf()`). @useDeclaredType */
export type CreovaiChatCaptureResponse = Schemas["ChatCaptureResponse"];
/** The `info` part of a v1 call recording upload (`uploadCall()` / `POST /callCapture/v1/archive`). @useDeclaredType */
export type CreovaiRecordingInfo = Schemas["RecordingInfo"];
/** One participant (audio channel) of a v1 call recording. @useDeclaredType */
export type CreovaiRecordingContact = Schemas["RecordingContact"];
/** The answer to a v1 call recording upload: the call ID as `callId` or `CallId`. @useDeclaredType */
export type CreovaiArchiveCallResponse = Schemas["ArchiveCallResponse"];
/** The processing status of one v1 upload (`Status`, `CallId`, `SessionId`, `DurationSec`). @useDeclaredType */
export type CreovaiCallStatus = Schemas["CallStatus"];
/** The answer of `getCallStatuses`: `{ CallSessions: CreovaiCallStatus[] }`. @useDeclaredType */
export type CreovaiCallStatuses = Schemas["CallStatusesResponse"];
/** A v1 case to upload with `uploadCase` / `POST /caseCapture/v1` (shape from the v1 SDK). @useDeclaredType */
export type CreovaiCaseSession = Schemas["CaseSession"];
/** One message of a v1 case. @useDeclaredType */
export type CreovaiCaseMessage = Schemas["CaseMessage"];
/** One participant of a v1 case. @useDeclaredType */
export type CreovaiCaseContact = Schemas["CaseContact"];
/** The answer to a v1 case upload (`ReferenceId`, `CaseId`, `CollectionId`). @useDeclaredType */
export type CreovaiCaseCaptureResponse = Schemas["CaseCaptureResponse"];
/** Out-of-band metadata for a call or chat by session ID (`sendCallMetadata`). @useDeclaredType */
export type CreovaiSessionMetadataEvent = Schemas["SessionMetadataEvent"];
/** Out-of-band metadata for every call of a master call ID (`sendMasterCallMetadata`). @useDeclaredType */
export type CreovaiMasterCallMetadataEvent = Schemas["MasterCallMetadataEvent"];
/** Out-of-band metadata for a case by reference ID (`sendCaseMetadata`). @useDeclaredType */
export type CreovaiCaseMetadataEvent = Schemas["CaseMetadataEvent"];
/** A v1 upload-broker heartbeat (`sendHeartbeat`). @useDeclaredType */
export type CreovaiHeartbeat = Schemas["MonitorEvent"];
/** One recording setting per participant reference and source (`listRecordingSettings`). @useDeclaredType */
export type CreovaiRecordingSetting = Schemas["RecordingSettingSummary"];
/** The answer of `createCallShareToken`: a guest link (`callUrl`) and its `expiration`. @useDeclaredType */
export type CreovaiCallShareResponse = Schemas["CallShareResponse"];
/** The answer of the v1 purges: one `{ callId, sessionId, status, errorMsg }` item per call. @useDeclaredType */
export type CreovaiCallPurgeResult = Schemas["CallPurgeSummary"];
/** One item of a v1 purge answer. @useDeclaredType */
export type CreovaiCallPurgeItem = Schemas["CallPurgeItem"];

// ---- v2 (from Creovai's maintained .NET SDK; camelCase bodies) ----

/** A v2 chat to upload with `captureChat()` / `POST /capture/v2/chat`. @useDeclaredType */
export type CreovaiCaptureChatRequest = Schemas["CaptureChatRequest"];
/** One participant of a v2 chat (`referenceId` and `type` required) and its messages. @useDeclaredType */
export type CreovaiCaptureChatParticipant = Schemas["CaptureChatParticipant"];
/** One message of a v2 chat (`content`, `utcTimestamp`, optional `customEvents`). @useDeclaredType */
export type CreovaiCaptureChatMessage = Schemas["CaptureChatMessage"];
/** A v2 case to create or update with `captureCase()` / `POST /capture/v2/case`. @useDeclaredType */
export type CreovaiCaptureCaseRequest = Schemas["CaptureCaseRequest"];
/** One message of a v2 case. @useDeclaredType */
export type CreovaiCaptureCaseMessage = Schemas["CaptureCaseMessage"];
/** One participant of a v2 case. @useDeclaredType */
export type CreovaiCaptureCaseParticipant = Schemas["CaptureCaseParticipant"];
/** The `info` part of a v2 call recording upload (`captureCall()` / `POST /capture/v2/call`). @useDeclaredType */
export type CreovaiCaptureCallRequest = Schemas["CaptureCallRequest"];
/** One participant (audio channel) of a v2 call recording. @useDeclaredType */
export type CreovaiCaptureCallParticipant = Schemas["CaptureCallParticipant"];
/** The answer to a v2 capture: `{ id }`, the interaction (call) ID. @useDeclaredType */
export type CreovaiCaptureResponse = Schemas["CaptureResponse"];
/** A v2 upload-broker heartbeat (`sendCaptureHeartbeat`). @useDeclaredType */
export type CreovaiCaptureHeartbeat = Schemas["CaptureStatusHeartbeatRequest"];
/** The processing status of one session (v2: `status`, `id`, `sessionId`, `durationSec`). @useDeclaredType */
export type CreovaiSessionStatus = Schemas["SessionStatus"];
/** The answer of `getSessionStatuses`: `{ sessions: CreovaiSessionStatus[] }`. @useDeclaredType */
export type CreovaiSessionStatuses = Schemas["SessionStatusResponse"];
/** Out-of-band metadata by session ID (`appendInteractionMetadata`). @useDeclaredType */
export type CreovaiInteractionMetadata = Schemas["AppendMetadataBySessionIdRequest"];
/** Out-of-band metadata by master ID (`appendMasterMetadata`). @useDeclaredType */
export type CreovaiMasterMetadata = Schemas["AppendMetadataByMasterIdRequest"];
/** Out-of-band metadata by case reference ID (`appendCaseMetadata`). @useDeclaredType */
export type CreovaiCaseMetadata = Schemas["AppendMetadataByCaseReferenceIdRequest"];
/** Out-of-band metadata by collection ID (`appendCollectionMetadata`). @useDeclaredType */
export type CreovaiCollectionMetadata = Schemas["AppendMetadataByCollectionIdRequest"];
/** Everything Creovai reports about one interaction (`getInteraction`); open to new members. @useDeclaredType */
export type CreovaiInteraction = Schemas["InteractionDetailsResponse"];
/** One participant of an interaction, with its segments and (when enabled) utterances. @useDeclaredType */
export type CreovaiInteractionParticipant = Schemas["InteractionParticipant"];
/** One classification (score, category hit…) of an interaction. @useDeclaredType */
export type CreovaiInteractionClassification = Schemas["InteractionClassification"];
/** One segment (sentence, phrase detection…) of an interaction participant. @useDeclaredType */
export type CreovaiInteractionSegment = Schemas["InteractionSegment"];
/** The answer of `createInteractionShareToken`: a guest link (`shareUri`) and its `expiration`. @useDeclaredType */
export type CreovaiInteractionShareResponse = Schemas["InteractionShareResponse"];
/** The answer of the v2 purges: one `{ id, sessionId, status, errorMsg }` item per interaction. @useDeclaredType */
export type CreovaiPurgeResult = Schemas["InteractionPurgeSummary"];
/** One item of a v2 purge answer (`status`: `Purging`, `NotFound`, `Error` or `WhatIf`). @useDeclaredType */
export type CreovaiPurgeItem = Schemas["InteractionPurgeItem"];
/** The body of `purgeInteractionsByCustomer`: phone numbers and/or e-mail addresses. @useDeclaredType */
export type CreovaiPurgeByCustomerRequest = Schemas["InteractionPurgeByCustomerRequest"];
/** One category configured in Creovai (`listCategories`). @useDeclaredType */
export type CreovaiCategory = Schemas["CategoryInfo"];
/** One custom field configured in Creovai (`listCustomFields`). @useDeclaredType */
export type CreovaiCustomField = Schemas["CustomFieldDefinition"];
/** One participant reference type configured in Creovai (`listParticipantRefTypes`). @useDeclaredType */
export type CreovaiParticipantRefType = Schemas["ParticipantTypeSummary"];

// ---- Call Summary webhook (Creovai posts it to your endpoint) ----

/** The Call Summary webhook's payload: one finished call's ID, link, times and participants. @useDeclaredType */
export type CreovaiCallSummary = Schemas["WebhookCallSummaryEvent"];
/** One participant of a Call Summary, with the segments Creovai detected. @useDeclaredType */
export type CreovaiCallSummaryParticipant = Schemas["WebhookCallSummaryParticipant"];
/** One segment of a Call Summary participant. @useDeclaredType */
export type CreovaiCallSummarySegment = Schemas["WebhookCallSummarySegment"];
export {
  createCreovaiWebhookHandler,
  verifyCreovaiWebhook,
  type CreovaiWebhookHandlerOptions,
  type VerifyCreovaiWebhookOptions,
} from "./webhooks.js";
