// Types of what `respond()` takes. For a typed mock (`mockDixa()`, ...) the reply's `body` is checked
// against the response schema of the status it is sent with; for `startMockServer()` it is `unknown`.

/**
 * Bytes a body typed as text or a `Blob` may also be given as (a binary answer such as `audio/mpeg`
 * is typed as a `Blob`).
 */
export type BytesOf<Body> = [Body] extends [string | Blob] ? Uint8Array | ArrayBuffer : never;

/** How the mock answers a valid request of one operation. */
export interface MockReply<Body = unknown, Status extends number = number> {
  /** Status to answer with. Default: the operation's lowest documented 2xx (`2XX`: 200). */
  status?: Status;
  /**
   * The body to send. Without it the mock sends the named `example`, else the spec's first example of
   * that response, else the vendor's error shape (for an error status) or a generated schema-valid body.
   * A body typed as text or a `Blob` (a binary type such as `audio/mpeg`) may also be bytes.
   */
  body?: Body | BytesOf<Body>;
  /** Name of an example of that response in the spec (`examples: { <name>: ... }`). */
  example?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /** Media type of `body`; default: JSON, or the documented non-JSON type when `body` is a string. */
  contentType?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** A 2xx status key of a `responses` map (`200`, `201`, ..., `"2XX"`). */
export type SuccessKey = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | "2XX" | "2xx";

/** The response status a response key stands for: `200` -> 200, `4XX` / `default` -> any number. */
export type StatusOfKey<K> = K extends number
  ? K
  : K extends `${infer N extends number}`
    ? N
    : number;

/** The body type of one response (any of its media types), `never` when it has no content. */
export type BodyOfResponse<R> = R extends { content: infer C }
  ? C extends Record<string, unknown>
    ? C[keyof C]
    : never
  : never;

/** The `responses` map of a generated operation type. */
export type Responses<Op> = Op extends { responses: infer R } ? R : never;
/** The 2xx keys of a `responses` map. */
export type SuccessKeys<R> = { [K in keyof R]: K extends SuccessKey ? K : never }[keyof R];

/**
 * The replies an operation type (`Operations["getConversation"]` of a vendor package) allows: for each
 * documented response, its status with a body of that response's schema; without `status`, a body of
 * the success response.
 */
export type ReplyFor<Op> = [Responses<Op>] extends [never]
  ? MockReply
  : | {
        [K in keyof Responses<Op>]: MockReply<BodyOfResponse<Responses<Op>[K]>, StatusOfKey<K>> & {
          status: StatusOfKey<K>;
        };
      }[keyof Responses<Op>]
    | (MockReply<BodyOfResponse<Responses<Op>[SuccessKeys<Responses<Op>>]>> & {
        status?: undefined;
      });

/** A reply computed per request (may be async). */
export type ReplyFunction<Reply, Request> = (request: Request) => Reply | Promise<Reply>;
