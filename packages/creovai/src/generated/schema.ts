// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit
/* eslint-disable */
export interface paths {
    "/Token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token authentication API
         * @description Exchanges the client ID and secret of a Creovai API user for a bearer access token (OAuth 2.0
         *     client-credentials grant, form-encoded). The token is valid for `expires_in` seconds (about 30
         *     minutes); the API user's secret itself is valid for 365 days. Both SDKs keep the token until
         *     45 seconds before it expires and drop it on a 401. v1 and v2 routes use the same token.
         *
         *     Marked `x-cxkit-idempotent`: issuing a token changes nothing on the server, so a retry is safe.
         */
        post: operations["getToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chatCapture/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sending Chat interactions via Creovai API
         * @description Uploads one chat session: its time span, its participants (contacts) and each participant's
         *     messages, plus free-form metadata. Creovai answers with the call ID it assigned to the session
         *     (the primary ID of the session in Creovai; GUI link `https://<instance>.Creovai.io/calls/<callId>`).
         *     A session's call ID can also be looked up by `SessionId` with `getCallStatuses`.
         *
         *     All times are UTC (`Z` or `+00:00`). Keep `UtcStart <= UtcEnd` and every message's `UtcTimestamp`
         *     within `[UtcStart, UtcEnd]`: Creovai's v2 SDK refuses chats that break either rule (the v1 SDK
         *     checks nothing, and the docs' own sample dates its messages the day before `UtcStart`).
         *
         *     Not idempotent: `SessionId` must be unique per instance, but what the server does with a second
         *     upload of the same `SessionId` (reject, replace or duplicate) is not documented.
         */
        post: operations["uploadChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callCapture/v1/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archived Call Upload API
         * @description Uploads one finished call recording as `multipart/form-data` with two parts: `info`, the call's
         *     description as JSON (`RecordingInfo`), and `data`, the audio file with its own media type
         *     (`audio/wav`, `audio/mp3`, `audio/ogg`…). Creovai answers with the call ID it assigned.
         *
         *     The v1 SDK fills `Audio.Format` from the audio part's media type (`audio/wav` → `wav`,
         *     `audio/mp3` → `mp3`, `audio/ogg` → `opus`, `audio/mp4`/`audio/m4a` → `mp4`, `audio/wma` → `wma`,
         *     `-helium` variants → `mp4helium`/`wmahelium`) and passes other types through unchanged. Each
         *     contact's `Channel` must match a channel of the audio (0- or 1-based); by default Creovai
         *     quarantines calls whose channels or length do not match the description.
         *
         *     The docs' sample writes the `info` members in camelCase (`sessionId`, `metaData`); the v1 SDK sends
         *     PascalCase, and the server accepts either.
         *
         *     Not idempotent: `SessionId` must be unique per instance, and what a second upload of the same
         *     session does is not documented.
         */
        post: operations["uploadCallArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callCapture/v1/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call Status API
         * @description Reports the processing status of one or more uploads by their session IDs, with the call ID
         *     Creovai assigned to each. A session Creovai does not know is reported with `Status: NotFound`
         *     (not an HTTP error). Also the way to check that a purge has completed.
         *
         *     The answer's member names follow the v1 SDK's model (PascalCase); the SDK reads them
         *     case-insensitively, so a camelCase answer is possible.
         *
         *     Marked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads
         *     and changes nothing.
         */
        post: operations["getCallStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callCapture/v1/status/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Call Status API (single session, legacy)
         * @deprecated
         * @description Reads the status of a single session. Deprecated: Creovai's v1 SDK used this route only until
         *     December 2016, then moved every status request to `POST /callCapture/v1/status`
         *     (`getCallStatuses`) because this route answers 404 for an unknown session, where the POST reports
         *     `NotFound` in its body. It is kept for code that still calls it; new code should use
         *     `getCallStatuses` or v2 `getSessionStatus`.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, before commit
         *     914b452); no public reference page.
         */
        get: operations["getCallStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callCapture/v1/status/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call Status API (exclude sessions)
         * @description Marks uploads, by session ID, as excluded from processing; their status then reads `Excluded`.
         *     The answer has no documented body.
         *
         *     Marked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again
         *     leaves it as it was.
         */
        post: operations["excludeCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/caseCapture/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case capture (v1)
         * @description Creates or updates one case (a ticket from a case-management system): its time span, its messages
         *     (each with its sender's reference ID and channel, such as `Web` or `email`) and its contacts.
         *     Creovai answers with the case ID it assigned, next to your `ReferenceId`. Calls and chats that
         *     belong to the case can name it later (v2 `caseReferenceId`). Times are UTC.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK, a "beta" client
         *     there); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: the SDK describes the answer as that of "creating or updating a
         *     case" keyed by the required `ReferenceId`, so re-sending the same case rewrites it with the same
         *     content.
         */
        post: operations["uploadCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callEvent/v1/outofband/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Async Metadata API
         * @description Adds metadata to a call or chat after its upload, found by its session ID (for example CRM data
         *     that becomes available later). Events are applied in `EventTime` order, so when two events set
         *     the same field the later event's value wins. Without a `SessionId`, Creovai can match the event
         *     to a call by its metadata once support has configured "Async Metadata Matching". Needs the
         *     `AsyncMetaData` role on the API user.
         *
         *     The docs' sample writes `EventTime` as `2018/10/15T09:00:00.000Z`, which is not RFC 3339; the SDK
         *     sends ISO 8601 (`2020-09-10T03:16:11.190Z`), as modelled here.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["sendCallMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callEvent/v1/outofband/mastercall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Async Metadata API (by master call ID)
         * @description Adds metadata to every call that shares a master call ID (the ID that ties the parts of a
         *     transferred call together). Same rules as `sendCallMetadata`; needs the `AsyncMetaData` role.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
         *     reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["sendMasterCallMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callEvent/v1/outofband/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Async Metadata API (by case reference ID)
         * @description Adds metadata to a case, found by the reference ID it has in your case-management system. Same
         *     rules as `sendCallMetadata`; needs the `AsyncMetaData` role.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
         *     reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["sendCaseMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callCapture/v1/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Broker heartbeat (v1)
         * @description Reports the health of an upload broker (the service that sends recordings to Creovai), so that
         *     Creovai, or your own monitoring through an endpoint Creovai can make available, notices a broker
         *     that stopped uploading. Send it periodically; there should be one broker per API user, and `Name`
         *     lets Creovai notice a second one.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
         *     reference page. That SDK writes `Status` as a number; the v2 SDK's separate heartbeat package
         *     still posts to this route, in camelCase with `Status` as a name, so both forms are accepted.
         *
         *     Marked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only
         *     reports it again.
         */
        post: operations["sendHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/v1/recordingSettings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recording settings (v1)
         * @description Lists the recording setting of each known participant reference, per source system, so that a
         *     broker can skip calls it must not record or send.
         *
         *     Shape taken from Creovai's deprecated v1 .NET SDK source (Tethr.AudioBroker.SDK); no public
         *     reference page. The values of `RecordingSetting` are not documented.
         */
        get: operations["listRecordingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callShare/v1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Guest user token API
         * @description Creates a link that lets one guest user, identified by e-mail address, open one call. The link
         *     expires after 8 hours by default. On first use the guest signs up with a password for that
         *     address (or logs in with it), then lands on the call; the address must belong to the guest, as
         *     account messages go to it. Needs the call share role on the API user.
         *
         *     The docs write the route `/callshare/v1/token` and the request members in camelCase
         *     (`callId`, `email`); the v1 SDK sends `/callShare/v1/token` with PascalCase members. The answer's
         *     members are as the docs show them.
         *
         *     Marked `x-cxkit-idempotent`: a retry only issues another link for the same guest and call; a link
         *     issued by a lost attempt stays unused and expires.
         */
        post: operations["createCallShareToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purge/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call purge APIs (by call ID)
         * @description Deletes calls by their Creovai call IDs, up to 100 per request. Each ID gets a result item:
         *     `Purging` (deletion started; `getCallStatuses` shows when it is done), `NotFound` (unknown or
         *     already purged) or `Error` (see `errorMsg`). Needs the purge permission on the API user.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
         *     re-sent attempt may report `NotFound` for calls the lost attempt already purged.
         */
        post: operations["purgeCalls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purge/v1/calls/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call purge APIs (by session ID)
         * @description Deletes calls by the session IDs they were uploaded with, up to 100 per request. Same answer as
         *     `purgeCalls`. Needs the purge permission on the API user.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
         *     re-sent attempt may report `NotFound` for calls the lost attempt already purged.
         */
        post: operations["purgeCallsBySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purge/v1/calls/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call purge APIs (by customer)
         * @description Deletes every call with a customer's phone number (in the form Creovai stored it). With
         *     `whatIf=true` nothing is deleted and the answer lists the calls that would be. Needs the purge
         *     permission on the API user.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating
         *     either leaves the same result; a re-sent purge may report `NotFound` for calls the lost attempt
         *     already purged.
         */
        post: operations["purgeCallsByCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a call (v2)
         * @description Uploads one finished call recording as `multipart/form-data`: an `info` part with the call's
         *     description as camelCase JSON (`CaptureCallRequest`) and a `data` part with the audio in its own
         *     media type. Creovai answers with the interaction ID it assigned. The v2 successor of
         *     `uploadCallArchive`: `masterCallId` became `masterId`, `contacts` became `participants`,
         *     `startTime`/`endTime` became `utcStart`/`utcEnd`, and a call can join a case or collection.
         *
         *     Times are UTC (`Z` or `+00:00`); `utcEnd` is optional (Creovai then takes the audio's length), and
         *     when given it must not be before `utcStart`. The SDK refuses a call without `sessionId`,
         *     `utcStart` or participants, and fills `audio.format` from the audio part's media type when it is
         *     empty (same mapping as v1: `audio/wav` → `wav`, `audio/ogg` → `opus`…). (The SDK's own start/end
         *     check is inverted and throws when `utcStart < utcEnd`; the rule meant is `utcStart <= utcEnd`.)
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: `sessionId` must be unique per instance, and what a second upload of the same
         *     session does is not documented.
         */
        post: operations["captureCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a chat (v2)
         * @description Uploads one chat session with its participants and their messages. The v2 successor of
         *     `uploadChat`: camelCase members, `contacts` became `participants` (each now needs a
         *     `referenceId`), `masterCallId` became `masterId`, messages may carry custom events, and a chat can
         *     join a case or collection. Creovai answers with the interaction ID.
         *
         *     All times are UTC (`Z` or `+00:00`). The SDK refuses a chat that has no `sessionId`, no
         *     participants, a participant without `referenceId` or `type`, a message without `content`, a
         *     `utcStart` after `utcEnd`, or a message whose `utcTimestamp` lies outside
         *     `[utcStart, utcEnd]`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: `sessionId` must be unique per instance, and what a second upload of the same
         *     session does is not documented.
         */
        post: operations["captureChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a case (v2)
         * @description Creates or updates one case: `sessionId` is the case's ID in your case-management system (calls
         *     and chats of the case name it as `caseReferenceId`), with its time span, messages and
         *     participants. Cases sharing a `masterId` are analysed as one long case; a `collectionId` only
         *     groups interactions. Creovai answers with the interaction ID. Times are UTC.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: the SDK documents this request as "creating or updating a case"
         *     keyed by the required `sessionId`, so re-sending the same case rewrites it with the same content.
         */
        post: operations["captureCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/status/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Broker heartbeat (v2)
         * @description Reports the health of an upload broker, as `sendHeartbeat` does on the v1 route, with camelCase
         *     members and `status` as a name.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a heartbeat reports the current state, so a repeated one only
         *     reports it again.
         */
        post: operations["sendCaptureHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/status/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Session status (v2)
         * @description Reads the processing status of one session and the interaction ID Creovai assigned to it.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. Whether
         *     an unknown session is answered with `status: NotFound` or an HTTP 404 is not shown there.
         */
        get: operations["getSessionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session statuses (v2)
         * @description Reads the processing status of several sessions at once, by session ID.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a POST only because the list of IDs travels in the body; it reads
         *     and changes nothing.
         */
        post: operations["getSessionStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/status/exclude/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exclude a session (v2)
         * @description Marks one session as excluded from processing; its status then reads `Excluded`. No request
         *     body, no documented answer body.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: it sets a state, so excluding an already excluded session again
         *     leaves it as it was.
         */
        post: operations["excludeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/status/exclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exclude sessions (v2)
         * @description Marks several sessions, by session ID, as excluded from processing. No documented answer body.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: it sets a state, so excluding already excluded sessions again leaves
         *     them as they were.
         */
        post: operations["excludeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/outofband/interaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append metadata by session ID (v2)
         * @description Adds metadata to the call or chat uploaded with a session ID. Events are applied in `eventTime`
         *     order, so when two events set the same field the later event's value wins; the SDK sends the
         *     current time when `eventTime` is not given. Needs the `AsyncMetaData` role on the API user.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["appendInteractionMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/outofband/master": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append metadata by master ID (v2)
         * @description Adds metadata to every interaction that shares a master ID. Same rules as
         *     `appendInteractionMetadata`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["appendMasterMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/outofband/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append metadata by case reference ID (v2)
         * @description Adds metadata to the interactions of a case, found by the case's ID in your case-management
         *     system. Same rules as `appendInteractionMetadata`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["appendCaseMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/capture/v2/outofband/collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Append metadata by collection ID (v2)
         * @description Adds metadata to every interaction of a collection (interactions grouped by `collectionId`
         *     without being analysed as one). Same rules as `appendInteractionMetadata`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Not idempotent: whether a repeated event is stored twice is not documented.
         */
        post: operations["appendCollectionMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/v2/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interaction details (v2)
         * @description Reads what Creovai knows and found about one interaction (call, chat, case, or a flow, a
         *     composite of several): its IDs, times, participants with their segments, classifications,
         *     custom-field values, talk and silence metrics and metadata. Utterances (the transcript) are
         *     included only when Creovai support has enabled full transcripts for the API key. For a flow, pass
         *     the flow ID and `isFlow=true`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page. (The SDK
         *     appends `&isFlow=true` to the path without a `?`; the query parameter is modelled as meant.) The
         *     objects stay open: Creovai may send members the SDK does not model.
         */
        get: operations["getInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/v2/{id}/audio.mp3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interaction audio (v2)
         * @description Downloads an interaction's audio as one MP3 stream (the mixed recording).
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         */
        get: operations["getInteractionAudio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/Interactions/v2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interaction share token (v2)
         * @description Creates a link that lets one guest user, identified by e-mail address, open one interaction
         *     without a Creovai account of their own: the v2 successor of `createCallShareToken`
         *     (`callId` → `interactionId`, `callUrl` → `shareUri`). The path's capital `I` is as the SDK sends
         *     it.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a retry only issues another link for the same guest and
         *     interaction; a link issued by a lost attempt stays unused and expires.
         */
        post: operations["createInteractionShareToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/v2/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge interactions by ID (v2)
         * @description Deletes interactions by their Creovai interaction IDs. Each ID gets a result item: `Purging`,
         *     `NotFound` (unknown or already purged) or `Error` (see `errorMsg`). With
         *     `allowIncompleteInteraction`, interactions still being processed are purged too, when their
         *     state allows. No maximum number of IDs is stated for v2 (v1 takes 100).
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
         *     re-sent attempt may report `NotFound` for interactions the lost attempt already purged.
         */
        post: operations["purgeInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/v2/purge/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge interactions by session ID (v2)
         * @description Deletes interactions by the session IDs they were uploaded with. Same request and answer as
         *     `purgeInteractions`, with session IDs in `ids`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete, so repeating it leaves the same result; a
         *     re-sent attempt may report `NotFound` for interactions the lost attempt already purged.
         */
        post: operations["purgeInteractionsBySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interactions/v2/purge/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Purge interactions by customer (v2)
         * @description Deletes every interaction where one of the given phone numbers or e-mail addresses belongs to an
         *     external participant (phone numbers in the form Creovai stored them). With `whatIf=true` nothing
         *     is deleted and each interaction that would be is listed with `status: WhatIf`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         *
         *     Marked `x-cxkit-idempotent`: a purge is a delete and a `whatIf` request reads only, so repeating
         *     either leaves the same result; a re-sent purge may report `NotFound` for interactions the lost
         *     attempt already purged.
         */
        post: operations["purgeInteractionsByCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processing/v2/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories (v2)
         * @description Lists every category Creovai can detect or score (phrases, deep phrases, sequences, scores…),
         *     with how it is shown: its `key` links it to the classifications and segments of
         *     `getInteraction`.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processing/v2/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Custom fields (v2)
         * @description Lists the custom fields defined in Creovai (values extracted from interaction metadata), with
         *     their type and how the UI shows them.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         */
        get: operations["listCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processing/v2/ParticipantRefTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participant reference types (v2)
         * @description Lists the participant reference types configured in Creovai (`agent`, `customer`…, the `refType`
         *     of interaction participants), whether each is internal, and whether it is left out of analytics.
         *     The path's capitals are as the SDK sends them.
         *
         *     Shape taken from Creovai's .NET SDK source (Tethr.sdk-dotnet); no public reference page.
         */
        get: operations["listParticipantRefTypes"];
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
    callSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call Summary - Outbound Webhook
         * @description When Creovai has finished a call, it can post that call's details to a URL you give Creovai: its
         *     ID and link, its UTC times, and each participant with the segments Creovai detected (sentences,
         *     phrase detections with their category and score…). The payload is JSON with ISO 8601 times and
         *     carries more than the documented keys (general call metadata among them), so it stays open.
         *
         *     Your endpoint must be HTTPS with a certificate from a trusted authority (self-signed certificates
         *     are refused). Creovai calls it either without authentication or with HTTP Basic credentials you
         *     configure (`webhookBasic`); there is no signature to verify. No retry policy is documented.
         *
         *     There is one event type and no event ID: `callId` identifies the call the summary is about, and
         *     one summary is sent per finished call, so `callId` serves as the de-duplication key
         *     (`x-cxkit-webhooks.id`).
         */
        post: operations["callSummaryEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Undocumented error body: Creovai answers errors with a status code and, for validation errors, a plain-text message; a JSON body is possible. Kept loose on purpose. */
        ErrorResponse: string | Record<string, unknown>;
        /**
         * Format: date-time
         * @description An RFC 3339 time in UTC: it must end in `Z` or `+00:00`. Creovai's v2 SDK refuses times without a time zone, and both SDKs convert local times to UTC before sending.
         * @example 2024-05-02T14:43:34Z
         */
        UtcDateTime: string;
        /** @description Any JSON object, stored with the interaction and available in the UI, reports and data feeds (for example a CRM customer ID, a disposition code, the IVR's routing group). No schema is imposed. */
        Metadata: {
            [key: string]: unknown;
        };
        TokenRequest: {
            /**
             * @description Always `client_credentials`.
             * @constant
             */
            grant_type: "client_credentials";
            /** @description Client ID of the Creovai API user. */
            client_id: string;
            /** @description Client secret of the Creovai API user (valid for 365 days). */
            client_secret: string;
        };
        TokenResponse: {
            /** @description The bearer token for the other operations. */
            access_token: string;
            /**
             * @description Token type; `bearer` (Creovai's SDK rejects any other value).
             * @example bearer
             */
            token_type: string;
            /**
             * @description Seconds until the token expires (1799 in the docs, i.e. about 30 minutes).
             * @example 1799
             */
            expires_in: number;
        };
        /** @description One chat session. */
        ChatCall: {
            /** @description Unique identifier of the chat in the sending system. */
            SessionId: string;
            /** @description Optional identifier shared by several chats or calls that together make up one complete interaction. */
            MasterCallId?: string;
            /** @description Start of the chat, in UTC. */
            UtcStart: components["schemas"]["UtcDateTime"];
            /** @description End of the chat, in UTC; not before `UtcStart`. */
            UtcEnd: components["schemas"]["UtcDateTime"];
            /** @description The participants of the chat, each with its messages. */
            Contacts: components["schemas"]["ChatContact"][];
            /** @description Any JSON object, stored with the chat and available in the UI, reports and data feeds (for example a CRM customer ID). */
            Metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A participant of the chat. */
        ChatContact: {
            /** @description Optional reference ID or name of the contact. */
            ReferenceId?: string;
            /** @description Optional first name. */
            FirstName?: string;
            /** @description Optional last name. (Used in the docs' sample, though missing from the docs' C# model.) */
            LastName?: string;
            /** @description Optional e-mail address. */
            Email?: string;
            /**
             * @description The kind of participant. The default types are `Agent`, `Customer` and `System`; other (custom) types configured in Creovai are allowed.
             * @example Agent
             * @example Customer
             * @example System
             */
            Type: string;
            /** @description The messages this contact sent. */
            Messages: components["schemas"]["ChatMessage"][];
        };
        ChatMessage: {
            /** @description The message text. */
            Content: string;
            /** @description When the message was posted, in UTC; within `[UtcStart, UtcEnd]` of the chat. */
            UtcTimestamp: components["schemas"]["UtcDateTime"];
        };
        /** @description The call ID Creovai assigned to the chat. The documented name is `callId`, but the server binds and writes names case-insensitively and has also been seen answering `CallId`; exactly which one is sent is not guaranteed, so at least one of them is present. `chatCallId()` in @cxkit/creovai reads either. */
        ChatCaptureResponse: {
            /** @description Creovai call ID (documented spelling). */
            callId: string;
        } | {
            /** @description Creovai call ID (PascalCase spelling). */
            CallId: string;
        };
        /**
         * @description Who started the call: `Inbound` from outside the telephony system, `Outbound` from inside to an outside line, `Internal` between two devices inside it, `Unknown` when not known (the default). Any other value is refused with a 400.
         * @enum {string}
         */
        InteractionDirection: "Unknown" | "Inbound" | "Outbound" | "Internal";
        /** @description The two parts of an archived call upload. */
        ArchivedRecordingUpload: {
            info: components["schemas"]["RecordingInfo"];
            /**
             * Format: binary
             * @description The recording, sent with its own media type (`audio/wav`, `audio/mp3`, `audio/ogg`, `audio/mp4`, `audio/wma`…).
             */
            data: Blob | Uint8Array | ArrayBuffer | string;
        };
        /** @description The description of an archived call (the `info` part). The recorded length and `StartTime` to `EndTime` should agree: by default Creovai quarantines calls where they do not. */
        RecordingInfo: {
            /** @description Your recorder's unique ID of the recording, unique across everything uploaded to the instance; lets the recorder check later that Creovai received the call. */
            SessionId: string;
            /** @description Optional ID shared by the parts of one call that the recorder split (for example on a transfer), so that Creovai links them. */
            MasterCallId?: string;
            Direction?: components["schemas"]["InteractionDirection"];
            /** @description Start of the call, in UTC. */
            StartTime: components["schemas"]["UtcDateTime"];
            /** @description End of the call, in UTC; optional, not before `StartTime`. */
            EndTime?: components["schemas"]["UtcDateTime"];
            /** @description The participants of the call, one per audio channel. */
            Contacts: components["schemas"]["RecordingContact"][];
            /** @description For inbound calls, the number the caller dialed (a trunk line or a campaign number); best left out for direct-dial and outbound calls. */
            NumberDialed?: string;
            Audio?: components["schemas"]["RecordingAudio"];
            Metadata?: components["schemas"]["Metadata"];
        };
        /** @description A participant of an archived call. */
        RecordingContact: {
            /** @description Optional ID of the participant in your systems (for example the agent ID). */
            ReferenceId?: string;
            /** @description Optional first name. */
            FirstName?: string;
            /** @description Optional last name. */
            LastName?: string;
            /** @description The audio channel this participant speaks on (0- or 1-based, matching the audio). Only one participant per channel. */
            Channel: number;
            /** @description Optional phone number or extension. */
            PhoneNumber?: string;
            /**
             * @description The participant type: `Agent` and `Customer` are predefined (the docs write them in lower case), others such as `IVR` can be configured in Creovai. Only one participant per type.
             * @example agent
             * @example customer
             */
            Type: string;
        };
        /** @description The audio format of an archived call. */
        RecordingAudio: {
            /**
             * @description Creovai's name of the audio format; the v1 SDK derives it from the audio part's media type. Formats the SDK does not know are passed as the media type itself.
             * @example wav
             * @example mp3
             * @example opus
             * @example mp4
             * @example mp4helium
             * @example wma
             * @example wmahelium
             */
            Format?: string;
        };
        /** @description The call ID Creovai assigned to the recording. As for chats, the answer may spell it `callId` or `CallId` (the v1 SDK reads it case-insensitively into the same model as the chat answer). */
        ArchiveCallResponse: {
            /** @description Creovai call ID (camelCase spelling). */
            callId: string;
        } | {
            /** @description Creovai call ID (PascalCase spelling, the SDK model's). */
            CallId: string;
        };
        CallSessionIdsRequest: {
            /** @description Session IDs of the uploads. */
            CallSessionIds: string[];
        };
        CallStatusesResponse: {
            /** @description One status per requested session. */
            CallSessions: components["schemas"]["CallStatus"][];
        };
        /** @description The processing status of one v1 upload. */
        CallStatus: {
            /**
             * @description `InProgress` while the call is ongoing, `Concluded` when it ended and is being processed, `Complete` when processing is done, `NotFound` when no upload has this session ID (also after a purge), `Excluded` when it was excluded from processing.
             * @enum {string}
             */
            Status: "InProgress" | "Concluded" | "Complete" | "NotFound" | "Excluded";
            /** @description The Creovai call ID, when the session is known. */
            CallId?: string | null;
            /** @description The requested session ID. */
            SessionId: string;
            /** @description The call's length in seconds, when known (0 otherwise). */
            DurationSec?: number;
        };
        /** @description One case from a case-management system. */
        CaseSession: {
            /** @description The case's ID in your case-management system (the key of the case). */
            ReferenceId: string;
            /** @description Optional ID that makes several cases one composite interaction, analysed as a single longer case. */
            MasterId?: string;
            /** @description Optional ID that groups cases (and calls or chats) without analysing them as one interaction. */
            CollectionId?: string;
            Metadata?: components["schemas"]["Metadata"];
            /** @description When the case was opened, in UTC. */
            UtcStart: components["schemas"]["UtcDateTime"];
            /** @description When the case was closed, in UTC; not before `UtcStart`. */
            UtcEnd: components["schemas"]["UtcDateTime"];
            /** @description The case's messages. */
            Messages?: components["schemas"]["CaseMessage"][];
            /** @description The case's participants; each message's sender must be one of them. */
            Contacts: components["schemas"]["CaseContact"][];
        };
        /** @description One message of a case. */
        CaseMessage: {
            /** @description When the message was sent, in UTC. */
            UtcTimestamp: components["schemas"]["UtcDateTime"];
            /** @description The `ReferenceId` of the contact who sent the message. */
            SenderReferenceId: string;
            /**
             * @description The channel the message came through, such as `Web` or `email`.
             * @example Web
             * @example email
             */
            Channel: string;
            /** @description The message text. */
            Content: string;
        };
        /** @description A participant of a case. */
        CaseContact: {
            /** @description The contact's ID or name, referenced by `SenderReferenceId`. */
            ReferenceId: string;
            /** @description Optional first name. */
            FirstName?: string;
            /** @description Optional last name. */
            LastName?: string;
            /** @description Optional e-mail address. */
            Email?: string;
            /** @description Optional phone number. */
            PhoneNumber?: string;
            /**
             * @description The participant type; `Agent` and `Customer` by default, others can be configured.
             * @example Agent
             * @example Customer
             */
            Type: string;
        };
        /** @description The stored case. Member names as in the v1 SDK's model (which reads them case-insensitively). */
        CaseCaptureResponse: {
            /** @description The `ReferenceId` sent. */
            ReferenceId?: string | null;
            /** @description Creovai's ID of the case: the primary ID to keep for troubleshooting. */
            CaseId?: string | null;
            /** @description The collection the case belongs to, if any. */
            CollectionId?: string | null;
        };
        /** @description Metadata for a call or chat, found by session ID. */
        SessionMetadataEvent: {
            /** @description The session ID of the call or chat. Optional: without it Creovai matches the event to a call by its metadata, once support has configured that matching. */
            SessionId?: string;
            /**
             * Format: date-time
             * @description When the event this metadata describes happened; events are applied in this order, so the later value of a field wins.
             */
            EventTime: string;
            Metadata: components["schemas"]["Metadata"];
        };
        /** @description Metadata for every call with a master call ID. */
        MasterCallMetadataEvent: {
            /** @description The master call ID of the calls. */
            MasterCallId: string;
            /**
             * Format: date-time
             * @description When the event happened; the later value of a field wins.
             */
            EventTime: string;
            Metadata: components["schemas"]["Metadata"];
        };
        /** @description Metadata for a case, found by its reference ID. */
        CaseMetadataEvent: {
            /** @description The case's ID in your case-management system. */
            CaseReferenceId: string;
            /**
             * Format: date-time
             * @description When the event happened; the later value of a field wins.
             */
            EventTime: string;
            Metadata: components["schemas"]["Metadata"];
        };
        /**
         * @description A broker's health: `Healthy` when all works, `Warning` when something is out of its normal range, `Error` when errors need a look, `Offline` when it cannot process calls, `Unknown` when not known.
         * @enum {string}
         */
        MonitorStatusName: "Unknown" | "Healthy" | "Warning" | "Error" | "Offline";
        /** @description A heartbeat of an upload broker (v1 route). */
        MonitorEvent: {
            /** @description The broker's health, as a number (`0` Unknown, `1` Healthy, `10` Warning, `20` Error, `30` Offline: the v1 SDK's form) or as its name (the v2 heartbeat package's form). */
            Status: (0 | 1 | 10 | 20 | 30) | components["schemas"]["MonitorStatusName"];
            /**
             * Format: date-time
             * @description The broker's local time, with its UTC offset.
             */
            TimeStamp: string;
            /** @description The broker's name, usually its machine name; a change tells Creovai that a second broker reports for the same API user. */
            Name: string;
            /** @description The broker's version, such as `1.0.0.29`. */
            SoftwareVersion?: string;
        };
        /** @description Every recording setting known to Creovai. */
        RecordingSettingSummaries: components["schemas"]["RecordingSettingSummary"][];
        /** @description The recording setting of one participant reference in one source system. */
        RecordingSettingSummary: {
            /** @description The participant reference type (such as `agent`). */
            RefType?: string | null;
            /** @description The source system the reference comes from. */
            Source?: string | null;
            /** @description The participant's ID in that source. */
            LookupId?: string | null;
            /** @description The setting (its values are not documented). */
            RecordingSetting?: string | null;
        };
        CallShareRequest: {
            /** @description The Creovai call ID to share. */
            CallId: string;
            /** @description E-mail address of the guest who will open the call. */
            Email: string;
        };
        CallShareResponse: {
            /** @description The link that opens the call for the guest. */
            callUrl: string;
            /**
             * Format: date-time
             * @description When the link expires (8 hours after issue by default).
             */
            expiration: string;
        };
        CallPurgeIdsRequest: {
            /** @description Call IDs (`purgeCalls`) or session IDs (`purgeCallsBySession`), at most 100. */
            ids: string[];
        };
        CallPurgeCustomerRequest: {
            /** @description The customer's phone number, formatted as Creovai stored it. */
            phoneNumber: string;
        };
        CallPurgeSummary: {
            /** @description One result per requested or found call. */
            items: components["schemas"]["CallPurgeItem"][];
        };
        CallPurgeItem: {
            /** @description The Creovai call ID (null when a requested session ID was not found). */
            callId?: string | null;
            /** @description The call's session ID (null when a requested call ID was not found). */
            sessionId?: string | null;
            /**
             * @description `Purging` when deletion started, `NotFound` when the ID is unknown or already purged, `Error` when it failed (see `errorMsg`), `WhatIf` for a call a `whatIf=true` request would purge (the v1 docs name the first three; `WhatIf` is the v2 SDK's name for the fourth).
             * @enum {string}
             */
            status: "Purging" | "NotFound" | "Error" | "WhatIf";
            /** @description The error message, if any. */
            errorMsg?: string | null;
        };
        CaptureResponse: {
            /** @description The Creovai interaction ID assigned to the upload (the v1 call ID): keep it for troubleshooting and for `getInteraction`. */
            id: string;
        };
        /** @description The two parts of a v2 call upload. */
        CaptureCallUpload: {
            info: components["schemas"]["CaptureCallRequest"];
            /**
             * Format: binary
             * @description The recording, sent with its own media type (`audio/wav`, `audio/mp3`, `audio/ogg`, `audio/mp4`, `audio/wma`…).
             */
            data: Blob | Uint8Array | ArrayBuffer | string;
        };
        /** @description The description of a v2 call upload (the `info` part). */
        CaptureCallRequest: {
            /** @description Your recorder's unique ID of the recording, unique across everything uploaded to the instance. */
            sessionId: string;
            /** @description Optional ID shared by the parts of one call that the recorder split, so that Creovai treats them as one call (the SDK drops an empty one). */
            masterId?: string;
            /** @description Optional ID of the case this call belongs to (the case's `sessionId` in `captureCase`). */
            caseReferenceId?: string;
            /** @description Optional ID that groups this call with other interactions, without joining them. */
            collectionId?: string;
            /** @description Start of the call, in UTC. */
            utcStart: components["schemas"]["UtcDateTime"];
            /** @description End of the call, in UTC, not before `utcStart`; optional: Creovai then takes the length of the audio. */
            utcEnd?: components["schemas"]["UtcDateTime"];
            /** @description The participants of the call, one per audio channel. */
            participants: components["schemas"]["CaptureCallParticipant"][];
            direction?: components["schemas"]["InteractionDirection"];
            /** @description For inbound calls, the number the caller dialed (a trunk line or a campaign number); best left out otherwise. */
            numberDialed?: string;
            audio?: components["schemas"]["CaptureAudio"];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A participant of a v2 call. */
        CaptureCallParticipant: {
            /** @description Optional ID of the participant in your systems. */
            referenceId?: string;
            /** @description Optional first name. */
            firstName?: string;
            /** @description Optional last name. */
            lastName?: string;
            /** @description The audio channel this participant speaks on (0- or 1-based, matching the audio); one participant per channel. */
            channel: number;
            /** @description Optional phone number or extension. */
            phoneNumber?: string;
            /**
             * @description Optional participant type: `Agent` and `Customer` are predefined, others (such as `IVR`) can be configured. One participant per type.
             * @example Agent
             * @example Customer
             */
            type?: string;
        };
        /** @description The audio format of a v2 call upload. */
        CaptureAudio: {
            /**
             * @description Creovai's name of the audio format (`wav`, `mp3`, `opus`, `mp4`, `mp4helium`, `wma`, `wmahelium`); the SDK derives it from the audio part's media type when left empty.
             * @example wav
             */
            format?: string;
        };
        /** @description One chat session (v2). */
        CaptureChatRequest: {
            /** @description Unique ID of the chat in the sending system, unique across the instance. */
            sessionId: string;
            /** @description Optional ID shared by several chats that together make one complete chat. */
            masterId?: string;
            /** @description Optional ID of the case this chat belongs to. */
            caseReferenceId?: string;
            /** @description Optional ID that groups this chat with other interactions, without joining them. */
            collectionId?: string;
            /** @description Start of the chat, in UTC. */
            utcStart: components["schemas"]["UtcDateTime"];
            /** @description End of the chat, in UTC; not before `utcStart`. */
            utcEnd: components["schemas"]["UtcDateTime"];
            /** @description The participants of the chat, each with the messages it sent. */
            participants: components["schemas"]["CaptureChatParticipant"][];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A participant of a v2 chat; `referenceId` and `type` together identify it. */
        CaptureChatParticipant: {
            /** @description The participant's ID in your systems. */
            referenceId: string;
            /** @description Optional first name. */
            firstName?: string;
            /** @description Optional last name. */
            lastName?: string;
            /**
             * @description The participant type: `Agent`, `Customer`, `System` (automatic messages) or `Bot` (virtual agents), or a type configured in Creovai.
             * @example Agent
             * @example Customer
             * @example System
             * @example Bot
             */
            type: string;
            /** @description Optional phone number. */
            phoneNumber?: string;
            /** @description Optional e-mail address. */
            email?: string;
            /** @description The messages this participant sent. */
            messages?: components["schemas"]["CaptureChatMessage"][];
        };
        CaptureChatMessage: {
            /** @description The message text. */
            content: string;
            /** @description When the message was sent, in UTC; within `[utcStart, utcEnd]` of the chat. */
            utcTimestamp: components["schemas"]["UtcDateTime"];
            /** @description Optional custom events attached to the message (for example a widget action). */
            customEvents?: components["schemas"]["CaptureChatCustomEvent"][];
        };
        CaptureChatCustomEvent: {
            /** @description The event's ID. */
            id?: string;
            /** @description The system that raised the event. */
            source?: string;
        };
        /** @description One case (v2); creates the case or updates the one with the same `sessionId`. */
        CaptureCaseRequest: {
            /** @description The case's ID in your case-management system; calls and chats of the case give it as `caseReferenceId`. */
            sessionId: string;
            /** @description Optional ID that makes several cases one composite interaction, analysed as a single case (for example a follow-up case opened by a reply to a closed one). */
            masterId?: string;
            /** @description Optional ID that groups cases, chats and calls without analysing them as one interaction. */
            collectionId?: string;
            metadata?: components["schemas"]["Metadata"];
            /** @description When the case was opened, in UTC. */
            utcStart: components["schemas"]["UtcDateTime"];
            /** @description When the case was closed, in UTC; not before `utcStart`. */
            utcEnd: components["schemas"]["UtcDateTime"];
            /** @description The case's messages. */
            messages?: components["schemas"]["CaptureCaseMessage"][];
            /** @description The participants who sent messages in the case; each message's sender must be one of them (others may be listed but are ignored). */
            participants: components["schemas"]["CaptureCaseParticipant"][];
        };
        CaptureCaseMessage: {
            /** @description When the message was sent, in UTC. */
            utcTimestamp: components["schemas"]["UtcDateTime"];
            /** @description The `referenceId` of the participant who sent the message. */
            senderReferenceId: string;
            /** @description The channel the message came through, such as `Web` or `email`. */
            channel: string;
            /** @description The message text. */
            content: string;
        };
        CaptureCaseParticipant: {
            /** @description The participant's ID or name, referenced by `senderReferenceId`. */
            referenceId: string;
            /** @description Optional first name. */
            firstName?: string;
            /** @description Optional last name. */
            lastName?: string;
            /**
             * Format: email
             * @description Optional e-mail address.
             */
            email?: string;
            /** @description Optional phone number. */
            phoneNumber?: string;
            /** @description The participant type; `Agent` and `Customer` by default, others (IVRs, automated attendants) can be configured. */
            type: string;
        };
        /** @description A heartbeat of an upload broker (v2 route). */
        CaptureStatusHeartbeatRequest: {
            status: components["schemas"]["MonitorStatusName"];
            /**
             * Format: date-time
             * @description The broker's local time, with its UTC offset.
             */
            timeStamp: string;
            /** @description The broker's name; a change tells Creovai that a second broker reports for the same API user. */
            name?: string;
            /** @description The broker's version, such as `1.0.0.29`. */
            softwareVersion?: string;
        };
        SessionIdsRequest: {
            /** @description Session IDs of the interactions. */
            sessionIds: string[];
        };
        SessionStatusResponse: {
            /** @description One status per requested session. */
            sessions: components["schemas"]["SessionStatus"][];
        };
        /** @description The processing status of one session (v2). */
        SessionStatus: {
            /**
             * @description `InProgress` while the interaction is ongoing, `Concluded` when it ended and is being processed, `Complete` when processing is done, `NotFound` when no interaction has this session ID, `Excluded` when it was excluded, `Unknown` when Creovai gave no status.
             * @enum {string}
             */
            status: "Unknown" | "InProgress" | "Concluded" | "Complete" | "NotFound" | "Excluded";
            /** @description The Creovai interaction ID (empty or absent while unknown). */
            id?: string | null;
            /** @description The requested session ID. */
            sessionId: string;
            /** @description The interaction's length in seconds, when known. */
            durationSec?: number | null;
        };
        AppendMetadataBySessionIdRequest: {
            /** @description The session ID of the call or chat. */
            sessionId: string;
            /**
             * Format: date-time
             * @description When the event this metadata describes happened (the SDK sends the current time when not given); the later value of a field wins.
             */
            eventTime?: string;
            metadata: components["schemas"]["Metadata"];
        };
        AppendMetadataByMasterIdRequest: {
            /** @description The master ID of the interactions. */
            masterId: string;
            /**
             * Format: date-time
             * @description When the event happened; the later value of a field wins.
             */
            eventTime?: string;
            metadata: components["schemas"]["Metadata"];
        };
        AppendMetadataByCaseReferenceIdRequest: {
            /** @description The case's ID in your case-management system. */
            caseReferenceId: string;
            /**
             * Format: date-time
             * @description When the event happened; the later value of a field wins.
             */
            eventTime?: string;
            metadata: components["schemas"]["Metadata"];
        };
        AppendMetadataByCollectionIdRequest: {
            /** @description The collection ID of the interactions. */
            collectionId: string;
            /**
             * Format: date-time
             * @description When the event happened; the later value of a field wins.
             */
            eventTime?: string;
            metadata: components["schemas"]["Metadata"];
        };
        /** @description Everything Creovai reports about one interaction. Open: members not listed here may appear. */
        InteractionDetailsResponse: {
            /** @description The Creovai interaction ID, or the flow ID for a flow. */
            id: string;
            /** @description The session ID given at upload. */
            sessionId?: string | null;
            /** @description The master ID shared by the parts of one split call. */
            masterId?: string | null;
            /** @description The case the interaction belongs to. */
            caseReferenceId?: string | null;
            /** @description The collection the interaction belongs to. */
            collectionId?: string | null;
            /** @description The interaction's main language, as an ISO 639-3 code (`eng`). */
            language?: string | null;
            /** @description The country of the dialect spoken, as an ISO 3166 alpha-3 code (`USA`). */
            country?: string | null;
            /** @description Link that opens the interaction in the Creovai web app; add `?transcript=<ms>` to jump to a time. */
            tethrUri?: string | null;
            /**
             * Format: date-time
             * @description Start of the interaction, in UTC.
             */
            utcStart?: string;
            /**
             * Format: date-time
             * @description End of the interaction, in UTC.
             */
            utcEnd?: string;
            /** @description Length of the interaction in milliseconds. */
            durationMs?: number;
            /** @description Length of the mixed audio in milliseconds. */
            audioDurationMs?: number;
            /** @description The interaction's display name, built from its custom groups. */
            displayName?: string | null;
            /** @description The custom groups (division, location, team, skill, campaign…) of the interaction. */
            customGroups?: components["schemas"]["InteractionGroup"][];
            /** @description The metadata sent with the interaction and added later. */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description What Creovai found on the interaction as a whole (not tied to one participant). */
            classifications?: components["schemas"]["InteractionClassification"][];
            /** @description Category hits found in custom text fields. */
            textHits?: components["schemas"]["InteractionTextHit"][];
            /** @description The participants, typically an agent and a customer. */
            participants?: components["schemas"]["InteractionParticipant"][];
            /** @description The number dialed that started the call. */
            numberDialed?: string | null;
            /** @description The call's direction (`Unknown` for interactions without one). */
            direction?: components["schemas"]["InteractionDirection"];
            /** @description For mono calls split by diarization, how sure Creovai is which voice is which participant (0 to 1: 0.4 who spoke first, 0.6/0.8 one/two participants recognised from their words, 1 checked by a person); null without diarization. */
            participantIdentificationConfidence?: number | null;
            /** @description Whether the audio was split into one stream per speaker. */
            hadDiarization?: boolean;
            /**
             * @description The kind of interaction; `Flow` for a composite call or case.
             * @enum {string}
             */
            interactionType?: "Call" | "Chat" | "Flow" | "Case";
            /** @description For a flow, its flow type ID. */
            flowTypeId?: string | null;
            /** @description The flows this interaction is part of. */
            flows?: components["schemas"]["InteractionFlow"][];
            /** @description Values of free-text custom fields. */
            customTexts?: components["schemas"]["CustomFieldStringValue"][];
            /** @description Values of lookup (keyword) custom fields, such as an account number. */
            customStrings?: components["schemas"]["CustomFieldStringValue"][];
            /** @description Values of whole-number custom fields. */
            customLongs?: components["schemas"]["CustomFieldLongValue"][];
            /** @description Values of decimal custom fields, such as amounts. */
            customDoubles?: components["schemas"]["CustomFieldDoubleValue"][];
            /** @description Values of date-time custom fields. */
            customDateTimes?: components["schemas"]["CustomFieldDateTimeValue"][];
            /** @description IDs of the custom fields that were evaluated. */
            evaluatedCustomFields?: string[];
            /** @description IDs of the custom fields for which a value was found. */
            matchedCustomFields?: string[];
            /**
             * Format: date-time
             * @description When the interaction was last updated, in UTC.
             */
            lastUpdatedUtc?: string;
            /** @description How long internal participants talked, in milliseconds. */
            internalTalkTimeMs?: number;
            /** @description How long external participants talked, in milliseconds. */
            externalTalkTimeMs?: number;
            /** @description Total silence, in milliseconds. */
            silenceTimeMs?: number;
            /** @description Silence at the start, in milliseconds. */
            startSilenceTimeMs?: number;
            /** @description Silence at the end, in milliseconds. */
            endSilenceTimeMs?: number;
            /** @description Share of silence, from 0 to 1. */
            silencePercent?: number;
            /** @description Share of internal talk, from 0 to 1. */
            internalTalkPercent?: number;
            /** @description Share of external talk, from 0 to 1. */
            externalTalkPercent?: number;
            /** @description Transcription confidence from 0 to 100; null when not applicable. */
            transcriptConfidence?: number | null;
            /** @description Name of the transcription A/B test the interaction was part of, if any. */
            transcriptionAbTestName?: string | null;
        };
        InteractionGroup: {
            /** @description The group's ID in Creovai. */
            id?: string | null;
            /** @description The group's name. */
            displayName?: string | null;
            /** @description The kind of group, such as `Division`, `Location`, `Team`, `Skill`, `Campaign`. */
            type?: string | null;
        };
        /** @description One thing Creovai found on an interaction (a category hit, a score…). */
        InteractionClassification: {
            /** @description ID of this occurrence, for tracking only. */
            id?: string | null;
            /** @description The Creovai subsystem that made the classification (such as `BasicScore`). */
            categoryType?: string | null;
            /** @description The category's ID, unique within its `categoryType`. */
            categoryId?: string | null;
            /** @description The category's name. */
            displayName?: string | null;
            /** @description Start, in milliseconds from the interaction's start, when it applies to a span. */
            startMs?: number | null;
            /** @description End, in milliseconds from the interaction's start, when it applies to a span. */
            endMs?: number | null;
            /**
             * Format: date-time
             * @description Start in UTC, when it applies to a span.
             */
            utcStart?: string | null;
            /**
             * Format: date-time
             * @description End in UTC, when it applies to a span.
             */
            utcEnd?: string | null;
            /** @description The classification's value, whose meaning depends on `categoryType` (for text classification, how well the text fits the model, from 0 to 1). */
            value?: number;
            /** @description The original value, when a person overrode it. */
            origValue?: number | null;
            /** @description Whether a person overrode the value. */
            isOverridden?: boolean;
            /** @description Whether the category was required but not found. */
            missed?: boolean;
            /** @description The content that triggered the classification. */
            content?: string | null;
            /** @description Whether it was found on another interaction of the same flow. */
            fromFlow?: boolean;
        };
        /** @description A category hit inside a custom text field. */
        InteractionTextHit: {
            /** @description ID of this hit, for tracking only. */
            id?: string | null;
            /** @description The Creovai subsystem that found the hit. */
            categoryType?: string | null;
            /** @description The category's ID, unique within its `categoryType`. */
            categoryId?: string | null;
            /** @description The custom field the hit is in. */
            customFieldId?: string | null;
            /** @description Hash of the custom field value the hit is in. */
            customFieldHash?: string | null;
            /** @description First character of the hit in the field value. */
            startIdx?: number;
            /** @description Last character of the hit in the field value. */
            endIdx?: number;
            /** @description The hit's value, whose meaning depends on `categoryType`. */
            value?: number;
            /** @description The category's name. */
            displayName?: string | null;
            /** @description The text of the hit. */
            content?: string | null;
        };
        /** @description A participant of an interaction, with what Creovai found in its speech or messages. */
        InteractionParticipant: {
            /** @description The participant's number within the interaction. */
            participantId?: number;
            /** @description For a flow, the `participantId` this participant has in its base interaction. */
            flowParticipantId?: number;
            /** @description For a flow, the base interaction this participant comes from. */
            interactionId?: string | null;
            /** @description The kind of external ID in `refId` (such as `agent`, `employee`, `customer`); reference types are configured per instance. */
            refType?: string | null;
            /** @description The participant's ID in the system named by `refType` (an agent ID, a CRM ID…). */
            refId?: string | null;
            /** @description The participant's ID in the system that sent the interaction (for an archived call, its audio channel). */
            contactId?: string | null;
            /** @description The caller-ID phone number. */
            phoneNumber?: string | null;
            /** @description The e-mail address, rarely known. */
            email?: string | null;
            /** @description The first name, if known. */
            firstName?: string | null;
            /** @description The last name, if known. */
            lastName?: string | null;
            /** @description A display name built from the other fields. */
            displayName?: string | null;
            /** @description Whether the participant is inside the contact centre (an agent) rather than external (a customer), as seen from the phone system. */
            isInternal?: boolean;
            /** @description What Creovai detected in this participant's part. */
            segments?: components["schemas"]["InteractionSegment"][];
            /** @description The participant's utterances and words; present only when full transcripts are enabled for the API key. */
            utterances?: components["schemas"]["Utterance"][];
        };
        /** @description A span of a participant's part where Creovai detected something. */
        InteractionSegment: {
            /** @description ID of this occurrence, for tracking only. */
            id?: string | null;
            /** @description The Creovai subsystem that detected it (such as `Sentence`, `PhraseDetection`). */
            categoryType?: string | null;
            /** @description The category's ID, unique within its `categoryType`. */
            categoryId?: string | null;
            /** @description The category's name. */
            displayName?: string | null;
            /** @description Start, in milliseconds from the interaction's start. */
            startMs?: number;
            /** @description End, in milliseconds from the interaction's start. */
            endMs?: number;
            /**
             * Format: date-time
             * @description Start, in UTC.
             */
            utcStart?: string;
            /**
             * Format: date-time
             * @description End, in UTC.
             */
            utcEnd?: string;
            /** @description The segment's value, whose meaning depends on `categoryType`. */
            value?: number;
            /** @description The part of the transcript that triggered the segment, where relevant. */
            content?: string | null;
            /** @description Whether it was detected on another interaction of the same flow and projected here. */
            fromFlow?: boolean;
        };
        Utterance: {
            /** @description Start, in milliseconds from the interaction's start. */
            startMs?: number;
            /** @description End, in milliseconds from the interaction's start. */
            endMs?: number;
            /**
             * Format: date-time
             * @description Start, in UTC.
             */
            utcStart?: string;
            /**
             * Format: date-time
             * @description End, in UTC.
             */
            utcEnd?: string;
            /** @description The words of the utterance. */
            words?: components["schemas"]["UtteranceWord"][];
            /** @description The utterance's text. */
            text?: string | null;
        };
        UtteranceWord: {
            /** @description Start, in milliseconds from the interaction's start (estimated from the utterance when the source gave no word timings). */
            startMs?: number;
            /** @description End, in milliseconds from the interaction's start. */
            endMs?: number;
            /** @description The word. */
            content?: string | null;
            /** @description The transcription's confidence in the word. */
            confidence?: number;
        };
        InteractionFlow: {
            /** @description The flow's ID (usable with `isFlow=true`). */
            flowId?: string | null;
            /** @description The flow's type ID. */
            flowTypeId?: string | null;
        };
        /** @description The value of a text or lookup custom field. */
        CustomFieldStringValue: {
            /** @description The custom field's ID. */
            id?: string | null;
            /** @description The custom field's name. */
            displayName?: string | null;
            /** @description The value. */
            value?: string | null;
            /** @description SHA-1 of the value, in hex. */
            hash?: string | null;
        };
        CustomFieldLongValue: {
            /** @description The custom field's ID. */
            id?: string | null;
            /** @description The custom field's name. */
            displayName?: string | null;
            /** @description The value. */
            value?: number;
        };
        CustomFieldDoubleValue: {
            /** @description The custom field's ID. */
            id?: string | null;
            /** @description The custom field's name. */
            displayName?: string | null;
            /** @description The value. */
            value?: number;
        };
        CustomFieldDateTimeValue: {
            /** @description The custom field's ID. */
            id?: string | null;
            /** @description The custom field's name. */
            displayName?: string | null;
            /**
             * Format: date-time
             * @description The value.
             */
            value?: string;
        };
        InteractionShareRequest: {
            /** @description E-mail address of the guest who will open the interaction. */
            email: string;
            /** @description The Creovai interaction ID to share. */
            interactionId: string;
        };
        InteractionShareResponse: {
            /**
             * Format: date-time
             * @description When the link expires.
             */
            expiration: string;
            /** @description The link that opens the interaction for the guest. */
            shareUri: string;
        };
        InteractionPurgeRequest: {
            /** @description Interaction IDs (`purgeInteractions`) or session IDs (`purgeInteractionsBySession`). */
            ids: string[];
            /** @description `true` to try purging interactions still being processed too (it may fail, depending on their state). */
            allowIncompleteInteraction?: boolean;
        };
        /** @description Phone numbers and/or e-mail addresses of external participants to purge. */
        InteractionPurgeByCustomerRequest: {
            /** @description Phone numbers, formatted as Creovai stored them. */
            phoneNumbers?: string[];
            /** @description E-mail addresses. */
            emails?: string[];
            /** @description `true` to try purging interactions still being processed too (it may fail, depending on their state). */
            allowIncompleteInteraction?: boolean;
        };
        InteractionPurgeSummary: {
            /** @description One result per requested or found interaction. */
            items: components["schemas"]["InteractionPurgeItem"][];
        };
        InteractionPurgeItem: {
            /** @description The Creovai interaction ID (absent when a requested session ID was not found). */
            id?: string | null;
            /** @description The session ID (absent when a requested interaction ID was not found). */
            sessionId?: string | null;
            /**
             * @description `Purging` when deletion started, `NotFound` when nothing matches (also when already purged), `Error` when it failed (see `errorMsg`), `WhatIf` for an interaction a `whatIf=true` request would purge.
             * @enum {string}
             */
            status: "Error" | "NotFound" | "Purging" | "WhatIf";
            /** @description The error message, if any. */
            errorMsg?: string | null;
        };
        CategoryInfoArrayResponse: {
            /** @description The categories. */
            results: components["schemas"]["CategoryInfo"][];
        };
        /** @description A category Creovai can find on interactions. */
        CategoryInfo: {
            /** @description Links the category to its occurrences; starts with the category type (such as `PhraseDetection-…`). */
            key?: string | null;
            /** @description The kind of category: `PhraseDetection`, `DeepPhrase`, `SequenceDetection`, `BasicScore`… */
            categoryType?: string | null;
            /** @description The category's name. */
            displayName?: string | null;
            /** @description A short name. */
            shortName?: string | null;
            /** @description What the category means. */
            description?: string | null;
            /** @description How a score is shown (ranges, labels, colours); for reference only, as scores arrive already transformed. */
            renderOptions?: components["schemas"]["ScoreRenderOptions"] | null;
            /** @description Whether the category is hidden. */
            hidden?: boolean;
            /** @description Whether the category is shown in summaries. */
            showInSummary?: boolean;
            /** @description Whether the category is offered as a filter. */
            showInFilter?: boolean;
            /**
             * @description Whether occurrences appear as interaction classifications, participant segments or both (`None` means the default, classifications).
             * @enum {string}
             */
            resultMode?: "None" | "Classifications" | "Segments" | "ClassificationsAndSegments";
            /**
             * @description Whether hits, misses or both are recorded (misses are used for sequences).
             * @enum {string}
             */
            trackingMode?: "None" | "Hits" | "Misses" | "HitsAndMisses";
            /** @description Whether the category comes from Creovai's library. */
            isLibrary?: boolean;
            /** @description Example phrases of the category. */
            examplePhrases?: string[];
            /** @description Whether the category is evaluated in real time. */
            enableRealtime?: boolean;
            /** @description Which participants the category runs on: `Internal` (agents), `External` (customers) or `Any`. */
            participantOptions?: string | null;
            /** @description The category groups the category belongs to. */
            groups?: components["schemas"]["CategoryGroup"][];
        };
        CategoryGroup: {
            /** @description The group's ID. */
            id?: string | null;
            /** @description The group's name. */
            displayName?: string | null;
        };
        /** @description How a category's score is shown. */
        ScoreRenderOptions: {
            /** @description Lowest value. */
            min?: number | null;
            /** @description Highest value. */
            max?: number | null;
            /** @description Factor applied for display. */
            scale?: number | null;
            /** @description Decimals shown. */
            precision?: number | null;
            /**
             * @description How the shown value is rounded.
             * @enum {string|null}
             */
            rounding?: "Nearest" | "Floor" | "Ceiling" | null;
            /** @description When `true`, only the label of the value's range is shown, never the value. */
            labelsOnly?: boolean;
            /** @description Value ranges with their label and colour. */
            ranges?: components["schemas"]["ScoreRange"][];
            /** @description A colour gradient over the values. */
            gradient?: {
                ranges?: components["schemas"]["GradientValue"][];
                lower?: components["schemas"]["GradientValue"];
                upper?: components["schemas"]["GradientValue"];
            } | null;
        };
        ScoreRange: {
            /** @description Lowest value of the range. */
            min?: number | null;
            /** @description Highest value of the range. */
            max?: number | null;
            /** @description The range's label. */
            label?: string | null;
            /** @description The range's colour. */
            color?: string | null;
            /** @description The range's icon. */
            icon?: string | null;
            /** @description A value shown instead of the score for this range. */
            overrideValue?: number | null;
        };
        GradientValue: {
            /** @description A point of the gradient. */
            value?: number | null;
            /** @description The colour at that point. */
            color?: string | null;
        };
        CustomFieldsResponse: {
            /** @description The custom fields. */
            customFields: components["schemas"]["CustomFieldDefinition"][];
        };
        /** @description A custom field defined in Creovai. */
        CustomFieldDefinition: {
            /** @description The field's ID. */
            id?: string | null;
            /** @description The field's name. */
            displayName?: string | null;
            /**
             * @description `String` for lookup values (account numbers, disposition codes), `Long` for whole numbers, `Double` for decimals, `DateTime` (beta), `Hierarchy` for values whose parts are split by a delimiter into a tree, `Text` for free text searched by keyword and analysed.
             * @enum {string}
             */
            fieldType?: "String" | "Long" | "Double" | "DateTime" | "Hierarchy" | "Text";
            /** @description Whether the field may hold many distinct values (a higher limit, but no auto-complete in filters). */
            highCardinality?: boolean;
            /** @description `Internal`, `External` or none: lets categories target the field. */
            tags?: string[];
            /** @description Whether the field is deleted (values may remain on interactions but are no longer updated). */
            isDeleted?: boolean;
            /** @description The field's position in the UI. */
            order?: number;
            /** @description The group the field is shown under in the UI. */
            groupName?: string | null;
            /** @description Whether the field is hidden from filters. */
            hideInFilter?: boolean;
        };
        ParticipantTypesResponse: {
            /** @description The participant reference types. */
            types: components["schemas"]["ParticipantTypeSummary"][];
        };
        ParticipantTypeSummary: {
            /** @description The reference type (such as `agent` or `customer`). */
            id?: string | null;
            /** @description The systems the participants' data comes from (mostly for agents). */
            sources?: string[];
            /** @description Whether participants of this type are internal (company staff). */
            isInternal?: boolean;
            /** @description Whether interactions with this type are left out of analytics and classifiers. */
            ignoreInAnalytics?: boolean;
        };
        /** @description The summary of one finished call. Open: the payload carries more than the documented members. */
        WebhookCallSummaryEvent: {
            /** @description The Creovai call ID (the interaction ID); identifies the call and the summary. */
            callId: string;
            /** @description Link that opens the call in the Creovai web app. */
            callUri?: string;
            /**
             * Format: date-time
             * @description Start of the call, in UTC.
             */
            utcStart?: string;
            /**
             * Format: date-time
             * @description End of the call, in UTC.
             */
            utcEnd?: string;
            /** @description The participants of the call. */
            participants?: components["schemas"]["WebhookCallSummaryParticipant"][];
        };
        /** @description A participant of the summarised call. */
        WebhookCallSummaryParticipant: {
            /** @description The participant's number within the call. */
            participantId?: number;
            /** @description The kind of external ID in `refId` (such as `agent`). */
            refType?: string | null;
            /** @description The participant's ID in the system named by `refType`. */
            refId?: string | null;
            /** @description The caller-ID phone number. */
            phoneNumber?: string | null;
            /** @description The e-mail address, if known. */
            email?: string | null;
            /** @description The first name, if known. */
            firstName?: string | null;
            /** @description The last name, if known. */
            lastName?: string | null;
            /** @description Whether the participant is inside the contact centre (an agent). */
            isInternal?: boolean;
            /** @description What Creovai detected in this participant's speech. */
            segments?: components["schemas"]["WebhookCallSummarySegment"][];
        };
        /** @description A span of a participant's speech where Creovai detected something. */
        WebhookCallSummarySegment: {
            /** @description ID of this occurrence. */
            id?: string;
            /** @description The category's ID (`UtteranceBreak` for sentences, a category GUID for phrase detections…). */
            categoryId?: string;
            /**
             * @description The kind of detection, such as `Sentence` or `PhraseDetection`.
             * @example Sentence
             * @example PhraseDetection
             */
            categoryType?: string;
            /** @description The category's name, for categories that have one. */
            categoryDisplayName?: string | null;
            /** @description Start, in milliseconds from the call's start. */
            startMs?: number;
            /** @description End, in milliseconds from the call's start. */
            endMs?: number;
            /** @description The detection's score, for detections that have one (such as 0.8). */
            value?: number | null;
        };
    };
    responses: {
        /** @description The request failed validation; the body is the validation message as text. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorResponse"];
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The bearer token is missing, wrong or expired: get a new one with `getToken`. Body undocumented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorResponse"];
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API user lacks the role this operation needs (for example `AsyncMetaData`, call share or purge). Body undocumented. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorResponse"];
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Creovai failed to process the request (documented for the async metadata API). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["ErrorResponse"];
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description `true` to delete nothing and only list what would be purged; each listed item then has `status: WhatIf`. */
        WhatIf: boolean;
        /** @description The session ID given at upload (your system's ID of the call, chat or case). */
        SessionIdPath: string;
        /** @description The Creovai interaction ID (the v1 call ID), or a flow ID with `isFlow=true`. */
        InteractionIdPath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description The request is malformed (for example a wrong `grant_type`). Body undocumented: plain text or JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The client ID or secret is wrong or expired. Body undocumented. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API user may not get a token (both SDKs treat 403 like 401 here). Body undocumented. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCall"];
            };
        };
        responses: {
            /** @description The chat was accepted; the body carries the Creovai call ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCaptureResponse"];
                };
            };
            /** @description The chat failed validation; the body is the validation message as text. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bearer token is missing, wrong or expired: get a new one with `getToken`. Body undocumented. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The API user may not upload chats (chat capture not enabled for it, or a missing role). Body undocumented. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadCallArchive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ArchivedRecordingUpload"];
            };
        };
        responses: {
            /** @description The recording was accepted; the body carries the Creovai call ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveCallResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallSessionIdsRequest"];
            };
        };
        responses: {
            /** @description One status per requested session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallStatusesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCallStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session ID given at upload. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No upload with this session ID is known (the reason this route was abandoned). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponse"];
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    excludeCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallSessionIdsRequest"];
            };
        };
        responses: {
            /** @description The sessions are excluded (any 2xx; no body documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    uploadCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseSession"];
            };
        };
        responses: {
            /** @description The case was stored; the body carries the Creovai case ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCaptureResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    sendCallMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionMetadataEvent"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    sendMasterCallMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MasterCallMetadataEvent"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    sendCaseMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseMetadataEvent"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    sendHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitorEvent"];
            };
        };
        responses: {
            /** @description The heartbeat was recorded (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRecordingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording settings (a bare array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingSettingSummaries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCallShareToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallShareRequest"];
            };
        };
        responses: {
            /** @description The guest link and when it expires. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallShareResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallPurgeIdsRequest"];
            };
        };
        responses: {
            /** @description One result per requested ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeCallsBySession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallPurgeIdsRequest"];
            };
        };
        responses: {
            /** @description One result per requested ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeCallsByCustomer: {
        parameters: {
            query?: {
                /** @description `true` to delete nothing and only list what would be purged; each listed item then has `status: WhatIf`. */
                whatIf?: components["parameters"]["WhatIf"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallPurgeCustomerRequest"];
            };
        };
        responses: {
            /** @description One result per call found for the customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    captureCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CaptureCallUpload"];
            };
        };
        responses: {
            /** @description The call was accepted; the body carries the Creovai interaction ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    captureChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureChatRequest"];
            };
        };
        responses: {
            /** @description The chat was accepted; the body carries the Creovai interaction ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    captureCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureCaseRequest"];
            };
        };
        responses: {
            /** @description The case was stored; the body carries the Creovai interaction ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    sendCaptureHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureStatusHeartbeatRequest"];
            };
        };
        responses: {
            /** @description The heartbeat was recorded (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSessionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session ID given at upload (your system's ID of the call, chat or case). */
                sessionId: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getSessionStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionIdsRequest"];
            };
        };
        responses: {
            /** @description One status per requested session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    excludeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The session ID given at upload. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is excluded (any 2xx; no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    excludeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionIdsRequest"];
            };
        };
        responses: {
            /** @description The sessions are excluded (any 2xx; no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    appendInteractionMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendMetadataBySessionIdRequest"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    appendMasterMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendMetadataByMasterIdRequest"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    appendCaseMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendMetadataByCaseReferenceIdRequest"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    appendCollectionMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppendMetadataByCollectionIdRequest"];
            };
        };
        responses: {
            /** @description The metadata was accepted (no body). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getInteraction: {
        parameters: {
            query?: {
                /** @description `true` when `id` is a flow ID rather than an interaction ID. */
                isFlow?: boolean;
            };
            header?: never;
            path: {
                /** @description The Creovai interaction ID (the v1 call ID), or a flow ID with `isFlow=true`. */
                id: components["parameters"]["InteractionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction's details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getInteractionAudio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Creovai interaction ID (the v1 call ID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The MP3 audio. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createInteractionShareToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionShareRequest"];
            };
        };
        responses: {
            /** @description The guest link and when it expires. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionShareResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionPurgeRequest"];
            };
        };
        responses: {
            /** @description One result per requested ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeInteractionsBySession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionPurgeRequest"];
            };
        };
        responses: {
            /** @description One result per requested ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    purgeInteractionsByCustomer: {
        parameters: {
            query?: {
                /** @description `true` to delete nothing and only list what would be purged; each listed item then has `status: WhatIf`. */
                whatIf?: components["parameters"]["WhatIf"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionPurgeByCustomerRequest"];
            };
        };
        responses: {
            /** @description One result per interaction found for the customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionPurgeSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryInfoArrayResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listParticipantRefTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant reference types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantTypesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    callSummaryEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCallSummaryEvent"];
            };
        };
        responses: {
            /** @description Your endpoint received the summary. Any 2xx answer acknowledges it; the body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
