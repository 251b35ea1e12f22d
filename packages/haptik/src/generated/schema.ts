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
}
export type webhooks = Record<string, never>;
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
    ChatHistory:
      components["schemas"]["ChatHistoryJson"] | components["schemas"]["ChatHistoryText"];
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
  };
  responses: never;
  parameters: never;
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
}
