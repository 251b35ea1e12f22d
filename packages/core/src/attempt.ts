import type { AuthStrategy } from "./auth-strategy.js";
import type { ClientRuntime } from "./call.js";
import {
  AbortError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  TimeoutError,
} from "./errors.js";
import { emitLog } from "./log.js";
import { classifyNetworkFailure } from "./network-error.js";
import { decideRedirect, REDIRECT_STATUSES } from "./redirect.js";
import type { SecretSet } from "./redact.js";
import type { AttemptOutcome } from "./retry.js";
import { Stop, type CallScope } from "./signals.js";

/** Everything that stays the same across the attempts of one call. */
export interface AttemptPlan {
  /** The client: its fetch, limiter, logger, secrets and credential headers. */
  rt: ClientRuntime;
  operationId: string | undefined;
  method: string;
  url: string;
  /** `url` is on the origin its credentials belong to. */
  sameOrigin: boolean;
  /** Request headers without credentials, lower-case names. */
  headers: Record<string, string>;
  /** A body every attempt can send again (strings, bytes, Blob, FormData, URLSearchParams). */
  body: BodyInit | undefined;
  strategies: readonly AuthStrategy[];
  /** The origin the operation's credentials belong to. */
  credentialOrigin: string;
  timeoutMs: number;
  /** Read the body as text (JSON, text) or bytes (blob, arrayBuffer, stream). */
  read: "text" | "bytes";
  /** Epoch ms of the call's deadline, if it has one. */
  deadlineAt: number | undefined;
  deadlineMs: number | undefined;
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
      sent: Readonly<Record<string, string>>;
    }
  | {
      kind: "failure";
      error: CxkitError;
      /** For the retry decision; undefined when the failure is final (stopped, credentials, config). */
      outcome: AttemptOutcome | undefined;
    };

/** What the logger is told of the request an attempt sent last (after redirects). */
interface Sent {
  url: string;
  headers: Readonly<Record<string, string>>;
}

const NO_HEADERS: Readonly<Record<string, string>> = {};
const NO_BODY = new Set([101, 204, 205, 304]);
// Header values fetch would refuse, or that could split a header: a refusal before sending is a
// configuration error naming the header, never a "network error that may have been sent".
const UNSENDABLE = /[^\t\x20-\x7e\x80-\xff]/;

/** `[package] METHOD url` with secrets redacted, and the same method and url as error options. */
function where(plan: AttemptPlan): { at: string; method: string; url: string } {
  const url = plan.rt.secrets.redact(plan.url);
  return { at: `[${plan.rt.packageName}] ${plan.method} ${url}`, method: plan.method, url };
}

/** The error for a call that stopped: the caller aborted, or the deadline passed. */
export function stopError(plan: AttemptPlan): CxkitError {
  const { at, ...options } = where(plan);
  if (plan.scope.stopped === "deadline") {
    return new TimeoutError(`${at} ran past its deadline of ${plan.deadlineMs} ms`, {
      ...options,
      timeoutMs: plan.deadlineMs ?? 0,
      kind: "deadline",
    });
  }
  return new AbortError(`${at} was aborted`, options);
}

/**
 * One strategy's headers checked (fetch would refuse them, or they could split a header: a
 * ConfigError naming the option), remembered as secrets, and keyed by lower-case name.
 */
function checked(
  plan: AttemptPlan,
  strategy: AuthStrategy,
  headers: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== "string" || UNSENDABLE.test(value)) {
      const option = strategy.optionOf?.(name) ?? name;
      throw new ConfigError(
        `[${plan.rt.packageName}] ${option} cannot be sent in the ${name} header: it contains control characters or characters outside Latin-1`,
        option,
      );
    }
    plan.rt.secrets.add(value);
    out[name.toLowerCase()] = value;
  }
  return out;
}

/**
 * The credential headers when every strategy has them at hand (a fixed key, a cached token): no wait.
 * What a strategy hands out again is checked once per client.
 */
function credentialsNow(plan: AttemptPlan): Readonly<Record<string, string>> | undefined {
  let out: Readonly<Record<string, string>> | undefined;
  for (const strategy of plan.strategies) {
    const current = strategy.current?.();
    if (!current) return undefined;
    const known = plan.rt.checked;
    let ready = known.get(current);
    if (ready) {
      // Still redacted if the client's bounded set of secrets let it go meanwhile.
      for (const name in ready) plan.rt.secrets.add(ready[name]!);
    } else {
      ready = checked(plan, strategy, current);
      known.set(current, ready);
    }
    out = out ? { ...out, ...ready } : ready;
  }
  return out;
}

