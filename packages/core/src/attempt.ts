import type { AuthStrategy } from "./auth-strategy.js";
import {
  AbortError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  TimeoutError,
} from "./errors.js";
import { emitLog, type Logger } from "./log.js";
import { classifyNetworkFailure } from "./network-error.js";
import type { Limiter } from "./rate-limit.js";
import { decideRedirect } from "./redirect.js";
import type { SecretSet } from "./redact.js";
import type { AttemptOutcome } from "./retry.js";
import { Stop, type CallScope } from "./signals.js";

/** Everything that stays the same across the attempts of one call. */
export interface AttemptPlan {
  packageName: string;
  operationId: string | undefined;
  method: string;
  url: string;
  /** Request headers without credentials, lower-case names. */
  headers: Record<string, string>;
  /** A body every attempt can send again (strings, bytes, Blob, FormData, URLSearchParams). */
  body: BodyInit | undefined;
  strategies: readonly AuthStrategy[];
  /** The origin the operation's credentials belong to. */
  credentialOrigin: string;
  credentialHeaders: ReadonlySet<string>;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  /** Read the body as text (JSON, text) or bytes (blob, arrayBuffer, stream). */
  read: "text" | "bytes";
  limiter: Limiter | undefined;
  /** Epoch ms of the call's deadline, if it has one. */
  deadlineAt: number | undefined;
  deadlineMs: number | undefined;
  secrets: SecretSet;
  logger: Logger | undefined;
  scope: CallScope;
}

/** How one attempt ended. */
export type AttemptResult =
  | {
      kind: "response";
      response: Response;
      /** The body, read inside the attempt's time limit; null when the status has none. */
      body: string | ArrayBuffer | null;
      /** The credential headers the attempt sent (for `unauthorized`). */
      sent: Record<string, string>;
    }
  | {
      kind: "failure";
      error: CxkitError;
      /** For the retry decision; undefined when the failure is final (stopped, credentials, config). */
      outcome: AttemptOutcome | undefined;
    };

/** The error for a call that stopped: the caller aborted, or the deadline passed. */
export function stopError(plan: AttemptPlan): CxkitError {
  const where = `${plan.method} ${plan.secrets.redact(plan.url)}`;
  const options = { method: plan.method, url: plan.secrets.redact(plan.url) };
  if (plan.scope.stopped === "deadline") {
    return new TimeoutError(
      `[${plan.packageName}] ${where} ran past its deadline of ${plan.deadlineMs} ms`,
      { ...options, timeoutMs: plan.deadlineMs ?? 0, kind: "deadline" },
    );
  }
  return new AbortError(`[${plan.packageName}] ${where} was aborted`, options);
}

// Header values fetch would refuse, or that could split a header: a refusal before sending is a
// configuration error naming the header, never a "network error that may have been sent".
const UNSENDABLE = /[^\t\x20-\x7e\x80-\xff]/;

function checkCredentialHeaders(
  plan: AttemptPlan,
  strategy: AuthStrategy,
  headers: Record<string, string>,
): void {
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === "string" && !UNSENDABLE.test(value)) continue;
    const option = strategy.optionOf?.(name) ?? name;
    throw new ConfigError(
      `[${plan.packageName}] ${option} cannot be sent in the ${name} header: it contains control characters or characters outside Latin-1`,
      option,
    );
  }
}

async function credentials(
  plan: AttemptPlan,
  signal: AbortSignal,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const strategy of plan.strategies) {
    let headers: Record<string, string>;
    try {
      headers = await plan.scope.race(strategy.headers({ signal }), signal);
    } catch (cause) {
      if (cause instanceof Stop || cause instanceof CxkitError) throw cause;
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new AuthError(
        plan.secrets.redact(
          `[${plan.packageName}] the credential could not be obtained: ${detail}`,
        ),
        { method: plan.method, url: plan.secrets.redact(plan.url) },
      );
    }
    checkCredentialHeaders(plan, strategy, headers);
    for (const [name, value] of Object.entries(headers)) {
      plan.secrets.add(value);
      out[name.toLowerCase()] = value;
    }
  }
  return out;
}

function withoutCredentials(
  headers: Record<string, string>,
  names: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!names.has(name)) out[name] = value;
  return out;
}

