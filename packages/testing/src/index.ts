/**
 * @cxkit/testing: an offline test kit for cxkit users. Spec-driven mock servers for Dixa, Klaus,
 * Haptik and Creovai on 127.0.0.1 that validate every request against the vendor's OpenAPI spec,
 * answer with the spec's examples (or the vendor's own error shapes), record requests, and play
 * scripted faults (429 + Retry-After, 5xx, delays, hangs, connection resets, malformed JSON).
 * @packageDocumentation
 */
export {
  startMockServer,
  type MockOperation,
  type MockServer,
  type MockServerOptions,
} from "./mock-server.js";
export type { RecordedRequest } from "./server/record.js";
export { VENDORS, type CustomSpec, type VendorConfig } from "./source.js";
export {
  mockCreovai,
  mockDixa,
  mockHaptik,
  mockKlaus,
  type CreovaiMockServer,
  type DixaMockServer,
  type HaptikMockServer,
  type KlausMockServer,
} from "./vendors.js";
export type { FaultStep } from "./faults.js";
export type {
  BodyOfResponse,
  BytesOf,
  MockReply,
  ReplyFor,
  ReplyFunction,
  Responses,
  StatusOfKey,
  SuccessKey,
  SuccessKeys,
} from "./reply.js";
export type { RecordedFile } from "./body.js";
export type { OpenApiDocument } from "./operations.js";
export { formatRequest, REDACTED } from "./format-request.js";
export { vendorSpecs, type VendorName } from "./generated/index.js";
export {
  creovaiWebhookHeaders,
  creovaiWebhookRequest,
  dixaWebhookHeaders,
  dixaWebhookRequest,
  haptikWebhookHeaders,
  haptikWebhookRequest,
  type DixaSignOptions,
} from "./webhooks/requests.js";
export { sampleWebhookEvent, webhookEventTypes } from "./webhooks/samples.js";
export {
  deliverWebhook,
  HAPTIK_ANSWER_WITHIN_MS,
  HAPTIK_RETRY_SCHEDULE_S,
  type DeliverOptions,
  type DeliveryAttempt,
  type DeliveryReport,
} from "./webhooks/deliver.js";
