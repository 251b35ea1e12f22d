import { startServer, useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  createDixaClient,
  operations,
  paginate,
  type DixaActivityLogEntry,
  type DixaClient,
  type OperationId,
} from "@cxkit/dixa";
import { responseExample } from "./spec-examples.js";

const server = useTestServer();

const PATH = "/v1/conversations/activitylog";
const entry = (n: number): DixaActivityLogEntry => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  conversationId: n,
  activityTimestamp: "2021-12-01T12:46:36.581Z[GMT]",
  activityType: "ConversationCreatedByCustomerActivityType",
  _type: "ConversationCreatedByCustomer",
});

/**
 * Five pages of two entries. Page n's cursor is base64("page=n"); links alternate between relative
 * and absolute, as both are seen in real traffic.
 */
function fivePages(origin: () => string) {
  const key = (n: number) => Buffer.from(`page=${n}`).toString("base64");
  return (req: { query: URLSearchParams }) => {
    const cursor = req.query.get("pageKey");
    const page =
      cursor === null ? 1 : Number(Buffer.from(cursor, "base64").toString().split("=")[1]);
    const link =
      page % 2 === 0
        ? `${origin()}${PATH}?pageKey=${encodeURIComponent(key(page + 1))}`
        : `${PATH}?pageKey=${encodeURIComponent(key(page + 1))}`;
    return {
      body: {
        data: [entry(page * 10 + 1), entry(page * 10 + 2)],
        meta:
          page < 5
            ? { next: link, ...(page > 1 ? { previous: `${PATH}?pageKey=${key(page - 1)}` } : {}) }
            : {},
      },
    };
  };
}

const dixa = () => createDixaClient({ apiKey: "dixa-key", baseUrl: server.url, rateLimit: false });

