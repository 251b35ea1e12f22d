import type { AuthStrategy } from "./auth-strategy.js";
import { callOperation, type CallRequest, type ClientRuntime } from "./call.js";
import {
  decodeOperations,
  type ClientDescriptor,
  type HttpMethod,
  type OperationInfo,
} from "./descriptor.js";
import { ConfigError, CxkitError } from "./errors.js";
import { mergeHeaders } from "./headers.js";
import type { Logger } from "./log.js";
import { checkMiddleware } from "./middleware.js";
import { checkNumber, checkOptions, TIME_LIMIT } from "./options.js";
import { isLimiter, RateLimiter, type Limiter, type RateLimitOptions } from "./rate-limit.js";
import { SecretSet } from "./redact.js";
import { sharedWeakMap } from "./shared-state.js";
import { resolveRetryOptions, type RetryOptions } from "./retry.js";
import { resolveServers } from "./servers.js";
import type { AlreadyApplied, Middleware } from "./types.js";
import { userAgent } from "./user-agent.js";

/** Options every `createXClient` accepts besides its credentials. */
export interface CommonClientOptions {
  /**
   * Base URL replacing every host of the API (`http://` only for loopback hosts, e.g. a local test
   * server). Hosts that have an option of their own (Haptik `messengerBaseUrl`) are set by that option.
   */
  baseUrl?: string;
  /** The fetch implementation to use (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
  /** Time limit of one attempt in ms, reading the response body included. Default 30000. */
  timeoutMs?: number;
  /** Time limit of a whole call in ms, retries and waits included. Default: none. */
  deadlineMs?: number;
  /** Retry policy; `false` sends each request once. */
  retry?: RetryOptions | false;
  /**
   * Client-side rate limit; defaults to the vendor's documented limit. A limiter (a `RateLimiter`, or a
   * shared one such as `createRedisRateLimiter()`) can be shared by several clients; `false` turns it off.
   */
  rateLimit?: RateLimitOptions | Limiter | false;
  /** Receives one event per attempt, credentials redacted. */
  logger?: Logger;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Cancels every call of this client. */
  signal?: AbortSignal;
  /** Throw an ApiError for an HTTP error status instead of returning `{ error, response }`. */
  throwOnError?: boolean;
}

/** What an auth factory gets besides the options: a way to call the API without credentials. */
export interface AuthFactoryContext {
  packageName: string;
  /** Secrets the factory knows of (a client secret) are added here so errors never show them. */
  secrets: SecretSet;
  /**
   * Call an operation of this client without credentials (a token exchange), through the client's
   * runtime: its timeouts, retries (it must be marked safe to repeat), redirect rules and redaction.
   * Resolves to the 2xx body; throws the typed error otherwise.
   */
  call(operationId: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
}

/** Builds a client's auth strategies, one per security scheme of its descriptor. */
export type AuthFactory = (
  descriptor: ClientDescriptor,
  options: Readonly<Record<string, unknown>>,
  context: AuthFactoryContext,
) => Readonly<Record<string, AuthStrategy>>;

const PATH_METHODS: readonly HttpMethod[] = [
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
];
// Lower-case names of headers that carry credentials whatever the scheme: never to another origin.
const ALWAYS_CREDENTIAL = ["authorization", "proxy-authorization", "cookie"];

// Shared by every copy of this runtime: `paginate` from @cxkit/core knows a client that a vendor
// package's own copy made.
const runtimes = /* @__PURE__ */ sharedWeakMap<object, ClientRuntime>("runtimes@1");

/** The runtime of a cxkit client (for helpers such as `paginate`); throws for any other object. */
export function runtimeOf(client: object): ClientRuntime {
  const runtime = runtimes.get(client);
  if (!runtime) {
    throw new CxkitError("[@cxkit/core] not a cxkit client: create it with createXClient()");
  }
  return runtime;
}

function limiterOf(
  pkg: string,
  option: CommonClientOptions["rateLimit"],
  fallback: ClientDescriptor["rateLimit"],
): Limiter | undefined {
  if (option === false) return undefined;
  if (option === undefined) return fallback ? new RateLimiter(fallback) : undefined;
  if (isLimiter(option)) return option;
  try {
    return new RateLimiter(option);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError(error.message.replace("[@cxkit/core]", `[${pkg}]`), error.option);
    }
    throw error;
  }
}

