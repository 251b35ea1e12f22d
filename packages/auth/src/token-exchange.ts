import { ApiError, AuthError, ConfigError, CxkitError, type AuthStrategy } from "@cxkit/core";
import type { AuthFactoryContext, SchemeConfig } from "@cxkit/core/internal";
import { checkCredential, resolveCredential, type Credential } from "./credential.js";
import { bearer } from "./strategies.js";
import { createTokenProvider, type TokenProvider } from "./token-provider.js";
import { readTokenResponse } from "./token-response.js";

type BearerScheme = Extract<SchemeConfig, { type: "bearer" }>;
type ClientCredentialsConfig = NonNullable<BearerScheme["clientCredentials"]>;

/** A token provider that exchanges a client id and secret through the client's own token operation. */
function exchangeProvider(
  pkg: string,
  cc: ClientCredentialsConfig,
  clientId: Credential,
  clientSecret: Credential,
  context: AuthFactoryContext,
): TokenProvider {
  return createTokenProvider({
    refreshSkewMs: cc.refreshSkewMs ?? 30_000,
    async fetchToken() {
      const id = await resolveCredential(clientId, cc.clientIdOption, pkg);
      const secret = await resolveCredential(clientSecret, cc.clientSecretOption, pkg);
      context.secrets.add(id);
      context.secrets.add(secret);
      let body: unknown;
      try {
        body = await context.call(cc.operationId, {
          grant_type: "client_credentials",
          client_id: id,
          client_secret: secret,
        });
      } catch (error) {
        if (error instanceof AuthError || !(error instanceof CxkitError)) throw error;
        throw new AuthError(
          `[${pkg}] the token exchange (${cc.operationId}) failed: ${error.message}`,
          {
            method: error.method,
            url: error.url,
            status: error instanceof ApiError ? error.status : undefined,
            cause: error,
          },
        );
      }
      return readTokenResponse(pkg, body, cc.operationId);
    },
  });
}

/**
 * The bearer strategy of a scheme whose token may come from a client-credentials exchange: the token
 * option as given, or (without one) the client id and secret exchanged through the API's own token
 * operation, cached and refreshed. Undefined when the scheme has no exchange: the caller builds it.
 */
export function exchangeScheme(
  pkg: string,
  scheme: BearerScheme,
  options: Readonly<Record<string, unknown>>,
  context: AuthFactoryContext,
): AuthStrategy | undefined {
  const cc = scheme.clientCredentials;
  if (!cc) return undefined;
  const id = options[cc.clientIdOption];
  const secret = options[cc.clientSecretOption];
  if (options[scheme.option] !== undefined) {
    if (id === undefined && secret === undefined) return undefined;
    throw new ConfigError(
      `[${pkg}] pass either ${scheme.option} or ${cc.clientIdOption} and ${cc.clientSecretOption}, not both`,
      scheme.option,
    );
  }
  if (id === undefined && secret === undefined) {
    throw new ConfigError(
      `[${pkg}] ${scheme.option} is required (or ${cc.clientIdOption} and ${cc.clientSecretOption})`,
      scheme.option,
    );
  }
  const provider = exchangeProvider(
    pkg,
    cc,
    checkCredential(pkg, cc.clientIdOption, id),
    checkCredential(pkg, cc.clientSecretOption, secret),
    context,
  );
  return bearer(provider, scheme.option, pkg);
}
