import { ApiError } from "./errors.js";
import type { SecretSet } from "./redact.js";

interface ResponseContext {
  packageName: string;
  method: string;
  secrets: SecretSet;
}

// Responses a cxkit client returned, with what is needed to turn them into an ApiError later.
const contexts = new WeakMap<Response, ResponseContext>();

/** Remember which client produced `response`, so `unwrap` can name it and redact its secrets. */
export function rememberResponse(
  response: Response,
  packageName: string,
  secrets: SecretSet,
  method: string,
): Response {
  contexts.set(response, { packageName, secrets, method });
  return response;
}

const MESSAGE_FIELDS = ["message", "error_message", "error", "detail", "title", "Message"];
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"];

/** The vendor's own message in an error body: Dixa `message`, Haptik `error_message`, or plain text. */
export function vendorMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() === "" ? undefined : body.trim().slice(0, 500);
  if (body && typeof body === "object") {
    for (const field of MESSAGE_FIELDS) {
      const value = (body as Record<string, unknown>)[field];
      if (typeof value === "string" && value !== "") return value;
    }
  }
  return undefined;
}

/** Build the ApiError for an error response; `body` is the parsed body when already read. */
export async function apiErrorFromResponse(response: Response, body: unknown): Promise<ApiError> {
  const context = contexts.get(response);
  const pkg = context?.packageName ?? "@cxkit/core";
  const redact = (text: string) => context?.secrets.redact(text) ?? text;
  let parsed = body;
  if (parsed === undefined && !response.bodyUsed) {
    const text = await response.text();
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const vendorMessage = vendorMessageOf(parsed);
  const method = context?.method;
  const url = response.url ? redact(response.url) : undefined;
  const where = [method, url].filter(Boolean).join(" ");
  const message = `[${pkg}] ${where ? `${where} ` : ""}answered ${response.status}${vendorMessage ? `: ${vendorMessage}` : ""}`;
  const requestId =
    REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v) ?? undefined;
  return new ApiError(redact(message), {
    status: response.status,
    vendorMessage: vendorMessage === undefined ? undefined : redact(vendorMessage),
    body: typeof parsed === "string" ? redact(parsed) : parsed,
    requestId,
    ...(method ? { method } : {}),
    ...(url ? { url } : {}),
  });
}

/** What openapi-fetch resolves a call to. */
export interface FetchResultLike<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, or throw the call's ApiError.
 * @example const conversation = await unwrap(dixa.GET("/v1/conversations/{conversationId}", init));
 */
export async function unwrap<T>(
  result: FetchResultLike<T> | Promise<FetchResultLike<T>>,
): Promise<Exclude<T, undefined>> {
  const { data, error, response } = await result;
  if (!response.ok || error !== undefined) throw await apiErrorFromResponse(response, error);
  return data as Exclude<T, undefined>;
}
