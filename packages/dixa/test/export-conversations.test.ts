// exportConversations / exportMessages against the recording server: windows of at most 31 days, the
// right `<field>_after` / `<field>_before` per window, rows in order, pacing measured on the server's
// side (when each request arrived), and bad dates refused before anything is sent.
import { useTestServer, type RecordedRequest } from "@cxkit/test-utils";
import { describe, expect, it, vi } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConfigError,
  createDixaClient,
  exportConversations,
  exportMessages,
  RateLimiter,
  ValidationError,
  type DixaExportDateField,
  type DixaExportedConversation,
  type DixaExportedMessage,
  type Limiter,
} from "@cxkit/dixa";
import { responseExample } from "./spec-examples.js";

const API_KEY = "dixa-key";
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const server = useTestServer();
const dixa = () => createDixaClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false });

const [conversationRow] = responseExample(
  "exportConversations",
  "200",
) as DixaExportedConversation[];
const [messageRow] = responseExample("exportMessages", "200") as DixaExportedMessage[];

/** Answers each window with two rows whose ids say which window and which row they are. */
function rowsPerWindow(field: string, times?: number[]) {
  return (req: RecordedRequest) => {
    times?.push(performance.now());
    const after = Number(req.query.get(`${field}_after`));
    const window = Math.round((after - START) / (31 * DAY));
    return { body: [1, 2].map((n) => ({ ...conversationRow, id: window * 10 + n })) };
  };
}

/** A limiter clock that only moves when told to; `pending()` lists its timers' due times. */
function fakeClock() {
  let now = 0;
  const timers = new Set<{ at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn: () => void, ms: number) {
      const timer = { at: now + ms, fn };
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle: unknown) {
      timers.delete(handle as { at: number; fn: () => void });
    },
    pending: () => [...timers].map((t) => t.at),
    advance(ms: number) {
      now += ms;
      for (const timer of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(timer);
        timer.fn();
      }
    },
  };
}

const windowQuery = (field: string, from: number, to: number) => ({
  [`${field}_after`]: String(from),
  [`${field}_before`]: String(to),
});

