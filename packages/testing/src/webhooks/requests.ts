import { concatBytes, hexToBytes, hmacHex, utf8 } from "@cxkit/core/internal";

/** Options of {@link dixaWebhookRequest}. */
export interface DixaSignOptions {
  /** The subscription's secret key (hex). */
  secretKey: string;
  /** The signature time `t`, Unix ms. Default now. */
  timestamp?: number;
  /** Where the Request points (it is never sent). Default `https://receiver.example/dixa`. */
  url?: string;
}

/** The headers Dixa sends with a delivery of `body`: `X-DIXA-SIGNATURE` (t + HMAC-SHA256) and the rest. */
export async function dixaWebhookHeaders(
  body: string,
  options: DixaSignOptions,
): Promise<Record<string, string>> {
  const key = hexToBytes(options.secretKey);
  if (!key) throw new TypeError("[@cxkit/testing] secretKey must be hex");
  const t = options.timestamp ?? Date.now();
  const v1 = await hmacHex("SHA-256", key, concatBytes(utf8(`${t}.`), utf8(body)));
  return {
    "content-type": "application/json",
    "x-dixa-signature": `t=${t},v1=${v1}`,
    "x-dixa-subscription-id": "0b6f3c2e-8d4a-4f1b-9e7c-5a2d1f0c3b84",
  };
}

const bodyOf = (event: unknown) => (typeof event === "string" ? event : JSON.stringify(event));

/** A Web Request as Dixa would deliver `event` (signed with `secretKey`), for unit-testing a receiver. */
export async function dixaWebhookRequest(
  event: unknown,
  options: DixaSignOptions,
): Promise<Request> {
  const body = bodyOf(event);
  return new Request(options.url ?? "https://receiver.example/dixa", {
    method: "POST",
    body,
    headers: await dixaWebhookHeaders(body, options),
  });
}

/** The headers Haptik sends with a delivery of `body`: `X-Hub-Signature: sha1=<hex HMAC-SHA1>`. */
export async function haptikWebhookHeaders(
  body: string,
  secret: string,
): Promise<Record<string, string>> {
  return {
    "content-type": "application/json",
    "x-hub-signature": `sha1=${await hmacHex("SHA-1", utf8(secret), utf8(body))}`,
  };
}

/** A Web Request as Haptik would deliver `event` (signed with `secret`). */
export async function haptikWebhookRequest(
  event: unknown,
  options: { secret: string; url?: string },
): Promise<Request> {
  const body = bodyOf(event);
  return new Request(options.url ?? "https://receiver.example/haptik", {
    method: "POST",
    body,
    headers: await haptikWebhookHeaders(body, options.secret),
  });
}

/** The headers Creovai sends with a Call Summary: JSON, and Basic credentials when configured. */
export function creovaiWebhookHeaders(basicAuth?: {
  username: string;
  password: string;
}): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(basicAuth
      ? { authorization: `Basic ${btoa(`${basicAuth.username}:${basicAuth.password}`)}` }
      : {}),
  };
}

/** A Web Request as Creovai would deliver a Call Summary. */
export async function creovaiWebhookRequest(
  summary: unknown,
  options: { basicAuth?: { username: string; password: string }; url?: string } = {},
): Promise<Request> {
  return new Request(options.url ?? "https://receiver.example/creovai", {
    method: "POST",
    body: bodyOf(summary),
    headers: creovaiWebhookHeaders(options.basicAuth),
  });
}
