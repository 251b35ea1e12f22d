import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { AuthStrategy } from "./auth-strategy.js";
import { checkBaseUrl } from "./base-url.js";
import { ConfigError } from "./errors.js";
import { apiErrorFromResponse, rememberResponse } from "./api-error.js";
import { createCxkitFetch, type Logger } from "./fetch.js";
import { createOperationMatcher, type HttpMethod, type OperationInfo } from "./operations.js";
import { registerClient } from "./paginate.js";
import { serializePath } from "./path-serializer.js";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.js";
import { SecretSet } from "./redact.js";
import { resolveRetryOptions, type RetryOptions } from "./retry.js";

/** Options every `createXClient` accepts besides its credentials. */
export interface CommonClientOptions {
  /** Base URL of the API; `http://` only for loopback hosts (e.g. a local test server). */
  baseUrl?: string;
  /** The fetch implementation to use (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Time limit of one attempt in ms, reading the response body included. Default 30000. */
  timeoutMs?: number;
  /** Time limit of the whole call in ms, retries and waits included. Default: none. */
  deadlineMs?: number;
  /** Retry policy; `false` sends each request once. */
  retry?: RetryOptions | false;
  /** Client-side rate limit; defaults to the vendor's documented limit. A RateLimiter can be shared. */
  rateLimit?: RateLimitOptions | RateLimiter | false;
  /** Receives one event per attempt, credentials redacted. */
  logger?: Logger;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Cancels every call of this client. */
  signal?: AbortSignal;
  /** Throw an ApiError for an HTTP error status instead of returning `{ error, response }`. */
  throwOnError?: boolean;
}

/** A typed client: openapi-fetch's, with path-style calls typed from the vendor's spec. */
export type CxkitClient<Paths extends {}> = Client<Paths>;

/** What a generated `createXClient` passes to {@link createCxkitClient}. */
export interface CxkitClientConfig {
  /** npm name of the vendor package; error messages start with it. */
  packageName: string;
  /** Base URL to use when `options.baseUrl` is absent. */
  defaultBaseUrl?: string | undefined;
  auth: AuthStrategy;
  operations: readonly OperationInfo[];
  /** The vendor's documented rate limit, used unless `options.rateLimit` says otherwise. */
  defaultRateLimit?: RateLimitOptions | undefined;
  options: CommonClientOptions;
}

const METHODS: readonly HttpMethod[] = [
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
];

function positive(packageName: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`[${packageName}] ${name} must be a positive number of ms`, name);
  }
  return value;
}

function toFormData(
  body: Record<string, unknown>,
  files: Readonly<Record<string, string>>,
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const type = files[name];
    if (value instanceof Blob) {
      form.append(name, value, value instanceof File ? value.name : name);
    } else if (type !== undefined) {
      const extension = type.split("/")[1]?.split(/[+;]/)[0] ?? "bin";
      form.append(name, new Blob([String(value)], { type }), `${name}.${extension}`);
    } else {
      form.append(name, typeof value === "object" ? JSON.stringify(value) : String(value));
    }
  }
  return form;
}

/**
 * Create a typed client for one vendor. Generated `createXClient` functions call this with the data
 * of their spec; everything a client does at run time (auth, retries, limits, errors) is set up here.
 */
export function createCxkitClient<Paths extends {}>(config: CxkitClientConfig): CxkitClient<Paths> {
  const { packageName: pkg, options } = config;
  if (options === null || typeof options !== "object") {
    throw new ConfigError(`[${pkg}] options are required`, "options");
  }
  const baseUrl = checkBaseUrl(pkg, options.baseUrl ?? config.defaultBaseUrl);
  const base = new URL(baseUrl);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new ConfigError(`[${pkg}] fetch must be a function`, "fetch");
  }
  const timeoutMs = positive(pkg, "timeoutMs", options.timeoutMs) ?? 30_000;
  const deadlineMs = positive(pkg, "deadlineMs", options.deadlineMs);
  const rateLimitOption =
    options.rateLimit === undefined ? config.defaultRateLimit : options.rateLimit;
  const rateLimiter =
    rateLimitOption === false || rateLimitOption === undefined
      ? undefined
      : rateLimitOption instanceof RateLimiter
        ? rateLimitOption
        : new RateLimiter(rateLimitOption);
  const secrets = new SecretSet();

  const operations = config.operations;
  const cxkitFetch = createCxkitFetch({
    packageName: pkg,
    origin: base.origin,
    auth: config.auth,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    matchOperation: createOperationMatcher(operations, base.pathname),
    timeoutMs,
    deadlineMs,
    retry: resolveRetryOptions(options.retry),
    signal: options.signal,
    logger: options.logger,
    rateLimiter,
    secrets,
  });

  const client = createClient<Paths>({
    baseUrl,
    fetch: async (request: Request) =>
      rememberResponse(await cxkitFetch(request), pkg, secrets, request.method),
    pathSerializer: serializePath,
    ...(options.headers ? { headers: options.headers } : {}),
  });

  if (options.throwOnError) {
    const throwing: Middleware = {
      async onResponse({ response }) {
        if (!response.ok) throw await apiErrorFromResponse(response.clone(), undefined);
        return undefined;
      },
    };
    client.use(throwing);
  }

  // Bodies that are not JSON (multipart uploads, form posts) are encoded from the spec's data, and
  // every path template gets its parameters checked, so callers pass plain objects everywhere.
  const byRoute = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
  const untyped = client as unknown as Record<
    HttpMethod,
    (path: string, init?: Record<string, unknown>) => Promise<unknown>
  >;
  for (const method of METHODS) {
    const original = untyped[method].bind(client);
    untyped[method] = (path, init = {}) => {
      const op = byRoute.get(`${method} ${path}`);
      let next: Record<string, unknown> = init;
      if (/\{[^{}]+\}/.test(path)) {
        const params = (init.params ?? {}) as Record<string, unknown>;
        next = { ...next, params: { ...params, path: params.path ?? {} } };
      }
      const encoding = op?.requestBody;
      const body = init.body;
      if (encoding && body && typeof body === "object" && !init.bodySerializer) {
        if (encoding.contentType === "multipart/form-data" && !(body instanceof FormData)) {
          next = {
            ...next,
            bodySerializer: (value: Record<string, unknown>) =>
              toFormData(value, encoding.files ?? {}),
          };
        } else if (encoding.contentType === "application/x-www-form-urlencoded") {
          next = {
            ...next,
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              ...(init.headers as Record<string, string> | undefined),
            },
            bodySerializer: (value: Record<string, string>) =>
              new URLSearchParams(value).toString(),
          };
        }
      }
      return original(path, next);
    };
  }
  // `request(method, path, init)` takes the same road as `GET(path, init)` and friends.
  const dispatch = client as unknown as {
    request: (method: string, path: string, init?: Record<string, unknown>) => Promise<unknown>;
  };
  dispatch.request = (method, path, init) => {
    const upper = method.toUpperCase() as HttpMethod;
    if (!METHODS.includes(upper)) {
      throw new ConfigError(`[${pkg}] unknown HTTP method "${method}"`, "method");
    }
    return untyped[upper](path, init);
  };
  registerClient(client, { packageName: pkg, baseUrl, operations });
  return client;
}
