import { startServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { AbortError, RateLimiter, type LimiterClock } from "../src/index.js";
import { testClient } from "./helpers.js";

/** A clock whose time moves only when the test says so. */
class FakeClock implements LimiterClock {
  time = 0;
  #timers: Array<{ at: number; fn: () => void; id: number }> = [];
  #next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.#next++;
    this.#timers.push({ at: this.time + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.#timers = this.#timers.filter((t) => t.id !== id);
  };
  /** Run timers in order until none is due at or before `until`. */
  async advanceTo(until: number) {
    for (;;) {
      await new Promise((r) => setImmediate(r));
      this.#timers.sort((a, b) => a.at - b.at);
      const due = this.#timers[0];
      if (!due || due.at > until) break;
      this.#timers.shift();
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = until;
    await new Promise((r) => setImmediate(r));
  }
}

describe("RateLimiter", () => {
  it("instanceof: true for a limiter of any copy of @cxkit/core, ordinary for a subclass", () => {
    class Sub extends RateLimiter {}
    const options = { requests: 1, perMs: 1000 };
    // What another copy's limiter looks like from here: its own class, the same registered mark.
    const mark = Object.getOwnPropertySymbols(new RateLimiter(options))[0]!;
    expect(mark).toBe(Symbol.for("@cxkit/core:rate-limiter"));
    const foreign = Object.defineProperty({ acquire: async () => () => {} }, mark, { value: true });
    expect(new RateLimiter(options)).toBeInstanceOf(RateLimiter);
    expect(foreign).toBeInstanceOf(RateLimiter);
    expect(new Sub(options)).toBeInstanceOf(RateLimiter);
    expect(new Sub(options)).toBeInstanceOf(Sub);
    expect(new RateLimiter(options)).not.toBeInstanceOf(Sub);
    expect(foreign).not.toBeInstanceOf(Sub);
    expect({ acquire: async () => () => {} }).not.toBeInstanceOf(RateLimiter);
    expect(null).not.toBeInstanceOf(RateLimiter);
  });

  it("500 calls through a 100-per-minute limiter never exceed 100 in any 60 s window", async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requests: 100, perMs: 60_000 }, clock);
    const starts: number[] = [];
    const order: number[] = [];
    const calls = Array.from({ length: 500 }, (_, i) =>
      limiter.acquire().then((release) => {
        starts.push(clock.now());
        order.push(i);
        release();
      }),
    );
    await clock.advanceTo(5 * 60_000);
    await Promise.all(calls);
    expect(starts).toHaveLength(500);
    expect(order).toEqual([...order].sort((a, b) => a - b)); // FIFO
    for (let i = 0; i < starts.length; i++) {
      const inWindow = starts.filter((t) => t >= starts[i]! && t < starts[i]! + 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(100);
    }
    // And it is not slower than it must be: 500 calls need 4 full windows.
    expect(starts.at(-1)).toBe(4 * 60_000);
  });

  it("Dixa's 10/s with bursts of 4: 4 at once, then spaced", async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requests: 10, perMs: 1000, burst: 4 }, clock);
    const starts: number[] = [];
    const calls = Array.from({ length: 24 }, () =>
      limiter.acquire().then((release) => {
        starts.push(clock.now());
        release();
      }),
    );
    await clock.advanceTo(10_000);
    await Promise.all(calls);
    expect(starts.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(starts[4]).toBe(100);
    for (let i = 0; i < starts.length; i++) {
      expect(
        starts.filter((t) => t >= starts[i]! && t < starts[i]! + 1000).length,
      ).toBeLessThanOrEqual(10);
    }
  });

  it("maxConcurrent holds calls until one finishes", async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requests: 100, perMs: 1000, maxConcurrent: 2 }, clock);
    const releases: Array<() => void> = [];
    let started = 0;
    for (let i = 0; i < 3; i++) {
      void limiter.acquire().then((release) => {
        started++;
        releases.push(release);
      });
    }
    await clock.advanceTo(0);
    expect(started).toBe(2);
    releases[0]!();
    await clock.advanceTo(0);
    expect(started).toBe(3);
  });

  it("a queued call stays cancellable", async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requests: 1, perMs: 1000 }, clock);
    (await limiter.acquire())();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });

  it("one limiter shared by two clients limits them together", async () => {
    const server = await startServer();
    try {
      const limiter = new RateLimiter({ requests: 3, perMs: 60_000 });
      const a = testClient({ baseUrl: server.url, rateLimit: limiter });
      const b = testClient({ baseUrl: server.url, rateLimit: limiter });
      await a.GET("/things/{id}", { params: { path: { id: 1 } } });
      await b.GET("/things/{id}", { params: { path: { id: 2 } } });
      await a.GET("/things/{id}", { params: { path: { id: 3 } } });
      const controller = new AbortController();
      const fourth = b.GET("/things/{id}", {
        params: { path: { id: 4 } },
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 100);
      await expect(fourth).rejects.toBeInstanceOf(AbortError);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
