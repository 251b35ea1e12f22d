// generated from specs/creovai/openapi.yaml by scripts/generate.mjs, do not edit

export {
  createCreovaiClient,
  PACKAGE_NAME,
  type CreovaiClient,
  type CreovaiClientOptions,
} from "./client.js";
export { operations, type OperationId } from "./operations.js";
export type { paths, components, operations as Operations } from "./schema.js";
export {
  AbortError,
  ApiError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  RateLimiter,
  RateLimitError,
  TimeoutError,
  unwrap,
  type CommonClientOptions,
  type RequestLogEvent,
  type RetryEvent,
} from "@cxkit/core";
