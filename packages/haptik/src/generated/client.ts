// generated from specs/haptik/openapi.yaml by scripts/generate.mjs, do not edit

import {
  bearer,
  checkCredential,
  combineAuth,
  type Credential,
  credentialHeaders,
  isTokenProvider,
  type TokenProvider,
} from "@cxkit/auth";
import {
  checkOptions,
  type CommonClientOptions,
  createCxkitClient,
  type CxkitClient,
} from "@cxkit/core";
import { operations } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/haptik";

/** Options of {@link createHaptikClient}: credentials plus the options every cxkit client takes. */
export type HaptikClientOptions = CommonClientOptions & {
  /** Your account's API base URL (@cxkit/haptik has no default: Haptik gives each account its own). */
  baseUrl: string;
  /** Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>`. */
  token: Credential | TokenProvider;
  /** Sent as the `client-id` header. */
  clientId: Credential;
};

/** A typed Haptik client: path-style calls (`client.GET("/path", init)`) typed from specs/haptik/openapi.yaml. */
export type HaptikClient = CxkitClient<paths>;

/**
 * Typed client for Haptik Conversation Studio integration APIs.
 * Returns an openapi-fetch client whose calls resolve to `{ data, error, response }`.
 */
export function createHaptikClient(options: HaptikClientOptions): HaptikClient {
  const pkg = PACKAGE_NAME;
  checkOptions(pkg, options);
  const baseUrl = options.baseUrl;
  const auth = combineAuth(
    bearer(
      isTokenProvider(options.token) ? options.token : checkCredential(pkg, "token", options.token),
    ),
    credentialHeaders({ "client-id": checkCredential(pkg, "clientId", options.clientId) }),
  );
  return createCxkitClient<paths>({
    packageName: pkg,
    defaultBaseUrl: baseUrl,
    auth,
    operations,
    defaultRateLimit: { requests: 100, perMs: 60000 },
    options: { ...options, baseUrl },
  });
}
