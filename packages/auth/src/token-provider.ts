import { AbortError, AuthError } from "@cxkit/core";

/** A token as a token endpoint hands it out. */
export interface IssuedToken {
  token: string;
  /** Lifetime from now in ms; absent for a token that does not expire. */
  expiresInMs?: number;
}

/** Options of {@link createTokenProvider}. */
export interface TokenProviderOptions {
  /**
   * Fetch a new token. Called by one caller at a time, however many requests wait for it, and never
   * with a caller's signal: one caller giving up must not fail the others sharing the exchange.
   */
  fetchToken: () => Promise<IssuedToken>;
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
  /**
   * The cached token when `getToken` would hand it out at once (fetched, not about to expire), else
   * undefined; never fetches. Lets a client skip a wait per request.
   */
  peek?(): string | undefined;
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

/** `promise`, or an AbortError as soon as `signal` aborts (the promise itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortError("[@cxkit/auth] the call was aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError("[@cxkit/auth] the call was aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A token cache: one fetch at a time (concurrent callers share it; a caller that aborts stops waiting
 * without failing the others), refreshed `refreshSkewMs` before expiry, and dropped on demand (the
 * runtime calls `invalidate` after a 401).
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const skew = options.refreshSkewMs ?? 30_000;
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  return {
    peek: () => (cached && now() < cached.refreshAt ? cached.token : undefined),
    getToken(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      if (!pending) {
        pending = options
          .fetchToken()
          .then((issued) => {
            if (typeof issued?.token !== "string" || issued.token === "") {
              throw new AuthError("[@cxkit/auth] the token provider returned an empty token");
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
      return untilAborted(pending, signal);
    },
    invalidate(token) {
      if (token === undefined || cached?.token === token) cached = undefined;
    },
  };
}
