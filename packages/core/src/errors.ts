// One error hierarchy for every cxkit package. `instanceof` must hold across two installed copies of
// @cxkit/core (a nested install, a bundled copy), so classes are matched by a registered brand, not by
// prototype identity: each class names itself in a static `errorName`, and every instance carries the names of its
// whole class chain under a global symbol. An error's `name` is its class's `errorName`, and `toJSON`
// shows the fields its class lists in `jsonFields`: each class states both as data, once.

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

type ErrorClass = Function & { errorName?: unknown; jsonFields?: readonly string[] };

/**
 * Base class of every error cxkit throws. Catch this to handle all of them.
 * Messages never contain a credential: clients redact every secret they know of before building one.
 */
export class CxkitError extends Error {
  /** The class name `instanceof` compares, so it works across copies of this package. */
  static readonly errorName: string = "CxkitError";
  /** The fields `toJSON` shows besides `name` and `message` (those that are set). */
  static readonly jsonFields: readonly string[] = ["method", "url"];
  /** HTTP method of the failed request, if any. */
  readonly method: string | undefined;
  /** URL of the failed request, if any (secrets redacted). */
  readonly url: string | undefined;

  constructor(message: string, options: CxkitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const kinds: unknown[] = [];
    for (let ctor: Function = new.target; ctor !== Error; ctor = Object.getPrototypeOf(ctor)) {
      if (Object.hasOwn(ctor, "errorName")) kinds.push((ctor as ErrorClass).errorName);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
    this.name = String((new.target as ErrorClass).errorName);
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

  /** A plain object for logs and `JSON.stringify`: name, message and the class's `jsonFields`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const field of (this.constructor as ErrorClass).jsonFields ?? []) {
      const value = (this as Record<string, unknown>)[field];
      if (value !== undefined) out[field] = value;
    }
    return out;
  }
}

/** A client was created, or a call made, with an option that cannot work; `option` names it. */
export class ConfigError extends CxkitError {
  static override readonly errorName: string = "ConfigError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "option"];
  /** The option at fault, e.g. `apiKey`, `baseUrl` or `retry.maxRetries`. */
  readonly option: string;

  constructor(message: string, option: string, options: CxkitErrorOptions = {}) {
    super(message, options);
    this.option = option;
  }
}

/**
 * A request was refused before anything was sent because its input cannot be sent as given (a path
 * parameter that would change the path, a value that is not a finite number, a body over the vendor's
 * documented limit); `field` names the input, e.g. `path.conversationId` or `body.data`.
 */
export class ValidationError extends CxkitError {
  static override readonly errorName: string = "ValidationError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "field"];
  /** The input at fault, as a dot path from the call's params: `path.id`, `query.q`, `body.data[3].id`. */
  readonly field: string;

  constructor(message: string, field: string, options: CxkitErrorOptions = {}) {
    super(message, options);
    this.field = field;
  }
}

/** Obtaining a credential failed: a credential function threw or returned nothing, or a token exchange failed. */
export class AuthError extends CxkitError {
  static override readonly errorName: string = "AuthError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "status"];
  /** HTTP status of the token endpoint's answer, if it answered. */
  readonly status: number | undefined;

  constructor(message: string, options: CxkitErrorOptions & { status?: number | undefined } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The request could not be completed at the network level (refused, reset, DNS, TLS). */
export class NetworkError extends CxkitError {
  static override readonly errorName: string = "NetworkError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "maybeSent", "code"];
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
}

/** An attempt (`timeoutMs`) or the whole call (`deadlineMs`) ran past its time limit. */
export class TimeoutError extends CxkitError {
  static override readonly errorName: string = "TimeoutError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "timeoutMs", "kind"];
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

/** The caller's (or the client's) `signal` aborted the call. */
export class AbortError extends CxkitError {
  static override readonly errorName: string = "AbortError";
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
  static override readonly jsonFields: readonly string[] = ["method", "url", "reason"];
  readonly reason: WebhookVerificationReason;

  constructor(message: string, reason: WebhookVerificationReason) {
    super(message);
    this.reason = reason;
  }
}