const COMMON_OPTIONS = [
  "baseUrl",
  "fetch",
  "timeoutMs",
  "deadlineMs",
  "retry",
  "rateLimit",
  "logger",
  "headers",
  "signal",
  "throwOnError",
];

/** The option names a client of this descriptor takes: the common ones, its hosts' and its credentials'. */
function knownOptions(descriptor: ClientDescriptor): Set<string> {
  const names = new Set(COMMON_OPTIONS);
  for (const server of descriptor.servers) {
    if (server.option) names.add(server.option);
    for (const variable of server.variables ?? []) names.add(variable);
  }
  for (const scheme of Object.values(descriptor.auth.schemes)) {
    names.add(scheme.option);
    if (scheme.type === "bearer" && scheme.clientCredentials) {
      names.add(scheme.clientCredentials.clientIdOption);
      names.add(scheme.clientCredentials.clientSecretOption);
    }
  }
  return names;
}

/**
 * Refuse an option the client does not take: a misspelt `baseURL` would otherwise be ignored and the
 * credential sent to the vendor's production host.
 */
function checkKnown(pkg: string, descriptor: ClientDescriptor, options: object): void {
  const known = knownOptions(descriptor);
  for (const name of Object.keys(options)) {
    if (known.has(name) || (options as Record<string, unknown>)[name] === undefined) continue;
    const close = [...known].find((k) => k.toLowerCase() === name.toLowerCase());
    throw new ConfigError(
      `[${pkg}] unknown option "${name}"${close ? ` (did you mean "${close}"?)` : `; the options are ${[...known].sort().join(", ")}`}`,
      name,
    );
  }
}

function checkCommon(pkg: string, options: CommonClientOptions): void {
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new ConfigError(`[${pkg}] fetch must be a function`, "fetch");
  }
  if (options.logger !== undefined && typeof options.logger !== "function") {
    throw new ConfigError(`[${pkg}] logger must be a function`, "logger");
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new ConfigError(`[${pkg}] signal must be an AbortSignal`, "signal");
  }
}

/** What every client of one descriptor looks operations up in; read-only, so built once. */
interface OperationTables {
  operations: readonly OperationInfo[];
  byId: ReadonlyMap<string, OperationInfo>;
  byRoute: ReadonlyMap<string, OperationInfo>;
}

const tables = new WeakMap<ClientDescriptor, OperationTables>();

// A process creating many clients of one vendor (one per tenant) decodes its 125 operations once, not
// per client; the first client of a process is cheaper too, as the decoded rows are those the package
// exports as `operations`.
function tablesOf(descriptor: ClientDescriptor): OperationTables {
  let found = tables.get(descriptor);
  if (!found) {
    const operations = decodeOperations(descriptor.operations, descriptor.extras ?? []);
    found = {
      operations,
      byId: new Map(operations.map((op) => [op.operationId, op])),
      byRoute: new Map(operations.map((op) => [`${op.method} ${op.path}`, op])),
    };
    tables.set(descriptor, found);
  }
  return found;
}

/**
 * Create a typed client for one vendor from its generated descriptor. Generated `createXClient`
 * functions call this; everything a client does at run time (routing per operation, auth, retries,
 * limits, errors) is set up here, once.
 */
