// Typed mock servers, one per vendor: `respond("getConversation", { body })` only compiles when
// `body` fits that operation's response schema. The operation types come from the vendor packages
// (type-only imports: nothing is loaded at run time, so the vendor packages stay optional peers).
import type { Operations as CreovaiOperations } from "@cxkit/creovai";
import type { Operations as DixaOperations } from "@cxkit/dixa";
import type { Operations as HaptikOperations } from "@cxkit/haptik";
import type { Operations as KlausOperations } from "@cxkit/klaus";
import { type MockServer, type MockServerOptions, startMockServer } from "./mock-server.js";

/** A Dixa mock server, typed by @cxkit/dixa's operations. */
export type DixaMockServer = MockServer<DixaOperations>;
/** A Klaus mock server, typed by @cxkit/klaus's operations. */
export type KlausMockServer = MockServer<KlausOperations>;
/** A Haptik mock server, typed by @cxkit/haptik's operations. */
export type HaptikMockServer = MockServer<HaptikOperations>;
/** A Creovai mock server, typed by @cxkit/creovai's operations. */
export type CreovaiMockServer = MockServer<CreovaiOperations>;

/**
 * Start a Dixa mock server: every operation of specs/dixa, the Exports API's included. Errors come as
 * `{ "message": ... }` with Dixa's `Invalid value for: ...` texts; the API key goes raw in
 * `Authorization` (`Bearer <key>` for the Exports API).
 * @example
 * const mock = await mockDixa({ credentials: { apiKey: "test-key" } });
 * const dixa = createDixaClient({ apiKey: "test-key", baseUrl: mock.url });
 */
export async function mockDixa(options?: MockServerOptions): Promise<DixaMockServer> {
  return (await startMockServer("dixa", options)) as unknown as DixaMockServer;
}

/**
 * Start a Klaus mock server: CSAT events and Zendesk QA's Export and Import APIs. CSAT events document
 * no error body: errors come as `{ "message": ... }`, 401 for a missing bearer token. Zendesk QA's
 * operations answer gRPC statuses, `{ "code": 3, "message": ..., "details": [] }`.
 * @example
 * const mock = await mockKlaus({ credentials: { token: "t" } });
 * const klaus = createKlausClient({ token: "t", baseUrl: mock.url }); // no subdomain needed
 */
export async function mockKlaus(options?: MockServerOptions): Promise<KlausMockServer> {
  return (await startMockServer("klaus", options)) as unknown as KlausMockServer;
}

/**
 * Start a Haptik mock server. Every request needs `Authorization: Bearer <token>` and `client-id`;
 * errors come as `{ "error_message": ... }` with Haptik's documented texts
 * (`client_id missing in headers`, `user_name missing in the request`, ...). Its three hosts are
 * served at one URL: give the client it as `baseUrl`, `messengerBaseUrl` and `whatsappBaseUrl`.
 */
export async function mockHaptik(options?: MockServerOptions): Promise<HaptikMockServer> {
  return (await startMockServer("haptik", options)) as unknown as HaptikMockServer;
}

/**
 * Start a Creovai mock server, v1 and v2: `POST /Token` (form post) issues the example token,
 * multipart uploads take their `info` part as JSON, the interaction audio comes as MP3 bytes. Errors
 * are plain text. With `credentials: { clientId, clientSecret }` only the tokens `/Token` issued are
 * accepted.
 */
export async function mockCreovai(options?: MockServerOptions): Promise<CreovaiMockServer> {
  return (await startMockServer("creovai", options)) as unknown as CreovaiMockServer;
}
