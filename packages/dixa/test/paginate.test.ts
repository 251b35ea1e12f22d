import { startServer, useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { ApiError, createDixaClient, paginate, type DixaActivityLogEntry } from "@cxkit/dixa";

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
