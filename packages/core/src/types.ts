// The types of a cxkit client. Path-style calls are typed exactly like openapi-fetch's (its
// ParamsOption/RequestBodyOption/FetchResponse), with cxkit's per-call options added and openapi-fetch's
// options that cxkit does not honour (per-call baseUrl, fetch, raw RequestInit fields) left out, so
// every option that compiles does something.
import type {
  FetchResponse,
  HeadersOptions,
  Middleware,
  ParamsOption,
  ParseAs,
  ParseAsResponse,
  QuerySerializer,
  QuerySerializerOptions,
  RequestBodyOption,
} from "openapi-fetch";
import type {
  ErrorResponse,
  FilterKeys,
  HttpMethod as LowerMethod,
  MediaType,
  PathsWithMethod,
  Readable,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from "openapi-typescript-helpers";
import type { RetryOptions } from "./retry.js";

export type { Middleware, ParseAs };

/** Options every call takes (path-style in `init`, named methods as their second argument). */
export interface CallOptions {
  /** Cancels this call. */
  signal?: AbortSignal;
  /** Time limit of each attempt of this call in ms, reading the body included (overrides the client's). */
  timeoutMs?: number;
  /** Time limit of this whole call in ms, retries and waits included (overrides the client's). */
  deadlineMs?: number;
  /** Retry policy of this call (overrides the client's); `false` sends it once. */
  retry?: RetryOptions | false;
  /** Extra headers for this call; `null` or `undefined` removes a client-level header. */
  headers?: HeadersOptions;
}

/** The `init` of a path-style call: openapi-fetch's params and body, plus {@link CallOptions}. */
export type CallInit<Op> = ParamsOption<Op> &
  RequestBodyOption<Op> &
  CallOptions & {
    /** How to read a 2xx body. Default `json`. */
    parseAs?: ParseAs;
    /** Throw an ApiError for an HTTP error status instead of returning `{ error, response }`. */
    throwOnError?: boolean;
    querySerializer?: QuerySerializer<Op> | QuerySerializerOptions;
    bodySerializer?: (body: never) => unknown;
  };

/** The operation at `Path` and `Method` of a paths interface. */
export type OperationAt<Paths, Path extends keyof Paths, Method extends string> =
  FilterKeys<Paths[Path], Method> extends infer Op extends Record<string | number, unknown>
    ? Op
    : never;

/** The init of a call to an operation; optional when nothing in it is required. */
export type MaybeCallInit<Op> =
  RequiredKeysOf<CallInit<Op>> extends never ? CallInit<Op> | undefined : CallInit<Op>;

/** The init argument list: optional when nothing in it is required. */
export type InitArgs<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];

/**
 * What a write that the vendor dedupes by a key resolves to when a re-sent attempt met the vendor's
 * duplicate answer: the first attempt was applied (its answer was lost on the way back).
 */
export interface AlreadyApplied {
  readonly alreadyApplied: true;
  /** The key the vendor deduped on (e.g. the `externalId` sent). */
  readonly key: string;
  /** The vendor's duplicate answer. */
  readonly response: Response;
}

/** The JSON (or parseAs) body of an operation's 2xx answer. */
export type SuccessData<Op, Init = {}> = ParseAsResponse<OperationResult<Op>, Init>;

/** A path-style result when the call throws on error statuses: the data is always there. */
export interface ThrowingResult<Data> {
  data: Data;
  error?: never;
  response: Response;
}

/** Operations of a client, by path and lower-case method, that carry a vendor idempotency key. */
export type KeyedOperations = Record<string, LowerMethod>;

type Throws<Init, ClientThrows extends boolean> = ClientThrows extends true
  ? true
  : Init extends { throwOnError: true }
    ? true
    : false;

type IsKeyed<Keyed, Path, Method> = Path extends keyof Keyed
  ? Method extends Keyed[Path]
    ? true
    : false
  : false;

/** What a path-style call resolves to. */
export type CallResult<
  Op extends Record<string | number, unknown>,
  Init,
  ClientThrows extends boolean,
  Keyed extends boolean,
> =
  | (Throws<Init, ClientThrows> extends true
      ? ThrowingResult<SuccessData<Op, Init>>
      : FetchResponse<Op, Init, MediaType>)
  | (Keyed extends true ? { data?: never; error?: never } & AlreadyApplied : never);

/** A path-style method: `client.GET("/path/{id}", { params: { path: { id } } })`. */
export type PathMethod<
  Paths extends {},
  Method extends LowerMethod,
  ClientThrows extends boolean,
  Keyed extends KeyedOperations,
> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeCallInit<OperationAt<Paths, Path, Method>>,
>(
  path: Path,
  ...init: InitArgs<Init>
) => Promise<
  CallResult<OperationAt<Paths, Path, Method>, Init, ClientThrows, IsKeyed<Keyed, Path, Method>>
