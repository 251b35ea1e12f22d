// generated from specs/dixa/openapi.yaml by scripts/generate.mjs, do not edit

import { apiKeyHeader, checkCredential, type Credential } from "@cxkit/auth";
import {
  checkOptions,
  type CommonClientOptions,
  createCxkitClient,
  type CxkitClient,
} from "@cxkit/core";
import { operations } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/dixa";

/** Options of {@link createDixaClient}: credentials plus the options every cxkit client takes. */
export type DixaClientOptions = CommonClientOptions & {
  /** API key, sent as `Authorization: <apiKey>`. */
  apiKey: Credential;
};

/** A typed Dixa client: path-style calls (`client.GET("/path", init)`) typed from specs/dixa/openapi.yaml. */
export type DixaClient = CxkitClient<paths>;

/**
 * Typed client for the Dixa API (conversations, messages, notes, ratings, tags).
 * Returns an openapi-fetch client whose calls resolve to `{ data, error, response }`.
 */
export function createDixaClient(options: DixaClientOptions): DixaClient {
  const pkg = PACKAGE_NAME;
  checkOptions(pkg, options);
  const baseUrl = options.baseUrl ?? "https://dev.dixa.io";
  const auth = apiKeyHeader({
    header: "Authorization",
    value: checkCredential(pkg, "apiKey", options.apiKey),
    prefix: "",
  });
  return createCxkitClient<paths>({
    packageName: pkg,
    defaultBaseUrl: baseUrl,
    auth,
    operations,
    defaultRateLimit: { requests: 10, perMs: 1000, burst: 4 },
    options: { ...options, baseUrl },
  });
}
