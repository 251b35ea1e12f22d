// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit
/* eslint-disable */
export interface paths {
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Page through the organization's agents and admins, or look one up by `email` or by `phone` (not both: 400). The ids found here are the `agentId` of outbound messages, claims, notes and imports.
         */
        get: operations["listAgents"];
        /**
         * Update agents
         * @description Replace several agents' details in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; `displayName` is required and fields left out are cleared. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`).
         */
        put: operations["updateAgents"];
        /**
         * Create agent
         * @description Add an agent to the organization (201). The e-mail address is the login and must not be in use. Not safe to repeat: a second call fails or creates a second agent.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch agents
         * @description Change some fields of several agents in one call. The body is a bare JSON array (not `{data: [...]}`), one entry per agent with its `id`; fields left out stay as they are. One outcome per entry, in order. Marked idempotent: each entry states final values, so sending the same body twice leaves the same agents.
         */
        patch: operations["patchAgents"];
        trace?: never;
    };
    "/v1/agents/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create agents
         * @description Create several agents in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new agent, or `BulkActionFailure`. Not safe to repeat: entries that succeeded would fail or be created again.
         */
        post: operations["createAgents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List presence
         * @description Presence of every agent and admin. Unlike other lists, the answer is a bare JSON array (no `data`, no paging). Its times carry no zone (see `LocalTimestamp`).
         */
        get: operations["listAgentPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get agent
         * @description Fetch one agent or admin.
         */
        get: operations["getAgent"];
        /**
         * Update agent
         * @description Replace an agent's details: `displayName` is required and fields left out are cleared. Use `patchAgent` to change single fields.
         */
        put: operations["updateAgent"];
        post?: never;
        /**
         * Delete agent
         * @description Take away a user's agent or admin role: the user stays, as an end user. Conversations and history are kept.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Patch agent
         * @description Change some of an agent's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
         */
        patch: operations["patchAgent"];
        trace?: never;
    };
    "/v1/agents/{agentId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get presence
         * @description Whether one agent is online and working, and on which channels. Its times carry no zone (see `LocalTimestamp`).
         */
        get: operations["getAgentPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agentId}/presence/working-channel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Updates the working channel of an agent
         * @description Start or stop an agent working on one channel group (e-mail, interactive chat, messaging, or `Speak` for phone).
         */
        put: operations["updateAgentWorkingChannel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agentId}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description The teams an agent or admin belongs to, by id (`getTeam` has their names).
         */
        get: operations["listAgentTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/filter/{filterAttribute}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Filter values
         * @description Page through the values a filter attribute (e.g. `channel`, `queue_id`, `agent_id`) can take, to put in the `filters` of `queryMetricData` and `queryMetricRecords`. Attributes are shared by all metrics and records; a filter that does not apply to one is ignored.
         */
        get: operations["listAnalyticsFilterValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics Catalogue
         * @description Page through the metrics `queryMetricData` can compute (e.g. `csat`, `closed_conversations`), each with the filters and aggregations it accepts and the records it is built from.
         */
        get: operations["listMetrics"];
        put?: never;
        /**
         * Get Metric Data
         * @description Compute one metric (aggregated), over a period (`periodFilter`: a preset such as last week, or an interval) or over given conversations (`csidFilter`), optionally filtered. Each aggregate comes tagged with its type (`LongAggregateValue`, `DoubleAggregateValue`, `AgentPresenceDurationValue`). Sent as POST only to carry the query: it changes nothing, so it is marked idempotent and may be retried.
         */
        post: operations["queryMetricData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/metrics/{metricId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metric Description
         * @description One metric of the catalogue, with the filters and aggregations it accepts.
         */
        get: operations["getMetric"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metric Records Catalogue
         * @description Page through the kinds of records (unaggregated rows) `queryMetricRecords` can return, e.g. `ratings` (one row per CSAT rating) or `closed_conversations`, each with its fields and filters.
         */
        get: operations["listMetricRecords"];
        put?: never;
        /**
         * Get Metric Records Data
         * @description Page through the rows of one record (unaggregated data, e.g. every CSAT rating), over a period or given conversations, optionally filtered. `pageLimit` and `pageKey` are query parameters even though this is a POST; send the same body for every page. Each field value is tagged with its type (`LongField`, `StringField`, `UUIDField`...). Changes nothing, so it is marked idempotent and may be retried.
         */
        post: operations["queryMetricRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metric Record Description
         * @description One record of the catalogue, with its fields (and whether each may be empty) and filters.
         */
        get: operations["getMetricRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/anonymization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anonymize entity
         * @deprecated
         * @description Older, generic way to queue the anonymization of an end user (`_type: User`, `entityId` = user id) or a conversation (`_type: Conversation`, `entityId` = conversation id); use `anonymizeEndUser`, `anonymizeConversation` or `anonymizeMessage` instead. A conversation must be closed first unless `forceAnonymization` is `true`. Poll the answer's id with `getAnonymizationRequest`.
         */
        post: operations["anonymizeEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/anonymization/request/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get anonymization status
         * @description Where an anonymization request stands: `processedAt` is set once the data is gone. The id comes from the 202 answer of `anonymizeConversation`, `anonymizeMessage` or `anonymizeEndUser` (or from `anonymizeEntity`).
         */
        get: operations["getAnonymizationRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/business-hours/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List business hours schedules
         * @description The organization's opening-hours schedules, by id and name. The list sits inside `data.schedules`.
         */
        get: operations["listBusinessHoursSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/business-hours/schedules/{scheduleId}/definition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a business hours schedule definition.
         * @description How a schedule is set up: its time zone, the regular opening hours per weekday and the exceptions (holidays, special days), recurring or not.
         */
        get: operations["getBusinessHoursScheduleDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/business-hours/schedules/{scheduleId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check if a business is open
         * @description Whether the schedule says the business is open now, or at `timestamp`, and when that changes next.
         */
        get: operations["getBusinessHoursStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/business-hours/schedules/{scheduleId}/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the upcoming business hours schedule.
         * @description The opening hours of the next `days` days (1 to 90, default 7), with recurring rules and exceptions already applied.
         */
        get: operations["getUpcomingBusinessHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact endpoints
         * @description The e-mail addresses and phone numbers the organization is reached at. An e-mail endpoint's `address` is what `createConversation` takes as `emailIntegrationId`; a phone endpoint's `number` is a `contactEndpointId` for SMS and callback conversations. Not paginated.
         */
        get: operations["listContactEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact-endpoints/{contactEndpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get contact endpoint
         * @description Fetch one contact endpoint by its id, which is the e-mail address or the phone number itself.
         */
        get: operations["getContactEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * @description Start a new conversation with a first message. `_type` picks the channel (`Email`, `ContactForm`, `Chat`, `Sms`, `Callback`). An inbound first message is written by the requester; an outbound one by the agent in `message.agentId`. Not safe to repeat: each call creates another conversation, unless the first message carries an `externalId` (`message.externalId`): Dixa then rejects a second conversation with the same message id (400 `Duplicate externalId`), so a retry with it set is safe.
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
         * @description Add a message to a conversation on the Chat, Messenger, Contact Form, E-mail, SMS (outbound) or WhatsApp (outbound, Markdown) channel. An inbound message is written by the requester, an outbound one by `agentId`. Attachments are copied into Dixa. Content is required except for a WhatsApp message that only carries an attachment (WhatsApp takes one attachment: jpg, jpeg, png, pdf, doc, docx, pptx or xlsx). Markdown supports bold, italic, strikethrough, block quotes, ordered and unordered lists and inline code. Not safe to repeat: each call adds another message, unless `externalId` is set: Dixa then rejects a second message with the same id (400 `Duplicate externalId`), so a retry with it set is safe.
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
    "/v1/custom-attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom attributes definitions
         * @description Every custom attribute the organization defined, for conversations (`entityType: Conversation`) and for end users (`Contact`). The ids are the keys of the bodies of `patchConversationCustomAttributes` and `patchEndUserCustomAttributes`; `inputDefinition` says whether a value is a string (`Text`) or a path of option values (`Select`). Not paginated.
         */
        get: operations["listCustomAttributeDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custom-attributes/{customAttributeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom attribute definition by id
         * @description Fetch one custom attribute definition. Dixa documents no 404 here; an unknown id is answered with 400.
         */
        get: operations["getCustomAttributeDefinition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/endusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List end users
         * @description Page through the organization's end users (customers), or look one up by `email`, `phone` or `externalId`: at most one of the three filters per request (400 otherwise). The ids found here are what `createConversation` and `importConversation` take as `requesterId`. Custom attribute values are not part of this list; `getEndUser` has them.
         */
        get: operations["listEndUsers"];
        /**
         * Update end users
         * @description Replace several end users in one call (`data`, one entry per user, each with its `id`): fields left out are cleared, `displayName` is required. The answer has one outcome per entry, in order: `BulkActionSuccess` with the user as stored, or `BulkActionFailure` with the reason.
         */
        put: operations["updateEndUsers"];
        /**
         * Create end user
         * @description Add an end user. Every field is optional, but Dixa rejects an e-mail address or phone number another end user already has (400). Answers 201 with the new user, whose `id` is a `requesterId` for new conversations. Not safe to repeat without a unique e-mail or phone: a second call would create a second user.
         */
        post: operations["createEndUser"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch end users
         * @description Change some fields of several end users in one call (`data`, one entry per user, each with its `id`); fields left out stay as they are. One outcome per entry, in order (`BulkActionSuccess` / `BulkActionFailure`). Marked idempotent: each entry states final values, so sending the same body twice leaves the same users.
         */
        patch: operations["patchEndUsers"];
        trace?: never;
    };
    "/v1/endusers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create end users
         * @description Create several end users in one call (`data`). Answers 201 with one outcome per entry, in order: `BulkActionSuccess` with the new user, or `BulkActionFailure` (e.g. `Validation` when the e-mail address is taken). Not safe to repeat: entries that succeeded would be created again (or fail as duplicates).
         */
        post: operations["createEndUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/endusers/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get end user
         * @description Fetch one end user, with its custom attribute values.
         */
        get: operations["getEndUser"];
        /**
         * Update end user
         * @description Replace an end user's details: `displayName` is required and fields left out are cleared. Use `patchEndUser` to change single fields.
         */
        put: operations["updateEndUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch end user
         * @description Change some of an end user's details; fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same result.
         */
        patch: operations["patchEndUser"];
        trace?: never;
    };
    "/v1/endusers/{userId}/anonymize": {
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
         * Anonymize end user
         * @description Queue the anonymization of an end user and their data. Conversations they requested that are still open block it unless `force` is `true`, which closes them first. The answer describes the queued request; poll it with `getAnonymizationRequest`. Marked idempotent: asking again for the same user cannot anonymize more than once (at worst Dixa answers 409 for the repeat).
         */
        patch: operations["anonymizeEndUser"];
        trace?: never;
    };
    "/v1/endusers/{userId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List end user conversations
         * @description Page through the conversations an end user requested, on every channel. As in `getConversation`, `_type` names each conversation's shape; custom attribute values are left out (fetch a conversation for them).
         */
        get: operations["listEndUserConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/endusers/{userId}/custom-attributes": {
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
         * Patch end user custom attributes
         * @description Set or clear custom attribute values of an end user (attributes whose definition has `entityType: Contact`); attributes not named stay as they are. Same body as `patchConversationCustomAttributes`. Marked idempotent: the body states final values, so sending it twice leaves the same result.
         */
        patch: operations["patchEndUserCustomAttributes"];
        trace?: never;
    };
    "/v1/knowledge/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create article
         * @description Create a knowledge article with its first translations (drafts), optionally inside a category (`parentId`) and tagged. Answers 200 with the article. Publish it with `publishKnowledgeArticle`. Not safe to repeat: each call creates another article.
         */
        post: operations["createKnowledgeArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload article attachments
         * @description Upload images to use in knowledge articles, as `multipart/form-data` with one `files` part per image: PNG, JPEG, GIF or WebP, at most 5 files of at most 4 MB each and 10 MB in all. Files are judged one by one: the answer lists the URLs of the accepted ones in `data` and the rejected ones in `partialErrors` (with a 400- or 500-style `code`). Not safe to repeat: each call stores the files again under new URLs.
         */
        post: operations["uploadKnowledgeArticleAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get article
         * @description Fetch a knowledge article with its draft and published version in one language (`language`, or the default language).
         */
        get: operations["getKnowledgeArticle"];
        put?: never;
        post?: never;
        /**
         * Delete article
         * @description Delete a knowledge article with all its translations.
         */
        delete: operations["deleteKnowledgeArticle"];
        options?: never;
        head?: never;
        /**
         * Update article
         * @description Change an article's owner, add or remove tags, or switch pre-release mode; fields left out stay as they are. Translations are changed with `patchKnowledgeArticleTranslations`.
         */
        patch: operations["patchKnowledgeArticle"];
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/parent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove article parent
         * @description Take an article out of its category, so it has no parent.
         */
        delete: operations["deleteKnowledgeArticleParent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/parent/{parentId}": {
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
         * Move article
         * @description Move an article into another category or collection (`parentId`). Marked idempotent: the article ends up under that parent however often this is sent.
         */
        patch: operations["moveKnowledgeArticle"];
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish article
         * @description Publish the current drafts of all the article's translations as a new version, for search and help centers. Not safe to repeat: each call publishes another version.
         */
        post: operations["publishKnowledgeArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get article translations
         * @description Every translation of an article, drafts and published versions.
         */
        get: operations["listKnowledgeArticleTranslations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update article translations
         * @description Create or replace draft translations of an article, one per language. Languages are handled one by one: the answer has the stored drafts in `data` and the languages that failed in `partialErrors`. Languages not named stay as they are. Marked idempotent: each entry states the final draft of its language, so sending the body twice leaves the same drafts.
         */
        patch: operations["patchKnowledgeArticleTranslations"];
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/translations/{languageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete article translation
         * @description Delete one translation of an article, draft and published versions.
         */
        delete: operations["deleteKnowledgeArticleTranslation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/translations/{languageId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish translation
         * @description Publish the current draft of one translation, for search and help centers.
         */
        post: operations["publishKnowledgeArticleTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish translation
         * @description Take one translation out of search and help centers; its draft stays. Marked idempotent: the translation ends up unpublished however often this is sent.
         */
        post: operations["unpublishKnowledgeArticleTranslation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish article
         * @description Take all translations of an article out of search and help centers; the drafts stay. Marked idempotent: the article ends up unpublished however often this is sent.
         */
        post: operations["unpublishKnowledgeArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get category
         * @description Fetch a knowledge category, with its title in one language (`language`, or the default language) and where it sits.
         */
        get: operations["getKnowledgeCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/categories/{categoryId}/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get category translations
         * @description The category's title in every language it has.
         */
        get: operations["listKnowledgeCategoryTranslations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections
         * @description Page through the knowledge base's collections (top-level groupings, e.g. one per help center).
         */
        get: operations["listKnowledgeCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get collection
         * @description Fetch one knowledge collection.
         */
        get: operations["getKnowledgeCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/collections/{collectionId}/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get collection catalog
         * @description The tree of a collection's categories and articles, with titles in one language (`language`, or the default language).
         */
        get: operations["getKnowledgeCollectionCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organization details
         * @description The organization the API token belongs to. A cheap call to check that a token works and to learn the organization id that webhook events carry.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List queues
         * @description Every queue of the organization with its offering settings; the ids are what `transferConversation` takes. Not paginated.
         */
        get: operations["listQueues"];
        put?: never;
        /**
         * Create queue
         * @description Create a queue (201). The settings go inside `request`. Not safe to repeat: each call creates another queue.
         */
        post: operations["createQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/conversation-position/{csid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the position of the conversation in its current queue
         * @description Roughly how many conversations are ahead of this one in the queue it waits in, e.g. for a chatbot to tell the customer.
         */
        get: operations["getConversationQueuePosition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get queue
         * @description Fetch one queue with its settings.
         */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{queueId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get queue availability
         * @description Whether a queue can take conversations now on the organization's generic chat channels (chatbot platforms such as adachat, kindlychat, digitalgeniuschat, genericapimessaging). One outcome per channel: `Success` with the availability, or `Failure` when Dixa could not tell. 409 when the organization has none of these channels.
         */
        get: operations["getQueueAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{queueId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description The agents and admins who serve a queue, with their priority in it.
         */
        get: operations["listQueueMembers"];
        put?: never;
        post?: never;
        /**
         * Remove agents
         * @description Remove agents or admins from a queue. The agents to remove go in a JSON body, which this DELETE requires.
         */
        delete: operations["removeQueueMembers"];
        options?: never;
        head?: never;
        /**
         * Assign agents
         * @description Make agents or admins members of a queue. One outcome per agent, in order: `BulkActionSuccess` with the agent id, or `BulkActionFailure` (e.g. `NotFound`, or `Validation` for a user who is not an agent).
         */
        patch: operations["addQueueMembers"];
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
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Every tag of the organization, to map tag names to the ids that `tagConversation`, `untagConversation` and `bulkTagConversation` take. Active tags only, unless `includeDeactivated` is `true`. Not paginated: the whole list comes in one answer.
         */
        get: operations["listOrganizationTags"];
        put?: never;
        /**
         * Create tag
         * @description Add a tag to the organization. Answers 200 (not 201) with the new tag. Not safe to repeat: Dixa does not say how it treats a second tag of the same name.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tag
         * @description Fetch one tag of the organization by id.
         */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /**
         * Delete tag
         * @description Delete the tag and remove it from every conversation it is on. This cannot be undone; `deactivateTag` only hides it from new use.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{tagId}/activate": {
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
         * Activate tag
         * @description Make a deactivated tag usable on conversations again. Marked idempotent: the tag ends up active however often this is sent.
         */
        patch: operations["activateTag"];
        trace?: never;
    };
    "/v1/tags/{tagId}/deactivate": {
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
         * Deactivate tag
         * @description Stop a tag from being added to conversations; conversations that have it keep it, and `listOrganizationTags` hides it unless asked for deactivated tags. Marked idempotent: the tag ends up inactive however often this is sent.
         */
        patch: operations["deactivateTag"];
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description Every team of the organization. Not paginated.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create team
         * @description Create an empty team (201); add agents with `addTeamMembers`. Not safe to repeat: each call creates another team.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team
         * @description Fetch one team.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete team
         * @description Delete a team. Its agents stay agents.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description The agents and admins in a team. Not paginated.
         */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        /**
         * Remove members
         * @description Remove agents or admins from a team. The agents to remove go in a JSON body, which this DELETE requires.
         */
        delete: operations["removeTeamMembers"];
        options?: never;
        head?: never;
        /**
         * Add members
         * @description Add agents or admins to a team. Dixa answers 200 with no body.
         */
        patch: operations["addTeamMembers"];
        trace?: never;
    };
    "/v1/teams/{teamId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List presence
         * @description Page through the presence of a team's members. Times carry no zone (see `LocalTimestamp`).
         */
        get: operations["listTeamPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description The organization's templates, page by page, optionally only of one kind. `_type` says whether a template is a quick response (inserted by agents) or an e-mail auto-reply.
         */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete template
         * @description Delete a template. This cannot be undone; check first that no flow or automation uses it.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all Webhook Subscriptions
         * @description Every webhook subscription of the organization, with the secret key each one signs its requests with. Not paginated.
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Create Webhook Subscription
         * @description Subscribe a URL of yours to events (201). `authorization` says what Dixa sends in the `Authorization` header of each request: nothing (`NoAuth`), `Basic base64(username:password)` (`BasicAuth`) or `Bearer <value>` (`TokenAuth`); `customHeaders` adds more headers (send `{}` for none; Dixa requires the field). `filters` narrows the events, e.g. to some channels or queues. Every request Dixa sends is also signed with the subscription's `secretKey` (`X-DIXA-SIGNATURE`). Not safe to repeat: each call creates another subscription, and each would receive every event.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookSubscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook Subscription
         * @description Fetch one webhook subscription, with its secret key.
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Delete Webhook Subscription
         * @description Delete a webhook subscription; Dixa stops sending its events.
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /**
         * Patch Webhook Subscription
         * @description Change some of a subscription's settings (name, events, URL, authorization, headers, enabled, filters); fields left out stay as they are. Marked idempotent: the body states final values, so sending it twice leaves the same subscription.
         */
        patch: operations["patchWebhookSubscription"];
        trace?: never;
    };
    "/v1/webhooks/{webhookSubscriptionId}/delivery-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook Subscription Last Delivery Statuses
         * @description For each event of the subscription, how its latest delivery went: `DeliveryDetail` (when, HTTP status and text of your answer) or `NoRecentDelivery`.
         */
        get: operations["listWebhookDeliveryStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook Subscription Event Logs
         * @description The latest deliveries of one event of the subscription: how each went and the exact payload sent (as a JSON string), e.g. to replay a missed event.
         */
        get: operations["listWebhookEventLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversation_export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversation export
         * @description All conversations matching a time window (or a list of ids), as one JSON array of flat rows: no paging, no envelope, timestamps as Unix milliseconds, names in snake_case. Meant for loading a data warehouse; the main API's conversation operations give the same data in their own shape.
         *
         *     Rules Dixa enforces (answered with 400 otherwise):
         *     - give one `..._after` **and** one `..._before` parameter (the same kind, e.g. `updated_after` + `updated_before`), or give `csids`;
         *     - a time window may span at most 31 days: walk longer periods window by window.
         *
         *     Each time parameter takes a date (`yyyy-mm-dd`) or Unix milliseconds. This endpoint is slow and tightly limited: about 10 requests per minute per organization token (as reported by integrations that page through years of data; Dixa answers 429 beyond its limit), so space the windows out. Sent with the same API token as the rest of Dixa, but as `Authorization: Bearer <token>`, to `https://exports.dixa.io`.
         */
        get: operations["exportConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message_export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message export
         * @description All messages created in a time window, as one JSON array of flat rows (no paging, no envelope, timestamps as Unix milliseconds, snake_case names). Internal notes are not messages here: they come with the conversation export, in `conversation_wrapup_notes`.
         *
         *     Give both `created_after` and `created_before`; the window may span at most 31 days (400 otherwise). Each takes a date (`yyyy-mm-dd`) or Unix milliseconds. The Exports API is tightly rate limited (about 10 requests per minute per token is what integrations report for the conversation export; Dixa answers 429 beyond its limit). Sent as `Authorization: Bearer <token>` to `https://exports.dixa.io`.
         */
        get: operations["exportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    ConversationCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation created
         * @description Sent when a conversation is created in Dixa, on any channel and in either direction. `data.conversation` is the new conversation; consumer samples show it unassigned (`assignee: null`) and `OPEN`. Subscribe with the name `ConversationCreated`; the body says `event_fqn: CONVERSATION_CREATED`.
         */
        post: operations["conversationCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationOpen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation open
         * @description Sent when a closed conversation is reopened, e.g. because the customer wrote again. `data.conversation` is the reopened conversation. The docs do not say whether a newly created conversation also sends it. Subscribe with the name `ConversationOpen`; the body says `event_fqn: CONVERSATION_OPEN`.
         */
        post: operations["conversationOpenEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation pending
         * @description Sent when a follow-up is set on a conversation, which puts it in `PENDING` state until the follow-up time or a reply. `data.conversation` is the conversation. Subscribe with the name `ConversationPending`; the body says `event_fqn: CONVERSATION_PENDING`.
         */
        post: operations["conversationPendingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationPendingExpired: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation pending expired
         * @description Sent when the follow-up time of a pending conversation passes. `data.conversation` is the conversation; `data.pendingByUser`, when present, is the agent who set the follow-up. Subscribe with the name `ConversationPendingExpired`; the body says `event_fqn: CONVERSATION_PENDING_EXPIRED`.
         */
        post: operations["conversationPendingExpiredEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationClosed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation closed
         * @description Sent when a conversation is closed, by an agent, a rule or the API. `data.conversation` is the closed conversation. Subscribe with the name `ConversationClosed`; the body says `event_fqn: CONVERSATION_CLOSED`.
         */
        post: operations["conversationClosedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationAbandoned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation abandoned
         * @description Sent when a conversation is closed before any agent was assigned to it, e.g. a chat the customer left while waiting. `data.conversation` is the conversation and `data.queue` the queue it waited in. Subscribe with the name `ConversationAbandoned`; the body says `event_fqn: CONVERSATION_ABANDONED`.
         */
        post: operations["conversationAbandonedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationEnqueued: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation enqueued
         * @description Sent when a conversation enters a queue. `data.conversation` is the conversation (its `queue` is the queue entered). Dixa's docs list further fields for this event that our sources do not show; they pass through untyped. Subscribe with the name `ConversationEnqueued`; the body says `event_fqn: CONVERSATION_ENQUEUED`.
         */
        post: operations["conversationEnqueuedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationAssigned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation assigned
         * @description Sent when a conversation is assigned to an agent (offered and accepted, claimed, or assigned through the API). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `assignee` is presumably the new agent. Subscribe with the name `ConversationAssigned`; the body says `event_fqn: CONVERSATION_ASSIGNED`.
         */
        post: operations["conversationAssignedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationUnassigned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation unassigned
         * @description Sent when the agent is removed from a conversation, e.g. it goes back to a queue. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationUnassigned`; the body says `event_fqn: CONVERSATION_UNASSIGNED`.
         */
        post: operations["conversationUnassignedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationTransferred: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation transferred
         * @description Sent when a conversation is transferred to another agent or to another queue (Dixa's docs name the two cases separately; both arrive as this one event type). Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationTransferred`; the body says `event_fqn: CONVERSATION_TRANSFERRED`.
         */
        post: operations["conversationTransferredEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationEndUserReplaced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End user replaced
         * @description Sent when the end user (requester) of a conversation is changed, e.g. after merging or correcting a contact. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. The conversation's `requester` is presumably the new end user. Subscribe with the name `ConversationEndUserReplaced`; the body says `event_fqn: CONVERSATION_END_USER_REPLACED`.
         */
        post: operations["conversationEndUserReplacedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationNoteAdded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation note added
         * @description Sent when an agent adds an internal note to a conversation. `data` holds the conversation, the note's `note_id`, `text` and `created_at`, and its `author` (fields from the delivery-log samples in Dixa's own API description). Subscribe with the name `ConversationNoteAdded`; the body says `event_fqn: CONVERSATION_NOTE_ADDED`.
         */
        post: operations["conversationNoteAddedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageAdded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message added
         * @description Sent when a message is added to a conversation: an inbound message from the customer or an outbound one from an agent or the API (internal notes send `ConversationNoteAdded` instead). `data` holds the conversation and the message: `message_id`, `author`, `channel`, `direction` (lower case), `text`, `content`, `external_id`, `created_at` (fields from consumers' sample bodies). Subscribe with the name `ConversationMessageAdded`; the body says `event_fqn: CONVERSATION_MESSAGE_ADDED`.
         */
        post: operations["conversationMessageAddedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationTagAdded: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation tag added
         * @description Sent when a tag is put on a conversation. `data` holds the conversation (whose `tags` already include the new tag), `tag` (the tag's name) and `author` (who tagged). Subscribe with the name `ConversationTagAdded`; the body says `event_fqn: CONVERSATION_TAG_ADDED`.
         */
        post: operations["conversationTagAddedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationTagRemoved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation tag removed
         * @description Sent when a tag is taken off a conversation. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. It presumably mirrors `ConversationTagAdded` (`tag`, `author`). Subscribe with the name `ConversationTagRemoved`; the body says `event_fqn: CONVERSATION_TAG_REMOVED`.
         */
        post: operations["conversationTagRemovedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationRated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation rated
         * @description Sent when the customer answers a rating offer, and again when they add a comment to a rating (one event each). `data` holds the conversation, the rating (`score`, `comment`, `type`) and the `agent` rated. Consumers disagree on where the rating sits (beside the conversation or inside it); the schema accepts both. Subscribe with the name `ConversationRated`; the body says `event_fqn: CONVERSATION_RATED`.
         */
        post: operations["conversationRatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationCustomAttributeUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation custom attribute updated
         * @description Sent when custom attributes of a conversation change. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Read the current values with `GET /v1/conversations/{conversationId}`. Subscribe with the name `ConversationCustomAttributeUpdated`; the body says `event_fqn: CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED`.
         */
        post: operations["conversationCustomAttributeUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliverySent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery sent
         * @description Sent when an outbound message has been handed to its channel (e.g. the e-mail left Dixa). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySent`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SENT`.
         */
        post: operations["conversationMessageDeliverySentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliveryDelivered: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery delivered
         * @description Sent when the channel reports an outbound message delivered to the customer. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryDelivered`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_DELIVERED`.
         */
        post: operations["conversationMessageDeliveryDeliveredEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliverySeen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery seen
         * @description Sent when the channel reports that the customer has seen an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySeen`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SEEN`.
         */
        post: operations["conversationMessageDeliverySeenEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliveryFailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery failed
         * @description Sent when an outbound message could not be delivered (e.g. the e-mail bounced). Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryFailed`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_FAILED`.
         */
        post: operations["conversationMessageDeliveryFailedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliveryInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery info
         * @description Sent when the channel reports other information about the delivery of an outbound message. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliveryInfo`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_INFO`.
         */
        post: operations["conversationMessageDeliveryInfoEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ConversationMessageDeliverySpamComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation message delivery spam complaint
         * @description Sent when the recipient of an outbound e-mail marks it as spam. Added to the subscription list after March 2025; documented nowhere we found. Dixa's docs, as far as our sources go, do not list this event's fields; `data` is typed as the conversation-carrying shape (`conversation`, optional) and anything else passes through untyped. Subscribe with the name `ConversationMessageDeliverySpamComplaint`; the body says `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT`.
         */
        post: operations["conversationMessageDeliverySpamComplaintEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    TypingStarted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Typing started
         * @description Sent when an agent starts typing a message to the end user. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `TypingStarted`; the body says `event_fqn: TYPING_STARTED`.
         */
        post: operations["typingStartedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SLAEvaluationPending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SLA pending
         * @description Sent when an SLA evaluation starts for a conversation and its outcome is still open. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationPending`; the body says `event_fqn: SLA_EVALUATION_PENDING`.
         */
        post: operations["slaEvaluationPendingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SLAEvaluationBreached: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SLA breached
         * @description Sent when a conversation misses an SLA deadline. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationBreached`; the body says `event_fqn: SLA_EVALUATION_BREACHED`.
         */
        post: operations["slaEvaluationBreachedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SLAEvaluationAchieved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SLA achieved
         * @description Sent when a conversation meets its SLA target. Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationAchieved`; the body says `event_fqn: SLA_EVALUATION_ACHIEVED`.
         */
        post: operations["slaEvaluationAchievedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    SLAEvaluationVoided: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SLA voided
         * @description Sent when an SLA evaluation no longer applies to a conversation (e.g. the conversation left the SLA's scope). Added to the subscription list after March 2025. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `SLAEvaluationVoided`; the body says `event_fqn: SLA_EVALUATION_VOIDED`.
         */
        post: operations["slaEvaluationVoidedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    AgentBannedEnduser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Banned end user
         * @description Sent when an agent bans an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedEnduser`; the body says `event_fqn: AGENT_BANNED_ENDUSER`.
         */
        post: operations["agentBannedEnduserEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    AgentUnbannedEnduser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbanned end user
         * @description Sent when an agent lifts the ban on an end user. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedEnduser`; the body says `event_fqn: AGENT_UNBANNED_ENDUSER`.
         */
        post: operations["agentUnbannedEnduserEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    AgentBannedIp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Banned IP
         * @description Sent when an agent bans an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentBannedIp`; the body says `event_fqn: AGENT_BANNED_IP`.
         */
        post: operations["agentBannedIpEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    AgentUnbannedIp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbanned IP
         * @description Sent when an agent lifts the ban on an IP address. Dixa's docs, as far as our sources go, do not describe this event's `data` and no observed body shows it, so `data` is an open object. Subscribe with the name `AgentUnbannedIp`; the body says `event_fqn: AGENT_UNBANNED_IP`.
         */
        post: operations["agentUnbannedIpEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A point in time as Dixa writes it. Either an RFC 3339 date-time (`2024-03-11T16:39:30Z`, `2021-12-01T12:46:36.581Z`, `2024-03-11T16:39:30+00:00`) or the same value followed by a zone id in square brackets, which is how Java's `ZonedDateTime` prints itself (`2021-12-01T12:46:36.581Z[GMT]`). Seconds may be missing when they are zero (`2021-12-01T12:46Z[GMT]`), again as Java prints them. Strip the bracketed zone id before handing the value to an RFC 3339 parser. When sending, prefer the plain `yyyy-MM-ddTHH:mm:ssZ` form. */
        DixaTimestamp: string;
        /** @description A date and time of day with no zone or offset, as Dixa writes agent presence times (`2021-12-01T12:46:35.935`, Java's `LocalDateTime`). Dixa does not say which zone the value is in; do not read it as RFC 3339. */
        LocalTimestamp: string;
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
        ConversationChannel: "WhatsApp" | "Voicemail" | "WidgetChat" | "FacebookMessenger" | "Twitter" | "Email" | "ContactForm" | "Callback" | "PstnPhone" | "Sms" | "Messenger";
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
            _type: "EmailForward";
        };
        /** @description The conversation is a follow-up of the parent conversation. */
        FollowUpLink: {
            /**
             * Format: int64
             * @description Id of the parent conversation.
             */
            parentId: number;
            _type: "FollowUp";
        };
        /** @description The conversation is a side conversation started from the parent conversation. */
        SideConversationLink: {
            /**
             * Format: int64
             * @description Id of the parent conversation.
             */
            parentId: number;
            _type: "SideConversation";
        };
        /** @description How a child conversation is tied to its parent. */
        ConversationLink: components["schemas"]["EmailForwardLink"] | components["schemas"]["FollowUpLink"] | components["schemas"]["SideConversationLink"];
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
            _type: "WhatsAppConversation";
        };
        /** @description A conversation. The fields depend on the channel; `_type` names the variant. */
        Conversation: components["schemas"]["AnonymizedConversation"] | components["schemas"]["ChatConversation"] | components["schemas"]["ContactFormConversation"] | components["schemas"]["EmailConversation"] | components["schemas"]["FacebookMessengerConversation"] | components["schemas"]["GenericConversation"] | components["schemas"]["MessengerConversation"] | components["schemas"]["PstnPhoneConversation"] | components["schemas"]["SmsConversation"] | components["schemas"]["TwitterConversation"] | components["schemas"]["WhatsAppConversation"];
        /** @description Message body as HTML. */
        HtmlContent: {
            /** @description The HTML. */
            value: string;
            _type: "Html";
        };
        /** @description Message body as Markdown (the WhatsApp channel only accepts this form). */
        MarkdownContent: {
            /** @description The Markdown text. */
            value: string;
            _type: "Markdown";
        };
        /** @description Message body as plain text. */
        TextContent: {
            /** @description The text. */
            value: string;
            _type: "Text";
        };
        /** @description The body of a message, tagged with its markup. */
        Content: components["schemas"]["HtmlContent"] | components["schemas"]["MarkdownContent"] | components["schemas"]["TextContent"];
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
            _type: "Regular";
        };
        /** @description E-mail body too large to return inline; download it from `file` instead. */
        TooLargeEmailContent: {
            file: components["schemas"]["Attachment"];
            _type: "TooLarge";
        };
        /** @description Body of an e-mail message: inline, or a link when it is too large. */
        EmailBody: components["schemas"]["RegularEmailContent"] | components["schemas"]["TooLargeEmailContent"];
        /** @description A media type split into its two halves (`image` / `png`). */
        MimeTypeImpl: {
            /** @description Top-level type, e.g. `image`. */
            primary: string;
            /** @description Subtype, e.g. `png`. */
            sub: string;
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
            _type: "Attachments";
        };
        /** @description Answer to a choice field. */
        FormSelectValue: {
            /** @description The chosen options. */
            value?: string[];
            _type: "Select";
        };
        /** @description Answer to a free-text field. */
        FormTextValue: {
            /** @description The text entered. */
            value: string;
            _type: "Text";
        };
        /** @description Answer to one field of a messenger form. */
        FormFieldValue: components["schemas"]["FormFilesValue"] | components["schemas"]["FormSelectValue"] | components["schemas"]["FormTextValue"];
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
            _type: "EmailAttributes";
        };
        /** @description A Facebook Messenger message. */
        FacebookMessengerAttributes: {
            content?: components["schemas"]["Content"];
            direction?: components["schemas"]["MessageDirection"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            _type: "FacebookMessengerAttributes";
        };
        /** @description A message on a generic messaging channel. */
        GenericAttributes: {
            content?: components["schemas"]["Content"];
            direction?: components["schemas"]["MessageDirection"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            _type: "GenericAttributes";
        };
        /** @description A form submitted through the Dixa Messenger. */
        MessengerFormAttributes: {
            formSubmission: components["schemas"]["FormSubmission"];
            direction?: components["schemas"]["MessageDirection"];
            content?: components["schemas"]["Content"];
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
            _type: "PhoneAttributes";
        };
        /** @description An SMS message. */
        SmsAttributes: {
            content?: components["schemas"]["Content"];
            direction?: components["schemas"]["MessageDirection"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
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
            _type: "TranscriptAttributes";
        };
        /** @description A Twitter (X) message. */
        TwitterAttributes: {
            content?: components["schemas"]["Content"];
            direction?: components["schemas"]["MessageDirection"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            _type: "TwitterAttributes";
        };
        /** @description A WhatsApp message. */
        WhatsAppAttributes: {
            content?: components["schemas"]["Content"];
            direction?: components["schemas"]["MessageDirection"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            _type: "WhatsAppAttributes";
        };
        /** @description Channel-specific details of a message. */
        MessageAttributes: components["schemas"]["CallRecordingAttributes"] | components["schemas"]["ChatAttributes"] | components["schemas"]["ContactFormAttributes"] | components["schemas"]["EmailAttributes"] | components["schemas"]["FacebookMessengerAttributes"] | components["schemas"]["GenericAttributes"] | components["schemas"]["MessengerFormAttributes"] | components["schemas"]["PhoneAttributes"] | components["schemas"]["SmsAttributes"] | components["schemas"]["TranscriptAttributes"] | components["schemas"]["TwitterAttributes"] | components["schemas"]["WhatsAppAttributes"];
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
            _type: "Sms";
        };
        /** @description A conversation to create; `_type` picks the channel. */
        NewConversation: components["schemas"]["NewCallbackConversation"] | components["schemas"]["NewChatConversation"] | components["schemas"]["NewContactFormConversation"] | components["schemas"]["NewEmailConversation"] | components["schemas"]["NewSmsConversation"];
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
            _type: "OutboundImport";
        };
        /** @description A message of an imported conversation. */
        ImportMessage: components["schemas"]["InboundImportMessage"] | components["schemas"]["OutboundImportMessage"];
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
            _type: "BulkActionSuccess";
        };
        /** @description This note could not be created. */
        InternalNoteBulkFailure: {
            error: components["schemas"]["ErrorResponse"];
            _type: "BulkActionFailure";
        };
        /** @description Outcome for one note of a bulk request, in request order. */
        InternalNoteBulkOutcome: components["schemas"]["InternalNoteBulkSuccess"] | components["schemas"]["InternalNoteBulkFailure"];
        /** @description Customer satisfaction score. */
        CsatScore: {
            /**
             * Format: int32
             * @description From 1 (worst) to 5 (best).
             */
            value: number;
            _type: "Csat";
        };
        /** @description Net promoter score. */
        NpsScore: {
            /**
             * Format: int32
             * @description From 0 to 10.
             */
            value: number;
            _type: "Nps";
        };
        /** @description Thumbs up or down. */
        ThumbsScore: {
            /**
             * Format: int32
             * @description 0 for thumbs down, 1 for thumbs up.
             */
            value: number;
            _type: "ThumbsUpOrDown";
        };
        /** @description The score given, tagged with the rating type. */
        RatingScore: components["schemas"]["CsatScore"] | components["schemas"]["NpsScore"] | components["schemas"]["ThumbsScore"];
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
            _type: "ConversationAssignedAttribute";
        };
        /** @description An auto-reply went out. */
        ConversationAutoReplySentAttribute: {
            /** @description Template used. */
            templateName: string;
            _type: "ConversationAutoReplySentAttribute";
        };
        /** @description The conversation moved to another channel. */
        ConversationChannelChangedAttribute: {
            /** @description Reference of the new channel. */
            channelReference: string;
            _type: "ConversationChannelChangedAttribute";
        };
        /** @description An agent claimed the conversation. */
        ConversationClaimedAttribute: {
            /** @description Who or what it was claimed from. */
            claimedFromLabel?: string;
            /** @description Kind of that source. */
            claimedFromType?: string;
            _type: "ConversationClaimedAttribute";
        };
        /** @description The conversation was created. */
        ConversationCreatedAttribute: {
            /** @description Subject at creation. */
            subject?: string;
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
            _type: "ConversationCustomAttributesUpdatedAttribute";
        };
        /** @description The requester was replaced. */
        ConversationEndUserReplacedAttribute: {
            /** @description Previous requester. */
            oldUser: components["schemas"]["ActivityLogUser"];
            /** @description New requester. */
            newUser: components["schemas"]["ActivityLogUser"];
            _type: "ConversationEndUserReplacedAttribute";
        };
        /** @description The language changed. */
        ConversationLanguageUpdatedAttribute: {
            /** @description New language code. */
            language: string;
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
            _type: "ConversationLinkedAttribute";
        };
        /** @description The conversation was offered to agents. */
        ConversationOfferedAttribute: {
            /** @description Agents offered to. */
            agentNames?: string[];
            /** @description Queue it was offered from. */
            queueLabel?: string;
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
            _type: "ConversationRatedAttribute";
        };
        /** @description A rating was not offered. */
        ConversationRatingNotOfferedAttribute: {
            /** @description Filters that prevented the offer. */
            evaluationFilters?: string;
            _type: "ConversationRatingNotOfferedAttribute";
        };
        /** @description A rating was offered. */
        ConversationRatingOfferedAttribute: {
            /** @description Agent to be rated. */
            agent: components["schemas"]["ActivityLogUser"];
            /** @description End user asked. */
            user: components["schemas"]["ActivityLogUser"];
            _type: "ConversationRatingOfferedAttribute";
        };
        /** @description A rating offer was scheduled. */
        ConversationRatingScheduledAttribute: {
            /** @description When the offer will be sent. */
            ratingScheduledTime: components["schemas"]["DixaTimestamp"];
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
            _type: "ConversationReservedAttribute";
        };
        /** @description The resolved flag changed. */
        ConversationResolvedStateToggledAttribute: {
            /** @description New value. */
            isResolved: boolean;
            _type: "ConversationResolvedStateToggledAttribute";
        };
        /** @description The subject changed. */
        ConversationSubjectUpdatedAttribute: {
            /** @description Previous subject. */
            oldSubject: string;
            /** @description New subject. */
            newSubject: string;
            _type: "ConversationSubjectUpdatedAttribute";
        };
        /** @description Call transcription finished. */
        ConversationTranscriptionEndedAttribute: {
            /** @description Whether it succeeded. */
            isSuccessful: boolean;
            /** @description Why it failed. */
            failureReason?: string;
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
            _type: "ConversationTransferredAttribute";
        };
        /** @description The conversation was unassigned. */
        ConversationUnassignedAttribute: {
            /** @description Agent it was taken from. */
            agent: components["schemas"]["ActivityLogUser"];
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
            _type: "MessageRedactedAttribute";
        };
        /** @description An internal note was added. */
        NoteAddedAttribute: {
            /** @description Note text. */
            message: string;
            /** @description Author avatar. */
            avatarUrl?: string;
            _type: "NoteAddedAttribute";
        };
        /** @description A tag was added. */
        TagAddedAttribute: {
            /** @description Tag name. */
            tag: string;
            _type: "TagAddedAttribute";
        };
        /** @description A tag was removed. */
        TagRemovedAttribute: {
            /** @description Tag name. */
            tag: string;
            _type: "TagRemovedAttribute";
        };
        /** @description Extra details of an activity log entry; the variant depends on the activity. */
        ActivityLogDetails: components["schemas"]["ConversationAssignedAttribute"] | components["schemas"]["ConversationAutoReplySentAttribute"] | components["schemas"]["ConversationChannelChangedAttribute"] | components["schemas"]["ConversationClaimedAttribute"] | components["schemas"]["ConversationCreatedAttribute"] | components["schemas"]["ConversationCustomAttributesUpdatedAttribute"] | components["schemas"]["ConversationEndUserReplacedAttribute"] | components["schemas"]["ConversationLanguageUpdatedAttribute"] | components["schemas"]["ConversationLinkedAttribute"] | components["schemas"]["ConversationOfferedAttribute"] | components["schemas"]["ConversationRatedAttribute"] | components["schemas"]["ConversationRatingNotOfferedAttribute"] | components["schemas"]["ConversationRatingOfferedAttribute"] | components["schemas"]["ConversationRatingScheduledAttribute"] | components["schemas"]["ConversationReservedAttribute"] | components["schemas"]["ConversationResolvedStateToggledAttribute"] | components["schemas"]["ConversationSubjectUpdatedAttribute"] | components["schemas"]["ConversationTranscriptionEndedAttribute"] | components["schemas"]["ConversationTransferredAttribute"] | components["schemas"]["ConversationUnassignedAttribute"] | components["schemas"]["MessageAddedAttribute"] | components["schemas"]["MessageRedactedAttribute"] | components["schemas"]["NoteAddedAttribute"] | components["schemas"]["TagAddedAttribute"] | components["schemas"]["TagRemovedAttribute"];
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
            activityType: "ConversationAssignedActivityType" | "ConversationAutoreplySentActivityType" | "ConversationClaimedActivityType" | "ConversationClosedActivityType" | "ConversationCreatedByAgentActivityType" | "ConversationCreatedByCustomerActivityType" | "ConversationEndUserReplacedActivityType" | "ConversationLanguageUpdatedActivityType" | "ConversationOfferAcceptedActivityType" | "ConversationOfferRejectedActivityType" | "ConversationOfferTimeoutActivityType" | "ConversationOfferedActivityType" | "ConversationPendingActivityType" | "ConversationRatedActivityType" | "ConversationRatingCancelledActivityType" | "ConversationRatingOfferedActivityType" | "ConversationRatingScheduledActivityType" | "ConversationRatingUnscheduledActivityType" | "ConversationReopenedActivityType" | "ConversationReservedType" | "ConversationTranscriptionEndedActivityType" | "ConversationTranscriptionStartedActivityType" | "ConversationUnassignedActivityType" | "FollowupAddedActivityType" | "FollowupExpiredActivityType" | "FollowupRemovedActivityType" | "MessageAddedByAgentActivityType" | "MessageAddedByCustomerActivityType" | "NoteAddedActivityType" | "TagAddedActivityType" | "TagRemovedActivityType" | "TransferFailedActivityType" | "TransferInitiatedActivityType" | "TransferSuccessfulActivityType" | "UnknownActivityType";
            /**
             * @description What happened.
             * @enum {string}
             */
            _type: "ConversationRatingScheduled" | "ConversationPending" | "ConversationRatingUnscheduled" | "ConversationOfferRejected" | "ConversationEndUserReplaced" | "NoteAdded" | "FollowupExpired" | "ConversationRated" | "TagAdded" | "ConversationRatingNotOffered" | "ConversationOfferTimeout" | "ConversationChannelChanged" | "ConversationOfferAccepted" | "MessageAddedByCustomer" | "ConversationCreatedByCustomer" | "ConversationCreatedByAgent" | "ConversationUnlinkedToParent" | "TransferFailed" | "TransferSuccessful" | "ConversationTranscriptionEnded" | "ConversationOffered" | "ConversationUnassigned" | "ConversationMessageRedacted" | "TagRemoved" | "TransferInitiated" | "ConversationResolvedStateToggled" | "ConversationClaimed" | "ConversationReopened" | "ConversationClosed" | "ConversationLanguageUpdated" | "FollowupAdded" | "ConversationCustomAttributesUpdated" | "ConversationLinkedToParent" | "ConversationLinkedFromChild" | "ConversationAutoreplySent" | "ConversationReserved" | "ConversationAssigned" | "ConversationRatingOffered" | "ConversationUnlinkedFromChild" | "ConversationTranscriptionStarted" | "ConversationRatingCancelled" | "MessageAddedByAgent" | "FollowupRemoved";
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
            entityType: "ConversationAnonymizationType" | "MessageAnonymizationType" | "UnknownAnonymizationType" | "UserAnonymizationType";
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
        /** @description A tag of the organization, as listed by the Tags operations and as found on conversations. */
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
            _type: "IsEmpty";
        };
        /** @description The field has a value. */
        FieldIsNotEmpty: {
            _type: "IsNotEmpty";
        };
        /** @description The field equals one of the values. */
        FieldIsOneOf: {
            /** @description Accepted values. */
            values?: string[];
            _type: "IsOneOf";
        };
        /** @description The field equals none of the values. */
        FieldIsNotOneOf: {
            /** @description Rejected values. */
            values?: string[];
            _type: "IsNotOneOf";
        };
        /** @description The conversation has all of the tags. */
        TagsIncludeAll: {
            /** @description Tag ids. */
            values?: string[];
            _type: "IncludesAll";
        };
        /** @description The conversation has at least one of the tags. */
        TagsIncludeOne: {
            /** @description Tag ids. */
            values?: string[];
            _type: "IncludesOne";
        };
        /** @description The conversation has none of the tags. */
        TagsExcludeAll: {
            /** @description Tag ids. */
            values?: string[];
            _type: "ExcludesAll";
        };
        /** @description The conversation lacks at least one of the tags. */
        TagsExcludeOne: {
            /** @description Tag ids. */
            values?: string[];
            _type: "ExcludesOne";
        };
        /** @description Between two points in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
        TimestampBetween: {
            /** @description Start. */
            timestampFrom: components["schemas"]["DixaTimestamp"];
            /** @description End. */
            timestampTo: components["schemas"]["DixaTimestamp"];
            _type: "Between";
        };
        /** @description At or after a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
        TimestampSince: {
            /** @description Start. */
            timestamp: components["schemas"]["DixaTimestamp"];
            _type: "Since";
        };
        /** @description At or before a point in time. Send timestamps as `yyyy-MM-ddTHH:mm:ssZ`. */
        TimestampUntil: {
            /** @description End. */
            timestamp: components["schemas"]["DixaTimestamp"];
            _type: "Until";
        };
        /** @description The channel is one of these. */
        ChannelIsOneOf: {
            /** @description Channels. */
            values: ("email" | "contactform" | "chat" | "dixamessenger" | "phone" | "voicemail" | "callback" | "sms" | "facebookmessenger" | "whatsapp" | "adachat" | "digitalgeniuschat" | "kindlychat" | "genericapimessaging" | "trustpilot" | "yotpo")[];
            _type: "IsOneOf";
        };
        /** @description The channel is none of these. */
        ChannelIsNotOneOf: {
            /** @description Channels. */
            values: ("email" | "contactform" | "chat" | "dixamessenger" | "phone" | "voicemail" | "callback" | "sms" | "facebookmessenger" | "whatsapp" | "adachat" | "digitalgeniuschat" | "kindlychat" | "genericapimessaging" | "trustpilot" | "yotpo")[];
            _type: "IsNotOneOf";
        };
        /** @description The custom attribute has one of the values. */
        AttributeIsOneOf: {
            /** @description One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`). */
            values?: string[][];
            _type: "IsOneOf";
        };
        /** @description The custom attribute has none of the values. */
        AttributeIsNotOneOf: {
            /** @description One entry per accepted value, each a list of strings. For a `Select` attribute give a parent option alone or the whole path down to a child (`[["parent"], ["parent", "child"]]`); for a `Text` attribute wrap each value (`[["value1"]]`). */
            values?: string[][];
            _type: "IsNotOneOf";
        };
        /** @description The initial direction is one of these. */
        DirectionIsOneOf: {
            /** @description Directions. */
            values: ("inbound" | "outbound" | "internal")[];
            _type: "IsOneOf";
        };
        /** @description The initial direction is none of these. */
        DirectionIsNotOneOf: {
            /** @description Directions. */
            values: ("inbound" | "outbound" | "internal")[];
            _type: "IsNotOneOf";
        };
        /** @description The status is one of these. */
        StatusIsOneOf: {
            /** @description Statuses. */
            values: ("open" | "closed" | "pending")[];
            _type: "IsOneOf";
        };
        /** @description The status is none of these. */
        StatusIsNotOneOf: {
            /** @description Statuses. */
            values: ("open" | "closed" | "pending")[];
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
            _type: "Between";
        };
        /** @description Duration at least this long, in milliseconds. */
        DurationAtLeast: {
            /**
             * Format: int64
             * @description In ms.
             */
            duration: number;
            _type: "LongerThanOrEqualTo";
        };
        /** @description Duration at most this long, in milliseconds. */
        DurationAtMost: {
            /**
             * Format: int64
             * @description In ms.
             */
            duration: number;
            _type: "ShorterThanOrEqualTo";
        };
        /** @description Test for a field that holds at most one value and may be empty. */
        OptionalValueOperator: components["schemas"]["FieldIsEmpty"] | components["schemas"]["FieldIsNotEmpty"] | components["schemas"]["FieldIsNotOneOf"] | components["schemas"]["FieldIsOneOf"];
        /** @description Test for a field that always holds one value. */
        SingleValueOperator: components["schemas"]["FieldIsNotOneOf"] | components["schemas"]["FieldIsOneOf"];
        /** @description Test on the tags of a conversation. */
        TagOperator: components["schemas"]["TagsExcludeAll"] | components["schemas"]["TagsExcludeOne"] | components["schemas"]["TagsIncludeAll"] | components["schemas"]["TagsIncludeOne"] | components["schemas"]["FieldIsEmpty"] | components["schemas"]["FieldIsNotEmpty"];
        /** @description Test on a point in time. */
        TimestampOperator: components["schemas"]["TimestampBetween"] | components["schemas"]["TimestampSince"] | components["schemas"]["TimestampUntil"];
        /** @description Test on the channel. */
        ChannelOperator: components["schemas"]["ChannelIsNotOneOf"] | components["schemas"]["ChannelIsOneOf"];
        /** @description Test on a custom attribute. */
        CustomAttributeOperator: components["schemas"]["FieldIsEmpty"] | components["schemas"]["FieldIsNotEmpty"] | components["schemas"]["AttributeIsNotOneOf"] | components["schemas"]["AttributeIsOneOf"];
        /** @description Test on the initial direction. */
        DirectionOperator: components["schemas"]["DirectionIsNotOneOf"] | components["schemas"]["DirectionIsOneOf"];
        /** @description Test on the duration. */
        DurationOperator: components["schemas"]["DurationBetween"] | components["schemas"]["DurationAtLeast"] | components["schemas"]["DurationAtMost"];
        /** @description Test on the status. */
        StatusOperator: components["schemas"]["StatusIsNotOneOf"] | components["schemas"]["StatusIsOneOf"];
        /** @description Filter on the assigned agent (agent ids). */
        AgentIdFilter: {
            operator: components["schemas"]["OptionalValueOperator"];
            _type: "AgentId";
        };
        /** @description Filter on when the conversation was assigned. */
        AssignedDateFilter: {
            operator: components["schemas"]["TimestampOperator"];
            _type: "AssignedDate";
        };
        /** @description Filter on the channel. */
        ChannelFilter: {
            operator: components["schemas"]["ChannelOperator"];
            _type: "Channel";
        };
        /** @description Filter on when the conversation was closed. */
        ClosedDateFilter: {
            operator: components["schemas"]["TimestampOperator"];
            _type: "ClosedDate";
        };
        /** @description Filter on the requester (end user ids). */
        ContactIdFilter: {
            operator: components["schemas"]["SingleValueOperator"];
            _type: "ContactId";
        };
        /** @description Filter on the conversation id. */
        ConversationIdFilter: {
            operator: components["schemas"]["SingleValueOperator"];
            _type: "ConversationId";
        };
        /** @description Filter on when the conversation was created. */
        CreationDateFilter: {
            operator: components["schemas"]["TimestampOperator"];
            _type: "CreationDate";
        };
        /** @description Filter on a custom attribute, named by `attributeId`. */
        CustomAttributeFilter: {
            operator: components["schemas"]["CustomAttributeOperator"];
            /** @description Custom attribute definition id. */
            attributeId: string;
            _type: "CustomAttribute";
        };
        /** @description Filter on the initial direction. */
        DirectionFilter: {
            operator: components["schemas"]["DirectionOperator"];
            _type: "Direction";
        };
        /** @description Filter on the duration. */
        DurationFilter: {
            operator: components["schemas"]["DurationOperator"];
            _type: "Duration";
        };
        /** @description Filter on the last activity. */
        LastActivityFilter: {
            operator: components["schemas"]["TimestampOperator"];
            _type: "LastActivity";
        };
        /** @description Filter on the last message. */
        LastMessageFilter: {
            operator: components["schemas"]["TimestampOperator"];
            _type: "LastMessage";
        };
        /** @description Filter on the queue (queue ids). */
        QueueIdFilter: {
            operator: components["schemas"]["OptionalValueOperator"];
            _type: "QueueId";
        };
        /** @description Filter on the status. */
        StatusFilter: {
            operator: components["schemas"]["StatusOperator"];
            _type: "Status";
        };
        /** @description Filter on the tags (tag ids). */
        TagIdFilter: {
            operator: components["schemas"]["TagOperator"];
            _type: "TagId";
        };
        /** @description The field a condition tests, with its operator. */
        SearchField: components["schemas"]["AgentIdFilter"] | components["schemas"]["AssignedDateFilter"] | components["schemas"]["ChannelFilter"] | components["schemas"]["ClosedDateFilter"] | components["schemas"]["ContactIdFilter"] | components["schemas"]["ConversationIdFilter"] | components["schemas"]["CreationDateFilter"] | components["schemas"]["CustomAttributeFilter"] | components["schemas"]["DirectionFilter"] | components["schemas"]["DurationFilter"] | components["schemas"]["LastActivityFilter"] | components["schemas"]["LastMessageFilter"] | components["schemas"]["QueueIdFilter"] | components["schemas"]["StatusFilter"] | components["schemas"]["TagIdFilter"];
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
        /** @description What `anonymizeEntity` should anonymize. `_type` names the kind of entity; it is a plain enum here, not a union, because every kind takes the same fields. Send `_type`; `entityType` is its older, deprecated spelling. */
        AnonymizeEntityRequest: {
            /** @description Id of the entity: the end user's id or the conversation id. */
            entityId: string;
            /**
             * @deprecated
             * @description Older name of the entity kind; send `_type` instead.
             * @enum {string}
             */
            entityType?: "ConversationAnonymizationType" | "MessageAnonymizationType" | "UnknownAnonymizationType" | "UserAnonymizationType";
            /** @description Close the conversation first if it is still open. */
            forceAnonymization?: boolean;
            /**
             * @description Kind of entity to anonymize.
             * @enum {string}
             */
            _type?: "Conversation" | "Message" | "User";
        };
        /** @description An e-mail address of the organization (a Dixa e-mail integration). */
        EmailEndpoint: {
            /** @description The address; also the endpoint's id and the `emailIntegrationId` of e-mail conversations. */
            address: string;
            /** @description Address outgoing e-mails show as sender instead of `address`. */
            senderOverride?: string;
            /** @description Display name of the endpoint. */
            name?: string;
            _type: "EmailEndpoint";
        };
        /** @description A phone number of the organization. */
        TelephonyEndpoint: {
            /** @description The number in E.164 form; also the endpoint's id. */
            number: string;
            /** @description What the number is used for, e.g. `VoiceInbound`, `VoiceOutbound`, `Sms`. */
            functionality?: string[];
            /** @description Display name of the endpoint. */
            name?: string;
            _type: "TelephonyEndpoint";
        };
        /** @description An address or number customers reach the organization at. */
        ContactEndpoint: components["schemas"]["EmailEndpoint"] | components["schemas"]["TelephonyEndpoint"];
        /** @description Contact endpoints. */
        ContactEndpointListResponse: {
            data?: components["schemas"]["ContactEndpoint"][];
        };
        /** @description One contact endpoint. */
        ContactEndpointResponse: {
            data: components["schemas"]["ContactEndpoint"];
        };
        /** @description One option of a `Select` custom attribute; options nest, and a value is the path of option `value`s from the top. */
        SelectOption: {
            /**
             * Format: uuid
             * @description Option id.
             */
            id: string;
            /** @description Text agents see. */
            label: string;
            /** @description Machine value, the element used in attribute values. */
            value: string;
            /** @description Options one level down. */
            nestedOptions?: components["schemas"]["SelectOption"][];
            /** @description The option can no longer be chosen. */
            isDeactivated: boolean;
            /**
             * Format: int32
             * @description Position among all options of the attribute.
             */
            orderIndex: number;
        };
        /** @description The attribute is picked from a tree of options; its value is a list of option values (the path). */
        SelectInputDefinition: {
            /** @description Top-level options. */
            options?: components["schemas"]["SelectOption"][];
            _type: "Select";
        };
        /** @description The attribute is free text; its value is a string. */
        TextInputDefinition: {
            /** @description Hint shown in the empty input field. */
            placeholder?: string;
            _type: "Text";
        };
        /** @description How values of the attribute are entered, and so which JSON type they have. */
        CustomAttributeInputDefinition: components["schemas"]["SelectInputDefinition"] | components["schemas"]["TextInputDefinition"];
        /** @description A custom attribute the organization defined. */
        CustomAttributeDefinition: {
            /**
             * Format: uuid
             * @description Definition id, the key used when setting values.
             */
            id: string;
            /**
             * @description What the attribute is set on: `Conversation` or `Contact` (end users).
             * @enum {string}
             */
            entityType: "Contact" | "Conversation";
            /** @description Machine-friendly identifier. */
            identifier: string;
            /** @description Name agents see. */
            label: string;
            inputDefinition: components["schemas"]["CustomAttributeInputDefinition"];
            /** @description Explanation shown to agents. */
            description?: string;
            /** @description When the attribute was defined. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description When the definition last changed. */
            updatedAt?: components["schemas"]["DixaTimestamp"];
            /** @description Agents must fill it in. */
            isRequired: boolean;
            /** @description The attribute was archived. */
            isArchived: boolean;
            /** @description The attribute can no longer be set. */
            isDeactivated: boolean;
        };
        /** @description Custom attribute definitions. */
        CustomAttributeDefinitionListResponse: {
            data?: components["schemas"]["CustomAttributeDefinition"][];
        };
        /** @description One custom attribute definition. */
        CustomAttributeDefinitionResponse: {
            data: components["schemas"]["CustomAttributeDefinition"];
        };
        /** @description A Dixa organization (account). */
        Organization: {
            /** @description Organization id (a UUID). */
            id: string;
            /** @description Organization name. */
            name: string;
            /** @description Subdomain of the agent interface: `<subdomain>.dixa.com`. */
            subdomain: string;
            /**
             * @description Whether the account is in use.
             * @enum {string}
             */
            status: "Active" | "Suspended";
            /** @description Where the organization's logo can be loaded from. */
            avatarUrl?: string;
        };
        /** @description The organization. */
        OrganizationResponse: {
            data: components["schemas"]["Organization"];
        };
        /** @description A tag to add to the organization. */
        NewTag: {
            /** @description Tag name, as agents see it. */
            name: string;
            /** @description Display colour, e.g. `#3E63DD`. */
            color?: string;
        };
        /** @description One tag. */
        TagResponse: {
            data: components["schemas"]["ConversationTag"];
        };
        /** @description The template text in one more language. */
        TemplateTranslation: {
            /** @description Language, optionally with script and country: `da`, `en-US`, `uz-Arab-AF`. */
            locale: string;
            /** @description Template text; `{{placeholders}}` are filled in when used. */
            content: string;
            /** @description This translation is not offered. */
            isDeactivated: boolean;
            /** @description E-mail subject in this language. */
            subject?: string;
        };
        /** @description A text agents insert into their replies. */
        QuickResponseTemplate: {
            /** @description Template id. */
            id: string;
            /** @description Template name. */
            name: string;
            /** @description Template text in the default language; `{{placeholders}}` such as `{{requester_firstname}}` are filled in when used. */
            content: string;
            /** @description User who created it. */
            createdBy: string;
            /** @description When it was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description User who changed it last. */
            lastEditedBy?: string;
            /** @description When it was changed last. */
            lastEditedAt?: components["schemas"]["DixaTimestamp"];
            /** @description The text in other languages. */
            translations?: components["schemas"]["TemplateTranslation"][];
            /** @description E-mail subject in the default language. */
            subject?: string;
            _type: "QuickResponse";
        };
        /** @description An automatic answer to incoming e-mails. */
        EmailAutoReplyTemplate: {
            /** @description Template id. */
            id: string;
            /** @description Template name. */
            name: string;
            /** @description Template text in the default language; `{{placeholders}}` are filled in when sent. */
            content: string;
            /** @description User who created it. */
            createdBy: string;
            /** @description When it was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description User who changed it last. */
            lastEditedBy?: string;
            /** @description When it was changed last. */
            lastEditedAt?: components["schemas"]["DixaTimestamp"];
            /** @description The text in other languages. */
            translations?: components["schemas"]["TemplateTranslation"][];
            /** @description E-mail subject in the default language. */
            subject?: string;
            _type: "EmailAutoReply";
        };
        /** @description A quick response or an e-mail auto-reply. */
        Template: components["schemas"]["EmailAutoReplyTemplate"] | components["schemas"]["QuickResponseTemplate"];
        /** @description One page of templates. */
        TemplatePage: {
            data?: components["schemas"]["Template"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description A query time of the Exports API: a date `yyyy-mm-dd` (`2024-02-01`) or Unix milliseconds (`1706745600000`). */
        ExportTime: string;
        /** @description One rating of an exported conversation. Times are Unix milliseconds. */
        ExportRating: {
            /** @description The score given. */
            rating_score?: number | null;
            /** @description The customer's comment. */
            rating_message?: string | null;
            /** @description Kind of rating, in lower case. */
            rating_type?: string | null;
            /** @description Where the rating stands, e.g. `rated`. */
            rating_status?: string | null;
            /** @description Language the rating was offered in. */
            rating_language?: string | null;
            rating_created_timestamp?: number | null;
            rating_offered_timestamp?: number | null;
            rating_modified_timestamp?: number | null;
            rating_rated_timestamp?: number | null;
            rating_scheduled_timestamp?: number | null;
            rating_scheduled_for_timestamp?: number | null;
            rating_unscheduled_timestamp?: number | null;
            rating_cancelled_timestamp?: number | null;
        };
        /** @description A tag of an exported conversation. */
        ExportTagInfo: {
            id?: string | null;
            name?: string | null;
            is_deactivated?: boolean | null;
        };
        /** @description One conversation as the Exports API writes it: a flat record with the columns of Dixa's CSV export. Times are Unix milliseconds, names snake_case, enum values lower case (`email`, `inbound`). Any field may be missing or `null` when it does not apply; Dixa adds columns over time, so the record is open. */
        ConversationExportRow: {
            /**
             * Format: int64
             * @description Conversation id (csid).
             */
            id?: number;
            /** @description When the conversation was created. */
            created_at?: number | null;
            /** @description When the conversation last changed. */
            updated_at?: number | null;
            /** @description Channel the conversation started on, e.g. `email`. */
            initial_channel?: string | null;
            /** @description `inbound` or `outbound`. */
            direction?: string | null;
            /** @description State of the conversation, e.g. `closed`. */
            status?: string | null;
            subject?: string | null;
            /** @description End user who requested the conversation. */
            requester_id?: string | null;
            requester_name?: string | null;
            requester_email?: string | null;
            requester_additional_emails?: string[] | null;
            requester_phone_number?: string | null;
            requester_additional_phone_numbers?: string[] | null;
            queued_at?: number | null;
            queue_id?: string | null;
            queue_name?: string | null;
            assigned_at?: number | null;
            /** @description Agent the conversation is assigned to. */
            assignee_id?: string | null;
            assignee_name?: string | null;
            assignee_email?: string | null;
            assignee_phone_number?: string | null;
            closed_at?: number | null;
            last_message_created_at?: number | null;
            anonymized_at?: number | null;
            /** @description Total duration of the conversation as Dixa measures it. */
            total_duration?: number | null;
            /** @description Time agents spent handling it, as Dixa measures it. */
            handling_duration?: number | null;
            /** @description Score of the latest rating (see `ratings` for all of them). */
            rating_score?: number | null;
            rating_message?: string | null;
            /** @description Every rating of the conversation. */
            ratings?: components["schemas"]["ExportRating"][] | null;
            to_provisioned_phone_number_id?: string | null;
            to_provisioned_phone_number_name?: string | null;
            from_provisioned_phone_number_id?: string | null;
            from_provisioned_phone_number_name?: string | null;
            transferee_name?: string | null;
            transferee_number?: string | null;
            transfer_time?: number | null;
            /** @description E-mail endpoint the conversation came in on. */
            dixa_email_integration_id?: string | null;
            dixa_email_integration_sender_name?: string | null;
            forwarding_email?: string | null;
            facebook_page_id?: string | null;
            facebook_page_name?: string | null;
            widget_id?: string | null;
            widget_name?: string | null;
            originating_country?: string | null;
            /** @description The conversation's internal notes (the message export leaves them out). */
            conversation_wrapup_notes?: string[] | null;
            /** @description Names of the conversation's tags. */
            tags?: string[] | null;
            /** @description The conversation's tags with their ids. */
            tags_info?: components["schemas"]["ExportTagInfo"][] | null;
        };
        /** @description One message as the Exports API writes it: a flat record, times in Unix milliseconds, snake_case names. Fields that do not apply to the channel are missing or `null`; the record is open. */
        MessageExportRow: {
            /** @description Message id. */
            id?: string;
            /**
             * Format: int64
             * @description Conversation the message belongs to.
             */
            csid?: number | null;
            created_at?: number | null;
            /** @description Channel the conversation started on. */
            initial_channel?: string | null;
            direction?: string | null;
            author_name?: string | null;
            author_email?: string | null;
            /** @description Message text. */
            text?: string | null;
            /** @description Sender address or number. */
            from?: string | null;
            /** @description Recipients. */
            to?: string[] | null;
            cc?: string[] | null;
            bcc?: string[] | null;
            from_phone_number?: string | null;
            to_phone_number?: string | null;
            /** @description Length of a call. */
            duration?: number | null;
            recording_url?: string | null;
            voicemail_url?: string | null;
            /** @description URLs of attached files. */
            attached_files?: string[] | null;
            /** @description Sent by an automation or bot, not a person. */
            is_automated_message?: boolean | null;
            chat_input_question?: string | null;
            chat_input_answer?: string | null;
            chat_menu_text?: string | null;
        };
        /** @description An end user: a customer who requests conversations (Dixa's "contact"). */
        EndUser: {
            /**
             * Format: uuid
             * @description End user id, the `requesterId` of their conversations.
             */
            id: string;
            /** @description When the end user was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description Name shown to agents. */
            displayName?: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
            /** @description Custom attribute values of the end user (left out by `listEndUsers`). */
            customAttributes?: components["schemas"]["ConversationCustomAttribute"][];
        };
        /** @description An end user to create. Every field is optional. */
        NewEndUser: {
            /** @description Name shown to agents. */
            displayName?: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
        };
        /** @description An end user's new details, replacing the old ones: fields left out are cleared. */
        EndUserUpdate: {
            /** @description Name shown to agents. */
            displayName: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
        };
        /** @description Fields of an end user to change; fields left out stay as they are. */
        EndUserPatch: {
            /** @description Name shown to agents. */
            displayName?: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
        };
        /** @description One end user of a bulk update, replaced by these details. */
        EndUserBulkUpdate: {
            /**
             * Format: uuid
             * @description Id of the end user to change.
             */
            id: string;
            /** @description Name shown to agents. */
            displayName: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
        };
        /** @description One end user of a bulk patch: the fields to change. */
        EndUserBulkPatch: {
            /**
             * Format: uuid
             * @description Id of the end user to change.
             */
            id: string;
            /** @description Name shown to agents. */
            displayName?: string;
            /** @description Primary e-mail address. */
            email?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Your own identifier for the end user (e.g. a CRM or webshop customer id); `listEndUsers` can look it up. */
            externalId?: string;
        };
        /** @description End users to create in one call. */
        NewEndUsers: {
            /** @description The end users. */
            data?: components["schemas"]["NewEndUser"][];
        };
        /** @description End users to replace in one call. */
        EndUsersUpdateRequest: {
            /** @description The end users, each with its id. */
            data?: components["schemas"]["EndUserBulkUpdate"][];
        };
        /** @description Changes to several end users in one call. */
        EndUsersPatchRequest: {
            /** @description The changes, each with the end user's id. */
            data?: components["schemas"]["EndUserBulkPatch"][];
        };
        /** @description One end user. */
        EndUserResponse: {
            data: components["schemas"]["EndUser"];
        };
        /** @description One page of end users. */
        EndUserPage: {
            data?: components["schemas"]["EndUser"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description One page of conversations. */
        ConversationPage: {
            data?: components["schemas"]["Conversation"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description The entry changed nothing (a patch without fields). */
        BulkErrorEmptyPatchSet: {
            /** @description Id of the entity the entry was about. */
            id: string;
            /** @description What went wrong. */
            message: string;
            _type: "EmptyPatchSet";
        };
        /** @description A failure Dixa describes only by its message (its usual error body, tagged). */
        BulkErrorMessage: components["schemas"]["ErrorResponse"] & {
            /** @constant */
            _type: "ErrorResponse";
        } & {
            _type: "ErrorResponse";
        };
        /** @description Dixa failed to store this entry; it may work on a later try. */
        BulkErrorInfrastructure: {
            /** @description Id of the entity the entry was about. */
            id: string;
            /** @description What went wrong. */
            message: string;
            _type: "Infrastructure";
        };
        /** @description The entry clashes with existing data. */
        BulkErrorIntegrity: {
            /** @description Id of the entity the entry was about. */
            id: string;
            /** @description What went wrong. */
            message: string;
            _type: "Integrity";
        };
        /** @description The entry could not be read. */
        BulkErrorInvalidArgument: {
            /** @description What went wrong. */
            message: string;
            _type: "InvalidArgument";
        };
        /** @description The entry names an id that does not exist. */
        BulkErrorNotFound: {
            /** @description Id of the entity the entry was about. */
            id: string;
            /** @description What went wrong. */
            message: string;
            _type: "NotFound";
        };
        /** @description The entry failed validation (e.g. an e-mail address or phone number already in use). */
        BulkErrorValidation: {
            /** @description Id of the entity the entry was about. */
            id?: string;
            /** @description What went wrong. */
            message: string;
            _type: "Validation";
        };
        /** @description Why one entry of a bulk request failed; `_type` names the kind of failure. */
        BulkError: components["schemas"]["BulkErrorEmptyPatchSet"] | components["schemas"]["BulkErrorMessage"] | components["schemas"]["BulkErrorInfrastructure"] | components["schemas"]["BulkErrorIntegrity"] | components["schemas"]["BulkErrorInvalidArgument"] | components["schemas"]["BulkErrorNotFound"] | components["schemas"]["BulkErrorValidation"];
        /** @description This entry of a bulk request failed; the others are not affected. */
        BulkActionFailure: {
            error: components["schemas"]["BulkError"];
            _type: "BulkActionFailure";
        };
        /** @description This end user was stored. */
        EndUserBulkSuccess: {
            data: components["schemas"]["EndUser"];
            _type: "BulkActionSuccess";
        };
        /** @description Outcome for one end user of a bulk request, in request order. */
        EndUserBulkOutcome: components["schemas"]["EndUserBulkSuccess"] | components["schemas"]["BulkActionFailure"];
        /** @description One outcome per end user of the request. */
        EndUserBulkResponse: {
            data?: components["schemas"]["EndUserBulkOutcome"][];
        };
        /** @description An agent or admin of the organization. */
        Agent: {
            /**
             * Format: uuid
             * @description Agent id (the `agentId` of messages, notes, claims and assignments).
             */
            id: string;
            /** @description When the agent was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description Name shown to colleagues and customers. */
            displayName: string;
            /** @description Primary e-mail address, the login. */
            email: string;
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Roles of the user, e.g. `Agent`, `Admin`. */
            roles?: string[];
        };
        /** @description An agent to create. The e-mail address becomes the login. */
        NewAgent: {
            /** @description Name shown to colleagues and customers. */
            displayName: string;
            /** @description Primary e-mail address, the login. */
            email: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
        };
        /** @description An agent's new details, replacing the old ones (the e-mail address cannot be changed here). */
        AgentUpdate: {
            /** @description Name shown to colleagues and customers. */
            displayName: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
        };
        /** @description Fields of an agent to change; fields left out stay as they are. */
        AgentPatch: {
            /** @description Name shown to colleagues and customers. */
            displayName?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
        };
        /** @description One agent of a bulk update, replaced by these details. */
        AgentBulkUpdate: {
            /** @description Id of the agent to change. */
            id: string;
            /** @description Name shown to colleagues and customers. */
            displayName: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
        };
        /** @description One agent of a bulk patch: the fields to change. */
        AgentBulkPatch: {
            /** @description Id of the agent to change. */
            id: string;
            /** @description Name shown to colleagues and customers. */
            displayName?: string;
            /** @description Primary phone number (E.164). */
            phoneNumber?: string;
            /** @description Further e-mail addresses. */
            additionalEmails?: string[];
            /** @description Further phone numbers. */
            additionalPhoneNumbers?: string[];
            /** @description First name. */
            firstName?: string;
            /** @description Last name. */
            lastName?: string;
            /** @description Middle names. */
            middleNames?: string[];
            /** @description Where the avatar image can be loaded from. */
            avatarUrl?: string;
        };
        /** @description Agents to replace in one call: a bare JSON array, not wrapped in `data`. */
        AgentsUpdateRequest: components["schemas"]["AgentBulkUpdate"][];
        /** @description Changes to several agents in one call: a bare JSON array, not wrapped in `data`. */
        AgentsPatchRequest: components["schemas"]["AgentBulkPatch"][];
        /** @description Agents to create in one call. */
        NewAgents: {
            /** @description The agents. */
            data?: components["schemas"]["NewAgent"][];
        };
        /** @description One agent. */
        AgentResponse: {
            data: components["schemas"]["Agent"];
        };
        /** @description One page of agents. */
        AgentPage: {
            data?: components["schemas"]["Agent"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description This agent was stored. */
        AgentBulkSuccess: {
            data: components["schemas"]["Agent"];
            _type: "BulkActionSuccess";
        };
        /** @description Outcome for one agent of a bulk request, in request order. */
        AgentBulkOutcome: components["schemas"]["AgentBulkSuccess"] | components["schemas"]["BulkActionFailure"];
        /** @description One outcome per agent of the request. */
        AgentBulkResponse: {
            data?: components["schemas"]["AgentBulkOutcome"][];
        };
        /** @description Whether an agent is online and working, and on which channels. Its times have no zone (see `LocalTimestamp`). */
        UserPresence: {
            /** @description The agent's id. */
            userId: string;
            /** @description When Dixa looked the presence up. */
            requestTime: components["schemas"]["LocalTimestamp"];
            /** @description When the agent was last active. */
            lastSeen?: components["schemas"]["LocalTimestamp"];
            /**
             * @description `Working` or `Away`, as the agent set it.
             * @enum {string}
             */
            presenceStatus?: "Away" | "Working";
            /**
             * @description Whether the agent is connected to Dixa.
             * @enum {string}
             */
            connectionStatus: "Offline" | "Online";
            /** @description Channels the agent is taking conversations on, e.g. `Email`, `PstnPhone`. */
            activeChannels?: string[];
        };
        /** @description Presence of every agent and admin: a bare JSON array, not wrapped in `data`. */
        UserPresenceList: components["schemas"]["UserPresence"][];
        /** @description One agent's presence. */
        UserPresenceResponse: {
            data: components["schemas"]["UserPresence"];
        };
        /** @description Whether the agent works on one channel group. */
        WorkingChannelUpdate: {
            /**
             * @description The channel group.
             * @enum {string}
             */
            channel: "Email" | "InteractiveChat" | "Messaging" | "Speak";
            /** @description `true` to take conversations of this channel group, `false` to stop. */
            working: boolean;
        };
        /** @description A team, by id. */
        TeamRef: {
            /**
             * Format: uuid
             * @description Team id.
             */
            id: string;
        };
        /** @description The teams an agent belongs to. */
        AgentTeamListResponse: {
            data?: components["schemas"]["TeamRef"][];
        };
        /** @description A team of agents. */
        Team: {
            /** @description Team id. */
            id: string;
            /** @description Team name. */
            name: string;
        };
        /** @description A team to create. */
        NewTeam: {
            /** @description Team name. */
            name: string;
        };
        /** @description One team. */
        TeamResponse: {
            data: components["schemas"]["Team"];
        };
        /** @description Teams. */
        TeamListResponse: {
            data?: components["schemas"]["Team"][];
        };
        /** @description An agent or admin in a team. */
        TeamMember: {
            /** @description The agent's id. */
            id: string;
            /** @description The agent's display name. */
            name?: string;
            /** @description The agent's e-mail address. */
            email?: string;
            /** @description The agent's phone number. */
            phoneNumber?: string;
        };
        /** @description Members of a team. */
        TeamMemberListResponse: {
            data?: components["schemas"]["TeamMember"][];
        };
        /** @description Agents to add to or remove from a team. */
        TeamMembersChange: {
            /** @description Agent (or admin) ids. */
            agentIds?: string[];
        };
        /** @description One page of presence entries. */
        UserPresencePage: {
            data?: components["schemas"]["UserPresence"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description Alert thresholds of a queue by kind: `SlaTimeLimit`, `AvailableAgents`, `LongestWait`, `SlaPercentage`, `WaitingConversations`. */
        QueueThresholds: {
            [key: string]: number;
        };
        /** @description Seconds by conversation channel (`Email`, `WidgetChat`, `PstnPhone`...). */
        ChannelTimeouts: {
            [key: string]: number;
        };
        /** @description Where a queue is used, by channel. */
        QueueUsages: {
            /** @description The queue. */
            queueId: string;
            /** @description Per channel (`WidgetChat`, `PstnPhone`, `Email`...), the widgets, numbers or addresses that route into the queue. */
            usages: {
                [key: string]: string[];
            };
        };
        /**
         * @description How conversations are offered to the queue's agents.
         * @enum {string}
         */
        OfferingAlgorithm: "AgentPriorityOneAtATimeRandom" | "AllAtOnce" | "AgentPriorityLongestIdle" | "AgentPriorityAllAtOnce" | "LongestIdle" | "OneAtATimeRandom";
        /** @description A queue and how it offers conversations. */
        Queue: {
            /** @description Queue id. */
            id: string;
            /** @description Queue name. */
            name: string;
            /** @description The organization's default queue. */
            isDefault: boolean;
            /** @description Organization the queue belongs to. */
            organizationId: string;
            queueThresholds: components["schemas"]["QueueThresholds"];
            /**
             * @description How the service level is computed.
             * @enum {string}
             */
            slaCalculationMethod: "AbandonedIgnored";
            /**
             * Format: int32
             * @description Seconds an agent has to accept an offered conversation.
             */
            offerTimeout?: number;
            offeringAlgorithm?: components["schemas"]["OfferingAlgorithm"];
            /**
             * @description Whether members are listed plainly or by skill.
             * @enum {string}
             */
            memberListType?: "Default" | "SkillBased";
            usages?: components["schemas"]["QueueUsages"];
            /**
             * Format: int32
             * @description Seconds of wrap-up time after a conversation.
             */
            wrapupTimeout?: number;
            /**
             * Format: int32
             * @description Priority of the queue against other queues.
             */
            priority?: number;
            /** @description Offer conversations whose customer has left. */
            offerAbandonedConversations?: boolean;
            doNotOfferTimeouts: components["schemas"]["ChannelTimeouts"];
            /** @description The do-not-offer timeouts apply. */
            isDoNotOfferEnabled: boolean;
            /** @description Conversations go to the customer's preferred agent first. */
            isPreferredAgentEnabled?: boolean;
            preferredAgentTimeouts?: components["schemas"]["ChannelTimeouts"];
            /**
             * Format: int32
             * @description Seconds to wait for an offline preferred agent.
             */
            preferredAgentOfflineTimeout?: number;
            /**
             * Format: int32
             * @description Seconds to wait for an offline personal agent.
             */
            personalAgentOfflineTimeout?: number;
            /** @description Only members may see the queue's conversations. */
            isRestricted?: boolean;
        };
        /** @description Settings of a queue to create. */
        QueueSettings: {
            /** @description Queue name. */
            name: string;
            /** @description The queue takes phone calls. */
            callFunctionality: boolean;
            /** @description Make it the organization's default queue. */
            isDefault: boolean;
            queueThresholds?: components["schemas"]["QueueThresholds"];
            /**
             * Format: int32
             * @description Seconds an agent has to accept an offered conversation.
             */
            offerTimeout?: number;
            offerAlgorithm?: components["schemas"]["OfferingAlgorithm"];
            /**
             * Format: int32
             * @description Seconds of wrap-up time after a conversation.
             */
            wrapupTimeout?: number;
            /**
             * Format: int32
             * @description Priority of the queue against other queues.
             */
            priority?: number;
            /** @description Offer conversations whose customer has left. */
            offerAbandonedConversations?: boolean;
            doNotOfferTimeouts?: components["schemas"]["ChannelTimeouts"];
            /** @description The do-not-offer timeouts apply. */
            isDoNotOfferEnabled: boolean;
            preferredAgentTimeouts?: components["schemas"]["ChannelTimeouts"];
            /** @description Conversations go to the customer's preferred agent first. */
            isPreferredAgentEnabled?: boolean;
            /**
             * Format: int32
             * @description Seconds to wait for an offline preferred agent.
             */
            preferredAgentOfflineTimeout?: number;
            /**
             * Format: int32
             * @description Seconds to wait for an offline personal agent.
             */
            personalAgentOfflineTimeout?: number;
            /** @description Only members may see the queue's conversations. */
            isRestricted?: boolean;
        };
        /** @description Body of `createQueue`: the settings, wrapped in `request`. */
        NewQueueRequest: {
            request: components["schemas"]["QueueSettings"];
        };
        /** @description One queue. */
        QueueResponse: {
            data: components["schemas"]["Queue"];
        };
        /** @description Queues. */
        QueueListResponse: {
            data?: components["schemas"]["Queue"][];
        };
        /** @description Where a conversation stands in its queue. */
        QueuedConversation: {
            /**
             * Format: int32
             * @description Approximate number of the conversation in line (1 = next).
             */
            position?: number;
            /** @description When the conversation entered the queue. */
            queuedAt: components["schemas"]["DixaTimestamp"];
        };
        /** @description A conversation's place in its queue. */
        QueuePositionResponse: {
            data: components["schemas"]["QueuedConversation"];
        };
        /** @description An agent serving a queue. */
        QueueMember: {
            /** @description The agent's id. */
            agentId: string;
            /**
             * Format: int32
             * @description The agent's priority in the queue (1 first).
             */
            priority?: number;
        };
        /** @description Members of a queue. */
        QueueMemberListResponse: {
            data?: components["schemas"]["QueueMember"][];
        };
        /** @description Agents to add to or remove from a queue. */
        QueueMembersChange: {
            /** @description Agent (or admin) ids. */
            agentIds?: string[];
        };
        /** @description This agent was added; `data` is its id. */
        QueueMemberBulkSuccess: {
            /**
             * Format: uuid
             * @description The agent's id.
             */
            data: string;
            _type: "BulkActionSuccess";
        };
        /** @description Outcome for one agent of the request, in request order. */
        QueueMemberBulkOutcome: components["schemas"]["QueueMemberBulkSuccess"] | components["schemas"]["BulkActionFailure"];
        /** @description One outcome per agent of the request. */
        QueueMemberBulkResponse: {
            data?: components["schemas"]["QueueMemberBulkOutcome"][];
        };
        /** @description Availability of the queue on one generic chat channel. */
        GenericChannelAvailability: {
            /** @description The channel, e.g. `adachat`. */
            genericChannelName: string;
            /**
             * @description Whether the queue takes conversations on it now.
             * @enum {string}
             */
            availability: "Available" | "NotAvailable";
            /**
             * Format: int32
             * @description Conversations waiting in the queue; only given when `NotAvailable`.
             */
            queueSize?: number;
            _type: "GenericChannel";
        };
        /** @description Availability on one channel; `_type` names the kind of channel. */
        ChannelAvailability: components["schemas"]["GenericChannelAvailability"];
        /** @description Dixa could not find out the availability on this channel. */
        ChannelAvailabilityUnexpectedError: {
            /** @description The channel. */
            channel: string;
            /** @description What went wrong. */
            message: string;
            _type: "UnexpectedError";
        };
        /** @description Why the availability on a channel is unknown. */
        ChannelAvailabilityError: components["schemas"]["ChannelAvailabilityUnexpectedError"];
        /** @description The availability on this channel is known. */
        ChannelAvailabilitySuccess: {
            channelAvailability: components["schemas"]["ChannelAvailability"];
            _type: "Success";
        };
        /** @description The availability on this channel is unknown. */
        ChannelAvailabilityFailure: {
            error: components["schemas"]["ChannelAvailabilityError"];
            _type: "Failure";
        };
        /** @description Outcome of the availability check for one channel. */
        ChannelAvailabilityOutcome: components["schemas"]["ChannelAvailabilityFailure"] | components["schemas"]["ChannelAvailabilitySuccess"];
        /** @description One outcome per generic chat channel. */
        QueueAvailabilityResponse: {
            data?: components["schemas"]["ChannelAvailabilityOutcome"][];
        };
        /** @description An event a subscription can listen to, by its subscription name (PascalCase; the payloads name the same event in UPPER_SNAKE `event_fqn`). Dixa's list in 2026: `ConversationCreated`, `ConversationOpen`, `ConversationPending`, `ConversationPendingExpired`, `ConversationClosed`, `ConversationAbandoned`, `ConversationEnqueued`, `ConversationAssigned`, `ConversationUnassigned`, `ConversationTransferred`, `ConversationEndUserReplaced`, `ConversationNoteAdded`, `ConversationMessageAdded`, `ConversationTagAdded`, `ConversationTagRemoved`, `ConversationRated`, `ConversationCustomAttributeUpdated`, `ConversationMessageDeliverySent`, `ConversationMessageDeliveryDelivered`, `ConversationMessageDeliverySeen`, `ConversationMessageDeliveryFailed`, `ConversationMessageDeliveryInfo`, `ConversationMessageDeliverySpamComplaint`, `TypingStarted`, `SLAEvaluationPending`, `SLAEvaluationBreached`, `SLAEvaluationAchieved`, `SLAEvaluationVoided`, `AgentBannedEnduser`, `AgentUnbannedEnduser`, `AgentBannedIp`, `AgentUnbannedIp`. Kept an open string: the list grows. */
        WebhookSubscriptionEvent: string;
        /** @description Dixa sends no `Authorization` header. */
        NoAuthWebhookAuthorization: {
            _type: "NoAuth";
        };
        /** @description Dixa sends `Authorization: Basic base64(username:password)`. */
        BasicAuthWebhookAuthorization: {
            /** @description User name. */
            username: string;
            /** @description Password. */
            password: string;
            _type: "BasicAuth";
        };
        /** @description Dixa sends `Authorization: Bearer <value>`. */
        TokenAuthWebhookAuthorization: {
            /** @description The token. */
            value: string;
            _type: "TokenAuth";
        };
        /** @description What Dixa puts in the `Authorization` header of the requests it sends to the subscription's URL. */
        WebhookAuthorization: components["schemas"]["BasicAuthWebhookAuthorization"] | components["schemas"]["NoAuthWebhookAuthorization"] | components["schemas"]["TokenAuthWebhookAuthorization"];
        /**
         * @description What a webhook filter condition looks at: the conversation's first channel (`InitialChannel`, values such as `email`, `pstn_phone`), how the change came about (`OperationOrigin`, e.g. `ApiImport`) or its queue (`QueueId`).
         * @enum {string}
         */
        WebhookFilterField: "InitialChannel" | "OperationOrigin" | "QueueId";
        /** @description Only events whose field has one of these values. */
        IsOneOfWebhookCondition: {
            field: components["schemas"]["WebhookFilterField"];
            /** @description The values to match. */
            values: string[];
            _type: "IsOneOf";
        };
        /** @description Only events whose field has none of these values. */
        IsNotOneOfWebhookCondition: {
            field: components["schemas"]["WebhookFilterField"];
            /** @description The values to leave out. */
            values: string[];
            _type: "IsNotOneOf";
        };
        /** @description One condition of a webhook filter. */
        WebhookFilterCondition: components["schemas"]["IsNotOneOfWebhookCondition"] | components["schemas"]["IsOneOfWebhookCondition"];
        /** @description Conditions combined with `All` (every one must hold) or `Any` (one is enough). */
        CombinedWebhookFilters: {
            /**
             * @description How the conditions combine.
             * @enum {string}
             */
            strategy: "All" | "Any";
            /** @description The conditions. */
            conditions: components["schemas"]["WebhookFilterCondition"][];
            _type: "CombinedFilters";
        };
        /** @description A filter on the events of one kind. */
        WebhookFilters: components["schemas"]["CombinedWebhookFilters"];
        /** @description Filters keyed by the kind of event they apply to (e.g. `Conversation` for the conversation events); only events that pass are sent. */
        WebhookFiltersByEventType: {
            [key: string]: components["schemas"]["WebhookFilters"];
        };
        /** @description A webhook subscription to create. */
        NewWebhookSubscription: {
            /** @description Name of the subscription. */
            name: string;
            /** @description Events to send. */
            events?: components["schemas"]["WebhookSubscriptionEvent"][];
            /** @description Your HTTPS endpoint that receives the events. */
            url: string;
            authorization: components["schemas"]["WebhookAuthorization"];
            /** @description More headers for every request, by name (`{}` for none). */
            customHeaders: {
                [key: string]: string;
            };
            /** @description Send events right away (default `true`). */
            enabled?: boolean;
            filters?: components["schemas"]["WebhookFiltersByEventType"];
        };
        /** @description Settings of a webhook subscription to change; fields left out stay as they are. */
        WebhookSubscriptionPatch: {
            /** @description Name of the subscription. */
            name?: string;
            /** @description Events to send (replaces the list). */
            events?: components["schemas"]["WebhookSubscriptionEvent"][];
            /** @description Your HTTPS endpoint that receives the events. */
            url?: string;
            authorization?: components["schemas"]["WebhookAuthorization"];
            /** @description More headers for every request, by name. */
            customHeaders?: {
                [key: string]: string;
            };
            /** @description Whether events are sent. */
            enabled?: boolean;
            filters?: components["schemas"]["WebhookFiltersByEventType"];
        };
        /** @description A webhook subscription. */
        WebhookSubscription: {
            /**
             * Format: uuid
             * @description Subscription id (also sent in `X-DIXA-SUBSCRIPTION-ID`).
             */
            id: string;
            /** @description Name of the subscription. */
            name: string;
            /** @description Events sent to the URL. */
            subscribedEvents?: components["schemas"]["WebhookSubscriptionEvent"][];
            /** @description Where the events are sent. */
            url: string;
            /** @description Headers added to every request, including the `Authorization` header built from the subscription's authorization. */
            headers: {
                [key: string]: string;
            };
            /** @description Key Dixa signs every request with (hex); check `X-DIXA-SIGNATURE` with it. */
            secretKey: string;
            /** @description Whether events are sent. */
            enabled: boolean;
            /** @description When the subscription was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /**
             * Format: uuid
             * @description User who created it.
             */
            createdBy: string;
            /** @description When it was last changed. */
            updatedAt: components["schemas"]["DixaTimestamp"];
            /**
             * Format: uuid
             * @description User who last changed it.
             */
            updatedBy: string;
            filters?: components["schemas"]["WebhookFiltersByEventType"];
        };
        /** @description One webhook subscription. */
        WebhookSubscriptionResponse: {
            data: components["schemas"]["WebhookSubscription"];
        };
        /** @description Webhook subscriptions. */
        WebhookSubscriptionListResponse: {
            data?: components["schemas"]["WebhookSubscription"][];
        };
        /** @description How one delivery went. */
        DeliveryDetail: {
            /** @description When Dixa sent the request. */
            deliveryTimestamp: components["schemas"]["DixaTimestamp"];
            /** @description Your server accepted it. */
            success: boolean;
            /**
             * Format: int32
             * @description HTTP status your server answered.
             */
            responseCode: number;
            /** @description Status text or body your server answered. */
            responseText: string;
        };
        /** @description The latest delivery of the event, tagged `DeliveryDetail`. */
        DeliveryDetailStatus: components["schemas"]["DeliveryDetail"] & {
            /** @constant */
            _type: "DeliveryDetail";
        } & {
            _type: "DeliveryDetail";
        };
        /** @description The event was not sent lately. */
        NoRecentDeliveryStatus: {
            _type: "NoRecentDelivery";
        };
        /** @description How the latest delivery of an event went, if there was one. */
        DeliveryStatus: components["schemas"]["DeliveryDetailStatus"] | components["schemas"]["NoRecentDeliveryStatus"];
        /** @description The latest delivery of one subscribed event. */
        EventDeliveryStatus: {
            event: components["schemas"]["WebhookSubscriptionEvent"];
            deliveryStatus: components["schemas"]["DeliveryStatus"];
        };
        /** @description One delivery status per subscribed event. */
        WebhookDeliveryStatusListResponse: {
            data?: components["schemas"]["EventDeliveryStatus"][];
        };
        /** @description One delivery of an event and what was sent. */
        EventDeliveryLog: {
            deliveryDetail: components["schemas"]["DeliveryDetail"];
            /** @description The request body Dixa sent, as a JSON string. */
            payload: string;
        };
        /** @description Latest deliveries of one event. */
        WebhookEventLogListResponse: {
            data?: components["schemas"]["EventDeliveryLog"][];
        };
        /** @description An opening-hours schedule, by name. */
        BusinessHoursSchedule: {
            /** @description Schedule name. */
            name: string;
            /** @description Schedule id. */
            id: string;
        };
        /** @description The organization's schedules. */
        BusinessHoursScheduleList: {
            schedules?: components["schemas"]["BusinessHoursSchedule"][];
        };
        /** @description The schedules, inside `data.schedules`. */
        BusinessHoursScheduleListResponse: {
            data: components["schemas"]["BusinessHoursScheduleList"];
        };
        /** @description An open stretch of a day, in the schedule's time zone. */
        OpeningInterval: {
            /** @description Opening time, `HH:mm`. */
            startTime: string;
            /** @description Closing time, `HH:mm`. */
            endTime: string;
        };
        /**
         * @description Whether the business is open in the given intervals or closed all day.
         * @enum {string}
         */
        OpenOrClosed: "Closed" | "Open";
        /** @description When an exception comes back every year. */
        RecurringDate: {
            /**
             * Format: int32
             * @description Day of the month (1-31).
             */
            dayOfMonth?: number;
            /**
             * Format: int32
             * @description Month (1-12).
             */
            monthOfYear?: number;
            /** @description A named movable holiday, instead of a fixed date. */
            holiday?: string;
        };
        /** @description The opening hours of one weekday. */
        RegularBusinessHours: {
            /** @description Name of the entry, usually the weekday. */
            name: string;
            /**
             * Format: int32
             * @description Weekday, 1 (Monday) to 7 (Sunday).
             */
            dayOfWeek?: number;
            /**
             * @description Always `Regular` for these entries.
             * @enum {string}
             */
            businessHourType: "Regular";
            status: components["schemas"]["OpenOrClosed"];
            /** @description Open stretches of the day. */
            intervals?: components["schemas"]["OpeningInterval"][];
            /**
             * Format: date
             * @description First day the entry applies.
             */
            startDate: string;
        };
        /** @description A holiday or special day that overrides the regular hours. */
        BusinessHoursException: {
            /** @description Name of the day. */
            name: string;
            /**
             * @description `Holiday` or another `Exception`.
             * @enum {string}
             */
            businessHourType: "Exception" | "Holiday";
            status: components["schemas"]["OpenOrClosed"];
            /** @description Open stretches of the day, when open. */
            intervals?: components["schemas"]["OpeningInterval"][];
            recurring?: components["schemas"]["RecurringDate"];
            /**
             * Format: date
             * @description The (first) date.
             */
            startDate: string;
            /**
             * Format: date
             * @description The next date it applies, for recurring exceptions.
             */
            nextDate?: string;
        };
        /** @description How a schedule is set up. */
        BusinessHoursScheduleDefinition: {
            /** @description Schedule id. */
            id: string;
            /** @description Schedule name. */
            name: string;
            /** @description IANA time zone of the times, e.g. `Europe/Copenhagen`. */
            timezone: string;
            /** @description The regular weekly hours. */
            businessHours?: components["schemas"]["RegularBusinessHours"][];
            /** @description Holidays and special days. */
            exceptions?: components["schemas"]["BusinessHoursException"][];
        };
        /** @description Wrapper of a schedule definition. */
        BusinessHoursScheduleDefinitionResult: {
            schedule: components["schemas"]["BusinessHoursScheduleDefinition"];
        };
        /** @description A schedule's definition, inside `data.schedule`. */
        BusinessHoursScheduleDefinitionResponse: {
            data: components["schemas"]["BusinessHoursScheduleDefinitionResult"];
        };
        /** @description The opening hours of one upcoming day, regular or exceptional. */
        ResolvedBusinessHours: {
            /** @description Name of the entry (a weekday or the exception's name). */
            name: string;
            /**
             * Format: int32
             * @description Weekday, 1 (Monday) to 7 (Sunday), for regular entries.
             */
            dayOfWeek?: number;
            /**
             * @description Where the entry comes from.
             * @enum {string}
             */
            businessHourType: "Exception" | "Holiday" | "Regular";
            status: components["schemas"]["OpenOrClosed"];
            /** @description Open stretches of the day. */
            intervals?: components["schemas"]["OpeningInterval"][];
            recurring?: components["schemas"]["RecurringDate"];
            /**
             * Format: date
             * @description First day the entry applies.
             */
            startDate: string;
            /**
             * Format: date
             * @description The next day it applies.
             */
            nextDate?: string;
        };
        /** @description A schedule resolved for the coming days. */
        UpcomingBusinessHours: {
            /** @description Schedule id. */
            id: string;
            /** @description Schedule name. */
            name: string;
            /** @description IANA time zone of the times. */
            timezone: string;
            /** @description The opening hours, day by day. */
            businessHours?: components["schemas"]["ResolvedBusinessHours"][];
        };
        /** @description Wrapper of a resolved schedule. */
        UpcomingBusinessHoursResult: {
            schedule: components["schemas"]["UpcomingBusinessHours"];
        };
        /** @description A schedule resolved for the coming days, inside `data.schedule`. */
        UpcomingBusinessHoursResponse: {
            data: components["schemas"]["UpcomingBusinessHoursResult"];
        };
        /** @description Whether the business is open at a moment. */
        BusinessOpenStatus: {
            /** @description Open at `timestamp`. */
            isOpen: boolean;
            /** @description The moment checked. */
            timestamp: components["schemas"]["DixaTimestamp"];
            /** @description When it opens next, if closed. */
            opensAt?: components["schemas"]["DixaTimestamp"];
            /** @description When it closes next, if open. */
            closesAt?: components["schemas"]["DixaTimestamp"];
        };
        /** @description Open or closed at a moment. */
        BusinessOpenStatusResponse: {
            data: components["schemas"]["BusinessOpenStatus"];
        };
        /** @description Keep only data whose attribute has one of the values (see `listAnalyticsFilterValues`). */
        AnalyticsFilter: {
            /** @description Filter attribute, e.g. `channel`, `queue_id`, `agent_id`. */
            attribute: string;
            /** @description Accepted values. */
            values?: string[];
        };
        /** @description From `start` (included) to `end`. */
        IntervalPeriod: {
            /** @description Start of the period. */
            start: components["schemas"]["DixaTimestamp"];
            /** @description End of the period. */
            end: components["schemas"]["DixaTimestamp"];
            _type: "Interval";
        };
        /** @description The preset period `PreviousQuarter`, in the query's time zone. */
        PresetPreviousQuarter: {
            _type: "PreviousQuarter";
        };
        /** @description The preset period `ThisWeek`, in the query's time zone. */
        PresetThisWeek: {
            _type: "ThisWeek";
        };
        /** @description The preset period `PreviousWeek`, in the query's time zone. */
        PresetPreviousWeek: {
            _type: "PreviousWeek";
        };
        /** @description The preset period `Yesterday`, in the query's time zone. */
        PresetYesterday: {
            _type: "Yesterday";
        };
        /** @description The preset period `Today`, in the query's time zone. */
        PresetToday: {
            _type: "Today";
        };
        /** @description The preset period `ThisMonth`, in the query's time zone. */
        PresetThisMonth: {
            _type: "ThisMonth";
        };
        /** @description The preset period `PreviousMonth`, in the query's time zone. */
        PresetPreviousMonth: {
            _type: "PreviousMonth";
        };
        /** @description The preset period `ThisQuarter`, in the query's time zone. */
        PresetThisQuarter: {
            _type: "ThisQuarter";
        };
        /** @description The preset period `ThisYear`, in the query's time zone. */
        PresetThisYear: {
            _type: "ThisYear";
        };
        /** @description A named period. Dixa's file types it as a string, but the bodies Dixa documents (and sends from its own tools) carry it as an object named by `_type`: `{"_type": "PreviousWeek"}`. */
        PresetPeriodValue: components["schemas"]["PresetPreviousQuarter"] | components["schemas"]["PresetThisWeek"] | components["schemas"]["PresetPreviousWeek"] | components["schemas"]["PresetYesterday"] | components["schemas"]["PresetToday"] | components["schemas"]["PresetThisMonth"] | components["schemas"]["PresetPreviousMonth"] | components["schemas"]["PresetThisQuarter"] | components["schemas"]["PresetThisYear"];
        /** @description A named period such as last week. */
        PresetPeriod: {
            value: components["schemas"]["PresetPeriodValue"];
            _type: "Preset";
        };
        /** @description The period to compute over. */
        PeriodFilter: components["schemas"]["IntervalPeriod"] | components["schemas"]["PresetPeriod"];
        /**
         * @description An aggregation of a metric.
         * @enum {string}
         */
        AggregateMeasure: "Min" | "Max" | "Sum" | "Count" | "Percentage" | "AgentPresenceDuration" | "StdDev" | "Average";
        /**
         * GetMetricDataInputPeriodFilter
         * @description A metric over a period.
         */
        MetricQueryByPeriod: {
            /** @description Metric id (see `listMetrics`). */
            id: string;
            periodFilter: components["schemas"]["PeriodFilter"];
            /** @description Filters, all of which must hold. */
            filters?: components["schemas"]["AnalyticsFilter"][];
            /** @description Aggregations to compute (those the metric offers). */
            aggregations?: components["schemas"]["AggregateMeasure"][];
            /** @description IANA time zone the period and dates are read in, e.g. `Europe/Copenhagen`. */
            timezone: string;
        };
        /**
         * GetMetricDataInputCsidFilter
         * @description A metric over given conversations (a body without `periodFilter`).
         */
        MetricQueryByCsids: {
            /** @description Metric id (see `listMetrics`). */
            id: string;
            /** @description Conversation ids. */
            csidFilter?: number[];
            /** @description Filters, all of which must hold. */
            filters?: components["schemas"]["AnalyticsFilter"][];
            /** @description Aggregations to compute (those the metric offers). */
            aggregations?: components["schemas"]["AggregateMeasure"][];
            /** @description IANA time zone dates are read in. */
            timezone: string;
        };
        /** @description What `queryMetricData` computes: over a period (`periodFilter`) or over conversations (`csidFilter`). The two shapes carry no `_type` on the wire (Dixa tells them apart by their fields), so this union has no discriminator; each shape is recognised by `periodFilter` being there or not. */
        MetricQuery: components["schemas"]["MetricQueryByCsids"] | components["schemas"]["MetricQueryByPeriod"];
        /**
         * GetMetricRecordsDataInputPeriodFilter
         * @description Rows of a record over a period.
         */
        MetricRecordQueryByPeriod: {
            /** @description Record id (see `listMetricRecords`). */
            id: string;
            periodFilter: components["schemas"]["PeriodFilter"];
            /** @description Filters, all of which must hold. */
            filters?: components["schemas"]["AnalyticsFilter"][];
            /** @description IANA time zone the period and dates are read in. */
            timezone: string;
        };
        /**
         * GetMetricRecordsDataInputCsidFilter
         * @description Rows of a record for given conversations (a body without `periodFilter`).
         */
        MetricRecordQueryByCsids: {
            /** @description Record id (see `listMetricRecords`). */
            id: string;
            /** @description Conversation ids. */
            csidFilter?: number[];
            /** @description Filters, all of which must hold. */
            filters?: components["schemas"]["AnalyticsFilter"][];
            /** @description IANA time zone dates are read in. */
            timezone: string;
        };
        /** @description What `queryMetricRecords` returns: rows over a period (`periodFilter`) or for conversations (`csidFilter`). No `_type` on the wire, so no discriminator; the shapes differ by `periodFilter`. */
        MetricRecordQuery: components["schemas"]["MetricRecordQueryByCsids"] | components["schemas"]["MetricRecordQueryByPeriod"];
        /** @description A presence status of agents. */
        PresenceStatusInfo: {
            /** @description The status. */
            status: string;
            /** @description What it means. */
            description?: string;
        };
        /** @description Time agents spent in one presence status. */
        PresenceDuration: {
            /**
             * Format: double
             * @description The duration.
             */
            value: number;
            status: components["schemas"]["PresenceStatusInfo"];
        };
        /** @description Time spent per presence status. */
        AgentPresenceDurationAggregate: {
            /** @description One duration per status. */
            value?: components["schemas"]["PresenceDuration"][];
            /** @description What was measured. */
            description?: string;
            _type: "AgentPresenceDurationValue";
        };
        /** @description A decimal aggregate (average, percentage...). */
        DoubleAggregate: {
            /**
             * Format: double
             * @description The value.
             */
            value: number;
            measure: components["schemas"]["AggregateMeasure"];
            _type: "DoubleAggregateValue";
        };
        /** @description A whole-number aggregate (a count). */
        LongAggregate: {
            /**
             * Format: int64
             * @description The value.
             */
            value: number;
            measure: components["schemas"]["AggregateMeasure"];
            _type: "LongAggregateValue";
        };
        /** @description One aggregate of a metric; `_type` names its value type. */
        AggregateValue: components["schemas"]["AgentPresenceDurationAggregate"] | components["schemas"]["DoubleAggregate"] | components["schemas"]["LongAggregate"];
        /** @description A computed metric. */
        MetricData: {
            /** @description Metric id. */
            id: string;
            /** @description One value per requested aggregation. */
            aggregates?: components["schemas"]["AggregateValue"][];
        };
        /** @description A computed metric. */
        MetricDataResponse: {
            data: components["schemas"]["MetricData"];
        };
        /** @description A true/false field. */
        BooleanFieldValue: {
            /** @description The value. */
            value: boolean;
            _type: "BooleanField";
        };
        /** @description A decimal field. */
        DoubleFieldValue: {
            /**
             * Format: double
             * @description The value.
             */
            value: number;
            _type: "DoubleField";
        };
        /** @description A point in time. */
        InstantFieldValue: {
            /** @description The value. */
            value: components["schemas"]["DixaTimestamp"];
            _type: "InstantField";
        };
        /** @description A 32-bit whole number. */
        IntFieldValue: {
            /**
             * Format: int32
             * @description The value.
             */
            value: number;
            _type: "IntField";
        };
        /** @description A 64-bit whole number (ids, counts, scores). */
        LongFieldValue: {
            /**
             * Format: int64
             * @description The value.
             */
            value: number;
            _type: "LongField";
        };
        /** @description A text field, with a display label for coded values. */
        StringFieldValue: {
            /** @description The value. */
            value: string;
            /** @description Display text of the value. */
            label?: string;
            _type: "StringField";
        };
        /** @description An id, with a display label (e.g. the queue name). */
        UUIDFieldValue: {
            /**
             * Format: uuid
             * @description The id.
             */
            value: string;
            /** @description Display text of the id. */
            label?: string;
            _type: "UUIDField";
        };
        /** @description A named point in time of a record row. */
        RecordTimestamp: {
            /** @description Field name, e.g. `created_at`. */
            name: string;
            /** @description The time. */
            timestamp: components["schemas"]["DixaTimestamp"];
        };
        /** @description A named point in time, as a field value (tagged `TimestampField`). */
        TimestampFieldValue: components["schemas"]["RecordTimestamp"] & {
            /** @constant */
            _type: "TimestampField";
        } & {
            _type: "TimestampField";
        };
        /** @description A single value inside a list field. */
        PrimitiveFieldValue: components["schemas"]["BooleanFieldValue"] | components["schemas"]["DoubleFieldValue"] | components["schemas"]["InstantFieldValue"] | components["schemas"]["IntFieldValue"] | components["schemas"]["LongFieldValue"] | components["schemas"]["StringFieldValue"] | components["schemas"]["UUIDFieldValue"];
        /** @description A list of values. */
        ListFieldValue: {
            /** @description The values. */
            values?: components["schemas"]["PrimitiveFieldValue"][];
            _type: "ListField";
        };
        /** @description The value of a record field; `_type` names its type. */
        FieldValue: components["schemas"]["BooleanFieldValue"] | components["schemas"]["DoubleFieldValue"] | components["schemas"]["InstantFieldValue"] | components["schemas"]["IntFieldValue"] | components["schemas"]["ListFieldValue"] | components["schemas"]["LongFieldValue"] | components["schemas"]["StringFieldValue"] | components["schemas"]["TimestampFieldValue"] | components["schemas"]["UUIDFieldValue"];
        /** @description One named field of a record row. */
        RecordField: {
            /** @description Field name (see the record's `fieldsMetadata`). */
            name: string;
            field?: components["schemas"]["FieldValue"];
        };
        /** @description One row of a record. */
        MetricRecord: {
            primaryTimestampField: components["schemas"]["RecordTimestamp"];
            value?: components["schemas"]["FieldValue"];
            /** @description The row's fields. */
            fields?: components["schemas"]["RecordField"][];
        };
        /** @description One page of record rows. */
        MetricRecordPage: {
            data?: components["schemas"]["MetricRecord"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description A filter a metric or record accepts. */
        AnalyticsFilterMetadata: {
            /** @description The attribute to name in `filters`. */
            filterAttribute: string;
            /** @description What it filters on. */
            description?: string;
        };
        /** @description An aggregation a metric offers. */
        AggregateMetadata: {
            measure: components["schemas"]["AggregateMeasure"];
            /** @description What it computes. */
            description?: string;
        };
        /** @description A metric of the catalogue. */
        MetricMetadata: {
            /** @description Metric id. */
            id: string;
            /** @description What the metric measures. */
            description?: string;
            /** @description Filters it accepts. */
            filters?: components["schemas"]["AnalyticsFilterMetadata"][];
            /** @description Aggregations it offers. */
            aggregations?: components["schemas"]["AggregateMetadata"][];
            /** @description Records the metric is computed from. */
            relatedRecordIds?: string[];
        };
        /** @description One page of the metrics catalogue. */
        MetricMetadataPage: {
            data?: components["schemas"]["MetricMetadata"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description One metric of the catalogue. */
        MetricMetadataResponse: {
            data: components["schemas"]["MetricMetadata"];
        };
        /** @description A field of a record. */
        RecordFieldMetadata: {
            /** @description Field name. */
            field: string;
            /** @description What it holds. */
            description: string;
            /** @description The field may be empty. */
            nullable: boolean;
        };
        /** @description A record of the catalogue. */
        MetricRecordMetadata: {
            /** @description Record id. */
            id: string;
            /** @description What one row is. */
            description: string;
            /** @description Filters it accepts. */
            filters?: components["schemas"]["AnalyticsFilterMetadata"][];
            /** @description Metrics computed from it. */
            relatedMetricIds?: string[];
            /** @description Its fields. */
            fieldsMetadata?: components["schemas"]["RecordFieldMetadata"][];
        };
        /** @description One page of the records catalogue. */
        MetricRecordMetadataPage: {
            data?: components["schemas"]["MetricRecordMetadata"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description One record of the catalogue. */
        MetricRecordMetadataResponse: {
            data: components["schemas"]["MetricRecordMetadata"];
        };
        /** @description A value a filter attribute can take. */
        AnalyticsFilterValue: {
            /** @description The value to put in `filters`. */
            value: string;
            /** @description Display text. */
            label?: string;
        };
        /** @description One page of filter values. */
        AnalyticsFilterValuePage: {
            data?: components["schemas"]["AnalyticsFilterValue"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description Where a restriction comes from. */
        InheritedRestriction: {
            /** @description Collection the restriction is inherited from. */
            fromCollection?: string;
            /** @description Category the restriction is inherited from. */
            fromCategory?: string;
        };
        /** @description Whether only some agents may see the item, and why. */
        KnowledgeRestrictions: {
            /** @description Visibility is limited. */
            isRestricted: boolean;
            /** @description Restrictions that come from the collections or categories above. */
            inheritedRestrictions?: components["schemas"]["InheritedRestriction"][];
        };
        /** @description A top-level grouping of the knowledge base. */
        KnowledgeCollection: {
            /** @description Collection id. */
            id: string;
            /** @description Collection title. */
            title: string;
            /** @description What the collection is for. */
            description?: string;
            /** @description Agents see the collection in Dixa's internal knowledge base. */
            internalKbEnabled: boolean;
            restrictions: components["schemas"]["KnowledgeRestrictions"];
        };
        /** @description One collection. */
        KnowledgeCollectionResponse: {
            data: components["schemas"]["KnowledgeCollection"];
        };
        /** @description One page of collections. */
        KnowledgeCollectionPage: {
            data?: components["schemas"]["KnowledgeCollection"][];
            meta?: components["schemas"]["PaginationLinks"];
        };
        /** @description A title in one language. */
        TranslationTitle: {
            /** @description Language (ISO code). */
            languageId: string;
            /** @description The title. */
            title: string;
        };
        /** @description An article in a collection's tree. */
        CatalogArticle: {
            /** @description Article id. */
            id: string;
            title?: components["schemas"]["TranslationTitle"];
        };
        /** @description A category in a collection's tree, with what it contains. */
        CatalogCategory: {
            /** @description Category id. */
            id: string;
            title?: components["schemas"]["TranslationTitle"];
            /** @description Subcategories. */
            categories?: components["schemas"]["CatalogCategory"][];
            /** @description Articles directly in the category. */
            articles?: components["schemas"]["CatalogArticle"][];
        };
        /** @description The tree of a collection. */
        KnowledgeCollectionCatalog: {
            /** @description Top-level categories. */
            categories?: components["schemas"]["CatalogCategory"][];
            /** @description Articles directly in the collection. */
            articles?: components["schemas"]["CatalogArticle"][];
        };
        /** @description The tree of a collection. */
        KnowledgeCollectionCatalogResponse: {
            data: components["schemas"]["KnowledgeCollectionCatalog"];
        };
        /** @description A category of the knowledge base. */
        KnowledgeCategory: {
            /** @description Category id. */
            id: string;
            title?: components["schemas"]["TranslationTitle"];
            /** @description New articles go here by default. */
            isDefaultLocation?: boolean;
            /** @description The category cannot be changed. */
            isLocked: boolean;
            restrictions: components["schemas"]["KnowledgeRestrictions"];
            /** @description Category it sits in, if any. */
            parentCategory?: string;
            /** @description Collections it belongs to. */
            parentCollections?: string[];
        };
        /** @description One category. */
        KnowledgeCategoryResponse: {
            data: components["schemas"]["KnowledgeCategory"];
        };
        /** @description A category's titles. */
        KnowledgeCategoryTranslations: {
            /** @description One title per language. */
            titles?: components["schemas"]["TranslationTitle"][];
        };
        /** @description A category's titles. */
        KnowledgeCategoryTranslationsResponse: {
            data: components["schemas"]["KnowledgeCategoryTranslations"];
        };
        /** @description The body of an article translation. */
        ArticleContent: {
            /** @description The body as HTML. */
            html: string;
            /** @description The body as plain text. */
            plaintext: string;
        };
        /** @description Where a translation is published. */
        HelpCenterLink: {
            /** @description Help center id. */
            id: string;
            /** @description Help center name. */
            name: string;
            /** @description The article's address in that help center. */
            url: string;
        };
        /** @description Where a translation can be read. */
        ArticleAvailability: {
            /** @description Help centers showing it. */
            helpCenterLinks?: components["schemas"]["HelpCenterLink"][];
        };
        /** @description One version (draft or published) of an article in one language. */
        ArticleTranslation: {
            /** @description Language (ISO code). */
            language: string;
            /** @description Title. */
            title: string;
            /** @description This version is the one search finds. */
            isIndexedVersion: boolean;
            contents: components["schemas"]["ArticleContent"];
            availableAt: components["schemas"]["ArticleAvailability"];
            /** @description When the version was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description When it last changed. */
            updatedAt: components["schemas"]["DixaTimestamp"];
            /** @description User who created it. */
            createdBy?: string;
            /** @description User who last changed it. */
            updatedBy?: string;
        };
        /** @description The draft and, once published, the published version of a translation. */
        ArticleTranslationVersions: {
            draft: components["schemas"]["ArticleTranslation"];
            published?: components["schemas"]["ArticleTranslation"];
        };
        /** @description A knowledge article, with one language's versions. */
        KnowledgeArticle: {
            /** @description Article id. */
            id: string;
            /** @description The article sits in the default location. */
            isDefaultLocation?: boolean;
            translation?: components["schemas"]["ArticleTranslationVersions"];
            /** @description Tag ids. */
            tags?: string[];
            /** @description When the article was created. */
            createdAt: components["schemas"]["DixaTimestamp"];
            /** @description When it last changed. */
            updatedAt: components["schemas"]["DixaTimestamp"];
            /** @description When search last indexed it. */
            indexedAt?: components["schemas"]["DixaTimestamp"];
            /** @description User who created it. */
            createdBy?: string;
            /** @description User who last changed it. */
            updatedBy?: string;
            /** @description User responsible for it. */
            ownedBy?: string;
            /** @description User whose action last indexed it. */
            indexedBy?: string;
            restrictions: components["schemas"]["KnowledgeRestrictions"];
            /** @description Category it sits in, if any. */
            parentCategory?: string;
            /** @description Collections it belongs to. */
            parentCollections?: string[];
        };
        /** @description One article. */
        KnowledgeArticleResponse: {
            data: components["schemas"]["KnowledgeArticle"];
        };
        /** @description Every version of every translation of an article. */
        ArticleTranslationList: {
            /** @description The drafts, one per language. */
            draft?: components["schemas"]["ArticleTranslation"][];
            /** @description The published versions, one per published language. */
            published?: components["schemas"]["ArticleTranslation"][];
        };
        /** @description An article's translations. */
        KnowledgeArticleTranslations: {
            translations: components["schemas"]["ArticleTranslationList"];
        };
        /** @description An article's translations. */
        KnowledgeArticleTranslationsResponse: {
            data: components["schemas"]["KnowledgeArticleTranslations"];
        };
        /** @description A draft translation to store. */
        NewArticleTranslation: {
            /** @description Language (ISO code, e.g. `en`, `da`, `de`). */
            languageId: string;
            /** @description Title. */
            title: string;
            /** @description Body as HTML. */
            content?: string;
        };
        /** @description A knowledge article to create. */
        NewKnowledgeArticle: {
            /** @description First draft translations. */
            translations?: components["schemas"]["NewArticleTranslation"][];
            /** @description Category to put it in. */
            parentId?: string;
            /** @description Tag ids. */
            tags?: string[];
            /** @description Only visible in pre-release mode. */
            preRelease?: boolean;
        };
        /** @description Tags to add to or remove from an article. */
        ArticleTagsChange: {
            /** @description Tag ids to add. */
            add?: string[];
            /** @description Tag ids to remove. */
            remove?: string[];
        };
        /** @description Changes to an article; fields left out stay as they are. */
        KnowledgeArticlePatch: {
            /** @description New owner (user id). */
            ownedBy?: string;
            tags?: components["schemas"]["ArticleTagsChange"];
            /** @description Only visible in pre-release mode. */
            preRelease?: boolean;
        };
        /** @description Draft translations to store, one per language. */
        KnowledgeArticleTranslationsUpdate: {
            /** @description The drafts. */
            translations?: components["schemas"]["NewArticleTranslation"][];
        };
        /** @description A language whose draft could not be stored. */
        ArticleTranslationError: {
            /** @description The language. */
            languageId: string;
            /** @description What went wrong. */
            message: string;
        };
        /** @description The stored drafts and the languages that failed. */
        KnowledgeArticleTranslationsUpdateResponse: {
            /** @description The stored drafts. */
            data?: components["schemas"]["ArticleTranslation"][];
            /** @description The languages that failed. */
            partialErrors?: components["schemas"]["ArticleTranslationError"][];
        };
        /** @description Images to upload, as `multipart/form-data`: one `files` part per image. */
        KnowledgeAttachmentUpload: {
            /** @description The images (PNG, JPEG, GIF or WebP; at most 5, 4 MB each, 10 MB in all). */
            files?: string[];
        };
        /** @description A stored image. */
        KnowledgeAttachment: {
            /** @description File name as uploaded. */
            originalFilename: string;
            /** @description Public address of the stored image, to use in article HTML. */
            url: string;
        };
        /** @description A file that was not stored. */
        KnowledgeAttachmentError: {
            /** @description File name as uploaded. */
            originalFilename: string;
            /** @description Why it was refused. */
            message: string;
            /**
             * Format: int32
             * @description `400` when the file was refused (type, size), `500` when storing it failed.
             */
            code: number;
        };
        /** @description Stored images and refused files. */
        KnowledgeAttachmentUploadResponse: {
            /** @description The stored images. */
            data?: components["schemas"]["KnowledgeAttachment"][];
            /** @description The refused files. */
            partialErrors?: components["schemas"]["KnowledgeAttachmentError"][];
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
        /** @description Tags (of a conversation, or of the organization). */
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
        /**
         * @description The body of every event Dixa delivers to a webhook subscription: the same envelope for all event types, with the event-specific part in `data`. Unlike Dixa's REST API, webhook bodies use snake_case field names, and event names come in two spellings: the subscription (`events`, `subscribedEvents`, `filters`) uses PascalCase (`ConversationMessageAdded`), the body's `event_fqn` UPPER_SNAKE (`CONVERSATION_MESSAGE_ADDED`).
         *
         *     Delivery: Dixa POSTs the JSON body to the subscription's URL with `Content-Type: application/json`, `X-DIXA-SUBSCRIPTION-ID` and `X-DIXA-SIGNATURE` (headers the subscription's `customHeaders` cannot override), plus the authorization the subscription chose: none, `Authorization: Basic …` from `BasicAuth`, or `Authorization: Bearer <value>` from `TokenAuth`, and any `customHeaders`. Check the signature on the raw bytes before parsing: `X-DIXA-SIGNATURE: t=<unix ms>,v1=<hex>` where `v1 = hex(HMAC-SHA256(key = hex-decode(secretKey), message = t + "." + raw body))`.
         *
         *     Dixa delivers at least once and in no guaranteed order: the same event may arrive more than once, so de-duplicate on `event_id` and order by `event_timestamp` when order matters. A delivery counts as delivered when the receiver answers 2xx; Dixa does not document its timeout, retry schedule or when it gives up. `GET /v1/webhooks/{webhookSubscriptionId}/delivery-status` shows the latest outcome per event type.
         *
         *     Required here are `event_id`, `event_fqn`, `event_timestamp` and `data`, what a receiver needs to route and de-duplicate. `event_version` and `organization` are documented and in every delivered body seen, but optional here: a receiver can do without them, and the test body in Dixa's own receiving service has no `organization`. Every object stays open: Dixa adds fields.
         */
        WebhookEnvelope: {
            /**
             * Format: uuid
             * @description Id of the event. A re-delivered event keeps its id: use it to drop duplicates.
             */
            event_id: string;
            /** @description Event type in UPPER_SNAKE form (`CONVERSATION_CREATED`), the PascalCase subscription name split into words. Each event schema pins it to one value. */
            event_fqn: string;
            /** @description Version of the event's shape, a string. Every body seen so far says `"1"`. */
            event_version?: string;
            /** @description When Dixa emitted the event. Seen as RFC 3339 in UTC with milliseconds, `2025-01-14T22:01:05.429Z`; accepted in any form Dixa writes timestamps in (see `DixaTimestamp`). */
            event_timestamp: components["schemas"]["DixaTimestamp"];
            organization?: components["schemas"]["WebhookOrganization"];
            /** @description The event-specific part; its shape depends on `event_fqn` (see each `Webhook…Event` schema). */
            data: Record<string, unknown>;
        };
        /** @description The Dixa organization the event belongs to. Lets one receiver serve several organizations. */
        WebhookOrganization: {
            /**
             * Format: uuid
             * @description Organization id.
             */
            id: string;
            /** @description Organization name as set in Dixa. */
            name?: string;
        };
        /** @description A person in a webhook body: an end user (the customer, `user_type: Contact`) or an agent or other member of the organization (`user_type: Member`). Fields beyond `id` are optional because not every sample carries them (`user_type` is missing from the samples in Dixa's own API description). */
        WebhookUser: {
            /**
             * Format: uuid
             * @description User id: the end-user id of `/v1/endusers` or the agent id of `/v1/agents`.
             */
            id: string;
            /** @description Display name. */
            name?: string;
            /** @description E-mail address, or null when Dixa has none. */
            email?: string | null;
            /** @description Phone number in international form (`+4511223344`), or null when Dixa has none. */
            phone?: string | null;
            /** @description Roles of the user. Empty for end users; for members, seen values are `Agent`, `Admin`, `TeamLead`, `SystemAdmin`; `Enduser` also appears for end users. */
            roles?: string[];
            /** @description `Contact` for an end user, `Member` for an agent or other member of the organization. */
            user_type?: string;
        };
        /** @description A Dixa queue, by id and name. */
        WebhookQueue: {
            /**
             * Format: uuid
             * @description Queue id, as used by `PUT /v1/conversations/{conversationId}/transfer/queue`.
             */
            id: string;
            /** @description Queue name. */
            name?: string;
        };
        /** @description A tag on a conversation. */
        WebhookTag: {
            /**
             * Format: uuid
             * @description Tag id.
             */
            id: string;
            /** @description Tag name. */
            name?: string;
            /** @description True when the tag has been deactivated in Dixa's settings (it stays on conversations tagged before). */
            is_deactivated?: boolean;
        };
        /** @description The conversation an event is about, as it stood when the event happened. A snake_case summary of the conversation, narrower than the REST `Conversation`: fetch `GET /v1/conversations/{csid}` for the rest. Only `csid` is required; the other fields are in every sample but Dixa does not promise them. */
        WebhookConversation: {
            /**
             * Format: int64
             * @description Conversation id, the `conversationId` of the REST API.
             */
            csid: number;
            /** @description Channel in UPPER_SNAKE form, e.g. `EMAIL`, `WIDGET_CHAT` (the REST API writes `Email`, `WidgetChat`). */
            channel?: string;
            /** @description State of the conversation: `OPEN`, `PENDING` or `CLOSED`. */
            status?: string;
            /** @description Who started the conversation: `INBOUND` (the customer) or `OUTBOUND` (an agent). */
            direction?: string;
            /** @description The queue the conversation is in, or null when it is in none. */
            queue?: components["schemas"]["WebhookQueue"] | null;
            /** @description Where the customer reached the organization: the e-mail address (`support@email.dixa.io`), phone number or widget the conversation came through. */
            contact_point?: string;
            requester?: components["schemas"]["WebhookUser"];
            /** @description The agent the conversation is assigned to, or null when it is unassigned. */
            assignee?: components["schemas"]["WebhookUser"] | null;
            /** @description Subject line (e-mail and contact-form conversations), or null. */
            subject?: string | null;
            /** @description Tags on the conversation. */
            tags?: components["schemas"]["WebhookTag"][];
            /** @description When the conversation was created. */
            created_at?: components["schemas"]["DixaTimestamp"];
        };
        /** @description `data` of the conversation events whose fields Dixa documents as just the conversation (created, open, pending, closed; enqueued lists more fields that our sources do not show). */
        WebhookConversationData: {
            conversation: components["schemas"]["WebhookConversation"];
        };
        /** @description `data` of a conversation event whose fields neither Dixa's docs (as far as we have them) nor any observed body show. Every conversation event that is documented carries `conversation`, so it is described here, but as optional; anything else Dixa sends passes through untyped. */
        WebhookConversationRelatedData: {
            conversation?: components["schemas"]["WebhookConversation"];
        };
        /** @description `data` of an event Dixa does not describe anywhere we found (banning, typing, SLA events): an open object, passed through untyped. */
        WebhookOtherData: Record<string, unknown>;
        /** @description `data` of `CONVERSATION_PENDING_EXPIRED`. */
        WebhookConversationPendingExpiredData: {
            conversation: components["schemas"]["WebhookConversation"];
            /** @description The agent who put the conversation in pending state, when Dixa knows it. Spelled in camelCase in Dixa's docs, unlike every other webhook field. */
            pendingByUser?: components["schemas"]["WebhookUser"];
        };
        /** @description `data` of `CONVERSATION_ABANDONED`. */
        WebhookConversationAbandonedData: {
            conversation: components["schemas"]["WebhookConversation"];
            /** @description The queue the conversation was waiting in when it was abandoned. */
            queue: components["schemas"]["WebhookQueue"];
        };
        /** @description `data` of `CONVERSATION_NOTE_ADDED`. Fields from the sample bodies in Dixa's own API description (delivery logs); only `conversation` is required. */
        WebhookConversationNoteAddedData: {
            conversation: components["schemas"]["WebhookConversation"];
            /**
             * Format: uuid
             * @description Id of the internal note.
             */
            note_id?: string;
            /** @description Text of the note. */
            text?: string;
            /** @description When the note was added. */
            created_at?: components["schemas"]["DixaTimestamp"];
            /** @description The agent who wrote the note. */
            author?: components["schemas"]["WebhookUser"];
        };
        /** @description Content of a message in a webhook body. For e-mails, `original_content_url` points at the stored original (a path on Dixa's file storage, e.g. `/private/…`) and `text` holds the extracted text. */
        WebhookMessageContent: {
            /** @description Plain text of the message. */
            text?: string | null;
            /** @description Kind of content, e.g. `Text`; may be null. */
            content_type?: string | null;
            /** @description Location of the original content (e.g. the raw e-mail), or null. */
            original_content_url?: string | null;
            /** @description Location of the processed content (e.g. cleaned-up HTML), or null. */
            processed_content_url?: string | null;
        };
        /** @description `data` of `CONVERSATION_MESSAGE_ADDED`: the message and the conversation it was added to. Fields from consumers' sample bodies; only `conversation` is required. */
        WebhookConversationMessageAddedData: {
            conversation: components["schemas"]["WebhookConversation"];
            /**
             * Format: uuid
             * @description Message id, as in `GET /v1/conversations/{conversationId}/messages`.
             */
            message_id?: string;
            /** @description Who wrote the message (an end user or an agent). */
            author?: components["schemas"]["WebhookUser"];
            /** @description Channel of the message, UPPER_SNAKE like the conversation's (`EMAIL`). */
            channel?: string;
            /** @description `inbound` (from the customer) or `outbound` (to the customer). Lower case here, unlike the conversation's `direction`. */
            direction?: string;
            /** @description Plain text of the message. */
            text?: string | null;
            content?: components["schemas"]["WebhookMessageContent"];
            /** @description The caller's own id for the message, when it was created through the API with one; otherwise null. One consumer sample has the string `"null"` here. */
            external_id?: string | null;
            /** @description When the message was added. */
            created_at?: components["schemas"]["DixaTimestamp"];
        };
        /** @description `data` of `CONVERSATION_TAG_ADDED`. Fields from consumers' sample bodies; only `conversation` is required. */
        WebhookConversationTagAddedData: {
            conversation: components["schemas"]["WebhookConversation"];
            /** @description Name of the tag that was added (a name, not a tag object; the conversation's `tags` list has its id). */
            tag?: string;
            /** @description Who added the tag. */
            author?: components["schemas"]["WebhookUser"];
        };
        /** @description The conversation of a `CONVERSATION_RATED` event. One consumer's sample body carries the rating inside the conversation (`score`, `type`) instead of beside it, so the rating fields are accepted here too. */
        WebhookRatedConversation: components["schemas"]["WebhookConversation"] & {
            /** @description The score, when the rating sits inside the conversation (see `WebhookConversationRatedData`). */
            score?: number;
            /** @description The rating type, when the rating sits inside the conversation. */
            type?: string;
            /** @description The customer's comment, when the rating sits inside the conversation. */
            comment?: string | null;
        };
        /** @description `data` of `CONVERSATION_RATED`. Dixa sends one event per rating and another when the customer adds a comment to it. Consumers disagree on where the rating is: Dixa's own receiving service reads `data.score` and `data.comment`, while Pipedream's sample body puts `score` and `type` inside `data.conversation` (with `comment` beside it). Both placements validate; read `data.score ?? data.conversation.score`. */
        WebhookConversationRatedData: {
            conversation: components["schemas"]["WebhookRatedConversation"];
            /** @description The score given: 1 to 5 for `Csat` (as in the REST API, 0 to 10 for `Nps`, 0 or 1 for `ThumbsUpOrDown`). */
            score?: number;
            /** @description The customer's comment, or null when there is none. */
            comment?: string | null;
            /** @description Rating type, e.g. `Csat` (the REST API knows `Csat`, `Nps`, `ThumbsUpOrDown`). */
            type?: string;
            /** @description The agent the rating is about, when there is one. */
            agent?: components["schemas"]["WebhookUser"];
        };
        /** @description The `ConversationCreated` event as delivered: the common envelope with `event_fqn: CONVERSATION_CREATED` and `data` as `WebhookConversationData`. */
        WebhookConversationCreatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_CREATED";
            data: components["schemas"]["WebhookConversationData"];
        };
        /** @description The `ConversationOpen` event as delivered: the common envelope with `event_fqn: CONVERSATION_OPEN` and `data` as `WebhookConversationData`. */
        WebhookConversationOpenEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_OPEN";
            data: components["schemas"]["WebhookConversationData"];
        };
        /** @description The `ConversationPending` event as delivered: the common envelope with `event_fqn: CONVERSATION_PENDING` and `data` as `WebhookConversationData`. */
        WebhookConversationPendingEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_PENDING";
            data: components["schemas"]["WebhookConversationData"];
        };
        /** @description The `ConversationPendingExpired` event as delivered: the common envelope with `event_fqn: CONVERSATION_PENDING_EXPIRED` and `data` as `WebhookConversationPendingExpiredData`. */
        WebhookConversationPendingExpiredEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_PENDING_EXPIRED";
            data: components["schemas"]["WebhookConversationPendingExpiredData"];
        };
        /** @description The `ConversationClosed` event as delivered: the common envelope with `event_fqn: CONVERSATION_CLOSED` and `data` as `WebhookConversationData`. */
        WebhookConversationClosedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_CLOSED";
            data: components["schemas"]["WebhookConversationData"];
        };
        /** @description The `ConversationAbandoned` event as delivered: the common envelope with `event_fqn: CONVERSATION_ABANDONED` and `data` as `WebhookConversationAbandonedData`. */
        WebhookConversationAbandonedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_ABANDONED";
            data: components["schemas"]["WebhookConversationAbandonedData"];
        };
        /** @description The `ConversationEnqueued` event as delivered: the common envelope with `event_fqn: CONVERSATION_ENQUEUED` and `data` as `WebhookConversationData`. */
        WebhookConversationEnqueuedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_ENQUEUED";
            data: components["schemas"]["WebhookConversationData"];
        };
        /** @description The `ConversationAssigned` event as delivered: the common envelope with `event_fqn: CONVERSATION_ASSIGNED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationAssignedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_ASSIGNED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationUnassigned` event as delivered: the common envelope with `event_fqn: CONVERSATION_UNASSIGNED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationUnassignedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_UNASSIGNED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationTransferred` event as delivered: the common envelope with `event_fqn: CONVERSATION_TRANSFERRED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationTransferredEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_TRANSFERRED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationEndUserReplaced` event as delivered: the common envelope with `event_fqn: CONVERSATION_END_USER_REPLACED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationEndUserReplacedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_END_USER_REPLACED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationNoteAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_NOTE_ADDED` and `data` as `WebhookConversationNoteAddedData`. */
        WebhookConversationNoteAddedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_NOTE_ADDED";
            data: components["schemas"]["WebhookConversationNoteAddedData"];
        };
        /** @description The `ConversationMessageAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_ADDED` and `data` as `WebhookConversationMessageAddedData`. */
        WebhookConversationMessageAddedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_ADDED";
            data: components["schemas"]["WebhookConversationMessageAddedData"];
        };
        /** @description The `ConversationTagAdded` event as delivered: the common envelope with `event_fqn: CONVERSATION_TAG_ADDED` and `data` as `WebhookConversationTagAddedData`. */
        WebhookConversationTagAddedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_TAG_ADDED";
            data: components["schemas"]["WebhookConversationTagAddedData"];
        };
        /** @description The `ConversationTagRemoved` event as delivered: the common envelope with `event_fqn: CONVERSATION_TAG_REMOVED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationTagRemovedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_TAG_REMOVED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationRated` event as delivered: the common envelope with `event_fqn: CONVERSATION_RATED` and `data` as `WebhookConversationRatedData`. */
        WebhookConversationRatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_RATED";
            data: components["schemas"]["WebhookConversationRatedData"];
        };
        /** @description The `ConversationCustomAttributeUpdated` event as delivered: the common envelope with `event_fqn: CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationCustomAttributeUpdatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliverySent` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SENT` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliverySentEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SENT";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliveryDelivered` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_DELIVERED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliveryDeliveredEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_DELIVERED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliverySeen` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SEEN` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliverySeenEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SEEN";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliveryFailed` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_FAILED` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliveryFailedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_FAILED";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliveryInfo` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_INFO` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliveryInfoEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_INFO";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `ConversationMessageDeliverySpamComplaint` event as delivered: the common envelope with `event_fqn: CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT` and `data` as `WebhookConversationRelatedData`. */
        WebhookConversationMessageDeliverySpamComplaintEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT";
            data: components["schemas"]["WebhookConversationRelatedData"];
        };
        /** @description The `TypingStarted` event as delivered: the common envelope with `event_fqn: TYPING_STARTED` and `data` as `WebhookOtherData`. */
        WebhookTypingStartedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "TYPING_STARTED";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `SLAEvaluationPending` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_PENDING` and `data` as `WebhookOtherData`. */
        WebhookSLAEvaluationPendingEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "SLA_EVALUATION_PENDING";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `SLAEvaluationBreached` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_BREACHED` and `data` as `WebhookOtherData`. */
        WebhookSLAEvaluationBreachedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "SLA_EVALUATION_BREACHED";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `SLAEvaluationAchieved` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_ACHIEVED` and `data` as `WebhookOtherData`. */
        WebhookSLAEvaluationAchievedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "SLA_EVALUATION_ACHIEVED";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `SLAEvaluationVoided` event as delivered: the common envelope with `event_fqn: SLA_EVALUATION_VOIDED` and `data` as `WebhookOtherData`. */
        WebhookSLAEvaluationVoidedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "SLA_EVALUATION_VOIDED";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `AgentBannedEnduser` event as delivered: the common envelope with `event_fqn: AGENT_BANNED_ENDUSER` and `data` as `WebhookOtherData`. */
        WebhookAgentBannedEnduserEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "AGENT_BANNED_ENDUSER";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `AgentUnbannedEnduser` event as delivered: the common envelope with `event_fqn: AGENT_UNBANNED_ENDUSER` and `data` as `WebhookOtherData`. */
        WebhookAgentUnbannedEnduserEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "AGENT_UNBANNED_ENDUSER";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `AgentBannedIp` event as delivered: the common envelope with `event_fqn: AGENT_BANNED_IP` and `data` as `WebhookOtherData`. */
        WebhookAgentBannedIpEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "AGENT_BANNED_IP";
            data: components["schemas"]["WebhookOtherData"];
        };
        /** @description The `AgentUnbannedIp` event as delivered: the common envelope with `event_fqn: AGENT_UNBANNED_IP` and `data` as `WebhookOtherData`. */
        WebhookAgentUnbannedIpEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_fqn: "AGENT_UNBANNED_IP";
            data: components["schemas"]["WebhookOtherData"];
        };
    };
    responses: {
        /** @description A path or query parameter or the body could not be read (Dixa names the part, e.g. `Invalid value for: body`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
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
        /** @description Only rows created at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
        exportCreatedAfter: components["schemas"]["ExportTime"];
        /** @description Only rows created before this time (`yyyy-mm-dd` or Unix milliseconds). */
        exportCreatedBefore: components["schemas"]["ExportTime"];
        /** @description End user id. */
        userId: string;
        /** @description Agent (or admin) id. */
        agentId: string;
        /** @description Team id. */
        teamId: string;
        /** @description Queue id. */
        queueId: string;
        /** @description Webhook subscription id. */
        webhookSubscriptionId: string;
        /** @description Knowledge article id. */
        articleId: string;
        /** @description Language of the translation (ISO code, e.g. `en`, `da`). */
        languageId: string;
        /** @description Category or collection to move the article into. */
        knowledgeParentId: string;
        /** @description Knowledge category id. */
        categoryId: string;
        /** @description Knowledge collection id. */
        collectionId: string;
        /** @description Language to return translations in (ISO code); the knowledge base's default language when left out. */
        knowledgeLanguage: string;
        /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
        WebhookSignature: string;
        /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
        WebhookSubscriptionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgents: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
                /** @description Only the agent with this e-mail address. */
                email?: string;
                /** @description Only the agent with this phone number. */
                phone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentPage"];
                };
            };
            /** @description A query parameter could not be read, or `email` and `phone` were both given. */
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
    updateAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The agents, in their new form. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentsUpdateRequest"];
            };
        };
        responses: {
            /** @description One outcome per agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The agent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAgent"];
            };
        };
        responses: {
            /** @description The agent was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description The body could not be read, or it failed validation (e.g. the e-mail address is in use). */
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
    patchAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The changes, per agent. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentsPatchRequest"];
            };
        };
        responses: {
            /** @description One outcome per agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The agents to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAgents"];
            };
        };
        responses: {
            /** @description One outcome per agent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    listAgentPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPresenceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description The agent id is not a UUID. */
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
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        /** @description The agent's new details. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The agent as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description The agent id or the body could not be read, or the details failed validation. */
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
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is no longer an agent. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The agent id is not a UUID, or the downgrade failed validation. */
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
    patchAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentPatch"];
            };
        };
        responses: {
            /** @description The agent as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description The agent id or the body could not be read, or the change failed validation. */
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
    getAgentPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPresenceResponse"];
                };
            };
            /** @description The agent id is not a UUID. */
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
    updateAgentWorkingChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        /** @description The channel group and whether to work on it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkingChannelUpdate"];
            };
        };
        responses: {
            /** @description The working channel was updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The agent id or the body could not be read. */
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
    listAgentTeams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent (or admin) id. */
                agentId: components["parameters"]["agentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentTeamListResponse"];
                };
            };
            /** @description The agent id is not a UUID. */
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
    listAnalyticsFilterValues: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
            };
            header?: never;
            path: {
                /** @description The filter attribute, as listed in a metric's or record's `filters`. */
                filterAttribute: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsFilterValuePage"];
                };
            };
            /** @description The page limit or page key could not be read. */
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
    listMetrics: {
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
        requestBody?: never;
        responses: {
            /** @description One page of the catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricMetadataPage"];
                };
            };
            /** @description The page limit or page key could not be read. */
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
    queryMetricData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The metric, the period or conversations, filters and the time zone. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetricQuery"];
            };
        };
        responses: {
            /** @description The metric's aggregates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricDataResponse"];
                };
            };
            /** @description The body could not be read (unknown metric, filter or aggregation, or a bad period). */
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
    getMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Metric id, e.g. `csat`. */
                metricId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricMetadataResponse"];
                };
            };
            /** @description The metric id is not known. */
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
    listMetricRecords: {
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
        requestBody?: never;
        responses: {
            /** @description One page of the catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricRecordMetadataPage"];
                };
            };
            /** @description The page limit or page key could not be read. */
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
    queryMetricRecords: {
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
        /** @description The record, the period or conversations, filters and the time zone. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MetricRecordQuery"];
            };
        };
        responses: {
            /** @description One page of rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricRecordPage"];
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
            500: components["responses"]["ServerError"];
        };
    };
    getMetricRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id, e.g. `ratings`. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricRecordMetadataResponse"];
                };
            };
            /** @description The record id is not known. */
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
    anonymizeEntity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What to anonymize. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnonymizeEntityRequest"];
            };
        };
        responses: {
            /** @description The anonymization was queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymizationResponse"];
                };
            };
            /** @description The body could not be read, or the conversation is still open and `forceAnonymization` is not set. */
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
    getAnonymizationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the anonymization request. */
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request and its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymizationResponse"];
                };
            };
            /** @description The request id is not a UUID. */
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
            500: components["responses"]["ServerError"];
        };
    };
    listBusinessHoursSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessHoursScheduleListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getBusinessHoursScheduleDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule's definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessHoursScheduleDefinitionResponse"];
                };
            };
            /** @description The schedule id is not a UUID. */
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
    getBusinessHoursStatus: {
        parameters: {
            query?: {
                /** @description The moment to check (`yyyy-MM-ddTHH:mm:ssZ`); now when left out. */
                timestamp?: string;
            };
            header?: never;
            path: {
                /** @description Schedule id. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open or closed, and until when. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessOpenStatusResponse"];
                };
            };
            /** @description `timestamp` could not be read, or the schedule id is unknown. */
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
    getUpcomingBusinessHours: {
        parameters: {
            query?: {
                /** @description How many days ahead to resolve. */
                days?: number;
            };
            header?: never;
            path: {
                /** @description Schedule id. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resolved opening hours. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpcomingBusinessHoursResponse"];
                };
            };
            /** @description The schedule id or `days` could not be read (`days` must be 1 to 90). */
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
    listContactEndpoints: {
        parameters: {
            query?: {
                /** @description Only endpoints of this kind (all kinds when left out). */
                _type?: "EmailEndpoint" | "TelephonyEndpoint";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEndpointListResponse"];
                };
            };
            /** @description `_type` is not a known kind of endpoint. */
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
    getContactEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The e-mail address or phone number (URL-encoded, e.g. `%2B4570201040`). */
                contactEndpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactEndpointResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
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
                channel?: "WhatsApp" | "Voicemail" | "WidgetChat" | "FacebookMessenger" | "Email" | "ContactForm" | "Callback" | "PstnPhone" | "Messenger";
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
    listCustomAttributeDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAttributeDefinitionListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getCustomAttributeDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Custom attribute definition id (a UUID). */
                customAttributeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomAttributeDefinitionResponse"];
                };
            };
            /** @description The id could not be read or names no definition. */
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
    listEndUsers: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
                /** @description Only the end user with this e-mail address. */
                email?: string;
                /** @description Only the end user with this phone number (E.164, e.g. `+4512345678`). */
                phone?: string;
                /** @description Only the end user with this external id (your system's customer id). */
                externalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of end users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserPage"];
                };
            };
            /** @description A query parameter could not be read, or more than one of `email`, `phone` and `externalId` was given. */
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
    updateEndUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The end users, in their new form. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndUsersUpdateRequest"];
            };
        };
        responses: {
            /** @description One outcome per end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The end user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEndUser"];
            };
        };
        responses: {
            /** @description The end user was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserResponse"];
                };
            };
            /** @description The body could not be read, or it failed validation (e.g. the e-mail address or phone number belongs to another end user). */
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
    patchEndUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The changes, per end user. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndUsersPatchRequest"];
            };
        };
        responses: {
            /** @description One outcome per end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createEndUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The end users to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEndUsers"];
            };
        };
        responses: {
            /** @description One outcome per end user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserResponse"];
                };
            };
            /** @description The user id is not a UUID. */
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
    updateEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /** @description The end user's new details. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndUserUpdate"];
            };
        };
        responses: {
            /** @description The end user as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserResponse"];
                };
            };
            /** @description The user id or the body could not be read, or the new details failed validation (e.g. a phone number another end user has). */
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
    patchEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndUserPatch"];
            };
        };
        responses: {
            /** @description The end user as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndUserResponse"];
                };
            };
            /** @description The user id or the body could not be read, or the change failed validation. */
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
    anonymizeEndUser: {
        parameters: {
            query?: {
                /** @description Close the end user's open conversations first. */
                force?: boolean;
            };
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
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
            /** @description The user id or `force` could not be read. */
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
    listEndUserConversations: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
            };
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            /** @description The user id, page limit or page key could not be read. */
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
    patchEndUserCustomAttributes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description End user id. */
                userId: components["parameters"]["userId"];
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
            /** @description The end user's custom attribute values after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationCustomAttributeListResponse"];
                };
            };
            /** @description The user id or the body could not be read, or a value does not fit its attribute. */
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
    createKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The article. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewKnowledgeArticle"];
            };
        };
        responses: {
            /** @description The article was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    uploadKnowledgeArticleAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The image files. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["KnowledgeAttachmentUpload"];
            };
        };
        responses: {
            /** @description The stored files, and the ones that were refused. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeAttachmentUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getKnowledgeArticle: {
        parameters: {
            query?: {
                /** @description Language to return translations in (ISO code); the knowledge base's default language when left out. */
                language?: components["parameters"]["knowledgeLanguage"];
            };
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article has this id. */
            404: {
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
    patchKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        /** @description The changes. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeArticlePatch"];
            };
        };
        responses: {
            /** @description The article as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteKnowledgeArticleParent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article has no parent now. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article has this id. */
            404: {
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
    moveKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
                /** @description Category or collection to move the article into. */
                parentId: components["parameters"]["knowledgeParentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article was moved. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article or parent has this id. */
            404: {
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
    publishKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article was published. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article has this id. */
            404: {
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
    listKnowledgeArticleTranslations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleTranslationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    patchKnowledgeArticleTranslations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        /** @description The drafts, by language. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeArticleTranslationsUpdate"];
            };
        };
        responses: {
            /** @description The stored drafts and the languages that failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticleTranslationsUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteKnowledgeArticleTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
                /** @description Language of the translation (ISO code, e.g. `en`, `da`). */
                languageId: components["parameters"]["languageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translation was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article or translation has this id. */
            404: {
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
    publishKnowledgeArticleTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
                /** @description Language of the translation (ISO code, e.g. `en`, `da`). */
                languageId: components["parameters"]["languageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translation was published. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article or translation has this id. */
            404: {
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
    unpublishKnowledgeArticleTranslation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
                /** @description Language of the translation (ISO code, e.g. `en`, `da`). */
                languageId: components["parameters"]["languageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translation is unpublished. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article or translation has this id. */
            404: {
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
    unpublishKnowledgeArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge article id. */
                articleId: components["parameters"]["articleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article is unpublished. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description No article has this id. */
            404: {
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
    getKnowledgeCategory: {
        parameters: {
            query?: {
                /** @description Language to return translations in (ISO code); the knowledge base's default language when left out. */
                language?: components["parameters"]["knowledgeLanguage"];
            };
            header?: never;
            path: {
                /** @description Knowledge category id. */
                categoryId: components["parameters"]["categoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeCategoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listKnowledgeCategoryTranslations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge category id. */
                categoryId: components["parameters"]["categoryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The titles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeCategoryTranslationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listKnowledgeCollections: {
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
        requestBody?: never;
        responses: {
            /** @description One page of collections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeCollectionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    getKnowledgeCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Knowledge collection id. */
                collectionId: components["parameters"]["collectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeCollectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    getKnowledgeCollectionCatalog: {
        parameters: {
            query?: {
                /** @description Language to return translations in (ISO code); the knowledge base's default language when left out. */
                language?: components["parameters"]["knowledgeLanguage"];
            };
            header?: never;
            path: {
                /** @description Knowledge collection id. */
                collectionId: components["parameters"]["collectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collection's tree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeCollectionCatalogResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
        };
    };
    listQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The queue's settings, wrapped in `request`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewQueueRequest"];
            };
        };
        responses: {
            /** @description The queue was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getConversationQueuePosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id. */
                csid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation's place in its queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuePositionResponse"];
                };
            };
            /** @description The conversation id is not a number. */
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
    getQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: components["parameters"]["queueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueResponse"];
                };
            };
            /** @description The queue id is not a UUID. */
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
    getQueueAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: components["parameters"]["queueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One outcome per channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueAvailabilityResponse"];
                };
            };
            /** @description The queue id could not be read, or the queue does not exist. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization has no channel this check supports. */
            409: {
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
    listQueueMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: components["parameters"]["queueId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue's members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueMemberListResponse"];
                };
            };
            /** @description The queue id is not a UUID. */
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
    removeQueueMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: components["parameters"]["queueId"];
            };
            cookie?: never;
        };
        /** @description The agents to remove. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMembersChange"];
            };
        };
        responses: {
            /** @description The agents were removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The queue id or the body could not be read. */
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
    addQueueMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Queue id. */
                queueId: components["parameters"]["queueId"];
            };
            cookie?: never;
        };
        /** @description The agents to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueMembersChange"];
            };
        };
        responses: {
            /** @description One outcome per agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueMemberBulkResponse"];
                };
            };
            /** @description The queue id or the body could not be read. */
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
    listOrganizationTags: {
        parameters: {
            query?: {
                /** @description Also list deactivated tags (default `false`). */
                includeDeactivated?: boolean;
            };
            header?: never;
            path?: never;
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
            /** @description `includeDeactivated` is not a boolean. */
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
    createTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The tag to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTag"];
            };
        };
        responses: {
            /** @description The tag was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag id. */
                tagId: components["parameters"]["tagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description The tag id is not a UUID. */
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
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag id. */
                tagId: components["parameters"]["tagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The tag id is not a UUID. */
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
    activateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag id. */
                tagId: components["parameters"]["tagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is active. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The tag id is not a UUID. */
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
    deactivateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tag id. */
                tagId: components["parameters"]["tagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag is inactive. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The tag id is not a UUID. */
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
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The team. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewTeam"];
            };
        };
        responses: {
            /** @description The team was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The team id is not a UUID. */
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
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The team id is not a UUID. */
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
    listTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberListResponse"];
                };
            };
            /** @description The team id is not a UUID. */
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
    removeTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        /** @description The agents to remove. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMembersChange"];
            };
        };
        responses: {
            /** @description The agents were removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The team id or the body could not be read. */
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
    addTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        /** @description The agents to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMembersChange"];
            };
        };
        responses: {
            /** @description The agents were added (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The team id or the body could not be read. */
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
    listTeamPresence: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
            };
            header?: never;
            path: {
                /** @description Team id. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of presence entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPresencePage"];
                };
            };
            /** @description The team id, page limit or page key could not be read. */
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
    listTemplates: {
        parameters: {
            query?: {
                /** @description Largest number of results per page. Can be changed between pages. */
                pageLimit?: components["parameters"]["pageLimit"];
                /** @description Opaque cursor taken from `meta.next` (or `meta.previous`) of the previous answer. Do not build or edit it. */
                pageKey?: components["parameters"]["pageKey"];
                /** @description Only templates of this kind. */
                type?: "EmailAutoReply" | "QuickResponse";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePage"];
                };
            };
            /** @description A query parameter could not be read (page limit, page key, type). */
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
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Template id. */
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The template id is not a UUID. */
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
    listWebhookSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The subscription. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhookSubscription"];
            };
        };
        responses: {
            /** @description The subscription was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResponse"];
                };
            };
            /** @description The body could not be read or failed validation (e.g. an unknown event name). */
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
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription id. */
                webhookSubscriptionId: components["parameters"]["webhookSubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResponse"];
                };
            };
            /** @description The subscription id is not a UUID. */
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
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription id. */
                webhookSubscriptionId: components["parameters"]["webhookSubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The subscription id is not a UUID. */
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
    patchWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription id. */
                webhookSubscriptionId: components["parameters"]["webhookSubscriptionId"];
            };
            cookie?: never;
        };
        /** @description The settings to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionPatch"];
            };
        };
        responses: {
            /** @description The subscription as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionResponse"];
                };
            };
            /** @description The subscription id or the body could not be read, or the change failed validation. */
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
    listWebhookDeliveryStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription id. */
                webhookSubscriptionId: components["parameters"]["webhookSubscriptionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One status per subscribed event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryStatusListResponse"];
                };
            };
            /** @description The subscription id is not a UUID. */
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
    listWebhookEventLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Webhook subscription id. */
                webhookSubscriptionId: components["parameters"]["webhookSubscriptionId"];
                /** @description The event, by its subscription name (e.g. `ConversationNoteAdded`). */
                event: components["schemas"]["WebhookSubscriptionEvent"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventLogListResponse"];
                };
            };
            /** @description The subscription id or the event could not be read. */
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
    exportConversations: {
        parameters: {
            query?: {
                /** @description Only rows created at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
                created_after?: components["parameters"]["exportCreatedAfter"];
                /** @description Only rows created before this time (`yyyy-mm-dd` or Unix milliseconds). */
                created_before?: components["parameters"]["exportCreatedBefore"];
                /** @description Only conversations last updated at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
                updated_after?: components["schemas"]["ExportTime"];
                /** @description Only conversations last updated before this time (`yyyy-mm-dd` or Unix milliseconds). */
                updated_before?: components["schemas"]["ExportTime"];
                /** @description Only conversations closed at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
                closed_after?: components["schemas"]["ExportTime"];
                /** @description Only conversations closed before this time (`yyyy-mm-dd` or Unix milliseconds). */
                closed_before?: components["schemas"]["ExportTime"];
                /** @description Only conversations whose last message came at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
                last_message_created_after?: components["schemas"]["ExportTime"];
                /** @description Only conversations whose last message came before this time (`yyyy-mm-dd` or Unix milliseconds). */
                last_message_created_before?: components["schemas"]["ExportTime"];
                /** @description Instead of a time window, these conversation ids, comma-separated (`1234,1235`). */
                csids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching conversations (an empty array when none match). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationExportRow"][];
                };
            };
            /** @description Invalid query parameters: no complete time window and no `csids`, a window longer than 31 days, or a value that is neither a date nor Unix milliseconds. Dixa does not document the body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid credentials. Dixa does not document the body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The organization's export limit was reached; wait before the next request. Dixa does not document the body. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The export failed on Dixa's side. Dixa does not document the body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportMessages: {
        parameters: {
            query?: {
                /** @description Only rows created at or after this time (`yyyy-mm-dd` or Unix milliseconds). */
                created_after?: components["parameters"]["exportCreatedAfter"];
                /** @description Only rows created before this time (`yyyy-mm-dd` or Unix milliseconds). */
                created_before?: components["parameters"]["exportCreatedBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages of the window (an empty array when there are none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageExportRow"][];
                };
            };
            /** @description Invalid query parameters: a missing `created_after` or `created_before`, a window longer than 31 days, or a value that is neither a date nor Unix milliseconds. Dixa does not document the body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid credentials. Dixa does not document the body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The organization's export limit was reached; wait before the next request. Dixa does not document the body. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The export failed on Dixa's side. Dixa does not document the body. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationCreatedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationOpenEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationOpenEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationPendingEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationPendingEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationPendingExpiredEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationPendingExpiredEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationClosedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationClosedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationAbandonedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationAbandonedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationEnqueuedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationEnqueuedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationAssignedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationAssignedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationUnassignedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationUnassignedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationTransferredEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationTransferredEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationEndUserReplacedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationEndUserReplacedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationNoteAddedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationNoteAddedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageAddedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageAddedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationTagAddedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationTagAddedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationTagRemovedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationTagRemovedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationRatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationRatedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationCustomAttributeUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationCustomAttributeUpdatedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliverySentEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliverySentEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliveryDeliveredEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliveryDeliveredEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliverySeenEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliverySeenEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliveryFailedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliveryFailedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliveryInfoEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliveryInfoEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationMessageDeliverySpamComplaintEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationMessageDeliverySpamComplaintEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    typingStartedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTypingStartedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slaEvaluationPendingEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSLAEvaluationPendingEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slaEvaluationBreachedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSLAEvaluationBreachedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slaEvaluationAchievedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSLAEvaluationAchievedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slaEvaluationVoidedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSLAEvaluationVoidedEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    agentBannedEnduserEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookAgentBannedEnduserEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    agentUnbannedEnduserEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookAgentUnbannedEnduserEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    agentBannedIpEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookAgentBannedIpEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    agentUnbannedIpEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Signature of the delivery, `t=<unix time in milliseconds>,v1=<hex>`. Dixa computes `v1` as HMAC-SHA256 over the text `t + "." + body`, where `t` is the value of the `t=` part as written and `body` is the raw request body exactly as received, keyed with the bytes of the subscription's `secretKey` hex-decoded (the key shown when the subscription was created and returned by `GET /v1/webhooks/{webhookSubscriptionId}`). To check a delivery: read the raw body before any JSON parsing, recompute the HMAC, compare it with `v1` in constant time, and reject the delivery when they differ. Dixa does not document a tolerance for `t`; refusing values far from the current time protects against replayed deliveries. */
                "X-DIXA-SIGNATURE": components["parameters"]["WebhookSignature"];
                /** @description Id of the webhook subscription this delivery belongs to. Useful when one URL serves several subscriptions: it tells the receiver which `secretKey` checks the signature. */
                "X-DIXA-SUBSCRIPTION-ID": components["parameters"]["WebhookSubscriptionId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookAgentUnbannedIpEvent"];
            };
        };
        responses: {
            /** @description The receiver took the event. Any 2xx answer counts as delivered; anything else (or no answer) counts as a failed delivery in the subscription's delivery status. Answer quickly and do the work afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
