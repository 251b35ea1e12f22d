/** Options shared by every cxkit error. */
export interface CxkitErrorOptions {
  /** HTTP method of the request that failed, when there was one. */
  method?: string;
  /** URL of the request that failed (never carries a credential: cxkit sends credentials in headers). */
  url?: string;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * Base class of every error cxkit throws. Catch this to handle all of them.
 * Messages never contain a credential: clients redact every secret they know of before building one.
 */
export class CxkitError extends Error {
  override name = "CxkitError";
  /** HTTP method of the failed request, if any. */
  readonly method: string | undefined;
  /** URL of the failed request, if any. */
  readonly url: string | undefined;

  constructor(message: string, options: CxkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.method = options.method;
    this.url = options.url;
  }

  /** A plain object for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }
}

/** A client was created with an option that cannot work; `option` names it. */
export class ConfigError extends CxkitError {
  override name = "ConfigError";
  /** The option at fault, e.g. `apiKey` or `baseUrl`. */
  readonly option: string;

  constructor(message: string, option: string) {
    super(message);
    this.option = option;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option };
  }
}

/** Options of an {@link ApiError}. */
export interface ApiErrorOptions extends CxkitErrorOptions {
  status: number;
  /** The vendor's own message from the error body (Dixa `message`, Haptik `error_message`). */
  vendorMessage?: string | undefined;
  /** The parsed error body, if any. */
  body?: unknown;
  /** The request id the server returned in a header, if any. */
  requestId?: string | undefined;
}

/** The server answered with an HTTP error status. */
export class ApiError extends CxkitError {
  override name = "ApiError";
  /** HTTP status code. */
  readonly status: number;
  /** The vendor's message from the body, when it sent one. */
  readonly vendorMessage: string | undefined;
  /** The parsed error body. */
  readonly body: unknown;
  /** The request id header of the response, if present. */
  readonly requestId: string | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.vendorMessage = options.vendorMessage;
    this.body = options.body;
    this.requestId = options.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      vendorMessage: this.vendorMessage,
      requestId: this.requestId,
    };
  }
}

/** Obtaining a credential failed (a token exchange was refused or answered nonsense). */
export class AuthError extends CxkitError {
  override name = "AuthError";
  /** HTTP status of the token endpoint's answer, if it answered. */
  readonly status: number | undefined;

  constructor(message: string, options: CxkitErrorOptions & { status?: number } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The request could not be completed at the network level (refused, reset, DNS, TLS). */
export class NetworkError extends CxkitError {
  override name = "NetworkError";
  /** Whether the request may have reached the server before the failure. */
  readonly maybeSent: boolean;

  constructor(message: string, options: CxkitErrorOptions & { maybeSent: boolean }) {
    super(message, options);
    this.maybeSent = options.maybeSent;
  }
}

/** An attempt or the whole call ran past its time limit. */
export class TimeoutError extends CxkitError {
  override name = "TimeoutError";
  /** The limit that was reached, in milliseconds. */
  readonly timeoutMs: number;
  /** `attempt` for `timeoutMs`, `deadline` for `deadlineMs`. */
  readonly kind: "attempt" | "deadline";

  constructor(
    message: string,
    options: CxkitErrorOptions & { timeoutMs: number; kind: "attempt" | "deadline" },
  ) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.kind = options.kind;
  }
}

/** The caller's `signal` aborted the call. */
export class AbortError extends CxkitError {
  override name = "AbortError";
}

/** The server asked to wait longer than the client is allowed to wait (`Retry-After` over the cap). */
export class RateLimitError extends CxkitError {
  override name = "RateLimitError";
  /** How long the server asked to wait, in milliseconds. */
  readonly retryAfterMs: number;
  /** HTTP status of the answer (429 or 503). */
  readonly status: number;

  constructor(
    message: string,
    options: CxkitErrorOptions & { retryAfterMs: number; status: number },
  ) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }
}
