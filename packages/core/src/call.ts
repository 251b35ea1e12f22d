import { buildApiError, rememberErrorContext, type ErrorContext } from "./api-error.js";
import type { AuthStrategy } from "./auth-strategy.js";
import type { HttpMethod, IdempotencyKeyInfo, OperationInfo } from "./descriptor.js";
import { encodeBody } from "./encode-body.js";
import { ConfigError } from "./errors.js";
import { runAttempts, type LoopResult } from "./fetch.js";
import { mergeHeaders } from "./headers.js";
import type { Logger } from "./log.js";
import { runOnError, runOnRequest, runOnResponse, type MiddlewareContext } from "./middleware.js";
import { checkNumber, TIME_LIMIT } from "./options.js";
import { parseAnswer } from "./parse-response.js";
import type { Limiter } from "./rate-limit.js";
import type { SecretSet } from "./redact.js";
import { resolveRetryOptions, type RetryPolicy } from "./retry.js";
import { serializePath, serializeQuery } from "./serialize.js";
import type { ResolvedServer } from "./servers.js";
import { CallScope } from "./signals.js";
import type { CallOptions, Middleware, ParseAs } from "./types.js";

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

function buildUrl(rt: ClientRuntime, op: OperationInfo | undefined, req: CallRequest): string {
  const server = rt.servers[op?.server ?? 0];
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

async function buildBody(
  rt: ClientRuntime,
  op: OperationInfo | undefined,
  req: CallRequest,
  headers: Record<string, string>,
): Promise<BodyInit | undefined> {
  if (req.body === undefined) return undefined;
  const serializer = req.options?.bodySerializer;
  let body: unknown;
  let contentType: string | undefined;
  if (typeof serializer === "function") {
    body = (serializer as (b: unknown) => unknown)(req.body);
    contentType = body instanceof FormData ? undefined : "application/json";
  } else {
    ({ body, contentType } = encodeBody(op, req.body));
  }
  if (contentType !== undefined && headers["content-type"] === undefined) {
    headers["content-type"] = contentType;
  }
  // A stream can be sent once: read it now so that a retry can send it again.
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
  const parsed = parseAnswer(
    rt.packageName,
    method,
    result.response,
    result.body,
    parseAs,
    rt.secrets,
  );
  if (parsed.ok) return { data: parsed.data, response: result.response };
  const context: ErrorContext = {
    packageName: rt.packageName,
    method,
    operationId,
    secrets: rt.secrets,
    credentialHeaders: rt.credentialHeaders,
  };
  if (shouldThrow) throw buildApiError(context, result.response, parsed.error);
  rememberErrorContext(result.response, context);
  return { error: parsed.error, response: result.response };
}

function callSettings(rt: ClientRuntime, req: CallRequest, op: OperationInfo | undefined) {
  const o = req.options ?? {};
  const pkg = rt.packageName;
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) {
    throw new ConfigError(`[${pkg}] signal must be an AbortSignal`, "signal");
  }
  return {
    timeoutMs: checkNumber(pkg, "timeoutMs", o.timeoutMs, TIME_LIMIT) ?? rt.timeoutMs,
    deadlineMs: checkNumber(pkg, "deadlineMs", o.deadlineMs, TIME_LIMIT) ?? rt.deadlineMs,
    retry: o.retry === undefined ? rt.retry : resolveRetryOptions(pkg, o.retry),
    parseAs: o.parseAs ?? op?.parseAs ?? "json",
  };
}

/**
 * Make one call: find its operation, build URL, headers and body (refusing input that cannot be sent,
 * before anything is sent), run middleware around the attempt loop, and read the answer. `mode`
 * "throw" (named methods, `throwOnError`) turns an error status into its ApiError.
 */
export async function callOperation(
  rt: ClientRuntime,
  req: CallRequest,
  mode: "result" | "throw",
): Promise<CallAnswer> {
  const op = rt.byRoute.get(`${req.method} ${req.path}`);
  const settings = callSettings(rt, req, op);
  const shouldThrow = mode === "throw" || (req.options?.throwOnError ?? rt.throwOnError);
  const headers = { ...rt.headers };
  mergeHeaders(rt.packageName, headers, req.options?.headers);
  mergeHeaders(rt.packageName, headers, req.params?.header, "params.header");
  const url = buildUrl(rt, op, req);
  const body = await buildBody(rt, op, req, headers);
  const idempotency = idempotencyOf(op, req.body);
  const server = rt.servers[op?.server ?? 0] as Extract<ResolvedServer, { ok: true }>;
  const security = op?.security ?? rt.security;
  const strategies = security.flatMap((name) => rt.strategies[name] ?? []);
  const scope = new CallScope([rt.signal, req.options?.signal], settings.deadlineMs);
  const plan = {
    packageName: rt.packageName,
    operationId: op?.operationId,
    method: req.method,
    url,
    headers,
    body,
    strategies,
    credentialOrigin: server.origin,
    credentialHeaders: rt.credentialHeaders,
    fetch: rt.fetch,
    timeoutMs: settings.timeoutMs,
    read:
      settings.parseAs === "json" || settings.parseAs === "text"
        ? ("text" as const)
        : ("bytes" as const),
    limiter: rt.limiter,
    deadlineAt: settings.deadlineMs === undefined ? undefined : Date.now() + settings.deadlineMs,
    deadlineMs: settings.deadlineMs,
    secrets: rt.secrets,
    logger: rt.logger,
    scope,
    retry: settings.retry,
    safeToRepeat:
      (op ? op.safeToRepeat : IDEMPOTENT_METHODS.has(req.method)) || idempotency !== undefined,
    idempotency,
    random: rt.random,
  };
  try {
    if (rt.middleware.length > 0)
      return await withMiddleware(rt, req, plan, settings.parseAs, shouldThrow);
    const result = await runAttempts(plan);
    if (result.kind === "already-applied") {
      return { response: result.response, alreadyApplied: true, key: result.key };
    }
    return answerOf(rt, req.method, result, settings.parseAs, shouldThrow, op?.operationId);
  } finally {
    scope.dispose();
  }
}

async function withMiddleware(
  rt: ClientRuntime,
  req: CallRequest,
  plan: Parameters<typeof runAttempts>[0],
  parseAs: ParseAs,
  shouldThrow: boolean,
): Promise<CallAnswer> {
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
    ...(plan.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const before = await runOnRequest(rt.middleware, initial, context);
  let response: Response;
  let body: string | ArrayBuffer | null;
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
        method: request.method,
        headers,
        body: sent,
      });
      if (result.kind === "already-applied") {
        return { response: result.response, alreadyApplied: true, key: result.key };
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
  body = plan.read === "text" ? await response.text() : await response.arrayBuffer();
  if ([204, 205, 304].includes(response.status)) body = null;
  return answerOf(
    rt,
    plan.method,
    { kind: "response", response, body },
    parseAs,
    shouldThrow,
    plan.operationId,
  );
}
