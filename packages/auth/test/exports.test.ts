import { describe, expect, it } from "vitest";
import * as auth from "@cxkit/auth";

describe("@cxkit/auth exports", () => {
  it("exports every strategy and token provider", () => {
    for (const name of [
      "bearer",
      "apiKeyHeader",
      "credentialHeaders",
      "combineAuth",
      "createTokenProvider",
      "clientCredentials",
      "checkCredential",
      "resolveCredential",
      "isTokenProvider",
    ] as const) {
      expect(typeof auth[name], name).toBe("function");
    }
    expect(auth.noAuth.credentialHeaders).toEqual([]);
  });
});
