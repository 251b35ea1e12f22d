// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

export {
  createCreovaiClient,
  PACKAGE_NAME,
  type CreovaiClient,
  type CreovaiClientOptions,
} from "./client.js";
export type { CreovaiMeta, CreovaiMethods } from "./methods.js";
export { operations, type OperationId, type OperationsTable } from "./operations.js";
export { isCreovaiApiError } from "./errors.js";
export * from "./webhooks.js";

/** The raw openapi-typescript types of the spec; read the friendly aliases and `CreovaiMethods` instead. @hidden */
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
