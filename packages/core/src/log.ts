import type { CxkitError } from "./errors.js";
import { redactHeaders, type SecretSet } from "./redact.js";

/** One structured event per attempt, given to a client's `logger`. Credentials are redacted. */
export interface RequestLogEvent {
  /** The operation, when the call matched one of the spec. */
  operationId?: string;
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

/** Receives one event per attempt. An exception it throws is ignored: logging never changes an outcome. */
export type Logger = (event: RequestLogEvent) => void;

/** What an attempt reports to the logger. */
export interface AttemptLog {
  operationId: string | undefined;
  method: string;
  url: string;
  attempt: number;
  startedAt: number;
  headers: Readonly<Record<string, string>>;
  status?: number | undefined;
  error?: CxkitError | undefined;
}

/** Build the redacted event and hand it to the logger; a throwing logger is ignored. */
export function emitLog(
  logger: Logger,
  entry: AttemptLog,
  secrets: SecretSet,
  credentialHeaders: ReadonlySet<string>,
): void {
  const event: RequestLogEvent = {
    method: entry.method,
    url: secrets.redact(entry.url),
    attempt: entry.attempt,
    durationMs: Math.round(performance.now() - entry.startedAt),
    headers: redactHeaders(entry.headers, credentialHeaders, secrets),
  };
  if (entry.operationId !== undefined) event.operationId = entry.operationId;
  if (entry.status !== undefined) event.status = entry.status;
  if (entry.error) event.error = secrets.redact(`${entry.error.name}: ${entry.error.message}`);
  try {
    logger(event);
  } catch {
    // A logger's failure is the logger's: the call's outcome stays what the server said.
  }
}

/** Call a user hook; an exception it throws is ignored (a hook never changes the outcome). */
export function callHook<T>(hook: ((value: T) => void) | undefined, value: T): void {
  if (!hook) return;
  try {
    hook(value);
  } catch {
    // Ignored on purpose, see above.
  }
}
