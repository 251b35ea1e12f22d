// generated from specs/klaus/openapi.yaml by scripts/generate.mjs, do not edit

import {
  bearer,
  checkCredential,
  type Credential,
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
export const PACKAGE_NAME = "@cxkit/klaus";

/** Options of {@link createKlausClient}: credentials plus the options every cxkit client takes. */
export type KlausClientOptions = CommonClientOptions & {
  /** Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>`. */
  token: Credential | TokenProvider;
};

/** A typed Klaus client: path-style calls (`client.GET("/path", init)`) typed from specs/klaus/openapi.yaml. */
export type KlausClient = CxkitClient<paths>;

/**
 * Typed client for Klaus (Zendesk QA) CSAT enrichment events.
 * Returns an openapi-fetch client whose calls resolve to `{ data, error, response }`.
 */
export function createKlausClient(options: KlausClientOptions): KlausClient {
  const pkg = PACKAGE_NAME;
  checkOptions(pkg, options);
  const baseUrl = options.baseUrl ?? "https://events.pub.klausapp.com";
  const auth = bearer(
    isTokenProvider(options.token) ? options.token : checkCredential(pkg, "token", options.token),
  );
  return createCxkitClient<paths>({
    packageName: pkg,
    defaultBaseUrl: baseUrl,
    auth,
    operations,
    defaultRateLimit: undefined,
    options: { ...options, baseUrl },
  });
}
