// One error hierarchy for every cxkit package. `instanceof` must hold across two installed copies of
// @cxkit/core (a nested install, a bundled copy), so classes are matched by a registered brand, not by
// prototype identity: each class names itself in a static `errorName`, and every instance carries the names of its
// whole class chain under a global symbol.

const KINDS = Symbol.for("@cxkit/core:error-kinds");

/** Options shared by every cxkit error. */
export interface CxkitErrorOptions {
  /** HTTP method of the request that failed, when there was one. */
  method?: string | undefined;
  /** URL of the request that failed, secrets redacted. */
  url?: string | undefined;
  /** The underlying error (redacted copy: never one that quotes a credential). */
  cause?: unknown;
}

function kindsOf(error: object): string[] {
  const kinds: string[] = [];
  for (let ctor = error.constructor; ctor && ctor !== Error;) {
    const kind = (ctor as { errorName?: unknown }).errorName;
    if (typeof kind === "string" && Object.prototype.hasOwnProperty.call(ctor, "errorName")) {
      kinds.push(kind);
    }
    ctor = Object.getPrototypeOf(ctor) as typeof ctor;
  }
  return kinds;
}

/**
 * Base class of every error cxkit throws. Catch this to handle all of them.
 * Messages never contain a credential: clients redact every secret they know of before building one.
 */
export class CxkitError extends Error {
  /** The class name `instanceof` compares, so it works across copies of this package. */
  static readonly errorName: string = "CxkitError";
  override name = "CxkitError";
  /** HTTP method of the failed request, if any. */
  readonly method: string | undefined;
  /** URL of the failed request, if any (secrets redacted). */
  readonly url: string | undefined;

  constructor(message: string, options: CxkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, KINDS, { value: kindsOf(this), enumerable: false });
    this.method = options.method;
    this.url = options.url;
  }

  /** `value instanceof ThisClass`, also for errors made by another copy of @cxkit/core. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const kinds = (value as { [KINDS]?: unknown })[KINDS];
    if (Array.isArray(kinds)) return kinds.includes(this.errorName);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** A plain object for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }
}

/** A client was created, or a call made, with an option that cannot work; `option` names it. */
export class ConfigError extends CxkitError {
  static override readonly errorName: string = "ConfigError";
  override name = "ConfigError";
  /** The option at fault, e.g. `apiKey`, `baseUrl` or `retry.maxRetries`. */
  readonly option: string;

  constructor(message: string, option: string, options: CxkitErrorOptions = {}) {
    super(message, options);
    this.option = option;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), option: this.option };
  }
}

/**
 * A request was refused before anything was sent because its input cannot be sent as given (a path
 * parameter that would change the path, a value that is not a finite number, a body over the vendor's
 * documented limit); `field` names the input, e.g. `path.conversationId` or `body.data`.
 */
export class ValidationError extends CxkitError {
  static override readonly errorName: string = "ValidationError";
  override name = "ValidationError";
  /** The input at fault, as a dot path from the call's params: `path.id`, `query.q`, `body.data[3].id`. */
  readonly field: string;

  constructor(message: string, field: string, options: CxkitErrorOptions = {}) {
    super(message, options);
    this.field = field;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}

/** Obtaining a credential failed: a credential function threw or returned nothing, or a token exchange failed. */
export class AuthError extends CxkitError {
  static override readonly errorName: string = "AuthError";
  override name = "AuthError";
  /** HTTP status of the token endpoint's answer, if it answered. */
  readonly status: number | undefined;

  constructor(message: string, options: CxkitErrorOptions & { status?: number | undefined } = {}) {
    super(message, options);
    this.status = options.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}

/** The request could not be completed at the network level (refused, reset, DNS, TLS). */
export class NetworkError extends CxkitError {
  static override readonly errorName: string = "NetworkError";
  override name = "NetworkError";
  /**
   * Whether the request may have reached the server. `false` only when it provably did not (the
   * connection was never made: DNS failure, refused connection, TLS failure), so a write can be sent
   * again; `true` when it may have been processed.
   */
  readonly maybeSent: boolean;
  /** The platform's error code, e.g. `ECONNREFUSED`, `EAI_AGAIN`, `UND_ERR_SOCKET`. */
  readonly code: string | undefined;

  constructor(
    message: string,
    options: CxkitErrorOptions & { maybeSent: boolean; code?: string | undefined },
  ) {
    super(message, options);
    this.maybeSent = options.maybeSent;
    this.code = options.code;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), maybeSent: this.maybeSent, code: this.code };
  }
}

/** An attempt (`timeoutMs`) or the whole call (`deadlineMs`) ran past its time limit. */
export class TimeoutError extends CxkitError {
  static override readonly errorName: string = "TimeoutError";
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

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, kind: this.kind };
  }
}

/** The caller's (or the client's) `signal` aborted the call. */
export class AbortError extends CxkitError {
  static override readonly errorName: string = "AbortError";
  override name = "AbortError";
}

/** Why a webhook delivery was refused by a `verifyXWebhook` function. */
export type WebhookVerificationReason =
  | "missing-signature"
  | "malformed-signature"
  | "bad-signature"
  | "stale"
  | "missing-credentials"
  | "bad-credentials"
  | "bad-body"
  | "bad-method";

/** A webhook delivery failed verification; `reason` says why. Never quotes the secret. */
export class WebhookVerificationError extends CxkitError {
  static override readonly errorName: string = "WebhookVerificationError";
  override name = "WebhookVerificationError";
  readonly reason: WebhookVerificationReason;

  constructor(message: string, reason: WebhookVerificationReason) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
