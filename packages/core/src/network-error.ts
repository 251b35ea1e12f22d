// Which network failures prove that a request never reached a server. Only those make a write safe to
// send again: a failure after the connection was made may have left the request processed.

/** What a failed attempt means for sending it again. */
export interface NetworkFailure {
  /** The platform's error code found in the cause chain, if any. */
  code: string | undefined;
  /** `false` only when the request provably never reached a server. */
  maybeSent: boolean;
  /** A short description for messages: the code, else the cause's message. */
  detail: string;
}

/**
 * Codes of failures before the request was written: name resolution (temporary or not), connection
 * refused or unreachable, connect timeout, TLS handshake and certificate failures.
 */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EAI_FAIL",
  "EAI_NODATA",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ERR_SSL_WRONG_VERSION_NUMBER",
]);

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** The first error code in a cause chain (`cause`, and `errors` of an AggregateError). */
export function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && CODE.test(code)) return code;
    queue.push((current as { cause?: unknown }).cause);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return undefined;
}

/**
 * Whether the cause chain shows a socket that never carried a byte of the request: undici attaches
 * `socket.bytesWritten` to its socket errors. On a fresh connection 0 proves nothing left; on a reused
 * keep-alive connection the count includes earlier requests, so it proves nothing and is ignored.
 */
function neverWritten(error: unknown): boolean {
  for (
    let current = error, depth = 0;
    current && typeof current === "object" && depth < 5;
    depth++
  ) {
    const socket = (current as { socket?: { bytesWritten?: unknown } }).socket;
    if (socket && typeof socket.bytesWritten === "number") return socket.bytesWritten === 0;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** fetch refuses some ports itself (the Fetch standard's "bad port" list) before connecting. */
function refusedByFetch(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  return cause instanceof Error && cause.message === "bad port";
}

/** Classify what a fetch threw (not an abort: the caller tells those apart first). */
export function classifyNetworkFailure(cause: unknown): NetworkFailure {
  const code = errorCode(cause);
  const message = cause instanceof Error ? cause.message : String(cause);
  const notSent =
    (code !== undefined && NOT_SENT.has(code)) || neverWritten(cause) || refusedByFetch(cause);
  return { code, maybeSent: !notSent, detail: code ?? message };
}
