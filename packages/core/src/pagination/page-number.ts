import type { PageNumberPagination } from "../descriptor.js";
import { itemsAt, numberAt, type PaginationStrategy } from "./walk.js";

/**
 * Numbered pages (Zendesk QA): the next page is the answered page number + 1, whatever the numbering
 * starts at. The walk ends on an empty page, a short page, when `total` items were seen from the first
 * page, or when the page number does not advance.
 */
export function pageNumber(info: PageNumberPagination): PaginationStrategy {
  let seenItems = 0;
  let resumed = false;
  return {
    items: (body) => itemsAt(body, info.items),
    resume(query, cursor) {
      resumed = true;
      return { ...query, [info.pageParam]: Number(cursor) };
    },
    next(page, seen) {
      seenItems += page.items.length;
      if (page.items.length === 0) return undefined;
      const asked = page.query[info.pageParam];
      const current =
        numberAt(page.body, info.page) ?? (typeof asked === "number" ? asked : undefined);
      if (current === undefined) return undefined;
      const total = numberAt(page.body, info.total);
      if (!resumed && total !== undefined && seenItems >= total) return undefined;
      const size = info.sizeParam ? page.query[info.sizeParam] : undefined;
      if (typeof size === "number" && page.items.length < size) return undefined;
      const cursor = String(current + 1);
      if (seen.has(cursor)) return undefined;
      return { query: { ...page.query, [info.pageParam]: current + 1 }, cursor };
    },
  };
}
