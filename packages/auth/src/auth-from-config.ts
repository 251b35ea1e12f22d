import { ApiError, AuthError, ConfigError, CxkitError, type AuthStrategy } from "@cxkit/core";
import type { AuthFactory, AuthFactoryContext, SchemeConfig } from "@cxkit/core/internal";
import { checkCredential, resolveCredential, type Credential } from "./credential.js";
import { apiKeyHeader, bearer } from "./strategies.js";
import { createTokenProvider, isTokenProvider, type TokenProvider } from "./token-provider.js";
import { readTokenResponse } from "./token-response.js";

type ClientCredentialsConfig = NonNullable<
  Extract<SchemeConfig, { type: "bearer" }>["clientCredentials"]
>;

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

function bearerScheme(
  pkg: string,
  scheme: Extract<SchemeConfig, { type: "bearer" }>,
  options: Readonly<Record<string, unknown>>,
  context: AuthFactoryContext,
): AuthStrategy {
  const cc = scheme.clientCredentials;
  const token = options[scheme.option];
  if (cc && token === undefined) {
    const id = options[cc.clientIdOption];
    const secret = options[cc.clientSecretOption];
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
  if (
    cc &&
    (options[cc.clientIdOption] !== undefined || options[cc.clientSecretOption] !== undefined)
  ) {
    throw new ConfigError(
      `[${pkg}] pass either ${scheme.option} or ${cc.clientIdOption} and ${cc.clientSecretOption}, not both`,
      scheme.option,
    );
  }
  const source = isTokenProvider(token) ? token : checkCredential(pkg, scheme.option, token);
  return bearer(source, scheme.option, pkg);
}

/**
 * The auth strategies of a generated client, one per security scheme of its descriptor, from the
 * options the user passed: an API key in a header (with its prefix), a bearer token (a string, a
 * function or a TokenProvider), or a client id and secret exchanged through the API's own token
 * operation (cached, refreshed before expiry, dropped after a 401). Credential options are checked
 * here, at creation; errors name the option and never echo a value.
 */
export const authFromConfig: AuthFactory = (descriptor, options, context) => {
  const pkg = descriptor.packageName;
  const strategies: Record<string, AuthStrategy> = {};
  for (const [name, scheme] of Object.entries(descriptor.auth.schemes)) {
    if (scheme.type === "apiKey") {
      strategies[name] = apiKeyHeader({
        header: scheme.header,
        value: checkCredential(pkg, scheme.option, options[scheme.option]),
        prefix: scheme.prefix ?? "",
        option: scheme.option,
        packageName: pkg,
      });
    } else {
      strategies[name] = bearerScheme(pkg, scheme, options, context);
    }
  }
  return strategies;
};
