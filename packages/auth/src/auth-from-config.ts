import { ConfigError, type AuthStrategy } from "@cxkit/core";
import type { AuthFactory, AuthFactoryContext, SchemeConfig } from "@cxkit/core/internal";
import { checkCredential } from "./credential.js";
import { apiKeyHeader, bearer } from "./strategies.js";
import { exchangeScheme } from "./token-exchange.js";
import { isTokenProvider } from "./token-provider.js";

type BearerScheme = Extract<SchemeConfig, { type: "bearer" }>;
type Exchange = typeof exchangeScheme;

function strategiesOf(
  descriptor: Parameters<AuthFactory>[0],
  options: Readonly<Record<string, unknown>>,
  context: AuthFactoryContext,
  exchange: Exchange | undefined,
): Readonly<Record<string, AuthStrategy>> {
  const pkg = descriptor.packageName;
  const strategies: Record<string, AuthStrategy> = {};
  for (const [name, scheme] of Object.entries(descriptor.auth.schemes)) {
    const value = options[scheme.option];
    if (scheme.type === "apiKey") {
      strategies[name] = apiKeyHeader({
        header: scheme.header,
        value: checkCredential(pkg, scheme.option, value),
        prefix: scheme.prefix ?? "",
        option: scheme.option,
        packageName: pkg,
      });
      continue;
    }
    if ((scheme as BearerScheme).clientCredentials && !exchange) {
      throw new ConfigError(
        `[${pkg}] the ${name} scheme exchanges client credentials: create the client with authFromConfig`,
        scheme.option,
      );
    }
    strategies[name] =
      exchange?.(pkg, scheme, options, context) ??
      bearer(
        isTokenProvider(value) ? value : checkCredential(pkg, scheme.option, value),
        scheme.option,
        pkg,
      );
  }
  return strategies;
}

/**
 * The auth strategies of a generated client, one per security scheme of its descriptor, from the
 * options the user passed: an API key in a header (with its prefix), or a bearer token (a string, a
 * function or a TokenProvider). Credential options are checked here, at creation; errors name the
 * option and never echo a value. For a descriptor with a client-credentials exchange, use
 * {@link authFromConfig}: this one leaves the exchange out of a bundle that does not need it.
 */
export const authFromSchemes: AuthFactory = (descriptor, options, context) =>
  strategiesOf(descriptor, options, context, undefined);

/**
 * {@link authFromSchemes}, plus a client id and secret exchanged through the API's own token operation
 * (cached, refreshed before expiry, dropped after a 401) for a scheme with `clientCredentials`.
 */
export const authFromConfig: AuthFactory = (descriptor, options, context) =>
  strategiesOf(descriptor, options, context, exchangeScheme);
