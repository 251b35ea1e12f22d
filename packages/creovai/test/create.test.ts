import { describe, expect, it } from "vitest";
import { createCreovaiClient, type CreovaiClientOptions } from "@cxkit/creovai";

describe("createCreovaiClient rejects bad options, naming the option", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["no credentials", { instance: "acme" }, "token"],
    ["empty token", { token: "", instance: "acme" }, "token"],
    ["client id without secret", { clientId: "id", instance: "acme" }, "clientSecret"],
    ["secret without client id", { clientSecret: "s", instance: "acme" }, "clientId"],
    ["no instance and no baseUrl", { token: "t" }, "instance"],
    ["instance that is not a host label", { token: "t", instance: "evil.com/x" }, "instance"],
    ["http to a remote host", { token: "t", baseUrl: "http://acme.audio.creovai.com" }, "baseUrl"],
  ])("%s", (_name, options, option) => {
    expect(() => createCreovaiClient(options as unknown as CreovaiClientOptions)).toThrow(
      expect.objectContaining({
        name: "ConfigError",
        option,
        message: expect.stringContaining(option),
      }),
    );
  });

  it("builds https://<instance>.audio.creovai.com from instance", async () => {
    const seen: string[] = [];
    const creovai = createCreovaiClient({
      token: "t",
      instance: "acme",
      retry: false,
      fetch: async (input) => {
        seen.push(String(input));
        return new Response('{"callId":"x"}', { headers: { "content-type": "application/json" } });
      },
    });
    await creovai.POST("/chatCapture/v1", {
      body: {
        SessionId: "s",
        UtcStart: "2024-01-01T00:00:00Z",
        UtcEnd: "2024-01-01T00:01:00Z",
        Contacts: [],
      },
    });
    expect(seen).toEqual(["https://acme.audio.creovai.com/chatCapture/v1"]);
  });
});
