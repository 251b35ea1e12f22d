import {
  ConfigError,
  WebhookVerificationError,
  type WebhookDedupeStore,
  type WebhookRequestContext,
} from "@cxkit/core";
import {
  createWebhookHandler,
  parseEvent,
  readRawBody,
  timingSafeEqual,
} from "@cxkit/core/internal";
import type { CreovaiWebhookEvent, CreovaiWebhookEvents } from "./generated/webhooks.js";

const PKG = "@cxkit/creovai";

/** Options of {@link verifyCreovaiWebhook}. */
export interface VerifyCreovaiWebhookOptions {
  /**
   * The Basic auth credentials configured for the webhook in Creovai. Creovai signs nothing: without
   * them any caller can post a summary, so set them (and serve the endpoint over TLS).
   */
  basicAuth?: { username: string; password: string };
  /** Largest body accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

const refuse = (message: string, reason: WebhookVerificationError["reason"]) =>
  new WebhookVerificationError(`[${PKG}] ${message}`, reason);

function checkOptions(options: VerifyCreovaiWebhookOptions | undefined): void {
  const auth = options?.basicAuth;
  if (
    auth !== undefined &&
    (typeof auth?.username !== "string" ||
      typeof auth?.password !== "string" ||
      auth.username === "")
  ) {
    throw new ConfigError(`[${PKG}] basicAuth needs a username and a password`, "basicAuth");
  }
}

/**
 * Verify a Creovai Call Summary delivery and return it typed. Creovai sends no signature: the receiver
 * can require Basic auth (`basicAuth`), compared in constant time; without it the delivery is only
 * parsed. Throws `WebhookVerificationError` (`missing-credentials`, `bad-credentials`, `bad-body`).
 */
export async function verifyCreovaiWebhook(
  request: Request,
  options: VerifyCreovaiWebhookOptions = {},
): Promise<CreovaiWebhookEvent> {
  checkOptions(options);
  const auth = options.basicAuth;
  if (auth) {
    const header = request.headers.get("authorization");
    if (header === null || !/^basic\s+/i.test(header))
      throw refuse("the delivery has no Basic credentials", "missing-credentials");
    let given = "";
    try {
      given = atob(header.replace(/^basic\s+/i, "").trim());
    } catch {
      throw refuse("the delivery's Basic credentials are not valid base64", "bad-credentials");
    }
    if (!(await timingSafeEqual(given, `${auth.username}:${auth.password}`))) {
      throw refuse("the delivery's Basic credentials are wrong", "bad-credentials");
    }
  }
  const event = parseEvent(PKG, await readRawBody(PKG, request, options.maxBytes));
  if (typeof event.callId !== "string" && typeof event.callId !== "number") {
    throw refuse("the delivery has no callId", "bad-body");
  }
  return event as unknown as CreovaiWebhookEvent;
}

/** Options of {@link createCreovaiWebhookHandler}. */
export interface CreovaiWebhookHandlerOptions extends VerifyCreovaiWebhookOptions {
  /** Called once per call summary. */
  onCallSummary: (summary: CreovaiWebhookEvent) => unknown;
  /** Where handled `callId`s are remembered; default in memory; `false`: none. */
  store?: WebhookDedupeStore | false;
  /** Answer 200 after this many ms even if the handler is still running. */
  acknowledgeAfterMs?: number;
  /** Told about handler failures and refused deliveries. */
  onError?: (error: unknown, event?: unknown) => void;
}

/** A Creovai Call Summary endpoint, `(request) => Promise<Response>`: verifies, dedupes on `callId`, calls `onCallSummary`. */
export function createCreovaiWebhookHandler(
  options: CreovaiWebhookHandlerOptions,
): (request: Request, context?: WebhookRequestContext) => Promise<Response> {
  checkOptions(options);
  if (typeof options?.onCallSummary !== "function") {
    throw new ConfigError(`[${PKG}] onCallSummary must be a function`, "onCallSummary");
  }
  const { onCallSummary, ...rest } = options;
  return createWebhookHandler<CreovaiWebhookEvents, never>({
    ...rest,
    packageName: PKG,
    on: { callSummary: onCallSummary },
    verify: (request) => verifyCreovaiWebhook(request, options),
    typeOf: () => "callSummary",
    idOf: (event) => String(event.callId),
  });
}
