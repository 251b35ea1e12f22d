// The data a generated `createXClient` hands to the runtime: everything the spec says about hosts,
// credentials and operations, as plain values. Logic lives in the runtime; the generator emits data.

/** HTTP methods an operation can use. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** A next-page link carrying an opaque cursor (Dixa `meta.next` with `pageKey`). */
export interface CursorLinkPagination {
  style: "cursor-link";
  /** Query parameter carrying the cursor (Dixa `pageKey`). */
  cursorParam: string;
  /** Query parameter carrying the page size (Dixa `pageLimit`), if any. */
  limitParam?: string;
  /** Dot path of the items array in a page body; `.` for a bare array. */
  items: string;
  /** Dot path of the next-page link (relative or absolute URL). */
  next: string;
}

/** Numbered pages with a total (Zendesk QA `page`, `pageSize`, `pagination.total`). */
export interface PageNumberPagination {
  style: "page-number";
  pageParam: string;
  sizeParam?: string;
  items: string;
  /** Dot path of the answered page number. */
  page: string;
  /** Dot path of the total number of items. */
  total: string;
}

/** A bare next-page cursor in the body (Zendesk QA AutoQA `nextCursor`). */
export interface CursorTokenPagination {
  style: "cursor-token";
  cursorParam: string;
  items: string;
  /** Dot path of the next cursor; empty or absent on the last page. */
  next: string;
}

/** How a paginated operation pages (the spec's `x-cxkit-pagination`). */
export type PaginationInfo = CursorLinkPagination | PageNumberPagination | CursorTokenPagination;

/** A write the vendor dedupes by a key the caller chooses (`x-cxkit-idempotent-when`). */
export interface IdempotencyKeyInfo {
  /** Dot path of the key in the request body, e.g. `externalId`. */
  field: string;
  /** How the vendor answers a repeat of a write it already applied. */
  duplicate: { status: number; message: string };
}

/** One row of a generated operations table. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** Path template from the spec, e.g. `/v1/conversations/{conversationId}`. */
  path: string;
  /** Whether a request that may have reached the server can be sent again without harm. */
  safeToRepeat: boolean;
  /** Index into the descriptor's `servers`; absent for the default server (0). */
  server?: number;
  /** Security schemes this operation sends (all of them); absent for the descriptor's `security`. */
  security?: readonly string[];
  /** Set when the operation is paginated. */
  pagination?: PaginationInfo;
  /** Set when the request body is not JSON: how to encode it, and which multipart fields are files. */
  requestBody?: {
    contentType: "multipart/form-data" | "application/x-www-form-urlencoded";
    /** Multipart field name -> media type of the file sent in it. */
    files?: Readonly<Record<string, string>>;
  };
  /** Set when the vendor dedupes this write by a caller-chosen key. */
  idempotentWhen?: IdempotencyKeyInfo;
  /** How the 2xx answer is read by default when it is not JSON (audio: `blob`; text media: `text`). */
  parseAs?: "blob" | "text";
}

/**
 * Encodes the body of an operation that declares another encoding than JSON (its `requestBody`:
 * multipart, form) from the plain object a caller passed; the content type is left to fetch for a
 * multipart body (it carries the boundary).
 */
export type BodyEncoder = (
  operation: OperationInfo,
  body: object,
) => { body: BodyInit; contentType: string | undefined };

/** What an operation declares beyond its id, method and path (a compact row's extras). */
export type OperationExtras = Partial<Omit<OperationInfo, "operationId" | "method" | "path">>;

// Methods that are safe to repeat by definition (RFC 9110 idempotent methods).
const IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"];

/**
 * An operations table row from its compact form, `operationId METHOD path[ extra]`: `extra` indexes
 * `extras` for what differs from the defaults (safe to repeat by its method, the first server, the
 * API's security, a JSON body). A row that is already an {@link OperationInfo} is returned as is.
 */
export function decodeOperation(
  row: OperationInfo | string,
  extras: readonly OperationExtras[] = [],
): OperationInfo {
  if (typeof row !== "string") return row;
  const [operationId = "", method = "GET", path = "", extra] = row.split(" ");
  return {
    operationId,
    method: method as HttpMethod,
    path,
    safeToRepeat: IDEMPOTENT.includes(method),
    ...(extra === undefined ? undefined : extras[Number(extra)]),
  };
}

const decoded = new WeakMap<readonly (OperationInfo | string)[], readonly OperationInfo[]>();

/**
 * A generated operations table from its compact rows (see {@link decodeOperation}), decoded once per
 * rows array: the table a package exports and the one its clients route by are the same objects.
 */
export function decodeOperations<Table extends readonly OperationInfo[]>(
  rows: readonly (OperationInfo | string)[],
  extras: readonly OperationExtras[],
): Table {
  let table = decoded.get(rows);
  if (!table) {
    table = Object.freeze(rows.map((row) => decodeOperation(row, extras)));
    decoded.set(rows, table);
  }
  return table as Table;
}

/** A host of the API. */
export interface ServerInfo {
  /** URL template from the spec: `https://dev.dixa.io`, `https://{instance}.audio.creovai.com`. */
  url: string;
  /** Variables of the template; each is a client option of the same name (a host label). */
  variables?: readonly string[];
  /** A client option that gives this server's whole base URL (Haptik `messengerBaseUrl`). */
  option?: string;
  /** The option must be given when the client is created (not only when an operation uses it). */
  required?: boolean;
  /** What the host is, for error messages. */
  description?: string;
}

/** How one security scheme gets its credential, from `cxkit.json`. */
export type SchemeConfig =
  | {
      /** A credential sent in a named header as is (with an optional prefix): Dixa `Authorization`. */
      type: "apiKey";
      header: string;
      option: string;
      prefix?: string;
    }
  | {
      /** `Authorization: Bearer <token>`; the token may come from a client-credentials exchange. */
      type: "bearer";
      option: string;
      clientCredentials?: {
        /** Operation of this API that exchanges the client id and secret for a token. */
        operationId: string;
        clientIdOption: string;
        clientSecretOption: string;
        /** Refresh this long before the token expires. */
        refreshSkewMs?: number;
      };
    };

/** Everything a generated client passes to the runtime. */
export interface ClientDescriptor {
  /** npm name of the vendor package; error messages start with it. */
  packageName: string;
  /** Version of the vendor package, sent in `User-Agent`. */
  version: string;
  /** Hosts; `servers[0]` is the default. */
  servers: readonly ServerInfo[];
  /** Security schemes by name, and the schemes every operation sends unless it says otherwise. */
  auth: { schemes: Readonly<Record<string, SchemeConfig>>; security: readonly string[] };
  /** The operations table: rows as objects, or compact (`operationId METHOD path[ extra]`). */
  operations: readonly (OperationInfo | string)[];
  /** What compact rows of `operations` declare beyond their method and path. */
  extras?: readonly OperationExtras[];
  /**
   * Encodes bodies of the operations with a `requestBody` (multipart, form): set by a generated client
   * only when some operation needs it, so that a bundle without one carries no encoder.
   */
  encode?: BodyEncoder;
  /** The vendor's documented rate limit, used unless `rateLimit` says otherwise. */
  rateLimit?: { requests: number; perMs: number; burst?: number; perDay?: number };
}
