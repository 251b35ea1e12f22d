import { describe, expect, it } from "vitest";
import { createHaptikClient, type HaptikClientOptions } from "@cxkit/haptik";

const ok = { token: "t", clientId: "c", baseUrl: "https://acme.haptikapi.com" };

describe("createHaptikClient rejects bad options, naming the option", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["missing baseUrl", { token: "t", clientId: "c" }, "baseUrl"],
    ["missing token", { clientId: "c", baseUrl: ok.baseUrl }, "token"],
    ["empty token", { ...ok, token: "" }, "token"],
    ["missing clientId", { token: "t", baseUrl: ok.baseUrl }, "clientId"],
    ["empty clientId", { ...ok, clientId: " " }, "clientId"],
    ["http to a remote host", { ...ok, baseUrl: "http://acme.haptikapi.com" }, "baseUrl"],
  ])("%s", (_name, options, option) => {
    expect(() => createHaptikClient(options as unknown as HaptikClientOptions)).toThrow(
      expect.objectContaining({
        name: "ConfigError",
        option,
        message: expect.stringContaining(option),
      }),
    );
  });

  it("accepts a complete set", () => {
    expect(() => createHaptikClient(ok)).not.toThrow();
  });
});
