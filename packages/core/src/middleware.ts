// openapi-fetch middleware, run the way openapi-fetch runs it: `onRequest` in order before the call,
// `onResponse` and `onError` in reverse order after it. They run once per call around every attempt
// (retries live beneath middleware, which cannot send a request twice). A Request object is only built
// when some middleware is registered, so clients without middleware pay nothing for it.
import type { MergedOptions } from "openapi-fetch";
import type { Middleware } from "./types.js";

/** What middleware callbacks receive besides the request. */
export interface MiddlewareContext {
  schemaPath: string;
  params: Readonly<Record<string, unknown>>;
  id: string;
  options: MergedOptions;
}

/** Run `onRequest` hooks; a hook may replace the request or answer it with a Response. */
export async function runOnRequest(
  middleware: readonly Middleware[],
  request: Request,
  context: MiddlewareContext,
): Promise<{ request: Request; response?: Response }> {
  let current = request;
  for (const m of middleware) {
    if (typeof m.onRequest !== "function") continue;
    const result = await m.onRequest({ ...context, request: current });
    if (result instanceof Request) current = result;
    else if (result instanceof Response) return { request: current, response: result };
    else if (result !== undefined) {
      throw new TypeError(
        "onRequest: must return new Request() or Response() when modifying the request",
      );
    }
  }
  return { request: current };
}

/** Run `onResponse` hooks in reverse order; a hook may replace the response. */
export async function runOnResponse(
  middleware: readonly Middleware[],
  request: Request,
  response: Response,
  context: MiddlewareContext,
): Promise<Response> {
  let current = response;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i]!;
    if (typeof m.onResponse !== "function") continue;
    const result = await m.onResponse({ ...context, request, response: current });
    if (result instanceof Response) current = result;
    else if (result !== undefined) {
      throw new TypeError("onResponse: must return new Response() when modifying the response");
    }
  }
  return current;
}

/** Run `onError` hooks in reverse order: a hook may answer with a Response or replace the error. */
export async function runOnError(
  middleware: readonly Middleware[],
  request: Request,
  error: unknown,
  context: MiddlewareContext,
): Promise<{ response: Response } | { error: unknown }> {
  let current = error;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i]!;
    if (typeof m.onError !== "function") continue;
    const result = await m.onError({ ...context, request, error: current });
    if (result instanceof Response) return { response: result };
    if (result instanceof Error) current = result;
    else if (result !== undefined) {
      throw new TypeError("onError: must return new Response() or instance of Error");
    }
  }
  return { error: current };
}

/** Check middleware passed to `use()`. */
export function checkMiddleware(m: unknown): m is Middleware {
  if (!m) return false;
  if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
    throw new TypeError(
      "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`",
    );
  }
  return true;
}
