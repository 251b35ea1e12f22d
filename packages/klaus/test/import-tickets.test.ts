// importTickets(): any number of tickets, checked before anything is sent, then sent in requests of at
// most 100, one after another, in order.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConfigError,
  createKlausClient,
  importTickets,
  MAX_COMMENTS_PER_TICKET,
  MAX_TICKETS_PER_IMPORT,
  ValidationError,
  type ImportTicketsProgress,
  type KlausImportComment,
  type KlausImportTicket,
} from "@cxkit/klaus";

const server = useTestServer();
const client = () => createKlausClient({ token: "t", baseUrl: server.url, retry: false });

const comment = (id: string): KlausImportComment => ({ id, public: true, comment: "hi" });
const ticket = (n: number, comments = 1): KlausImportTicket => ({
  id: `t${n}`,
  created: "2024-05-02T09:15:00Z",
  comments: Array.from({ length: comments }, (_, j) => comment(`t${n}-c${j}`)),
});
const tickets = (count: number) => Array.from({ length: count }, (_, n) => ticket(n));
const sentIds = () =>
  server.requests.map((r) => (r.json() as { data: KlausImportTicket[] }).data.map((t) => t.id));

describe("importTickets", () => {
  it("sends 250 tickets as 3 requests of 100, 100 and 50, in order, reporting progress", async () => {
    const progress: ImportTicketsProgress[] = [];
    const summary = await importTickets(client(), tickets(250), {
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toEqual({ tickets: 250, requests: 3 });
    expect(MAX_TICKETS_PER_IMPORT).toBe(100);
    const batches = sentIds();
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(tickets(250).map((t) => t.id));
    for (const req of server.requests) {
      expect(req.method).toBe("POST");
      expect(req.url).toBe("/api/import/tickets");
      expect(req.headers.authorization).toBe("Bearer t");
    }
    expect(progress).toEqual([
      { sent: 100, total: 250 },
      { sent: 200, total: 250 },
      { sent: 250, total: 250 },
    ]);
  });

  it("sends one batch only after the one before it was answered", async () => {
    let inFlight = 0;
    let most = 0;
    server.handle(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      return { body: {} };
    });
    await importTickets(client(), tickets(5), { batchSize: 2 });
    expect(sentIds()).toEqual([["t0", "t1"], ["t2", "t3"], ["t4"]]);
    expect(most).toBe(1);
  });

  it("sends a ticket with exactly 500 comments", async () => {
    await importTickets(client(), [ticket(0, MAX_COMMENTS_PER_TICKET)]);
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing for no tickets", async () => {
    await expect(importTickets(client(), [])).resolves.toEqual({ tickets: 0, requests: 0 });
    expect(server.requests).toHaveLength(0);
  });

  const withBad = (index: number, bad: unknown) => {
    const list: unknown[] = tickets(250);
    list[index] = bad;
    return list as KlausImportTicket[];
  };
  const { id: _id, ...noId } = ticket(3);
  const { created: _created, ...noCreated } = ticket(203);

  it.each<[string, KlausImportTicket[], string]>([
    ["a ticket with 501 comments", withBad(3, ticket(3, 501)), "tickets[3].comments"],
    [
      "a ticket with 501 comments in the 3rd batch",
      withBad(203, ticket(203, 501)),
      "tickets[203].comments",
    ],
    ["a ticket without id", withBad(3, noId), "tickets[3].id"],
    ["a ticket with an empty id", withBad(120, { ...ticket(120), id: " " }), "tickets[120].id"],
    ["a ticket without created", withBad(203, noCreated), "tickets[203].created"],
    [
      "a comment without id",
      withBad(7, { ...ticket(7), comments: [comment("a"), comment("b"), { public: false }] }),
      "tickets[7].comments[2].id",
    ],
    [
      "comments that are not an array",
      withBad(7, { ...ticket(7), comments: "hi" }),
      "tickets[7].comments",
    ],
    ["a ticket that is not an object", withBad(0, null), "tickets[0]"],
    ["tickets that are not an array", { length: 1 } as unknown as KlausImportTicket[], "tickets"],
  ])("refuses %s before sending anything, naming the field", async (_name, list, field) => {
    const error = await importTickets(client(), list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(/^\[@cxkit\/klaus\] /);
    expect((error as Error).message).toContain(field);
    expect(server.requests).toHaveLength(0);
  });

  it("says how many comments are too many", async () => {
    const error = await importTickets(client(), [ticket(0, 501)]).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "[@cxkit/klaus] tickets[0].comments has 501 comments; Zendesk QA takes at most 500 per ticket",
    );
  });

  it.each([0, 101, 1.5, Number.NaN])(
    "refuses batchSize %s with a ConfigError",
    async (batchSize) => {
      const error = await importTickets(client(), tickets(1), { batchSize }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ option: "batchSize" });
      expect(server.requests).toHaveLength(0);
    },
  );

  it("stops at a refused batch with its error; running again with the same tickets is safe", async () => {
    server.handle((req) =>
      server.requests.length === 2 && req.path === "/api/import/tickets"
        ? { status: 400, body: { code: 3, message: "invalid assigneeEmail", details: [] } }
        : { body: {} },
    );
    const progress: ImportTicketsProgress[] = [];
    const error = await importTickets(client(), tickets(250), {
      onProgress: (p) => progress.push(p),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ vendorMessage: "invalid assigneeEmail" });
    expect(server.requests).toHaveLength(2);
    expect(progress).toEqual([{ sent: 100, total: 250 }]);

    server.handle(() => ({ body: {} }));
    server.requests.length = 0;
    await expect(importTickets(client(), tickets(250))).resolves.toEqual({
      tickets: 250,
      requests: 3,
    });
  });

  it("re-sends a batch after a 503 (the import is an upsert by id) and passes call options on", async () => {
    let failed = false;
    server.handle(() => {
      if (failed) return { body: {} };
      failed = true;
      return { status: 503, body: { code: 14, message: "unavailable" } };
    });
    const klaus = createKlausClient({
      token: "t",
      baseUrl: server.url,
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    await importTickets(klaus, tickets(3), { headers: { "x-trace": "run-1" } });
    expect(server.requests).toHaveLength(2);
    expect(sentIds()).toEqual([
      ["t0", "t1", "t2"],
      ["t0", "t1", "t2"],
    ]);
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["run-1", "run-1"]);
  });

  it("a throwing onProgress does not stop the import", async () => {
    const summary = await importTickets(client(), tickets(150), {
      onProgress: () => {
        throw new Error("hook failed");
      },
    });
    expect(summary).toEqual({ tickets: 150, requests: 2 });
  });
});
