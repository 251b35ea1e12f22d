import { describe, expect, it } from "vitest";
import * as core from "@cxkit/core";
import * as internal from "@cxkit/core/internal";

describe("@cxkit/core exports", () => {
  it("exposes the public API from the package entry", () => {
    for (const name of [
      "unwrap",
      "paginate",
      "RateLimiter",
      "isAlreadyApplied",
      "isLimiter",
    ] as const) {
      expect(typeof core[name], name).toBe("function");
    }
    for (const name of [
      "CxkitError",
      "ApiError",
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "UnprocessableEntityError",
      "RateLimitError",
      "InternalServerError",
      "NetworkError",
      "TimeoutError",
      "AbortError",
      "AuthError",
      "ConfigError",
      "ValidationError",
      "WebhookVerificationError",
    ] as const) {
      expect(typeof core[name], name).toBe("function");
    }
    expect(core.REDACTED).toBe("[REDACTED]");
  });

  it("keeps runtime internals out of the public entry, in ./internal", () => {
    const publicNames = Object.keys(core);
    for (const name of [
      "createCxkitClient",
      "SecretSet",
      "checkBaseUrl",
      "decideRetry",
      "decideRedirect",
    ]) {
      expect(publicNames, name).not.toContain(name);
      expect(typeof (internal as Record<string, unknown>)[name], name).toBe("function");
    }
  });
});
