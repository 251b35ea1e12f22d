import { apiErrorClassFor, type ApiError } from "./api-errors.js";
import { redactHeaders, type SecretSet } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { sharedWeakMap } from "./shared-state.js";

const MESSAGE_FIELDS = ["message", "error_message", "error", "detail", "title", "Message"];
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

/** The vendor's own message in an error body: Dixa `message`, Haptik `error_message`, or plain text. */
export function vendorMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() === "" ? undefined : body.trim().slice(0, 500);
  if (body && typeof body === "object") {
    for (const field of MESSAGE_FIELDS) {
      const value = (body as Record<string, unknown>)[field];
      if (typeof value === "string" && value !== "") return value.slice(0, 500);
    }
  }
  return undefined;
}

/** What an ApiError is built from; everything it shows is redacted with `secrets`. */
export interface ErrorContext {
  packageName: string;
  method: string;
  /** The operation of the spec, when the call matched one. */
  operationId?: string | undefined;
  secrets: SecretSet;
  credentialHeaders: ReadonlySet<string>;
}

/**
 * The ApiError (of the class for its status) for an error answer whose body was parsed already:
 * message, vendor message, body, request id, headers and URL all scrubbed of the client's secrets.
 */
export function buildApiError(
  context: ErrorContext,
  response: Response,
  parsed: unknown,
): ApiError {
  const { secrets } = context;
  const vendorMessage = vendorMessageOf(parsed);
  const url = response.url ? secrets.redact(response.url) : undefined;
  const where = [context.method, url].filter(Boolean).join(" ");
  const shownVendor = vendorMessage === undefined ? undefined : secrets.redact(vendorMessage);
  const message = `[${context.packageName}] ${where ? `${where} ` : ""}answered ${response.status}${shownVendor ? `: ${shownVendor}` : ""}`;
  const requestId = REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v);
  const ErrorClass = apiErrorClassFor(response.status);
  return new ErrorClass(message, {
    status: response.status,
    vendorMessage: shownVendor,
    body: secrets.redactDeep(parsed),
    requestId: requestId ? secrets.redact(requestId) : undefined,
    headers: redactHeaders(response.headers, context.credentialHeaders, secrets),
    retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
    operationId: context.operationId,
    method: context.method,
    url,
  });
}

// Error answers a cxkit client returned (`{ error, response }`), so `unwrap` can name the client and
// redact its secrets without the caller passing anything; `unwrap` may come from another copy of this
// runtime than the client's.
const contexts = /* @__PURE__ */ sharedWeakMap<Response, ErrorContext>("error-contexts@1");

/** Remember which client produced an error answer. */
export function rememberErrorContext(response: Response, context: ErrorContext): void {
  contexts.set(response, context);
}

/** The context a client remembered for an answer, if any. */
export function errorContextOf(response: Response): ErrorContext | undefined {
  return contexts.get(response);
}
