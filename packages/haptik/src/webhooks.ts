import {
  ConfigError,
  WebhookVerificationError,
  type WebhookDedupeStore,
  type WebhookHandlers,
  type WebhookRequestContext,
} from "@cxkit/core";
import {
  createWebhookHandler,
  hexToBytes,
  parseEvent,
  readRawBody,
  utf8,
  verifyHmac,
} from "@cxkit/core/internal";
import type {
  HaptikUnknownWebhookEvent,
  HaptikWebhookEvent,
  HaptikWebhookEvents,
} from "./generated/webhooks.js";

const PKG = "@cxkit/haptik";

/** Options of {@link verifyHaptikWebhook}. */
export interface VerifyHaptikWebhookOptions {
  /** The secret key shared with Haptik for this webhook. */
  secret: string;
  /** Largest body accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

const refuse = (message: string, reason: WebhookVerificationError["reason"]) =>
  new WebhookVerificationError(`[${PKG}] ${message}`, reason);

function secretOf(secret: unknown): Uint8Array {
  if (typeof secret !== "string" || secret === "") {
    throw new ConfigError(
      `[${PKG}] secret is required: the key shared with Haptik for this webhook`,
      "secret",
    );
  }
  return utf8(secret);
}

/**
 * Verify a Haptik webhook delivery and return its typed event: `X-Hub-Signature: sha1=<hex>` must be
 * the HMAC-SHA1 of the raw body under the shared secret (checked in constant time, before parsing).
 * Throws `WebhookVerificationError` (`missing-signature`, `malformed-signature`, `bad-signature`,
 * `bad-body`); never echoes the secret. An `event_name` this version does not know is returned as the
 * generic variant (Haptik asks receivers to acknowledge unknown events with 200).
 */
export async function verifyHaptikWebhook(
  request: Request,
  options: VerifyHaptikWebhookOptions,
): Promise<HaptikWebhookEvent> {
  const key = secretOf(options?.secret);
  const header = request.headers.get("x-hub-signature");
  if (header === null || header.trim() === "")
    throw refuse("the delivery has no X-Hub-Signature header", "missing-signature");
  const match = /^sha1=([0-9a-fA-F]{40})$/.exec(header.trim());
  const signature = match ? hexToBytes(match[1]!) : undefined;
  if (!signature)
    throw refuse("the X-Hub-Signature header is not sha1=<hex>", "malformed-signature");
  const body = await readRawBody(PKG, request, options.maxBytes);
  if (!(await verifyHmac("SHA-1", key, body, signature))) {
    throw refuse(
      "the delivery's signature does not match (wrong secret, or a changed body)",
      "bad-signature",
    );
  }
  const event = parseEvent(PKG, body);
  if (typeof event.event_name !== "string")
    throw refuse("the delivery has no event_name", "bad-body");
  return event as unknown as HaptikWebhookEvent;
}

/** Options of {@link createHaptikWebhookHandler}. */
export interface HaptikWebhookHandlerOptions
  extends
    VerifyHaptikWebhookOptions,
    WebhookHandlers<HaptikWebhookEvents, HaptikUnknownWebhookEvent> {
  /**
   * Answer 200 after this many ms even if a handler is still running. Default 4000: Haptik disables a
   * webhook that answers slower than 5 s six times in a row. Keep slow work out of the handler (queue it).
   */
  acknowledgeAfterMs?: number;
  /** Dedupe store for events that carry a message id (Haptik sends no event id); default none. */
  store?: WebhookDedupeStore | false;
  /** Told about handler failures and refused deliveries. */
  onError?: (error: unknown, event?: unknown) => void;
}

/**
 * A Haptik webhook endpoint, `(request) => Promise<Response>`: verifies each delivery, calls
 * `on[event_name]` (or `unknown`), and answers 200 within `acknowledgeAfterMs` (default 4 s), 401/400
 * for a refused delivery, or 500 when a handler fails in time (Haptik then retries: 5, 25, 125, 625,
 * 1410, 1410 s, then disables the webhook; `enableWebhook` re-enables it).
 */
export function createHaptikWebhookHandler(
  options: HaptikWebhookHandlerOptions,
): (request: Request, context?: WebhookRequestContext) => Promise<Response> {
  secretOf(options?.secret);
  return createWebhookHandler<HaptikWebhookEvents, HaptikUnknownWebhookEvent>({
    acknowledgeAfterMs: 4000,
    store: false,
    ...options,
    packageName: PKG,
    verify: (request) => verifyHaptikWebhook(request, options),
    typeOf: (event) => String(event.event_name),
    idOf: (event) => {
      const id = (event as { message?: { id?: unknown } }).message?.id;
      return typeof id === "string" || typeof id === "number"
        ? `${String(event.event_name)}:${id}`
        : undefined;
    },
  });
}