export function createCxkitClient<Client>(
  descriptor: ClientDescriptor,
  options: CommonClientOptions,
  makeAuth: AuthFactory,
): Client {
  const pkg = descriptor.packageName;
  checkOptions(pkg, options);
  checkKnown(pkg, descriptor, options);
  checkCommon(pkg, options);
  const opts = options as Readonly<Record<string, unknown>>;
  const secrets = new SecretSet();
  const { operations, byId, byRoute } = tablesOf(descriptor);
  let rt: ClientRuntime | undefined;
  const strategies = makeAuth(descriptor, opts, {
    packageName: pkg,
    secrets,
    call: async (operationId, body, signal) => {
      const op = byId.get(operationId);
      if (!op || !rt) throw new CxkitError(`[${pkg}] unknown operation ${operationId}`);
      const answer = await callOperation(
        { ...rt, strategies: {} },
        { method: op.method, path: op.path, body, options: signal ? { signal } : {} },
        "throw",
        op,
      );
      return answer.data;
    },
  });
  const headers: Record<string, string> = {};
  const agent = userAgent(pkg, descriptor.version);
  if (agent) headers["user-agent"] = agent;
  mergeHeaders(pkg, headers, options.headers);
  rt = {
    packageName: pkg,
    servers: resolveServers(pkg, descriptor.servers, opts),
    strategies,
    security: descriptor.auth.security,
    credentialHeaders: new Set([
      ...ALWAYS_CREDENTIAL,
      ...Object.values(strategies).flatMap((s) => s.credentialHeaders.map((h) => h.toLowerCase())),
    ]),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: checkNumber(pkg, "timeoutMs", options.timeoutMs, TIME_LIMIT) ?? 30_000,
    deadlineMs: checkNumber(pkg, "deadlineMs", options.deadlineMs, TIME_LIMIT),
    retry: resolveRetryOptions(pkg, options.retry),
    limiter: limiterOf(pkg, options.rateLimit, descriptor.rateLimit),
    logger: options.logger,
    headers,
    signal: options.signal,
    throwOnError: options.throwOnError === true,
    secrets,
    middleware: [],
    byRoute,
    byId,
    operations,
    encode: descriptor.encode,
    checked: new WeakMap(),
    random: Math.random,
  };
  const client = buildClient(rt);
  runtimes.set(client, rt);
  return client as Client;
}

type Init = Record<string, unknown> | undefined;

function pathCall(rt: ClientRuntime, method: HttpMethod, path: string, init: Init) {
  const i = init ?? {};
  return callOperation(
    rt,
    {
      method,
      path,
      params: i.params as CallRequest["params"],
      body: i.body,
      options: i as CallRequest["options"],
    },
    "result",
  );
}

function namedCall(rt: ClientRuntime, op: OperationInfo) {
  return (params: Record<string, unknown> = {}, options?: CallRequest["options"]) =>
    callOperation(
      rt,
      {
        method: op.method,
        path: op.path,
        params: params as CallRequest["params"],
        body: params.body,
        options,
      },
      "data",
      op,
    );
}

function buildClient(rt: ClientRuntime): Record<string, unknown> {
  const client: Record<string, unknown> = {};
  for (const method of PATH_METHODS) {
    client[method] = (path: string, init?: Init) => pathCall(rt, method, path, init);
  }
  client.request = (method: string, path: string, init?: Init) => {
    const upper = String(method).toUpperCase() as HttpMethod;
    if (!PATH_METHODS.includes(upper)) {
      return Promise.reject(
        new ConfigError(`[${rt.packageName}] unknown HTTP method "${method}"`, "method"),
      );
    }
    return pathCall(rt, upper, path, init);
  };
  client.use = (...middleware: Middleware[]) => {
    for (const m of middleware) if (checkMiddleware(m)) rt.middleware.push(m);
  };
  client.eject = (...middleware: Middleware[]) => {
    for (const m of middleware) {
      const index = rt.middleware.indexOf(m);
      if (index >= 0) rt.middleware.splice(index, 1);
    }
  };
  for (const op of rt.operations) {
    if (op.operationId in client) continue;
    client[op.operationId] = namedCall(rt, op);
  }
  return client;
}

/** True for what a keyed write resolves to when the vendor said the write was already applied. */
export function isAlreadyApplied(value: unknown): value is AlreadyApplied {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { alreadyApplied?: unknown }).alreadyApplied === true
  );
}
