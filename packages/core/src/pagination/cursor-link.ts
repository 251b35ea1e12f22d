import type { CursorLinkPagination } from "../descriptor.js";
import { CxkitError } from "../errors.js";
import { at, itemsAt, type PaginationStrategy } from "./walk.js";

/**
 * Dixa's style: the body links to the next page (`meta.next`, relative or absolute) with an opaque
 * cursor in its query. The link carries every query parameter the next page needs; a link to another
 * origin is refused; an empty page or a repeated cursor ends the walk.
 */
export function cursorLink(
  info: CursorLinkPagination,
  packageName: string,
  baseUrl: string,
): PaginationStrategy {
  const base = new URL(baseUrl);
  return {
    items: (body) => (Array.isArray(body) ? body : itemsAt(body, info.items)),
    resume: (query, cursor) => ({ ...query, [info.cursorParam]: cursor }),
    next(page, seen) {
      if (page.items.length === 0 || Array.isArray(page.body)) return undefined;
      const link = at(page.body, info.next);
      if (typeof link !== "string" || link === "") return undefined;
      const url = new URL(link, `${baseUrl}/`);
      if (url.origin !== base.origin) {
        throw new CxkitError(
          `[${packageName}] refusing to follow a next-page link to another origin: ${url.origin}`,
        );
      }
      const cursor = url.searchParams.get(info.cursorParam);
      if (cursor === null || cursor === "" || seen.has(cursor)) return undefined;
      return { query: Object.fromEntries(url.searchParams), cursor };
    },
  };
}
