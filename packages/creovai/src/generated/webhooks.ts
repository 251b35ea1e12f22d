// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { components } from "./schema.js";

/**
 * Call Summary - Outbound Webhook
 *
 * When Creovai has finished a call, it can post that call's details to a URL you give Creovai: its
 * ID and link, its UTC times, and each participant with the segments Creovai detected (sentences,
 * phrase detections with their category and score…). The payload is JSON with ISO 8601 times and
 * carries more than the documented keys (general call metadata among them), so it stays open.
 *
 * Your endpoint must be HTTPS with a certificate from a trusted authority (self-signed certificates
 * are refused). Creovai calls it either without authentication or with HTTP Basic credentials you
 * configure (`webhookBasic`); there is no signature to verify. No retry policy is documented.
 *
 * There is one event type and no event ID: `callId` identifies the call the summary is about, and
 * one summary is sent per finished call, so `callId` serves as the de-duplication key
 * (`x-cxkit-webhooks.id`).
 *
 * Subscription name `callSummary`.
 *
 * @useDeclaredType
 */
export type CreovaiCallSummaryEvent = components["schemas"]["WebhookCallSummaryEvent"];

/** Every event type Creovai sends (specs/creovai/openapi.yaml `webhooks`). */
export interface CreovaiWebhookEvents {
  /** Call Summary - Outbound Webhook */
  callSummary: CreovaiCallSummaryEvent;
}

/** The event Creovai sends. */
export type CreovaiWebhookEvent = CreovaiWebhookEvents[keyof CreovaiWebhookEvents];

/** Run-time facts of the events: the type property, the id deliveries of one event share, the known types. */
export const webhookEvents = { discriminator: null, id: "callId", types: ["callSummary"] } as const;
