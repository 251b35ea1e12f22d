import { AuthError, checkBaseUrl, deadlineSignal, SecretSet, vendorMessageOf } from "@cxkit/core";
import { resolveCredential, type Credential } from "./credential.js";
import { createTokenProvider, type TokenProvider } from "./token-provider.js";

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
 * so the client secret in the body never reaches another server.
 */
export function clientCredentials(options: ClientCredentialsOptions): TokenProvider {
  const pkg = options.packageName ?? "@cxkit/auth";
  const tokenUrl = checkBaseUrl(pkg, options.tokenUrl, "tokenUrl");
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;

  return createTokenProvider({
    refreshSkewMs: options.refreshSkewMs ?? 30_000,
    ...(options.now ? { now: options.now } : {}),
    async fetchToken(signal) {
      const clientId = await resolveCredential(options.clientId, "clientId");
      const clientSecret = await resolveCredential(options.clientSecret, "clientSecret");
      const secrets = new SecretSet();
      secrets.add(clientId);
      secrets.add(clientSecret);
      const timer = deadlineSignal(timeoutMs);
      const timeout = timer.signal;
      const body = new URLSearchParams({
        grant_type: "client_credentials",
        client_id: clientId,
        client_secret: clientSecret,
      });
      let response: Response;
      try {
        response = await fetchImpl(tokenUrl, {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json",
          },
          body: body.toString(),
          redirect: "manual",
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (cause) {
        timer.clear();
        const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : "failed";
        throw new AuthError(`[${pkg}] token request to ${tokenUrl} ${reason}`, {
          method: "POST",
          url: tokenUrl,
          cause: cause instanceof Error ? new Error(secrets.redact(cause.message)) : undefined,
        });
      }
      let text: string;
      try {
        text = await response.text();
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
      const fields = (parsed ?? {}) as Record<string, unknown>;
      const token = fields.access_token;
      const tokenType = fields.token_type;
      const expiresIn = fields.expires_in;
      if (typeof token !== "string" || token === "") {
        throw new AuthError(`[${pkg}] token response has no access_token`, {
          method: "POST",
          url: tokenUrl,
          status: response.status,
        });
      }
      if (typeof tokenType === "string" && tokenType.toLowerCase() !== "bearer") {
        throw new AuthError(
          `[${pkg}] token response has token_type "${tokenType}", expected "bearer"`,
          {
            method: "POST",
            url: tokenUrl,
            status: response.status,
          },
        );
      }
      const seconds = typeof expiresIn === "string" ? Number(expiresIn) : expiresIn;
      return typeof seconds === "number" && Number.isFinite(seconds)
        ? { token, expiresInMs: seconds * 1000 }
        : { token };
    },
  });
}
