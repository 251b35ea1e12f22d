// paginate() walks both pagination styles of the Export API: page numbers with `pagination.total`
// (reviews, CSAT, disputes, calibration sessions) and AutoQA's cursor tokens (`cursor` -> `nextCursor`).
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createKlausClient, paginate, type KlausReviewedConversation } from "@cxkit/klaus";

const server = useTestServer();
const client = () => createKlausClient({ token: "t", baseUrl: server.url, retry: false });
const fromDate = "2024-05-01T00:00:00Z";

const conversation = (n: number): KlausReviewedConversation => ({
  externalId: String(n),
  workspaceId: "18432",
  reviews: [],
});

describe("page-number (listAccountReviews)", () => {
  it.each<[string, { total?: number }, number[]]>([
    // The server would go on answering full pages: `total` alone ends the walk.
    ["stops when `pagination.total` items were seen", { total: 6 }, [1, 2, 3]],
    // Without a total the walk goes on until a page comes back empty.
    ["without a total, stops on an empty page", {}, [1, 2, 3, 4]],
  ])("%s", async (_name, { total }, pagesAsked) => {
    server.handle((req) => {
      const page = Number(req.query.get("page") ?? "1");
      const items = page <= 3 ? [conversation(page * 2 - 1), conversation(page * 2)] : [];
      return {
        body: {
          conversations: items,
          pagination: { page, pageSize: 2, ...(total ? { total } : {}) },
        },
      };
    });
    const klaus = client();
    const seen = await paginate(klaus, "/api/export/reviews", {
      params: { query: { fromDate, pageSize: 2 } },
    }).toArray();
    expect(seen.map((c) => c.externalId)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(server.requests.map((r) => r.query.get("page"))).toEqual([
      null,
      ...pagesAsked.slice(1).map(String),
    ]);
    // Every page keeps the caller's query.
    for (const req of server.requests) {
      expect(req.query.get("fromDate")).toBe(fromDate);
      expect(req.query.get("pageSize")).toBe("2");
    }
  });

  it("walks page by page with each page's body", async () => {
    server.handle((req) => {
      const page = Number(req.query.get("page") ?? "1");
      return {
        body: {
          conversations: page <= 3 ? [conversation(page)] : [],
          pagination: { page, pageSize: 1, total: 3 },
        },
      };
    });
    const pages = [];
    for await (const page of paginate(client(), "/api/export/reviews", {
      params: { query: { fromDate } },
    }).pages()) {
      pages.push({ items: page.items.map((c) => c.externalId), next: page.nextCursor });
    }
    expect(pages).toEqual([
      { items: ["1"], next: "2" },
      { items: ["2"], next: "3" },
      { items: ["3"], next: undefined },
    ]);
  });
});

describe("cursor-token (listAutoQaReviews)", () => {
  it("follows nextCursor until it is empty", async () => {
    const next: Record<string, string> = { "": "c2", c2: "c3+/=", "c3+/=": "" };
    server.handle((req) => {
      const cursor = req.query.get("cursor") ?? "";
      return {
        body: {
          rows: [{ autoqaReviewId: `row-${cursor || "c1"}` }],
          // A total is there too, and wrong: the cursor alone drives the walk.
          pagination: { page: 1, pageSize: 1, total: 1 },
          nextCursor: next[cursor],
        },
      };
    });
    const rows = await paginate(client(), "/api/export/autoqa/reviews", {
      params: { query: { fromDate, latestOnly: true } },
    }).toArray();
    expect(rows.map((r) => r.autoqaReviewId)).toEqual(["row-c1", "row-c2", "row-c3+/="]);
    expect(server.requests.map((r) => r.query.get("cursor"))).toEqual([null, "c2", "c3+/="]);
    for (const req of server.requests) {
      expect(req.query.get("fromDate")).toBe(fromDate);
      expect(req.query.get("latestOnly")).toBe("true");
    }
  });

  it("stops when nextCursor is absent, and resumes from a saved cursor", async () => {
    server.handle((req) => ({
      body: {
        rows: [{ autoqaReviewId: `row-${req.query.get("cursor") ?? "first"}` }],
        ...(req.query.get("cursor") === "saved" ? {} : { nextCursor: "saved" }),
      },
    }));
    const resumed = await paginate(
      client(),
      "/api/export/autoqa/reviews",
      { params: { query: { fromDate } } },
      { cursor: "saved" },
    ).toArray();
    expect(resumed.map((r) => r.autoqaReviewId)).toEqual(["row-saved"]);
    expect(server.requests).toHaveLength(1);
  });
});
