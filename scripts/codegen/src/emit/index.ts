import type { VendorModel } from "../model/types.js";
import { header } from "./text.js";

// Re-exported by vendors that receive webhooks.
const WEBHOOK_EXPORTS = [
  "WebhookVerificationError",
  "memoryDedupeStore",
  "toNodeListener",
  "type WebhookDedupeStore",
  "type UnknownEventName",
]
  .map((name) => `${name},\n  `)
  .join("");

/** What every vendor package exports the same way; its hand-written src/index.ts re-exports this. */
export function indexSource(model: VendorModel): string {
  const name = model.displayName;
  const paginated = model.operations.some((op) => op.info.pagination);
  const hooks = model.webhooks.events.length > 0;
  const unknown = hooks && model.webhooks.discriminator !== undefined;
  return `${header(model.specFile)}
export { create${name}Client, PACKAGE_NAME, type ${name}Client, type ${name}ClientOptions } from "./client.js";
export type { ${name}Meta, ${name}Methods } from "./methods.js";
export { operations, type OperationId, type OperationsTable } from "./operations.js";
export { is${name}ApiError } from "./errors.js";
${
  hooks
    ? `export * from "./webhooks.js";
`
    : ""
}
/** The raw openapi-typescript types of the spec; read the friendly aliases and \`${name}Methods\` instead. @hidden */
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
  ${hooks ? WEBHOOK_EXPORTS : ""}type AlreadyApplied,
  type CallOptions,
  type CommonClientOptions,
  type Limiter,
  type RateLimitOptions,
  type RequestLogEvent,
  type RetryEvent,
  type RetryOptions,
} from "@cxkit/core";
${paginated ? 'export { paginate, type Page, type PaginateOptions, type Paginator } from "@cxkit/core";\n' : ""}`;
}
