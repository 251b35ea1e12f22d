import type { AuthStrategy } from "./auth-strategy.js";
import { isLoopbackHost } from "./base-url.js";
import { AbortError, CxkitError, NetworkError, RateLimitError, TimeoutError } from "./errors.js";
import { IDEMPOTENT_METHODS, type OperationMatcher } from "./operations.js";
import type { RateLimiter } from "./rate-limit.js";
import { redactHeaders, SecretSet } from "./redact.js";
import {
  backoffDelay,
  parseRetryAfter,
  RETRY_STATUSES,
  type ResolvedRetryOptions,
} from "./retry.js";

/** One structured event per attempt, given to a client's `logger`. Credential headers are redacted. */
export interface RequestLogEvent {
  method: string;
  url: string;
  /** Response status; absent when the attempt failed without one. */
  status?: number;
  /** 1 for the first attempt. */
  attempt: number;
  durationMs: number;
  /** Request headers as sent, credential-bearing ones redacted. */
  headers: Record<string, string>;
  /** The failure, when the attempt threw. */
  error?: string;
}

/** Receives one event per attempt. */
export type Logger = (event: RequestLogEvent) => void;

/** Everything the fetch wrapper needs; built by `createCxkitClient`. */
export interface CxkitFetchConfig {
  packageName: string;
  /** Origin that credentials may be sent to. */
  origin: string;
  auth: AuthStrategy;
  fetch: typeof globalThis.fetch;
  matchOperation: OperationMatcher;
  timeoutMs: number;
  deadlineMs?: number | undefined;
  retry: ResolvedRetryOptions;
  signal?: AbortSignal | undefined;
  logger?: Logger | undefined;
  rateLimiter?: RateLimiter | undefined;
  secrets: SecretSet;
  random?: () => number;
}

const MAX_REDIRECTS = 5;
/** Error codes that prove the request never left this machine or never reached a server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);
/** Headers that must never be sent to another origin, whatever the strategy says. */
const ALWAYS_CREDENTIAL = ["authorization", "proxy-authorization", "cookie"];

type Outcome =
  | { kind: "response"; response: Response; url: string }
  | { kind: "error"; error: CxkitError; retryable: boolean };

function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
    queue.push((current as { cause?: unknown }).cause);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return undefined;
}

/**
 * An AbortSignal that fires after `ms`, with a way to stop the timer. Used instead of
 * AbortSignal.timeout(): combined through AbortSignal.any(), a timeout signal nothing else references
 * can be garbage-collected before it fires (seen on Node 20), leaving a hung request hanging.
 */
export function deadlineSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("timed out", "TimeoutError")),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/**
 * The fetch function a cxkit client hands to openapi-fetch. openapi-fetch middleware cannot send a
 * request twice, so everything that needs a second attempt lives here: credentials per attempt and only
 * for the client's own origin, redirects followed by hand (credentials stripped on another origin),
 * per-attempt timeouts and an overall deadline, rate limiting, and retries that re-send a request which
 * may have reached the server only when its operation is safe to repeat.
 */
