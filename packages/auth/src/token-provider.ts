import { CxkitError } from "@cxkit/core";

/** A token as a token endpoint hands it out. */
export interface IssuedToken {
  token: string;
  /** Lifetime from now in ms; absent for a token that does not expire. */
  expiresInMs?: number;
}

/** Options of {@link createTokenProvider}. */
export interface TokenProviderOptions {
  /** Fetch a new token. Called by one caller at a time, however many requests wait for it. */
  fetchToken: (signal?: AbortSignal) => Promise<IssuedToken>;
  /** Refresh this long before the token expires. Default 30000. */
  refreshSkewMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Hands out a cached token and knows when to fetch a new one. */
export interface TokenProvider {
  /** The current token, fetched first when there is none or it is about to expire. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Drop `token` (or whatever is cached) so the next call fetches a new one. */
  invalidate(token?: string): void;
}

/** Tells a TokenProvider apart from a credential function. */
export function isTokenProvider(value: unknown): value is TokenProvider {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as TokenProvider).getToken === "function" &&
    typeof (value as TokenProvider).invalidate === "function"
  );
}

/**
 * A token cache: one fetch at a time (concurrent callers share it), refreshed `refreshSkewMs` before
 * expiry, and dropped on demand (the runtime calls `invalidate` after a 401).
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const skew = options.refreshSkewMs ?? 30_000;
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  return {
    getToken(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      if (!pending) {
        pending = options
          .fetchToken(signal)
          .then((issued) => {
            if (typeof issued?.token !== "string" || issued.token === "") {
              throw new CxkitError("[@cxkit/auth] the token provider returned an empty token");
            }
            const refreshAt =
              issued.expiresInMs === undefined ? Infinity : now() + issued.expiresInMs - skew;
            cached = { token: issued.token, refreshAt };
            return issued.token;
          })
          .finally(() => {
            pending = undefined;
          });
      }
      return pending;
    },
    invalidate(token) {
      if (token === undefined || cached?.token === token) cached = undefined;
    },
  };
}
