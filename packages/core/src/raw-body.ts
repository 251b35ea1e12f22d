/** A body the caller already encoded: sent to fetch as is. */
export type RawBody =
  string | FormData | Blob | ArrayBuffer | Uint8Array | URLSearchParams | ReadableStream;

/** Whether `body` is already encoded (text, a form, bytes, a stream) rather than data to serialize. */
export function isRawBody(body: unknown): body is RawBody {
  return (
    typeof body === "string" ||
    body instanceof FormData ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    body instanceof Uint8Array ||
    body instanceof URLSearchParams ||
    (typeof ReadableStream !== "undefined" && body instanceof ReadableStream)
  );
}