describe("paginate", () => {
  it("walks a 5-page listing, following relative and absolute next links", async () => {
    server.handle(fivePages(() => server.url));
    const seen: number[] = [];
    for await (const item of paginate(dixa(), PATH, { params: { query: { pageLimit: 2 } } })) {
      seen.push(item.conversationId);
    }
    expect(seen).toEqual([11, 12, 21, 22, 31, 32, 41, 42, 51, 52]);
    expect(server.requests).toHaveLength(5);
    expect(server.requests[0]!.query.get("pageLimit")).toBe("2");
    expect(
      server.requests
        .slice(1)
        .map((r) => Buffer.from(r.query.get("pageKey")!, "base64").toString()),
    ).toEqual(["page=2", "page=3", "page=4", "page=5"]);
    expect(server.requests.every((r) => r.headers.authorization === "dixa-key")).toBe(true);
  });

  it("resumes from a saved cursor after an interruption", async () => {
    server.handle(fivePages(() => server.url));
    let saved: string | undefined;
    const firstRun: number[] = [];
    try {
      for await (const page of paginate(dixa(), PATH).pages()) {
        firstRun.push(...page.items.map((i) => i.conversationId));
        saved = page.nextCursor;
        if (firstRun.length === 4) throw new Error("export interrupted");
      }
    } catch (error) {
      expect((error as Error).message).toBe("export interrupted");
    }
    expect(firstRun).toEqual([11, 12, 21, 22]);
    expect(saved).toBeDefined();

    server.requests.length = 0;
    const resumed: number[] = [];
    for await (const item of paginate(dixa(), PATH, {}, { cursor: saved! }))
      resumed.push(item.conversationId);
    expect(resumed).toEqual([31, 32, 41, 42, 51, 52]);
    expect(server.requests).toHaveLength(3);
  });

  it("stops on an empty page even when a next link is present", async () => {
    server.handle(() => ({ body: { data: [], meta: { next: `${PATH}?pageKey=again` } } }));
    const items = [];
    for await (const item of paginate(dixa(), PATH)) items.push(item);
    expect(items).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("stops when the server repeats a cursor", async () => {
    server.handle(() => ({ body: { data: [entry(1)], meta: { next: `${PATH}?pageKey=same` } } }));
    const items = [];
    for await (const item of paginate(dixa(), PATH)) items.push(item);
    expect(items).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a next link to another host, and never sends the key there", async () => {
    const other = await startServer(() => ({ body: { data: [entry(9)] } }));
    try {
      server.handle(() => ({
        body: { data: [entry(1)], meta: { next: `${other.url}${PATH}?pageKey=x` } },
      }));
      const walk = async () => {
        for await (const _ of paginate(dixa(), PATH)) void _;
      };
      await expect(walk()).rejects.toThrow(/another origin/);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("throws the ApiError of a failed page", async () => {
    server.handle(() => ({
      status: 400,
      body: { message: "Invalid value for: query parameter pageLimit" },
    }));
    const walk = async () => {
      for await (const _ of paginate(dixa(), PATH)) void _;
    };
    await expect(walk()).rejects.toMatchObject({ name: "BadRequestError", status: 400 });
    await expect(walk()).rejects.toBeInstanceOf(ApiError);
  });

  it("refuses an operation that is not paginated (a compile error too)", () => {
    // @ts-expect-error only paginated paths compile
    expect(() => paginate(dixa(), "/v1/conversations/{conversationId}/tags")).toThrow(
      /not a paginated operation/,
    );
  });
});

describe("paginate walks every cursor-link operation", () => {
  // Each listing is walked over three pages (a relative next link, then an absolute one, then none).
  // Items are the spec's example items, tagged with their page so that order shows.
  interface Walk {
    operationId: OperationId;
    method: "GET" | "POST";
    /** The path as sent. */
    sentPath: string;
    walk: (dixa: DixaClient) => Promise<unknown[]>;
    /** Query of the first page; later pages send what the next link says. */
    firstQuery: Record<string, string>;
    body?: unknown;
  }
  const USER = "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13";
  const TEAM = "83cc3c21-9d28-4250-b6ea-b3a6333c5c73";
  const walks: Walk[] = [
    {
      operationId: "listOrganizationActivityLog",
      method: "GET",
      sentPath: "/v1/conversations/activitylog",
      walk: (dixa) =>
        paginate(dixa, "/v1/conversations/activitylog", {
          params: { query: { pageLimit: 2, fromDatetime: "2024-01-01T00:00:00Z" } },
        }).toArray(),
      firstQuery: { pageLimit: "2", fromDatetime: "2024-01-01T00:00:00Z" },
    },
    {
      operationId: "searchConversations",
      method: "GET",
      sentPath: "/v1/search/conversations",
      walk: (dixa) =>
        paginate(dixa, "/v1/search/conversations", {
          params: { query: { query: "refund", pageLimit: 2 } },
        }).toArray(),
      firstQuery: { query: "refund", pageLimit: "2" },
    },
    {
      operationId: "searchConversationsWithFilters",
      method: "POST",
      sentPath: "/v1/search/conversations",
      walk: (dixa) =>
        paginate(dixa, "/v1/search/conversations", {
          params: { query: { pageLimit: 2 } },
          body: { query: { value: "refund", exactMatch: false } },
        }).toArray(),
      firstQuery: { pageLimit: "2" },
      body: { query: { value: "refund", exactMatch: false } },
    },
    {
      operationId: "listAgents",
      method: "GET",
      sentPath: "/v1/agents",
      walk: (dixa) =>
        paginate(dixa, "/v1/agents", { params: { query: { pageLimit: 2 } } }).toArray(),
      firstQuery: { pageLimit: "2" },
    },
    {
      operationId: "listEndUsers",
      method: "GET",
      sentPath: "/v1/endusers",
      walk: (dixa) =>
        paginate(dixa, "/v1/endusers", {
          params: { query: { externalId: "CUST-000417" } },
        }).toArray(),
      firstQuery: { externalId: "CUST-000417" },
    },
    {
      operationId: "listEndUserConversations",
      method: "GET",
      sentPath: `/v1/endusers/${USER}/conversations`,
      walk: (dixa) =>
        paginate(dixa, "/v1/endusers/{userId}/conversations", {
          params: { path: { userId: USER }, query: { pageLimit: 2 } },
        }).toArray(),
      firstQuery: { pageLimit: "2" },
    },
    {
      operationId: "listMetrics",
      method: "GET",
      sentPath: "/v1/analytics/metrics",
      walk: (dixa) => paginate(dixa, "/v1/analytics/metrics").toArray(),
      firstQuery: {},
    },
    {
      operationId: "listAnalyticsFilterValues",
      method: "GET",
      sentPath: "/v1/analytics/filter/channel",
      walk: (dixa) =>
        paginate(dixa, "/v1/analytics/filter/{filterAttribute}", {
          params: { path: { filterAttribute: "channel" } },
        }).toArray(),
      firstQuery: {},
    },
    {
      operationId: "listMetricRecords",
      method: "GET",
      sentPath: "/v1/analytics/records",
      walk: (dixa) =>
        paginate(dixa, "/v1/analytics/records", { params: { query: { pageLimit: 5 } } }).toArray(),
      firstQuery: { pageLimit: "5" },
    },
    {
      // A body picks the POST listing: rows of a record, paged by pageKey/pageLimit in the query.
      operationId: "queryMetricRecords",
      method: "POST",
      sentPath: "/v1/analytics/records",
      walk: (dixa) =>
        paginate(dixa, "/v1/analytics/records", {
          params: { query: { pageLimit: 100 } },
          body: {
            id: "ratings",
            periodFilter: { value: { _type: "PreviousMonth" }, _type: "Preset" },
            timezone: "Europe/Copenhagen",
          },
        }).toArray(),
      firstQuery: { pageLimit: "100" },
      body: {
        id: "ratings",
        periodFilter: { value: { _type: "PreviousMonth" }, _type: "Preset" },
        timezone: "Europe/Copenhagen",
      },
    },
    {
      operationId: "listKnowledgeCollections",
      method: "GET",
      sentPath: "/v1/knowledge/collections",
      walk: (dixa) => paginate(dixa, "/v1/knowledge/collections").toArray(),
      firstQuery: {},
    },
    {
      operationId: "listTeamPresence",
      method: "GET",
      sentPath: `/v1/teams/${TEAM}/presence`,
      walk: (dixa) =>
        paginate(dixa, "/v1/teams/{teamId}/presence", {
          params: { path: { teamId: TEAM }, query: { pageLimit: 1 } },
        }).toArray(),
      firstQuery: { pageLimit: "1" },
    },
    {
      operationId: "listTemplates",
      method: "GET",
      sentPath: "/v1/templates",
      walk: (dixa) =>
        paginate(dixa, "/v1/templates", { params: { query: { type: "QuickResponse" } } }).toArray(),
      firstQuery: { type: "QuickResponse" },
    },
  ];

  it("covers every paginated operation of the spec", () => {
    const paginated = operations.filter(
      (op) => "pagination" in op && op.pagination.style === "cursor-link",
    );
    expect(walks.map((w) => w.operationId).sort()).toEqual(
      paginated.map((op) => op.operationId).sort(),
    );
    for (const w of walks) {
      const op = paginated.find((o) => o.operationId === w.operationId)!;
      expect([w.operationId, w.method]).toEqual([op.operationId, op.method]);
    }
  });

  it.each(walks)(
    "$operationId",
    async ({ operationId, method, sentPath, walk, firstQuery, body }) => {
      const example = responseExample(operationId, "200") as { data: unknown[] };
      const item = example.data[0] as Record<string, unknown>;
      const key = (n: number) => Buffer.from(`page=${n}`).toString("base64");
      const pageItems = (n: number) => [
        { ...item, _page: n, _n: 1 },
        { ...item, _page: n, _n: 2 },
      ];
      server.handle((req) => {
        const cursor = req.query.get("pageKey");
        const page =
          cursor === null ? 1 : Number(Buffer.from(cursor, "base64").toString().slice(5));
        const next =
          page === 1
            ? `${sentPath}?pageKey=${encodeURIComponent(key(2))}`
            : page === 2
              ? `${server.url}${sentPath}?pageKey=${encodeURIComponent(key(3))}`
              : undefined;
        return { body: { data: pageItems(page), meta: next ? { next } : {} } };
      });

      const items = await walk(dixa());

      expect(items).toEqual([...pageItems(1), ...pageItems(2), ...pageItems(3)]);
      expect(server.requests).toHaveLength(3);
      expect(server.requests.map((r) => [r.method, r.path])).toEqual([
        [method, sentPath],
        [method, sentPath],
        [method, sentPath],
      ]);
      expect(Object.fromEntries(server.requests[0]!.query)).toEqual(firstQuery);
      expect(server.requests.slice(1).map((r) => Object.fromEntries(r.query))).toEqual([
        { pageKey: key(2) },
        { pageKey: key(3) },
      ]);
      expect(server.requests.every((r) => r.headers.authorization === "dixa-key")).toBe(true);
      for (const r of server.requests) {
        if (body === undefined) expect(r.body).toHaveLength(0);
        else expect(r.json()).toEqual(body);
      }
    },
  );
});
