// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { Credential, TokenProvider } from "@cxkit/auth";
import { authFromSchemes } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, type ClientDescriptor } from "@cxkit/core/internal";
import type { KlausMeta, KlausMethods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/klaus";

/** What the runtime needs to know about the Klaus API: hosts, credentials, operations and rate limit (from specs/klaus/openapi.yaml and its cxkit.json). */
export const descriptor = {
  packageName: PACKAGE_NAME,
  version: "0.0.0",
  servers: [
    {
      url: "https://events.pub.klausapp.com",
      description:
        "Klaus event intake host (CSAT events). Export and Import operations name their own host.",
    },
    {
      url: "https://{subdomain}.zendesk.com/qa",
      variables: ["subdomain"],
      description: "Zendesk QA Public Export API",
    },
  ],
  auth: {
    schemes: {
      bearer: {
        type: "bearer",
        option: "token",
      },
    },
    security: ["bearer"],
  },
  operations: rows,
  extras: extras,
  rateLimit: {
    requests: 1500,
    perMs: 60000,
  },
} as const satisfies ClientDescriptor;

/** Options of {@link createKlausClient}: credentials and hosts plus the options every cxkit client takes. */
export type KlausClientOptions = CommonClientOptions & {
  /** Your Zendesk subdomain (`acme` for acme.zendesk.com). Fills `{subdomain}` in `https://{subdomain}.zendesk.com/qa`; not needed when `baseUrl` is given. */
  subdomain?: string;
  /** Credential (or a TokenProvider), sent as `Authorization: Bearer <token>` (bearer scheme). */
  token: Credential | TokenProvider;
};

/**
 * A typed Klaus client: path-style calls (`client.GET("/path", init)`, resolving to `{ data, error, response }`) and one named method per operation (`client.<operationId>(params)`, resolving to the 2xx body), typed from specs/klaus/openapi.yaml.
 *
 * `Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.
 */
export type KlausClient<Throws extends boolean = false> = CxkitClient<
  paths,
  KlausMethods,
  KlausMeta,
  Throws
>;

/**
 * Typed client for Klaus (Zendesk QA): CSAT enrichment events and the Zendesk QA Export and Import APIs.
 *
 * @example
 * const client = createKlausClient({ token: "..." });
 */
export function createKlausClient(
  options: KlausClientOptions & { throwOnError: true },
): KlausClient<true>;
export function createKlausClient(options: KlausClientOptions): KlausClient;
export function createKlausClient(options: KlausClientOptions): KlausClient<boolean> {
  return createCxkitClient(descriptor, options, authFromSchemes);
}