>;

/** Type-level facts of a generated client: which paths page and which writes carry a dedupe key. */
export interface ClientMeta {
  /** Paginated paths and, per method that lists them, the item type: what `paginate()` accepts. */
  paginated: Record<string, { get?: unknown; post?: unknown }>;
  /** Writes the vendor dedupes by a caller-chosen key. */
  keyed: KeyedOperations;
}

/**
 * A typed cxkit client: openapi-fetch's path-style calls (`GET`…`TRACE`, `request`), its middleware
 * (`use`, `eject`), and named methods per operation (`Methods`, generated from the spec's operationIds).
 */
export type CxkitClient<
  Paths extends {},
  Methods = {},
  Meta extends ClientMeta = ClientMeta,
  ClientThrows extends boolean = false,
> = Methods & {
  GET: PathMethod<Paths, "get", ClientThrows, Meta["keyed"]>;
  PUT: PathMethod<Paths, "put", ClientThrows, Meta["keyed"]>;
  POST: PathMethod<Paths, "post", ClientThrows, Meta["keyed"]>;
  DELETE: PathMethod<Paths, "delete", ClientThrows, Meta["keyed"]>;
  OPTIONS: PathMethod<Paths, "options", ClientThrows, Meta["keyed"]>;
  HEAD: PathMethod<Paths, "head", ClientThrows, Meta["keyed"]>;
  PATCH: PathMethod<Paths, "patch", ClientThrows, Meta["keyed"]>;
  TRACE: PathMethod<Paths, "trace", ClientThrows, Meta["keyed"]>;
  /** Any method by name: `client.request("get", "/path", init)`. */
  request<
    Method extends LowerMethod,
    Path extends PathsWithMethod<Paths, Method>,
    Init extends MaybeCallInit<OperationAt<Paths, Path, Method>>,
  >(
    method: Method | Uppercase<Method>,
    path: Path,
    ...init: InitArgs<Init>
  ): Promise<
    CallResult<
      OperationAt<Paths, Path, Method>,
      Init,
      ClientThrows,
      IsKeyed<Meta["keyed"], Path, Method>
    >
  >;
  /** Register openapi-fetch middleware (onRequest/onResponse/onError), run once per call around all attempts. */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
  /** Type-level facts for helpers such as `paginate()`; absent at run time. */
  readonly "~meta"?: Meta;
  /** The paths interface, for helpers' types; absent at run time. */
  readonly "~paths"?: Paths;
};

/** The params of a named method: `{ path, query, header, body }` as the operation takes them. */
export type OperationParams<Op> = (Op extends { parameters: infer P }
  ? { [K in keyof P as P[K] extends undefined | never ? never : K]: P[K] }
  : {}) &
  (RequestBodyOption<Op> extends { body?: never } ? {} : RequestBodyOption<Op>);

// openapi-typescript-helpers' Readable maps every object type, which would turn a Blob answer into a
// bag of its methods: binary answers stay as they are.
type ReadableBody<T> = T extends Blob | ArrayBuffer | ReadableStream ? T : Readable<T>;

/** The 2xx body a named method resolves to (`undefined` for an answer with no body, e.g. 204). */
export type OperationResult<Op> =
  ResponseObjectMap<Op> extends infer Responses extends Record<string | number, any>
    ? ReadableBody<SuccessResponse<Responses, MediaType>>
    : never;

type Field<T, K extends string> = T extends object
  ? K extends keyof T
    ? T[K]
    : undefined
  : undefined;

/** The type at a dot path of a type (`.` or empty is the type itself), as a paginator reads a page. */
export type ValueAt<T, P extends string> = P extends "." | ""
  ? T
  : P extends `${infer Head}.${infer Rest}`
    ? ValueAt<NonNullable<Field<NonNullable<T>, Head>>, Rest>
    : Field<NonNullable<T>, P>;

/** The element type of the array at a dot path of a page body. */
export type ItemAt<T, P extends string> =
  NonNullable<ValueAt<T, P>> extends readonly (infer Item)[] ? Item : unknown;

declare const unknownEventName: unique symbol;

/**
 * The event type of a webhook event this version of the package does not know yet (vendors add
 * events). A string at run time (`String(event.event_fqn)`); typed opaque so that comparing an event's
 * type with a known name narrows the event union to that event.
 */
export interface UnknownEventName {
  readonly [unknownEventName]: "an event type this version does not know";
}

/** The error body an operation declares (its 4xx/5xx/default JSON), for `ApiError<ErrorBodyOf<Op>>`. */
export type ErrorBodyOf<Op> =
  ResponseObjectMap<Op> extends infer Responses extends Record<string | number, any>
    ? Readable<ErrorResponse<Responses, MediaType>>
    : unknown;
