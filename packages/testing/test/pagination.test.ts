// The mock answers a request for a later page with the last one, in each of the three pagination
// styles, so that a client walking pages through it stops: the rule by itself, then real walks with
// the vendors' own `paginate()` over HTTP (Zendesk QA's numbered pages and AutoQA cursors, Dixa's
// links), then every paginated operation of every spec.
import { createKlausClient, paginate } from "@cxkit/klaus";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mockKlaus, type KlausMockServer } from "../src/index.js";
import { laterPage, readPagination, type PaginationExtension } from "../src/pagination.js";
import { sampleRequest } from "../src/sample.js";
import { ALL_OPERATIONS, clientFor, specOf, useAllMocks } from "./helpers.js";

const pageNumber: PaginationExtension = {
  style: "page-number",
  pageParam: "page",
  sizeParam: "pageSize",
  items: "conversations",
  page: "pagination.page",
};
const cursorToken: PaginationExtension = {
  style: "cursor-token",
  cursorParam: "cursor",
  items: "rows",
  next: "nextCursor",
};
const cursorLink: PaginationExtension = {
  style: "cursor-link",
  cursorParam: "pageKey",
  next: "meta.next",
};
const numbered = { conversations: [{ id: 1 }], pagination: { page: 2, pageSize: 1, total: 9 } };
const tokened = { rows: [{ id: 1 }], nextCursor: "abc" };
const linked = { data: [{ id: 1 }], meta: { next: "/items?pageKey=abc" } };

describe("readPagination", () => {
  it.each<[string, unknown, PaginationExtension | undefined]>([
    [
      "page-number",
      {
        style: "page-number",
        pageParam: "page",
        sizeParam: "pageSize",
        items: "conversations",
        page: "pagination.page",
        total: "pagination.total",
      },
      pageNumber,
    ],
    [
      "cursor-token",
      { style: "cursor-token", cursorParam: "cursor", items: "rows", next: "nextCursor" },
      cursorToken,
    ],
    [
      "cursor-link",
      {
        style: "cursor-link",
        cursorParam: "pageKey",
        limitParam: "pageLimit",
        items: "data",
        next: "meta.next",
      },
      cursorLink,
    ],
    ["no style (a cursor link)", { cursorParam: "pageKey", next: "meta.next" }, cursorLink],
    ["an unknown style", { style: "offset", cursorParam: "o", next: "n" }, undefined],
    ["page-number without pageParam", { style: "page-number", items: "x" }, undefined],
    ["none", undefined, undefined],
  ])("%s", (_label, raw, expected) => {
    expect(readPagination(raw)).toEqual(expected);
  });
});

describe("laterPage", () => {
  it.each<[string, PaginationExtension, unknown, Record<string, string>, unknown]>([
    ["page-number, first request", pageNumber, numbered, {}, numbered],
    ["page-number, the page the answer holds", pageNumber, numbered, { page: "2" }, numbered],
    [
      "page-number, a later page: empty, numbered as asked",
      pageNumber,
      numbered,
      { page: "3" },
      { conversations: [], pagination: { page: 3, pageSize: 1, total: 9 } },
    ],
    [
      "page-number, a body without a page number: after page 1",
      { ...pageNumber, page: undefined },
      { conversations: [{ id: 1 }] },
      { page: "2" },
      { conversations: [] },
    ],
    [
      "page-number, a bare-array body",
      { ...pageNumber, items: ".", page: undefined },
      [{ id: 1 }],
      { page: "5" },
      [],
    ],
    ["cursor-token, first request", cursorToken, tokened, {}, tokened],
    [
      "cursor-token, with the cursor",
      cursorToken,
      tokened,
      { cursor: "abc" },
      { rows: [{ id: 1 }] },
    ],
    ["cursor-link, first request", cursorLink, linked, {}, linked],
    [
      "cursor-link, with the cursor",
      cursorLink,
      linked,
      { pageKey: "abc" },
      { data: [{ id: 1 }], meta: {} },
    ],
  ])("%s", (_label, pagination, body, query, expected) => {
    expect(laterPage(pagination, body, query)).toEqual(expected);
  });

  it("leaves the answer it was given untouched", () => {
    const body = structuredClone(numbered);
    laterPage(pageNumber, body, { page: "7" });
    expect(body).toEqual(numbered);
  });
});

