import {
  ConfigError,
  WebhookVerificationError,
  type WebhookDedupeStore,
  type WebhookHandlers,
  type WebhookRequestContext,
} from "@cxkit/core";
import {
  concatBytes,
  createWebhookHandler,
  hexToBytes,
  parseEvent,
  parseSignatureHeader,
  readRawBody,
  utf8,
  verifyHmac,
} from "@cxkit/core/internal";
import type {
  DixaUnknownWebhookEvent,
  DixaWebhookEvent,
  DixaWebhookEvents,
} from "./generated/webhooks.js";

const PKG = "@cxkit/dixa";

/** Options of {@link verifyDixaWebhook}. */
export interface VerifyDixaWebhookOptions {
  /** The subscription's `secretKey` (hex, as `createWebhookSubscription` answers it). */
  secretKey: string;
  /** Refuse a delivery whose signature time `t` is further than this from now, either way. Default 5 minutes. */
  toleranceMs?: number;
  /** Largest body accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
  /** Clock, for tests. */
  now?: () => number;
}

function keyOf(secretKey: unknown): Uint8Array {
  const key = typeof secretKey === "string" ? hexToBytes(secretKey.trim()) : undefined;
  if (!key || key.length === 0) {
    throw new ConfigError(
      `[${PKG}] secretKey must be the subscription's hex secret key`,
      "secretKey",
    );
  }
  return key;
}

const refuse = (message: string, reason: WebhookVerificationError["reason"]) =>
  new WebhookVerificationError(`[${PKG}] ${message}`, reason);

/**
 * Verify a Dixa webhook delivery and return its typed event. Dixa signs each delivery with the
 * subscription's `secretKey`: `X-DIXA-SIGNATURE: t=<unix ms>,v1=<hex>` where
 * `v1 = hex(HMAC-SHA256(key = hex-decode(secretKey), t + "." + raw body))`. The HMAC is checked over
 * the raw bytes before parsing, in constant time; `t` must be within `toleranceMs` of now (replayed
 * deliveries are refused). Throws `WebhookVerificationError` with a `reason` (`missing-signature`,
 * `malformed-signature`, `bad-signature`, `stale`, `bad-body`); never echoes the secret. An event type
 * this version does not know is returned, typed as the generic variant: Dixa adds events.
 *
 * @example
 * const event = await verifyDixaWebhook(request, { secretKey: process.env.DIXA_WEBHOOK_SECRET! });
 * if (event.event_fqn === "CONVERSATION_CREATED") console.log(event.data.conversation.csid);
 */
export async function verifyDixaWebhook(
  request: Request,
  options: VerifyDixaWebhookOptions,
): Promise<DixaWebhookEvent> {
  const key = keyOf(options?.secretKey);
  const header = request.headers.get("x-dixa-signature");
  if (header === null || header.trim() === "")
    throw refuse("the delivery has no X-DIXA-SIGNATURE header", "missing-signature");
  const parts = parseSignatureHeader(PKG, header);
  const t = parts.get("t")?.[0];
  const signatures = (parts.get("v1") ?? []).map(hexToBytes);
  if (
    t === undefined ||
    !/^\d{1,16}$/.test(t) ||
    signatures.length === 0 ||
    signatures.some((s) => !s || s.length !== 32)
  ) {
    throw refuse("the X-DIXA-SIGNATURE header is not t=<unix ms>,v1=<hex>", "malformed-signature");
  }
  const tolerance = options.toleranceMs ?? 300_000;
  const now = (options.now ?? Date.now)();
  if (Math.abs(now - Number(t)) > tolerance) {
    throw refuse(
      `the delivery was signed ${Math.round((now - Number(t)) / 1000)} s from now, outside the tolerance`,
      "stale",
    );
  }
  const body = await readRawBody(PKG, request, options.maxBytes);
  const message = concatBytes(utf8(`${t}.`), body);
  let valid = false;
  for (const signature of signatures) {
    if (await verifyHmac("SHA-256", key, message, signature!)) valid = true;
  }
  if (!valid)
    throw refuse(
      "the delivery's signature does not match (wrong secretKey, or a changed body)",
      "bad-signature",
    );
  const event = parseEvent(PKG, body);
  if (typeof event.event_fqn !== "string" || typeof event.event_id !== "string") {
    throw refuse("the delivery has no event_fqn or event_id", "bad-body");
  }
  return event as unknown as DixaWebhookEvent;
}

/** Options of {@link createDixaWebhookHandler}. */
export interface DixaWebhookHandlerOptions
  extends VerifyDixaWebhookOptions, WebhookHandlers<DixaWebhookEvents, DixaUnknownWebhookEvent> {
  /** Where handled `event_id`s are remembered (Dixa delivers at least once); default in memory; `false`: none. */
  store?: WebhookDedupeStore | false;
  /** Answer 200 after this many ms even if a handler is still running (it goes on in the background). */
  acknowledgeAfterMs?: number;
  /** Told about handler failures and refused deliveries. */
  onError?: (error: unknown, event?: unknown) => void;
}

/**
 * A Dixa webhook endpoint, `(request) => Promise<Response>`: verifies each delivery, dedupes on
 * `event_id`, calls `on[event_fqn]` (or `unknown`), and answers 200, 401/400 for a refused delivery, or
 * 500 when a handler fails (Dixa then delivers it again). Mount it on any Web-standard server (Hono,
 * Workers, Deno, Bun) or on Node's http with `toNodeListener`.
 *
 * @example
 * const handler = createDixaWebhookHandler({
 *   secretKey,
 *   on: { CONVERSATION_CLOSED: (event) => queue.push(event.data.conversation.csid) },
 * });
 */
export function createDixaWebhookHandler(
  options: DixaWebhookHandlerOptions,
): (request: Request, context?: WebhookRequestContext) => Promise<Response> {
  keyOf(options?.secretKey);
  return createWebhookHandler<DixaWebhookEvents, DixaUnknownWebhookEvent>({
    ...options,
    packageName: PKG,
    verify: (request) => verifyDixaWebhook(request, options),
    typeOf: (event) => String(event.event_fqn),
    idOf: (event) => (typeof event.event_id === "string" ? event.event_id : undefined),
  });
}