export function createCxkitFetch(config: CxkitFetchConfig): (input: Request) => Promise<Response> {
  const credentialHeaders = new Set([
    ...ALWAYS_CREDENTIAL,
    ...config.auth.credentialHeaders.map((h) => h.toLowerCase()),
  ]);
  const random = config.random ?? Math.random;
  const pkg = config.packageName;

  return async function cxkitFetch(input: Request): Promise<Response> {
    const method = input.method.toUpperCase();
    const startUrl = new URL(input.url);
    const displayUrl = () => config.secrets.redact(startUrl.href);
    const operation = config.matchOperation(method, startUrl.pathname);
    const safeToRepeat = operation ? operation.safeToRepeat : IDEMPOTENT_METHODS.has(method);
    // The body is read once so that every attempt can send the same bytes.
    const body = input.body === null ? undefined : await input.arrayBuffer();

    const callSignals = [config.signal, input.signal].filter((s): s is AbortSignal => !!s);
    const deadline =
      config.deadlineMs !== undefined ? deadlineSignal(config.deadlineMs) : undefined;
    const callSignal = AbortSignal.any(deadline ? [...callSignals, deadline.signal] : callSignals);

    const stopError = (): CxkitError => {
      if (callSignals.some((s) => s.aborted)) {
        return new AbortError(`[${pkg}] ${method} ${displayUrl()} was aborted`, {
          method,
          url: displayUrl(),
        });
      }
      return new TimeoutError(
        `[${pkg}] ${method} ${displayUrl()} ran past its deadline of ${config.deadlineMs} ms`,
        { method, url: displayUrl(), timeoutMs: config.deadlineMs ?? 0, kind: "deadline" },
      );
    };

    async function attemptOnce(
      attempt: number,
    ): Promise<Outcome & { sent: Record<string, string> }> {
      const attemptTimer = deadlineSignal(config.timeoutMs);
      const attemptSignal = AbortSignal.any([callSignal, attemptTimer.signal]);
      const started = performance.now();
      let sentHeaders = new Headers();
      let authHeaders: Record<string, string> = {};
      let release: (() => void) | undefined;
      const log = (status: number | undefined, error: CxkitError | undefined, url: string) => {
        if (!config.logger) return;
        const event: RequestLogEvent = {
          method,
          url: config.secrets.redact(url),
          attempt,
          durationMs: Math.round(performance.now() - started),
          headers: redactHeaders(sentHeaders, credentialHeaders),
        };
        if (status !== undefined) event.status = status;
        if (error) event.error = config.secrets.redact(`${error.name}: ${error.message}`);
        config.logger(event);
      };
      try {
        if (config.rateLimiter) release = await config.rateLimiter.acquire(callSignal);
        authHeaders = await config.auth.headers({ signal: attemptSignal });
        for (const value of Object.values(authHeaders)) config.secrets.add(value);

        let url = startUrl;
        let currentMethod = method;
        let currentBody = body;
        for (let hop = 0; ; hop++) {
          const headers = new Headers(input.headers);
          if (url.origin === config.origin) {
            for (const [name, value] of Object.entries(authHeaders)) headers.set(name, value);
          } else {
            for (const name of credentialHeaders) headers.delete(name);
          }
          if (currentBody === undefined) headers.delete("content-type");
          sentHeaders = headers;
          const response = await config.fetch(url.href, {
            method: currentMethod,
            headers,
            body: currentBody,
            redirect: "manual",
            signal: attemptSignal,
          });
          const location = response.headers.get("location");
          if (isRedirect(response.status) && location && hop < MAX_REDIRECTS) {
            const next = new URL(location, url);
            const downgrade = next.protocol === "http:" && !isLoopbackHost(next.hostname);
            if (!downgrade && (next.protocol === "https:" || next.protocol === "http:")) {
              await response.body?.cancel();
              if (
                response.status === 303 ||
                ((response.status === 301 || response.status === 302) && currentMethod === "POST")
              ) {
                currentMethod = currentMethod === "HEAD" ? "HEAD" : "GET";
                currentBody = undefined;
              }
              url = next;
              continue;
            }
          }
          // Read the body inside the attempt's time limit; a stalled body is a timeout, not a hang.
          const noBody = [101, 204, 205, 304].includes(response.status) || method === "HEAD";
          const buffered = noBody ? null : await response.arrayBuffer();
          const copy = new Response(buffered, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
          Object.defineProperty(copy, "url", { value: url.href });
          log(response.status, undefined, url.href);
          return { kind: "response", response: copy, url: url.href, sent: authHeaders };
        }
      } catch (cause) {
        let error: CxkitError;
        let retryable: boolean;
        if (callSignal.aborted) {
          error = stopError();
          retryable = false;
        } else if (attemptSignal.aborted) {
          error = new TimeoutError(
            `[${pkg}] ${method} ${displayUrl()} timed out after ${config.timeoutMs} ms`,
            { method, url: displayUrl(), timeoutMs: config.timeoutMs, kind: "attempt" },
          );
          retryable = safeToRepeat;
        } else if (cause instanceof CxkitError) {
          error = cause;
          retryable = false;
        } else {
          const code = errorCode(cause);
          const notSent = code !== undefined && NOT_SENT_CODES.has(code);
          const detail = code ?? (cause instanceof Error ? cause.message : String(cause));
          error = new NetworkError(
            config.secrets.redact(`[${pkg}] ${method} ${displayUrl()} failed: ${detail}`),
            { method, url: displayUrl(), maybeSent: !notSent },
          );
          retryable = notSent || safeToRepeat;
        }
        log(undefined, error, startUrl.href);
        return { kind: "error", error, retryable, sent: authHeaders };
      } finally {
        attemptTimer.clear();
        release?.();
      }
    }

    try {
      return await attemptLoop();
    } finally {
      deadline?.clear();
    }

    async function attemptLoop(): Promise<Response> {
      let authRetried = false;
      for (let attempt = 1, retries = 0; ; attempt++) {
        if (callSignal.aborted) throw stopError();
        const outcome = await attemptOnce(attempt);
        let delayMs: number;
        let fromRetryAfter = false;
        let reason: number | Error;
        if (outcome.kind === "response") {
          const { response } = outcome;
          if (response.status === 401 && !authRetried && config.auth.unauthorized) {
            authRetried = true;
            if (await config.auth.unauthorized(outcome.sent)) continue;
          }
          const retryable =
            RETRY_STATUSES.has(response.status) && (response.status === 429 || safeToRepeat);
          if (!retryable || retries >= config.retry.maxRetries) return response;
          reason = response.status;
          const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
          if (retryAfter !== undefined) {
            if (retryAfter > config.retry.maxRetryAfterMs) {
              throw new RateLimitError(
                `[${pkg}] ${method} ${displayUrl()}: the server asked to wait ${retryAfter} ms, more than the ${config.retry.maxRetryAfterMs} ms allowed (retry.maxRetryAfterMs)`,
                { method, url: displayUrl(), retryAfterMs: retryAfter, status: response.status },
              );
            }
            delayMs = retryAfter;
            fromRetryAfter = true;
          } else {
            delayMs = backoffDelay(retries + 1, config.retry, random);
          }
        } else {
          if (!outcome.retryable || retries >= config.retry.maxRetries) throw outcome.error;
          reason = outcome.error;
          delayMs = backoffDelay(retries + 1, config.retry, random);
        }
        retries += 1;
        config.retry.onRetry?.({
          attempt: attempt + 1,
          delayMs,
          reason,
          fromRetryAfter,
          method,
          url: displayUrl(),
        });
        try {
          await sleep(delayMs, callSignal);
        } catch {
          throw stopError();
        }
      }
    }
  };
}
