// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  AlreadyApplied,
  CallOptions,
  ItemAt,
  OperationParams,
  OperationResult,
} from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Dixa client, one per operation of specs/dixa/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface DixaMethods {
  /**
   * List agents
   *
   * Page through the organization's agents and admins, or look one up by `email` or by `phone` (not both: 400). The ids found here are the `agentId` of outbound messages, claims, notes and imports.
   *
   * `GET /v1/agents` (paginated: walk it with `paginate(client, "/v1/agents")`)
   */
  listAgents(
    params?: OperationParams<operations["listAgents"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAgents"]>>;
  /**
   * Update agents
   *
   * Replace several agents' details in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; `displayName` is required and fields left out are cleared. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`).
   *
   * `PUT /v1/agents`
   */
  updateAgents(
    params?: OperationParams<operations["updateAgents"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateAgents"]>>;
  /**
   * Create agent
   *
   * Add an agent to the organization (201). The e-mail address is the login and must not be in use. Not safe to repeat: a second call fails or creates a second agent.
   *
   * `POST /v1/agents`
   */
  createAgent(
    params: OperationParams<operations["createAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createAgent"]>>;
  /**
   * Patch agents
   *
   * Change some fields of several agents in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; fields left out stay as they are. One outcome per entry, in order. Marked idempotent: each entry states final values, so sending the same body twice leaves the same agents.
   *
   * `PATCH /v1/agents`
   */
  patchAgents(
    params?: OperationParams<operations["patchAgents"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchAgents"]>>;
  /**
   * Create agents
   *
   * Create several agents in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new agent, or `BulkActionFailure`. Not safe to repeat: entries that succeeded would fail or be created again.
   *
   * `POST /v1/agents/bulk`
   */
  createAgents(
    params: OperationParams<operations["createAgents"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createAgents"]>>;
  /**
   * List presence
   *
   * Presence of every agent and admin. Unlike other lists, the answer is a bare JSON array (no `data`, no paging). Its times carry no zone (see `LocalTimestamp`).
   *
   * `GET /v1/agents/presence`
   */
  listAgentPresence(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAgentPresence"]>>;
  /**
   * Get agent
   *
   * Fetch one agent or admin.
   *
   * `GET /v1/agents/{agentId}`
   */
  getAgent(
    params: OperationParams<operations["getAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getAgent"]>>;
  /**
   * Update agent
   *
   * Replace an agent's details: `displayName` is required and fields left out are cleared. Use `patchAgent` to change single fields.
   *
   * `PUT /v1/agents/{agentId}`
   */
  updateAgent(
    params: OperationParams<operations["updateAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateAgent"]>>;
  /**
   * Delete agent
   *
   * Take away a user's agent or admin role: the user stays, as an end user. Conversations and history are kept.
   *
   * `DELETE /v1/agents/{agentId}`
   */
  deleteAgent(
    params: OperationParams<operations["deleteAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteAgent"]>>;
  /**
   * Patch agent
   *
   * Change some of an agent's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
   *
   * `PATCH /v1/agents/{agentId}`
   */
  patchAgent(
    params: OperationParams<operations["patchAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchAgent"]>>;
  /**
   * Get presence
   *
   * Whether one agent is online and working, and on which channels. Its times carry no zone (see `LocalTimestamp`).
   *
   * `GET /v1/agents/{agentId}/presence`
   */
  getAgentPresence(
    params: OperationParams<operations["getAgentPresence"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getAgentPresence"]>>;
  /**
   * Updates the working channel of an agent
   *
   * Start or stop an agent working on one channel group (e-mail, interactive chat, messaging, or `Speak` for phone).
   *
   * `PUT /v1/agents/{agentId}/presence/working-channel`
   */
  updateAgentWorkingChannel(
    params: OperationParams<operations["updateAgentWorkingChannel"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateAgentWorkingChannel"]>>;
  /**
   * List teams
   *
   * The teams an agent or admin belongs to, by id (`getTeam` has their names).
   *
   * `GET /v1/agents/{agentId}/teams`
   */
  listAgentTeams(
    params: OperationParams<operations["listAgentTeams"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAgentTeams"]>>;
  /**
   * Filter values
   *
   * Page through the values a filter attribute (e.g. `channel`, `queue_id`, `agent_id`) can take, to put in the `filters` of `queryMetricData` and `queryMetricRecords`. Attributes are shared by all metrics and records; a filter that does not apply to one is ignored.
   *
   * `GET /v1/analytics/filter/{filterAttribute}` (paginated: walk it with `paginate(client, "/v1/analytics/filter/{filterAttribute}")`)
   */
  listAnalyticsFilterValues(
    params: OperationParams<operations["listAnalyticsFilterValues"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAnalyticsFilterValues"]>>;
  /**
   * Metrics Catalogue
   *
   * Page through the metrics `queryMetricData` can compute (e.g. `csat`, `closed_conversations`), each with the filters and aggregations it accepts and the records it is built from.
   *
   * `GET /v1/analytics/metrics` (paginated: walk it with `paginate(client, "/v1/analytics/metrics")`)
   */
  listMetrics(
    params?: OperationParams<operations["listMetrics"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listMetrics"]>>;
  /**
   * Get Metric Data
   *
   * Compute one metric (aggregated), over a period (`periodFilter`: a preset such as last week, or an interval) or over given conversations (`csidFilter`), optionally filtered. Each aggregate comes tagged with its type (`LongAggregateValue`, `DoubleAggregateValue`, `AgentPresenceDurationValue`). Sent as POST only to carry the query: it changes nothing, so it is marked idempotent and may be retried.
   *
   * `POST /v1/analytics/metrics`
   */
  queryMetricData(
    params: OperationParams<operations["queryMetricData"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["queryMetricData"]>>;
  /**
   * Metric Description
   *
   * One metric of the catalogue, with the filters and aggregations it accepts.
   *
   * `GET /v1/analytics/metrics/{metricId}`
   */
  getMetric(
    params: OperationParams<operations["getMetric"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getMetric"]>>;
  /**
   * Metric Records Catalogue
   *
   * Page through the kinds of records (unaggregated rows) `queryMetricRecords` can return, e.g. `ratings` (one row per CSAT rating) or `closed_conversations`, each with its fields and filters.
   *
   * `GET /v1/analytics/records` (paginated: walk it with `paginate(client, "/v1/analytics/records")`)
   */
  listMetricRecords(
    params?: OperationParams<operations["listMetricRecords"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listMetricRecords"]>>;
  /**
   * Get Metric Records Data
   *
   * Page through the rows of one record (unaggregated data, e.g. every CSAT rating), over a period or given conversations, optionally filtered. `pageLimit` and `pageKey` are query parameters even though this is a POST; send the same body for every page. Each field value is tagged with its type (`LongField`, `StringField`, `UUIDField`...). Changes nothing, so it is marked idempotent and may be retried.
   *
   * `POST /v1/analytics/records` (paginated: walk it with `paginate(client, "/v1/analytics/records")`)
   */
  queryMetricRecords(
    params: OperationParams<operations["queryMetricRecords"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["queryMetricRecords"]>>;
  /**
   * Metric Record Description
   *
   * One record of the catalogue, with its fields (and whether each may be empty) and filters.
   *
   * `GET /v1/analytics/records/{recordId}`
   */
  getMetricRecord(
    params: OperationParams<operations["getMetricRecord"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getMetricRecord"]>>;
  /**
   * Anonymize entity
   *
   * Older, generic way to queue the anonymization of an end user (`_type: User`, `entityId` = user id) or a conversation (`_type: Conversation`, `entityId` = conversation id); use `anonymizeEndUser`, `anonymizeConversation` or `anonymizeMessage` instead. A conversation must be closed first unless `forceAnonymization` is `true`. Poll the answer's id with `getAnonymizationRequest`.
   *
   * `POST /v1/anonymization`
   *
   * @deprecated The vendor marks this operation deprecated.
   */
  anonymizeEntity(
    params: OperationParams<operations["anonymizeEntity"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["anonymizeEntity"]>>;
  /**
   * Get anonymization status
   *
   * Where an anonymization request stands: `processedAt` is set once the data is gone. The id comes from the 202 answer of `anonymizeConversation`, `anonymizeMessage` or `anonymizeEndUser` (or from `anonymizeEntity`).
   *
   * `GET /v1/anonymization/request/{requestId}`
   */
  getAnonymizationRequest(
    params: OperationParams<operations["getAnonymizationRequest"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getAnonymizationRequest"]>>;
  /**
   * List business hours schedules
   *
   * The organization's opening-hours schedules, by id and name. The list sits inside `data.schedules`.
   *
   * `GET /v1/business-hours/schedules`
   */
  listBusinessHoursSchedules(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listBusinessHoursSchedules"]>>;
  /**
   * Get a business hours schedule definition.
   *
   * How a schedule is set up: its time zone, the regular opening hours per weekday and the exceptions (holidays, special days), recurring or not.
   *
   * `GET /v1/business-hours/schedules/{scheduleId}/definition`
   */
  getBusinessHoursScheduleDefinition(
    params: OperationParams<operations["getBusinessHoursScheduleDefinition"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getBusinessHoursScheduleDefinition"]>>;
  /**
   * Check if a business is open
   *
   * Whether the schedule says the business is open now, or at `timestamp`, and when that changes next.
   *
   * `GET /v1/business-hours/schedules/{scheduleId}/status`
   */
  getBusinessHoursStatus(
    params: OperationParams<operations["getBusinessHoursStatus"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getBusinessHoursStatus"]>>;
  /**
   * Get the upcoming business hours schedule.
   *
   * The opening hours of the next `days` days (1 to 90, default 7), with recurring rules and exceptions already applied.
   *
   * `GET /v1/business-hours/schedules/{scheduleId}/upcoming`
   */
  getUpcomingBusinessHours(
    params: OperationParams<operations["getUpcomingBusinessHours"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getUpcomingBusinessHours"]>>;
  /**
   * List contact endpoints
   *
   * The e-mail addresses and phone numbers the organization is reached at. An e-mail endpoint's `address` is what `createConversation` takes as `emailIntegrationId`; a phone endpoint's `number` is a `contactEndpointId` for SMS and callback conversations. Not paginated.
   *
   * `GET /v1/contact-endpoints`
   */
  listContactEndpoints(
    params?: OperationParams<operations["listContactEndpoints"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listContactEndpoints"]>>;
  /**
   * Get contact endpoint
   *
   * Fetch one contact endpoint by its id, which is the e-mail address or the phone number itself.
   *
   * `GET /v1/contact-endpoints/{contactEndpointId}`
   */
  getContactEndpoint(
    params: OperationParams<operations["getContactEndpoint"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getContactEndpoint"]>>;
  /**
   * Create conversation
   *
   * Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation, unless the first message carries an `externalId` (`message.externalId`): Dixa then rejects a second conversation with the same message id (400 `Duplicate externalId`), so a retry with it set is safe.
   *
   * `POST /v1/conversations`
   *
   * Resolves to {@link AlreadyApplied} when a re-sent attempt met the vendor's duplicate answer for `message.externalId`: the write was applied once.
   */
  createConversation(
    params: OperationParams<operations["createConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createConversation"]> | AlreadyApplied>;
  /**
   * List organization activity log
   *
   * Page through the activity log of every conversation in the organization, optionally limited to a time window.
   *
   * `GET /v1/conversations/activitylog` (paginated: walk it with `paginate(client, "/v1/conversations/activitylog")`)
   */
  listOrganizationActivityLog(
    params?: OperationParams<operations["listOrganizationActivityLog"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listOrganizationActivityLog"]>>;
  /**
   * List flows
   *
   * List the organization's conversation flows for one channel (phone flows when no channel is given).
   *
   * `GET /v1/conversations/flows`
   */
  listFlows(
    params?: OperationParams<operations["listFlows"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listFlows"]>>;
  /**
   * Import conversation
   *
   * Bring a conversation that happened outside Dixa in, with its history. Inbound messages are written by the requester unless the channel's message `attributes` name another author; outbound messages by their `agentId`. Not safe to repeat: each call creates another conversation.
   *
   * `POST /v1/conversations/import`
   */
  importConversation(
    params: OperationParams<operations["importConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["importConversation"]>>;
  /**
   * Get conversation
   *
   * Fetch one conversation. The shape of `data` depends on the channel; `data._type` says which.
   *
   * `GET /v1/conversations/{conversationId}`
   */
  getConversation(
    params: OperationParams<operations["getConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getConversation"]>>;
  /**
   * List activity log
   *
   * Everything that happened to one conversation, as activity log entries.
   *
   * `GET /v1/conversations/{conversationId}/activitylog`
   */
  listActivityLog(
    params: OperationParams<operations["listActivityLog"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listActivityLog"]>>;
  /**
   * Anonymize conversation
   *
   * Queue the anonymization of a whole conversation. The answer describes the queued request; the work happens later. Marked idempotent: asking again for the same conversation cannot anonymize more than once (at worst Dixa answers 409 for the repeat).
   *
   * `PATCH /v1/conversations/{conversationId}/anonymize`
   */
  anonymizeConversation(
    params: OperationParams<operations["anonymizeConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["anonymizeConversation"]>>;
  /**
   * Claim conversation
   *
   * Assign the conversation to an agent. With `force: false` a conversation another agent already holds is left alone.
   *
   * `PUT /v1/conversations/{conversationId}/claim`
   */
  claimConversation(
    params: OperationParams<operations["claimConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["claimConversation"]>>;
  /**
   * Close conversation
   *
   * Close the conversation, optionally on behalf of an agent or admin.
   *
   * `PUT /v1/conversations/{conversationId}/close`
   */
  closeConversation(
    params: OperationParams<operations["closeConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["closeConversation"]>>;
  /**
   * Patch conversation custom attributes
   *
   * Set or clear custom attribute values on a conversation; attributes not named stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
   *
   * `PATCH /v1/conversations/{conversationId}/custom-attributes`
   */
  patchConversationCustomAttributes(
    params: OperationParams<operations["patchConversationCustomAttributes"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchConversationCustomAttributes"]>>;
  /**
   * Followup conversation
   *
   * Put the conversation on follow-up until the given time.
   *
   * `PUT /v1/conversations/{conversationId}/followup`
   */
  followupConversation(
    params: OperationParams<operations["followupConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["followupConversation"]>>;
  /**
   * Link a conversation to a parent conversation
   *
   * Make this conversation a child of another one. A parent takes at most 100 children, a child has one parent, and a child cannot have children of its own.
   *
   * `PUT /v1/conversations/{conversationId}/link`
   */
  linkConversation(
    params: OperationParams<operations["linkConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["linkConversation"]>>;
  /**
   * List linked conversations
   *
   * List the child conversations linked to this one (side conversations, transcripts, ...).
   *
   * `GET /v1/conversations/{conversationId}/linked`
   */
  listLinkedConversations(
    params: OperationParams<operations["listLinkedConversations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listLinkedConversations"]>>;
  /**
   * List messages
   *
   * All messages of a conversation, oldest first. `attributes._type` names the channel-specific shape; messages of contact-form conversations come as `EmailAttributes` when sent from a web form and as `ContactFormAttributes` when sent from the chat widget.
   *
   * `GET /v1/conversations/{conversationId}/messages`
   */
  listMessages(
    params: OperationParams<operations["listMessages"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listMessages"]>>;
  /**
   * Add message
   *
   * Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message, unless `externalId` is set: Dixa then rejects a second message with the same id (400 `Duplicate externalId`), so a retry with it set is safe.
   *
   * `POST /v1/conversations/{conversationId}/messages`
   *
   * Resolves to {@link AlreadyApplied} when a re-sent attempt met the vendor's duplicate answer for `externalId`: the write was applied once.
   */
  addMessage(
    params: OperationParams<operations["addMessage"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addMessage"]> | AlreadyApplied>;
  /**
   * Anonymize message
   *
   * Queue the anonymization of one message. Marked idempotent: repeating the request targets the same message and cannot do more than the first one (at worst Dixa answers 409).
   *
   * `PATCH /v1/conversations/{conversationId}/messages/{messageId}/anonymize`
   */
  anonymizeMessage(
    params: OperationParams<operations["anonymizeMessage"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["anonymizeMessage"]>>;
  /**
   * List internal notes
   *
   * All internal notes of a conversation, oldest first.
   *
   * `GET /v1/conversations/{conversationId}/notes`
   */
  listInternalNotes(
    params: OperationParams<operations["listInternalNotes"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listInternalNotes"]>>;
  /**
   * Add internal note
   *
   * Add an internal note to a conversation, optionally as a given agent and backdated. Not safe to repeat: each call adds another note.
   *
   * `POST /v1/conversations/{conversationId}/notes`
   */
  addInternalNote(
    params: OperationParams<operations["addInternalNote"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addInternalNote"]>>;
  /**
   * Add internal notes
   *
   * Add several internal notes in one call. The answer has one outcome per note, in order: `BulkActionSuccess` with the note or `BulkActionFailure` with the error. Not safe to repeat: notes that succeeded would be added again.
   *
   * `POST /v1/conversations/{conversationId}/notes/bulk`
   */
  addInternalNotes(
    params: OperationParams<operations["addInternalNotes"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addInternalNotes"]>>;
  /**
   * List rating
   *
   * Older way to read a conversation's ratings; use `listRatings` (`/ratings`) instead. Same answer.
   *
   * `GET /v1/conversations/{conversationId}/rating`
   *
   * @deprecated The vendor marks this operation deprecated.
   */
  getRating(
    params: OperationParams<operations["getRating"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getRating"]>>;
  /**
   * List ratings for a conversation
   *
   * Latest status of each rating question of a conversation. A survey with several questions yields one entry per question (all with the survey's id), which may mix `Offered` and `Rated` while the survey is partly answered.
   *
   * `GET /v1/conversations/{conversationId}/ratings`
   */
  listRatings(
    params: OperationParams<operations["listRatings"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listRatings"]>>;
  /**
   * Create conversation rating offer
   *
   * Record that a rating was offered for a conversation. Its `id` is the `ratingId` to submit the result to. Not safe to repeat: each call records another offer.
   *
   * `POST /v1/conversations/{conversationId}/ratings/offer`
   */
  createRatingOffer(
    params: OperationParams<operations["createRatingOffer"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createRatingOffer"]>>;
  /**
   * Create conversation rating result
   *
   * Record the customer's answer to a rating offer. Not safe to repeat blindly: a second call records the answer again.
   *
   * `POST /v1/conversations/{conversationId}/ratings/{ratingId}/submit`
   */
  submitRatingResult(
    params: OperationParams<operations["submitRatingResult"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["submitRatingResult"]>>;
  /**
   * Reopen conversation
   *
   * Reopen a closed conversation and offer it again in its queue, or in the organization's default queue when it has none.
   *
   * `PUT /v1/conversations/{conversationId}/reopen`
   */
  reopenConversation(
    params: OperationParams<operations["reopenConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["reopenConversation"]>>;
  /**
   * List tags
   *
   * The tags on a conversation.
   *
   * `GET /v1/conversations/{conversationId}/tags`
   */
  listTags(
    params: OperationParams<operations["listTags"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listTags"]>>;
  /**
   * Bulk tag conversation
   *
   * Add several tags, named by their text, to a conversation. Dixa creates tags that do not exist yet and does the work in the background. Not marked idempotent: a repeat while the first request is still processing could create the same new tag twice.
   *
   * `POST /v1/conversations/{conversationId}/tags/bulk`
   */
  bulkTagConversation(
    params: OperationParams<operations["bulkTagConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["bulkTagConversation"]>>;
  /**
   * Tag conversation
   *
   * Add an active tag to a conversation.
   *
   * `PUT /v1/conversations/{conversationId}/tags/{tagId}`
   */
  tagConversation(
    params: OperationParams<operations["tagConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["tagConversation"]>>;
  /**
   * Untag conversation
   *
   * Remove a tag, active or not, from a conversation.
   *
   * `DELETE /v1/conversations/{conversationId}/tags/{tagId}`
   */
  untagConversation(
    params: OperationParams<operations["untagConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["untagConversation"]>>;
  /**
   * Transfer conversation
   *
   * Move the conversation to another queue.
   *
   * `PUT /v1/conversations/{conversationId}/transfer/queue`
   */
  transferConversation(
    params: OperationParams<operations["transferConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["transferConversation"]>>;
  /**
   * List custom attributes definitions
   *
   * Every custom attribute the organization defined, for conversations (`entityType: Conversation`) and for end users (`Contact`). The ids are the keys of the bodies of `patchConversationCustomAttributes` and `patchEndUserCustomAttributes`; `inputDefinition` says whether a value is a string (`Text`) or a path of option values (`Select`). Not paginated.
   *
   * `GET /v1/custom-attributes`
   */
  listCustomAttributeDefinitions(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listCustomAttributeDefinitions"]>>;
  /**
   * Get custom attribute definition by id
   *
   * Fetch one custom attribute definition. Dixa documents no 404 here; an unknown id is answered with 400.
   *
   * `GET /v1/custom-attributes/{customAttributeId}`
   */
  getCustomAttributeDefinition(
    params: OperationParams<operations["getCustomAttributeDefinition"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getCustomAttributeDefinition"]>>;
  /**
   * List end users
   *
   * Page through the organization's end users (customers), or look one up by `email`, `phone` or `externalId`: at most one of the three filters per request (400 otherwise). The ids found here are what `createConversation` and `importConversation` take as `requesterId`. Custom attribute values are not part of this list; `getEndUser` has them.
   *
   * `GET /v1/endusers` (paginated: walk it with `paginate(client, "/v1/endusers")`)
   */
  listEndUsers(
    params?: OperationParams<operations["listEndUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listEndUsers"]>>;
  /**
   * Update end users
   *
   * Replace several end users in one call (`data`, one entry per user, each with its `id`): fields left out are cleared, `displayName` is required. The answer has one outcome per entry, in order: `BulkActionSuccess` with the user as stored, or `BulkActionFailure` with the reason.
   *
   * `PUT /v1/endusers`
   */
  updateEndUsers(
    params: OperationParams<operations["updateEndUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateEndUsers"]>>;
  /**
   * Create end user
   *
   * Add an end user. Every field is optional, but Dixa rejects an e-mail address or phone number another end user already has (400). Answers 201 with the new user, whose `id` is a `requesterId` for new conversations. Not safe to repeat without a unique e-mail or phone: a second call would create a second user.
   *
   * `POST /v1/endusers`
   */
  createEndUser(
    params: OperationParams<operations["createEndUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createEndUser"]>>;
  /**
   * Patch end users
   *
   * Change some fields of several end users in one call (`data`, one entry per user, each with its `id`); fields left out stay as they are. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`). Marked idempotent: each entry states final values, so sending the same body twice leaves the same users.
   *
   * `PATCH /v1/endusers`
   */
  patchEndUsers(
    params: OperationParams<operations["patchEndUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchEndUsers"]>>;
  /**
   * Create end users
   *
   * Create several end users in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new user, or `BulkActionFailure` (e.g. `Validation` when the e-mail address is taken). Not safe to repeat: entries that succeeded would be created again (or fail as duplicates).
   *
   * `POST /v1/endusers/bulk`
   */
  createEndUsers(
    params: OperationParams<operations["createEndUsers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createEndUsers"]>>;
  /**
   * Get end user
   *
   * Fetch one end user, with its custom attribute values.
   *
   * `GET /v1/endusers/{userId}`
   */
  getEndUser(
    params: OperationParams<operations["getEndUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getEndUser"]>>;
  /**
   * Update end user
   *
   * Replace an end user's details: `displayName` is required and fields left out are cleared. Use `patchEndUser` to change single fields.
   *
   * `PUT /v1/endusers/{userId}`
   */
  updateEndUser(
    params: OperationParams<operations["updateEndUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateEndUser"]>>;
  /**
   * Patch end user
   *
   * Change some of an end user's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
   *
   * `PATCH /v1/endusers/{userId}`
   */
  patchEndUser(
    params: OperationParams<operations["patchEndUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchEndUser"]>>;
  /**
   * Anonymize end user
   *
   * Queue the anonymization of an end user and their data. Conversations they requested that are still open block it unless `force` is `true`, which closes them first. The answer describes the queued request; poll it with `getAnonymizationRequest`. Marked idempotent: asking again for the same user cannot anonymize more than once (at worst Dixa answers 409 for the repeat).
   *
   * `PATCH /v1/endusers/{userId}/anonymize`
   */
  anonymizeEndUser(
    params: OperationParams<operations["anonymizeEndUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["anonymizeEndUser"]>>;
  /**
   * List end user conversations
   *
   * Page through the conversations an end user requested, on every channel. As in `getConversation`, `_type` names each conversation's shape; custom attribute values are left out (fetch a conversation for them).
   *
   * `GET /v1/endusers/{userId}/conversations` (paginated: walk it with `paginate(client, "/v1/endusers/{userId}/conversations")`)
   */
  listEndUserConversations(
    params: OperationParams<operations["listEndUserConversations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listEndUserConversations"]>>;
  /**
   * Patch end user custom attributes
   *
   * Set or clear custom attribute values of an end user (attributes whose definition has `entityType: Contact`); attributes not named stay as they are. Same body as `patchConversationCustomAttributes`. Marked idempotent: the body states final values, so sending it twice leaves the same result.
   *
   * `PATCH /v1/endusers/{userId}/custom-attributes`
   */
  patchEndUserCustomAttributes(
    params: OperationParams<operations["patchEndUserCustomAttributes"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchEndUserCustomAttributes"]>>;
  /**
   * Create article
   *
   * Create a knowledge article with its first translations (drafts), optionally inside a category (`parentId`) and tagged. Answers 200 with the article. Publish it with `publishKnowledgeArticle`. Not safe to repeat: each call creates another article.
   *
   * `POST /v1/knowledge/articles`
   */
  createKnowledgeArticle(
    params: OperationParams<operations["createKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createKnowledgeArticle"]>>;
  /**
   * Upload article attachments
   *
   * Upload images to use in knowledge articles, as `multipart/form-data` with one `files` part per image: PNG, JPEG, GIF or WebP, at most 5 files of at most 4 MB each and 10 MB in all. Files are judged one by one: the answer lists the URLs of the accepted ones in `data` and the rejected ones in `partialErrors` (with a 400- or 500-style `code`). Not safe to repeat: each call stores the files again under new URLs.
   *
   * `POST /v1/knowledge/articles/attachments`
   */
  uploadKnowledgeArticleAttachments(
    params: OperationParams<operations["uploadKnowledgeArticleAttachments"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadKnowledgeArticleAttachments"]>>;
  /**
   * Get article
   *
   * Fetch a knowledge article with its draft and published version in one language (`language`, or the default language).
   *
   * `GET /v1/knowledge/articles/{articleId}`
   */
  getKnowledgeArticle(
    params: OperationParams<operations["getKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getKnowledgeArticle"]>>;
  /**
   * Delete article
   *
   * Delete a knowledge article with all its translations.
   *
   * `DELETE /v1/knowledge/articles/{articleId}`
   */
  deleteKnowledgeArticle(
    params: OperationParams<operations["deleteKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteKnowledgeArticle"]>>;
  /**
   * Update article
   *
   * Change an article's owner, add or remove tags, or switch pre-release mode; fields left out stay as they are. Translations are changed with `patchKnowledgeArticleTranslations`.
   *
   * `PATCH /v1/knowledge/articles/{articleId}`
   */
  patchKnowledgeArticle(
    params: OperationParams<operations["patchKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchKnowledgeArticle"]>>;
  /**
   * Remove article parent
   *
   * Take an article out of its category, so it has no parent.
   *
   * `DELETE /v1/knowledge/articles/{articleId}/parent`
   */
  deleteKnowledgeArticleParent(
    params: OperationParams<operations["deleteKnowledgeArticleParent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteKnowledgeArticleParent"]>>;
  /**
   * Move article
   *
   * Move an article into another category or collection (`parentId`). Marked idempotent: the article ends up under that parent however often this is sent.
   *
   * `PATCH /v1/knowledge/articles/{articleId}/parent/{parentId}`
   */
  moveKnowledgeArticle(
    params: OperationParams<operations["moveKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["moveKnowledgeArticle"]>>;
  /**
   * Publish article
   *
   * Publish the current drafts of all the article's translations as a new version, for search and help centers. Not safe to repeat: each call publishes another version.
   *
   * `POST /v1/knowledge/articles/{articleId}/publish`
   */
  publishKnowledgeArticle(
    params: OperationParams<operations["publishKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["publishKnowledgeArticle"]>>;
  /**
   * Get article translations
   *
   * Every translation of an article, drafts and published versions.
   *
   * `GET /v1/knowledge/articles/{articleId}/translations`
   */
  listKnowledgeArticleTranslations(
    params: OperationParams<operations["listKnowledgeArticleTranslations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listKnowledgeArticleTranslations"]>>;
  /**
   * Update article translations
   *
   * Create or replace draft translations of an article, one per language. Languages are handled one by one: the answer has the stored drafts in `data` and the languages that failed in `partialErrors`. Languages not named stay as they are. Marked idempotent: each entry states the final draft of its language, so sending the body twice leaves the same drafts.
   *
   * `PATCH /v1/knowledge/articles/{articleId}/translations`
   */
  patchKnowledgeArticleTranslations(
    params: OperationParams<operations["patchKnowledgeArticleTranslations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchKnowledgeArticleTranslations"]>>;
  /**
   * Delete article translation
   *
   * Delete one translation of an article, draft and published versions.
   *
   * `DELETE /v1/knowledge/articles/{articleId}/translations/{languageId}`
   */
  deleteKnowledgeArticleTranslation(
    params: OperationParams<operations["deleteKnowledgeArticleTranslation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteKnowledgeArticleTranslation"]>>;
  /**
   * Publish translation
   *
   * Publish the current draft of one translation, for search and help centers.
   *
   * `POST /v1/knowledge/articles/{articleId}/translations/{languageId}/publish`
   */
  publishKnowledgeArticleTranslation(
    params: OperationParams<operations["publishKnowledgeArticleTranslation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["publishKnowledgeArticleTranslation"]>>;
  /**
   * Unpublish translation
   *
   * Take one translation out of search and help centers; its draft stays. Marked idempotent: the translation ends up unpublished however often this is sent.
   *
   * `POST /v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish`
   */
  unpublishKnowledgeArticleTranslation(
    params: OperationParams<operations["unpublishKnowledgeArticleTranslation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["unpublishKnowledgeArticleTranslation"]>>;
  /**
   * Unpublish article
   *
   * Take all translations of an article out of search and help centers; the drafts stay. Marked idempotent: the article ends up unpublished however often this is sent.
   *
   * `POST /v1/knowledge/articles/{articleId}/unpublish`
   */
  unpublishKnowledgeArticle(
    params: OperationParams<operations["unpublishKnowledgeArticle"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["unpublishKnowledgeArticle"]>>;
  /**
   * Get category
   *
   * Fetch a knowledge category, with its title in one language (`language`, or the default language) and where it sits.
   *
   * `GET /v1/knowledge/categories/{categoryId}`
   */
  getKnowledgeCategory(
    params: OperationParams<operations["getKnowledgeCategory"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getKnowledgeCategory"]>>;
  /**
   * Get category translations
   *
   * The category's title in every language it has.
   *
   * `GET /v1/knowledge/categories/{categoryId}/translations`
   */
  listKnowledgeCategoryTranslations(
    params: OperationParams<operations["listKnowledgeCategoryTranslations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listKnowledgeCategoryTranslations"]>>;
  /**
   * List collections
   *
   * Page through the knowledge base's collections (top-level groupings, e.g. one per help center).
   *
   * `GET /v1/knowledge/collections` (paginated: walk it with `paginate(client, "/v1/knowledge/collections")`)
   */
  listKnowledgeCollections(
    params?: OperationParams<operations["listKnowledgeCollections"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listKnowledgeCollections"]>>;
  /**
   * Get collection
   *
   * Fetch one knowledge collection.
   *
   * `GET /v1/knowledge/collections/{collectionId}`
   */
  getKnowledgeCollection(
    params: OperationParams<operations["getKnowledgeCollection"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getKnowledgeCollection"]>>;
  /**
   * Get collection catalog
   *
   * The tree of a collection's categories and articles, with titles in one language (`language`, or the default language).
   *
   * `GET /v1/knowledge/collections/{collectionId}/catalog`
   */
  getKnowledgeCollectionCatalog(
    params: OperationParams<operations["getKnowledgeCollectionCatalog"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getKnowledgeCollectionCatalog"]>>;
  /**
   * Get organization details
   *
   * The organization the API token belongs to. A cheap call to check that a token works and to learn the organization id that webhook events carry.
   *
   * `GET /v1/organization`
   */
  getOrganization(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getOrganization"]>>;
  /**
   * List queues
   *
   * Every queue of the organization with its offering settings; the ids are what `transferConversation` takes. Not paginated.
   *
   * `GET /v1/queues`
   */
  listQueues(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listQueues"]>>;
  /**
   * Create queue
   *
   * Create a queue (201). The settings go inside `request`. Not safe to repeat: each call creates another queue.
   *
   * `POST /v1/queues`
   */
  createQueue(
    params: OperationParams<operations["createQueue"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createQueue"]>>;
  /**
   * Get the position of the conversation in its current queue
   *
   * Roughly how many conversations are ahead of this one in the queue it waits in, e.g. for a chatbot to tell the customer.
   *
   * `GET /v1/queues/conversation-position/{csid}`
   */
  getConversationQueuePosition(
    params: OperationParams<operations["getConversationQueuePosition"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getConversationQueuePosition"]>>;
  /**
   * Get queue
   *
   * Fetch one queue with its settings.
   *
   * `GET /v1/queues/{queueId}`
   */
  getQueue(
    params: OperationParams<operations["getQueue"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getQueue"]>>;
  /**
   * Get queue availability
   *
   * Whether a queue can take conversations now on the organization's generic chat channels (chatbot platforms such as adachat, kindlychat, digitalgeniuschat, genericapimessaging). One outcome per channel: `Success` with the availability, or `Failure` when Dixa could not tell. 409 when the organization has none of these channels.
   *
   * `GET /v1/queues/{queueId}/availability`
   */
  getQueueAvailability(
    params: OperationParams<operations["getQueueAvailability"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getQueueAvailability"]>>;
  /**
   * List agents
   *
   * The agents and admins who serve a queue, with their priority in it.
   *
   * `GET /v1/queues/{queueId}/members`
   */
  listQueueMembers(
    params: OperationParams<operations["listQueueMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listQueueMembers"]>>;
  /**
   * Remove agents
   *
   * Remove agents or admins from a queue. The agents to remove go in a JSON body, which this DELETE requires.
   *
   * `DELETE /v1/queues/{queueId}/members`
   */
  removeQueueMembers(
    params: OperationParams<operations["removeQueueMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["removeQueueMembers"]>>;
  /**
   * Assign agents
   *
   * Make agents or admins members of a queue. One outcome per agent, in order: `BulkActionSuccess` with the agent id, or `BulkActionFailure` (e.g. `NotFound`, or `Validation` for a user who is not an agent).
   *
   * `PATCH /v1/queues/{queueId}/members`
   */
  addQueueMembers(
    params: OperationParams<operations["addQueueMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addQueueMembers"]>>;
  /**
   * Search conversations
   *
   * Find conversations containing a text. Replaced by `searchConversationsWithFilters` (POST), which also takes filters.
   *
   * `GET /v1/search/conversations` (paginated: walk it with `paginate(client, "/v1/search/conversations")`)
   *
   * @deprecated The vendor marks this operation deprecated.
   */
  searchConversations(
    params: OperationParams<operations["searchConversations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["searchConversations"]>>;
  /**
   * Search conversations with filters
   *
   * Find conversations by text, by filters on their fields, or both. Sent as POST only to carry the filters: it changes nothing, so it is marked idempotent and may be retried.
   *
   * `POST /v1/search/conversations` (paginated: walk it with `paginate(client, "/v1/search/conversations")`)
   */
  searchConversationsWithFilters(
    params?: OperationParams<operations["searchConversationsWithFilters"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["searchConversationsWithFilters"]>>;
  /**
   * List tags
   *
   * Every tag of the organization, to map tag names to the ids that `tagConversation`, `untagConversation` and `bulkTagConversation` take. Active tags only, unless `includeDeactivated` is `true`. Not paginated: the whole list comes in one answer.
   *
   * `GET /v1/tags`
   */
  listOrganizationTags(
    params?: OperationParams<operations["listOrganizationTags"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listOrganizationTags"]>>;
  /**
   * Create tag
   *
   * Add a tag to the organization. Answers 200 (not 201) with the new tag. Not safe to repeat: Dixa does not say how it treats a second tag of the same name.
   *
   * `POST /v1/tags`
   */
  createTag(
    params: OperationParams<operations["createTag"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createTag"]>>;
  /**
   * Get tag
   *
   * Fetch one tag of the organization by id.
   *
   * `GET /v1/tags/{tagId}`
   */
  getTag(
    params: OperationParams<operations["getTag"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getTag"]>>;
  /**
   * Delete tag
   *
   * Delete the tag and remove it from every conversation it is on. This cannot be undone; `deactivateTag` only hides it from new use.
   *
   * `DELETE /v1/tags/{tagId}`
   */
  deleteTag(
    params: OperationParams<operations["deleteTag"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteTag"]>>;
  /**
   * Activate tag
   *
   * Make a deactivated tag usable on conversations again. Marked idempotent: the tag ends up active however often this is sent.
   *
   * `PATCH /v1/tags/{tagId}/activate`
   */
  activateTag(
    params: OperationParams<operations["activateTag"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["activateTag"]>>;
  /**
   * Deactivate tag
   *
   * Stop a tag from being added to conversations; conversations that have it keep it, and `listOrganizationTags` hides it unless asked for deactivated tags. Marked idempotent: the tag ends up inactive however often this is sent.
   *
   * `PATCH /v1/tags/{tagId}/deactivate`
   */
  deactivateTag(
    params: OperationParams<operations["deactivateTag"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deactivateTag"]>>;
  /**
   * List teams
   *
   * Every team of the organization. Not paginated.
   *
   * `GET /v1/teams`
   */
  listTeams(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listTeams"]>>;
  /**
   * Create team
   *
   * Create an empty team (201); add agents with `addTeamMembers`. Not safe to repeat: each call creates another team.
   *
   * `POST /v1/teams`
   */
  createTeam(
    params: OperationParams<operations["createTeam"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createTeam"]>>;
  /**
   * Get team
   *
   * Fetch one team.
   *
   * `GET /v1/teams/{teamId}`
   */
  getTeam(
    params: OperationParams<operations["getTeam"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getTeam"]>>;
  /**
   * Delete team
   *
   * Delete a team. Its agents stay agents.
   *
   * `DELETE /v1/teams/{teamId}`
   */
  deleteTeam(
    params: OperationParams<operations["deleteTeam"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteTeam"]>>;
  /**
   * List members
   *
   * The agents and admins in a team. Not paginated.
   *
   * `GET /v1/teams/{teamId}/agents`
   */
  listTeamMembers(
    params: OperationParams<operations["listTeamMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listTeamMembers"]>>;
  /**
   * Remove members
   *
   * Remove agents or admins from a team. The agents to remove go in a JSON body, which this DELETE requires.
   *
   * `DELETE /v1/teams/{teamId}/agents`
   */
  removeTeamMembers(
    params: OperationParams<operations["removeTeamMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["removeTeamMembers"]>>;
  /**
   * Add members
   *
   * Add agents or admins to a team. Dixa answers 200 with no body.
   *
   * `PATCH /v1/teams/{teamId}/agents`
   */
  addTeamMembers(
    params: OperationParams<operations["addTeamMembers"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addTeamMembers"]>>;
  /**
   * List presence
   *
   * Page through the presence of a team's members. Times carry no zone (see `LocalTimestamp`).
   *
   * `GET /v1/teams/{teamId}/presence` (paginated: walk it with `paginate(client, "/v1/teams/{teamId}/presence")`)
   */
  listTeamPresence(
    params: OperationParams<operations["listTeamPresence"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listTeamPresence"]>>;
  /**
   * List templates
   *
   * The organization's templates, page by page, optionally only of one kind. `_type` says whether a template is a quick response (inserted by agents) or an e-mail auto-reply.
   *
   * `GET /v1/templates` (paginated: walk it with `paginate(client, "/v1/templates")`)
   */
  listTemplates(
    params?: OperationParams<operations["listTemplates"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listTemplates"]>>;
  /**
   * Delete template
   *
   * Delete a template. This cannot be undone; check first that no flow or automation uses it.
   *
   * `DELETE /v1/templates/{templateId}`
   */
  deleteTemplate(
    params: OperationParams<operations["deleteTemplate"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteTemplate"]>>;
  /**
   * List all Webhook Subscriptions
   *
   * Every webhook subscription of the organization, with the secret key each one signs its requests with. Not paginated.
   *
   * `GET /v1/webhooks`
   */
  listWebhookSubscriptions(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWebhookSubscriptions"]>>;
  /**
   * Create Webhook Subscription
   *
   * Subscribe a URL of yours to events (201). `authorization` says what Dixa sends in the `Authorization` header of each request: nothing (`NoAuth`), `Basic base64(username:password)` (`BasicAuth`) or `Bearer <value>` (`TokenAuth`); `customHeaders` adds more headers (send `{}` for none; Dixa requires the field). `filters` narrows the events, e.g. to some channels or queues. Every request Dixa sends is also signed with the subscription's `secretKey` (`X-DIXA-SIGNATURE`). Not safe to repeat: each call creates another subscription, and each would receive every event.
   *
   * `POST /v1/webhooks`
   */
  createWebhookSubscription(
    params: OperationParams<operations["createWebhookSubscription"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createWebhookSubscription"]>>;
  /**
   * Webhook Subscription
   *
   * Fetch one webhook subscription, with its secret key.
   *
   * `GET /v1/webhooks/{webhookSubscriptionId}`
   */
  getWebhookSubscription(
    params: OperationParams<operations["getWebhookSubscription"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getWebhookSubscription"]>>;
  /**
   * Delete Webhook Subscription
   *
   * Delete a webhook subscription; Dixa stops sending its events.
   *
   * `DELETE /v1/webhooks/{webhookSubscriptionId}`
   */
  deleteWebhookSubscription(
    params: OperationParams<operations["deleteWebhookSubscription"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["deleteWebhookSubscription"]>>;
  /**
   * Patch Webhook Subscription
   *
   * Change some of a subscription's settings (name, events, URL, authorization, headers, enabled, filters); fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same subscription.
   *
   * `PATCH /v1/webhooks/{webhookSubscriptionId}`
   */
  patchWebhookSubscription(
    params: OperationParams<operations["patchWebhookSubscription"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["patchWebhookSubscription"]>>;
  /**
   * Webhook Subscription Last Delivery Statuses
   *
   * For each event of the subscription, how its latest delivery went: `DeliveryDetail` (when, HTTP status and text of your answer) or `NoRecentDelivery`.
   *
   * `GET /v1/webhooks/{webhookSubscriptionId}/delivery-status`
   */
  listWebhookDeliveryStatuses(
    params: OperationParams<operations["listWebhookDeliveryStatuses"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWebhookDeliveryStatuses"]>>;
  /**
   * Webhook Subscription Event Logs
   *
   * The latest deliveries of one event of the subscription: how each went and the exact payload sent (as a JSON string), e.g. to replay a missed event.
   *
   * `GET /v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}`
   */
  listWebhookEventLogs(
    params: OperationParams<operations["listWebhookEventLogs"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listWebhookEventLogs"]>>;
  /**
   * Conversation export
   *
   * All conversations matching a time window (or a list of ids), as one JSON array of flat rows: no paging, no envelope, timestamps as Unix milliseconds, names in snake_case. Meant for loading a data warehouse; the main API's conversation operations give the same data in their own shape.
   *
   * Rules Dixa enforces (answered with 400 otherwise):
   * - give one `..._after` **and** one `..._before` parameter (the same kind, e.g. `updated_after` + `updated_before`), or give `csids`;
   * - a time window may span at most 31 days: walk longer periods window by window.
   *
   * Each time parameter takes a date (`yyyy-mm-dd`) or Unix milliseconds. This endpoint is slow and tightly limited: about 10 requests per minute per organization token (as reported by integrations that page through years of data; Dixa answers 429 beyond its limit), so space the windows out. Sent with the same API token as the rest of Dixa, but as `Authorization: Bearer <token>`, to `https://exports.dixa.io`.
   *
   * `GET /v1/conversation_export`
   */
  exportConversations(
    params?: OperationParams<operations["exportConversations"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["exportConversations"]>>;
  /**
   * Message export
   *
   * All messages created in a time window, as one JSON array of flat rows (no paging, no envelope, timestamps as Unix milliseconds, snake_case names). Internal notes are not messages here: they come with the conversation export, in `conversation_wrapup_notes`.
   *
   * Give both `created_after` and `created_before`; the window may span at most 31 days (400 otherwise). Each takes a date (`yyyy-mm-dd`) or Unix milliseconds. The Exports API is tightly rate limited (about 10 requests per minute per token is what integrations report for the conversation export; Dixa answers 429 beyond its limit). Sent as `Authorization: Bearer <token>` to `https://exports.dixa.io`.
   *
   * `GET /v1/message_export`
   */
  exportMessages(
    params?: OperationParams<operations["exportMessages"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["exportMessages"]>>;
}

/** Type-level facts of a Dixa client: the paths `paginate()` walks (and their item types), and the writes Dixa dedupes by a key the caller sets. */
export interface DixaMeta {
  paginated: {
    "/v1/agents": {
      get: ItemAt<OperationResult<operations["listAgents"]>, "data">;
    };
    "/v1/analytics/filter/{filterAttribute}": {
      get: ItemAt<OperationResult<operations["listAnalyticsFilterValues"]>, "data">;
    };
    "/v1/analytics/metrics": {
      get: ItemAt<OperationResult<operations["listMetrics"]>, "data">;
    };
    "/v1/analytics/records": {
      get: ItemAt<OperationResult<operations["listMetricRecords"]>, "data">;
      post: ItemAt<OperationResult<operations["queryMetricRecords"]>, "data">;
    };
    "/v1/conversations/activitylog": {
      get: ItemAt<OperationResult<operations["listOrganizationActivityLog"]>, "data">;
    };
    "/v1/endusers": {
      get: ItemAt<OperationResult<operations["listEndUsers"]>, "data">;
    };
    "/v1/endusers/{userId}/conversations": {
      get: ItemAt<OperationResult<operations["listEndUserConversations"]>, "data">;
    };
    "/v1/knowledge/collections": {
      get: ItemAt<OperationResult<operations["listKnowledgeCollections"]>, "data">;
    };
    "/v1/search/conversations": {
      get: ItemAt<OperationResult<operations["searchConversations"]>, "data">;
      post: ItemAt<OperationResult<operations["searchConversationsWithFilters"]>, "data">;
    };
    "/v1/teams/{teamId}/presence": {
      get: ItemAt<OperationResult<operations["listTeamPresence"]>, "data">;
    };
    "/v1/templates": {
      get: ItemAt<OperationResult<operations["listTemplates"]>, "data">;
    };
  };
  keyed: {
    "/v1/conversations": "post";
    "/v1/conversations/{conversationId}/messages": "post";
  };
}
