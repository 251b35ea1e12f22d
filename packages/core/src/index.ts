/**
 * @cxkit/core: the runtime every cxkit client shares: typed errors, retries, timeouts, rate limits,
 * pagination and redaction. Vendor packages re-export what their users need; sibling packages use the
 * `@cxkit/core/internal` entry, which is not part of the public API.
 * @packageDocumentation
 */
export {
  AbortError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  TimeoutError,
  ValidationError,
  WebhookVerificationError,
  type CxkitErrorOptions,
  type WebhookVerificationReason,
} from "./errors.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isApiErrorOf,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  UnprocessableEntityError,
  type ApiErrorOptions,
} from "./api-errors.js";
export type { AuthContext, AuthStrategy } from "./auth-strategy.js";
export { isAlreadyApplied, type CommonClientOptions } from "./client.js";
export type {
  BodyEncoder,
  ClientDescriptor,
  HttpMethod,
  OperationInfo,
  PaginationInfo,
  ServerInfo,
} from "./descriptor.js";
export type { Logger, RequestLogEvent } from "./log.js";
export {
  paginate,
  type Page,
  type PaginatedItem,
  type PaginatedPath,
  type PaginateInit,
  type PaginateOptions,
  type Paginator,
} from "./paginate.js";
export {
  isLimiter,
  RateLimiter,
  type AcquireRequest,
  type Limiter,
  type LimiterClock,
  type RateLimitOptions,
} from "./rate-limit.js";
export { REDACTED } from "./redact.js";
export type { RetryEvent, RetryOptions } from "./retry.js";
export type {
  AlreadyApplied,
  CallInit,
  CallOptions,
  ClientMeta,
  CxkitClient,
  ErrorBodyOf,
  ItemAt,
  ValueAt,
  Middleware,
  OperationParams,
  OperationResult,
  ParseAs,
  UnknownEventName,
} from "./types.js";
export { unwrap, type FetchResultLike, type Unwrapped } from "./unwrap.js";
export {
  memoryDedupeStore,
  type MemoryDedupeOptions,
  type WebhookDedupeStore,
} from "./webhooks/dedupe.js";
export type { WebhookHandlers, WebhookRequestContext } from "./webhooks/handler.js";
export {
  sendWebResponse,
  toNodeListener,
  toWebRequest,
  type NodeRequestLike,
  type NodeResponseLike,
} from "./webhooks/node.js";
