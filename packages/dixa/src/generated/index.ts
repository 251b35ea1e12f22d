// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

export {
  createDixaClient,
  PACKAGE_NAME,
  type DixaClient,
  type DixaClientOptions,
} from "./client.js";
export type { DixaMeta, DixaMethods } from "./methods.js";
export { operations, type OperationId, type OperationsTable } from "./operations.js";
export { isDixaApiError } from "./errors.js";
export * from "./webhooks.js";

/** The raw openapi-typescript types of the spec; read the friendly aliases and `DixaMethods` instead. @hidden */
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
  WebhookVerificationError,
  memoryDedupeStore,
  toNodeListener,
  type WebhookDedupeStore,
  type UnknownEventName,
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
