/**
 * @cxkit/auth: how cxkit clients authenticate.
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
export type { AuthStrategy } from "@cxkit/core";
