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
     *     minutes); the API user's secret itself is valid for 365 days.
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
     *     A session's call ID can also be looked up by `SessionId` with the Call Status API.
     *
     *     All times are UTC (`Z`). Creovai's .NET SDK also requires `UtcStart <= UtcEnd` and every message
     *     timestamp within `[UtcStart, UtcEnd]`; the docs' own sample does not follow the latter (its messages
     *     are dated the day before `UtcStart`).
     *
     *     Not idempotent: whether re-sending the same `SessionId` creates a second interaction is not
     *     documented.
     */
    post: operations["uploadChat"];
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
    /** @description Undocumented error body: Creovai answers errors with a status code and, for validation errors, a plain-text message; a JSON body is possible. Kept loose on purpose. */
    ErrorResponse: string | Record<string, unknown>;
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
      /**
       * Format: date-time
       * @description Start of the chat, in UTC (`Z`).
       */
      UtcStart: string;
      /**
       * Format: date-time
       * @description End of the chat, in UTC (`Z`).
       */
      UtcEnd: string;
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
      /**
       * Format: date-time
       * @description When the message was posted, in UTC (`Z`).
       */
      UtcTimestamp: string;
    };
    /** @description The call ID Creovai assigned to the chat. The documented name is `callId`, but the server binds and writes names case-insensitively and has also been seen answering `CallId`; exactly which one is sent is not guaranteed, so at least one of them is present. `chatCallId()` in @cxkit/creovai reads either. */
    ChatCaptureResponse:
      | {
          /** @description Creovai call ID (documented spelling). */
          callId: string;
        }
      | {
          /** @description Creovai call ID (PascalCase spelling). */
          CallId: string;
        };
  };
  responses: never;
  parameters: never;
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
}
