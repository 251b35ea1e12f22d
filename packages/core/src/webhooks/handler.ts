import { WebhookVerificationError, type WebhookVerificationReason } from "../errors.js";
import { memoryDedupeStore, type WebhookDedupeStore } from "./dedupe.js";

/** What a handler gets per request besides the request (Cloudflare's `ctx.waitUntil`, say). */
export interface WebhookRequestContext {
  /** Keeps the runtime alive for work that goes on after the answer (Workers' `ctx.waitUntil`). */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** The user's handlers: one per known event type, and one for event types this version does not know. */
export interface WebhookHandlers<Events, Unknown> {
  /** Handlers by event type (Dixa `event_fqn`, Haptik `event_name`). */
  on?: { [K in keyof Events]?: (event: Events[K]) => unknown };
  /** Events of a type not in `on` (also new types the vendor added since this version): acknowledged either way. */
  unknown?: (event: Unknown) => unknown;
}

/** Options of {@link createWebhookHandler}. */
export interface WebhookHandlerOptions<Events, Unknown> extends WebhookHandlers<Events, Unknown> {
  packageName: string;
  /** Verify and parse a delivery; throws WebhookVerificationError. */
  verify: (request: Request) => Promise<Events[keyof Events] | Unknown>;
  /** The event type of an event, when the vendor has several. */
  typeOf?: (event: Events[keyof Events] | Unknown) => string | undefined;
  /** The id deliveries of one event share (Dixa `event_id`); events without one are never deduped. */
  idOf?: (event: Events[keyof Events] | Unknown) => string | undefined;
  /** Where handled ids are remembered; default in memory (per process); `false` handles every delivery. */
  store?: WebhookDedupeStore | false;
  /**
   * Answer 200 after this many ms even if the handler has not finished (it goes on in the background,
   * under `waitUntil` when the runtime gives one). Vendors disable slow webhooks (Haptik: 5 s, six
   * times): keep real work out of the response path by queueing it. Default: wait for the handler.
   */
  acknowledgeAfterMs?: number;
  /** Told about a handler failure (also after an early acknowledgement) and refused deliveries. */
  onError?: (error: unknown, event?: unknown) => void;
}

const STATUS: Record<WebhookVerificationReason, number> = {
  "missing-signature": 401,
  "malformed-signature": 401,
  "bad-signature": 401,
  stale: 401,
  "missing-credentials": 401,
  "bad-credentials": 401,
  "bad-body": 400,
  "bad-method": 405,
};

const answer = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function safely(fn: (() => void) | undefined): void {
  try {
    fn?.();
  } catch {
    // A reporting hook never changes the answer.
  }
}

/**
 * A webhook endpoint as a Web `(request) => Promise<Response>`: verifies the delivery, dedupes it on
 * its event id, calls the handler for its event type, and answers 200 (handled or duplicate), 401/400
 * (refused: the vendor should not retry a forgery), or 500 (the handler failed: the vendor retries and
 * the next delivery is handled again).
 */
export function createWebhookHandler<Events, Unknown>(
  options: WebhookHandlerOptions<Events, Unknown>,
): (request: Request, context?: WebhookRequestContext) => Promise<Response> {
  const store = options.store === false ? undefined : (options.store ?? memoryDedupeStore());
  return async (request, context = {}) => {
    if (request.method !== "POST") {
      return answer(405, { error: "bad-method" });
    }
    let event: Events[keyof Events] | Unknown;
    try {
      event = await options.verify(request);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      safely(() => options.onError?.(error));
      return answer(STATUS[error.reason] ?? 400, { error: error.reason });
    }
    const id = options.idOf?.(event);
    if (id !== undefined && store && !(await store.claim(id))) {
      return answer(200, { duplicate: true });
    }
    const type = options.typeOf?.(event);
    const on = options.on as Record<string, ((e: unknown) => unknown) | undefined> | undefined;
    const handle =
      (type !== undefined ? on?.[type] : undefined) ??
      (options.unknown as ((e: unknown) => unknown) | undefined);
    const work = (async () => {
      await handle?.(event);
    })();
    const settled = work.then(
      async () => {
        if (id !== undefined) await store?.complete(id);
      },
      async (error: unknown) => {
        if (id !== undefined) await store?.release(id);
        throw error;
      },
    );
    const limit = options.acknowledgeAfterMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const early =
      limit === undefined
        ? undefined
        : new Promise<"early">((resolve) => {
            timer = setTimeout(() => resolve("early"), limit);
          });
    try {
      const first = await (early ? Promise.race([settled, early]) : settled);
      if (first === "early") {
        const background = settled.catch((error: unknown) =>
          safely(() => options.onError?.(error, event)),
        );
        context.waitUntil?.(background);
        return answer(200, { accepted: true });
      }
      return answer(200, { ok: true });
    } catch (error) {
      safely(() => options.onError?.(error, event));
      return answer(500, { error: "handler-failed" });
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  };
}
