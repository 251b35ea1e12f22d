/** HTTP methods an operation can use. */
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** How a paginated operation pages (from the spec's `x-cxkit-pagination`). */
export interface PaginationInfo {
  /** `cursor-link`: the response carries a link to the next page with an opaque cursor. */
  style: "cursor-link";
  /** Query parameter carrying the cursor (Dixa `pageKey`). */
  cursorParam: string;
  /** Query parameter carrying the page size (Dixa `pageLimit`), if any. */
  limitParam?: string;
  /** Dot path of the items array in a page body. */
  items: string;
  /** Dot path of the next-page link in a page body. */
  next: string;
}

/** One row of a generated operations table. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** Path template from the spec, e.g. `/v1/conversations/{conversationId}`. */
  path: string;
  /** Whether a request that may have reached the server can be sent again without harm. */
  safeToRepeat: boolean;
  /** Set when the operation is paginated. */
  pagination?: PaginationInfo;
  /** Set when the request body is not JSON: how to encode it, and which multipart fields are files. */
  requestBody?: {
    contentType: "multipart/form-data" | "application/x-www-form-urlencoded";
    /** Multipart field name -> media type of the file sent in it. */
    files?: Readonly<Record<string, string>>;
  };
}

/** Methods that are safe to repeat by definition (RFC 9110 idempotent methods). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** Finds the operation a request belongs to, from its method and path below the base URL. */
export type OperationMatcher = (method: string, pathname: string) => OperationInfo | undefined;

/** Compile an operations table into a matcher. `basePath` is the base URL's path prefix. */
export function createOperationMatcher(
  operations: readonly OperationInfo[],
  basePath = "",
): OperationMatcher {
  const prefix = basePath.replace(/\/+$/, "");
  // Literal segments outrank parameters, so `/search/conversations` wins over `/{id}/conversations`.
  const compiled = operations
    .map((op) => {
      const pattern = op.path
        .split("/")
        .map((segment) =>
          /^\{[^{}]+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("/");
      const literals = op.path.split("/").filter((s) => s && !s.startsWith("{")).length;
      return { op, re: new RegExp(`^${pattern}$`), literals };
    })
    .sort((a, b) => b.literals - a.literals);
  return (method, pathname) => {
    if (prefix && !pathname.startsWith(prefix)) return undefined;
    const rest = pathname.slice(prefix.length) || "/";
    return compiled.find((c) => c.op.method === method.toUpperCase() && c.re.test(rest))?.op;
  };
}
