import { callOperation, type ClientRuntime } from "./call.js";
import { runtimeOf } from "./client.js";
import type { OperationInfo, PaginationInfo } from "./descriptor.js";
import { ConfigError, CxkitError } from "./errors.js";
import { cursorLink } from "./pagination/cursor-link.js";
import { cursorToken } from "./pagination/cursor-token.js";
import { pageNumber } from "./pagination/page-number.js";
import type { PaginationStrategy } from "./pagination/walk.js";
import type { CallInit, CallOptions, ClientMeta } from "./types.js";
import type { HttpMethod as LowerMethod } from "openapi-typescript-helpers";

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
  /** Collect the items, at most `limit` of them (only the pages needed are fetched). */
  toArray(options?: { limit?: number }): Promise<Item[]>;
}

type MetaOf<C> = C extends { readonly "~meta"?: infer M } ? NonNullable<M> : never;
type PathsOf<C> = C extends { readonly "~paths"?: infer P } ? NonNullable<P> : never;
type Paginated<C> = MetaOf<C> extends ClientMeta ? MetaOf<C>["paginated"] : never;

/** The paths of a client that `paginate()` accepts. */
export type PaginatedPath<C> = Extract<keyof Paginated<C>, string>;

/** What the client's meta says of a paginated path: the item type per method that lists it. */
type ListingsAt<C, P> = P extends keyof Paginated<C> ? Paginated<C>[P] : never;

type InitOf<C, P, M extends string> = P extends keyof PathsOf<C>
  ? M extends keyof PathsOf<C>[P]
    ? CallInit<PathsOf<C>[P][M]>
    : never
  : never;

/** The init of the GET listing of a paginated path (never when it has none). */
export type PaginateGetInit<C, P> = "get" extends keyof ListingsAt<C, P>
  ? InitOf<C, P, "get">
  : never;
/** The init of the POST listing of a paginated path (its body picks it); never when it has none. */
export type PaginatePostInit<C, P> = "post" extends keyof ListingsAt<C, P>
  ? InitOf<C, P, "post">
  : never;
/** The init of a paginated path (for a path with a GET and a POST listing, either's). */
export type PaginateInit<C, P> = PaginateGetInit<C, P> | PaginatePostInit<C, P>;

/** The item type of a paginated path's listing by `Method` (its GET one by default). */
export type PaginatedItem<C, P, Method extends "get" | "post" = "get"> =
  ListingsAt<C, P> extends infer L
    ? Method extends keyof L
      ? L[Method]
      : L extends { post: infer Item }
        ? Item
        : unknown
    : unknown;

/** The paths whose only listing is a POST. */
type PostOnly<C> = {
  [P in PaginatedPath<C>]: "get" extends keyof ListingsAt<C, P> ? never : P;
}[PaginatedPath<C>];

type OptionalIfEmpty<Init, Rest extends unknown[]> = {} extends Init
  ? [init?: Init, ...rest: Rest]
  : [init: Init, ...rest: Rest];

function strategyFor(
  info: PaginationInfo,
  rt: ClientRuntime,
  op: OperationInfo,
): PaginationStrategy {
  if (info.style === "cursor-link") {
    const server = rt.servers[op.server ?? 0];
    if (!server?.ok) throw server?.error(op.operationId) ?? new CxkitError("no server");
    return cursorLink(info, rt.packageName, server.baseUrl);
  }
  if (info.style === "page-number") return pageNumber(info);
  return cursorToken(info);
}

/**
 * Walk every item of a paginated operation (the spec's `x-cxkit-pagination`: cursor links, page
 * numbers or cursor tokens), fetching pages as needed. For a path with both a GET and a POST listing
 * (Dixa search), a `body` in `init` picks the POST. HTTP errors throw their ApiError. Only paginated
 * paths compile, with that operation's init.
 *
 * @example
 * for await (const c of paginate(dixa, "/v1/search/conversations", { params: { query: { query: "refund" } } })) { ... }
 */
export function paginate<C extends object, P extends Exclude<PaginatedPath<C>, PostOnly<C>>>(
  client: C,
  path: P,
  ...args: OptionalIfEmpty<PaginateGetInit<C, P>, [options?: PaginateOptions]>
): Paginator<PaginatedItem<C, P, "get">>;
export function paginate<C extends object, P extends PaginatedPath<C>>(
  client: C,
  path: P,
  init: PaginatePostInit<C, P> & { body: unknown },
  options?: PaginateOptions,
): Paginator<PaginatedItem<C, P, "post">>;
export function paginate<C extends object, P extends PaginatedPath<C>>(
  client: C,
  path: P,
  ...args: [init?: unknown, options?: PaginateOptions]
): Paginator<unknown> {
  type Item = unknown;
  const [init, options = {}] = args;
  const rt = runtimeOf(client);
  const given = (init ?? {}) as Record<string, unknown> & CallOptions;
  const candidates = rt.operations.filter((op) => op.path === path && op.pagination);
  const wanted = given.body === undefined ? "GET" : "POST";
  const op = candidates.find((o) => o.method === wanted) ?? candidates[0];
  if (!op?.pagination) {
    throw new ConfigError(`[${rt.packageName}] ${path} is not a paginated operation`, "path");
  }
  const info = op.pagination;
  const params = (given.params ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const firstQuery = params.query ?? {};
  const max = options.maxPages;

  async function* pages(): AsyncGenerator<Page<Item>> {
    const strategy = strategyFor(info, rt, op!);
    let cursor = options.cursor;
    let query: Record<string, unknown> =
      cursor === undefined ? { ...firstQuery } : strategy.resume(firstQuery, cursor);
    const seen = new Set<string>(cursor === undefined ? [] : [cursor]);
    for (let count = 0; max === undefined || count < max; count++) {
      const answer = await callOperation(
        rt,
        {
          method: op!.method,
          path,
          params: { ...params, query },
          body: given.body,
          options: given,
        },
        "throw",
      );
      const items = strategy.items(answer.data) as Item[];
      const next = strategy.next({ body: answer.data, items, query }, seen);
      yield {
        items,
        cursor,
        nextCursor: next?.cursor,
        body: answer.data,
        response: answer.response,
      };
      if (!next) return;
      seen.add(next.cursor);
      cursor = next.cursor;
      query = next.query;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray({ limit = Infinity } = {}) {
      const out: Item[] = [];
      if (limit <= 0) return out;
      for await (const page of pages()) {
        for (const item of page.items) {
          out.push(item);
          if (out.length >= limit) return out;
        }
      }
      return out;
    },
  };
}
