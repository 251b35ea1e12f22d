// generated from specs/dixa/openapi.yaml by scripts/generate.mjs, do not edit

export {
  createDixaClient,
  PACKAGE_NAME,
  type DixaClient,
  type DixaClientOptions,
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
export { paginate, type Page, type PaginateOptions, type Paginator } from "@cxkit/core";
