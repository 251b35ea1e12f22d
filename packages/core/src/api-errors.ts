import { CxkitError, type CxkitErrorOptions } from "./errors.js";

/** Options of an {@link ApiError}. */
export interface ApiErrorOptions extends CxkitErrorOptions {
  status: number;
  /** The vendor's own message from the error body (Dixa `message`, Haptik `error_message`). */
  vendorMessage?: string | undefined;
  /** The parsed error body (secrets redacted). */
  body?: unknown;
  /** The request id the server returned in a header, if any. */
  requestId?: string | undefined;
  /** Response headers (credential-bearing ones redacted). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  /** The operation of the spec the call was (`getConversation`), when it matched one. */
  operationId?: string | undefined;
}

/**
 * The server answered with an HTTP error status. `Body` is the operation's declared error body where
 * the spec declares one. Subclasses by status: {@link BadRequestError} 400, {@link AuthenticationError}
 * 401, {@link PermissionDeniedError} 403, {@link NotFoundError} 404, {@link ConflictError} 409,
 * {@link UnprocessableEntityError} 422, {@link RateLimitError} 429, {@link InternalServerError} ≥ 500.
 */
export class ApiError<Body = unknown> extends CxkitError {
  static override readonly errorName: string = "ApiError";
  static override readonly jsonFields: readonly string[] = [
    "method",
    "url",
    "status",
    "vendorMessage",
    "requestId",
    "operationId",
    "retryAfterMs",
  ];
  /** HTTP status code. */
  readonly status: number;
  /** The vendor's message from the body, when it sent one. */
  readonly vendorMessage: string | undefined;
  /** The parsed error body (JSON, else text), secrets redacted. */
  readonly body: Body | undefined;
  /** The request id header of the response, if present. */
  readonly requestId: string | undefined;
  /** The response headers, credential-bearing ones redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** How long the server asked to wait before another request (`Retry-After`), if it said. */
  readonly retryAfterMs: number | undefined;
  /**
   * The operation of the spec the failed call was, when it matched one: narrow with the vendor
   * package's `is<Vendor>ApiError(error, operationId)` to get `body` typed as that operation's error.
   */
  readonly operationId: string | undefined;

  constructor(message: string, options: ApiErrorOptions) {
    super(message, options);
    this.operationId = options.operationId;
    this.status = options.status;
    this.vendorMessage = options.vendorMessage;
    this.body = options.body as Body | undefined;
    this.requestId = options.requestId;
    this.headers = options.headers ?? {};
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 400: the vendor refused the request as malformed or invalid. */
export class BadRequestError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "BadRequestError";
}

/** 401: the credential is missing, wrong or expired. */
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "AuthenticationError";
}

/** 403: the credential is valid but may not do this. */
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "PermissionDeniedError";
}

/** 404: no such resource (or no such path). */
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "NotFoundError";
}

/** 409: the request conflicts with the resource's current state. */
export class ConflictError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "ConflictError";
}

/** 422: the request was well-formed but its content was refused. */
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "UnprocessableEntityError";
}

/**
 * 429: the vendor throttled the request, and the client did not (or could no longer) retry it:
 * retries were exhausted, or the server asked to wait longer than `retry.maxRetryAfterMs`.
 * `retryAfterMs` says how long it asked to wait.
 */
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "RateLimitError";
}

/** ≥ 500: the vendor failed. */
export class InternalServerError<Body = unknown> extends ApiError<Body> {
  static override readonly errorName: string = "InternalServerError";
}

type ApiErrorClass = new (message: string, options: ApiErrorOptions) => ApiError;

const BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The ApiError class for a status: its subclass where there is one, else ApiError. */
export function apiErrorClassFor(status: number): ApiErrorClass {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
}

/**
 * The answer could not be read: a 2xx whose body is not the JSON the operation promises. The request
 * was processed (the server said so); only the answer is unusable. `status` is the answer's status.
 */
export class ResponseParseError extends CxkitError {
  static override readonly errorName: string = "ResponseParseError";
  static override readonly jsonFields: readonly string[] = ["method", "url", "status"];
  readonly status: number;

  constructor(message: string, options: CxkitErrorOptions & { status: number }) {
    super(message, options);
    this.status = options.status;
  }
}

/**
 * Whether `error` is the ApiError of a call to `operationId` (for typing its `body` as that
 * operation's declared error; vendor packages export this typed per operation as
 * `is<Vendor>ApiError`).
 */
export function isApiErrorOf(error: unknown, operationId: string): error is ApiError {
  return error instanceof ApiError && error.operationId === operationId;
}
