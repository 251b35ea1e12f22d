import { sampleBytes } from "../binary-sample.js";
import type { AuthProblem, DialectOf } from "../dialects/index.js";
import { isBinaryType, isJsonType } from "../media-type.js";
import {
  type MediaInfo,
  type OpenApiDocument,
  type OperationSpec,
  responseFor,
  successStatus,
} from "../operations.js";
import { laterPage } from "../pagination.js";
import type { Problem } from "../problem.js";
import type { MockReply, ReplyFunction } from "../reply.js";
import { preferredMedia, sampleFromSchema } from "../sample.js";
import type { Answer } from "./http.js";
import type { RecordedRequest } from "./record.js";

/** What `respond()` stores for an operation. */
export type StoredReply = MockReply | ReplyFunction<MockReply, RecordedRequest>;

// A reply body that is not JSON: text, or bytes.
const isPlainPayload = (body: unknown) =>
  typeof body === "string" ||
  body instanceof Uint8Array ||
  body instanceof ArrayBuffer ||
  body instanceof Blob;

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
 * status (a named or the dialect's chosen example, else the operation's error shape for an error,
 * else a body generated from the schema, bytes for a binary type); a later page of a paginated
 * operation is the last one. Errors are in the dialect of the operation they answer for.
 */
export class Answers {
  readonly #spec: OpenApiDocument;
  readonly #dialects: DialectOf;
  readonly #replies = new Map<string, StoredReply>();

  constructor(spec: OpenApiDocument, dialects: DialectOf) {
    this.#spec = spec;
    this.#dialects = dialects;
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
      // A string (or bytes) body of an operation that answers text (or bytes) is sent as it is,
      // not as a JSON string.
      const type =
        reply.contentType ??
        (isPlainPayload(reply.body) ? documented.find((t) => !isJsonType(t)) : undefined);
      return { status, body: reply.body, type, headers: reply.headers };
    }
    const { body, type } = this.documented(op, status, record, reply.example);
    // A request for a later page gets the last page, so that a client walking pages stops.
    const page =
      op.pagination && status < 300 ? laterPage(op.pagination, body, record.query) : body;
    return { status, body: page, type, headers: reply.headers };
  }

  /** The answer for a status a fault step names: documented, else the vendor's error shape. */
  forStatus(op: OperationSpec | undefined, status: number, record: RecordedRequest): Answer {
    const documented = op ? this.documented(op, status, record) : undefined;
    const fallback = this.#dialects(op).statusError(status);
    return {
      status,
      body: documented?.body ?? fallback.body,
      type: documented?.body === undefined ? fallback.type : documented.type,
    };
  }

  /**
   * The answer to a refused request, in the dialect of `op` (for a request no operation matched, the
   * operation nearest to its path); a 405 names the methods the path takes.
   */
  forProblem(problem: Problem, op: OperationSpec | undefined, auth: AuthProblem[]): Answer {
    const error = this.#dialects(op).error(problem, op, auth);
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
    const dialect = this.#dialects(op);
    const media = preferredMedia(content);
    const name = media && this.#exampleName(op, status, media, record);
    if (media && name !== undefined) return { body: media.examples.get(name), type: media.type };
    if (status >= 400) {
      const error = dialect.statusError(status);
      return { body: error.body, type: error.type };
    }
    if (media && isBinaryType(media.type))
      return { body: sampleBytes(media.type), type: media.type };
    if (media?.schemaPointer) {
      return { body: sampleFromSchema(this.#spec, media.schemaPointer), type: media.type };
    }
    return { body: undefined, type: undefined };
  }

  /**
   * The example of `media` that answers this request: the dialect's choice for a success, else the
   * first; for an error, the first that fits the status (a gRPC example carries its own code).
   */
  #exampleName(
    op: OperationSpec,
    status: number,
    media: MediaInfo,
    record: RecordedRequest,
  ): string | undefined {
    const dialect = this.#dialects(op);
    const names = [...media.examples.keys()];
    if (status >= 400) {
      const fits = dialect.exampleFits;
      return fits ? names.find((n) => fits(status, media.examples.get(n))) : names[0];
    }
    if (names.length === 0) return undefined;
    const input = { query: new URLSearchParams(record.url.split("?")[1] ?? ""), body: record.body };
    return dialect.example?.(op, input, names) ?? names[0];
  }
}