describe("exportConversations", () => {
  it("walks 70 days in 3 windows of at most 31 days and yields every row in order", async () => {
    server.handle(rowsPerWindow("created"));
    const ids: (number | undefined)[] = [];
    for await (const row of exportConversations(dixa(), {
      from: new Date(START),
      to: new Date(START + 70 * DAY),
      rateLimit: false,
    })) {
      ids.push(row.id);
    }
    expect(ids).toEqual([1, 2, 11, 12, 21, 22]);
    expect(server.requests.map((r) => [r.method, r.path, Object.fromEntries(r.query)])).toEqual([
      ["GET", "/v1/conversation_export", windowQuery("created", START, START + 31 * DAY)],
      [
        "GET",
        "/v1/conversation_export",
        windowQuery("created", START + 31 * DAY, START + 62 * DAY),
      ],
      [
        "GET",
        "/v1/conversation_export",
        windowQuery("created", START + 62 * DAY, START + 70 * DAY),
      ],
    ]);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${API_KEY}`)).toBe(
      true,
    );
  });

  it.each<DixaExportDateField>(["closed", "created", "updated", "last_message_created"])(
    "dateField %s filters on %s_after / %s_before",
    async (dateField) => {
      server.handle(rowsPerWindow(dateField));
      const rows = await exportConversations(dixa(), {
        from: "2024-01-01",
        to: "2024-01-02T12:00:00Z",
        dateField,
        rateLimit: false,
      }).toArray();
      expect(rows.map((r) => r.id)).toEqual([1, 2]);
      expect(server.requests).toHaveLength(1);
      expect(Object.fromEntries(server.requests[0]!.query)).toEqual(
        windowQuery(dateField, START, START + 1.5 * DAY),
      );
    },
  );

  it("windows() gives each window's bounds with its rows", async () => {
    server.handle(rowsPerWindow("created"));
    const windows = [];
    for await (const w of exportConversations(dixa(), {
      from: START,
      to: START + 40 * DAY,
      rateLimit: false,
    }).windows()) {
      windows.push({ from: w.from.getTime(), to: w.to.getTime(), ids: w.rows.map((r) => r.id) });
    }
    expect(windows).toEqual([
      { from: START, to: START + 31 * DAY, ids: [1, 2] },
      { from: START + 31 * DAY, to: START + 40 * DAY, ids: [11, 12] },
    ]);
  });

  it("paces requests with the rateLimit it is given (2 per 200 ms), as the server saw them", async () => {
    const times: number[] = [];
    server.handle(rowsPerWindow("created", times));
    const rows = await exportConversations(dixa(), {
      from: START,
      to: START + 6 * 31 * DAY, // 6 windows
      rateLimit: { requests: 2, perMs: 200 },
    }).toArray();
    expect(rows).toHaveLength(12);
    expect(times).toHaveLength(6);
    // Windows are fetched one after the other, so the 2nd starts after the 1st arrived; at 2 starts
    // per 200 ms the 4th starts >= 200 ms after the 2nd and the 6th >= 400 ms after it. Arrival
    // times only add travel time to those starts, so these bounds hold whatever the machine's load.
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(199);
    expect(times[5]! - times[0]!).toBeGreaterThanOrEqual(399);
  });

  it("waits on its limiter's clock: the 3rd window goes out when 200 ms have passed on it", async () => {
    const clock = fakeClock();
    server.handle(rowsPerWindow("created"));
    const walk = exportConversations(dixa(), {
      from: START,
      to: START + 4 * 31 * DAY, // 4 windows
      rateLimit: new RateLimiter({ requests: 2, perMs: 200 }, clock),
    }).toArray();
    await vi.waitFor(() => expect(clock.pending()).toEqual([200]));
    expect(server.requests).toHaveLength(2);
    clock.advance(199);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(2);
    clock.advance(1);
    const rows = await walk;
    expect(rows.map((r) => r.id)).toEqual([1, 2, 11, 12, 21, 22, 31, 32]);
    expect(server.requests).toHaveLength(4);
  });

  it("paces at 10 requests per minute by default: the 11th window waits (and an abort ends the wait)", async () => {
    server.handle(rowsPerWindow("created"));
    const controller = new AbortController();
    const client = dixa();
    const walk = exportConversations(client, {
      from: START,
      to: START + 11 * 31 * DAY, // 11 windows
      signal: controller.signal,
    }).toArray();
    // Ten requests go out one after the other; then give the 11th well over the time it would need
    // if it were free.
    await vi.waitFor(() => expect(server.requests).toHaveLength(10), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests).toHaveLength(10);
    controller.abort();
    await expect(walk).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(10);

    // The pace belongs to the client: a second export with it waits too.
    const second = new AbortController();
    const again = exportConversations(client, {
      from: START,
      to: START + DAY,
      signal: second.signal,
    }).toArray();
    await new Promise((resolve) => setTimeout(resolve, 100));
    second.abort();
    await expect(again).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(10);
  });

  it("uses a limiter it is given, once per window", async () => {
    server.handle(rowsPerWindow("created"));
    let acquired = 0;
    let released = 0;
    const limiter: Limiter = {
      acquire: async () => {
        acquired++;
        return () => void released++;
      },
    };
    await exportConversations(dixa(), {
      from: START,
      to: START + 70 * DAY,
      rateLimit: limiter,
    }).toArray();
    expect([acquired, released, server.requests.length]).toEqual([3, 3, 3]);
  });

  it("throws the typed error of a failed window, after the rows of the windows before it", async () => {
    server.handle((req) =>
      Number(req.query.get("created_after")) === START
        ? { body: [conversationRow] }
        : { status: 400, body: "Invalid query parameters" },
    );
    const seen: unknown[] = [];
    const walk = async () => {
      for await (const row of exportConversations(dixa(), {
        from: START,
        to: START + 70 * DAY,
        rateLimit: false,
      })) {
        seen.push(row);
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(BadRequestError);
    expect(seen).toEqual([conversationRow]);
    expect(server.requests).toHaveLength(2);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a from that is not a date", { from: "last tuesday", to: "2024-02-01" }, "from"],
    ["an impossible day", { from: "2024-02-30", to: "2024-03-01" }, "from"],
    ["an invalid Date", { from: new Date(Number.NaN), to: new Date(START) }, "from"],
    ["fractional milliseconds", { from: 1.5, to: START }, "from"],
    ["a to that is not a date", { from: "2024-01-01", to: {} }, "to"],
    ["a missing to", { from: "2024-01-01" }, "to"],
    ["from equal to to", { from: START, to: new Date(START) }, "to"],
    ["from after to", { from: "2024-02-01", to: "2024-01-01" }, "to"],
    ["an unknown dateField", { from: START, to: START + DAY, dateField: "deleted" }, "dateField"],
  ])("refuses %s with a ValidationError naming %s, sending nothing", (_name, options, field) => {
    let error: unknown;
    try {
      exportConversations(dixa(), options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(/^\[@cxkit\/dixa\] /);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses rateLimit options that cannot work with a ConfigError naming the option", () => {
    let error: unknown;
    try {
      exportConversations(dixa(), {
        from: START,
        to: START + DAY,
        rateLimit: { requests: 0, perMs: 1 },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ option: "rateLimit.requests" });
    expect((error as Error).message).toMatch(/^\[@cxkit\/dixa\] /);
  });
});

describe("exportMessages", () => {
  it("walks 40 days in 2 windows on created_after / created_before, rows in order", async () => {
    server.handle((req) => {
      const after = Number(req.query.get("created_after"));
      return { body: [{ ...messageRow, csid: after === START ? 1 : 2 }] };
    });
    const rows = await exportMessages(dixa(), {
      from: "2024-01-01",
      to: "2024-02-10",
      rateLimit: false,
    }).toArray();
    expect(rows.map((r) => r.csid)).toEqual([1, 2]);
    expect(server.requests.map((r) => [r.path, Object.fromEntries(r.query)])).toEqual([
      ["/v1/message_export", windowQuery("created", START, START + 31 * DAY)],
      ["/v1/message_export", windowQuery("created", START + 31 * DAY, START + 40 * DAY)],
    ]);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("refuses an empty period with a ValidationError naming to", () => {
    expect(() => exportMessages(dixa(), { from: START, to: START })).toThrow(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});
