import { WebhookVerificationError } from "../errors.js";

/** Largest delivery read, by default: vendors' events are a few kB. */
export const MAX_WEBHOOK_BYTES = 1_048_576;

/**
 * The raw bytes of a delivery, read once, before any parsing: signatures are computed over exactly
 * these bytes. A body over `maxBytes` is refused without reading it all.
 */
export async function readRawBody(
  packageName: string,
  request: Request,
  maxBytes = MAX_WEBHOOK_BYTES,
): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new WebhookVerificationError(
      `[${packageName}] webhook body is over ${maxBytes} bytes`,
      "bad-body",
    );
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new WebhookVerificationError(
        `[${packageName}] webhook body is over ${maxBytes} bytes`,
        "bad-body",
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The delivery as a JSON object, or a `bad-body` error (it was verified already: only its shape is wrong). */
export function parseEvent(packageName: string, bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new WebhookVerificationError(
      `[${packageName}] webhook body is not valid JSON`,
      "bad-body",
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new WebhookVerificationError(
      `[${packageName}] webhook body is not a JSON object`,
      "bad-body",
    );
  }
  return value as Record<string, unknown>;
}
