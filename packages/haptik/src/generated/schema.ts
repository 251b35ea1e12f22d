// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit
/* eslint-disable */
export interface paths {
    "/integration/external/v2.0/send_chat_to_agent/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a chat to pending
         * @description Moves the user's chat with a bot to the queue of an agent team ("pending"), after `countdown`
         *     seconds. With `receiver: athena` the chat goes to Haptik's own Smart Agent Chat (SAC, "Athena").
         *
         *     Haptik does not document the status codes of its errors: `400` here carries the request-body
         *     errors and `401` the header/token errors of the docs' list, each as a named example.
         */
        post: operations["sendChatToAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integration/external/v2.0/get_chat_history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Chat Transcripts v2.0
         * @description Returns the messages of one conversation of a user, as JSON (`chat_json`, the default) or as one
         *     text block (`chat_text`), depending on `response_type`.
         *
         *     The user is identified by one of two parameter groups, always together with `conversation_no`:
         *     - group 1, for native Haptik consumers: `business_id` and `user_name`;
         *     - group 2, for TRACT consumers: `pxut`.
         *
         *     A request that fills neither group is refused with "Argument group validation: no valid group.",
         *     one whose values have the wrong type with "Argument group validation: invalid group found.".
         *     OpenAPI cannot express the groups, so all four identifying parameters are optional here.
         *
         *     Haptik does not document the status codes of its errors: `400` here carries the parameter errors,
         *     `401` the token error and `500` the unknown error of the docs' list, each as a named example.
         *     (The docs also list a `Content-Type: application/json` header for this GET; it has no body.)
         */
        get: operations["getChatHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mogambo_api/nodes/faq/create/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * FAQ Step Creation APIs for KMS
         * @description Uploads a CSV of FAQ steps for a bot (domain) so that it matches an external knowledge management
         *     system (KMS). The CSV creates, updates and deletes the domain's FAQ steps: it is an upsert of the
         *     whole FAQ set, steps missing from the file are made inactive. The file is validated, then processed
         *     asynchronously; the answer carries a `task_id` to poll with `getFaqTaskStatus`.
         *
         *     CSV columns (one row per step):
         *     - `node_name`: name of the step, unique within the domain;
         *     - `question`: the user messages that trigger the step, several separated by `|`;
         *     - `answer`: the bot response(s), several separated by the `<m>` tag.
         *
         *     Marked `x-cxkit-idempotent`: sending the same file twice leaves the domain's FAQ steps in the same
         *     state (the upload replaces them), so a retry after a lost answer is safe; it only starts a second task.
         */
        post: operations["createFaqSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mogambo_api/nodes/faq/create/status/{taskId}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polling API to fetch submitted task Status
         * @description Returns the state of an FAQ upload task. `body.status` is free text; the docs name three states:
         *     - Error/Exception: the error or exception of the last step processed; processing stopped;
         *     - In Progress: the steps are being created;
         *     - Success: the steps were created (sample text "all steps have been created successfully").
         */
        get: operations["getFaqTaskStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update User
         * @description Changes the stored details of the user registered under `auth_id` (same body as `createUser`);
         *     fields left out are not described as cleared.
         */
        put: operations["updateUser"];
        /**
         * Create User
         * @description Registers one of your users with Haptik under `auth_id`, your own identifier for them. A user must be
         *     registered before `logMessageFromUser`, `logFileFromUser` or `logFeedbackFromUser` accept anything
         *     from them. Optional details (name, mobile number, email, preferred language, any flat
         *     `custom_data`) are stored with the user and shown to agents.
         *
         *     Haptik's older page for this API says that a `POST` for an `auth_id` that already exists updates
         *     that user. Either way the `auth_id` the request must carry makes it impossible to create a user
         *     twice, so the operation is marked `x-cxkit-idempotent` and a retry after a lost answer is safe.
         *
         *     The docs also name a phone model, an OS version and a package name among the optional details
         *     without giving their field names; the webhook payload's `user` object calls them `phone_model`,
         *     `os_version` and `package_name`, and the request schema stays open for them.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/log_message_from_user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log Message to Haptik via REST API
         * @description Sends what a registered user typed to the bot or agent of a business (channel). The answer only
         *     confirms that Haptik stored the message; the bot's or agent's reply arrives later at your webhook
         *     as a `message` event.
         *
         *     Not safe to repeat: a second call logs the same text as a second message.
         */
        post: operations["logMessageFromUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/log_file_from_user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File Upload
         * @description Sends a file from a registered user (an image or a document) to the bot or agent, as a multipart
         *     form; Haptik stores it and answers with its URL. At most 10 MB; accepted kinds:
         *     - documents (`message_type` 52): `docx`, `doc`, `pdf`, `xls`, `xlsx`, `csv`;
         *     - images (`message_type` 1): `jpg`, `jpeg`, `png`, `gif`.
         *
         *     Haptik documents no error for a file that is too large or of another kind.
         *     Not safe to repeat: a second call logs the file as a second message.
         */
        post: operations["logFileFromUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/log_feedback_from_user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log Feedback to Haptik via REST API
         * @description Records how satisfied a user was with their current conversation: whether their query was
         *     resolved, a rating from 1 to 5 and optional free text. Haptik uses it to sort conversations into
         *     positive and negative ones and to judge agents.
         *
         *     A user may give feedback once per hour; a second feedback within the hour is refused with
         *     "duplicate feedback". Haptik does not document the status of that error; it is filed under `400`
         *     here. Feedback needs an active conversation (`404` otherwise).
         */
        post: operations["logFeedbackFromUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/webhook/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable Webhook via REST API
         * @description Switches your webhook back on after Haptik disabled it. Haptik disables a webhook when an event
         *     still fails after its six retries (see the `webhooks` section); events created while it is off are
         *     kept for at most 60 minutes and delivered once it is on again. The Haptik dashboard does the same.
         *
         *     Marked `x-cxkit-idempotent`: enabling an enabled webhook leaves it enabled.
         */
        post: operations["enableWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/whatsapp/notification/v2/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sending a HSM as a notification
         * @description Sends a WhatsApp message template (a "Highly Structured Message", HSM) that WhatsApp has approved
         *     to a user who opted in, so the bot can start the conversation. Two body forms, told apart by `type`:
         *     - `hsm`: a text template, its placeholders filled from `localizable_params` in order;
         *     - `template`: a template in components (a header with an image, document or video, body text
         *       parameters, quick-reply payloads or dynamic-URL parameters for its buttons).
         *
         *     A success means WhatsApp accepted the message, not that it was delivered (delivery figures are on
         *     the WhatsApp dashboard). When the number is not on WhatsApp (or its country code is missing or
         *     differs from the business number's) Haptik answers "unable to verify contact details"; Haptik
         *     does not document the status, filed under `400` here. Other errors of WhatsApp are passed through
         *     as they are, with WhatsApp's status and body (`default`). The older `/whatsapp/notification/` is
         *     deprecated and not described here.
         *
         *     Not safe to repeat: a second call sends the message again.
         */
        post: operations["sendWhatsAppNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    message: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Message
         * @description A reply for the user, written by the bot (`agent.is_automated: true`, `agent.name: gogo`) or by an
         *     agent in Haptik's agent chat tool; also a message you sent the user through Haptik's API. Show
         *     `message.body` (an HSL element: text, buttons, quick replies, carousels...) to the user on your
         *     channel.
         *
         *     Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
         */
        post: operations["messageEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    chat_pinned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chat Pinned
         * @description The chat was assigned to a human agent. `agent` is that agent; the event's message is a SYSTEM
         *     message ("<agent> has entered the Conversation") whose `body.data.payload` repeats the agent's name
         *     and picture and names their team.
         *
         *     Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
         */
        post: operations["chatPinnedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    chat_complete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chat Complete
         * @deprecated
         * @description Deprecated by Haptik in favour of `webhook_conversation_complete`. An agent marked the chat complete;
         *     any assigned agent is cleared. The event's message is a SYSTEM message.
         *
         *     Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
         */
        post: operations["chatCompleteEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    webhook_conversation_complete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook Conversation Complete
         * @description An agent or the bot marked the conversation complete (or it was completed automatically). This
         *     event carries no `message`; `data` says who completed it and how, links to the transcript, the
         *     closing categories and the conversation's and user's collected details. `follow_up_details` is
         *     filled when a follow-up was scheduled and is an empty object otherwise.
         *
         *     Answer `200` within 5 seconds (see the `Webhook events` tag for retries and signature).
         */
        post: operations["conversationCompleteEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Haptik's error body. Some errors may carry more details in additional fields (the chat-history docs say "See response data for more details"). */
        ErrorResponse: {
            /**
             * @description Human-readable error message (free text; the documented messages are examples).
             * @example user is not registered
             * @example invalid token provided
             * @example Invalid business_id
             * @example invalid doman
             */
            error_message: string;
        };
        SendChatToAgentRequest: {
            /** @description Name of the team the chat is assigned to, as on the Teams page of the Agent Chat Tool. */
            team_name: string;
            /** @description Identifier of the user, provided by Haptik when it invokes the integration API. */
            user_name: string;
            /** @description Numeric ID of the channel (business) the user is messaging on. */
            business_id: number;
            /**
             * @description Seconds after which the chat is moved to the queue, from 5 to 10 (default 10).
             * @default 10
             */
            countdown?: number;
            /**
             * @description `athena` sends the chat to Haptik's internal Smart Agent Chat (SAC). Omit it for the default transfer.
             * @enum {string}
             */
            receiver?: "athena";
        };
        SendChatToAgentResponse: {
            /** @description Whether the call succeeded. */
            success: boolean;
        };
        /** @description A transcript, in the form chosen by `response_type`: `ChatHistoryJson` for `json`, `ChatHistoryText` for `text`. */
        ChatHistory: components["schemas"]["ChatHistoryJson"] | components["schemas"]["ChatHistoryText"];
        ChatHistoryJson: {
            /** @description The conversation's messages. */
            chat_json: components["schemas"]["ChatMessage"][];
        };
        ChatHistoryText: {
            /** @description The conversation as text, one `<sender>: <text>` line per message. */
            chat_text: string;
        };
        ChatMessage: {
            /** @description The message text. */
            text: string;
            /**
             * @description Who sent the message: `user`, `bot`, or the name of the agent who sent it.
             * @example user
             * @example bot
             */
            sender: string;
            /** @description ID of the message. */
            message_id: number;
            timestamp: components["schemas"]["HaptikTimestamp"];
        };
        /**
         * @description Haptik's timestamp format `MM/DD/YY hh:mm:ss AM|PM UTC`: two-digit year, 12-hour clock, literal `UTC`. Not RFC 3339.
         * @example 06/22/20 07:24:25 AM UTC
         */
        HaptikTimestamp: string;
        FaqUploadRequest: {
            /** @description Name of the domain (bot) whose FAQ steps are replaced. */
            domain_name: string;
            /** @description The CSV file, with the columns `node_name`, `question` (user messages separated by `|`) and `answer` (bot responses separated by `<m>`). */
            csv_file: string;
        };
        /** @description Haptik's mogambo API envelope around the submitted task. */
        FaqTaskCreatedResponse: {
            /** @description Whether the call succeeded. */
            success: boolean;
            body: {
                /**
                 * Format: uuid
                 * @description ID of the submitted task, for `getFaqTaskStatus`.
                 */
                task_id: string;
            };
            /** @description Error text; empty on success. */
            error?: string;
            /** @description Metadata; empty in the docs' samples. */
            meta?: Record<string, unknown>;
        };
        /** @description Haptik's mogambo API envelope around a task status. */
        FaqTaskStatusResponse: {
            /** @description Whether the call succeeded. */
            success: boolean;
            body: {
                /**
                 * @description Free-text state of the task: an error/exception message, an in-progress state, or a success message such as "all steps have been created successfully".
                 * @example all steps have been created successfully
                 */
                status: string;
            };
            /** @description Error text; empty on success. */
            error?: string;
            /** @description Metadata; empty in the docs' samples. */
            meta?: Record<string, unknown>;
        };
        /**
         * @description Your own identifier of the user (alphanumeric), under which Haptik registers them; every later call about the user names it.
         * @example cust-0048213
         */
        AuthId: string;
        /**
         * @description Numeric ID of the business: the channel (queue) the user talks to, provided by Haptik.
         * @example 343
         */
        BusinessId: number;
        /** @description A user's registration details. Only `auth_id` is required. The object stays open: Haptik also names a phone model, an OS version and a package name as optional details without documenting their field names. */
        UserRequest: {
            auth_id: components["schemas"]["AuthId"];
            /** @description The user's mobile number. */
            mobile_no?: string;
            /** @description The user's email address. */
            email?: string;
            /** @description The user's name, as agents see it. */
            name?: string;
            /**
             * @description The user's preferred language as an ISO 639-1 two-letter code, e.g. `en` (English) or `hi` (Hindi).
             * @example en
             */
            language_code?: string;
            /** @description A token of the user in your system, which Haptik treats as the client token. Only on Haptik's older page for this API; the current page no longer lists it. */
            auth_code?: string;
            /**
             * @description Any other facts about the user (country, city, date of birth...), as a flat object: every value is a string, number, boolean or null, never an object. Nest nothing; flatten `address.country` to `country`.
             * @example {
             *       "country": "India",
             *       "city": "Mumbai",
             *       "date_of_birth": "25-03-1985"
             *     }
             */
            custom_data?: {
                [key: string]: string | number | boolean | null;
            };
        };
        /** @description The stored contact details of a user. Haptik's sample shows all four fields; a detail that was never given may come back empty or `null` (not documented). */
        UserResponse: {
            auth_id: components["schemas"]["AuthId"];
            /** @description The user's mobile number. */
            mobile_no?: string | null;
            /** @description The user's email address. */
            email?: string | null;
            /** @description The user's name. */
            name?: string | null;
        };
        LogMessageRequest: {
            /** @description The registered user who sent the message. */
            user: {
                auth_id: components["schemas"]["AuthId"];
            };
            /** @description What the user said, for the bot or agent. */
            message_body: string;
            /**
             * @description Haptik's processing pipeline for the message; `0` for a standard (text) message. (`1` and `52` are the image and document types of `logFileFromUser`.)
             * @default 0
             * @example 0
             */
            message_type: number;
            business_id: components["schemas"]["BusinessId"];
        };
        /** @description A message as Haptik stored it. */
        LoggedMessage: {
            /** @description ID Haptik gave the message. */
            message_id: number;
            /** @description The message text as stored. */
            message_body: string;
            /**
             * Format: date-time
             * @description When Haptik stored the message (ISO 8601, UTC).
             */
            created_at: string;
            /** @description The message's pipeline type (`0` text, `1` image, `52` document). */
            message_type: number;
        };
        /** @description Multipart form fields of a file upload. */
        LogFileRequest: {
            auth_id: components["schemas"]["AuthId"];
            business_id: components["schemas"]["BusinessId"];
            /**
             * @description `1` for an image (jpg, jpeg, png, gif), `52` for a document (docx, doc, pdf, xls, xlsx, csv).
             * @enum {integer}
             */
            message_type: 1 | 52;
            /** @description Optional text sent with the file (a caption); may be empty. */
            message_body?: string;
            /** @description The file's content, at most 10 MB: an image (`image/jpeg`, `image/png`, `image/gif`) or a document (`application/pdf`, Word `application/msword` and `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, Excel `application/vnd.ms-excel` and `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`, `text/csv`). Send a `Blob`/`File` of the right type; a plain string is sent as `image/jpeg`, the first type of the part's `encoding`. */
            file: string;
        };
        /** @description A file message as Haptik stored it, with the URL of the stored file. */
        LoggedFileMessage: components["schemas"]["LoggedMessage"] & {
            /**
             * Format: uri
             * @description Where Haptik stored the uploaded file.
             */
            file_url: string;
        };
        LogFeedbackRequest: {
            auth_id: components["schemas"]["AuthId"];
            business_id: components["schemas"]["BusinessId"];
            /** @description Whether the user's query was resolved; sorts the conversation as positive or negative. */
            query_resolved: boolean;
            /** @description How satisfied the user was with the conversation, from 1 (least) to 5 (most). */
            query_rating: number;
            /** @description The user's own words about the conversation. */
            feedback?: string;
        };
        FeedbackLoggedResponse: {
            /** @description Whether the feedback was recorded. */
            success: boolean;
        };
        EnableWebhookRequest: {
            /**
             * @description Must be `true`; the API only switches a webhook back on.
             * @constant
             */
            enabled: true;
            business_id?: components["schemas"]["BusinessId"];
            /**
             * @description Haptik's platform ID of the webhook: `13` for webhook-based ("Bot as an API") users, `5` for the Web SDK.
             * @example 13
             */
            device_platform?: number;
        };
        EnableWebhookResponse: {
            /** @description Whether the webhook is now enabled. */
            enabled: boolean;
        };
        /** @description A WhatsApp notification: `WhatsAppHsmNotification` (`type: hsm`, a text template) or `WhatsAppTemplateNotification` (`type: template`, a template in components, for media headers and buttons). */
        WhatsAppNotificationRequest: components["schemas"]["WhatsAppHsmNotification"] | components["schemas"]["WhatsAppTemplateNotification"];
        WhatsAppHsmNotification: {
            business_id: components["schemas"]["BusinessId"];
            to: components["schemas"]["WhatsAppRecipient"];
            /**
             * @description A text template whose placeholders are filled in order. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "hsm";
            hsm: {
                /** @description The template namespace of the WhatsApp business account (from the WhatsApp dashboard). */
                namespace: string;
                /** @description The template's name (from the WhatsApp dashboard). */
                element_name: string;
                language: components["schemas"]["WhatsAppLanguage"];
                /** @description The values of the template's placeholders, in their order in the template. */
                localizable_params?: {
                    /** @description The text put in the placeholder. */
                    default: string;
                }[];
            };
        };
        WhatsAppTemplateNotification: {
            business_id: components["schemas"]["BusinessId"];
            to: components["schemas"]["WhatsAppRecipient"];
            /**
             * @description A template given as components (header, body, buttons). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "template";
            template: {
                /** @description The template namespace of the WhatsApp business account (from the WhatsApp dashboard). */
                namespace: string;
                /** @description The template's name (from the WhatsApp dashboard). */
                name: string;
                language: components["schemas"]["WhatsAppLanguage"];
                /** @description The values of the template's parts; their exact set depends on how the template was built. */
                components?: components["schemas"]["WhatsAppTemplateComponent"][];
            };
        };
        /**
         * @description The user's WhatsApp phone number, with its country code (without it, a number of another country than the business number's cannot be verified).
         * @example +919820012345
         */
        WhatsAppRecipient: string;
        /** @description Which language version of the template to send. */
        WhatsAppLanguage: {
            /**
             * @description `deterministic`: send exactly the language version `code` names.
             * @enum {string}
             */
            policy: "deterministic";
            /**
             * @description The template's language code as registered with WhatsApp, e.g. `en` or `en_US`.
             * @example en_US
             */
            code: string;
        };
        /** @description The parameters of one part of a template. */
        WhatsAppTemplateComponent: {
            /**
             * @description The part: `header` (an image, document or video), `body` (text parameters) or `button`.
             * @enum {string}
             */
            type: "header" | "body" | "button";
            /**
             * @description Buttons only: `quick_reply` (the parameter is the payload sent back when the user taps it) or `url` (the parameter is appended to the button's dynamic URL; it must be URL-safe).
             * @enum {string}
             */
            sub_type?: "quick_reply" | "url";
            /** @description Buttons only: zero-based position of the button, as a string of digits. */
            index?: string;
            parameters?: components["schemas"]["WhatsAppTemplateParameter"][];
        };
        /** @description One value of a template part, typed by `type`. */
        WhatsAppTemplateParameter: components["schemas"]["WhatsAppTextParameter"] | components["schemas"]["WhatsAppImageParameter"] | components["schemas"]["WhatsAppDocumentParameter"] | components["schemas"]["WhatsAppVideoParameter"] | components["schemas"]["WhatsAppPayloadParameter"];
        WhatsAppTextParameter: {
            type: "text";
            /** @description A body placeholder's text, or the suffix of a button's dynamic URL. */
            text: string;
        };
        WhatsAppImageParameter: {
            type: "image";
            image: components["schemas"]["WhatsAppMediaLink"];
        };
        WhatsAppDocumentParameter: {
            type: "document";
            /** @description A PDF (Word files are not supported). */
            document: components["schemas"]["WhatsAppMediaLink"] & {
                /** @description The file name the user sees. */
                filename?: string;
            };
        };
        WhatsAppVideoParameter: {
            type: "video";
            video: components["schemas"]["WhatsAppMediaLink"];
        };
        WhatsAppPayloadParameter: {
            type: "payload";
            /** @description What Haptik receives as the user's message when they tap the quick-reply button. */
            payload: string;
        };
        WhatsAppMediaLink: {
            /**
             * Format: uri
             * @description Public URL of the media file (images, PDF, MP3 and MP4 are supported).
             */
            link: string;
        };
        /** @description WhatsApp's answer, passed on by Haptik. */
        WhatsAppNotificationResponse: {
            meta?: {
                /** @description Status of WhatsApp's API, e.g. `stable`. */
                api_status?: string;
                /** @description Version of WhatsApp's API that answered. */
                version?: string;
            };
            /** @description The message sent (one). */
            messages: {
                /** @description WhatsApp's ID of the message. */
                id: string;
            }[];
        };
        /** @description An error body of WhatsApp, passed through by Haptik. Its shape is WhatsApp's (not documented by Haptik): usually `meta` and a list of `errors`. */
        WhatsAppErrorResponse: {
            meta?: {
                api_status?: string;
                version?: string;
            };
            errors?: {
                /** @description WhatsApp's error code. */
                code?: number;
                /** @description Short name of the error. */
                title?: string;
                /** @description What went wrong. */
                details?: string;
            }[];
        };
        /** @description What every event Haptik sends to your webhook has in common. Haptik promises to add fields without notice but not to remove or change one without a new `event_name`, so read defensively: any field may be missing from older or other events. */
        WebhookEnvelope: {
            /**
             * @description Version of the webhook payload format.
             * @example 1.0
             */
            version: string;
            /**
             * Format: date-time
             * @description When Haptik created the event (ISO 8601, UTC).
             */
            timestamp: string;
            user: components["schemas"]["WebhookUser"];
            business_id: components["schemas"]["BusinessId"];
            /** @description Name of the business (channel). */
            business_name?: string;
            /** @description The kind of event: `message`, `chat_pinned`, `chat_complete` (deprecated) or `webhook_conversation_complete`. Haptik may add new names; acknowledge those with `200` too. */
            event_name: string;
            agent?: components["schemas"]["WebhookAgent"];
            message?: components["schemas"]["WebhookMessage"];
        };
        /** @description The user the event is about. */
        WebhookUser: {
            auth_id: components["schemas"]["AuthId"];
            /**
             * @description Haptik's ID of the user's platform: 2 Android, 3 Facebook, 5 Web SDK, 6 iOS, 13 webhook ("Bot as an API"), 14 WhatsApp.
             * @example 13
             */
            device_platform?: number;
            /**
             * @description Name of that platform.
             * @example Webhook
             */
            device_platform_name?: string;
            /** @description Haptik's user name of the user (the `user_name` of `sendChatToAgent` and `getChatHistory`). */
            user_name?: string;
            /** @description Haptik's ID of the user (its JSON type is not documented; the docs' sample shows a placeholder). */
            user_id?: string | number;
            /** @description The user's phone model, when known. */
            phone_model?: string;
            /** @description The user's OS version, when known. */
            os_version?: string;
            /** @description The app the user writes from, when known. */
            package_name?: string;
        };
        /** @description Who acted: a human agent, or the bot (`name` `gogo`, Haptik's AI engine). */
        WebhookAgent: {
            /** @description ID of the agent (or of the bot). */
            id?: number;
            /**
             * @description The agent's name; `gogo` for the bot.
             * @example gogo
             */
            name?: string;
            /** @description URL of the agent's picture. */
            profile_image?: string;
            /** @description `true` when the bot acted, `false` when a human agent did. */
            is_automated?: boolean;
            /** @description The agent's email address; `null` when the bot acted. */
            email?: string | null;
        };
        /** @description The message the event carries. */
        WebhookMessage: {
            /** @description Haptik's ID of the message. Haptik sends no event ID; this is the best key to drop a redelivered event. */
            id: number;
            body: components["schemas"]["HslMessageBody"];
        };
        /** @description The message as one element of Haptik's Standard Language (HSL), Haptik's cross-platform format of rich messages: a `type`, its `text` and type-specific `data` (quick replies, buttons, carousel items...). */
        HslMessageBody: {
            /** @description The message text. */
            text?: string;
            /**
             * @description The HSL element type: `TEXT`, `SYSTEM` (a notice such as an agent joining or the conversation ending), or a rich element type (buttons, carousel, ...).
             * @example TEXT
             * @example SYSTEM
             */
            type: string;
            /** @description The element's type-specific content, e.g. `quick_replies` of a TEXT message. */
            data?: Record<string, unknown>;
        };
        /** @description `message`: a reply from the bot or an agent. */
        WebhookMessageEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_name: "message";
            agent: components["schemas"]["WebhookAgent"];
            message: components["schemas"]["WebhookMessage"];
        };
        /** @description `chat_pinned`: the chat was assigned to a human agent. */
        WebhookChatPinnedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_name: "chat_pinned";
            agent: components["schemas"]["WebhookAgent"];
            message: components["schemas"]["WebhookMessage"] & {
                body?: components["schemas"]["ChatPinnedMessageBody"];
            };
        };
        /** @description The SYSTEM message of a `chat_pinned` event, whose `data` names the agent who took the chat. */
        ChatPinnedMessageBody: components["schemas"]["HslMessageBody"] & {
            data?: components["schemas"]["ChatPinnedData"];
        };
        /** @description The `data` of the SYSTEM message of a `chat_pinned` event (empty in Haptik's older sample). */
        ChatPinnedData: {
            /** @description The event again, `chat_pinned`. */
            event_name?: string;
            /** @description The agent who took the chat. */
            payload?: {
                /** @description The agent's name. */
                agent_name?: string;
                /** @description The agent's team. */
                team_name?: string;
                /** @description URL of the agent's picture. */
                profile_image?: string;
            };
        };
        /**
         * @deprecated
         * @description `chat_complete` (deprecated): an agent marked the chat complete.
         */
        WebhookChatCompleteEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_name: "chat_complete";
            message: components["schemas"]["WebhookMessage"];
        };
        /** @description `webhook_conversation_complete`: the conversation was marked complete. */
        WebhookConversationCompleteEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            event_name: "webhook_conversation_complete";
            follow_up_details?: components["schemas"]["FollowUpDetails"];
            data: components["schemas"]["ConversationCompleteData"];
        };
        /** @description A follow-up scheduled when the conversation was closed; an empty object when there is none. */
        FollowUpDetails: {
            /**
             * @description When the follow-up is due, in Unix seconds.
             * @example 1597668000
             */
            follow_up_timestamp?: number;
            /**
             * @description Who is reminded: `1` the expert (agent), `2` the user, `3` both.
             * @enum {integer}
             */
            send_to?: 1 | 2 | 3;
            /** @description Name of the expert (agent) in charge of the follow-up. */
            expert_name?: string;
            /** @description The follow-up note. */
            comment?: string;
            /** @description ID of the team in charge of the follow-up. */
            team_id?: number;
        };
        /** @description How and by whom a conversation was completed, with what was collected in it. */
        ConversationCompleteData: {
            /** @description Number of the conversation among the user's conversations (the `conversation_no` of `getChatHistory`). Its JSON type is not documented (the docs' sample shows a placeholder). */
            conversation_no?: number | string;
            /** @description Haptik's ID of the conversation (its JSON type is not documented). */
            collection_id?: number | string;
            /** @description Haptik's identifier of the conversation. */
            conversation_identifier?: string;
            /**
             * @deprecated
             * @description Link to the transcript. Deprecated; use `complete_chat_link`.
             */
            chat_link?: string;
            /** @description Link to the conversation's full transcript. */
            complete_chat_link?: string;
            /**
             * @description Who completed the conversation: `gogo` the bot, `agent` a human agent, `autocomplete` Haptik on its own (e.g. after inactivity).
             * @enum {string}
             */
            completion_type?: "gogo" | "agent" | "autocomplete";
            /**
             * @description The state the conversation was in just before completion: the name of the agent who had claimed it, `Team Offline Flag`, `Waiting for User` or `Bot completed`.
             * @example Bot completed
             * @example Waiting for User
             */
            completion_by?: string;
            /** @description The closing reason the agent chose (empty strings when none). */
            closing_categories?: {
                /** @description The closing reason. */
                reason?: string;
                /** @description The closing sub-reason. */
                subReason?: string;
                /** @description The agent's closing comment. */
                comment?: string;
            };
            /** @description Values the bot collected during the conversation, by name (bot-specific, e.g. a policy number or payment mode). */
            conversation_details?: Record<string, unknown>;
            /** @description Details collected about the user, by name (bot-specific, e.g. phone number, date of birth). */
            user_details?: Record<string, unknown>;
        };
    };
    responses: never;
    parameters: {
        /** @description Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.) */
        XHubSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sendChatToAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendChatToAgentRequest"];
            };
        };
        responses: {
            /** @description The chat was handed over. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendChatToAgentResponse"];
                };
            };
            /** @description The request body is incomplete or names an unknown or inactive user, business or team. (Status not documented by Haptik; the messages are.) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The `client-id` or `Authorization` header is missing or wrong. (Status not documented by Haptik; the messages are.) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getChatHistory: {
        parameters: {
            query: {
                /** @description Group 1. Numeric ID of the business (the channel the user messages on), as a string of digits. */
                business_id?: string;
                /** @description Group 1. The Haptik user name. */
                user_name?: string;
                /** @description Number of the user's conversation to return (both groups). */
                conversation_no: number;
                /** @description Group 2. TRACT Packed eXtensible User Token; must match the `client-id` header. */
                pxut?: string;
                /** @description Maximum number of messages to return, as a string of digits. */
                limit?: string;
                /** @description `json` (default) returns `chat_json`, `text` returns `chat_text`. */
                response_type?: "json" | "text";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation's messages: `chat_json` when `response_type` is `json` (default), `chat_text` when it is `text`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatHistory"];
                };
            };
            /** @description A parameter is missing, malformed or does not identify a user. (Status not documented by Haptik; the messages are.) The two "Argument group validation" errors may carry more details in other fields of the body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The Authorization token is wrong. (Status not documented by Haptik; the message is.) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An unexpected failure on Haptik's side; contact Haptik. (Status not documented by Haptik; the message is.) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createFaqSteps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FaqUploadRequest"];
            };
        };
        responses: {
            /** @description The file passed validation and was queued; poll the task with `getFaqTaskStatus`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqTaskCreatedResponse"];
                };
            };
            /** @description Invalid or bad request body (for example an unknown domain). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized access or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Access forbidden. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFaqTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `task_id` returned by `createFaqSteps`. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's current status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqTaskStatusResponse"];
                };
            };
            /** @description Not documented for this API; the upload API's 400/401/403 `{"error_message"}` errors presumably apply. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRequest"];
            };
        };
        responses: {
            /** @description The user's details were updated; the answer echoes the stored contact details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRequest"];
            };
        };
        responses: {
            /** @description The user is registered; the answer echoes the stored contact details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logMessageFromUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogMessageRequest"];
            };
        };
        responses: {
            /** @description The message was logged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedMessage"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No user is registered under the `auth_id` (register them with `createUser` first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logFileFromUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LogFileRequest"];
            };
        };
        responses: {
            /** @description The file was stored and logged as a message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedFileMessage"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No user is registered under the `auth_id` (register them with `createUser` first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logFeedbackFromUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogFeedbackRequest"];
            };
        };
        responses: {
            /** @description The feedback was recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackLoggedResponse"];
                };
            };
            /** @description The user already gave feedback within the last hour. (Status not documented by Haptik; the message is.) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No user is registered under the `auth_id`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The user has no active conversation to give feedback on. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    enableWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook is enabled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnableWebhookResponse"];
                };
            };
            /** @description The `Authorization` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    sendWhatsAppNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppNotificationRequest"];
            };
        };
        responses: {
            /** @description WhatsApp accepted the message (which does not mean it was delivered); the answer is WhatsApp's. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppNotificationResponse"];
                };
            };
            /** @description The number could not be verified on WhatsApp: it is not a WhatsApp account, its country code is missing or differs from the business number's, or the business's WhatsApp credentials at Haptik are wrong. (Status not documented by Haptik; the message is.) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description An error of WhatsApp, passed through with WhatsApp's own status code and body (see WhatsApp's message-template docs); Haptik does not document the statuses. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppErrorResponse"];
                };
            };
        };
    };
    messageEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.) */
                "X-Hub-Signature": components["parameters"]["XHubSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookMessageEvent"];
            };
        };
        responses: {
            /** @description Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    chatPinnedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.) */
                "X-Hub-Signature": components["parameters"]["XHubSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookChatPinnedEvent"];
            };
        };
        responses: {
            /** @description Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    chatCompleteEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.) */
                "X-Hub-Signature": components["parameters"]["XHubSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookChatCompleteEvent"];
            };
        };
        responses: {
            /** @description Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    conversationCompleteEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Proof that Haptik sent the event: `sha1=` followed by the hex HMAC-SHA1 of the raw request body, keyed with the secret Haptik shared with you in advance. Compute it over the bytes received (before any JSON parsing) and compare in constant time; refuse an event whose signature does not match. (Haptik does not say whether the hex digits are lower or upper case.) */
                "X-Hub-Signature": components["parameters"]["XHubSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookConversationCompleteEvent"];
            };
        };
        responses: {
            /** @description Acknowledges the event (any body is ignored). Any other answer, or none within 5 seconds, makes Haptik retry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
