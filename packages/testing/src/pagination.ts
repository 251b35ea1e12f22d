// `x-cxkit-pagination` as the mock reads it (specs/README.md, "More runtime extensions"), and the one
// thing the mock does with it: a request for a later page gets the last page, so that a client
// walking pages through the mock stops, whichever of the three styles the operation uses.

/** Dixa's style: the body links to the next page (`next`), the link carries `cursorParam`. */
export interface CursorLinkPagination {
  style: "cursor-link";
  cursorParam: string;
  /** Dot path of the next-page link in the body. */
  next: string;
}

/** Zendesk QA's numbered pages: the next page is the answered `page` + 1. */
export interface PageNumberPagination {
  style: "page-number";
  pageParam: string;
  sizeParam: string | undefined;
  /** Dot path of the items (`.` for a bare-array body). */
  items: string;
  /** Dot path of the page number the body holds, if it says. */
  page: string | undefined;
}

/** Zendesk QA AutoQA's bare cursor: `next` in the body is sent back as `cursorParam`. */
export interface CursorTokenPagination {
  style: "cursor-token";
  cursorParam: string;
  items: string;
  /** Dot path of the next page's cursor in the body. */
  next: string;
}

/** `x-cxkit-pagination` of an operation, by style. */
export type PaginationExtension =
  CursorLinkPagination | PageNumberPagination | CursorTokenPagination;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/**
 * The pagination an operation's `x-cxkit-pagination` describes, or undefined when it has none (or one
 * the mock cannot use). Without a `style` it is a cursor link, the only style older specs knew.
 */
export function readPagination(raw: unknown): PaginationExtension | undefined {
  if (!isObject(raw)) return undefined;
  const style = raw.style ?? "cursor-link";
  if (style === "page-number") {
    const pageParam = text(raw.pageParam);
    if (!pageParam) return undefined;
    return {
      style,
      pageParam,
      sizeParam: text(raw.sizeParam),
      items: text(raw.items) ?? ".",
      page: text(raw.page),
    };
  }
  const cursorParam = text(raw.cursorParam);
  const next = text(raw.next);
  if (!cursorParam || !next) return undefined;
  if (style === "cursor-token") {
    return { style, cursorParam, next, items: text(raw.items) ?? "." };
  }
  return style === "cursor-link" ? { style, cursorParam, next } : undefined;
}

/** The value at a dot path (`.` or empty: the value itself). */
export function valueAt(value: unknown, dotPath: string): unknown {
  if (dotPath === "" || dotPath === ".") return value;
  let current = value;
  for (const key of dotPath.split(".")) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * A copy of `value` with the dot path set to `replacement` (`undefined`: removed). A path that does
 * not lead through objects leaves the copy as it is; `.` replaces the whole value.
 */
export function withValueAt(value: unknown, dotPath: string, replacement: unknown): unknown {
  if (dotPath === "" || dotPath === ".") return replacement;
  if (!isObject(value)) return value;
  const copy = structuredClone(value);
  const parts = dotPath.split(".");
  let current: unknown = copy;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(current)) return copy;
    current = current[part];
  }
  if (!isObject(current)) return copy;
  const last = parts[parts.length - 1]!;
  if (replacement === undefined) delete current[last];
  else current[last] = replacement;
  return copy;
}

const numberOf = (value: unknown): number | undefined => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The body a request for a later page gets, built from the page the mock would answer (`body`):
 * - cursor link and cursor token: a request carrying the cursor gets the same page without its
 *   next link / next cursor;
 * - page number: a request for a page after the one `body` holds (after page 1 when it says none)
 *   gets an empty page numbered as asked.
 * Any other request gets `body` itself.
 */
export function laterPage(
  pagination: PaginationExtension,
  body: unknown,
  query: Readonly<Record<string, string | string[]>>,
): unknown {
  if (pagination.style !== "page-number") {
    const cursor = firstOf(query[pagination.cursorParam]);
    return cursor === undefined ? body : withValueAt(body, pagination.next, undefined);
  }
  const asked = numberOf(firstOf(query[pagination.pageParam]));
  const served = pagination.page ? numberOf(valueAt(body, pagination.page)) : undefined;
  if (asked === undefined || asked <= (served ?? 1)) return body;
  const empty = withValueAt(body, pagination.items, []);
  return pagination.page && served !== undefined
    ? withValueAt(empty, pagination.page, asked)
    : empty;
}
