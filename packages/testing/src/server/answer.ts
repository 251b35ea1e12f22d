import type { AuthProblem, VendorDialect } from "../dialects/index.js";
import {
  type OpenApiDocument,
  type OperationSpec,
  responseFor,
  successStatus,
} from "../operations.js";
import type { Problem } from "../problem.js";
import type { MockReply, ReplyFunction } from "../reply.js";
import { preferredMedia, sampleFromSchema } from "../sample.js";
import type { Answer } from "./http.js";
import type { RecordedRequest } from "./record.js";

/** What `respond()` stores for an operation. */
export type StoredReply = MockReply | ReplyFunction<MockReply, RecordedRequest>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function deletePath(value: unknown, dotPath: string): unknown {
  if (!isObject(value)) return value;
  const copy = structuredClone(value);
  const parts = dotPath.split(".");
  let current: unknown = copy;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(current)) return copy;
    current = current[part];
  }
  if (isObject(current)) delete current[parts[parts.length - 1]!];
  return copy;
}

/** Throws a `[@cxkit/testing]` TypeError naming what is wrong with a `respond()` reply. */
export function checkReply(op: OperationSpec, reply: MockReply): void {
  const where = `[@cxkit/testing] respond("${op.operationId}")`;
  if (typeof reply !== "object" || reply === null) {
    throw new TypeError(`${where}: a reply must be an object`);
  }
  const status = reply.status ?? successStatus(op);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new TypeError(`${where}: status must be an HTTP status, got ${String(reply.status)}`);
  }
  if (reply.example !== undefined) {
    const names = (responseFor(op, status)?.content ?? []).flatMap((m) => [...m.examples.keys()]);
    if (!names.includes(reply.example)) {
      throw new TypeError(
        `${where}: the ${status} response has no example "${reply.example}"; it has: ${names.join(", ") || "none"}`,
      );
    }
  }
}

/**
 * Chooses what the mock answers: the reply `respond()` set, else what the spec documents for the
 * status (a named or the dialect's chosen example, else the vendor's error shape for an error, else
 * a body generated from the schema); a later page of a paginated operation is the last one.
 */
export class Answers {
  readonly #spec: OpenApiDocument;
  readonly #dialect: VendorDialect;
  readonly #replies = new Map<string, StoredReply>();

  constructor(spec: OpenApiDocument, dialect: VendorDialect) {
    this.#spec = spec;
    this.#dialect = dialect;
  }

  /** Answer valid requests of `op` with `reply` from now on (checked first, unless a function). */
  respond(op: OperationSpec, reply: StoredReply): void {
    if (typeof reply !== "function") checkReply(op, reply);
    this.#replies.set(op.operationId, reply);
  }

  /** Forget every reply. */
  clear(): void {
    this.#replies.clear();
  }

  /** The reply for this request: the stored one (a function is called), else `{}`. */
  async replyFor(op: OperationSpec, record: RecordedRequest): Promise<MockReply> {
    const stored = this.#replies.get(op.operationId);
    return typeof stored === "function" ? await stored(record) : (stored ?? {});
  }

  /** The answer a reply makes for a valid request (its delay is the caller's). */
  forReply(op: OperationSpec, reply: MockReply, record: RecordedRequest): Answer {
    const status = reply.status ?? successStatus(op);
    if ("body" in reply) {
      const documented = responseFor(op, status)?.content.map((m) => m.type) ?? [];
      // A string body of an operation that answers text is that text, not a JSON string.
      const type =
        reply.contentType ??
        (typeof reply.body === "string" ? documented.find((t) => !t.includes("json")) : undefined);
      return { status, body: reply.body, type, headers: reply.headers };
    }
    const { body, type } = this.documented(op, status, record, reply.example);
    // A request for a later page gets the last page: the same items without a next link, so that
    // a client walking pages through the mock stops.
    const later = op.pagination && record.query[op.pagination.cursorParam] !== undefined;
    return {
      status,
      body: later ? deletePath(body, op.pagination!.next) : body,
      type,
      headers: reply.headers,
    };
  }

  /** The answer for a status a fault step names: documented, else the vendor's error shape. */
  forStatus(op: OperationSpec | undefined, status: number, record: RecordedRequest): Answer {
    const documented = op ? this.documented(op, status, record) : undefined;
    const fallback = this.#dialect.statusError(status);
    return {
      status,
      body: documented?.body ?? fallback.body,
      type: documented?.body === undefined ? fallback.type : documented.type,
    };
  }

  /** The vendor's answer to a refused request (a 405 names the methods the path takes). */
  forProblem(problem: Problem, op: OperationSpec | undefined, auth: AuthProblem[]): Answer {
    const error = this.#dialect.error(problem, op, auth);
    const headers =
      problem.kind === "method-not-allowed" ? { allow: problem.allowed.join(", ") } : undefined;
    return { status: error.status, body: error.body, type: error.type, headers };
  }

  /** The documented answer for `status`: a named or the first example, else a vendor error or a sample. */
  documented(
    op: OperationSpec,
    status: number,
    record: RecordedRequest,
    exampleName?: string,
  ): { body: unknown; type: string | undefined } {
    const content = responseFor(op, status)?.content ?? [];
    if (exampleName !== undefined) {
      const media = content.find((m) => m.examples.has(exampleName));
      if (media) return { body: media.examples.get(exampleName), type: media.type };
    }
    const media = preferredMedia(content);
    if (media && media.examples.size > 0) {
      const names = [...media.examples.keys()];
      const input = {
        query: new URLSearchParams(record.url.split("?")[1] ?? ""),
        body: record.body,
      };
      const name = this.#dialect.example?.(op, input, names) ?? names[0]!;
      return { body: media.examples.get(name), type: media.type };
    }
    if (status >= 400) {
      const error = this.#dialect.statusError(status);
      return { body: error.body, type: error.type };
    }
    if (media?.schemaPointer) {
      return { body: sampleFromSchema(this.#spec, media.schemaPointer), type: media.type };
    }
    return { body: undefined, type: undefined };
  }
}
