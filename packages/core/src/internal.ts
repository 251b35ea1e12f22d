/**
 * @cxkit/core/internal: what sibling packages (@cxkit/auth, the vendor packages, @cxkit/testing,
 * @cxkit/redis-limits) build on. Not part of the public API: it changes without notice.
 * @packageDocumentation
 */
// Everything the public entry point exports, as the same bindings: a sibling package built against
// @cxkit/core/internal imports this one module (the bundle tool checks that the bindings are the same).
export * from "./index.js";
export { buildApiError, vendorMessageOf, type ErrorContext } from "./api-error.js";
export { apiErrorClassFor } from "./api-errors.js";
export { attemptOnce, type AttemptPlan, type AttemptResult } from "./attempt.js";
export { checkBaseUrl, expandServerUrl, isLoopbackHost } from "./base-url.js";
export { callOperation, IDEMPOTENT_METHODS, type CallRequest, type ClientRuntime } from "./call.js";
export {
  createCxkitClient,
  runtimeOf,
  type AuthFactory,
  type AuthFactoryContext,
} from "./client.js";
export {
  decodeOperation,
  decodeOperations,
  type BodyEncoder,
  type ClientDescriptor,
  type CursorLinkPagination,
  type CursorTokenPagination,
  type IdempotencyKeyInfo,
  type OperationExtras,
  type PageNumberPagination,
  type SchemeConfig,
  type ServerInfo,
} from "./descriptor.js";
export { encodeBody, encodeForm, toFormData, toFormUrlEncoded } from "./encode-body.js";
export { runAttempts, type LoopPlan, type LoopResult } from "./fetch.js";
export { mergeHeaders } from "./headers.js";
export { callHook, emitLog } from "./log.js";
export { classifyNetworkFailure, errorCode, type NetworkFailure } from "./network-error.js";
export {
  checkNumber,
  checkOptions,
  COUNT,
  DELAY,
  MAX_TIMER_MS,
  POSITIVE_COUNT,
  TIME_LIMIT,
} from "./options.js";
export { parseAnswer } from "./parse-response.js";
export { checkRateLimitOptions } from "./rate-limit.js";
export {
  decideRedirect,
  MAX_REDIRECTS,
  REDIRECT_STATUSES,
  type RedirectDecision,
  type RedirectInput,
} from "./redirect.js";
export { redactHeaders, SecretSet } from "./redact.js";
export {
  backoffDelay,
  decideRetry,
  parseRetryAfter,
  resolveRetryOptions,
  RETRY_STATUSES,
  type AttemptOutcome,
  type NoRetryReason,
  type RetryDecision,
  type RetryPolicy,
} from "./retry.js";
export { serializePath, serializeQuery } from "./serialize.js";
export { resolveServers, type ResolvedServer } from "./servers.js";
export { CallScope, Stop, timeoutSignal, type StopReason } from "./signals.js";
export { userAgent } from "./user-agent.js";
export { MAX_WEBHOOK_BYTES, parseEvent, readRawBody } from "./webhooks/body.js";
export {
  concatBytes,
  hexToBytes,
  hmacHex,
  timingSafeEqual,
  utf8,
  verifyHmac,
} from "./webhooks/crypto.js";
export { createWebhookHandler, type WebhookHandlerOptions } from "./webhooks/handler.js";
export { parseSignatureHeader } from "./webhooks/signature-header.js";
