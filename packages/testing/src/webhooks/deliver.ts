import type { VendorName } from "../generated/index.js";
import { creovaiWebhookHeaders, dixaWebhookHeaders, haptikWebhookHeaders } from "./requests.js";

/** Haptik's retry schedule after a failed delivery, in seconds (then the webhook is disabled). */
export const HAPTIK_RETRY_SCHEDULE_S = [5, 25, 125, 625, 1410, 1410] as const;
/** How long Haptik waits for an answer before it counts the delivery failed, in ms. */
export const HAPTIK_ANSWER_WITHIN_MS = 5000;

/** Options of {@link deliverWebhook}. */
export interface DeliverOptions {
  /** Dixa: the subscription's secret key (hex). */
  secretKey?: string;
  /** Haptik: the shared secret. */
  secret?: string;
  /** Creovai: Basic credentials to send. */
  basicAuth?: { username: string; password: string };
  /**
   * Deliver the same event this many times in all (Dixa delivers at least once: a receiver must
   * dedupe). Default 1.
   */
  times?: number;
  /**
   * Multiply the vendor's waits (Haptik's retry schedule, its 5 s answer limit) by this, so a test
   * replays hours in milliseconds: 0.001 turns 5 s into 5 ms. Default 1.
   */
  timeScale?: number;
  /** Haptik: how long it waits for an answer, in ms. Default 5000 × `timeScale`. */
  answerWithinMs?: number;
  /** Haptik: follow its retry schedule on a failure (a non-2xx, no answer in time, a refused connection). Default true. */
  retry?: boolean;
}

/** One delivery attempt as the vendor saw it. */
export interface DeliveryAttempt {
  /** The receiver's status, or undefined when it did not answer (in time). */
  status: number | undefined;
  durationMs: number;
  /** Why the vendor counted it failed, if it did. */
  failure?: "status" | "timeout" | "connection";
}

/** What happened to one delivery. */
export interface DeliveryReport {
  attempts: DeliveryAttempt[];
  /** Some attempt got a 2xx in time. */
  delivered: boolean;
  /** Haptik only: every retry failed, so Haptik would now disable the webhook. */
  disabled: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function attempt(
  url: string,
  body: string,
  headers: Record<string, string>,
  limitMs: number,
): Promise<DeliveryAttempt> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limitMs);
  try {
    const res = await fetch(url, { method: "POST", body, headers, signal: controller.signal });
    await res.arrayBuffer().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return {
      status: res.status,
      durationMs: performance.now() - started,
      ...(ok ? {} : { failure: "status" as const }),
    };
  } catch {
    return {
      status: undefined,
      durationMs: performance.now() - started,
      failure: controller.signal.aborted ? "timeout" : "connection",
    };
  } finally {
    clearTimeout(timer);
  }
}

async function headersFor(
  vendor: VendorName,
  body: string,
  options: DeliverOptions,
): Promise<Record<string, string>> {
  if (vendor === "dixa") {
    if (!options.secretKey)
      throw new TypeError("[@cxkit/testing] deliverWebhook(dixa) needs secretKey");
    return dixaWebhookHeaders(body, { secretKey: options.secretKey });
  }
  if (vendor === "haptik") {
    if (!options.secret)
      throw new TypeError("[@cxkit/testing] deliverWebhook(haptik) needs secret");
    return haptikWebhookHeaders(body, options.secret);
  }
  if (vendor === "creovai") return creovaiWebhookHeaders(options.basicAuth);
  throw new TypeError(`[@cxkit/testing] ${vendor} sends no webhooks`);
}

/**
 * POST an event to a receiver as the vendor would: signed (Dixa freshly per delivery, Haptik over the
 * body), `times` deliveries of the same event (Dixa's at-least-once), and for Haptik its retry schedule
 * (5, 25, 125, 625, 1410, 1410 s, time-scaled) on a non-2xx, on no answer within 5 s (time-scaled) or on
 * a refused connection, after which the webhook counts as disabled. Resolves to one report per
 * delivery.
 */
export async function deliverWebhook(
  vendor: VendorName,
  url: string,
  event: unknown,
  options: DeliverOptions = {},
): Promise<DeliveryReport[]> {
  const scale = options.timeScale ?? 1;
  const body = typeof event === "string" ? event : JSON.stringify(event);
  const reports: DeliveryReport[] = [];
  for (let n = 0; n < (options.times ?? 1); n++) {
    const attempts: DeliveryAttempt[] = [];
    const limit =
      vendor === "haptik" ? (options.answerWithinMs ?? HAPTIK_ANSWER_WITHIN_MS * scale) : 30_000;
    attempts.push(await attempt(url, body, await headersFor(vendor, body, options), limit));
    if (vendor === "haptik" && options.retry !== false) {
      for (const wait of HAPTIK_RETRY_SCHEDULE_S) {
        if (!attempts.at(-1)!.failure) break;
        await sleep(wait * 1000 * scale);
        attempts.push(await attempt(url, body, await headersFor(vendor, body, options), limit));
      }
    }
    const delivered = attempts.some((a) => !a.failure);
    reports.push({
      attempts,
      delivered,
      disabled:
        vendor === "haptik" &&
        !delivered &&
        options.retry !== false &&
        attempts.length > HAPTIK_RETRY_SCHEDULE_S.length,
    });
  }
  return reports;
}
