// The retry decision as a table, without sockets: what is retried, for which operations, how long.
import { describe, expect, it } from "vitest";
import {
  decideRetry,
  parseRetryAfter,
  resolveRetryOptions,
  type AttemptOutcome,
} from "../../src/internal.js";

const policy = resolveRetryOptions("@cxkit/test", {
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxRetryAfterMs: 5000,
});
const half = () => 0.5;
const response = (status: number, retryAfterMs?: number): AttemptOutcome => ({
  kind: "response",
  status,
  retryAfterMs,
});

describe("decideRetry", () => {
  it.each<[string, AttemptOutcome, boolean, number, unknown]>([
    ["200 is final", response(200), true, 0, { retry: false, why: "final" }],
    ["404 is final", response(404), true, 0, { retry: false, why: "final" }],
    [
      "429 is retried for a safe operation",
      response(429),
      true,
      0,
      { retry: true, delayMs: 50, fromRetryAfter: false },
    ],
    [
      "429 is retried for a write too (the server refused it)",
      response(429),
      false,
      0,
      { retry: true, delayMs: 50, fromRetryAfter: false },
    ],
    [
      "429 honours Retry-After",
      response(429, 2000),
      false,
      0,
      { retry: true, delayMs: 2000, fromRetryAfter: true },
    ],
    [
      "a Retry-After over the cap ends the call",
      response(429, 6000),
      true,
      0,
      { retry: false, why: "retry-after-too-long" },
    ],
    [
      "503 with Retry-After on a safe operation",
      response(503, 1000),
      true,
      1,
      { retry: true, delayMs: 1000, fromRetryAfter: true },
    ],
    ["503 to a write is not retried", response(503), false, 0, { retry: false, why: "unsafe" }],
    [
      "408 to a safe operation is retried",
      response(408),
      true,
      0,
      { retry: true, delayMs: 50, fromRetryAfter: false },
    ],
    [
      "second backoff doubles the ceiling",
      response(500),
      true,
      1,
      { retry: true, delayMs: 100, fromRetryAfter: false },
    ],
    ["retries exhausted", response(500), true, 2, { retry: false, why: "exhausted" }],
    [
      "never sent: retried even for a write",
      { kind: "network", maybeSent: false },
      false,
      0,
      { retry: true, delayMs: 50, fromRetryAfter: false },
    ],
    [
      "maybe sent: a write is not re-sent",
      { kind: "network", maybeSent: true },
      false,
      0,
      { retry: false, why: "unsafe" },
    ],
    [
      "maybe sent: a safe operation is",
      { kind: "network", maybeSent: true },
      true,
      0,
      { retry: true, delayMs: 50, fromRetryAfter: false },
    ],
    [
      "timeout: a write is not re-sent",
      { kind: "timeout" },
      false,
      0,
      { retry: false, why: "unsafe" },
    ],
    [
      "timeout: a safe operation is",
      { kind: "timeout" },
      true,
      1,
      { retry: true, delayMs: 100, fromRetryAfter: false },
    ],
  ])("%s", (_name, outcome, safe, retries, want) => {
    expect(decideRetry(outcome, safe, policy, retries, half)).toEqual(want);
  });

  it("retry: false never retries", () => {
    expect(decideRetry(response(503), true, resolveRetryOptions("@cxkit/test", false), 0)).toEqual({
      retry: false,
      why: "exhausted",
    });
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ["0", 0],
    ["1", 1000],
    ["1.5", 1500],
    ["-1", undefined],
    ["soon", undefined],
    ["Thu, 01 Jan 2026 00:00:03 GMT", 3000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
    ["", undefined],
  ])("%j -> %j ms", (value, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });
});

describe("resolveRetryOptions", () => {
  it.each([
    [{ maxRetries: Number.NaN }, "retry.maxRetries"],
    [{ maxRetries: -1 }, "retry.maxRetries"],
    [{ maxRetries: 1.5 }, "retry.maxRetries"],
    [{ maxRetries: Infinity }, "retry.maxRetries"],
    [{ baseDelayMs: -5 }, "retry.baseDelayMs"],
    [{ maxDelayMs: 2 ** 31 }, "retry.maxDelayMs"],
    [{ maxRetryAfterMs: Number.NaN }, "retry.maxRetryAfterMs"],
  ])("%j is a ConfigError naming %s", (options, option) => {
    expect(() => resolveRetryOptions("@cxkit/test", options)).toThrow(
      expect.objectContaining({ name: "ConfigError", option }),
    );
  });
});
