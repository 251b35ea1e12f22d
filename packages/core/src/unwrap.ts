import { buildApiError, errorContextOf } from "./api-error.js";
import { SecretSet } from "./redact.js";
import type { AlreadyApplied } from "./types.js";

/** What a path-style call resolves to. */
export interface FetchResultLike<T> {
  data?: T;
  error?: unknown;
  response: Response;
  alreadyApplied?: true;
}

/** The data of a result, or the already-applied report of a keyed write. */
export type Unwrapped<R> = R extends { alreadyApplied: true }
  ? AlreadyApplied
  : R extends { data?: infer T }
    ? Exclude<T, undefined>
    : never;

/**
 * The data of a successful path-style call, or throw the call's ApiError (of the class for its status).
 * @example const conversation = await unwrap(dixa.GET("/v1/conversations/{conversationId}", init));
 */
export async function unwrap<R extends FetchResultLike<unknown>>(
  result: R | Promise<R>,
): Promise<Unwrapped<R>> {
  const answer = await result;
  if (answer.alreadyApplied) return answer as unknown as Unwrapped<R>;
  const { data, error, response } = answer;
  if (!response.ok || error !== undefined) {
    const context = errorContextOf(response) ?? {
      packageName: "@cxkit/core",
      method: "",
      secrets: new SecretSet(),
      credentialHeaders: new Set(["authorization", "proxy-authorization", "cookie"]),
    };
    throw buildApiError(context, response, error);
  }
  return data as Unwrapped<R>;
}
