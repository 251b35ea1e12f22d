import { createCxkitClient, type CommonClientOptions, type OperationInfo } from "../src/index.js";
import type { AuthStrategy } from "../src/index.js";

/** Operations of a made-up API, enough to exercise the runtime. */
export const operations: readonly OperationInfo[] = [
  { operationId: "getThing", method: "GET", path: "/things/{id}", safeToRepeat: true },
  { operationId: "createThing", method: "POST", path: "/things", safeToRepeat: false },
  { operationId: "searchThings", method: "POST", path: "/things/search", safeToRepeat: true },
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
}

export function testClient(options: CommonClientOptions & { auth?: AuthStrategy }) {
  const { auth = apiKeyAuth(), ...rest } = options;
  return createCxkitClient<Paths>({
    packageName: "@cxkit/test",
    auth,
    operations,
    options: { retry: { baseDelayMs: 10, maxDelayMs: 50 }, ...rest },
  });
}
