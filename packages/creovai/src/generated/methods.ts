// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  CallOptions,
  OperationParams,
  OperationResult,
} from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Creovai client, one per operation of specs/creovai/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface CreovaiMethods {
  /**
   * Token authentication API
   *
   * Exchanges the client ID and secret of a Creovai API user for a bearer access token (OAuth 2.0
   * client-credentials grant, form-encoded). The token is valid for `expires_in` seconds (about 30
   * minutes); the API user's secret itself is valid for 365 days. Both SDKs keep the token until
   * 45 seconds before it expires and drop it on a 401. v1 and v2 routes use the same token.
   *
   * Marked `x-cxkit-idempotent`: issuing a token changes nothing on the server, so a retry is safe.
   *
   * `POST /Token`
   */
  getToken(
    params: OperationParams<operations["getToken"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getToken"]>>;
  /**
   * Sending Chat interactions via Creovai API
   *
   * Uploads one chat session: its time span, its participants (contacts) and each participant's
   * messages, plus free-form metadata. Creovai answers with the call ID it assigned to the session
   * (the primary ID of the session in Creovai; GUI link `https://<instance>.Creovai.io/calls/<callId>`).
   * A session's call ID can also be looked up by `SessionId` with `getCallStatuses`.
   *
   * All times are UTC (`Z` or `+00:00`). Keep `UtcStart <= UtcEnd` and every message's `UtcTimestamp`
   * within `[UtcStart, UtcEnd]`: Creovai's v2 SDK refuses chats that break either rule (the v1 SDK
   * checks nothing, and the docs' own sample dates its messages the day before `UtcStart`).
   *
   * Not idempotent: `SessionId` must be unique per instance, but what the server does with a second
   * upload of the same `SessionId` (reject, replace or duplicate) is not documented.
   *
   * `POST /chatCapture/v1`
   */
  uploadChat(
    params: OperationParams<operations["uploadChat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadChat"]>>;
  /**
   * Archived Call Upload API
   *
   * Uploads one finished call recording as `multipart/form-data` with two parts: `info`, the call's
   * description as JSON (`RecordingInfo`), and `data`, the audio file with its own media type
   * (`audio/wav`, `audio/mp3`, `audio/ogg`…). Creovai answers with the call ID it assigned.
   *
   * The v1 SDK fills `Audio.Format` from the audio part's media type (`audio/wav` → `wav`,
   * `audio/mp3` → `mp3`, `audio/ogg` → `opus`, `audio/mp4`/`audio/m4a` → `mp4`, `audio/wma` → `wma`,
   * `-helium` variants → `mp4helium`/`wmahelium`) and passes other types through unchanged. Each
   * contact's `Channel` must match a channel of the audio (0- or 1-based); by default Creovai
   * quarantines calls whose channels or length do not match the description.
   *
   * The docs' sample writes the `info` members in camelCase (`sessionId`, `metaData`); the v1 SDK sends
   * PascalCase, and the server accepts either.
   *
   * Not idempotent: `SessionId` must be unique per instance, and what a second upload of the same
   * session does is not documented.
   *
   * `POST /callCapture/v1/archive`
   */
  uploadCallArchive(
    params: OperationParams<operations["uploadCallArchive"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadCallArchive"]>>;
  /**
   * Call Status API
   *
   * Reports the processing status of one or more uploads by their session IDs, with the call ID
   * Creovai assigned to each. A session Creovai does not know is reported with `Status: NotFound`
   * (not an HTTP error). Also the way to check that a purge has completed.
   *
   * The answer's member names follow the v1 SDK's model (PascalCase); the SDK reads them
   * case-insensitively, so a camelCase answer is possible.
   *
   * Marked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads
   * and changes nothing.
   *
   * `POST /callCapture/v1/status`
   */
  getCallStatuses(
    params: OperationParams<operations["getCallStatuses"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getCallStatuses"]>>;
  /**
   * Call Status API (single session, legacy)
   *
   * Reads the status of a single session. Deprecated: Creovai's v1 SDK used this route only until
   * December 2016, then moved every status request to `POST /callCapture/v1/status`
   * (`getCallStatuses`) because this route answers 404 for an unknown session, where the POST reports
   * `NotFound` in its body. It is kept for code that still calls it; new code should use
   * `getCallStatuses` or v2 `getSessionStatus`.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, before commit
   * 914b452); no public reference page.
   *
   * `GET /callCapture/v1/status/{sessionId}`
   *
   * @deprecated The vendor marks this operation deprecated.
   */
  getCallStatus(
    params: OperationParams<operations["getCallStatus"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getCallStatus"]>>;
  /**
   * Call Status API (exclude sessions)
   *
   * Marks uploads, by session ID, as excluded from processing; their status then reads `Excluded`.
   * The answer has no documented body.
   *
   * Marked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again
   * leaves it as it was.
   *
   * `POST /callCapture/v1/status/exclude`
   */
  excludeCalls(
    params: OperationParams<operations["excludeCalls"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["excludeCalls"]>>;
  /**
   * Case capture (v1)
   *
   * Creates or updates one case (a ticket from a case-management system): its time span, its messages
   * (each with its sender's reference ID and channel, such as `Web` or `email`) and its contacts.
   * Creovai answers with the case ID it assigned, next to your `ReferenceId`. Calls and chats that
   * belong to the case can name it later (v2 `caseReferenceId`). Times are UTC.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, a "beta" client
   * there); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: the SDK describes the answer as that of "creating or updating a
   * case" keyed by the required `ReferenceId`, so re-sending the same case rewrites it with the same
   * content.
   *
   * `POST /caseCapture/v1`
   */
  uploadCase(
    params: OperationParams<operations["uploadCase"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadCase"]>>;
  /**
   * Async Metadata API
   *
   * Adds metadata to a call or chat after its upload, found by its session ID (for example CRM data
   * that becomes available later). Events are applied in `EventTime` order, so when two events set
   * the same field the later event's value wins. Without a `SessionId`, Creovai can match the event
   * to a call by its metadata once support has configured "Async Metadata Matching". Needs the
   * `AsyncMetaData` role on the API user.
   *
   * The docs' sample writes `EventTime` as `2018/10/15T09:00:00.000Z`, which is not RFC 3339; the SDK
   * sends ISO 8601 (`2020-09-10T03:16:11.190Z`), as modelled here.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /callEvent/v1/outofband/event`
   */
  sendCallMetadata(
    params: OperationParams<operations["sendCallMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendCallMetadata"]>>;
  /**
   * Async Metadata API (by master call ID)
   *
   * Adds metadata to every call that shares a master call ID (the ID that ties the parts of a
   * transferred call together). Same rules as `sendCallMetadata`; needs the `AsyncMetaData` role.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
   * reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /callEvent/v1/outofband/mastercall`
   */
  sendMasterCallMetadata(
    params: OperationParams<operations["sendMasterCallMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendMasterCallMetadata"]>>;
  /**
   * Async Metadata API (by case reference ID)
   *
   * Adds metadata to a case, found by the reference ID it has in your case-management system. Same
   * rules as `sendCallMetadata`; needs the `AsyncMetaData` role.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
   * reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /callEvent/v1/outofband/case`
   */
  sendCaseMetadata(
    params: OperationParams<operations["sendCaseMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendCaseMetadata"]>>;
  /**
   * Broker heartbeat (v1)
   *
   * Reports the health of an upload broker (the service that sends recordings to Creovai), so that
   * Creovai, or your own monitoring through an endpoint Creovai can make available, notices a broker
   * that stopped uploading. Send it periodically; there should be one broker per API user, and `Name`
   * lets Creovai notice a second one.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
   * reference page. That SDK writes `Status` as a number; the v2 SDK's separate heartbeat package
   * still posts to this route, in camelCase with `Status` as a name, so both forms are accepted.
   *
   * Marked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only
   * reports it again.
   *
   * `POST /callCapture/v1/monitor`
   */
  sendHeartbeat(
    params: OperationParams<operations["sendHeartbeat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendHeartbeat"]>>;
  /**
   * Recording settings (v1)
   *
   * Lists the recording setting of each known participant reference, per source system, so that a
   * broker can skip calls it must not record or send.
   *
   * Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
   * reference page. The values of `RecordingSetting` are not documented.
   *
   * `GET /sources/v1/recordingSettings`
   */
  listRecordingSettings(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listRecordingSettings"]>>;
  /**
   * Guest user token API
   *
   * Creates a link that lets one guest user, identified by e-mail address, open one call. The link
   * expires after 8 hours by default. On first use the guest signs up with a password for that
   * address (or logs in with it), then lands on the call; the address must belong to the guest, as
   * account messages go to it. Needs the call share role on the API user.
   *
   * The docs write the route `/callshare/v1/token` and the request members in camelCase
   * (`callId`, `email`); the v1 SDK sends `/callShare/v1/token` with PascalCase members. The answer's
   * members are as the docs show them.
   *
   * Marked `x-cxkit-idempotent`: a retry only issues another link for the same guest and call; a link
   * issued by a lost attempt stays unused and expires.
   *
   * `POST /callShare/v1/token`
   */
  createCallShareToken(
    params: OperationParams<operations["createCallShareToken"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createCallShareToken"]>>;
  /**
   * Call purge APIs (by call ID)
   *
   * Deletes calls by their Creovai call IDs, up to 100 per request. Each ID gets a result item:
   * `Purging` (deletion started; `getCallStatuses` shows when it is done), `NotFound` (unknown or
   * already purged) or `Error` (see `errorMsg`). Needs the purge permission on the API user.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
   * re-sent attempt may report `NotFound` for calls the lost attempt already purged.
   *
   * `POST /purge/v1/calls`
   */
  purgeCalls(
    params: OperationParams<operations["purgeCalls"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeCalls"]>>;
  /**
   * Call purge APIs (by session ID)
   *
   * Deletes calls by the session IDs they were uploaded with, up to 100 per request. Same answer as
   * `purgeCalls`. Needs the purge permission on the API user.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
   * re-sent attempt may report `NotFound` for calls the lost attempt already purged.
   *
   * `POST /purge/v1/calls/sessions`
   */
  purgeCallsBySession(
    params: OperationParams<operations["purgeCallsBySession"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeCallsBySession"]>>;
  /**
   * Call purge APIs (by customer)
   *
   * Deletes every call with a customer's phone number (in the form Creovai stored it). With
   * `whatIf=true` nothing is deleted and the answer lists the calls that would be. Needs the purge
   * permission on the API user.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating
   * either leaves the same result; a re-sent purge may report `NotFound` for calls the lost attempt
   * already purged.
   *
   * `POST /purge/v1/calls/customer`
   */
  purgeCallsByCustomer(
    params: OperationParams<operations["purgeCallsByCustomer"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeCallsByCustomer"]>>;
  /**
   * Capture a call (v2)
   *
   * Uploads one finished call recording as `multipart/form-data`: an `info` part with the call's
   * description as camelCase JSON (`CaptureCallRequest`) and a `data` part with the audio in its own
   * media type. Creovai answers with the interaction ID it assigned. The v2 successor of
   * `uploadCallArchive`: `masterCallId` became `masterId`, `contacts` became `participants`,
   * `startTime`/`endTime` became `utcStart`/`utcEnd`, and a call can join a case or collection.
   *
   * Times are UTC (`Z` or `+00:00`); `utcEnd` is optional (Creovai then takes the audio's length), and
   * when given it must not be before `utcStart`. The SDK refuses a call without `sessionId`,
   * `utcStart` or participants, and fills `audio.format` from the audio part's media type when it is
   * empty (same mapping as v1: `audio/wav` → `wav`, `audio/ogg` → `opus`…). (The SDK's own start/end
   * check is inverted and throws when `utcStart < utcEnd`; the rule meant is `utcStart <= utcEnd`.)
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: `sessionId` must be unique per instance, and what a second upload of the same
   * session does is not documented.
   *
   * `POST /capture/v2/call`
   */
  captureCall(
    params: OperationParams<operations["captureCall"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["captureCall"]>>;
  /**
   * Capture a chat (v2)
   *
   * Uploads one chat session with its participants and their messages. The v2 successor of
   * `uploadChat`: camelCase members, `contacts` became `participants` (each now needs a
   * `referenceId`), `masterCallId` became `masterId`, messages may carry custom events, and a chat can
   * join a case or collection. Creovai answers with the interaction ID.
   *
   * All times are UTC (`Z` or `+00:00`). The SDK refuses a chat that has no `sessionId`, no
   * participants, a participant without `referenceId` or `type`, a message without `content`, a
   * `utcStart` after `utcEnd`, or a message whose `utcTimestamp` lies outside
   * `[utcStart, utcEnd]`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: `sessionId` must be unique per instance, and what a second upload of the same
   * session does is not documented.
   *
   * `POST /capture/v2/chat`
   */
  captureChat(
    params: OperationParams<operations["captureChat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["captureChat"]>>;
  /**
   * Capture a case (v2)
   *
   * Creates or updates one case: `sessionId` is the case's ID in your case-management system (calls
   * and chats of the case name it as `caseReferenceId`), with its time span, messages and
   * participants. Cases sharing a `masterId` are analysed as one long case; a `collectionId` only
   * groups interactions. Creovai answers with the interaction ID. Times are UTC.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: the SDK documents this request as "creating or updating a case"
   * keyed by the required `sessionId`, so re-sending the same case rewrites it with the same content.
   *
   * `POST /capture/v2/case`
   */
  captureCase(
    params: OperationParams<operations["captureCase"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["captureCase"]>>;
  /**
   * Broker heartbeat (v2)
   *
   * Reports the health of an upload broker, as `sendHeartbeat` does on the v1 route, with camelCase
   * members and `status` as a name.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only
   * reports it again.
   *
   * `POST /capture/v2/status/monitor`
   */
  sendCaptureHeartbeat(
    params: OperationParams<operations["sendCaptureHeartbeat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendCaptureHeartbeat"]>>;
  /**
   * Session status (v2)
   *
   * Reads the processing status of one session and the interaction ID Creovai assigned to it.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. Whether
   * an unknown session is answered with `status: NotFound` or an HTTP 404 is not shown there.
   *
   * `GET /capture/v2/status/{sessionId}`
   */
  getSessionStatus(
    params: OperationParams<operations["getSessionStatus"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getSessionStatus"]>>;
  /**
   * Session statuses (v2)
   *
   * Reads the processing status of several sessions at once, by session ID.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads
   * and changes nothing.
   *
   * `POST /capture/v2/status`
   */
  getSessionStatuses(
    params: OperationParams<operations["getSessionStatuses"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getSessionStatuses"]>>;
  /**
   * Exclude a session (v2)
   *
   * Marks one session as excluded from processing; its status then reads `Excluded`. No request
   * body, no documented answer body.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again
   * leaves it as it was.
   *
   * `POST /capture/v2/status/exclude/{sessionId}`
   */
  excludeSession(
    params: OperationParams<operations["excludeSession"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["excludeSession"]>>;
  /**
   * Exclude sessions (v2)
   *
   * Marks several sessions, by session ID, as excluded from processing. No documented answer body.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: it sets a state, so excluding already excluded sessions again leaves
   * them as they were.
   *
   * `POST /capture/v2/status/exclude`
   */
  excludeSessions(
    params: OperationParams<operations["excludeSessions"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["excludeSessions"]>>;
  /**
   * Append metadata by session ID (v2)
   *
   * Adds metadata to the call or chat uploaded with a session ID. Events are applied in `eventTime`
   * order, so when two events set the same field the later event's value wins; the SDK sends the
   * current time when `eventTime` is not given. Needs the `AsyncMetaData` role on the API user.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /capture/v2/outofband/interaction`
   */
  appendInteractionMetadata(
    params: OperationParams<operations["appendInteractionMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["appendInteractionMetadata"]>>;
  /**
   * Append metadata by master ID (v2)
   *
   * Adds metadata to every interaction that shares a master ID. Same rules as
   * `appendInteractionMetadata`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /capture/v2/outofband/master`
   */
  appendMasterMetadata(
    params: OperationParams<operations["appendMasterMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["appendMasterMetadata"]>>;
  /**
   * Append metadata by case reference ID (v2)
   *
   * Adds metadata to the interactions of a case, found by the case's ID in your case-management
   * system. Same rules as `appendInteractionMetadata`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /capture/v2/outofband/case`
   */
  appendCaseMetadata(
    params: OperationParams<operations["appendCaseMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["appendCaseMetadata"]>>;
  /**
   * Append metadata by collection ID (v2)
   *
   * Adds metadata to every interaction of a collection (interactions grouped by `collectionId`
   * without being analysed as one). Same rules as `appendInteractionMetadata`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Not idempotent: whether a repeated event is stored twice is not documented.
   *
   * `POST /capture/v2/outofband/collection`
   */
  appendCollectionMetadata(
    params: OperationParams<operations["appendCollectionMetadata"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["appendCollectionMetadata"]>>;
  /**
   * Interaction details (v2)
   *
   * Reads what Creovai knows and found about one interaction (call, chat, case, or a flow, a
   * composite of several): its IDs, times, participants with their segments, classifications,
   * custom-field values, talk and silence metrics and metadata. Utterances (the transcript) are
   * included only when Creovai support has enabled full transcripts for the API key. For a flow, pass
   * the flow ID and `isFlow=true`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. (The SDK
   * appends `&isFlow=true` to the path without a `?`; the query parameter is modelled as meant.) The
   * objects stay open: Creovai may send members the SDK does not model.
   *
   * `GET /interactions/v2/{id}`
   */
  getInteraction(
    params: OperationParams<operations["getInteraction"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getInteraction"]>>;
  /**
   * Interaction audio (v2)
   *
   * Downloads an interaction's audio as one MP3 stream (the mixed recording).
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * `GET /interactions/v2/{id}/audio.mp3`
   */
  getInteractionAudio(
    params: OperationParams<operations["getInteractionAudio"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getInteractionAudio"]>>;
  /**
   * Interaction share token (v2)
   *
   * Creates a link that lets one guest user, identified by e-mail address, open one interaction
   * without a Creovai account of their own: the v2 successor of `createCallShareToken`
   * (`callId` → `interactionId`, `callUrl` → `shareUri`). The path's capital `I` is as the SDK sends
   * it.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a retry only issues another link for the same guest and
   * interaction; a link issued by a lost attempt stays unused and expires.
   *
   * `POST /Interactions/v2/token`
   */
  createInteractionShareToken(
    params: OperationParams<operations["createInteractionShareToken"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createInteractionShareToken"]>>;
  /**
   * Purge interactions by ID (v2)
   *
   * Deletes interactions by their Creovai interaction IDs. Each ID gets a result item: `Purging`,
   * `NotFound` (unknown or already purged) or `Error` (see `errorMsg`). With
   * `allowIncompleteInteraction`, interactions still being processed are purged too, when their
   * state allows. No maximum number of IDs is stated for v2 (v1 takes 100).
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
   * re-sent attempt may report `NotFound` for interactions the lost attempt already purged.
   *
   * `POST /interactions/v2/purge`
   */
  purgeInteractions(
    params: OperationParams<operations["purgeInteractions"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeInteractions"]>>;
  /**
   * Purge interactions by session ID (v2)
   *
   * Deletes interactions by the session IDs they were uploaded with. Same request and answer as
   * `purgeInteractions`, with session IDs in `ids`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
   * re-sent attempt may report `NotFound` for interactions the lost attempt already purged.
   *
   * `POST /interactions/v2/purge/sessions`
   */
  purgeInteractionsBySession(
    params: OperationParams<operations["purgeInteractionsBySession"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeInteractionsBySession"]>>;
  /**
   * Purge interactions by customer (v2)
   *
   * Deletes every interaction where one of the given phone numbers or e-mail addresses belongs to an
   * external participant (phone numbers in the form Creovai stored them). With `whatIf=true` nothing
   * is deleted and each interaction that would be is listed with `status: WhatIf`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * Marked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating
   * either leaves the same result; a re-sent purge may report `NotFound` for interactions the lost
   * attempt already purged.
   *
   * `POST /interactions/v2/purge/customer`
   */
  purgeInteractionsByCustomer(
    params: OperationParams<operations["purgeInteractionsByCustomer"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["purgeInteractionsByCustomer"]>>;
  /**
   * Categories (v2)
   *
   * Lists every category Creovai can detect or score (phrases, deep phrases, sequences, scores…),
   * with how it is shown: its `key` links it to the classifications and segments of
   * `getInteraction`.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * `GET /processing/v2/categories`
   */
  listCategories(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listCategories"]>>;
  /**
   * Custom fields (v2)
   *
   * Lists the custom fields defined in Creovai (values extracted from interaction metadata), with
   * their type and how the UI shows them.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * `GET /processing/v2/customFields`
   */
  listCustomFields(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listCustomFields"]>>;
  /**
   * Participant reference types (v2)
   *
   * Lists the participant reference types configured in Creovai (`agent`, `customer`…, the `refType`
   * of interaction participants), whether each is internal, and whether it is left out of analytics.
   * The path's capitals are as the SDK sends them.
   *
   * Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
   *
   * `GET /processing/v2/ParticipantRefTypes`
   */
  listParticipantRefTypes(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listParticipantRefTypes"]>>;
}

/** Type-level facts of a Creovai client: the paths `paginate()` walks (and their item types), and the writes Creovai dedupes by a key the caller sets. */
export interface CreovaiMeta {
  paginated: {

  };
  keyed: {

  };
}
