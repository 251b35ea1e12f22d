import type { Client } from "openapi-fetch";
import { apiErrorFromResponse } from "./api-error.js";
import { CxkitError } from "./errors.js";
import type { HttpMethod, OperationInfo, PaginationInfo } from "./operations.js";

/** What `createCxkitClient` records about each client, for helpers such as {@link paginate}. */
export interface ClientInfo {
  packageName: string;
  baseUrl: string;
  operations: readonly OperationInfo[];
}

const infos = new WeakMap<object, ClientInfo>();

/** Record what a client was created with. */
export function registerClient(client: object, info: ClientInfo): void {
  infos.set(client, info);
}

/** What a cxkit client was created with; throws for any other object. */
export function clientInfo(client: object): ClientInfo {
  const info = infos.get(client);
  if (!info)
    throw new CxkitError("[@cxkit/core] not a cxkit client: create it with createXClient()");
  return info;
}

/** One page of a listing. */
export interface Page<Item> {
  items: Item[];
  /**
   * The cursor of the page after this one, or undefined on the last page. Save it to resume an
   * interrupted walk: `paginate(client, path, init, { cursor })`.
   */
  nextCursor: string | undefined;
  /** The cursor this page was fetched with (undefined for the first page). */
  cursor: string | undefined;
  /** The whole parsed body. */
  body: unknown;
  response: Response;
}

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Start from this cursor (a `nextCursor` saved earlier) instead of the first page. */
  cursor?: string;
  /** Stop after this many pages. */
  maxPages?: number;
}

/** Items and pages of a paginated operation. */
export interface Paginator<Item> extends AsyncIterable<Item> {
  /** Walk page by page instead of item by item. */
  pages(): AsyncIterable<Page<Item>>;
}

/** The JSON body of an operation's 200 answer. */
export type Json200<Op> = Op extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : unknown;
/** The item type of a listing body: `{ data: Item[] }` or a bare `Item[]`. */
export type ItemOf<Body> = Body extends { data?: (infer Item)[] }
  ? Item
  : Body extends (infer Item)[]
    ? Item
    : unknown;
/** The path item at `P` of a generated `paths` interface. */
export type PathItem<Paths, P> = P extends keyof Paths ? Paths[P] : never;
/** The item type of the listing at path `P` (GET, else POST). */
export type PaginatedItem<Paths, P> =
  PathItem<Paths, P> extends { get: infer Op }
    ? ItemOf<Json200<Op>>
    : PathItem<Paths, P> extends { post: infer Op }
      ? ItemOf<Json200<Op>>
      : unknown;

type ClientLike = Record<
  HttpMethod,
  (
    path: string,
    init?: Record<string, unknown>,
  ) => Promise<{
    data?: unknown;
    error?: unknown;
    response: Response;
  }>
>;

function at(body: unknown, dotPath: string): unknown {
  if (dotPath === "" || dotPath === ".") return body;
  return dotPath.split(".").reduce<unknown>((value, key) => {
    return value !== null && typeof value === "object"
      ? (value as Record<string, unknown>)[key]
      : undefined;
  }, body);
}

/**
 * Walk every item of a paginated operation (`x-cxkit-pagination` in the spec), fetching pages as needed.
 * The next-page link may be relative (resolved against the client's base URL) or absolute; a link to
 * another origin is refused, an empty page ends the walk, and a repeated cursor ends it too.
 * HTTP errors throw an ApiError. For a path with both a GET and a POST listing (Dixa search), a `body` in
 * `init` picks the POST.
 *
 * @example
 * for await (const conversation of paginate(dixa, "/v1/search/conversations", { params: { query: { query: "refund" } } })) { ... }
 */
export function paginate<Paths extends {}, P extends keyof Paths & string>(
  client: Client<Paths>,
  path: P,
  init: Record<string, unknown> = {},
  options: PaginateOptions = {},
): Paginator<PaginatedItem<Paths, P>> {
  type Item = PaginatedItem<Paths, P>;
  const info = clientInfo(client);
  const candidates = info.operations.filter((op) => op.path === path && op.pagination);
  const wanted: HttpMethod = init.body === undefined ? "GET" : "POST";
  const operation = candidates.find((op) => op.method === wanted) ?? candidates[0];
  if (!operation?.pagination) {
    throw new CxkitError(`[${info.packageName}] ${path} is not a paginated operation`);
  }
  const pagination: PaginationInfo = operation.pagination;
  const base = new URL(info.baseUrl);
  const params = (init.params ?? {}) as Record<string, unknown>;
  const firstQuery = (params.query ?? {}) as Record<string, unknown>;

  async function* pages(): AsyncGenerator<Page<Item>> {
    let cursor = options.cursor;
    let query: Record<string, unknown> =
      cursor === undefined ? firstQuery : { ...firstQuery, [pagination.cursorParam]: cursor };
    const seen = new Set<string>();
    for (let count = 0; options.maxPages === undefined || count < options.maxPages; count++) {
      const result = await (client as unknown as ClientLike)[operation!.method](path, {
        ...init,
        params: { ...params, query },
      });
      if (!result.response.ok || result.error !== undefined) {
        throw await apiErrorFromResponse(result.response, result.error);
      }
      const body = result.data;
      const rawItems = Array.isArray(body) ? body : at(body, pagination.items);
      const items = (Array.isArray(rawItems) ? rawItems : []) as Item[];
      const next = Array.isArray(body) ? undefined : at(body, pagination.next);
      let nextCursor: string | undefined;
      let nextQuery: Record<string, string> | undefined;
      if (typeof next === "string" && next !== "" && items.length > 0) {
        const url = new URL(next, `${info.baseUrl}/`);
        if (url.origin !== base.origin) {
          throw new CxkitError(
            `[${info.packageName}] refusing to follow a next-page link to another origin: ${url.origin}`,
          );
        }
        const value = url.searchParams.get(pagination.cursorParam);
        if (value !== null && value !== "" && !seen.has(value)) {
          nextCursor = value;
          nextQuery = Object.fromEntries(url.searchParams);
        }
      }
      yield { items, cursor, nextCursor, body, response: result.response };
      // An empty page ends the walk even when the server still sends a link.
      if (nextCursor === undefined || nextQuery === undefined) return;
      seen.add(nextCursor);
      cursor = nextCursor;
      // The link carries every query parameter the next page needs (Dixa's pageKey encodes them).
      query = nextQuery;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}
