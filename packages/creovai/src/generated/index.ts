// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

export {
  createCreovaiClient,
  PACKAGE_NAME,
  type CreovaiClient,
  type CreovaiClientOptions,
} from "./client.js";
export type { CreovaiMeta, CreovaiMethods } from "./methods.js";
export { operations, type OperationId } from "./operations.js";
export { isCreovaiApiError } from "./errors.js";
export { webhookEvents, type CreovaiWebhookEvent, type CreovaiWebhookEvents } from "./webhooks.js";

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
