import { createHmac } from "node:crypto";

/** What the consumer must make of a delivery. */
export type Expected =
  /** `verifyXWebhook` returns the event, whose type (`event_fqn`, `event_name`, `callId`) is this. */
  | { readonly accepted: string }
  /** `verifyXWebhook` throws `WebhookVerificationError` with this `reason`. */
  | { readonly reason: string }
  /** The vendor's webhook handler answers this status, having handled these event types. */
  | { readonly status: number; readonly handled: readonly string[] };

/** One webhook delivery the consumer verifies, signed (or tampered with) by the release test. */
export interface Delivery {
  /** What the case is, for the output: "tampered body". */
  readonly name: string;
  /** Verified by `verifyXWebhook`, or posted to the handler built by `createXWebhookHandler`. */
  readonly via: "verify" | "handler";
  /** The delivery's headers (lower-case names). */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body, as sent. */
  readonly body: string;
  /** The options given to the verifier (or handler): the receiver's secret. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly expect: Expected;
}

const DIXA_SECRET = "5f1c0b8e9a7d6c4b3a29181706f5e4d3c2b1a09f8e7d6c5b4a3928171605f4e3";
const DIXA_OTHER = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const HAPTIK_SECRET = "release-haptik-secret";
const CREOVAI_AUTH = { username: "creovai", password: "release-password" };

const json = { "content-type": "application/json" };

function dixaEvent(fqn: string): string {
  return JSON.stringify({
    event_id: `release-${fqn.toLowerCase()}`,
    event_fqn: fqn,
    event_version: "1",
    event_timestamp: "2026-12-01T09:00:00.000Z",
    organization: { id: "8c1a5b0e-2f3d-4c6b-9a7e-1d2c3b4a5f60", name: "Acme" },
    data: { conversation: { csid: 42, channel: "EMAIL" } },
  });
}

/** `X-DIXA-SIGNATURE` as Dixa documents it: `t=<unix ms>,v1=<hex HMAC-SHA256(hex-decode(key), t + "." + body)>`. */
function dixaSignature(body: string, t: number, secretKey = DIXA_SECRET): string {
  const hmac = createHmac("sha256", Buffer.from(secretKey, "hex")).update(`${t}.${body}`);
  return `t=${t},v1=${hmac.digest("hex")}`;
}

/** Dixa's deliveries: one signed as documented, one of an event type no version knows, and forgeries. */
function dixaDeliveries(now: number): Delivery[] {
  const body = dixaEvent("CONVERSATION_CREATED");
  const signed = { ...json, "x-dixa-signature": dixaSignature(body, now) };
  const tampered = body.replace('"csid":42', '"csid":43');
  const newType = dixaEvent("RELEASE_TEST_NEW_EVENT");
  const options = { secretKey: DIXA_SECRET };
  const stale = now - 10 * 60_000;
  const verify = (name: string, headers: Record<string, string>, raw: string, expect: Expected) =>
    ({ name, via: "verify", headers, body: raw, options, expect }) as const;
  return [
    verify("signed as documented", signed, body, { accepted: "CONVERSATION_CREATED" }),
    verify(
      "an unknown event type (the generic variant)",
      { ...json, "x-dixa-signature": dixaSignature(newType, now) },
      newType,
      { accepted: "RELEASE_TEST_NEW_EVENT" },
    ),
    verify("tampered body", signed, tampered, { reason: "bad-signature" }),
    verify(
      "wrong secret",
      { ...json, "x-dixa-signature": dixaSignature(body, now, DIXA_OTHER) },
      body,
      { reason: "bad-signature" },
    ),
    verify("stale t", { ...json, "x-dixa-signature": dixaSignature(body, stale) }, body, {
      reason: "stale",
    }),
    verify("missing header", json, body, { reason: "missing-signature" }),
    ...handlerPair(signed, body, tampered, options, "CONVERSATION_CREATED"),
  ];
}

/** Haptik's deliveries: `X-Hub-Signature: sha1=<hex HMAC-SHA1(secret, body)>`, and a tampered one. */
function haptikDeliveries(): Delivery[] {
  const body = JSON.stringify({
    event_name: "message",
    user: { auth_id: "release-user" },
    message: { id: 8123, body: { text: "Hello from the bot" } },
  });
  const signature = createHmac("sha1", HAPTIK_SECRET).update(body).digest("hex");
  const signed = { ...json, "x-hub-signature": `sha1=${signature}` };
  const tampered = body.replace("Hello", "Goodbye");
  const options = { secret: HAPTIK_SECRET };
  return [
    {
      name: "signed",
      via: "verify",
      headers: signed,
      body,
      options,
      expect: { accepted: "message" },
    },
    {
      name: "tampered body",
      via: "verify",
      headers: signed,
      body: tampered,
      options,
      expect: { reason: "bad-signature" },
    },
    ...handlerPair(signed, body, tampered, options, "message"),
  ];
}

/** Creovai's Call Summaries: no signature, the receiver's Basic credentials or not. */
function creovaiDeliveries(): Delivery[] {
  const body = JSON.stringify({
    callId: "bbsnbcbe3",
    url: "https://acme.audio.creovai.com/calls/bbsnbcbe3",
    utcStart: "2024-01-01T00:00:00Z",
    utcEnd: "2024-01-01T00:01:00Z",
    participants: [],
  });
  const basic = (user: string, password: string) =>
    `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  const right = { ...json, authorization: basic(CREOVAI_AUTH.username, CREOVAI_AUTH.password) };
  const wrong = { ...json, authorization: basic(CREOVAI_AUTH.username, "guessed") };
  const options = { basicAuth: CREOVAI_AUTH };
  const verify = (name: string, headers: Record<string, string>, expect: Expected) =>
    ({ name, via: "verify", headers, body, options, expect }) as const;
  return [
    verify("the right Basic credentials", right, { accepted: "bbsnbcbe3" }),
    verify("wrong Basic credentials", wrong, { reason: "bad-credentials" }),
    verify("no credentials", json, { reason: "missing-credentials" }),
    {
      name: "handler, the right Basic credentials",
      via: "handler",
      headers: right,
      body,
      options,
      expect: { status: 200, handled: ["bbsnbcbe3"] },
    },
    {
      name: "handler, no credentials",
      via: "handler",
      headers: json,
      body,
      options,
      expect: { status: 401, handled: [] },
    },
  ];
}

/** A signed delivery the handler must handle (200), and a tampered one it must refuse (401). */
function handlerPair(
  headers: Record<string, string>,
  body: string,
  tampered: string,
  options: Record<string, unknown>,
  type: string,
): Delivery[] {
  return [
    {
      name: "handler, signed",
      via: "handler",
      headers,
      body,
      options,
      expect: { status: 200, handled: [type] },
    },
    {
      name: "handler, tampered body",
      via: "handler",
      headers,
      body: tampered,
      options,
      expect: { status: 401, handled: [] },
    },
  ];
}

/**
 * The deliveries of `vendor`'s webhooks, signed now (Dixa's signatures carry the time they were made:
 * they go stale after 5 minutes, so each run gets fresh ones). Undefined for a vendor without webhooks.
 */
export function deliveriesFor(vendor: string, now = Date.now()): Delivery[] | undefined {
  if (vendor === "dixa") return dixaDeliveries(now);
  if (vendor === "haptik") return haptikDeliveries();
  if (vendor === "creovai") return creovaiDeliveries();
  return undefined;
}
