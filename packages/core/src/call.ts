import { buildApiError, rememberErrorContext, type ErrorContext } from "./api-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import type { BodyEncoder, HttpMethod, IdempotencyKeyInfo, OperationInfo } from "./descriptor.js";
import { ConfigError } from "./errors.js";
import { runAttempts, type LoopPlan, type LoopResult } from "./fetch.js";
import { mergeHeaders } from "./headers.js";
import type { Logger } from "./log.js";
import { runOnError, runOnRequest, runOnResponse, type MiddlewareContext } from "./middleware.js";
import { checkNumber, TIME_LIMIT } from "./options.js";
import { parseAnswer } from "./parse-response.js";
import { isRawBody } from "./raw-body.js";
import type { Limiter } from "./rate-limit.js";
import type { SecretSet } from "./redact.js";
import { resolveRetryOptions, type RetryPolicy } from "./retry.js";
import { serializePath, serializeQuery } from "./serialize.js";
import type { ResolvedServer } from "./servers.js";
import { CallScope } from "./signals.js";
import type { AlreadyApplied, CallOptions, Middleware, ParseAs } from "./types.js";

/** Methods that are safe to repeat by definition (RFC 9110 idempotent methods). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** What a client knows, built once by `createCxkitClient` and shared by its calls. */
export interface ClientRuntime {
  packageName: string;
  servers: readonly ResolvedServer[];
  strategies: Readonly<Record<string, AuthStrategy>>;
  security: readonly string[];
  credentialHeaders: ReadonlySet<string>;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  deadlineMs: number | undefined;
  retry: RetryPolicy;
  limiter: Limiter | undefined;
  logger: Logger | undefined;
  /** Client-level headers, lower-case names (User-Agent included). */
  headers: Readonly<Record<string, string>>;
  signal: AbortSignal | undefined;
  throwOnError: boolean;
  secrets: SecretSet;
  middleware: Middleware[];
  byRoute: ReadonlyMap<string, OperationInfo>;
  byId: ReadonlyMap<string, OperationInfo>;
  operations: readonly OperationInfo[];
  /** Encodes the bodies of operations that are not sent as JSON (multipart, form); from the descriptor. */
  encode: BodyEncoder | undefined;
  /** Credential headers a strategy hands out again, already checked: what to send, by what it gave. */
  checked: WeakMap<object, Readonly<Record<string, string>>>;
  random: () => number;
}

/** One call, however it was made (path-style or named). */
export interface CallRequest {
  method: HttpMethod;
  /** Path template. */
  path: string;
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
    cookie?: Record<string, unknown>;
  };
  body?: unknown;
  options?: CallOptions & {
    parseAs?: ParseAs;
    throwOnError?: boolean;
    querySerializer?: unknown;
    bodySerializer?: unknown;
  };
}

/** What a path-style call resolves to. */
export interface CallAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
  alreadyApplied?: true;
  key?: string;
}

const NO_OPTIONS: NonNullable<CallRequest["options"]> = {};
let ids = 0;

