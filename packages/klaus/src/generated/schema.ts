// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit
/* eslint-disable */
export interface paths {
    "/capture/integration/klaus-csat/token/{connectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrich conversations via API
         * @description Attaches a CSAT score and/or comment to a conversation (`ticket_id`) of the given connection. With a
         *     `message_id` the score is shown on that reply; without it Klaus shows it in the conversation details.
         *
         *     Authenticate with the API token of the connection's Custom Integration as a bearer token.
         */
        post: operations["sendCsatEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export reviews of a workspace
         * @description Lists the conversations of one workspace that were reviewed in the date window, each with its reviews
         *     (score, per-category ratings, the review comment and its thread) and the comments left on the
         *     conversation itself. `fromDate` is required. Pages with `page` and `pageSize`; `pagination` in the
         *     answer says which page was served and how many conversations the window holds in total.
         */
        get: operations["listWorkspaceReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export reviews of the account
         * @description Like `listWorkspaceReviews`, for every workspace of the account at once: each conversation says which
         *     workspace it belongs to (`workspaceId`, `workspaceName`). `fromDate` is required; pages with `page`
         *     and `pageSize`.
         */
        get: operations["listAccountReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export CSAT of a workspace
         * @description Lists the CSAT answers collected for conversations of one workspace in the date window: the score
         *     (normalized and as received), the customer's comment, reason and drivers, and who handled the
         *     conversation. `fromDate` is required; pages with `page` and `pageSize`.
         */
        get: operations["listWorkspaceCsat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export CSAT of the account
         * @description Like `listWorkspaceCsat`, account-wide; `workspace` narrows the answer to one workspace. `fromDate` is
         *     required; pages with `page` and `pageSize`.
         */
        get: operations["listAccountCsat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export disputes of a workspace
         * @description Lists the disputes raised against reviews of one workspace: who raised them, the categories disputed
         *     with the rating asked for, the discussion, and how and when they were resolved or rejected. Unlike the
         *     other date-windowed exports, `fromDate` is optional here. Pages with `page` and `pageSize`.
         */
        get: operations["listDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/calibration-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export calibration sessions of a workspace
         * @description Lists the calibration sessions of one workspace (sessions in which several reviewers review the same
         *     conversations to align their scoring), with each conversation and every reviewer's review of it.
         *     `fromDate` is required; pages with `page` and `pageSize`.
         */
        get: operations["listCalibrationSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export scorecards of a workspace
         * @description Lists the scorecards of one workspace with their rating categories (scale, weight, criticality,
         *     conditions, root causes, AutoQA settings) and category groups. Not paginated: every scorecard comes in
         *     one answer, with their number in `total`.
         */
        get: operations["listScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspace/{workspace}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users of a workspace
         * @description Lists the users who are members of one workspace. Not paginated.
         */
        get: operations["listWorkspaceUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users of the account
         * @description Lists every user of the Zendesk QA account, whichever workspaces they belong to. Not paginated.
         */
        get: operations["listAccountUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export workspaces
         * @description Lists the workspaces of the account with their IDs, the `workspace` value the per-workspace exports take. Not paginated.
         */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/autoqa/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export AutoQA reviews
         * @description Lists the reviews AutoQA made automatically, one row per reviewed conversation and agent, optionally
         *     narrowed to a workspace, a connection or one agent. `fromDate` is required.
         *
         *     The answer carries both a `pagination` block and a `nextCursor`. Walk the rows with the cursor: send the
         *     `nextCursor` of one answer as `cursor` of the next request, with the same filters, until it comes back
         *     empty. `page`/`pageSize` are accepted too.
         */
        get: operations["listAutoQaReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/autoqa/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export AutoQA ratings
         * @description Lists AutoQA's per-category ratings, one row per rated category of an AutoQA review, with the score,
         *     the scale it was given on, weight, criticality and root causes. Takes the filters of
         *     `listAutoQaReviews` plus `autoqaCategoryType`, `ratingCategoryId` and `rootCauseCode`. `fromDate` is
         *     required. Walk the rows with `cursor` / `nextCursor` as for `listAutoQaReviews`.
         */
        get: operations["listAutoQaRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/conversations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search conversations by end-user email
         * @description Finds the conversations Zendesk QA holds for one end user (customer) of an account, by their email
         *     address, and answers each conversation's external ID and link. Useful to answer a data-subject request
         *     (GDPR access or erasure) before deleting imported conversations with `deleteImportedTickets`.
         *
         *     A read, although sent as POST: sending it twice is harmless.
         */
        post: operations["searchConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export quizzes
         * @description Lists the quizzes of the account with their status, author, publication date, number of participants and average score. Not paginated.
         */
        get: operations["listQuizzes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/quizzes/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the quiz leaderboard
         * @description Answers the leaderboard across all quizzes: per user, how many quizzes they took, their average score and their rank. Not paginated.
         */
        get: operations["getQuizLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/quizzes/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a quiz overview
         * @description Answers one quiz with its questions and, per answer option, how often it was chosen: the statistics behind the quiz's results page.
         */
        get: operations["getQuizOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/quizzes/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export responses to a quiz
         * @description Lists who answered one quiz and the share of their answers that were correct. Not paginated.
         */
        get: operations["listQuizResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/quizzes/{id}/responses/{response}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export one response to a quiz
         * @description Answers one user's response to a quiz, with every question, the options they chose and whether they were right.
         */
        get: operations["getQuizResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import tickets
         * @description Creates or updates conversations ("tickets") in Zendesk QA from another help desk, with their replies
         *     and internal notes (`comments`), custom fields, tags and CSAT (`satisfactionScore`,
         *     `satisfactionComment`). A conversation is reviewable when `assigneeEmail`, or the `authorEmail` of one
         *     of its comments, matches an internal Zendesk QA user; import the agents first with `importUsers`.
         *
         *     The import is an upsert keyed by your own `id` of each ticket (and of each comment): sending a ticket
         *     whose `id` was imported before updates it instead of creating a second one. Because `id` is required,
         *     sending the same request twice leaves the same result as sending it once, so this operation is marked
         *     safe to repeat (`x-cxkit-idempotent`) and the client re-sends it after an ambiguous failure.
         *
         *     At most 100 tickets per request and 500 comments per ticket. (developer.zendesk.com documents 100
         *     tickets per import; the Swagger file's description says 10,000. This description enforces the lower,
         *     safe limit: send larger batches as several requests.) The answer is an empty object.
         *
         *     Accounts not yet migrated to Zendesk sign-in use the older host and path
         *     `https://pub.klausapp.com/v1/tickets` for the same body; that endpoint is not part of this client.
         */
        post: operations["importTickets"];
        /**
         * Delete imported tickets
         * @description Deletes imported conversations by your own IDs (the `id` they were imported with), for example to
         *     honour an erasure request. Repeat `ticketExternalIds` once per conversation:
         *     `?ticketExternalIds=48213&ticketExternalIds=47102`. Deleting is safe to repeat (DELETE). The answer is
         *     an empty object.
         */
        delete: operations["deleteImportedTickets"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/tickets/{ticketExternalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an imported ticket
         * @description Answers a conversation as Zendesk QA stored it from an import: your `externalId`, Zendesk QA's own
         *     `internalId`, the import time and its comments. Use it to check that an import arrived. Unlike the
         *     Export API, this answer carries int64 values (`internalId`, `callDuration`) as JSON numbers.
         */
        get: operations["getImportedTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users
         * @description Adds users (usually the agents of the other help desk) to Zendesk QA by email address and name, so
         *     that imported conversations whose `assigneeEmail` or comment `authorEmail` names them become
         *     reviewable.
         *
         *     The import is keyed by `userEmail` (required here): the body has no other identifier, and an email
         *     address belongs to at most one user of a Zendesk QA account, so importing an address that is already
         *     there cannot add a second user. Sending the same request twice therefore leaves the same result as
         *     sending it once, and the operation is marked safe to repeat (`x-cxkit-idempotent`). The answer is an
         *     empty object.
         */
        post: operations["importUsers"];
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
        /** @description CSAT data for one conversation, or for one message of it. */
        CsatEvent: {
            /** @description External ID of the conversation, i.e. its ID in the help desk. */
            ticket_id: string;
            /** @description External ID of the message (reply) the CSAT belongs to. Optional: without it the CSAT is shown in the conversation details. */
            message_id?: string;
            csat: components["schemas"]["Csat"];
        };
        /** @description The satisfaction score and the customer's comment. */
        Csat: {
            /**
             * @description The CSAT score. Klaus does not document a range or scale; its own example uses `10` (so not necessarily 1 to 5).
             * @example 10
             */
            score: number;
            /**
             * @description The customer's free-text comment.
             * @example Great service
             */
            comment?: string;
        };
        /** @description Undocumented success body: any JSON value, or no body at all. Kept open on purpose. */
        CsatEventResponse: unknown;
        /** @description Undocumented error body of the CSAT events host: any JSON value, plain text or no body at all. Kept open on purpose (the Export and Import APIs answer `ErrorResponse` instead). */
        CsatErrorResponse: unknown;
        /** @description Error body of the Export and Import APIs: a gRPC status. `code` is the gRPC status code (3 invalid argument, 5 not found, 7 permission denied, 8 resource exhausted, 16 unauthenticated, …), not the HTTP status. */
        ErrorResponse: {
            /**
             * Format: int32
             * @description gRPC status code.
             */
            code: number;
            /** @description What went wrong, for a developer (English, not meant for end users). */
            message?: string;
            /** @description Machine-readable details, each a protobuf `Any` in its JSON form. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /** @description One detail of an error: `@type` names the kind of detail (a type URL such as `type.googleapis.com/google.rpc.BadRequest`); the other properties are that type's fields. */
        ErrorDetail: {
            /** @description Type URL of the detail; its last path segment is the protobuf message name. */
            "@type": string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Format: int64
         * @description A 64-bit integer written as a JSON string (`"18432"`), as the Export API sends every int64 value (IDs, counts, durations, percentages): JavaScript numbers cannot hold every int64 exactly. Keep it as a string, or convert with `BigInt`.
         */
        Int64String: string;
        /**
         * Format: int64
         * @description A 64-bit integer sent to the Import API, as a JSON number (`312`) or as a string of digits (`"312"`): the Import API accepts both.
         */
        Int64Input: number | string;
        /** @description Where a page sits in a paginated export. */
        Pagination: {
            /**
             * Format: int32
             * @description The page this answer holds.
             */
            page?: number;
            /**
             * Format: int32
             * @description The page size that was applied.
             */
            pageSize?: number;
            /**
             * Format: int32
             * @description How many items the whole date window holds, over all pages.
             */
            total?: number;
        };
        /** @description An empty JSON object (`{}`), the success answer of the Import API's writes. */
        EmptyResponse: Record<string, unknown>;
        /** @description One page of reviewed conversations. */
        ReviewsExport: {
            /** @description The conversations on this page, each with its reviews and comments. */
            conversations?: components["schemas"]["ReviewedConversation"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description A conversation with the reviews and comments it received in Zendesk QA. */
        ReviewedConversation: {
            /** @description ID of the conversation in the help desk it came from. */
            externalId?: string;
            /** @description Link to the conversation in Zendesk QA. */
            url?: string;
            /** @description Link to the conversation in the help desk. */
            externalUrl?: string;
            /** @description When the conversation or its reviews last changed, as text. Prefer `lastUpdatedISO`. */
            lastUpdated?: string;
            /** @description When the conversation or its reviews last changed, ISO 8601. */
            lastUpdatedISO?: string;
            /** @description When the conversation was created, as text. Prefer `createdAtISO`. */
            createdAt?: string;
            /** @description When the conversation was created, ISO 8601. */
            createdAtISO?: string;
            /** @description ID of the workspace the conversation belongs to. */
            workspaceId?: components["schemas"]["Int64String"];
            /** @description Name of that workspace. */
            workspaceName?: string;
            /** @description Kind of source (help-desk integration) the conversation came from. Values are not documented. */
            sourceType?: string;
            /** @description Custom fields the help desk sent with the conversation. */
            externalFields?: components["schemas"]["ExternalField"][];
            /** @description The manual reviews of the conversation. */
            reviews?: components["schemas"]["Review"][];
            /** @description Comments left on the conversation outside a review. */
            comments?: components["schemas"]["ReviewComment"][];
        };
        /** @description One custom field of a conversation, as the help desk named it. */
        ExternalField: {
            /** @description The field's ID in the help desk. */
            externalId?: string;
            /** @description The field's label. */
            name?: string;
            /** @description The field's value, as text. */
            value?: string;
        };
        /** @description One reviewer's review of one agent's work in a conversation. */
        Review: {
            /** @description ID of the review. */
            id?: components["schemas"]["Int64String"];
            /** @description Who wrote the review. */
            reviewer?: components["schemas"]["ReviewUser"];
            /** @description Whose work was reviewed. */
            reviewee?: components["schemas"]["ReviewUser"];
            /**
             * Format: double
             * @description Overall score of the review as Zendesk QA computes it from the ratings (shown as a percentage).
             */
            score?: number;
            /** @description The rating given in each scorecard category. */
            ratings?: components["schemas"]["Rating"][];
            /** @description The reviewer's comment. */
            comment?: string;
            /** @description Replies to the review comment. */
            thread?: components["schemas"]["ReviewComment"][];
            /** @description Tags added to the review comment. */
            tags?: components["schemas"]["CommentTag"][];
            /** @description When the review was given, as text. Prefer `createdISO`. */
            created?: string;
            /** @description When the review was last changed, as text. Prefer `updatedISO`. */
            updated?: string;
            /** @description When the review was given, ISO 8601. */
            createdISO?: string;
            /** @description When the review was last changed, ISO 8601. */
            updatedISO?: string;
            /** @description Whether the reviewee has seen the review. */
            received?: boolean;
            /** @description Time the reviewer spent on the review, as tracked by Zendesk QA (unit not documented). */
            reviewTime?: components["schemas"]["Int64String"];
            /** @description Time the review was paused (same unit as `reviewTime`). */
            pauseTime?: components["schemas"]["Int64String"];
            /** @description The tracked periods that add up to the review and pause times. */
            timeTrackingPeriods?: components["schemas"]["TimeTrackingPeriod"][];
            /** @description The scorecard the review was given with. */
            scorecard?: components["schemas"]["ScorecardRef"];
        };
        /** @description One tracked period of work on a review. */
        TimeTrackingPeriod: {
            /** @description Kind of period. Values are not documented. */
            type?: string;
            /** @description Length of the period (same unit as `reviewTime`). */
            duration?: components["schemas"]["Int64String"];
        };
        /** @description A comment on a conversation or a reply in a review's thread. */
        ReviewComment: {
            /** @description ID of the comment. */
            id?: components["schemas"]["Int64String"];
            /** @description Who wrote it. */
            owner?: components["schemas"]["ReviewUser"];
            /** @description The text. */
            comment?: string;
            /** @description When it was written, as text. Prefer `createdISO`. */
            created?: string;
            /** @description When it was last edited, as text. Prefer `updatedISO`. */
            updated?: string;
            /** @description When it was written, ISO 8601. */
            createdISO?: string;
            /** @description When it was last edited, ISO 8601. */
            updatedISO?: string;
            /** @description Replies to this comment. */
            thread?: components["schemas"]["ReviewComment"][];
            /** @description Tags added to the comment. */
            tags?: components["schemas"]["CommentTag"][];
        };
        /** @description A tag on a comment and who added it. */
        CommentTag: {
            /** @description The tag. */
            tag?: string;
            /** @description Who added it. */
            user?: components["schemas"]["ReviewUser"];
        };
        /** @description A Zendesk QA user as shown on reviews and comments. */
        ReviewUser: {
            /** @description The user's email address. */
            email?: string;
            /** @description The user's name. */
            name?: string;
            /** @description Link to the user's picture. */
            avatar?: string;
            /** @description The user groups the user belongs to. */
            groups?: components["schemas"]["UserGroup"][];
        };
        /** @description A user group. */
        UserGroup: {
            /** @description ID of the group. */
            id?: string;
            /** @description Name of the group. */
            name?: string;
        };
        /** @description The rating given in one scorecard category of a review. */
        Rating: {
            /** @description ID of the rating category. */
            categoryId?: components["schemas"]["Int64String"];
            /** @description Name of the rating category. */
            categoryName?: string;
            /**
             * Format: double
             * @description The rating given in the category, as Zendesk QA reports it (the scale is not documented).
             */
            score?: number;
            /**
             * Format: double
             * @description Weight of the category in the review's overall score.
             */
            weight?: number;
            /** @description Whether the category is critical (failing it fails the review). */
            critical?: boolean;
            /** @description The root cause picked for the rating, if one. */
            cause?: string;
            /** @description Every root cause picked for the rating. */
            causes?: string[];
            /** @description Name of the category group the category belongs to. */
            groupName?: string;
            /** @description ID of that category group. */
            groupId?: components["schemas"]["Int64String"];
        };
        /** @description The scorecard a review was given with. */
        ScorecardRef: {
            /** @description ID of the scorecard. */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the scorecard. */
            name?: string;
        };
        /** @description One page of calibration sessions. */
        CalibrationSessionsExport: {
            /** @description The sessions on this page. */
            calibrationSessions?: components["schemas"]["CalibrationSession"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description A calibration session and the conversations calibrated in it. */
        CalibrationSession: {
            /** @description ID of the session. */
            id?: string;
            /** @description Title of the session. */
            title?: string;
            /** @description ID of the user who created the session. */
            createdBy?: components["schemas"]["Int64String"];
            /** @description When the session was created. */
            createdAt?: string;
            /** @description When the session was last changed. */
            updatedAt?: string;
            /** @description By when the calibrators should have reviewed. */
            dueAt?: string;
            /** @description The conversations of the session. */
            conversations?: components["schemas"]["CalibrationConversation"][];
        };
        /** @description One conversation of a calibration session with the calibrators' reviews. */
        CalibrationConversation: {
            /** @description ID of the conversation in the help desk. */
            externalId?: string;
            /** @description ID of the user who added the conversation to the session. */
            createdBy?: components["schemas"]["Int64String"];
            /** @description When it was added. */
            createdAt?: string;
            /** @description The calibrators' reviews of the conversation. */
            reviews?: components["schemas"]["CalibrationReview"][];
        };
        /** @description One calibrator's review of a conversation in a calibration session. */
        CalibrationReview: {
            /** @description ID of the calibration review. */
            id?: string;
            /** @description The calibrator. */
            reviewer?: components["schemas"]["ReviewUser"];
            /** @description Whose work was reviewed. */
            reviewee?: components["schemas"]["ReviewUser"];
            /**
             * Format: double
             * @description Overall score, as for `Review.score`.
             */
            score?: number;
            /** @description The rating given in each category. */
            ratings?: components["schemas"]["Rating"][];
            /** @description The calibrator's comment. */
            comment?: string;
            /** @description Replies to the comment. */
            thread?: components["schemas"]["CalibrationComment"][];
            /** @description Tags added to the comment. */
            tags?: components["schemas"]["CommentTag"][];
            /** @description When the review was given, as text. Prefer `createdISO`. */
            createdAt?: string;
            /** @description When it was last changed, as text. Prefer `updatedISO`. */
            updatedAt?: string;
            /** @description When the review was given, ISO 8601. */
            createdISO?: string;
            /** @description When it was last changed, ISO 8601. */
            updatedISO?: string;
            /** @description Whether the reviewee has seen the review. */
            received?: boolean;
            /** @description The scorecard used. */
            scorecard?: components["schemas"]["ScorecardRef"];
        };
        /** @description A reply in a calibration review's thread. */
        CalibrationComment: {
            /** @description ID of the reply. */
            id?: string;
            /** @description Who wrote it. */
            owner?: components["schemas"]["ReviewUser"];
            /** @description The text. */
            comment?: string;
            /** @description When it was written, as text. Prefer `createdISO`. */
            createdAt?: string;
            /** @description When it was last edited, as text. Prefer `updatedISO`. */
            updatedAt?: string;
            /** @description When it was written, ISO 8601. */
            createdISO?: string;
            /** @description When it was last edited, ISO 8601. */
            updatedISO?: string;
        };
        /** @description One page of disputes. */
        DisputesExport: {
            /** @description The disputes on this page. */
            disputes?: components["schemas"]["Dispute"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description A dispute raised against a review, and its outcome. */
        Dispute: {
            /** @description ID of the Zendesk QA account. */
            account?: components["schemas"]["Int64String"];
            /** @description ID of the workspace. */
            workspace?: components["schemas"]["Int64String"];
            /** @description ID of the reviewed conversation in the help desk. */
            conversationId?: string;
            /** @description ID of the help-desk connection the conversation came through. */
            connectionId?: components["schemas"]["Int64String"];
            /** @description ID of the disputed review. */
            reviewId?: components["schemas"]["Int64String"];
            /** @description ID of the dispute. */
            disputeId?: string;
            /** @description Kind of dispute. Values are not documented. */
            type?: string;
            /** @description Where the dispute stands (open, resolved, rejected, …). Values are not documented. */
            status?: string;
            /**
             * Format: date-time
             * @description When the dispute was raised.
             */
            createdAt?: string;
            /** @description Who raised it. */
            createdBy?: components["schemas"]["UserSummary"];
            /** @description Who has to settle it. */
            assignee?: components["schemas"]["UserSummary"];
            /** @description Who rejected it, when it was rejected. */
            rejectedBy?: components["schemas"]["UserSummary"];
            /**
             * Format: date-time
             * @description When it was settled.
             */
            resolvedAt?: string;
            /** @description How long settling took (unit not documented). */
            resolutionTime?: components["schemas"]["Int64String"];
            /** @description The disputed rating categories. */
            categories?: components["schemas"]["DisputeCategory"][];
            /** @description The comment the dispute was raised with, and its thread. */
            comment?: components["schemas"]["DisputeComment"];
        };
        /** @description One disputed rating category. */
        DisputeCategory: {
            /** @description ID of the rating category. */
            id?: components["schemas"]["Int64String"];
            /**
             * Format: int32
             * @description The rating the person disputing asks for.
             */
            expectedRating?: number;
            /** @description Root causes named for the category. */
            rootCause?: string[];
            /** @description The comment on this category. */
            comment?: components["schemas"]["DisputeComment"];
        };
        /** @description A comment in a dispute, with its replies. */
        DisputeComment: {
            /** @description ID of the comment (spelled with a capital `I` on the wire). */
            Id?: components["schemas"]["Int64String"];
            /** @description The text. */
            comment?: string;
            /** @description Tags added to the comment. */
            commentTags?: components["schemas"]["DisputeCommentTag"][];
            /** @description Who wrote it. */
            owner?: components["schemas"]["UserSummary"];
            /**
             * Format: date-time
             * @description When it was written.
             */
            created?: string;
            /**
             * Format: date-time
             * @description When it was last edited.
             */
            updated?: string;
            /** @description Replies. */
            thread?: components["schemas"]["DisputeComment"][];
        };
        /** @description A tag on a dispute comment. */
        DisputeCommentTag: {
            /** @description The tag. */
            tag?: string;
            /** @description ID of the user who added it. */
            userId?: components["schemas"]["Int64String"];
        };
        /** @description A Zendesk QA user by ID, name and picture. */
        UserSummary: {
            /** @description ID of the user. */
            id?: components["schemas"]["Int64String"];
            /** @description The user's name. */
            name?: string;
            /** @description Link to the user's picture. */
            avatar?: string;
        };
        /** @description One page of CSAT answers. */
        CsatExport: {
            /** @description The CSAT answers on this page, one per conversation. */
            tickets?: components["schemas"]["CsatTicket"][];
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description The CSAT answer of one conversation, with the conversation's context. */
        CsatTicket: {
            /** @description ID of the conversation in the help desk. */
            externalTicketId?: string;
            /** @description Link to the conversation. */
            conversationUrl?: string;
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            ticketCreatedAt?: string;
            /**
             * Format: date-time
             * @description When the survey was sent.
             */
            csatCreatedAt?: string;
            /**
             * Format: date-time
             * @description When the customer answered it.
             */
            csatAnsweredAt?: string;
            /** @description Name of the agent the answer is attributed to. */
            agentName?: string;
            /** @description Email address of that agent. */
            agentEmail?: string;
            /** @description Name of the customer who answered. */
            customerName?: string;
            /** @description Email address of that customer. */
            customerEmail?: string;
            /** @description The score as an integer, in a JSON string (`"4"`); `csatRawScore` has it as received. */
            csatScore?: components["schemas"]["Int64String"];
            /** @description The score as the help desk or survey tool sent it (a number or a word such as `good`). */
            csatRawScore?: string;
            /** @description The customer's comment. */
            csatComment?: string;
            /** @description The reason the customer picked, if the survey asks for one. */
            csatReason?: string;
            /** @description Drivers (topics) Zendesk QA attributed the answer to. */
            csatDrivers?: string[];
            /** @description Channel of the conversation (email, chat, …). */
            conversationChannel?: string;
            /** @description Help desk or integration the conversation came from. */
            conversationSource?: string;
            /** @description Length of the comment in characters, as a string. */
            commentSize?: string;
            /** @description Number of words in the comment, as a string. */
            commentWordCount?: string;
            /** @description Language of the conversation. */
            language?: string;
            /** @description Tags of the conversation in the help desk. */
            helpdeskTags?: string[];
        };
        /** @description Users of the account or of a workspace. */
        UsersExport: {
            /** @description The users. */
            users?: components["schemas"]["ExportedUser"][];
        };
        /** @description A Zendesk QA user. */
        ExportedUser: {
            /** @description ID of the user in Zendesk QA. */
            id?: components["schemas"]["Int64String"];
            /** @description The user's name. */
            name?: string;
            /** @description The user's email address. */
            email?: string;
        };
        /** @description The workspaces of the account. */
        WorkspacesExport: {
            /** @description The workspaces. */
            workspaces?: components["schemas"]["Workspace"][];
        };
        /** @description A workspace of the account. */
        Workspace: {
            /** @description ID of the workspace (the `workspace` value of the per-workspace exports). */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the workspace. */
            name?: string;
        };
        /** @description All scorecards of a workspace. */
        ScorecardsExport: {
            /** @description The scorecards. */
            data?: components["schemas"]["Scorecard"][];
            /**
             * Format: int32
             * @description Number of scorecards.
             */
            total?: number;
        };
        /** @description A scorecard with its rating categories. */
        Scorecard: {
            /** @description ID of the scorecard. */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the scorecard. */
            name?: string;
            /** @description Categories that are not in a group. */
            categories?: components["schemas"]["ScorecardCategory"][];
            /** @description Category groups with their categories. */
            groups?: components["schemas"]["ScorecardCategoryGroup"][];
            /**
             * Format: date-time
             * @description When the scorecard was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            updatedAt?: string;
        };
        /** @description A named group of rating categories on a scorecard. */
        ScorecardCategoryGroup: {
            /** @description ID of the group. */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the group. */
            name?: string;
            /**
             * Format: int32
             * @description Position of the group on the scorecard.
             */
            position?: number;
            /** @description The group's categories. */
            categories?: components["schemas"]["ScorecardCategory"][];
        };
        /** @description One rating category of a scorecard and how it is rated. */
        ScorecardCategory: {
            /** @description Name of the category. */
            name?: string;
            /** @description What reviewers should rate in it. */
            description?: string;
            /** @description Kind of category. Values are not documented. */
            type?: string;
            /** @description ID of the category (the `categoryId` of ratings, `ratingCategoryId` of AutoQA rows). */
            ratingCategoryId?: components["schemas"]["Int64String"];
            /** @description Rating scale of the category. Values are not documented. */
            scale?: string;
            /**
             * Format: int32
             * @description Weight of the category in the overall score.
             */
            weight?: number;
            /** @description Whether failing this category fails the review. */
            critical?: boolean;
            /** @description Whether failing this category fails the whole review. */
            reviewCritical?: boolean;
            /** @description Whether failing this category fails its category group. */
            groupCritical?: boolean;
            /**
             * Format: int32
             * @description Position of the category in its group or on the scorecard.
             */
            position?: number;
            /** @description Whether reviewers may leave the category unrated (N/A). */
            skippable?: boolean;
            /** @description Whether the category is in use. Values are not documented. */
            status?: string;
            /** @description Conditions under which the category applies to a conversation. */
            conditions?: components["schemas"]["CategoryCondition"][];
            /** @description Root causes reviewers can pick per rating. */
            rootCauses?: components["schemas"]["CategoryRootCauses"];
            /** @description The rating options of the category's scale with their descriptions. */
            ratings?: components["schemas"]["CategoryRatingOption"][];
            /** @description The AutoQA category that rates this category automatically, if one. */
            autoQaCategory?: string;
            /** @description ID of the custom AutoQA category template behind it, if one. */
            autoQaCustomCategoryTemplateId?: string;
            /** @description ID of the prompt-based AutoQA category template behind it, if one. */
            autoQaPromptCategoryTemplateId?: string;
            /** @description Where AutoQA applies the category. */
            autoQaApplicabilities?: string[];
            /** @description Warnings about the category's AutoQA prompt. */
            promptAnomalies?: components["schemas"]["PromptAnomalies"];
        };
        /** @description One condition of a rating category. */
        CategoryCondition: {
            /** @description The comparison. Values are not documented. */
            condition?: string;
            /** @description What is compared (a conversation attribute). Values are not documented. */
            type?: string;
            /** @description The values compared with. */
            values?: string[];
        };
        /** @description One point of a category's rating scale. */
        CategoryRatingOption: {
            /** @description The rating value. */
            rating?: components["schemas"]["Int64String"];
            /** @description What the rating means. */
            description?: string;
        };
        /** @description Root-cause settings of a rating category. */
        CategoryRootCauses: {
            /** @description Whether a reviewer must give reasons when picking several root causes. */
            multipleRequireReasons?: boolean;
            /** @description Whether a reviewer may type a root cause of their own. */
            freeTextAllowed?: boolean;
            /** @description Root causes offered per rating value. */
            ratings?: components["schemas"]["RatingRootCauses"][];
        };
        /** @description The root causes offered for one rating value. */
        RatingRootCauses: {
            /**
             * Format: int32
             * @description The rating value.
             */
            rating?: number;
            /** @description Whether a root cause of one's own may be typed for it. */
            freeTextAllowed?: boolean;
            /** @description Root causes offered. */
            rootCauses?: components["schemas"]["RootCauseRef"][];
            /** @description Root-cause tiers offered. */
            tiers?: components["schemas"]["RootCauseTierRef"][];
            /** @description The root causes as a tree of tiers. */
            multiTierRootCause?: components["schemas"]["MultiTierRootCause"];
        };
        /** @description A root cause by ID and name. */
        RootCauseRef: {
            /** @description ID of the root cause. */
            id?: components["schemas"]["Int64String"];
            /** @description The root cause. */
            name?: string;
        };
        /** @description A root-cause tier by ID and name. */
        RootCauseTierRef: {
            /** @description ID of the tier. */
            id?: string;
            /** @description Name of the tier. */
            name?: string;
        };
        /** @description Root causes organized in tiers, plus those outside any tier. */
        MultiTierRootCause: {
            /** @description The top-level tiers. */
            tiers?: components["schemas"]["RootCauseTierNode"][];
            /** @description Root causes in no tier. */
            looseRootCauses?: components["schemas"]["RootCauseRef"][];
        };
        /** @description A tier of root causes, with its sub-tiers. */
        RootCauseTierNode: {
            /** @description ID of the tier. */
            id?: string;
            /** @description Name of the tier. */
            name?: string;
            /** @description Number of root causes in the tier. */
            rootCauseCount?: components["schemas"]["Int64String"];
            /** @description Whether sub-tiers may be added under it. */
            canAddSubtiers?: boolean;
            /** @description Whether root causes may be added to it. */
            canAddRootCauses?: boolean;
            /** @description The sub-tiers. */
            subtiers?: components["schemas"]["RootCauseTierNode"][];
            /** @description The tier's root causes. */
            rootCauses?: components["schemas"]["RootCause"][];
        };
        /** @description A root cause with its history. */
        RootCause: {
            /** @description ID of the root cause. */
            id?: components["schemas"]["Int64String"];
            /** @description The root cause. */
            cause?: string;
            /**
             * Format: date-time
             * @description When it was added.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            updatedAt?: string;
        };
        /** @description Warnings about an AutoQA prompt category. */
        PromptAnomalies: {
            /** @description Whether AutoQA answers "not applicable" for this category unusually often. */
            highNaRate?: boolean;
        };
        /** @description One page of AutoQA review rows. */
        AutoQaReviewsExport: {
            /** @description The rows on this page. */
            rows?: components["schemas"]["AutoQaReviewRow"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description Cursor of the next page (send it as `cursor`); empty or absent on the last page. */
            nextCursor?: string;
        };
        /** @description One AutoQA review of one agent in one conversation. */
        AutoQaReviewRow: {
            /** @description ID of the AutoQA review. */
            autoqaReviewId?: string;
            /** @description ID of the Zendesk QA account. */
            accountId?: components["schemas"]["Int64String"];
            /** @description ID of the workspace. */
            workspaceId?: components["schemas"]["Int64String"];
            /** @description Name of the workspace. */
            workspaceName?: string;
            /** @description ID of the help-desk connection. */
            connectionId?: components["schemas"]["Int64String"];
            /** @description ID of the conversation in the help desk. */
            externalTicketId?: string;
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            conversationCreatedAt?: string;
            /**
             * Format: date-time
             * @description When AutoQA reviewed it.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the AutoQA review last changed.
             */
            updatedAt?: string;
            /** @description Whether the reviewee is a bot rather than a human agent. */
            isBot?: boolean;
            /** @description ID of the reviewed agent in the help desk. */
            revieweeExternalId?: string;
            /** @description ID of the reviewed agent in Zendesk QA. */
            revieweeInternalId?: string;
            /** @description Name of the reviewed agent. */
            revieweeName?: string;
            /** @description Email address of the reviewed agent. */
            revieweeEmail?: string;
            /** @description Channel of the conversation. */
            conversationChannel?: string;
            /** @description Language of the conversation. */
            language?: string;
            /** @description Link to the conversation in Zendesk QA. */
            appConversationLink?: string;
            /** @description Link to the conversation in the help desk. */
            externalConversationLink?: string;
            /** @description ID of the billing account (Zendesk QA's older name for the account). */
            paymentId?: components["schemas"]["Int64String"];
        };
        /** @description One page of AutoQA rating rows. */
        AutoQaRatingsExport: {
            /** @description The rows on this page. */
            rows?: components["schemas"]["AutoQaRatingRow"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description Cursor of the next page (send it as `cursor`); empty or absent on the last page. */
            nextCursor?: string;
        };
        /** @description AutoQA's rating of one scorecard category in one AutoQA review. */
        AutoQaRatingRow: {
            /** @description ID of the rating. */
            autoqaRatingId?: string;
            /** @description ID of the AutoQA review it belongs to (`autoqaReviewId` of `listAutoQaReviews`). */
            autoqaReviewId?: string;
            /** @description ID of the Zendesk QA account. */
            accountId?: components["schemas"]["Int64String"];
            /** @description ID of the workspace. */
            workspaceId?: components["schemas"]["Int64String"];
            /** @description Name of the workspace. */
            workspaceName?: string;
            /** @description ID of the help-desk connection. */
            connectionId?: components["schemas"]["Int64String"];
            /** @description ID of the conversation in the help desk. */
            externalTicketId?: string;
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            conversationCreatedAt?: string;
            /** @description Link to the conversation in Zendesk QA. */
            appConversationLink?: string;
            /** @description Link to the conversation in the help desk. */
            externalConversationLink?: string;
            /** @description ID of the rated agent in the help desk. */
            revieweeExternalId?: string;
            /** @description ID of the rated agent in Zendesk QA. */
            revieweeInternalId?: string;
            /** @description Name of the rated agent. */
            revieweeName?: string;
            /** @description Email address of the rated agent. */
            revieweeEmail?: string;
            /** @description ID of the scorecard category. */
            ratingCategoryId?: components["schemas"]["Int64String"];
            /** @description Name of the scorecard category. */
            ratingCategoryName?: string;
            /** @description Kind of AutoQA category that produced the rating (the `autoqaCategoryType` filter). */
            autoqaCategoryType?: string;
            /** @description Name of the category as shown in Zendesk QA. */
            categoryDisplayName?: string;
            /** @description ID of the scorecard. */
            scorecardId?: components["schemas"]["Int64String"];
            /** @description Name of the scorecard. */
            scorecardName?: string;
            /**
             * Format: double
             * @description The rating, normalized by Zendesk QA.
             */
            score?: number;
            /**
             * Format: double
             * @description The rating on the category's own scale.
             */
            ratingScaleScore?: number;
            /**
             * Format: double
             * @description Highest rating the category's scale allows.
             */
            ratingMax?: number;
            /**
             * Format: double
             * @description Upper end of the range the rating is expressed in.
             */
            ratingRangeMax?: number;
            /**
             * Format: double
             * @description Weight of the category.
             */
            weight?: number;
            /** @description Whether the category is critical. */
            isCritical?: boolean;
            /** @description Whether failing it fails the whole review. */
            reviewCritical?: boolean;
            /** @description Whether failing it fails its category group. */
            groupCritical?: boolean;
            /** @description Whether AutoQA could rate the category for this conversation (false means not applicable). */
            evaluated?: boolean;
            /** @description Codes of the root causes AutoQA named (the `rootCauseCode` filter). */
            rootCauseCodes?: string[];
            /** @description The root causes AutoQA named, as text. */
            rootCauses?: string[];
            /**
             * Format: date-time
             * @description When the rating was made.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updatedAt?: string;
            /** @description ID of the billing account (Zendesk QA's older name for the account). */
            paymentId?: components["schemas"]["Int64String"];
        };
        /** @description Whose conversations to find. */
        ConversationSearchRequest: {
            /** @description ID of the Zendesk QA account. */
            account?: components["schemas"]["Int64String"];
            /** @description Email address of the end user (customer). */
            endUserEmail?: string;
        };
        /** @description Conversations of the end user. */
        ConversationSearchResult: {
            /** @description The matching conversations. */
            conversations?: components["schemas"]["ConversationSearchHit"][];
        };
        /** @description A conversation found by the search. */
        ConversationSearchHit: {
            /** @description ID of the conversation in the help desk (for imported conversations, your `id`). */
            externalId?: string;
            /** @description Link to the conversation in the help desk. */
            externalLink?: string;
        };
        /**
         * @description Stage of a quiz.
         * @enum {string}
         */
        QuizStatus: "DRAFT" | "PUBLISHED" | "DELETED" | "ARCHIVED";
        /**
         * @description Kind of quiz question. Only multiple choice exists.
         * @enum {string}
         */
        QuizFieldType: "MULTIPLE_CHOICE";
        /** @description All quizzes. */
        QuizList: {
            /** @description The quizzes. */
            quizzes?: components["schemas"]["QuizListItem"][];
        };
        /** @description A quiz in the list, with its headline figures. */
        QuizListItem: {
            /** @description ID of the quiz. */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the quiz. */
            name?: string;
            status?: components["schemas"]["QuizStatus"];
            /** @description ID of the user who wrote it. */
            authorId?: components["schemas"]["Int64String"];
            /** @description Name of that user. */
            authorName?: string;
            /** @description Link to that user's picture. */
            authorAvatar?: string;
            /**
             * Format: date-time
             * @description When it was published.
             */
            publishedDate?: string;
            /** @description ID of the calling user's own response to the quiz (`"0"` when there is none). */
            userResponseId?: components["schemas"]["Int64String"];
            /** @description How many users answered it. */
            numberOfParticipants?: components["schemas"]["Int64String"];
            /** @description Average share of correct answers, in percent. */
            averageScorePercentage?: components["schemas"]["Int64String"];
            /** @description IDs of the workspaces the quiz is given in. */
            workspaceIds?: components["schemas"]["Int64String"][];
        };
        /** @description The quiz leaderboard. */
        QuizLeaderboard: {
            /** @description Users on the leaderboard. */
            leaderboardUsers?: components["schemas"]["QuizLeaderboardUser"][];
        };
        /** @description One user's place on the quiz leaderboard. */
        QuizLeaderboardUser: {
            /** @description ID of the user. */
            id?: components["schemas"]["Int64String"];
            /** @description The user's name. */
            name?: string;
            /** @description Link to the user's picture. */
            avatar?: string;
            /** @description How many quizzes the user answered. */
            quizzesTaken?: components["schemas"]["Int64String"];
            /** @description The user's rank (1 is best). */
            ranking?: components["schemas"]["Int64String"];
            /** @description The user's average share of correct answers, in percent. */
            averageScorePercentage?: components["schemas"]["Int64String"];
            /** @description Whether the calling user may manage quizzes (and so see everyone's results). */
            requesterCanManageAnyQuiz?: boolean;
        };
        /** @description A quiz with its questions and answer statistics. */
        QuizOverview: {
            /** @description ID of the quiz. */
            id?: components["schemas"]["Int64String"];
            /** @description Name of the quiz. */
            name?: string;
            /** @description Description of the quiz. */
            description?: string;
            status?: components["schemas"]["QuizStatus"];
            /** @description ID of the user who created it. */
            createdBy?: components["schemas"]["Int64String"];
            /** @description ID of the user who last changed it. */
            updatedBy?: components["schemas"]["Int64String"];
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When it was last changed.
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When it was published.
             */
            publishedDate?: string;
            /** @description How many responses it received. */
            responseCount?: components["schemas"]["Int64String"];
            /** @description Average share of correct answers, in percent. */
            averageScorePercentage?: components["schemas"]["Int64String"];
            /** @description The questions with their statistics. */
            fields?: components["schemas"]["QuizFieldStatistics"][];
        };
        /** @description A key/value setting of a quiz question. */
        QuizFieldProperty: {
            /** @description Name of the setting. */
            key?: string;
            /** @description Its value. */
            value?: string;
        };
        /** @description One quiz question and how often each option was chosen. */
        QuizFieldStatistics: {
            /** @description ID of the question. */
            id?: components["schemas"]["Int64String"];
            /** @description The question. */
            text?: string;
            /** @description Links to images shown with the question. */
            images?: string[];
            /** @description Settings of the question. */
            properties?: components["schemas"]["QuizFieldProperty"][];
            type?: components["schemas"]["QuizFieldType"];
            /** @description Position of the question in the quiz. */
            position?: components["schemas"]["Int64String"];
            /** @description The answer options with their statistics. */
            options?: components["schemas"]["QuizOptionStatistics"][];
        };
        /** @description One answer option and how often it was chosen. */
        QuizOptionStatistics: {
            /** @description ID of the option. */
            id?: components["schemas"]["Int64String"];
            /** @description The option's text. */
            label?: string;
            /** @description Whether it is a right answer. */
            correct?: boolean;
            /** @description Position of the option. */
            position?: components["schemas"]["Int64String"];
            /** @description How many responses chose it. */
            selectedCount?: components["schemas"]["Int64String"];
            /** @description Share of responses that chose it, in percent. */
            percentageSelected?: components["schemas"]["Int64String"];
        };
        /** @description Responses to one quiz. */
        QuizResponseList: {
            /** @description The responses. */
            responses?: components["schemas"]["QuizResponseSummary"][];
        };
        /** @description One user's response to a quiz, in short. */
        QuizResponseSummary: {
            /** @description ID of the response (the `response` of `getQuizResponse`). */
            responseId?: components["schemas"]["Int64String"];
            /** @description ID of the user who answered. */
            userId?: components["schemas"]["Int64String"];
            /** @description Name of that user. */
            userName?: string;
            /** @description Share of the user's answers that were right, in percent. */
            correctAnswerPercentage?: components["schemas"]["Int64String"];
        };
        /** @description One user's response to a quiz with every answer. */
        QuizResponseDetail: {
            /** @description ID of the quiz. */
            quizId?: components["schemas"]["Int64String"];
            /** @description ID of the response. */
            responseId?: components["schemas"]["Int64String"];
            /** @description Name of the quiz. */
            name?: string;
            /** @description Description of the quiz. */
            description?: string;
            /**
             * Format: date-time
             * @description When the user answered.
             */
            createdAt?: string;
            /** @description ID of the user. */
            userId?: components["schemas"]["Int64String"];
            /** @description Name of the user. */
            userName?: string;
            /** @description Link to the user's picture. */
            userAvatar?: string;
            /** @description The questions with the user's choices. */
            fields?: components["schemas"]["QuizAnsweredField"][];
        };
        /** @description One question of a quiz as a user answered it. */
        QuizAnsweredField: {
            /** @description ID of the question. */
            id?: components["schemas"]["Int64String"];
            /** @description The question. */
            text?: string;
            /** @description Links to images shown with the question. */
            images?: string[];
            /** @description Settings of the question. */
            properties?: components["schemas"]["QuizFieldProperty"][];
            type?: components["schemas"]["QuizFieldType"];
            /** @description Position of the question in the quiz. */
            position?: components["schemas"]["Int64String"];
            /** @description Whether the user answered the question right. */
            answeredCorrectly?: boolean;
            /** @description The answer options and which the user chose. */
            options?: components["schemas"]["QuizAnsweredOption"][];
        };
        /** @description One answer option and whether the user chose it. */
        QuizAnsweredOption: {
            /** @description ID of the option. */
            id?: components["schemas"]["Int64String"];
            /** @description The option's text. */
            label?: string;
            /** @description Whether it is a right answer. */
            correct?: boolean;
            /** @description Position of the option. */
            position?: components["schemas"]["Int64String"];
            /** @description Whether the user chose it. */
            selected?: boolean;
        };
        /**
         * @description A date and time as the Import API takes it: `2024-05-02T09:15:00Z`, or without a zone, `2024-05-02T09:15:00` (the form the older import guide documents; RFC 3339 does not allow it, hence a pattern rather than `format: date-time`).
         * @example 2024-05-02T09:15:00Z
         * @example 2024-05-02T09:15:00
         */
        ImportTimestamp: string;
        /** @description A batch of conversations to import. */
        ImportTicketsRequest: {
            /** @description The conversations, at most 100 per request. developer.zendesk.com documents 100 tickets per import and the Swagger file's description 10,000; the lower limit is the safe one, so it is enforced here. */
            data: components["schemas"]["TicketImport"][];
        };
        /** @description One conversation to import. `id` is your key: importing the same `id` again updates the conversation. */
        TicketImport: {
            /** @description Your unique ID of the conversation, e.g. its ID in the help desk you import from. Re-import with the same ID to update the conversation; delete and read it back by this ID. */
            id: string;
            /** @description Subject shown in Zendesk QA. */
            subject?: string;
            /** @description The initial question or topic of the conversation. */
            description?: string;
            /** @description When the conversation was created. */
            created: components["schemas"]["ImportTimestamp"];
            /** @description When it last changed; used for filtering in Zendesk QA. */
            updated?: components["schemas"]["ImportTimestamp"];
            /** @description When it was closed. */
            closed?: components["schemas"]["ImportTimestamp"];
            /** @description Status of the conversation in the help desk (free text, e.g. `closed`). */
            status?: string;
            /** @description Channel of the conversation (free text, e.g. `email`, `chat`, `phone`). */
            channel?: string;
            /** @description Type of the conversation in the help desk (free text). */
            type?: string;
            /** @description Email address of the agent the conversation is assigned to. It must be an internal Zendesk QA user's address for the conversation to be reviewable, unless a comment's `authorEmail` is. */
            assigneeEmail?: string;
            /** @description Name of that agent. */
            assigneeName?: string;
            /** @description Name of the customer. */
            customerName?: string;
            /** @description Email address of the customer. */
            customerEmail?: string;
            /** @description Link to the conversation in the help desk. */
            url?: string;
            /** @description The customer's CSAT score for the conversation, as text (send it as your help desk or survey tool gives it, e.g. `"4"`). */
            satisfactionScore?: string;
            /** @description The customer's CSAT comment. */
            satisfactionComment?: string;
            /** @description Tags of the conversation. */
            tags?: string[];
            /** @description Custom fields, for filtering conversations in Zendesk QA. */
            ticketFields?: components["schemas"]["TicketField"][];
            /** @description The replies and internal notes of the conversation, at most 500. A comment with `public: false` is an internal note. */
            comments?: components["schemas"]["CommentImport"][];
        };
        /** @description One reply or internal note of an imported conversation. `id` is your key: importing the same `id` again updates the comment instead of adding a second one. */
        CommentImport: {
            /** @description Your unique ID of the comment (e.g. the message ID in the help desk). */
            id: string;
            /** @description Name of the author. */
            authorName?: string;
            /** @description Email address of the author. When it is an internal Zendesk QA user's address, this comment can be reviewed. */
            authorEmail?: string;
            /** @description `true` when the author is on your side (an agent), not the customer; Zendesk QA then adds `authorEmail` as an external user you can connect or invite. */
            authorIsNotClient?: boolean;
            /** @description `true` for a reply the customer saw; `false` for an internal note. */
            public?: boolean;
            /** @description The text, in Markdown or HTML. */
            comment?: string;
            /** @description When the comment was written. */
            created?: components["schemas"]["ImportTimestamp"];
            /** @description When it was last edited. */
            updated?: components["schemas"]["ImportTimestamp"];
            /** @description For a call, link to its recording. */
            recordingUrl?: string;
            /** @description Link to a file attached to the comment. */
            attachmentUrl?: string;
            /** @description File name of that attachment. */
            attachmentName?: string;
            /** @description For a call, its length (unit not documented; seconds is the natural reading). */
            callDuration?: components["schemas"]["Int64Input"];
            /** @description For a call, its direction (free text, e.g. `inbound` or `outbound`). */
            callDirection?: string;
            /** @description Undocumented flag; leave it out unless Zendesk QA asks you to set it. */
            isBucketKey?: boolean;
        };
        /** @description A custom field of a conversation. */
        TicketField: {
            /** @description Your ID of the field. */
            id?: string;
            /** @description Label shown in Zendesk QA. */
            label?: string;
            /** @description When the field last changed. */
            updated?: string;
            /** @description The field's values. */
            values?: components["schemas"]["TicketFieldValue"][];
        };
        /** @description One value of a custom field. */
        TicketFieldValue: {
            /** @description The value as shown. */
            label?: string;
            /** @description The value as stored. */
            value?: string;
        };
        /** @description A batch of users to import. */
        ImportUsersRequest: {
            /** @description The users. */
            data: components["schemas"]["UserImport"][];
        };
        /** @description A user to add to Zendesk QA, identified by email address. */
        UserImport: {
            /** @description The user's email address; it identifies the user. */
            userEmail: string;
            /** @description The user's name. */
            userName?: string;
        };
        /** @description A conversation as Zendesk QA stored it from an import. The Import API answers int64 values as JSON numbers (`internalId`). */
        ImportedTicket: {
            /** @description Your ID of the conversation (its `id` in the import). */
            externalId?: string;
            /**
             * Format: int64
             * @description Zendesk QA's own ID of the conversation, a JSON number. It may exceed 2^53, where JavaScript numbers lose precision.
             */
            internalId?: number;
            /** @description Subject. */
            subject?: string;
            /** @description The initial question or topic. */
            description?: string;
            /** @description When the conversation was created. */
            created?: string;
            /** @description When it last changed. */
            updated?: string;
            /** @description When Zendesk QA received the import. */
            imported?: string;
            /** @description Status as imported. */
            status?: string;
            /** @description Email address of the assigned agent. */
            assigneeEmail?: string;
            /** @description Name of the assigned agent. */
            assigneeName?: string;
            /** @description Name of the customer. */
            customerName?: string;
            /** @description Email address of the customer. */
            customerEmail?: string;
            /** @description Link to the conversation in the help desk. */
            url?: string;
            /** @description Tags. */
            tags?: string[];
            /** @description Custom fields. */
            ticketFields?: components["schemas"]["TicketField"][];
            /** @description The imported comments. */
            comments?: components["schemas"]["ImportedComment"][];
        };
        /** @description A comment as Zendesk QA stored it from an import. */
        ImportedComment: {
            /** @description Your ID of the comment (its `id` in the import). */
            externalId?: string;
            /**
             * Format: int64
             * @description Zendesk QA's own ID of the comment, a JSON number.
             */
            internalId?: number;
            /** @description Name of the author. */
            authorName?: string;
            /** @description Email address of the author. */
            authorEmail?: string;
            /** @description `false` for an internal note. */
            public?: boolean;
            /** @description The text. */
            comment?: string;
            /** @description When the comment was written. */
            created?: string;
            /** @description When it was last edited. */
            updated?: string;
            /** @description When Zendesk QA received it. */
            imported?: string;
            /** @description For a call, link to its recording. */
            recordingUrl?: string;
            /** @description Link to an attached file. */
            attachmentUrl?: string;
            /** @description File name of that attachment. */
            attachmentName?: string;
            /**
             * Format: int64
             * @description For a call, its length, a JSON number (same unit as on import).
             */
            callDuration?: number;
        };
    };
    responses: {
        /** @description The request was refused: an invalid or missing argument, a missing or wrong token, no permission, an unknown ID or too many requests (more than 1,500 a minute from one IP address). The body is a gRPC status (`ErrorResponse`); which HTTP status accompanies which gRPC `code` is not documented. */
        QaRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any other failure, such as an internal error of Zendesk QA. The body is a gRPC status (`ErrorResponse`). */
        QaError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
        WorkspacePath: components["schemas"]["Int64String"];
        /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
        FromDate: string;
        /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z`. */
        FromDateOptional: string;
        /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
        ToDate: string;
        /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
        Page: number;
        /** @description How many items a page holds. The default and the maximum are not documented. */
        PageSize: number;
        /** @description Opaque cursor: the `nextCursor` of the previous answer. Leave it out for the first page. */
        Cursor: string;
        /** @description Only rows of this workspace (its ID). */
        AutoQaWorkspaceId: components["schemas"]["Int64String"];
        /** @description Only rows of conversations that came through this help-desk connection (its ID). */
        AutoQaConnectionId: components["schemas"]["Int64String"];
        /** @description Only rows about this agent, by their ID in the help desk. */
        RevieweeExternalId: string;
        /** @description `true`: only the latest AutoQA result of each conversation (AutoQA may review a conversation again when it changes). Otherwise every result. */
        LatestOnly: boolean;
        /** @description ID of the quiz (`id` in `listQuizzes`). */
        QuizId: components["schemas"]["Int64String"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sendCsatEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the Klaus connection the conversation belongs to (Settings > Connections, cogwheel icon; listed under the connection's title). Each help-desk connection has its own ID. */
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsatEvent"];
            };
        };
        responses: {
            /** @description The event was accepted. Klaus does not document the status code or the body: it may be empty or any JSON value, and clients should not rely on its content. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatEventResponse"];
                };
            };
            /** @description The event was rejected (for example a missing or wrong token, an unknown connection or an invalid body). Neither the status codes nor the body are documented. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatErrorResponse"];
                };
            };
            /** @description Any other failure. Neither the status codes nor the body are documented. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatErrorResponse"];
                };
            };
        };
    };
    listWorkspaceReviews: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reviewed conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listAccountReviews: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reviewed conversations from all workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listWorkspaceCsat: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of CSAT answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listAccountCsat: {
        parameters: {
            query: {
                /** @description Only CSAT of this workspace (its ID). Without it, every workspace of the account. */
                workspace?: components["schemas"]["Int64String"];
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of CSAT answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsatExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listDisputes: {
        parameters: {
            query?: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z`. */
                fromDate?: components["parameters"]["FromDateOptional"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of disputes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputesExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listCalibrationSessions: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calibration sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationSessionsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listScorecards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All scorecards of the workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorecardsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listWorkspaceUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the workspace (`id` in `listWorkspaces`; also shown in the API connection's settings). */
                workspace: components["parameters"]["WorkspacePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listAccountUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspacesExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listAutoQaReviews: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Only rows of this workspace (its ID). */
                workspaceId?: components["parameters"]["AutoQaWorkspaceId"];
                /** @description Only rows of conversations that came through this help-desk connection (its ID). */
                connectionId?: components["parameters"]["AutoQaConnectionId"];
                /** @description Only rows about this agent, by their ID in the help desk. */
                revieweeExternalId?: components["parameters"]["RevieweeExternalId"];
                /** @description `true`: only the latest AutoQA result of each conversation (AutoQA may review a conversation again when it changes). Otherwise every result. */
                latestOnly?: components["parameters"]["LatestOnly"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Opaque cursor: the `nextCursor` of the previous answer. Leave it out for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of AutoQA review rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoQaReviewsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listAutoQaRatings: {
        parameters: {
            query: {
                /** @description Start of the date window, an RFC 3339 timestamp such as `2024-05-01T00:00:00Z` (URL-encode a `+` offset as `%2B`). */
                fromDate: components["parameters"]["FromDate"];
                /** @description End of the date window, an RFC 3339 timestamp. Without it the window is open-ended. */
                toDate?: components["parameters"]["ToDate"];
                /** @description Only rows of this workspace (its ID). */
                workspaceId?: components["parameters"]["AutoQaWorkspaceId"];
                /** @description Only rows of conversations that came through this help-desk connection (its ID). */
                connectionId?: components["parameters"]["AutoQaConnectionId"];
                /** @description Only rows about this agent, by their ID in the help desk. */
                revieweeExternalId?: components["parameters"]["RevieweeExternalId"];
                /** @description `true`: only the latest AutoQA result of each conversation (AutoQA may review a conversation again when it changes). Otherwise every result. */
                latestOnly?: components["parameters"]["LatestOnly"];
                /** @description Which page to answer. The answer's `pagination.page` says which page was served; the next one is that number plus one. Whether numbering starts at 0 or 1 is not documented. */
                page?: components["parameters"]["Page"];
                /** @description How many items a page holds. The default and the maximum are not documented. */
                pageSize?: components["parameters"]["PageSize"];
                /** @description Only ratings of this kind of AutoQA category (the value rows carry in `autoqaCategoryType`). */
                autoqaCategoryType?: string;
                /** @description Only ratings of this scorecard category (its ID). */
                ratingCategoryId?: components["schemas"]["Int64String"];
                /** @description Only ratings that name this root cause (a value of the rows' `rootCauseCodes`). */
                rootCauseCode?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous answer. Leave it out for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of AutoQA rating rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoQaRatingsExport"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    searchConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationSearchRequest"];
            };
        };
        responses: {
            /** @description The matching conversations (an empty list when there are none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationSearchResult"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listQuizzes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All quizzes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizList"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    getQuizLeaderboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leaderboard, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizLeaderboard"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    getQuizOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the quiz (`id` in `listQuizzes`). */
                id: components["parameters"]["QuizId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quiz and its answer statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizOverview"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    listQuizResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the quiz (`id` in `listQuizzes`). */
                id: components["parameters"]["QuizId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quiz's responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResponseList"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    getQuizResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the quiz (`id` in `listQuizzes`). */
                id: components["parameters"]["QuizId"];
                /** @description ID of the response (`responseId` in `listQuizResponses`). */
                response: components["schemas"]["Int64String"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response with its answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResponseDetail"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    importTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTicketsRequest"];
            };
        };
        responses: {
            /** @description The tickets were imported. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    deleteImportedTickets: {
        parameters: {
            query?: {
                /** @description Your IDs of the conversations to delete, one query parameter per ID. */
                ticketExternalIds?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations were deleted. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    getImportedTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Your ID of the conversation (the `id` it was imported with). */
                ticketExternalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The imported conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedTicket"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
    importUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportUsersRequest"];
            };
        };
        responses: {
            /** @description The users were imported. The body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            "4XX": components["responses"]["QaRejected"];
            default: components["responses"]["QaError"];
        };
    };
}
