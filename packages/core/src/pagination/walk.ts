/** What one page of a walk gives the strategy. */
export interface PageFacts {
  body: unknown;
  items: unknown[];
  /** The query this page was fetched with. */
  query: Readonly<Record<string, unknown>>;
}

/** The next step of a walk: the query of the next page and the cursor to resume there, or the end. */
export type NextPage = { query: Record<string, unknown>; cursor: string } | undefined;

/** A pagination style: where the items are, how to ask for a given cursor, and what comes next. */
export interface PaginationStrategy {
  /** The items of a page body. */
  items(body: unknown): unknown[];
  /** The query that fetches the page at `cursor` (a resumed walk), from the caller's first query. */
  resume(query: Readonly<Record<string, unknown>>, cursor: string): Record<string, unknown>;
  /** The page after this one, or undefined at the end. */
  next(page: PageFacts, seen: ReadonlySet<string>): NextPage;
}

/** The value at a dot path of a body; `.` or empty is the body itself. */
export function at(body: unknown, dotPath: string): unknown {
  if (dotPath === "" || dotPath === ".") return body;
  let value = body;
  for (const key of dotPath.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The array at a dot path, or an empty array. */
export function itemsAt(body: unknown, dotPath: string): unknown[] {
  const value = at(body, dotPath);
  return Array.isArray(value) ? value : [];
}

/** A number from a JSON number or a numeric string (int64 values may come as strings). */
export function numberAt(body: unknown, dotPath: string): number | undefined {
  const value = at(body, dotPath);
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}
