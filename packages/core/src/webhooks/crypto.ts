// Web Crypto only (globalThis.crypto.subtle), so verification runs the same on Node, Bun, Deno,
// Cloudflare Workers and browsers. Signatures are checked with subtle.verify, which compares in
// constant time, never by comparing strings.

/** Bytes of a hex string, or undefined when it is not hex (odd length or another character). */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Concatenate byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether `signature` is the HMAC of `message` under `key` (constant-time, via Web Crypto). */
export async function verifyHmac(
  hash: "SHA-256" | "SHA-1",
  key: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash },
    false,
    ["verify"],
  );
  return crypto.subtle.verify(
    "HMAC",
    cryptoKey,
    signature as BufferSource,
    message as BufferSource,
  );
}

/** The hex HMAC of `message` under `key` (for signing test deliveries). */
export async function hmacHex(
  hash: "SHA-256" | "SHA-1",
  key: Uint8Array,
  message: Uint8Array,
): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message as BufferSource));
  return [...mac].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Constant-time equality of two strings (for Basic auth credentials, which carry no signature): both
 * are hashed with a random key and the digests compared with subtle.verify, so neither the length nor
 * the first differing character shows in the time taken.
 */
export async function timingSafeEqual(a: string, b: string): Promise<boolean> {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
  const macA = await crypto.subtle.sign("HMAC", cryptoKey, utf8(a) as BufferSource);
  return crypto.subtle.verify("HMAC", cryptoKey, macA, utf8(b) as BufferSource);
}
