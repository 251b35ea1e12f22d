// generated from specs/creovai/openapi.yaml by scripts/generate.mjs, do not edit

import {
  bearer,
  checkCredential,
  clientCredentials,
  type Credential,
  isTokenProvider,
  type TokenProvider,
} from "@cxkit/auth";
import {
  checkBaseUrl,
  checkOptions,
  type CommonClientOptions,
  ConfigError,
  createCxkitClient,
  type CxkitClient,
  expandServerUrl,
} from "@cxkit/core";
import { operations } from "./operations.js";
import type { paths } from "./schema.js";

/** npm package this client ships in; error messages start with it. */
export const PACKAGE_NAME = "@cxkit/creovai";

/** Options of {@link createCreovaiClient}: credentials plus the options every cxkit client takes. */
export type CreovaiClientOptions = CommonClientOptions & {
  /** Your Creovai instance name (the `[INSTANCE NAME]` part of the host). Fills `{instance}` in `https://{instance}.audio.creovai.com`; not needed when `baseUrl` is given. */
  instance?: string;
} & (
    | {
        /** Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>`. */ token:
          Credential | TokenProvider;
        clientId?: undefined;
        clientSecret?: undefined;
      }
    | {
        token?: undefined;
        /** API user's client id, exchanged with its secret at `POST /Token` for a cached token. */ clientId: Credential;
        /** API user's client secret. */ clientSecret: Credential;
      }
  );

/** A typed Creovai client: path-style calls (`client.GET("/path", init)`) typed from specs/creovai/openapi.yaml. */
export type CreovaiClient = CxkitClient<paths>;

/**
 * Typed client for the Creovai (formerly Tethr) chat capture API.
 * Returns an openapi-fetch client whose calls resolve to `{ data, error, response }`.
 */
export function createCreovaiClient(options: CreovaiClientOptions): CreovaiClient {
  const pkg = PACKAGE_NAME;
  checkOptions(pkg, options);
  const baseUrl =
    options.baseUrl ??
    expandServerUrl(pkg, "https://{instance}.audio.creovai.com", { instance: options.instance });
  // Either a token, or a client id and secret exchanged at /Token; checked at run time too.
  const given: { token?: unknown; clientId?: unknown; clientSecret?: unknown } = options;
  let tokenSource: Credential | TokenProvider;
  if (
    given.token === undefined &&
    (given.clientId !== undefined || given.clientSecret !== undefined)
  ) {
    tokenSource = clientCredentials({
      tokenUrl: `${checkBaseUrl(pkg, baseUrl)}/Token`,
      clientId: checkCredential(pkg, "clientId", given.clientId),
      clientSecret: checkCredential(pkg, "clientSecret", given.clientSecret),
      refreshSkewMs: 45000,
      packageName: pkg,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  } else if (given.token === undefined) {
    throw new ConfigError(`[${pkg}] token is required (or clientId and clientSecret)`, "token");
  } else {
    tokenSource = isTokenProvider(given.token)
      ? given.token
      : checkCredential(pkg, "token", given.token);
  }
  const auth = bearer(tokenSource);
  return createCxkitClient<paths>({
    packageName: pkg,
    defaultBaseUrl: baseUrl,
    auth,
    operations,
    defaultRateLimit: undefined,
    options: { ...options, baseUrl },
  });
}
