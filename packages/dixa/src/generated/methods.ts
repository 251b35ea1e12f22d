// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { CallOptions, ItemAt, OperationParams, OperationResult } from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Dixa client, one per operation of specs/dixa/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface DixaMethods {
  /**
   * Create conversation
   *
   * Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation.
   *
   * `POST /v1/conversations`
   */
  createConversation(
    params: OperationParams<operations["createConversation"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createConversation"]>>;
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
   * Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message (set `externalId` to have Dixa reject a duplicate).
   *
   * `POST /v1/conversations/{conversationId}/messages`
   */
  addMessage(
    params: OperationParams<operations["addMessage"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["addMessage"]>>;
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
}

/** Type-level facts of a Dixa client: the paths `paginate()` walks (and their item types), and the writes Dixa dedupes by a key the caller sets. */
export interface DixaMeta {
  paginated: {
    "/v1/conversations/activitylog": {
      method: "get";
      item: ItemAt<OperationResult<operations["listOrganizationActivityLog"]>, "data">;
    };
    "/v1/search/conversations": {
      method: "get" | "post";
      item: ItemAt<OperationResult<operations["searchConversations"]>, "data">;
    };
  };
  keyed: {};
}