describe("walking Zendesk QA exports through the Klaus client", () => {
  let mock: KlausMockServer;
  beforeAll(async () => {
    mock = await mockKlaus({ credentials: { token: "qa-token" } });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());
  const klaus = () =>
    createKlausClient({ token: "qa-token", baseUrl: mock.url, retry: false, rateLimit: false });

  it("numbered pages: a page after the answered one is empty, so the walk stops", async () => {
    const reviews = await paginate(klaus(), "/api/export/reviews", {
      params: { query: { fromDate: "2024-01-01T00:00:00Z" } },
    }).toArray();
    // The spec's example is page 2 of 2 (one conversation of two); the walk asks for page 3.
    expect(reviews.map((r) => r.externalId)).toEqual(["48377"]);
    expect(mock.requests.map((r) => [r.operationId, r.query.page, r.status])).toEqual([
      ["listAccountReviews", undefined, 200],
      ["listAccountReviews", "3", 200],
    ]);
  });

  it("AutoQA cursors: the page asked for with a cursor has no nextCursor, so the walk stops", async () => {
    const pages = [];
    for await (const page of paginate(klaus(), "/api/export/autoqa/reviews", {
      params: { query: { fromDate: "2024-01-01T00:00:00Z" } },
    }).pages()) {
      pages.push(page);
    }
    expect(pages).toHaveLength(2);
    expect(pages[0]!.nextCursor).toBe("eyJpZCI6ImFxci01YjYxZDAifQ");
    expect(pages[1]!.nextCursor).toBeUndefined();
    expect(mock.requests.map((r) => r.query.cursor)).toEqual([
      undefined,
      "eyJpZCI6ImFxci01YjYxZDAifQ",
    ]);
    expect(mock.requests.every((r) => r.valid)).toBe(true);
  });

  it("a walk resumed at a later page gets that page empty", async () => {
    const reviews = await paginate(
      klaus(),
      "/api/export/reviews",
      { params: { query: { fromDate: "2024-01-01T00:00:00Z" } } },
      { cursor: "5" },
    ).toArray();
    expect(reviews).toEqual([]);
    expect(mock.requests.map((r) => r.query.page)).toEqual(["5"]);
  });
});

type LoosePaginate = (
  client: unknown,
  path: string,
  init: unknown,
  options: { maxPages: number },
) => { pages(): AsyncIterable<{ nextCursor: string | undefined }> };

const paginated = ALL_OPERATIONS.filter(([, op]) => op.pagination).map(
  ([vendor, op]) => [`${vendor} ${op.operationId} (${op.pagination!.style})`, vendor, op] as const,
);

describe("every paginated operation of every spec", () => {
  const mocks = useAllMocks();

  it("includes each of the three styles", () => {
    const styles = new Set(paginated.map(([, , op]) => op.pagination!.style));
    expect([...styles].sort()).toEqual(["cursor-link", "cursor-token", "page-number"]);
  });

  it.each(paginated)("%s: a walk through the mock ends", async (_label, vendor, op) => {
    const mock = mocks.get(vendor)!;
    const sample = sampleRequest(specOf(vendor), op);
    const init: Record<string, unknown> = {
      params: { path: sample.path, query: sample.query, header: sample.headers },
    };
    if (sample.body !== undefined) init.body = sample.body;
    const walk = (paginate as unknown as LoosePaginate)(
      clientFor(vendor, mock.url),
      op.path,
      init,
      { maxPages: 10 },
    );
    let last: { nextCursor: string | undefined } | undefined;
    let count = 0;
    for await (const page of walk.pages()) [last, count] = [page, count + 1];
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(10);
    expect(last?.nextCursor).toBeUndefined();
    expect(mock.requests.every((r) => r.operationId === op.operationId && r.valid)).toBe(true);
  });
});
