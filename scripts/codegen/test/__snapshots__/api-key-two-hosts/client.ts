// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { Credential, TokenProvider } from "@cxkit/auth";
import { authFromSchemes } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, type ClientDescriptor } from "@cxkit/core/internal";
import type { AcmeMeta, AcmeMethods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/acme";

/** What the runtime needs to know about the Acme API: hosts, credentials, operations and rate limit (from specs/acme/openapi.yaml and its cxkit.json). */
export const descriptor = {
  packageName: PACKAGE_NAME,
  version: "1.4.2",
  servers: [
    {
      url: "https://api.acme.test",
    },
    {
      url: "https://exports.acme.test",
      description: "Exports API",
    },
  ],
  auth: {
    schemes: {
      bearer: {
        type: "bearer",
        option: "apiKey",
      },
      key: {
        type: "apiKey",
        header: "Authorization",
        option: "apiKey",
      },
    },
    security: ["key"],
  },
  operations: rows,
  extras: extras,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    burst: 4,
  },
} as const satisfies ClientDescriptor;

/** Options of {@link createAcmeClient}: credentials and hosts plus the options every cxkit client takes. */
export type AcmeClientOptions = CommonClientOptions & {
  /** Credential (or a TokenProvider), sent as `Authorization: Bearer <apiKey>` (bearer scheme); sent as `Authorization: <apiKey>` (key scheme). */
  apiKey: Credential | TokenProvider;
};

/**
 * A typed Acme client: path-style calls (`client.GET("/path", init)`, resolving to `{ data, error, response }`) and one named method per operation (`client.<operationId>(params)`, resolving to the 2xx body), typed from specs/acme/openapi.yaml.
 *
 * `Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.
 */
export type AcmeClient<Throws extends boolean = false> = CxkitClient<
  paths,
  AcmeMethods,
  AcmeMeta,
  Throws
>;

/**
 * Typed client for Acme.
 *
 * @example
 * const client = createAcmeClient({ apiKey: "..." });
 */
export function createAcmeClient(
  options: AcmeClientOptions & { throwOnError: true },
): AcmeClient<true>;
export function createAcmeClient(options: AcmeClientOptions): AcmeClient;
export function createAcmeClient(options: AcmeClientOptions): AcmeClient<boolean> {
  return createCxkitClient(descriptor, options, authFromSchemes);
}
