// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit
/* eslint-disable */
export interface paths {
  "/v1/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create conversation
     * @description Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/activitylog": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List organization activity log
     * @description Page through the activity log of every conversation in the organization, optionally limited to a time window.
     */
    get: operations["listOrganizationActivityLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/flows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List flows
     * @description List the organization's conversation flows for one channel (phone flows when no channel is given).
     */
    get: operations["listFlows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import conversation
     * @description Bring a conversation that happened outside Dixa in, with its history. Inbound messages are written by the requester unless the channel's message `attributes` name another author; outbound messages by their `agentId`. Not safe to repeat: each call creates another conversation.
     */
    post: operations["importConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get conversation
     * @description Fetch one conversation. The shape of `data` depends on the channel; `data._type` says which.
     */
    get: operations["getConversation"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/activitylog": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List activity log
     * @description Everything that happened to one conversation, as activity log entries.
     */
    get: operations["listActivityLog"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/anonymize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Anonymize conversation
     * @description Queue the anonymization of a whole conversation. The answer describes the queued request; the work happens later. Marked idempotent: asking again for the same conversation cannot anonymize more than once (at worst Dixa answers 409 for the repeat).
     */
    patch: operations["anonymizeConversation"];
    trace?: never;
  };
  "/v1/conversations/{conversationId}/claim": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Claim conversation
     * @description Assign the conversation to an agent. With `force: false` a conversation another agent already holds is left alone.
     */
    put: operations["claimConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Close conversation
     * @description Close the conversation, optionally on behalf of an agent or admin.
     */
    put: operations["closeConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/custom-attributes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Patch conversation custom attributes
     * @description Set or clear custom attribute values on a conversation; attributes not named stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
     */
    patch: operations["patchConversationCustomAttributes"];
    trace?: never;
  };
  "/v1/conversations/{conversationId}/followup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Followup conversation
     * @description Put the conversation on follow-up until the given time.
     */
    put: operations["followupConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Link a conversation to a parent conversation
     * @description Make this conversation a child of another one. A parent takes at most 100 children, a child has one parent, and a child cannot have children of its own.
     */
    put: operations["linkConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/linked": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List linked conversations
     * @description List the child conversations linked to this one (side conversations, transcripts, ...).
     */
    get: operations["listLinkedConversations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List messages
     * @description All messages of a conversation, oldest first. `attributes._type` names the channel-specific shape; messages of contact-form conversations come as `EmailAttributes` when sent from a web form and as `ContactFormAttributes` when sent from the chat widget.
     */
    get: operations["listMessages"];
    put?: never;
    /**
     * Add message
     * @description Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message (set `externalId` to have Dixa reject a duplicate).
     */
    post: operations["addMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/messages/{messageId}/anonymize": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Anonymize message
     * @description Queue the anonymization of one message. Marked idempotent: repeating the request targets the same message and cannot do more than the first one (at worst Dixa answers 409).
     */
    patch: operations["anonymizeMessage"];
    trace?: never;
  };
  "/v1/conversations/{conversationId}/notes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List internal notes
     * @description All internal notes of a conversation, oldest first.
     */
    get: operations["listInternalNotes"];
    put?: never;
    /**
     * Add internal note
     * @description Add an internal note to a conversation, optionally as a given agent and backdated. Not safe to repeat: each call adds another note.
     */
    post: operations["addInternalNote"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/notes/bulk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add internal notes
     * @description Add several internal notes in one call. The answer has one outcome per note, in order: `BulkActionSuccess` with the note or `BulkActionFailure` with the error. Not safe to repeat: notes that succeeded would be added again.
     */
    post: operations["addInternalNotes"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/rating": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List rating
     * @deprecated
     * @description Older way to read a conversation's ratings; use `listRatings` (`/ratings`) instead. Same answer.
     */
    get: operations["getRating"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/ratings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List ratings for a conversation
     * @description Latest status of each rating question of a conversation. A survey with several questions yields one entry per question (all with the survey's id), which may mix `Offered` and `Rated` while the survey is partly answered.
     */
    get: operations["listRatings"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/ratings/offer": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create conversation rating offer
     * @description Record that a rating was offered for a conversation. Its `id` is the `ratingId` to submit the result to. Not safe to repeat: each call records another offer.
     */
    post: operations["createRatingOffer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/ratings/{ratingId}/submit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create conversation rating result
     * @description Record the customer's answer to a rating offer. Not safe to repeat blindly: a second call records the answer again.
     */
    post: operations["submitRatingResult"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/reopen": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Reopen conversation
     * @description Reopen a closed conversation and offer it again in its queue, or in the organization's default queue when it has none.
     */
    put: operations["reopenConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/tags": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tags
     * @description The tags on a conversation.
     */
    get: operations["listTags"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/tags/bulk": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bulk tag conversation
     * @description Add several tags, named by their text, to a conversation. Dixa creates tags that do not exist yet and does the work in the background. Not marked idempotent: a repeat while the first request is still processing could create the same new tag twice.
     */
    post: operations["bulkTagConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/tags/{tagId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tag conversation
     * @description Add an active tag to a conversation.
     */
    put: operations["tagConversation"];
    post?: never;
    /**
     * Untag conversation
     * @description Remove a tag, active or not, from a conversation.
     */
    delete: operations["untagConversation"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversations/{conversationId}/transfer/queue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Transfer conversation
     * @description Move the conversation to another queue.
     */
    put: operations["transferConversation"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/search/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search conversations
     * @deprecated
     * @description Find conversations containing a text. Replaced by `searchConversationsWithFilters` (POST), which also takes filters.
     */
    get: operations["searchConversations"];
    put?: never;
    /**
     * Search conversations with filters
     * @description Find conversations by text, by filters on their fields, or both. Sent as POST only to carry the filters: it changes nothing, so it is marked idempotent and may be retried.
     */
    post: operations["searchConversationsWithFilters"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A point in time as Dixa writes it. Either an RFC 3339 date-time (`2024-03-11T16:39:30Z`, `2021-12-01T12:46:36.581Z`, `2024-03-11T16:39:30+00:00`) or the same value followed by a zone id in square brackets, which is how Java's `ZonedDateTime` prints itself (`2021-12-01T12:46:36.581Z[GMT]`). Seconds may be missing when they are zero (`2021-12-01T12:46Z[GMT]`), again as Java prints them. Strip the bracketed zone id before handing the value to an RFC 3339 parser. When sending, prefer the plain `yyyy-MM-ddTHH:mm:ssZ` form. */
    DixaTimestamp: string;
    /** @description Body of every error answer (4xx and 5xx): a single human-readable message. 400 messages name the part of the request that could not be read, e.g. `Invalid value for: body`. */
    ErrorResponse: {
      /** @description What went wrong. */
      message: string;
    };
    /** @description Links to neighbouring pages of a paginated list. Each link is a URL that already carries the `pageKey` cursor; it may be relative to the server (`/v1/search/conversations?pageKey=...`) or absolute. A missing `next` means the last page was reached. */
    PaginationLinks: {
      /** @description URL of the previous page, if there is one. */
      previous?: string;
      /** @description URL of the next page, if there is one. */
      next?: string;
    };
    /**
     * @description The channel a conversation runs on.
     * @enum {string}
     */
    ConversationChannel:
      | "WhatsApp"
      | "Voicemail"
      | "WidgetChat"
      | "FacebookMessenger"
      | "Twitter"
      | "Email"
      | "ContactForm"
      | "Callback"
      | "PstnPhone"
      | "Sms"
      | "Messenger";
    /**
     * @description Who a conversation or message goes to: from the customer (`Inbound`), to the customer (`Outbound`) or between agents (`Internal`).
     * @enum {string}
     */
    MessageDirection: "Inbound" | "Internal" | "Outbound";
    /**
     * @description Lifecycle state of a conversation.
     * @enum {string}
     */
    ConversationState: "AwaitingPending" | "Closed" | "Open" | "Pending";
    /**
     * @description Kind of rating question.
     * @enum {string}
     */
    RatingType: "Csat" | "Nps" | "ThumbsUpOrDown";
    /** @description The agent a conversation is assigned to, and since when. */
    Assignment: {
      /**
       * Format: uuid
       * @description Agent holding the conversation.
       */
      agentId: string;
      /** @description When the assignment happened. */
      assignedAt: components["schemas"]["DixaTimestamp"];
    };
    /** @description The queue a conversation sits in. */
    QueuePlacement: {
      /**
       * Format: uuid
       * @description Queue id.
       */
      id: string;
      /** @description When the conversation entered the queue. */
      queuedAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description Browser details captured when a chat or messenger conversation started. */
    BrowserInfo: {
      /** @description Browser name, e.g. `Chrome 9`. */
      name: string;
      /** @description Browser version. */
      version?: string;
      /** @description IP address the customer connected from. */
      ipAddress?: string;
      /** @description Page the widget was opened on. */
      originatingUrl?: string;
    };
    /** @description A file attached to a message, referenced by URL. */
    Attachment: {
      /** @description Where the file can be downloaded (for input: where Dixa should copy it from). */
      url: string;
      /** @description File name to show. */
      prettyName?: string;
    };
    /** @description Value of a custom attribute: a list of strings for `Select` attributes (the option path), a string for `Text` attributes. Plain JSON values, so there is no `_type` to discriminate on. */
    CustomAttributeValue: string | string[];
    /** @description A custom attribute set on a conversation. */
    ConversationCustomAttribute: {
      /**
       * Format: uuid
       * @description Custom attribute definition id.
       */
      id: string;
      /** @description Display name of the attribute. */
      name: string;
      /** @description Machine-friendly identifier of the attribute. */
      identifier: string;
      value: components["schemas"]["CustomAttributeValue"];
    };
    /** @description The conversation was created by forwarding an e-mail of the parent conversation. */
    EmailForwardLink: {
      /**
       * Format: int64
       * @description Id of the parent conversation.
       */
      parentId: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "EmailForward";
    };
    /** @description The conversation is a follow-up of the parent conversation. */
    FollowUpLink: {
      /**
       * Format: int64
       * @description Id of the parent conversation.
       */
      parentId: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "FollowUp";
    };
    /** @description The conversation is a side conversation started from the parent conversation. */
    SideConversationLink: {
      /**
       * Format: int64
       * @description Id of the parent conversation.
       */
      parentId: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "SideConversation";
    };
    /** @description How a child conversation is tied to its parent. */
    ConversationLink:
      | components["schemas"]["EmailForwardLink"]
      | components["schemas"]["FollowUpLink"]
      | components["schemas"]["SideConversationLink"];
    /** @description A conversation whose content has been anonymized. */
    AnonymizedConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      /** @description When the conversation was anonymized. */
      anonymizedAt: components["schemas"]["DixaTimestamp"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "AnonymizedConversation";
    };
    /** @description A conversation from the chat widget. */
    ChatConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      browserInfo?: components["schemas"]["BrowserInfo"];
      /** @description Language code of the conversation. */
      language?: string;
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ChatConversation";
    };
    /** @description A conversation from a contact form. */
    ContactFormConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      /** @description Address the conversation was sent from. */
      fromEmail: string;
      /** @description Address the conversation was sent to. */
      toEmail?: string;
      /** @description Dixa e-mail integration address handling the conversation. */
      integrationEmail?: string;
      /** @description Language code of the conversation. */
      language?: string;
      /** @description Subject line. */
      subject?: string;
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ContactFormConversation";
    };
    /** @description An e-mail conversation. */
    EmailConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      /** @description Address the conversation was sent to. */
      toEmail: string;
      /** @description Address the conversation was sent from. */
      fromEmail: string;
      /** @description Dixa e-mail integration address handling the conversation. */
      integrationEmail: string;
      /** @description Language code of the conversation. */
      language?: string;
      /** @description Subject line. */
      subject?: string;
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "EmailConversation";
    };
    /** @description A Facebook Messenger conversation. */
    FacebookMessengerConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "FacebookMessengerConversation";
    };
    /** @description A conversation on a channel connected through the generic messaging API. */
    GenericConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      /** @description Contact point the conversation came from. */
      fromContactPointId?: string;
      /** @description Contact point the conversation went to. */
      toContactPointId?: string;
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "GenericConversation";
    };
    /** @description A conversation from the Dixa Messenger. */
    MessengerConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      browserInfo?: components["schemas"]["BrowserInfo"];
      /** @description Language code of the conversation. */
      language?: string;
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "MessengerConversation";
    };
    /** @description A phone call. */
    PstnPhoneConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "PstnPhoneConversation";
    };
    /** @description An SMS conversation. */
    SmsConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      /** @description Sending phone number. */
      fromNumber?: string;
      /** @description Receiving phone number. */
      toNumber?: string;
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "SmsConversation";
    };
    /** @description A Twitter (X) conversation. */
    TwitterConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      /**
       * @description Whether this is a direct message thread or a public tweet thread.
       * @enum {string}
       */
      conversationType: "DirectMessage" | "Tweet";
      /** @description Twitter id of the organization's account. */
      contactPointTwitterId?: string;
      /** @description Twitter id of the customer. */
      endUserTwitterId?: string;
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TwitterConversation";
    };
    /** @description A WhatsApp conversation. */
    WhatsAppConversation: {
      /**
       * Format: int64
       * @description Conversation id (also called csid).
       */
      id: number;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description When the conversation was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      direction?: components["schemas"]["MessageDirection"];
      state?: components["schemas"]["ConversationState"];
      /** @description When `state` last changed. */
      stateUpdatedAt?: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      queue?: components["schemas"]["QueuePlacement"];
      link?: components["schemas"]["ConversationLink"];
      /** @description Custom attributes set on the conversation. */
      customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
      /** @description When the channel stops accepting replies (e.g. the messaging window closes). */
      transportExpiresAt?: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "WhatsAppConversation";
    };
    /** @description A conversation. The fields depend on the channel; `_type` names the variant. */
    Conversation:
      | components["schemas"]["AnonymizedConversation"]
      | components["schemas"]["ChatConversation"]
      | components["schemas"]["ContactFormConversation"]
      | components["schemas"]["EmailConversation"]
      | components["schemas"]["FacebookMessengerConversation"]
      | components["schemas"]["GenericConversation"]
      | components["schemas"]["MessengerConversation"]
      | components["schemas"]["PstnPhoneConversation"]
      | components["schemas"]["SmsConversation"]
      | components["schemas"]["TwitterConversation"]
      | components["schemas"]["WhatsAppConversation"];
    /** @description Message body as HTML. */
    HtmlContent: {
      /** @description The HTML. */
      value: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Html";
    };
    /** @description Message body as Markdown (the WhatsApp channel only accepts this form). */
    MarkdownContent: {
      /** @description The Markdown text. */
      value: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Markdown";
    };
    /** @description Message body as plain text. */
    TextContent: {
      /** @description The text. */
      value: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Text";
    };
    /** @description The body of a message, tagged with its markup. */
    Content:
      | components["schemas"]["HtmlContent"]
      | components["schemas"]["MarkdownContent"]
      | components["schemas"]["TextContent"];
    /** @description An e-mail address with an optional display name. */
    EmailContact: {
      /** @description The address. */
      email: string;
      /** @description Display name. */
      name?: string;
    };
    /** @description E-mail body small enough to be returned inline. */
    RegularEmailContent: {
      content: components["schemas"]["Content"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Regular";
    };
    /** @description E-mail body too large to return inline; download it from `file` instead. */
    TooLargeEmailContent: {
      file: components["schemas"]["Attachment"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TooLarge";
    };
    /** @description Body of an e-mail message: inline, or a link when it is too large. */
    EmailBody:
      components["schemas"]["RegularEmailContent"] | components["schemas"]["TooLargeEmailContent"];
    /** @description A media type split into its two halves (`image` / `png`). */
    MimeTypeImpl: {
      /** @description Top-level type, e.g. `image`. */
      primary: string;
      /** @description Subtype, e.g. `png`. */
      sub: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "MimeTypeImpl";
    };
    /** @description Media type of an uploaded file. Dixa has a single variant today. */
    MimeType: components["schemas"]["MimeTypeImpl"];
    /** @description Checksum of an uploaded file. */
    FileChecksum: {
      /** @description Hash algorithm, e.g. `SHA-256`. */
      algorithm: string;
      /** @description The digest in hexadecimal. */
      hex: string;
    };
    /** @description A file a customer uploaded in a form. */
    UploadedFile: {
      /** @description Where the file can be downloaded. */
      url: string;
      /** @description Original file name. */
      name: string;
      mediaType: components["schemas"]["MimeType"];
      /**
       * Format: int64
       * @description File size in bytes.
       */
      bytesLength: number;
      checksum: components["schemas"]["FileChecksum"];
    };
    /** @description Answer to a file-upload field. */
    FormFilesValue: {
      /** @description The uploaded files. */
      value?: components["schemas"]["UploadedFile"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Attachments";
    };
    /** @description Answer to a choice field. */
    FormSelectValue: {
      /** @description The chosen options. */
      value?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Select";
    };
    /** @description Answer to a free-text field. */
    FormTextValue: {
      /** @description The text entered. */
      value: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Text";
    };
    /** @description Answer to one field of a messenger form. */
    FormFieldValue:
      | components["schemas"]["FormFilesValue"]
      | components["schemas"]["FormSelectValue"]
      | components["schemas"]["FormTextValue"];
    /** @description Answers submitted through a messenger form, keyed by field label. */
    FormSubmission: {
      /** @description Field label to answer. */
      values: {
        [key: string]: components["schemas"]["FormFieldValue"];
      };
    };
    /** @description A recording of a phone call. */
    CallRecordingAttributes: {
      /**
       * Format: int32
       * @description Length in seconds.
       */
      duration?: number;
      /** @description URL of the recording. */
      recording: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "CallRecordingAttributes";
    };
    /** @description A chat message. */
    ChatAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Whether a bot or automation sent the message. */
      isAutomated: boolean;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ChatAttributes";
    };
    /** @description A contact-form message created through the chat widget. */
    ContactFormAttributes: {
      emailContent?: components["schemas"]["EmailBody"];
      from?: components["schemas"]["EmailContact"];
      /** @description Addresses replies go to by default. */
      replyDefaultToEmails?: components["schemas"]["EmailContact"][];
      /** @description Recipients. */
      to?: components["schemas"]["EmailContact"][];
      /** @description Copy recipients. */
      cc?: components["schemas"]["EmailContact"][];
      /** @description Blind copy recipients. */
      bcc?: components["schemas"]["EmailContact"][];
      /** @description Whether the message was sent automatically (auto-reply). */
      isAutoReply: boolean;
      /** @description Images embedded in the body. */
      inlineImages?: components["schemas"]["Attachment"][];
      /** @description Files attached to the e-mail. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Why delivery failed, if it did. */
      deliveryFailureReason?: string;
      direction?: components["schemas"]["MessageDirection"];
      /** @description Link to the original raw e-mail. */
      originalContentUrl?: components["schemas"]["Attachment"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ContactFormAttributes";
    };
    /** @description An e-mail message (also used for contact-form messages sent from a web form). */
    EmailAttributes: {
      emailContent?: components["schemas"]["EmailBody"];
      from: components["schemas"]["EmailContact"];
      /** @description Recipients. */
      to?: components["schemas"]["EmailContact"][];
      /** @description Copy recipients. */
      cc?: components["schemas"]["EmailContact"][];
      /** @description Blind copy recipients. */
      bcc?: components["schemas"]["EmailContact"][];
      /** @description Whether the message was sent automatically (auto-reply). */
      isAutoReply: boolean;
      /** @description Images embedded in the body. */
      inlineImages?: components["schemas"]["Attachment"][];
      /** @description Files attached to the e-mail. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Why delivery failed, if it did. */
      deliveryFailureReason?: string;
      direction?: components["schemas"]["MessageDirection"];
      /** @description Link to the original raw e-mail. */
      originalContentUrl?: components["schemas"]["Attachment"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "EmailAttributes";
    };
    /** @description A Facebook Messenger message. */
    FacebookMessengerAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "FacebookMessengerAttributes";
    };
    /** @description A message on a generic messaging channel. */
    GenericAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "GenericAttributes";
    };
    /** @description A form submitted through the Dixa Messenger. */
    MessengerFormAttributes: {
      formSubmission: components["schemas"]["FormSubmission"];
      direction?: components["schemas"]["MessageDirection"];
      content?: components["schemas"]["Content"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "MessengerFormAttributes";
    };
    /** @description A phone call leg. */
    PhoneAttributes: {
      /** @description Calling number. */
      from: string;
      /** @description Called number. */
      to: string;
      direction?: components["schemas"]["MessageDirection"];
      /**
       * Format: int32
       * @description Length in seconds.
       */
      duration?: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "PhoneAttributes";
    };
    /** @description An SMS message. */
    SmsAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "SmsAttributes";
    };
    /** @description One utterance of a call transcript. */
    TranscriptAttributes: {
      content?: components["schemas"]["Content"];
      /**
       * Format: int64
       * @description Offset of the utterance start in the call, in milliseconds.
       */
      utterance_start_ms?: number;
      /**
       * Format: int64
       * @description Offset of the utterance end in the call, in milliseconds.
       */
      utterance_end_ms?: number;
      direction?: components["schemas"]["MessageDirection"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TranscriptAttributes";
    };
    /** @description A Twitter (X) message. */
    TwitterAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TwitterAttributes";
    };
    /** @description A WhatsApp message. */
    WhatsAppAttributes: {
      content?: components["schemas"]["Content"];
      direction?: components["schemas"]["MessageDirection"];
      /** @description Files attached to the message. */
      attachments?: components["schemas"]["Attachment"][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "WhatsAppAttributes";
    };
    /** @description Channel-specific details of a message. */
    MessageAttributes:
      | components["schemas"]["CallRecordingAttributes"]
      | components["schemas"]["ChatAttributes"]
      | components["schemas"]["ContactFormAttributes"]
      | components["schemas"]["EmailAttributes"]
      | components["schemas"]["FacebookMessengerAttributes"]
      | components["schemas"]["GenericAttributes"]
      | components["schemas"]["MessengerFormAttributes"]
      | components["schemas"]["PhoneAttributes"]
      | components["schemas"]["SmsAttributes"]
      | components["schemas"]["TranscriptAttributes"]
      | components["schemas"]["TwitterAttributes"]
      | components["schemas"]["WhatsAppAttributes"];
    /** @description A message in a conversation. */
    Message: {
      /**
       * Format: uuid
       * @description Message id.
       */
      id: string;
      /**
       * Format: uuid
       * @description User (agent or end user) who wrote the message.
       */
      authorId: string;
      /** @description Identifier given by the system that created the message, if any. */
      externalId?: string;
      /** @description When the message was created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      attributes: components["schemas"]["MessageAttributes"];
    };
    /** @description A message from the customer. Its author is the conversation's requester. */
    InboundMessage: {
      content: components["schemas"]["Content"];
      /** @description Files Dixa should copy and attach. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Dixa e-mail integration address (`<name>@email.dixa.io`) to use on e-mail conversations. */
      integrationEmail?: string;
      /** @description Your own identifier for the message, for later reference. Must be unique. */
      externalId?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Inbound";
    };
    /** @description A message to the customer, written by the agent in `agentId`. `content` may be left out only on WhatsApp when sending an attachment alone. */
    OutboundMessage: {
      content?: components["schemas"]["Content"];
      /**
       * Format: uuid
       * @description Agent the message is sent as.
       */
      agentId: string;
      /** @description Files Dixa should copy and attach. WhatsApp allows one. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Dixa e-mail integration address to send from on e-mail conversations. */
      integrationEmail?: string;
      /** @description Your own identifier for the message, for later reference. Must be unique. */
      externalId?: string;
      /** @description Copy recipients (typed as ids by Dixa). */
      cc?: string[];
      /** @description Blind copy recipients (typed as ids by Dixa). */
      bcc?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Outbound";
    };
    /** @description A message to add to a conversation. SMS and WhatsApp accept outbound messages only. */
    NewMessage: components["schemas"]["InboundMessage"] | components["schemas"]["OutboundMessage"];
    /** @description The message as stored by Dixa. */
    AddedMessage: {
      content?: components["schemas"]["Content"];
      direction: components["schemas"]["MessageDirection"];
      /**
       * Format: uuid
       * @description Author of the message.
       */
      authorId: string;
      /** @description Your identifier, if you sent one. */
      externalId?: string;
      /**
       * Format: uuid
       * @description Id Dixa gave the message.
       */
      messageId?: string;
      /** @description When the message was stored. */
      createdAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description Ask for a callback: Dixa queues a call back to the requester. */
    NewCallbackConversation: {
      /**
       * Format: uuid
       * @description End user to call back.
       */
      requesterId: string;
      /**
       * @description Direction of the call.
       * @enum {string}
       */
      direction: "Inbound" | "Outbound";
      /** @description Phone number (contact endpoint) to call from. */
      contactEndpointId: string;
      /**
       * Format: uuid
       * @description Queue the callback request goes to.
       */
      queueId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Callback";
    };
    /** @description Start a chat conversation on a chat widget. */
    NewChatConversation: {
      /**
       * Format: uuid
       * @description End user the conversation is with.
       */
      requesterId: string;
      /**
       * Format: uuid
       * @description Chat widget to use.
       */
      widgetId: string;
      /** @description The first message of the conversation. */
      message: components["schemas"]["NewMessage"];
      browserInfo?: components["schemas"]["BrowserInfo"];
      /** @description Language code, e.g. `en`. */
      language?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Chat";
    };
    /** @description Start a contact-form conversation. */
    NewContactFormConversation: {
      /**
       * Format: uuid
       * @description End user the conversation is with.
       */
      requesterId: string;
      /** @description Address of the Dixa e-mail integration (contact endpoint), e.g. `support@acme.email.dixa.io`. */
      emailIntegrationId: string;
      /** @description Subject line. */
      subject: string;
      /** @description The first message of the conversation. */
      message: components["schemas"]["NewMessage"];
      /** @description Language code, e.g. `en`. */
      language?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ContactForm";
    };
    /** @description Start an e-mail conversation. */
    NewEmailConversation: {
      /**
       * Format: uuid
       * @description End user the conversation is with.
       */
      requesterId: string;
      /** @description Address of the Dixa e-mail integration (contact endpoint), e.g. `support@acme.email.dixa.io`. */
      emailIntegrationId: string;
      /** @description Subject line. */
      subject: string;
      /** @description The first message of the conversation. */
      message: components["schemas"]["NewMessage"];
      /** @description Language code, e.g. `en`. */
      language?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Email";
    };
    /** @description Start an SMS conversation (outbound messages only). */
    NewSmsConversation: {
      /**
       * Format: uuid
       * @description End user the conversation is with.
       */
      requesterId: string;
      /** @description SMS-enabled number of the organization, in E.164 form. */
      contactEndpointId: string;
      /** @description The first message of the conversation. */
      message: components["schemas"]["NewMessage"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Sms";
    };
    /** @description A conversation to create; `_type` picks the channel. */
    NewConversation:
      | components["schemas"]["NewCallbackConversation"]
      | components["schemas"]["NewChatConversation"]
      | components["schemas"]["NewContactFormConversation"]
      | components["schemas"]["NewEmailConversation"]
      | components["schemas"]["NewSmsConversation"];
    /** @description Id of a conversation. */
    ConversationId: {
      /**
       * Format: int64
       * @description The conversation id.
       */
      id: number;
    };
    /** @description A historical message from the customer. */
    InboundImportMessage: {
      content: components["schemas"]["Content"];
      /** @description Files Dixa should copy and attach. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Your identifier for the message. */
      externalId?: string;
      /** @description When the message was originally sent. */
      createdAt: components["schemas"]["DixaTimestamp"];
      /** @description Channel-specific extra fields (for `email`: `emailIntegrationId`, and `requesterId`/`cc`/`bcc` where they apply). */
      attributes?: {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "InboundImport";
    };
    /** @description A historical message to the customer, written by `agentId`. */
    OutboundImportMessage: {
      content: components["schemas"]["Content"];
      /**
       * Format: uuid
       * @description Agent who wrote the message.
       */
      agentId: string;
      /** @description Files Dixa should copy and attach. */
      attachments?: components["schemas"]["Attachment"][];
      /** @description Your identifier for the message. */
      externalId?: string;
      /** @description When the message was originally sent. */
      createdAt: components["schemas"]["DixaTimestamp"];
      /** @description Channel-specific extra fields (for `email`: `emailIntegrationId`, and `requesterId`/`cc`/`bcc` where they apply). */
      attributes?: {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "OutboundImport";
    };
    /** @description A message of an imported conversation. */
    ImportMessage:
      | components["schemas"]["InboundImportMessage"]
      | components["schemas"]["OutboundImportMessage"];
    /** @description Closes the imported conversation. */
    ConversationClosing: {
      /** @description When the conversation was closed. */
      closedAt: components["schemas"]["DixaTimestamp"];
      /**
       * Format: uuid
       * @description Agent who closed it.
       */
      closedBy: string;
    };
    /** @description A conversation that happened elsewhere, with its messages. `_type` is always `GenericConversationImport`; Dixa's own description leaves the property out but every request carries it. */
    ImportConversationRequest: {
      /** @description Channel to import into: `email` or `genericapimessaging` today. */
      genericChannelName: string;
      /**
       * Format: uuid
       * @description End user who requested the conversation.
       */
      requesterId: string;
      /**
       * @description Whether the requester is still connected.
       * @enum {string}
       */
      requesterConnectionStatus?: "Connected" | "Disconnected";
      /**
       * @description Who started the conversation.
       * @enum {string}
       */
      direction: "Inbound" | "Outbound";
      /** @description Messages, oldest first. */
      messages?: components["schemas"]["ImportMessage"][];
      /** @description When the conversation was originally created. */
      createdAt: components["schemas"]["DixaTimestamp"];
      assignment?: components["schemas"]["Assignment"];
      /** @description Your identifier for the conversation. */
      externalId?: string;
      closing?: components["schemas"]["ConversationClosing"];
      /** @description Channel-specific extra fields (for `email`: `emailIntegrationId`, `subject`). */
      attributes?: {
        [key: string]: unknown;
      };
      /** @constant */
      _type: "GenericConversationImport";
    };
    /** @description Something that went wrong without stopping the import. */
    ImportProblem: {
      /** @description What went wrong. */
      message: string;
    };
    /** @description Result of an import. */
    ImportedConversation: {
      /**
       * Format: int64
       * @description Id of the new conversation.
       */
      id: number;
      /** @description Problems that did not stop the import. */
      partialErrors?: components["schemas"]["ImportProblem"][];
    };
    /** @description An internal note: text only agents can see. */
    InternalNote: {
      /**
       * Format: uuid
       * @description Note id.
       */
      id: string;
      /**
       * Format: uuid
       * @description Agent who wrote the note.
       */
      authorId: string;
      /** @description When the note was written. */
      createdAt: components["schemas"]["DixaTimestamp"];
      /**
       * Format: int64
       * @description Conversation the note belongs to.
       */
      csid: number;
      /** @description The note text. */
      message: string;
    };
    /** @description An internal note to add. */
    NewInternalNote: {
      /** @description The note text. */
      message: string;
      /**
       * Format: uuid
       * @description Agent to show as author.
       */
      agentId?: string;
      /** @description Backdate the note to this time. */
      createdAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description Several internal notes to add in one call. */
    NewInternalNotes: {
      /** @description The notes. */
      data?: components["schemas"]["NewInternalNote"][];
    };
    /** @description This note was created. */
    InternalNoteBulkSuccess: {
      data: components["schemas"]["InternalNote"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "BulkActionSuccess";
    };
    /** @description This note could not be created. */
    InternalNoteBulkFailure: {
      error: components["schemas"]["ErrorResponse"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "BulkActionFailure";
    };
    /** @description Outcome for one note of a bulk request, in request order. */
    InternalNoteBulkOutcome:
      | components["schemas"]["InternalNoteBulkSuccess"]
      | components["schemas"]["InternalNoteBulkFailure"];
    /** @description Customer satisfaction score. */
    CsatScore: {
      /**
       * Format: int32
       * @description From 1 (worst) to 5 (best).
       */
      value: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Csat";
    };
    /** @description Net promoter score. */
    NpsScore: {
      /**
       * Format: int32
       * @description From 0 to 10.
       */
      value: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Nps";
    };
    /** @description Thumbs up or down. */
    ThumbsScore: {
      /**
       * Format: int32
       * @description 0 for thumbs down, 1 for thumbs up.
       */
      value: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ThumbsUpOrDown";
    };
    /** @description The score given, tagged with the rating type. */
    RatingScore:
      | components["schemas"]["CsatScore"]
      | components["schemas"]["NpsScore"]
      | components["schemas"]["ThumbsScore"];
    /** @description A rating offer to record. */
    NewRatingOffer: {
      /** @description End user asked to rate; the conversation's requester when left out. */
      userId?: string;
      /** @description Agent being rated; when left out Dixa picks the most likely agent. An agent outside the conversation skews Intelligence metrics. */
      agentId?: string;
      ratingType: components["schemas"]["RatingType"];
      /** @description When the offer was made. */
      offeredAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description A recorded rating offer. */
    RatingOffer: {
      /** @description Offer id; use it as `ratingId` when submitting the result. */
      id: string;
      /** @description End user asked to rate. */
      userId: string;
      /** @description Agent being rated. */
      agentId: string;
      ratingType: components["schemas"]["RatingType"];
      /** @description When the offer was made. */
      offeredAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description The answer to a rating offer. */
    NewRatingResult: {
      /**
       * @deprecated
       * @description Ignored by Dixa and kept only so older callers still work; may be null.
       */
      userId?: string | null;
      ratingResult: components["schemas"]["RatingScore"];
      /** @description Free-text comment from the customer. */
      comment?: string;
      /** @description When the customer answered. */
      submittedAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description A recorded rating result. */
    RatingResult: {
      /** @description Offer the result answers. */
      ratingId: string;
      /** @description End user who answered. */
      userId?: string;
      ratingResult: components["schemas"]["RatingScore"];
      /** @description Free-text comment. */
      comment?: string;
      /** @description When the customer answered. */
      submittedAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description Status of one rating question of a conversation. A survey with several questions gives one entry per question, all with the same `id`. */
    ConversationRating: {
      /** @description Rating (survey) id. */
      id: string;
      /**
       * Format: int32
       * @description Score, once rated.
       */
      ratingScore?: number;
      ratingType: components["schemas"]["RatingType"];
      /** @description Comment, once rated. */
      ratingComment?: string;
      conversationChannel: components["schemas"]["ConversationChannel"];
      /** @description Agent being rated. */
      agentId?: string;
      /** @description End user asked to rate. */
      userId: string;
      /**
       * @description Where the rating is in its lifecycle.
       * @enum {string}
       */
      ratingStatus: "Unscheduled" | "Offered" | "Rated" | "Scheduled" | "Cancelled";
      /** @description Language of the survey. */
      language?: string;
      /** @description Lifecycle timestamps by name (`created_at`, `scheduled_at`, `scheduled_for`, `offered_at`, `modified_at`, `rated_at`). */
      timestamps: {
        [key: string]: components["schemas"]["DixaTimestamp"];
      };
    };
    /** @description A user mentioned in the activity log. */
    ActivityLogUser: {
      /** @description User id. */
      id: string;
      /** @description Display name. */
      name?: string;
      /** @description E-mail address. */
      email?: string;
      /** @description Phone number. */
      phoneNumber?: string;
    };
    /** @description The conversation was assigned. */
    ConversationAssignedAttribute: {
      /** @description Agent assigned. */
      agentId: string;
      /** @description Name of that agent. */
      agentName?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationAssignedAttribute";
    };
    /** @description An auto-reply went out. */
    ConversationAutoReplySentAttribute: {
      /** @description Template used. */
      templateName: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationAutoReplySentAttribute";
    };
    /** @description The conversation moved to another channel. */
    ConversationChannelChangedAttribute: {
      /** @description Reference of the new channel. */
      channelReference: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationChannelChangedAttribute";
    };
    /** @description An agent claimed the conversation. */
    ConversationClaimedAttribute: {
      /** @description Who or what it was claimed from. */
      claimedFromLabel?: string;
      /** @description Kind of that source. */
      claimedFromType?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationClaimedAttribute";
    };
    /** @description The conversation was created. */
    ConversationCreatedAttribute: {
      /** @description Subject at creation. */
      subject?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationCreatedAttribute";
    };
    /** @description Custom attributes changed. */
    ConversationCustomAttributesUpdatedAttribute: {
      /** @description Ids of the changed attributes. */
      updatedAttributeIds?: string[];
      /** @description New values by attribute id. */
      updatedAttributeValues: {
        [key: string]: components["schemas"]["CustomAttributeValue"];
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationCustomAttributesUpdatedAttribute";
    };
    /** @description The requester was replaced. */
    ConversationEndUserReplacedAttribute: {
      /** @description Previous requester. */
      oldUser: components["schemas"]["ActivityLogUser"];
      /** @description New requester. */
      newUser: components["schemas"]["ActivityLogUser"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationEndUserReplacedAttribute";
    };
    /** @description The language changed. */
    ConversationLanguageUpdatedAttribute: {
      /** @description New language code. */
      language: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationLanguageUpdatedAttribute";
    };
    /** @description Conversations were linked or unlinked. */
    ConversationLinkedAttribute: {
      /**
       * Format: int64
       * @description Child conversation.
       */
      child: number;
      /**
       * Format: int64
       * @description Parent conversation.
       */
      parent: number;
      /** @description Kind of link. */
      linkType: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationLinkedAttribute";
    };
    /** @description The conversation was offered to agents. */
    ConversationOfferedAttribute: {
      /** @description Agents offered to. */
      agentNames?: string[];
      /** @description Queue it was offered from. */
      queueLabel?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationOfferedAttribute";
    };
    /** @description The customer rated the conversation. */
    ConversationRatedAttribute: {
      /** @description Agent rated. */
      agent?: components["schemas"]["ActivityLogUser"];
      /**
       * Format: int32
       * @description Score given.
       */
      score?: number;
      /** @description Comment given. */
      message?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationRatedAttribute";
    };
    /** @description A rating was not offered. */
    ConversationRatingNotOfferedAttribute: {
      /** @description Filters that prevented the offer. */
      evaluationFilters?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationRatingNotOfferedAttribute";
    };
    /** @description A rating was offered. */
    ConversationRatingOfferedAttribute: {
      /** @description Agent to be rated. */
      agent: components["schemas"]["ActivityLogUser"];
      /** @description End user asked. */
      user: components["schemas"]["ActivityLogUser"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationRatingOfferedAttribute";
    };
    /** @description A rating offer was scheduled. */
    ConversationRatingScheduledAttribute: {
      /** @description When the offer will be sent. */
      ratingScheduledTime: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationRatingScheduledAttribute";
    };
    /** @description The conversation was reserved for an agent. */
    ConversationReservedAttribute: {
      /** @description Agent it is reserved for. */
      agent: components["schemas"]["ActivityLogUser"];
      /** @description Queue id. */
      queueId: string;
      /** @description Queue name. */
      queueName: string;
      /** @description Kind of reservation. */
      reservationType: string;
      /** @description When the reservation lapses. */
      validUntil: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationReservedAttribute";
    };
    /** @description The resolved flag changed. */
    ConversationResolvedStateToggledAttribute: {
      /** @description New value. */
      isResolved: boolean;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationResolvedStateToggledAttribute";
    };
    /** @description The subject changed. */
    ConversationSubjectUpdatedAttribute: {
      /** @description Previous subject. */
      oldSubject: string;
      /** @description New subject. */
      newSubject: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationSubjectUpdatedAttribute";
    };
    /** @description Call transcription finished. */
    ConversationTranscriptionEndedAttribute: {
      /** @description Whether it succeeded. */
      isSuccessful: boolean;
      /** @description Why it failed. */
      failureReason?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationTranscriptionEndedAttribute";
    };
    /** @description The conversation was transferred. */
    ConversationTransferredAttribute: {
      /** @description Kind of transfer. */
      transferType: string;
      /** @description Kind of destination (queue, agent...). */
      destinationType: string;
      /** @description Destination id. */
      destinationId: string;
      /** @description Destination name. */
      destinationLabel?: string;
      /** @description Reason given. */
      reason?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationTransferredAttribute";
    };
    /** @description The conversation was unassigned. */
    ConversationUnassignedAttribute: {
      /** @description Agent it was taken from. */
      agent: components["schemas"]["ActivityLogUser"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationUnassignedAttribute";
    };
    /** @description A message was added. */
    MessageAddedAttribute: {
      /** @description Message id. */
      messageId: string;
      /** @description Endpoint it came from. */
      fromEndpoint?: string;
      /** @description Author avatar. */
      avatarUrl?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "MessageAddedAttribute";
    };
    /** @description A message was redacted. */
    MessageRedactedAttribute: {
      /** @description Message id. */
      messageId: string;
      /** @description Whether the text was removed. */
      wasTextRedacted: boolean;
      /**
       * Format: int32
       * @description Files deleted.
       */
      numberOfDeletedFiles: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "MessageRedactedAttribute";
    };
    /** @description An internal note was added. */
    NoteAddedAttribute: {
      /** @description Note text. */
      message: string;
      /** @description Author avatar. */
      avatarUrl?: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "NoteAddedAttribute";
    };
    /** @description A tag was added. */
    TagAddedAttribute: {
      /** @description Tag name. */
      tag: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TagAddedAttribute";
    };
    /** @description A tag was removed. */
    TagRemovedAttribute: {
      /** @description Tag name. */
      tag: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TagRemovedAttribute";
    };
    /** @description Extra details of an activity log entry; the variant depends on the activity. */
    ActivityLogDetails:
      | components["schemas"]["ConversationAssignedAttribute"]
      | components["schemas"]["ConversationAutoReplySentAttribute"]
      | components["schemas"]["ConversationChannelChangedAttribute"]
      | components["schemas"]["ConversationClaimedAttribute"]
      | components["schemas"]["ConversationCreatedAttribute"]
      | components["schemas"]["ConversationCustomAttributesUpdatedAttribute"]
      | components["schemas"]["ConversationEndUserReplacedAttribute"]
      | components["schemas"]["ConversationLanguageUpdatedAttribute"]
      | components["schemas"]["ConversationLinkedAttribute"]
      | components["schemas"]["ConversationOfferedAttribute"]
      | components["schemas"]["ConversationRatedAttribute"]
      | components["schemas"]["ConversationRatingNotOfferedAttribute"]
      | components["schemas"]["ConversationRatingOfferedAttribute"]
      | components["schemas"]["ConversationRatingScheduledAttribute"]
      | components["schemas"]["ConversationReservedAttribute"]
      | components["schemas"]["ConversationResolvedStateToggledAttribute"]
      | components["schemas"]["ConversationSubjectUpdatedAttribute"]
      | components["schemas"]["ConversationTranscriptionEndedAttribute"]
      | components["schemas"]["ConversationTransferredAttribute"]
      | components["schemas"]["ConversationUnassignedAttribute"]
      | components["schemas"]["MessageAddedAttribute"]
      | components["schemas"]["MessageRedactedAttribute"]
      | components["schemas"]["NoteAddedAttribute"]
      | components["schemas"]["TagAddedAttribute"]
      | components["schemas"]["TagRemovedAttribute"];
    /** @description One thing that happened to a conversation. */
    ActivityLogEntry: {
      /**
       * Format: uuid
       * @description Entry id.
       */
      id: string;
      /**
       * Format: int64
       * @description Conversation the entry belongs to.
       */
      conversationId: number;
      /** @description When it happened. */
      activityTimestamp: components["schemas"]["DixaTimestamp"];
      /**
       * @deprecated
       * @description Older name of the activity; read `_type` instead.
       * @enum {string}
       */
      activityType:
        | "ConversationAssignedActivityType"
        | "ConversationAutoreplySentActivityType"
        | "ConversationClaimedActivityType"
        | "ConversationClosedActivityType"
        | "ConversationCreatedByAgentActivityType"
        | "ConversationCreatedByCustomerActivityType"
        | "ConversationEndUserReplacedActivityType"
        | "ConversationLanguageUpdatedActivityType"
        | "ConversationOfferAcceptedActivityType"
        | "ConversationOfferRejectedActivityType"
        | "ConversationOfferTimeoutActivityType"
        | "ConversationOfferedActivityType"
        | "ConversationPendingActivityType"
        | "ConversationRatedActivityType"
        | "ConversationRatingCancelledActivityType"
        | "ConversationRatingOfferedActivityType"
        | "ConversationRatingScheduledActivityType"
        | "ConversationRatingUnscheduledActivityType"
        | "ConversationReopenedActivityType"
        | "ConversationReservedType"
        | "ConversationTranscriptionEndedActivityType"
        | "ConversationTranscriptionStartedActivityType"
        | "ConversationUnassignedActivityType"
        | "FollowupAddedActivityType"
        | "FollowupExpiredActivityType"
        | "FollowupRemovedActivityType"
        | "MessageAddedByAgentActivityType"
        | "MessageAddedByCustomerActivityType"
        | "NoteAddedActivityType"
        | "TagAddedActivityType"
        | "TagRemovedActivityType"
        | "TransferFailedActivityType"
        | "TransferInitiatedActivityType"
        | "TransferSuccessfulActivityType"
        | "UnknownActivityType";
      /**
       * @description What happened.
       * @enum {string}
       */
      _type:
        | "ConversationRatingScheduled"
        | "ConversationPending"
        | "ConversationRatingUnscheduled"
        | "ConversationOfferRejected"
        | "ConversationEndUserReplaced"
        | "NoteAdded"
        | "FollowupExpired"
        | "ConversationRated"
        | "TagAdded"
        | "ConversationRatingNotOffered"
        | "ConversationOfferTimeout"
        | "ConversationChannelChanged"
        | "ConversationOfferAccepted"
        | "MessageAddedByCustomer"
        | "ConversationCreatedByCustomer"
        | "ConversationCreatedByAgent"
        | "ConversationUnlinkedToParent"
        | "TransferFailed"
        | "TransferSuccessful"
        | "ConversationTranscriptionEnded"
        | "ConversationOffered"
        | "ConversationUnassigned"
        | "ConversationMessageRedacted"
        | "TagRemoved"
        | "TransferInitiated"
        | "ConversationResolvedStateToggled"
        | "ConversationClaimed"
        | "ConversationReopened"
        | "ConversationClosed"
        | "ConversationLanguageUpdated"
        | "FollowupAdded"
        | "ConversationCustomAttributesUpdated"
        | "ConversationLinkedToParent"
        | "ConversationLinkedFromChild"
        | "ConversationAutoreplySent"
        | "ConversationReserved"
        | "ConversationAssigned"
        | "ConversationRatingOffered"
        | "ConversationUnlinkedFromChild"
        | "ConversationTranscriptionStarted"
        | "ConversationRatingCancelled"
        | "MessageAddedByAgent"
        | "FollowupRemoved";
      /** @description Who did it, when a user did. */
      author?: components["schemas"]["ActivityLogUser"];
      attributes?: components["schemas"]["ActivityLogDetails"];
    };
    /** @description A queued anonymization request and where it stands. */
    AnonymizationRequest: {
      /**
       * Format: uuid
       * @description Request id.
       */
      id: string;
      /**
       * @deprecated
       * @description Older name of the entity kind; read `_type` instead.
       * @enum {string}
       */
      entityType:
        | "ConversationAnonymizationType"
        | "MessageAnonymizationType"
        | "UnknownAnonymizationType"
        | "UserAnonymizationType";
      /**
       * @description Kind of entity being anonymized.
       * @enum {string}
       */
      _type: "Conversation" | "Message" | "User";
      /** @description When the request was made. */
      initiatedAt: components["schemas"]["DixaTimestamp"];
      /** @description Entity being anonymized: the conversation id, or `<conversationId>_<messageId>` for a message. */
      targetEntityId: string;
      /**
       * Format: uuid
       * @description User who asked for it.
       */
      requestedBy: string;
      /** @description When the anonymization was carried out. */
      processedAt?: components["schemas"]["DixaTimestamp"];
    };
    /** @description A tag on a conversation. */
    ConversationTag: {
      /**
       * Format: uuid
       * @description Tag id.
       */
      id: string;
      /** @description Tag name. */
      name: string;
      /** @description Display colour. */
      color?: string;
      /**
       * @description Only active tags can be added to conversations.
       * @enum {string}
       */
      state: "Active" | "Inactive";
    };
    /** @description A tag named by its text; Dixa creates it when it does not exist. */
    TagByName: {
      /** @description Tag name. */
      name: string;
    };
    /** @description Tags to add to a conversation. */
    BulkTagRequest: {
      /** @description The tags. */
      data?: components["schemas"]["TagByName"][];
    };
    /** @description A conversation flow (e.g. an IVR call flow) and the contact endpoint it serves. */
    ConversationFlow: {
      /**
       * Format: uuid
       * @description Flow id.
       */
      id: string;
      /** @description Flow name. */
      name: string;
      channel: components["schemas"]["ConversationChannel"];
      /** @description Contact endpoint (phone number, address...) the flow is attached to. */
      contactEndpointId: string;
    };
    /** @description Who claims the conversation. */
    ClaimRequest: {
      /**
       * Format: uuid
       * @description Agent claiming the conversation.
       */
      agentId: string;
      /** @description `false` leaves the conversation alone when another agent already has it. */
      force?: boolean;
    };
    /** @description The agent or admin to record as having done the action. */
    ActingUser: {
      /**
       * Format: uuid
       * @description Agent or admin id.
       */
      userId?: string;
    };
    /** @description When the follow-up ends. */
    FollowupRequest: {
      /** @description When the follow-up expires. */
      timestamp: components["schemas"]["DixaTimestamp"];
      /**
       * Format: uuid
       * @description Agent or admin setting the follow-up.
       */
      userId?: string;
    };
    /** @description Where to transfer the conversation. */
    TransferRequest: {
      /**
       * Format: uuid
       * @description Target queue.
       */
      queueId: string;
      /**
       * Format: uuid
       * @description Agent or admin doing the transfer.
       */
      userId?: string;
    };
    /** @description The parent to link to. */
    LinkRequest: {
      /**
       * Format: int64
       * @description Parent conversation.
       */
      parentId: number;
      /**
       * @description Kind of link.
       * @enum {string}
       */
      linkType: "Related" | "SideConversation";
    };
    /** @description Custom attribute values to set, keyed by custom attribute id. A string sets a `Text` attribute, a list of strings sets a `Select` attribute (the option path), `null` clears the attribute. Attributes not named are left as they are. */
    CustomAttributesPatch: {
      [key: string]: string | string[] | null;
    };
    /** @description Matched snippets by field name; the matched text is wrapped in `<em class="highlight">` tags. */
    SearchHighlights: {
      [key: string]: string[];
    };
    /** @description A message (or other part) of the conversation that matched. */
    SearchInnerHit: {
      /** @description Id of the matching part. */
      id: string;
      /** @description Matched snippets by field name, wrapped in `<em class="highlight">` tags. */
      highlight: {
        [key: string]: string;
      };
    };
    /** @description A conversation matching a text search. */
    ConversationSearchHit: {
      /**
       * Format: int64
       * @description Matching conversation.
       */
      id: number;
      highlights: components["schemas"]["SearchHighlights"];
      /**
       * @deprecated
       * @description Parts of the conversation that matched.
       */
      innerHits?: components["schemas"]["SearchInnerHit"][];
      /**
       * @description Sent by Dixa on each hit.
       * @constant
       */
      _type?: "ConversationSearchHit";
    };
    /** @description A conversation matching a filtered search. */
    FilteredSearchHit: {
      /**
       * Format: int64
       * @description Matching conversation.
       */
      id: number;
      highlights: components["schemas"]["SearchHighlights"];
    };
    /** @description Text to look for. */
    SearchText: {
      /** @description The text. */
      value: string;
      /** @description Only exact matches (default `false`). */
      exactMatch?: boolean;
    };
    /** @description The field has no value. */
    FieldIsEmpty: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsEmpty";
    };
    /** @description The field has a value. */
    FieldIsNotEmpty: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotEmpty";
    };
    /** @description The field equals one of the values. */
    FieldIsOneOf: {
      /** @description Accepted values. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsOneOf";
    };
    /** @description The field equals none of the values. */
    FieldIsNotOneOf: {
      /** @description Rejected values. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotOneOf";
    };
    /** @description The conversation has all of the tags. */
    TagsIncludeAll: {
      /** @description Tag ids. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IncludesAll";
    };
    /** @description The conversation has at least one of the tags. */
    TagsIncludeOne: {
      /** @description Tag ids. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IncludesOne";
    };
    /** @description The conversation has none of the tags. */
    TagsExcludeAll: {
      /** @description Tag ids. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ExcludesAll";
    };
    /** @description The conversation lacks at least one of the tags. */
    TagsExcludeOne: {
      /** @description Tag ids. */
      values?: string[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ExcludesOne";
    };
    /** @description Between two points in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
    TimestampBetween: {
      /** @description Start. */
      timestampFrom: components["schemas"]["DixaTimestamp"];
      /** @description End. */
      timestampTo: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Between";
    };
    /** @description At or after a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
    TimestampSince: {
      /** @description Start. */
      timestamp: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Since";
    };
    /** @description At or before a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
    TimestampUntil: {
      /** @description End. */
      timestamp: components["schemas"]["DixaTimestamp"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Until";
    };
    /** @description The channel is one of these. */
    ChannelIsOneOf: {
      /** @description Channels. */
      values: (
        | "email"
        | "contactform"
        | "chat"
        | "dixamessenger"
        | "phone"
        | "voicemail"
        | "callback"
        | "sms"
        | "facebookmessenger"
        | "whatsapp"
        | "adachat"
        | "digitalgeniuschat"
        | "kindlychat"
        | "genericapimessaging"
        | "trustpilot"
        | "yotpo"
      )[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsOneOf";
    };
    /** @description The channel is none of these. */
    ChannelIsNotOneOf: {
      /** @description Channels. */
      values: (
        | "email"
        | "contactform"
        | "chat"
        | "dixamessenger"
        | "phone"
        | "voicemail"
        | "callback"
        | "sms"
        | "facebookmessenger"
        | "whatsapp"
        | "adachat"
        | "digitalgeniuschat"
        | "kindlychat"
        | "genericapimessaging"
        | "trustpilot"
        | "yotpo"
      )[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotOneOf";
    };
    /** @description The custom attribute has one of the values. */
    AttributeIsOneOf: {
      /** @description One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`). */
      values?: string[][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsOneOf";
    };
    /** @description The custom attribute has none of the values. */
    AttributeIsNotOneOf: {
      /** @description One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`). */
      values?: string[][];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotOneOf";
    };
    /** @description The initial direction is one of these. */
    DirectionIsOneOf: {
      /** @description Directions. */
      values: ("inbound" | "outbound" | "internal")[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsOneOf";
    };
    /** @description The initial direction is none of these. */
    DirectionIsNotOneOf: {
      /** @description Directions. */
      values: ("inbound" | "outbound" | "internal")[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotOneOf";
    };
    /** @description The status is one of these. */
    StatusIsOneOf: {
      /** @description Statuses. */
      values: ("open" | "closed" | "pending")[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsOneOf";
    };
    /** @description The status is none of these. */
    StatusIsNotOneOf: {
      /** @description Statuses. */
      values: ("open" | "closed" | "pending")[];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "IsNotOneOf";
    };
    /** @description Duration within a range, in milliseconds (10800000 = 3 hours). */
    DurationBetween: {
      /**
       * Format: int64
       * @description Shortest, in ms.
       */
      min: number;
      /**
       * Format: int64
       * @description Longest, in ms.
       */
      max: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Between";
    };
    /** @description Duration at least this long, in milliseconds. */
    DurationAtLeast: {
      /**
       * Format: int64
       * @description In ms.
       */
      duration: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "LongerThanOrEqualTo";
    };
    /** @description Duration at most this long, in milliseconds. */
    DurationAtMost: {
      /**
       * Format: int64
       * @description In ms.
       */
      duration: number;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ShorterThanOrEqualTo";
    };
    /** @description Test for a field that holds at most one value and may be empty. */
    OptionalValueOperator:
      | components["schemas"]["FieldIsEmpty"]
      | components["schemas"]["FieldIsNotEmpty"]
      | components["schemas"]["FieldIsNotOneOf"]
      | components["schemas"]["FieldIsOneOf"];
    /** @description Test for a field that always holds one value. */
    SingleValueOperator:
      components["schemas"]["FieldIsNotOneOf"] | components["schemas"]["FieldIsOneOf"];
    /** @description Test on the tags of a conversation. */
    TagOperator:
      | components["schemas"]["TagsExcludeAll"]
      | components["schemas"]["TagsExcludeOne"]
      | components["schemas"]["TagsIncludeAll"]
      | components["schemas"]["TagsIncludeOne"]
      | components["schemas"]["FieldIsEmpty"]
      | components["schemas"]["FieldIsNotEmpty"];
    /** @description Test on a point in time. */
    TimestampOperator:
      | components["schemas"]["TimestampBetween"]
      | components["schemas"]["TimestampSince"]
      | components["schemas"]["TimestampUntil"];
    /** @description Test on the channel. */
    ChannelOperator:
      components["schemas"]["ChannelIsNotOneOf"] | components["schemas"]["ChannelIsOneOf"];
    /** @description Test on a custom attribute. */
    CustomAttributeOperator:
      | components["schemas"]["FieldIsEmpty"]
      | components["schemas"]["FieldIsNotEmpty"]
      | components["schemas"]["AttributeIsNotOneOf"]
      | components["schemas"]["AttributeIsOneOf"];
    /** @description Test on the initial direction. */
    DirectionOperator:
      components["schemas"]["DirectionIsNotOneOf"] | components["schemas"]["DirectionIsOneOf"];
    /** @description Test on the duration. */
    DurationOperator:
      | components["schemas"]["DurationBetween"]
      | components["schemas"]["DurationAtLeast"]
      | components["schemas"]["DurationAtMost"];
    /** @description Test on the status. */
    StatusOperator:
      components["schemas"]["StatusIsNotOneOf"] | components["schemas"]["StatusIsOneOf"];
    /** @description Filter on the assigned agent (agent ids). */
    AgentIdFilter: {
      operator: components["schemas"]["OptionalValueOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "AgentId";
    };
    /** @description Filter on when the conversation was assigned. */
    AssignedDateFilter: {
      operator: components["schemas"]["TimestampOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "AssignedDate";
    };
    /** @description Filter on the channel. */
    ChannelFilter: {
      operator: components["schemas"]["ChannelOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Channel";
    };
    /** @description Filter on when the conversation was closed. */
    ClosedDateFilter: {
      operator: components["schemas"]["TimestampOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ClosedDate";
    };
    /** @description Filter on the requester (end user ids). */
    ContactIdFilter: {
      operator: components["schemas"]["SingleValueOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ContactId";
    };
    /** @description Filter on the conversation id. */
    ConversationIdFilter: {
      operator: components["schemas"]["SingleValueOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "ConversationId";
    };
    /** @description Filter on when the conversation was created. */
    CreationDateFilter: {
      operator: components["schemas"]["TimestampOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "CreationDate";
    };
    /** @description Filter on a custom attribute, named by `attributeId`. */
    CustomAttributeFilter: {
      operator: components["schemas"]["CustomAttributeOperator"];
      /** @description Custom attribute definition id. */
      attributeId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "CustomAttribute";
    };
    /** @description Filter on the initial direction. */
    DirectionFilter: {
      operator: components["schemas"]["DirectionOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Direction";
    };
    /** @description Filter on the duration. */
    DurationFilter: {
      operator: components["schemas"]["DurationOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Duration";
    };
    /** @description Filter on the last activity. */
    LastActivityFilter: {
      operator: components["schemas"]["TimestampOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "LastActivity";
    };
    /** @description Filter on the last message. */
    LastMessageFilter: {
      operator: components["schemas"]["TimestampOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "LastMessage";
    };
    /** @description Filter on the queue (queue ids). */
    QueueIdFilter: {
      operator: components["schemas"]["OptionalValueOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "QueueId";
    };
    /** @description Filter on the status. */
    StatusFilter: {
      operator: components["schemas"]["StatusOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "Status";
    };
    /** @description Filter on the tags (tag ids). */
    TagIdFilter: {
      operator: components["schemas"]["TagOperator"];
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      _type: "TagId";
    };
    /** @description The field a condition tests, with its operator. */
    SearchField:
      | components["schemas"]["AgentIdFilter"]
      | components["schemas"]["AssignedDateFilter"]
      | components["schemas"]["ChannelFilter"]
      | components["schemas"]["ClosedDateFilter"]
      | components["schemas"]["ContactIdFilter"]
      | components["schemas"]["ConversationIdFilter"]
      | components["schemas"]["CreationDateFilter"]
      | components["schemas"]["CustomAttributeFilter"]
      | components["schemas"]["DirectionFilter"]
      | components["schemas"]["DurationFilter"]
      | components["schemas"]["LastActivityFilter"]
      | components["schemas"]["LastMessageFilter"]
      | components["schemas"]["QueueIdFilter"]
      | components["schemas"]["StatusFilter"]
      | components["schemas"]["TagIdFilter"];
    /** @description One condition of a filter. */
    SearchCondition: {
      field: components["schemas"]["SearchField"];
    };
    /** @description Conditions combined with AND (`All`) or OR (`Any`). */
    SearchFilters: {
      /**
       * @description How conditions combine.
       * @enum {string}
       */
      strategy: "All" | "Any";
      /** @description The conditions. */
      conditions?: components["schemas"]["SearchCondition"][];
    };
    /** @description A text query, filters, or both. */
    SearchRequest: {
      query?: components["schemas"]["SearchText"];
      filters?: components["schemas"]["SearchFilters"];
    };
    /** @description The anonymization request. */
    AnonymizationResponse: {
      data: components["schemas"]["AnonymizationRequest"];
    };
    /** @description The created note. */
    InternalNoteResponse: {
      data: components["schemas"]["InternalNote"];
    };
    /** @description Internal notes, oldest first. */
    InternalNoteListResponse: {
      data?: components["schemas"]["InternalNote"][];
    };
    /** @description One outcome per submitted note. */
    InternalNoteBulkResponse: {
      data?: components["schemas"]["InternalNoteBulkOutcome"][];
    };
    /** @description The recorded rating result. */
    RatingResultResponse: {
      data: components["schemas"]["RatingResult"];
    };
    /** @description The recorded rating offer. */
    RatingOfferResponse: {
      data: components["schemas"]["RatingOffer"];
    };
    /** @description Rating statuses of a conversation. */
    ConversationRatingListResponse: {
      data?: components["schemas"]["ConversationRating"][];
    };
    /** @description One page of activity log entries. */
    ActivityLogPage: {
      data?: components["schemas"]["ActivityLogEntry"][];
      meta?: components["schemas"]["PaginationLinks"];
    };
    /** @description Activity log entries of a conversation. */
    ActivityLogListResponse: {
      data?: components["schemas"]["ActivityLogEntry"][];
    };
    /** @description Conversation flows. */
    ConversationFlowListResponse: {
      data?: components["schemas"]["ConversationFlow"][];
    };
    /** @description Tags on a conversation. */
    ConversationTagListResponse: {
      data?: components["schemas"]["ConversationTag"][];
    };
    /** @description Messages, oldest first. */
    MessageListResponse: {
      data?: components["schemas"]["Message"][];
    };
    /** @description The stored message. */
    AddedMessageResponse: {
      data: components["schemas"]["AddedMessage"];
    };
    /** @description Id of the new conversation. */
    CreatedConversationResponse: {
      data: components["schemas"]["ConversationId"];
    };
    /** @description Id of the new conversation and any partial errors. */
    ImportedConversationResponse: {
      data: components["schemas"]["ImportedConversation"];
    };
    /** @description Custom attribute values after the patch. */
    ConversationCustomAttributeListResponse: {
      data?: components["schemas"]["ConversationCustomAttribute"][];
    };
    /** @description The conversation. */
    ConversationResponse: {
      data: components["schemas"]["Conversation"];
    };
    /** @description Conversations. */
    ConversationListResponse: {
      data?: components["schemas"]["Conversation"][];
    };
    /** @description One page of search hits. */
    ConversationSearchPage: {
      data?: components["schemas"]["ConversationSearchHit"][];
      meta?: components["schemas"]["PaginationLinks"];
    };
    /** @description One page of filtered search hits. */
    FilteredSearchPage: {
      data?: components["schemas"]["FilteredSearchHit"][];
      meta?: components["schemas"]["PaginationLinks"];
    };
  };
  responses: {
    /** @description The token's user may not do this. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Something the request names does not exist. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The request clashes with the current state (e.g. the work is already under way). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Dixa failed while handling the request. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /** @description Conversation id (csid). */
    conversationId: number;
    /** @description Message id. */
    messageId: string;
    /** @description Id of the rating offer, as returned by `createRatingOffer`. */
    ratingId: string;
    /** @description Tag id. */
    tagId: string;
    /** @description Largest number of results per page. Can be changed between pages. */
    pageLimit: number;
    /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
    pageKey: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createConversation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The conversation to create. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewConversation"];
      };
    };
    responses: {
      /** @description The conversation was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedConversationResponse"];
        };
      };
      /** @description The body could not be read or is not valid for the channel: bad message, attachment that could not be downloaded, duplicate `externalId`, unsupported channel. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listOrganizationActivityLog: {
    parameters: {
      query?: {
        /** @description Largest number of results per page. Can be changed between pages. */
        pageLimit?: components["parameters"]["pageLimit"];
        /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
        pageKey?: components["parameters"]["pageKey"];
        /** @description Only entries at or after this time (`yyyy-MM-ddTHH:mm:ssZ`). */
        fromDatetime?: components["schemas"]["DixaTimestamp"];
        /** @description Only entries at or before this time (`yyyy-MM-ddTHH:mm:ssZ`). */
        toDatetime?: components["schemas"]["DixaTimestamp"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of activity log entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityLogPage"];
        };
      };
      /** @description A query parameter could not be read (page limit, page key, date-times), or the data could not be fetched for these filters. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  listFlows: {
    parameters: {
      query?: {
        /** @description Channel whose flows to list. Defaults to `PstnPhone`. */
        channel?:
          | "WhatsApp"
          | "Voicemail"
          | "WidgetChat"
          | "FacebookMessenger"
          | "Email"
          | "ContactForm"
          | "Callback"
          | "PstnPhone"
          | "Messenger";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationFlowListResponse"];
        };
      };
      /** @description The channel is not a known channel. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  importConversation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The conversation to import. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["ImportConversationRequest"];
      };
    };
    responses: {
      /** @description The conversation was imported, possibly with partial errors. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImportedConversationResponse"];
        };
      };
      /** @description The body could not be read, a message is invalid, an attachment could not be downloaded, the channel is not supported, or the requester or agent does not exist. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listActivityLog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation's activity log. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActivityLogListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  anonymizeConversation: {
    parameters: {
      query?: {
        /** @description Close the conversation first if it is still open. */
        force?: boolean;
      };
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The anonymization was queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AnonymizationResponse"];
        };
      };
      /** @description The conversation id or `force` could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      500: components["responses"]["ServerError"];
    };
  };
  claimConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The claiming agent. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["ClaimRequest"];
      };
    };
    responses: {
      /** @description The conversation was claimed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
    };
  };
  closeConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description Optionally, who closes it. */
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ActingUser"];
      };
    };
    responses: {
      /** @description The conversation was closed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read, or the user does not exist or is not an agent/admin. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
    };
  };
  patchConversationCustomAttributes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description Values by custom attribute id. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["CustomAttributesPatch"];
      };
    };
    responses: {
      /** @description The attributes after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationCustomAttributeListResponse"];
        };
      };
      /** @description The conversation id or the body could not be read, or a value does not fit its attribute. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
    };
  };
  followupConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description When the follow-up expires, and optionally who sets it. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["FollowupRequest"];
      };
    };
    responses: {
      /** @description The follow-up was set. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read, or the user does not exist or is not an agent/admin. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
    };
  };
  linkConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The parent and the kind of link. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["LinkRequest"];
      };
    };
    responses: {
      /** @description The conversations were linked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read, or the link breaks a limit. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listLinkedConversations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The child conversations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listMessages: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
    };
  };
  addMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The message. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewMessage"];
      };
    };
    responses: {
      /** @description The message was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddedMessageResponse"];
        };
      };
      /** @description The conversation id or the body could not be read: bad message, attachment that could not be downloaded, duplicate `externalId`, unsupported channel. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  anonymizeMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
        /** @description Message id. */
        messageId: components["parameters"]["messageId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The anonymization was queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AnonymizationResponse"];
        };
      };
      /** @description The conversation id or message id could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      500: components["responses"]["ServerError"];
    };
  };
  listInternalNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InternalNoteListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  addInternalNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The note. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewInternalNote"];
      };
    };
    responses: {
      /** @description The note was added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InternalNoteResponse"];
        };
      };
      /** @description The conversation id or the body could not be read, the agent was not found, or the date is malformed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  addInternalNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The notes. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewInternalNotes"];
      };
    };
    responses: {
      /** @description One outcome per note. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["InternalNoteBulkResponse"];
        };
      };
      /** @description The conversation id or the body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getRating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation's ratings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationRatingListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listRatings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation's ratings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationRatingListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createRatingOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The offer. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewRatingOffer"];
      };
    };
    responses: {
      /** @description The offer was recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RatingOfferResponse"];
        };
      };
      /** @description The conversation id or the body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  submitRatingResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
        /** @description Id of the rating offer, as returned by `createRatingOffer`. */
        ratingId: components["parameters"]["ratingId"];
      };
      cookie?: never;
    };
    /** @description The answer. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["NewRatingResult"];
      };
    };
    responses: {
      /** @description The answer was recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RatingResultResponse"];
        };
      };
      /** @description The conversation id, rating id or body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      500: components["responses"]["ServerError"];
    };
  };
  reopenConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description Optionally, who reopens it. */
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ActingUser"];
      };
    };
    responses: {
      /** @description The conversation was reopened and offered. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read, or the user does not exist or is not an agent/admin. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tags. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationTagListResponse"];
        };
      };
      /** @description The conversation id is not a number, or the request could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  bulkTagConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description The tags to add. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["BulkTagRequest"];
      };
    };
    responses: {
      /** @description The tagging was accepted and will be carried out shortly. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  tagConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
        /** @description Tag id. */
        tagId: components["parameters"]["tagId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tag was added. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or tag id could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  untagConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
        /** @description Tag id. */
        tagId: components["parameters"]["tagId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tag was removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or tag id could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  transferConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Conversation id (csid). */
        conversationId: components["parameters"]["conversationId"];
      };
      cookie?: never;
    };
    /** @description Target queue, and optionally who transfers. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransferRequest"];
      };
    };
    responses: {
      /** @description The conversation was transferred. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The conversation id or the body could not be read, the user does not exist or is not an agent/admin, or the queue does not exist. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  searchConversations: {
    parameters: {
      query: {
        /** @description Largest number of results per page. Can be changed between pages. */
        pageLimit?: components["parameters"]["pageLimit"];
        /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
        pageKey?: components["parameters"]["pageKey"];
        /**
         * @description Text to look for.
         * @example cancel my order
         */
        query: string;
        /** @description Only exact matches (default `false`). */
        exactMatch?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of hits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationSearchPage"];
        };
      };
      /** @description A query parameter could not be read (page limit, page key, query, exactMatch). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
  searchConversationsWithFilters: {
    parameters: {
      query?: {
        /** @description Largest number of results per page. Can be changed between pages. */
        pageLimit?: components["parameters"]["pageLimit"];
        /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
        pageKey?: components["parameters"]["pageKey"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Text and/or filters. An empty body matches every conversation. */
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SearchRequest"];
      };
    };
    responses: {
      /** @description One page of hits. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FilteredSearchPage"];
        };
      };
      /** @description A query parameter or the body could not be read. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      500: components["responses"]["ServerError"];
    };
  };
}
