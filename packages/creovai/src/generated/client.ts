// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { Credential, TokenProvider } from "@cxkit/auth";
import { authFromConfig } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, encodeForm, type ClientDescriptor } from "@cxkit/core/internal";
import type { CreovaiMeta, CreovaiMethods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/creovai";

/** What the runtime needs to know about the Creovai API: hosts, credentials, operations and rate limit (from specs/creovai/openapi.yaml and its cxkit.json). */
export const descriptor = {
  packageName: PACKAGE_NAME,
  version: "0.0.0",
  servers: [
    {
      url: "https://{instance}.audio.creovai.com",
      required: true,
      variables: ["instance"],
      description: "Your Creovai instance.",
    },
  ],
  auth: {
    schemes: {
      bearer: {
        type: "bearer",
        option: "token",
        clientCredentials: {
          operationId: "getToken",
          clientIdOption: "clientId",
          clientSecretOption: "clientSecret",
          refreshSkewMs: 45000,
        },
      },
    },
    security: ["bearer"],
  },
  operations: rows,
  extras: extras,
  encode: encodeForm,
} as const satisfies ClientDescriptor;

/** Options of {@link createCreovaiClient}: credentials and hosts plus the options every cxkit client takes. */
export type CreovaiClientOptions = CommonClientOptions & {
  /** Your Creovai instance name (the `[INSTANCE NAME]` part of the host). Fills `{instance}` in `https://{instance}.audio.creovai.com`; not needed when `baseUrl` is given. */
  instance?: string;
} & (
    | {
        /** Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>` (bearer scheme). */
        token: Credential | TokenProvider;
        clientId?: undefined;
        clientSecret?: undefined;
      }
    | {
        token?: undefined;
        /** API client id, exchanged with its secret through `getToken` for a cached bearer token. */
        clientId: Credential;
        /** API client secret. */
        clientSecret: Credential;
      }
  );

/**
 * A typed Creovai client: path-style calls (`client.GET("/path", init)`, resolving to `{ data, error, response }`) and one named method per operation (`client.<operationId>(params)`, resolving to the 2xx body), typed from specs/creovai/openapi.yaml.
 *
 * `Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.
 */
export type CreovaiClient<Throws extends boolean = false> = CxkitClient<
  paths,
  CreovaiMethods,
  CreovaiMeta,
  Throws
>;

/**
 * Typed client for the Creovai (formerly Tethr) conversation intelligence API: capture, status, metadata, interactions, purge and processing catalogs (v1 and v2).
 *
 * @example
 * const client = createCreovaiClient({ token: "...", instance: "..." });
 */
export function createCreovaiClient(
  options: CreovaiClientOptions & { throwOnError: true },
): CreovaiClient<true>;
export function createCreovaiClient(options: CreovaiClientOptions): CreovaiClient;
export function createCreovaiClient(options: CreovaiClientOptions): CreovaiClient<boolean> {
  return createCxkitClient(descriptor, options, authFromConfig);
}
