/**
 * A vendor's named method as the API consumer calls it: once where the server answers, once where it
 * answers 404, once where it never answers. Params and types are source text of the consumer.
 */
export interface NamedCall {
  /** The operation, e.g. `getConversation`: the consumer calls `client.<operationId>(params)`. */
  readonly operationId: string;
  /** Its path template in the spec. */
  readonly path: string;
  /** The 2xx body's type, named from the package's exports (`components` is imported). */
  readonly bodyType: string;
  /** An expression of type `bodyType`'s field the consumer reads (with `body` in scope): proof it is typed. */
  readonly field: string;
  /** The params of the call the server answers, the one it answers 404, the one it leaves hanging. */
  readonly params: { readonly ok: string; readonly missing: string; readonly hang: string };
  /** `METHOD /path?query` of each of those calls, as the server sees them. */
  readonly routes: { readonly ok: string; readonly missing: string; readonly hang: string };
  /** The server's 2xx body, which the named method must resolve to unchanged. */
  readonly reply: unknown;
  /** The server's 404 body, in the vendor's error shape. */
  readonly notFound: unknown;
  /** The path parameter the browser's @cxkit/testing mock is told to answer 404 for. */
  readonly missingParam: { readonly name: string; readonly value: string };
}

/** The named call of each vendor, by the package name after `@cxkit/`. */
export const NAMED_CALLS: Readonly<Record<string, NamedCall>> = {
  dixa: {
    operationId: "getConversation",
    path: "/v1/conversations/{conversationId}",
    bodyType: `components["schemas"]["ConversationResponse"]`,
    field: "body.data.id",
    params: {
      ok: `{ path: { conversationId: 42 } }`,
      missing: `{ path: { conversationId: 404 } }`,
      hang: `{ path: { conversationId: 408 } }`,
    },
    routes: {
      ok: "GET /v1/conversations/42",
      missing: "GET /v1/conversations/404",
      hang: "GET /v1/conversations/408",
    },
    reply: { data: { id: 42, _type: "EmailConversation" } },
    notFound: { message: "Conversation 404 not found" },
    missingParam: { name: "conversationId", value: "404" },
  },
  klaus: {
    operationId: "getImportedTicket",
    path: "/api/import/tickets/{ticketExternalId}",
    bodyType: `components["schemas"]["ImportedTicket"]`,
    field: "body.externalId",
    params: {
      ok: `{ path: { ticketExternalId: "48213" } }`,
      missing: `{ path: { ticketExternalId: "missing" } }`,
      hang: `{ path: { ticketExternalId: "slow" } }`,
    },
    routes: {
      ok: "GET /api/import/tickets/48213",
      missing: "GET /api/import/tickets/missing",
      hang: "GET /api/import/tickets/slow",
    },
    reply: { externalId: "48213", subject: "Refund for order 10-2291", status: "closed" },
    notFound: { message: "Not Found" },
    missingParam: { name: "ticketExternalId", value: "missing" },
  },
  haptik: {
    operationId: "getFaqTaskStatus",
    path: "/mogambo_api/nodes/faq/create/status/{taskId}/",
    bodyType: `components["schemas"]["FaqTaskStatusResponse"]`,
    field: "body.success",
    params: {
      ok: `{ path: { taskId: "t1" } }`,
      missing: `{ path: { taskId: "missing" } }`,
      hang: `{ path: { taskId: "slow" } }`,
    },
    routes: {
      ok: "GET /mogambo_api/nodes/faq/create/status/t1/",
      missing: "GET /mogambo_api/nodes/faq/create/status/missing/",
      hang: "GET /mogambo_api/nodes/faq/create/status/slow/",
    },
    reply: { success: true, body: { status: "all steps have been created successfully" } },
    notFound: { error_message: "task not found" },
    missingParam: { name: "taskId", value: "missing" },
  },
  creovai: {
    operationId: "getInteraction",
    path: "/interactions/v2/{id}",
    bodyType: `components["schemas"]["InteractionDetailsResponse"]`,
    field: "body.id",
    params: {
      ok: `{ path: { id: "bbqfbbbow" } }`,
      missing: `{ path: { id: "missing" } }`,
      hang: `{ path: { id: "slow" } }`,
    },
    routes: {
      ok: "GET /interactions/v2/bbqfbbbow",
      missing: "GET /interactions/v2/missing",
      hang: "GET /interactions/v2/slow",
    },
    reply: { id: "bbqfbbbow", sessionId: "458789546", durationMs: 58000 },
    notFound: "Not Found",
    missingParam: { name: "id", value: "missing" },
  },
};
