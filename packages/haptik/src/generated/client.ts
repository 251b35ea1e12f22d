// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { Credential, TokenProvider } from "@cxkit/auth";
import { authFromSchemes } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, encodeForm, type ClientDescriptor } from "@cxkit/core/internal";
import type { HaptikMeta, HaptikMethods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/haptik";

/** What the runtime needs to know about the Haptik API: hosts, credentials, operations and rate limit (from specs/haptik/openapi.yaml and its cxkit.json). */
export const descriptor = {
  packageName: PACKAGE_NAME,
  version: "0.0.0",
  servers: [
    {
      url: "https://{host}",
      option: "baseUrl",
      required: true,
      description: "Per-account base URL, provided by Haptik.",
    },
    {
      url: "https://{messengerHost}",
      option: "messengerBaseUrl",
      description: 'Messenger ("Bot as an API") host of your account, provided by Haptik.',
    },
    {
      url: "https://{whatsappHost}",
      option: "whatsappBaseUrl",
      description: "WhatsApp notifications host of your account, provided by Haptik.",
    },
  ],
  auth: {
    schemes: {
      bearer: {
        type: "bearer",
        option: "token",
      },
      clientId: {
        type: "apiKey",
        header: "client-id",
        option: "clientId",
      },
    },
    security: ["bearer", "clientId"],
  },
  operations: rows,
  extras: extras,
  encode: encodeForm,
  rateLimit: {
    requests: 100,
    perMs: 60000,
  },
} as const satisfies ClientDescriptor;

/** Options of {@link createHaptikClient}: credentials and hosts plus the options every cxkit client takes. */
export type HaptikClientOptions = CommonClientOptions & {
  /** Your account's base URL for Per-account base URL, provided by Haptik. (https://{host}): the vendor gives each account its own host. */
  baseUrl: string;
  /** Your account's base URL for Messenger ("Bot as an API") host of your account, provided by Haptik. (https://{messengerHost}): the vendor gives each account its own host. Needed only to call operations served there. */
  messengerBaseUrl?: string;
  /** Your account's base URL for WhatsApp notifications host of your account, provided by Haptik. (https://{whatsappHost}): the vendor gives each account its own host. Needed only to call operations served there. */
  whatsappBaseUrl?: string;
  /** Credential (or a TokenProvider), sent as `Authorization: Bearer <token>` (bearer scheme). */
  token: Credential | TokenProvider;
  /** Credential, sent as `client-id: <clientId>` (clientId scheme). */
  clientId: Credential;
};

/**
 * A typed Haptik client: path-style calls (`client.GET("/path", init)`, resolving to `{ data, error, response }`) and one named method per operation (`client.<operationId>(params)`, resolving to the 2xx body), typed from specs/haptik/openapi.yaml.
 *
 * `Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.
 */
export type HaptikClient<Throws extends boolean = false> = CxkitClient<
  paths,
  HaptikMethods,
  HaptikMeta,
  Throws
>;

/**
 * Typed client for Haptik's integration APIs: Conversation Studio, the messenger (Bot as an API) and WhatsApp notifications.
 *
 * @example
 * const client = createHaptikClient({ baseUrl: "...", token: "...", clientId: "..." });
 */
export function createHaptikClient(
  options: HaptikClientOptions & { throwOnError: true },
): HaptikClient<true>;
export function createHaptikClient(options: HaptikClientOptions): HaptikClient;
export function createHaptikClient(options: HaptikClientOptions): HaptikClient<boolean> {
  return createCxkitClient(descriptor, options, authFromSchemes);
}
