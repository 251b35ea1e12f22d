/** What a request looks like to an auth strategy when it asks for headers. */
export interface AuthContext {
  /** Cancels the work (a token exchange) when the attempt is cancelled. */
  signal?: AbortSignal | undefined;
}

/**
 * How a client authenticates. The runtime asks for headers once per attempt, attaches them only to
 * requests for the operation's own origin, redacts them in logs and errors, and calls `unauthorized`
 * once when the server answers 401 so a cached token can be dropped and fetched anew.
 */
export interface AuthStrategy {
  /** Lower-case names of the headers this strategy sets; each carries a secret. */
  readonly credentialHeaders: readonly string[];
  /** The headers to attach to one attempt. */
  headers(context: AuthContext): Promise<Record<string, string>>;
  /**
   * The headers of the next attempt when they are known without waiting (a fixed key, a cached token),
   * as the same object for as long as they stay the same; undefined when `headers()` must be awaited.
   * Lets the runtime skip a wait per attempt; `headers()` stays the source of truth.
   */
  current?(): Readonly<Record<string, string>> | undefined;
  /**
   * The server answered 401 to a request sent with `sent`. Resolve `true` when new credentials are
   * now available and one more attempt is worth it (a token provider dropped its cached token).
   */
  unauthorized?(sent: Readonly<Record<string, string>>): Promise<boolean> | boolean;
  /** The client option a header's value comes from, for error messages (`authorization` -> `apiKey`). */
  optionOf?(header: string): string | undefined;
}
