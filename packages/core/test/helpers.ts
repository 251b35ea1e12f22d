import type {
  AuthStrategy,
  CommonClientOptions,
  CxkitClient,
  OperationInfo,
} from "../src/index.js";
import { createCxkitClient, type ClientDescriptor } from "../src/internal.js";

/** Operations of a made-up API, enough to exercise the runtime. */
export const operations: readonly OperationInfo[] = [
  { operationId: "getThing", method: "GET", path: "/things/{id}", safeToRepeat: true },
  { operationId: "createThing", method: "POST", path: "/things", safeToRepeat: false },
  { operationId: "searchThings", method: "POST", path: "/things/search", safeToRepeat: true },
  {
    operationId: "createKeyedThing",
    method: "POST",
    path: "/keyed",
    safeToRepeat: false,
    idempotentWhen: {
      field: "externalId",
      duplicate: { status: 400, message: "Duplicate externalId" },
    },
  },
  {
    operationId: "listThings",
    method: "GET",
    path: "/things",
    safeToRepeat: true,
    pagination: { style: "cursor-link", cursorParam: "pageKey", items: "data", next: "meta.next" },
  },
];

export const SECRET = "sk_live_0123456789abcdef";

export const apiKeyAuth = (value: string = SECRET): AuthStrategy => ({
  credentialHeaders: ["x-api-key"],
  async headers() {
    return { "x-api-key": value };
  },
});

/** The made-up API's paths, as a generated schema would declare them. */
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };

/** The made-up API's paths, shaped as openapi-typescript writes them. */
export interface Paths {
  "/things/{id}": {
    parameters: NoParams;
    get: {
      parameters: {
        query?: { q?: string };
        header?: never;
        path: { id: string | number };
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: Json<{ id: string }> };
    };
  };
  "/things": {
    parameters: NoParams;
    get: {
      parameters: { query?: { pageKey?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<{ data: { id: string }[]; meta?: { next?: string } }> };
    };
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: Json<{ id: string }> };
    };
  };
  "/things/search": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { q: string } } };
      responses: { 200: Json<{ data: { id: string }[] }> };
    };
  };
  "/keyed": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string; externalId?: string } } };
      responses: { 201: Json<{ id: string }> };
    };
  };
}

/** Named methods of the made-up API. */
export interface Methods {
  getThing(params: { path: { id: string | number } }): Promise<{ id: string }>;
  createThing(params: { body: { name: string } }): Promise<{ id: string }>;
}

/** Type-level facts of the made-up API. */
export interface Meta {
  paginated: { "/things": { get: { id: string } } };
  keyed: { "/keyed": "post" };
}

/** A descriptor for the made-up API at `baseUrl`. */
export function descriptor(extra: Partial<ClientDescriptor> = {}): ClientDescriptor {
  return {
    packageName: "@cxkit/test",
    version: "1.2.3",
    servers: [{ url: "https://api.example.com" }],
    auth: {
      schemes: { key: { type: "apiKey", header: "x-api-key", option: "apiKey" } },
      security: ["key"],
    },
    operations,
    ...extra,
  };
}

export type TestClient<Throws extends boolean = false> = CxkitClient<Paths, Methods, Meta, Throws>;

/** A client of the made-up API with fast retries; `auth` replaces the API-key strategy. */
export function testClient(
  options: CommonClientOptions & { auth?: AuthStrategy; throwOnError?: false },
): TestClient;
export function testClient(
  options: CommonClientOptions & { auth?: AuthStrategy; throwOnError: true },
): TestClient<true>;
export function testClient(
  options: CommonClientOptions & { auth?: AuthStrategy },
): TestClient<boolean> {
  const { auth = apiKeyAuth(), ...rest } = options;
  return createCxkitClient<TestClient<boolean>>(
    descriptor(),
    { retry: { baseDelayMs: 10, maxDelayMs: 50 }, ...rest },
    () => ({ key: auth }),
  );
}