async function credentials(
  plan: AttemptPlan,
  signal: AbortSignal,
): Promise<Readonly<Record<string, string>>> {
  let out: Record<string, string> = {};
  for (const strategy of plan.strategies) {
    let headers: Record<string, string>;
    try {
      headers = await plan.scope.race(strategy.headers({ signal }), signal);
    } catch (cause) {
      if (cause instanceof Stop || cause instanceof CxkitError) throw cause;
      const detail = cause instanceof Error ? cause.message : String(cause);
      const { method, url } = where(plan);
      throw new AuthError(
        plan.rt.secrets.redact(
          `[${plan.rt.packageName}] the credential could not be obtained: ${detail}`,
        ),
        { method, url },
      );
    }
    out = { ...out, ...checked(plan, strategy, headers) };
  }
  return out;
}

function withoutCredentials(
  headers: Readonly<Record<string, string>>,
  names: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!names.has(name)) out[name] = value;
  return out;
}

/** Send, following redirects by hand (credentials only to their own origin: see decideRedirect). */
async function send(
  plan: AttemptPlan,
  signal: AbortSignal,
  auth: Readonly<Record<string, string>>,
  sent: Sent,
): Promise<Response> {
  const withAuth = auth === NO_HEADERS ? plan.headers : { ...plan.headers, ...auth };
  let url = plan.url;
  let headers = plan.sameOrigin ? withAuth : plan.headers;
  for (let hops = 0; ; hops++) {
    sent.url = url;
    sent.headers = headers;
    const response = await plan.rt.fetch(url, {
      method: plan.method,
      headers,
      body: plan.body ?? null,
      redirect: "manual",
      signal,
    });
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    const decision = decideRedirect({
      status: response.status,
      location: response.headers.get("location"),
      url: new URL(url),
      method: plan.method,
      hops,
      credentialOrigin: plan.credentialOrigin,
    });
    if (!decision.follow) return response;
    await response.body?.cancel();
    url = decision.url.href;
    headers = decision.stripCredentials
      ? withoutCredentials(headers, plan.rt.credentialHeaders)
      : withAuth;
  }
}

function failure(plan: AttemptPlan, cause: unknown, timedOut: boolean): AttemptResult {
  if (plan.scope.stopped || (cause instanceof Stop && cause.reason !== "attempt")) {
    return { kind: "failure", error: stopError(plan), outcome: undefined };
  }
  const { at, ...options } = where(plan);
  if (timedOut || cause instanceof Stop) {
    const error = new TimeoutError(`${at} timed out after ${plan.timeoutMs} ms`, {
      ...options,
      timeoutMs: plan.timeoutMs,
      kind: "attempt",
    });
    // A credential that never arrived means nothing was sent, but waiting again would not help.
    return {
      kind: "failure",
      error,
      outcome: cause instanceof Stop ? undefined : { kind: "timeout" },
    };
  }
  if (cause instanceof CxkitError) return { kind: "failure", error: cause, outcome: undefined };
  const { secrets } = plan.rt;
  const found = classifyNetworkFailure(cause);
  const error = new NetworkError(secrets.redact(`${at} failed: ${found.detail}`), {
    ...options,
    maybeSent: found.maybeSent,
    code: found.code,
    cause: redactedCause(cause, secrets),
  });
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
  const { rt } = plan;
  const control = plan.scope.attempt();
  const sent: Sent = { url: plan.url, headers: plan.headers };
  let startedAt = 0;
  let release: (() => void) | undefined;
  let result: AttemptResult;
  try {
    if (rt.limiter) {
      release = await rt.limiter.acquire({ signal: control.signal, deadline: plan.deadlineAt });
    }
    if (rt.logger) startedAt = performance.now();
    control.startTimer(plan.timeoutMs);
    const auth =
      plan.strategies.length === 0
        ? NO_HEADERS
        : (credentialsNow(plan) ?? (await credentials(plan, control.signal)));
    const response = await send(plan, control.signal, auth, sent);
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
  if (rt.logger) {
    emitLog(
      rt.logger,
      {
        operationId: plan.operationId,
        method: plan.method,
        url: sent.url,
        attempt,
        startedAt,
        headers: sent.headers,
        status: result.kind === "response" ? result.response.status : undefined,
        error: result.kind === "failure" ? result.error : undefined,
      },
      rt.secrets,
      rt.credentialHeaders,
    );
  }
  return result;
}
