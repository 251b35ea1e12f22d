// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

export {
  createAcmeClient,
  PACKAGE_NAME,
  type AcmeClient,
  type AcmeClientOptions,
} from "./client.js";
export type { AcmeMeta, AcmeMethods } from "./methods.js";
export { operations, type OperationId, type OperationsTable } from "./operations.js";
export { isAcmeApiError } from "./errors.js";

/** The raw openapi-typescript types of the spec; read the friendly aliases and `AcmeMethods` instead. @hidden */
export type { paths, components, operations as Operations } from "./schema.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  AuthError,
  BadRequestError,
  ConfigError,
  ConflictError,
  CxkitError,
  InternalServerError,
  isAlreadyApplied,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimiter,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnprocessableEntityError,
  unwrap,
  ValidationError,
  type AlreadyApplied,
  type CallOptions,
  type CommonClientOptions,
  type Limiter,
  type RateLimitOptions,
  type RequestLogEvent,
  type RetryEvent,
  type RetryOptions,
} from "@cxkit/core";
export { paginate, type Page, type PaginateOptions, type Paginator } from "@cxkit/core";
