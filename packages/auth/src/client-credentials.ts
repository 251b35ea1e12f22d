import { AuthError } from "@cxkit/core";
import { checkBaseUrl, SecretSet, timeoutSignal, vendorMessageOf } from "@cxkit/core/internal";
import { resolveCredential, type Credential } from "./credential.js";
import { createTokenProvider, type TokenProvider } from "./token-provider.js";
import { readTokenResponse } from "./token-response.js";

/** Options of {@link clientCredentials}. */
export interface ClientCredentialsOptions {
  /** The token endpoint, e.g. `https://acme.audio.creovai.com/Token`. */
  tokenUrl: string;
  clientId: Credential;
  clientSecret: Credential;
  /** Fetch implementation (default: global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Refresh this long before `expires_in` runs out. Default 30000. */
  refreshSkewMs?: number;
  /** Time limit of one exchange in ms. Default 30000. */
  timeoutMs?: number;
  /** Error messages start with this package name. Default `@cxkit/auth`. */
  packageName?: string;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * OAuth 2 client-credentials exchange (`grant_type=client_credentials`, form-encoded) behind a
 * TokenProvider: cached, refreshed before expiry, one exchange at a time. Redirects are not followed,
 * so the client secret in the body never reaches another server. (Generated clients with a token
 * operation exchange through their own runtime instead, with its retries and timeouts.)
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenProvider {
  const pkg = options.packageName ?? "@cxkit/auth";
  const tokenUrl = checkBaseUrl(pkg, options.tokenUrl, "tokenUrl");
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;

  return createTokenProvider({
    refreshSkewMs: options.refreshSkewMs ?? 30_000,
    ...(options.now ? { now: options.now } : {}),
    async fetchToken() {
      const clientId = await resolveCredential(options.clientId, "clientId", pkg);
      const clientSecret = await resolveCredential(options.clientSecret, "clientSecret", pkg);
      const secrets = new SecretSet();
      secrets.add(clientId);
      secrets.add(clientSecret);
      const timer = timeoutSignal(timeoutMs);
      const body = new URLSearchParams({
        grant_type: "client_credentials",
        client_id: clientId,
        client_secret: clientSecret,
      });
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(tokenUrl, {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json",
          },
          body: body.toString(),
          redirect: "manual",
          signal: timer.signal,
        });
        text = await response.text();
      } catch (cause) {
        const reason = timer.signal.aborted ? `timed out after ${timeoutMs} ms` : "failed";
        throw new AuthError(`[${pkg}] token request to ${tokenUrl} ${reason}`, {
          method: "POST",
          url: tokenUrl,
          cause: cause instanceof Error ? new Error(secrets.redact(cause.message)) : undefined,
        });
      } finally {
        timer.clear();
      }
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Left as text: some token endpoints answer errors in plain text.
      }
      if (!response.ok) {
        const detail = vendorMessageOf(parsed);
        throw new AuthError(
          secrets.redact(
            `[${pkg}] token request to ${tokenUrl} answered ${response.status}${detail ? `: ${detail}` : ""}`,
          ),
          { method: "POST", url: tokenUrl, status: response.status },
        );
      }
      return readTokenResponse(pkg, parsed, tokenUrl);
    },
  });
}
