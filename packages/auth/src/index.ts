/**
 * @cxkit/auth: how cxkit clients authenticate: API keys, bearer tokens, credential headers, cached
 * token providers and the OAuth 2 client-credentials exchange.
 * @packageDocumentation
 */
export { checkCredential, resolveCredential, type Credential } from "./credential.js";
export {
  createTokenProvider,
  isTokenProvider,
  type IssuedToken,
  type TokenProvider,
  type TokenProviderOptions,
} from "./token-provider.js";
export {
  apiKeyHeader,
  bearer,
  combineAuth,
  credentialHeaders,
  noAuth,
  type ApiKeyHeaderOptions,
} from "./strategies.js";
export { clientCredentials, type ClientCredentialsOptions } from "./client-credentials.js";
export type { AuthStrategy, AuthContext } from "@cxkit/core";