async function send(
  plan: AttemptPlan,
  signal: AbortSignal,
  auth: Record<string, string>,
  log: { headers: Record<string, string>; url: string },
): Promise<Response> {
  let url = new URL(plan.url);
  let headers = url.origin === plan.credentialOrigin ? { ...plan.headers, ...auth } : plan.headers;
  for (let hops = 0; ; hops++) {
    log.headers = headers;
    log.url = url.href;
    const response = await plan.fetch(url.href, {
      method: plan.method,
      headers,
      body: plan.body ?? null,
      redirect: "manual",
      signal,
    });
    const decision = decideRedirect({
      status: response.status,
      location: response.headers.get("location"),
      url,
      method: plan.method,
      hops,
      credentialOrigin: plan.credentialOrigin,
    });
    if (!decision.follow) return response;
    await response.body?.cancel();
    url = decision.url;
    headers = decision.stripCredentials
      ? withoutCredentials(headers, plan.credentialHeaders)
      : { ...plan.headers, ...auth };
  }
}

const NO_BODY = new Set([101, 204, 205, 304]);

function failure(plan: AttemptPlan, cause: unknown, timedOut: boolean): AttemptResult {
  const url = plan.secrets.redact(plan.url);
  const where = `${plan.method} ${url}`;
  if (plan.scope.stopped || (cause instanceof Stop && cause.reason !== "attempt")) {
    return { kind: "failure", error: stopError(plan), outcome: undefined };
  }
  if (timedOut || (cause instanceof Stop && cause.reason === "attempt")) {
    const error = new TimeoutError(
      `[${plan.packageName}] ${where} timed out after ${plan.timeoutMs} ms`,
      { method: plan.method, url, timeoutMs: plan.timeoutMs, kind: "attempt" },
    );
    // A credential that never arrived means nothing was sent, but waiting again would not help.
    return {
      kind: "failure",
      error,
      outcome: cause instanceof Stop ? undefined : { kind: "timeout" },
    };
  }
  if (cause instanceof CxkitError) return { kind: "failure", error: cause, outcome: undefined };
  const found = classifyNetworkFailure(cause);
  const error = new NetworkError(
    plan.secrets.redact(`[${plan.packageName}] ${where} failed: ${found.detail}`),
    {
      method: plan.method,
      url,
      maybeSent: found.maybeSent,
      code: found.code,
      cause: redactedCause(cause, plan.secrets),
    },
  );
  return { kind: "failure", error, outcome: { kind: "network", maybeSent: found.maybeSent } };
}

/** A copy of a platform error safe to show: name, code and message with secrets scrubbed, chained. */
function redactedCause(cause: unknown, secrets: SecretSet, depth = 0): Error | undefined {
  if (!(cause instanceof Error) || depth > 4) return undefined;
  const copy = new Error(secrets.redact(cause.message), {
    cause: redactedCause(cause.cause, secrets, depth + 1),
  });
  copy.name = cause.name;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

/**
 * One attempt: wait for the rate limiter (not part of the attempt's time limit, bounded by the call's
 * deadline and signal), get credentials (bounded by the time limit too: a credential function that
 * never settles cannot hang the call), send with redirects followed by hand, and read the body inside
 * the time limit (a stalled body is a timeout, not a hang).
 */
export async function attemptOnce(plan: AttemptPlan, attempt: number): Promise<AttemptResult> {
  const control = plan.scope.attempt();
  const log = { headers: plan.headers, url: plan.url, startedAt: performance.now() };
  let release: (() => void) | undefined;
  let result: AttemptResult;
  try {
    if (plan.limiter) {
      release = await plan.limiter.acquire({ signal: control.signal, deadline: plan.deadlineAt });
    }
    log.startedAt = performance.now();
    control.startTimer(plan.timeoutMs);
    const auth = plan.strategies.length > 0 ? await credentials(plan, control.signal) : {};
    const response = await send(plan, control.signal, auth, log);
    const body =
      NO_BODY.has(response.status) || plan.method === "HEAD"
        ? (await response.body?.cancel(), null)
        : plan.read === "text"
          ? await response.text()
          : await response.arrayBuffer();
    result = { kind: "response", response, body, sent: auth };
  } catch (cause) {
    result = failure(plan, cause, control.timedOut);
  } finally {
    control.dispose();
    release?.();
  }
  if (plan.logger) {
    emitLog(
      plan.logger,
      {
        operationId: plan.operationId,
        method: plan.method,
        url: log.url,
        attempt,
        startedAt: log.startedAt,
        headers: log.headers,
        status: result.kind === "response" ? result.response.status : undefined,
        error: result.kind === "failure" ? result.error : undefined,
      },
      plan.secrets,
      plan.credentialHeaders,
    );
  }
  return result;
}
