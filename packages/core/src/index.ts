/**
 * @cxkit/core: the runtime every cxkit client shares.
 * @packageDocumentation
 */
export {
  CxkitError,
  ConfigError,
  ApiError,
  AuthError,
  NetworkError,
  TimeoutError,
  AbortError,
  RateLimitError,
  type CxkitErrorOptions,
  type ApiErrorOptions,
} from "./errors.js";
export type { AuthStrategy, AuthContext } from "./auth-strategy.js";
export { checkBaseUrl, isLoopbackHost } from "./base-url.js";
export {
  createOperationMatcher,
  IDEMPOTENT_METHODS,
  type HttpMethod,
  type OperationInfo,
  type OperationMatcher,
  type PaginationInfo,
} from "./operations.js";
export { serializePath } from "./path-serializer.js";
export { REDACTED, SecretSet, redactHeaders } from "./redact.js";
export {
  backoffDelay,
  parseRetryAfter,
  resolveRetryOptions,
  RETRY_STATUSES,
  type RetryEvent,
  type RetryOptions,
  type ResolvedRetryOptions,
} from "./retry.js";
export { RateLimiter, type RateLimitOptions, type LimiterClock } from "./rate-limit.js";
export {
  createCxkitFetch,
  deadlineSignal,
  type CxkitFetchConfig,
  type Logger,
  type RequestLogEvent,
} from "./fetch.js";
export {
  unwrap,
  vendorMessageOf,
  apiErrorFromResponse,
  type FetchResultLike,
} from "./api-error.js";
export {
  createCxkitClient,
  type CommonClientOptions,
  type CxkitClient,
  type CxkitClientConfig,
} from "./client.js";
export { checkOptions, expandServerUrl } from "./options.js";
export {
  paginate,
  clientInfo,
  type Page,
  type PaginateOptions,
  type Paginator,
  type PaginatedItem,
  type Json200,
  type ItemOf,
  type PathItem,
  type ClientInfo,
} from "./paginate.js";
