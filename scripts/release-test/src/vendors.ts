/** What one vendor's consumer does, and what the local vendor server must see and answer. */
export interface VendorSpec {
  /** The package's client factory, e.g. `createDixaClient`. */
  readonly factory: string;
  /** An exported type the strict consumer names, so a missing type export fails the tsc checks. */
  readonly typeName: string;
  /** The factory's options; `baseUrl` is replaced by each runtime's own. */
  readonly options: Readonly<Record<string, string>>;
  /** The consumer's call, as source text evaluated with `client` in scope. */
  readonly call: string;
  /** `METHOD /path?query` the server must see. */
  readonly route: string;
  /** Headers (lower-case names) that must carry the credentials, with their exact values. */
  readonly auth: Readonly<Record<string, string>>;
  /** The server's JSON answer, which the consumer must get back unchanged. */
  readonly reply: unknown;
}

/** Every vendor package the release test installs and runs, by the name after `@cxkit/`. */
export const VENDORS: Readonly<Record<string, VendorSpec>> = {
  dixa: {
    factory: "createDixaClient",
    typeName: "DixaConversation",
    options: { apiKey: "release-key" },
    call: `client.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 42 } } })`,
    route: "GET /v1/conversations/42",
    auth: { authorization: "release-key" },
    reply: { data: { id: 42, _type: "EmailConversation" } },
  },
  klaus: {
    factory: "createKlausClient",
    typeName: "KlausCsatEvent",
    options: { token: "release-token" },
    call: `client.POST("/capture/integration/klaus-csat/token/{connectionId}", { params: { path: { connectionId: "c1" } }, body: { ticket_id: "123", csat: { score: 10, comment: "Great service" } } })`,
    route: "POST /capture/integration/klaus-csat/token/c1",
    auth: { authorization: "Bearer release-token" },
    reply: { ok: true },
  },
  haptik: {
    factory: "createHaptikClient",
    typeName: "HaptikChatHistory",
    options: { token: "release-token", clientId: "release-client" },
    call: `client.GET("/integration/external/v2.0/get_chat_history/", { params: { query: { pxut: "p", conversation_no: 2 } } })`,
    route: "GET /integration/external/v2.0/get_chat_history/?pxut=p&conversation_no=2",
    auth: { authorization: "Bearer release-token", "client-id": "release-client" },
    reply: { chat_text: "user: hi\nbot: hello\n" },
  },
  creovai: {
    factory: "createCreovaiClient",
    typeName: "CreovaiChatCall",
    options: { token: "release-token" },
    call: `client.POST("/chatCapture/v1", { body: { SessionId: "s1", UtcStart: "2024-01-01T00:00:00Z", UtcEnd: "2024-01-01T00:01:00Z", Contacts: [] } })`,
    route: "POST /chatCapture/v1",
    auth: { authorization: "Bearer release-token" },
    reply: { callId: "bbsnbcbe3" },
  },
};

/** The header every consumer adds so the shared server knows which vendor's request it is looking at. */
export const VENDOR_HEADER = "x-release-vendor";

/** The only packages a vendor package may bring into a production install. */
export const ALLOWED_PROD_DEPS: ReadonlySet<string> = new Set([
  "@cxkit/core",
  "@cxkit/auth",
  "openapi-fetch",
  "openapi-typescript-helpers",
]);
