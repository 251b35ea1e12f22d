import { describe, expect, it } from "vitest";
import {
  apiKeyHeader,
  bearer,
  checkCredential,
  combineAuth,
  credentialHeaders,
} from "../src/index.js";

describe("strategies", () => {
  it.each([
    ["bearer string", bearer("t0k"), { Authorization: "Bearer t0k" }],
    ["bearer function", bearer(async () => "fn-token"), { Authorization: "Bearer fn-token" }],
    [
      "raw api key",
      apiKeyHeader({ header: "Authorization", value: "k3y" }),
      { Authorization: "k3y" },
    ],
    [
      "prefixed api key",
      apiKeyHeader({ header: "x-api-key", value: () => "k", prefix: "Token " }),
      { "x-api-key": "Token k" },
    ],
    [
      "bearer plus client-id",
      combineAuth(bearer("t"), credentialHeaders({ "client-id": "c" })),
      { Authorization: "Bearer t", "client-id": "c" },
    ],
  ])("%s", async (_name, strategy, expected) => {
    expect(await strategy.headers({})).toEqual(expected);
    for (const name of Object.keys(expected)) {
      expect(strategy.credentialHeaders).toContain(name.toLowerCase());
    }
  });

  it("rejects a credential function that returns nothing, without echoing anything", async () => {
    await expect(bearer(async () => "").headers({})).rejects.toThrow(/token is empty/);
    await expect(bearer(async () => "", "apiKey").headers({})).rejects.toMatchObject({
      name: "AuthError",
      message: expect.stringMatching(/apiKey is empty/),
    });
  });

  it.each([
    [undefined, /apiKey is required/],
    ["", /apiKey is empty/],
    ["   ", /apiKey is empty/],
    [42, /apiKey is required/],
    ["a\nb", /apiKey must not contain line breaks/],
  ])("checkCredential(%j) names the option", (value, message) => {
    expect(() => checkCredential("@cxkit/x", "apiKey", value)).toThrow(message);
  });
});