function valueAt(body: unknown, dotPath: string): unknown {
  let value = body;
  for (const key of dotPath.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function idempotencyOf(
  op: OperationInfo | undefined,
  body: unknown,
): (IdempotencyKeyInfo & { key: string }) | undefined {
  const info = op?.idempotentWhen;
  if (!info) return undefined;
  const key = valueAt(body, info.field);
  if ((typeof key !== "string" && typeof key !== "number") || key === "") return undefined;
  return { ...info, key: String(key) };
}

/**
 * A call's body the way its operation takes it: JSON by default, what the descriptor's encoder makes of
 * it for an operation that declares another encoding (multipart, form), or, already encoded (a
 * string, FormData, Blob, bytes), as is. A stream is read first so that a retry can send it again.
 */
async function buildBody(
  rt: ClientRuntime,
  op: OperationInfo | undefined,
  req: CallRequest,
  headers: Record<string, string>,
): Promise<BodyInit | undefined> {
  const serializer = req.options?.bodySerializer;
  let body: unknown;
  let contentType: string | undefined;
  if (typeof serializer === "function") {
    body = (serializer as (b: unknown) => unknown)(req.body);
    contentType = body instanceof FormData ? undefined : "application/json";
  } else if (isRawBody(req.body)) {
    body = req.body;
  } else {
    const encoded =
      op?.requestBody && typeof req.body === "object" && req.body !== null
        ? rt.encode?.(op, req.body)
        : undefined;
    ({ body, contentType } = encoded ?? {
      body: JSON.stringify(req.body),
      contentType: "application/json",
    });
  }
  if (contentType !== undefined && headers["content-type"] === undefined) {
    headers["content-type"] = contentType;
  }
  if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) {
    return new Response(body).arrayBuffer();
  }
  return body as BodyInit;
}

function answerOf(
  rt: ClientRuntime,
  method: string,
  result: Extract<LoopResult, { kind: "response" }>,
  parseAs: ParseAs,
  shouldThrow: boolean,
  operationId?: string,
): CallAnswer {
  const { response } = result;
  const parsed = parseAnswer(rt.packageName, method, response, result.body, parseAs, rt.secrets);
  if (parsed.ok) return { data: parsed.data, response };
  const context: ErrorContext = {
    packageName: rt.packageName,
    method,
    operationId,
    secrets: rt.secrets,
    credentialHeaders: rt.credentialHeaders,
  };
  if (shouldThrow) throw buildApiError(context, response, parsed.error);
  rememberErrorContext(response, context);
  return { error: parsed.error, response };
}

/** How a call answers: `{ data | error, response }`, the same throwing on an error status, or the data. */
export type CallMode = "result" | "throw" | "data";

function answerOfLoop(
  rt: ClientRuntime,
  method: string,
  result: LoopResult,
  parseAs: ParseAs,
  mode: CallMode,
  shouldThrow: boolean,
  operationId: string | undefined,
): unknown {
  if (result.kind === "already-applied") {
    const { response, key } = result;
    return mode === "data"
      ? ({ alreadyApplied: true, key, response } satisfies AlreadyApplied)
      : ({ response, alreadyApplied: true, key } satisfies CallAnswer);
  }
  const answer = answerOf(rt, method, result, parseAs, shouldThrow, operationId);
  return mode === "data" ? answer.data : answer;
}

/** The origin of a URL, or undefined for text that is not one (fetch then fails the attempt). */
function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The URL of a call, or the error naming what is missing (a host option, a path parameter). */
function urlOf(
  rt: ClientRuntime,
  op: OperationInfo | undefined,
  req: CallRequest,
  server: ResolvedServer | undefined,
): string {
  if (!server) throw new ConfigError(`[${rt.packageName}] the client has no server`, "baseUrl");
  if (!server.ok) throw server.error(op?.operationId ?? `${req.method} ${req.path}`);
  const path = serializePath(rt.packageName, req.path, req.params?.path);
  const serializer = req.options?.querySerializer;
  const query =
    typeof serializer === "function"
      ? (serializer as (q: Record<string, unknown>) => string)(req.params?.query ?? {})
      : serializeQuery(rt.packageName, req.params?.query);
  return `${server.baseUrl}${path}${query ? `?${query}` : ""}`;
}

/**
 * Make one call: find its operation (named methods pass it), check the call's options, build URL,
 * headers and body (refusing input that cannot be sent, before anything is sent), run middleware around
 * the attempt loop, and read the answer. `mode` "throw" (`throwOnError`) turns an error status into its
 * ApiError; "data" (named methods) does too, and resolves to the data (or the already-applied report).
 */
export function callOperation(
  rt: ClientRuntime,
  req: CallRequest,
  mode: "result" | "throw",
  op?: OperationInfo,
): Promise<CallAnswer>;
export function callOperation(
  rt: ClientRuntime,
  req: CallRequest,
  mode: "data",
  op?: OperationInfo,
): Promise<unknown>;
export async function callOperation(
  rt: ClientRuntime,
  req: CallRequest,
  mode: CallMode,
  op: OperationInfo | undefined = rt.byRoute.get(`${req.method} ${req.path}`),
): Promise<unknown> {
  const o = req.options ?? NO_OPTIONS;
  const pkg = rt.packageName;
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) {
    throw new ConfigError(`[${pkg}] signal must be an AbortSignal`, "signal");
  }
  const timeoutMs = checkNumber(pkg, "timeoutMs", o.timeoutMs, TIME_LIMIT) ?? rt.timeoutMs;
  const deadlineMs = checkNumber(pkg, "deadlineMs", o.deadlineMs, TIME_LIMIT) ?? rt.deadlineMs;
  const retry = o.retry === undefined ? rt.retry : resolveRetryOptions(pkg, o.retry);
  const parseAs = o.parseAs ?? op?.parseAs ?? "json";
  const shouldThrow = mode !== "result" || (o.throwOnError ?? rt.throwOnError);
  const headers = { ...rt.headers };
  mergeHeaders(pkg, headers, o.headers);
  mergeHeaders(pkg, headers, req.params?.header, "params.header");
  const server = rt.servers[op?.server ?? 0];
  const url = urlOf(rt, op, req, server);
  const body = req.body === undefined ? undefined : await buildBody(rt, op, req, headers);
  const idempotency = idempotencyOf(op, req.body);
  const strategies = (op?.security ?? rt.security).flatMap((name) => rt.strategies[name] ?? []);
  const scope = new CallScope([rt.signal, o.signal], deadlineMs);
  const plan: LoopPlan = {
    rt,
    operationId: op?.operationId,
    method: req.method,
    url,
    // A path template that starts with "/" cannot move the URL to another host; anything else is checked.
    sameOrigin:
      req.path.startsWith("/") || originOf(url) === (server as { origin?: string }).origin,
    headers,
    body,
    strategies,
    credentialOrigin: (server as Extract<ResolvedServer, { ok: true }>).origin,
    timeoutMs,
    read: parseAs === "json" || parseAs === "text" ? "text" : "bytes",
    deadlineAt: deadlineMs === undefined ? undefined : Date.now() + deadlineMs,
    deadlineMs,
    scope,
    retry,
    safeToRepeat:
      (op ? op.safeToRepeat : IDEMPOTENT_METHODS.has(req.method)) || idempotency !== undefined,
    idempotency,
  };
  try {
    if (rt.middleware.length > 0) {
      return await withMiddleware(rt, req, plan, parseAs, mode, shouldThrow);
    }
    return answerOfLoop(
      rt,
      req.method,
      await runAttempts(plan),
      parseAs,
      mode,
      shouldThrow,
      plan.operationId,
    );
  } finally {
    scope.dispose();
  }
}

