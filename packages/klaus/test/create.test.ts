import { describe, expect, it } from "vitest";
import { createKlausClient, type KlausClientOptions } from "@cxkit/klaus";

describe("createKlausClient rejects bad options, naming the option", () => {
  it.each<[string, unknown, string]>([
    ["no options", undefined, "options"],
    ["missing token", {}, "token"],
    ["empty token", { token: "" }, "token"],
    ["http to a remote host", { token: "t", baseUrl: "http://example.com" }, "baseUrl"],
    ["not a URL", { token: "t", baseUrl: "nope" }, "baseUrl"],
    ["negative timeout", { token: "t", timeoutMs: -1 }, "timeoutMs"],
    // A subdomain is one host label: it can never point the token at another host.
    ["subdomain with a dot", { token: "t", subdomain: "acme.evil.example" }, "subdomain"],
    ["subdomain with a slash", { token: "t", subdomain: "acme/x" }, "subdomain"],
    ["subdomain not a string", { token: "t", subdomain: 42 }, "subdomain"],
  ])("%s", (_name, options, option) => {
    let error: unknown;
    try {
      createKlausClient(options as KlausClientOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: "ConfigError", option });
    expect((error as Error).message).toMatch(/^\[@cxkit\/klaus\] /);
    expect((error as Error).message).toContain(option);
  });

  it("accepts http:// for loopback hosts", () => {
    for (const baseUrl of ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"]) {
      expect(() => createKlausClient({ token: "t", baseUrl })).not.toThrow();
    }
  });
});
