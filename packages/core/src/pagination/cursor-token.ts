import type { CursorTokenPagination } from "../descriptor.js";
import { at, itemsAt, type PaginationStrategy } from "./walk.js";

/**
 * A bare cursor in the body (Zendesk QA AutoQA `nextCursor`), sent back in a query parameter. An
 * empty or absent cursor, an empty page or a repeated cursor ends the walk.
 */
export function cursorToken(info: CursorTokenPagination): PaginationStrategy {
  return {
    items: (body) => itemsAt(body, info.items),
    resume: (query, cursor) => ({ ...query, [info.cursorParam]: cursor }),
    next(page, seen) {
      if (page.items.length === 0) return undefined;
      const cursor = at(page.body, info.next);
      if (typeof cursor !== "string" || cursor === "" || seen.has(cursor)) return undefined;
      return { query: { ...page.query, [info.cursorParam]: cursor }, cursor };
    },
  };
}
