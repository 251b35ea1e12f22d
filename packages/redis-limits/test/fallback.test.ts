// (b) Redis killed mid-run, then restarted; Redis frozen (a hang), then thawed. Two limiters on one key
// stand for two processes (each has its own connection and identity, as a process would).
import { createDixaClient } from "@cxkit/dixa";
import { createRedisRateLimiter, type RedisLimiterEvent } from "@cxkit/redis-limits";
import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshKey, useRedis } from "./helpers/use-redis.js";

const redis = useRedis();
let http: TestServer;
/** Receive time (performance.now()) of each request, and the API key (which worker) it came with. */
const arrivals: Array<{ at: number; worker: string }> = [];
beforeAll(async () => {
  http = await startServer((req) => {
    arrivals.push({ at: performance.now(), worker: String(req.headers.authorization) });
    return { body: { data: { id: 1, _type: "EmailConversation" } } };
  });
});
afterAll(() => http.close());

type Seen = RedisLimiterEvent & { at: number; limiter: string };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Requests per second that arrived between two times (from one worker, or all). */
const rate = (from: number, to: number, worker?: string) =>
  (arrivals.filter((a) => a.at >= from && a.at < to && (!worker || a.worker === worker)).length *
    1000) /
  (to - from);

/** A limiter and a Dixa client on it, `calls` calls started at once; the calls' outcomes. */
function worker(
  name: string,
  redisClient: Parameters<typeof createRedisRateLimiter>[0]["redis"],
  key: string,
  events: Seen[],
  calls: number,
) {
  const limiter = createRedisRateLimiter({
    redis: redisClient,
    key,
    requests: 20,
    perMs: 200,
    perDay: 100_000,
    commandTimeoutMs: 200,
    // Sized as if 4 processes shared the key, so the local phase is visibly slower.
    fallback: { share: 1 / 4, probeMs: 200 },
    onEvent: (event) => events.push({ ...event, at: performance.now(), limiter: name }),
  });
  const dixa = createDixaClient({ apiKey: name, baseUrl: http.url, rateLimit: limiter });
  const outcomes = Promise.all(
    Array.from({ length: calls }, () =>
      dixa
        .GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 7 } } })
        .then(
          ({ response }) => String(response.status),
          (error: unknown) => String(error),
        ),
    ),
  );
  const seen = (type: RedisLimiterEvent["type"]) =>
    events.find((event) => event.type === type && event.limiter === name)?.at;
  return { limiter, outcomes, seen };
}

describe("when Redis goes away", () => {
  it("falls back to the local share when Redis is killed, and shares again after a restart", async () => {
    const key = freshKey("killed");
    const events: Seen[] = [];
    const a = worker("a", redis.ioredis(), key, events, 150);
    const b = worker("b", await redis.client("redis@6"), key, events, 150);
    const start = performance.now();
    await sleep(800);
    await redis.server.kill();
    const killedAt = performance.now();
    await until(() => events.filter((e) => e.type === "fallback").length === 2, 3000, "fallback");
    await sleep(1000);
    await redis.server.restart();
    await until(
      () => events.filter((e) => e.type === "recovered").length === 2,
      10_000,
      "recovery",
    );

    const outcomes = [...(await a.outcomes), ...(await b.outcomes)];
    const end = performance.now();
    expect(outcomes.filter((o) => o !== "200")).toEqual([]); // no call lost or failed
    expect(outcomes).toHaveLength(300);
    expect([a.limiter.mode, b.limiter.mode]).toEqual(["shared", "shared"]);

    for (const event of events.filter((e) => e.type === "fallback")) {
      expect(event).toMatchObject({ share: 0.25, key });
      expect(event.at - killedAt).toBeLessThan(2000); // a command timeout (200 ms), with room for load
    }
    const localStarts = events.flatMap((e) => (e.type === "recovered" ? [e.localStarts] : []));
    expect(localStarts.every((n) => n > 0)).toBe(true);
    // The daily count Redis keeps after the restart includes the starts granted locally meanwhile.
    expect(await a.limiter.remainingToday()).toBeLessThanOrEqual(
      100_000 - localStarts.reduce((x, y) => x + y, 0),
    );

    // Observed in the rate: 100/s shared; while each limits on its own, 1/4 of it (25/s) each. The
    // first window after each switch is left out: a fresh local limiter starts with a full window
    // (the documented transient), and slots granted before a switch may still be arriving.
    const shared = rate(start, killedAt);
    const phases = [a, b].map(({ seen }) => [seen("fallback")! + 200, seen("recovered")!] as const);
    const local = phases.map(([from, to], i) => rate(from, to, "ab"[i]));
    const recoveredAt = Math.max(...phases.map(([, to]) => to));
    const after = rate(recoveredAt + 200, end);
    console.log(
      `shared ${shared.toFixed(0)}/s; local ${local.map((r) => r.toFixed(0)).join(" + ")}/s; ` +
        `shared again ${after.toFixed(0)}/s`,
    );
    phases.forEach(([from, to], i) => {
      // The local limit at 1/4: 5 per 204 ms (perMs + the default 4 ms margin). A sliding window lets
      // at most 5 x ceil(L / 204) through in any L ms; 50 ms of slack for arrival jitter.
      const count = (local[i]! * (to - from)) / 1000;
      expect(count).toBeLessThanOrEqual(5 * Math.ceil((to - from + 50) / 204) + 1e-9);
      expect(local[i]).toBeGreaterThan(10);
    });
    expect(after).toBeGreaterThan(local[0]! + local[1]!);
  }, 30_000);

  it("a Redis that hangs (SIGSTOP) never hangs a call: each command is bounded", async () => {
    const key = freshKey("frozen");
    const events: Seen[] = [];
    const a = worker("a", redis.ioredis(), key, events, 60);
    await sleep(200);
    redis.server.freeze();
    try {
      await until(() => events.some((e) => e.type === "fallback"), 2000, "fallback");
      expect(events.find((e) => e.type === "fallback")).toMatchObject({ reason: "timeout" });
      expect(a.limiter.mode).toBe("local");
      await sleep(300);
    } finally {
      redis.server.thaw();
    }
    await until(() => events.some((e) => e.type === "recovered"), 5000, "recovery");
    const outcomes = await a.outcomes;
    expect(outcomes.filter((o) => o !== "200")).toEqual([]);
    expect(a.limiter.mode).toBe("shared");
  }, 30_000);
});
