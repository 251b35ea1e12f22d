// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { Credential, TokenProvider } from "@cxkit/auth";
import { authFromSchemes } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, encodeForm, type ClientDescriptor } from "@cxkit/core/internal";
import type { DixaMeta, DixaMethods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/dixa";

/** What the runtime needs to know about the Dixa API: hosts, credentials, operations and rate limit (from specs/dixa/openapi.yaml and its cxkit.json). */
export const descriptor = {
  packageName: PACKAGE_NAME,
  version: "0.0.0",
  servers: [
    {
      url: "https://dev.dixa.io",
      description: "Dixa API",
    },
    {
      url: "https://exports.dixa.io",
      description: "Dixa Exports API",
    },
  ],
  auth: {
    schemes: {
      apiKey: {
        type: "apiKey",
        header: "Authorization",
        option: "apiKey",
      },
      bearer: {
        type: "bearer",
        option: "apiKey",
      },
    },
    security: ["apiKey"],
  },
  operations: rows,
  extras: extras,
  encode: encodeForm,
  rateLimit: {
    requests: 10,
    perMs: 1000,
    burst: 4,
  },
} as const satisfies ClientDescriptor;

/** Options of {@link createDixaClient}: credentials and hosts plus the options every cxkit client takes. */
export type DixaClientOptions = CommonClientOptions & {
  /** Credential (or a TokenProvider), sent as `Authorization: <apiKey>` (apiKey scheme); sent as `Authorization: Bearer <apiKey>` (bearer scheme). */
  apiKey: Credential | TokenProvider;
};

/**
 * A typed Dixa client: path-style calls (`client.GET("/path", init)`, resolving to `{ data, error, response }`) and one named method per operation (`client.<operationId>(params)`, resolving to the 2xx body), typed from specs/dixa/openapi.yaml.
 *
 * `Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.
 */
export type DixaClient<Throws extends boolean = false> = CxkitClient<
  paths,
  DixaMethods,
  DixaMeta,
  Throws
>;

/**
 * Typed client for the Dixa API (conversations, end users, agents, queues, tags, custom attributes, webhooks, analytics, knowledge) and the Dixa Exports API.
 *
 * @example
 * const client = createDixaClient({ apiKey: "..." });
 */
export function createDixaClient(
  options: DixaClientOptions & { throwOnError: true },
): DixaClient<true>;
export function createDixaClient(options: DixaClientOptions): DixaClient;
export function createDixaClient(options: DixaClientOptions): DixaClient<boolean> {
  return createCxkitClient(descriptor, options, authFromSchemes);
}
