import { describe, expect, it } from "vitest";
import * as core from "@cxkit/core";

describe("@cxkit/core exports", () => {
  it("exports the runtime and one error hierarchy", () => {
    for (const name of [
      "createCxkitClient",
      "unwrap",
      "paginate",
      "RateLimiter",
      "checkBaseUrl",
    ] as const) {
      expect(typeof core[name], name).toBe("function");
    }
    for (const name of [
      "ApiError",
      "AuthError",
      "ConfigError",
      "NetworkError",
      "TimeoutError",
      "AbortError",
      "RateLimitError",
    ] as const) {
      expect(
        new core[name]("x", {
          status: 500,
          option: "o",
          maybeSent: true,
          timeoutMs: 1,
          kind: "attempt",
          retryAfterMs: 1,
        } as never),
      ).toBeInstanceOf(core.CxkitError);
    }
  });
});
