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
    /** @description Undocumented error body: any JSON value, plain text or no body at all. Kept open on purpose. */
    ErrorResponse: unknown;
  };
  responses: never;
  parameters: never;
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
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description Any other failure. Neither the status codes nor the body are documented. */
      default: {
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