/**
 * The call with openapi-fetch middleware around its attempts: `onRequest` sees (and may replace or
 * answer) the Request, the attempts send what it left, `onResponse` and `onError` see the outcome.
 */
async function withMiddleware(
  rt: ClientRuntime,
  req: CallRequest,
  plan: LoopPlan,
  parseAs: ParseAs,
  mode: CallMode,
  shouldThrow: boolean,
): Promise<unknown> {
  const context: MiddlewareContext = {
    schemaPath: req.path,
    params: req.params ?? {},
    id: (++ids).toString(36),
    options: {
      baseUrl: rt.servers[0]?.ok ? rt.servers[0].baseUrl : "",
      parseAs,
      querySerializer: (query) => serializeQuery(rt.packageName, query),
      bodySerializer: (body) => JSON.stringify(body),
      pathSerializer: (template, params) => serializePath(rt.packageName, template, params),
      fetch: rt.fetch,
    },
  };
  const initial = new Request(plan.url, {
    method: plan.method,
    headers: plan.headers,
    body: plan.body ?? null,
  });
  const before = await runOnRequest(rt.middleware, initial, context);
  let response: Response;
  if (before.response) {
    response = before.response;
  } else {
    const request = before.request;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const sent = request.body === null ? undefined : await request.arrayBuffer();
    try {
      const result = await runAttempts({
        ...plan,
        url: request.url,
        sameOrigin: originOf(request.url) === plan.credentialOrigin,
        method: request.method,
        headers,
        body: sent,
      });
      if (result.kind === "already-applied") {
        return answerOfLoop(rt, plan.method, result, parseAs, mode, shouldThrow, plan.operationId);
      }
      response = new Response(result.body, {
        status: result.response.status,
        statusText: result.response.statusText,
        headers: result.response.headers,
      });
      Object.defineProperty(response, "url", { value: result.response.url });
    } catch (error) {
      const handled = await runOnError(rt.middleware, request, error, context);
      if ("error" in handled) throw handled.error;
      response = handled.response;
    }
    response = await runOnResponse(rt.middleware, request, response, context);
  }
  let body: string | ArrayBuffer | null =
    plan.read === "text" ? await response.text() : await response.arrayBuffer();
  if ([204, 205, 304].includes(response.status)) body = null;
  const result: LoopResult = { kind: "response", response, body };
  return answerOfLoop(rt, plan.method, result, parseAs, mode, shouldThrow, plan.operationId);
}
