import type { IncomingMessage } from "node:http";
import type { RecordedFile } from "../body.js";
import type { FaultStep } from "../faults.js";
import type { RouteMatch } from "../router.js";

/** A request as the mock received it, with the verdict of its validation. */
export interface RecordedRequest<OperationId extends string = string> {
  /** The operation it matched; undefined when no operation has its method and path. */
  operationId: OperationId | undefined;
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  /** Path parameters, decoded (still text). */
  pathParams: Record<string, string>;
  /** Query parameters; a repeated one as an array. */
  query: Record<string, string | string[]>;
  /** Request headers, lower-case names, credentials included. */
  headers: Record<string, string>;
  /** The parsed body: JSON, form fields (file parts as their text), or text; undefined when none. */
  body: unknown;
  /** The body as text. */
  text: string;
  /** Multipart file parts by field name. */
  files: Record<string, RecordedFile>;
  /** Whether it passed validation; undefined when it was not read (`reset: "before-body"`). */
  valid: boolean | undefined;
  /** Why it is invalid, in one line. */
  problem: string | undefined;
  /** The status answered; undefined when the mock did not answer (hang, reset). */
  status: number | undefined;
  /** The fault step applied to it, if any. */
  fault: FaultStep | undefined;
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    out[name] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** The record of a request whose head has arrived: body and verdict are filled in once read. */
export function newRecord(
  req: IncomingMessage,
  url: URL,
  match: RouteMatch,
  fault: FaultStep | undefined,
): RecordedRequest {
  return {
    operationId: match.kind === "operation" ? match.operation.operationId : undefined,
    method: (req.method ?? "GET").toUpperCase(),
    url: req.url ?? "/",
    path: url.pathname,
    pathParams: match.kind === "operation" ? match.pathParams : {},
    query: queryRecord(url.searchParams),
    headers: flattenHeaders(req),
    body: undefined,
    text: "",
    files: {},
    valid: undefined,
    problem: undefined,
    status: undefined,
    fault,
  };
}
