import { describe, expect, it } from "vitest";
import { createDixaClient, type DixaClientOptions } from "@cxkit/dixa";

describe("createDixaClient rejects bad options, naming the option", () => {
  it.each<[string, unknown, string]>([
    ["no options", undefined, "options"],
    ["missing apiKey", {}, "apiKey"],
    ["empty apiKey", { apiKey: "" }, "apiKey"],
    ["blank apiKey", { apiKey: "   " }, "apiKey"],
    ["apiKey with a line break", { apiKey: "key\r\nX-Injected: 1" }, "apiKey"],
    ["http to a remote host", { apiKey: "k", baseUrl: "http://dev.dixa.io" }, "baseUrl"],
    ["not a URL", { apiKey: "k", baseUrl: "nope" }, "baseUrl"],
  ])("%s", (_name, options, option) => {
    let error: unknown;
    try {
      createDixaClient(options as DixaClientOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: "ConfigError", option });
    expect((error as Error).message).toMatch(/^\[@cxkit\/dixa\] /);
    expect((error as Error).message).toContain(option);
  });

  it("accepts http:// for loopback hosts", () => {
    for (const baseUrl of ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"]) {
      expect(() => createDixaClient({ apiKey: "k", baseUrl })).not.toThrow();
    }
  });
});

describe("defaults", () => {
  it("calls https://dev.dixa.io with the raw key as Authorization", async () => {
    const seen: { url: string; method: string; authorization: string | null }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = input instanceof Request ? input : undefined;
      seen.push({
        url: request ? request.url : String(input),
        method: init?.method ?? request?.method ?? "GET",
        authorization: new Headers(init?.headers ?? request?.headers).get("authorization"),
      });
      return new Response(JSON.stringify({ data: [] }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    };
    const dixa = createDixaClient({ apiKey: "dixa-key", fetch });
    const { data, error } = await dixa.GET("/v1/conversations/{conversationId}/tags", {
      params: { path: { conversationId: 42 } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual({ data: [] });
    expect(seen).toEqual([
      {
        url: "https://dev.dixa.io/v1/conversations/42/tags",
        method: "GET",
        authorization: "dixa-key",
      },
    ]);
  });

  it("takes the key from a function, sent raw as well", async () => {
    const authorizations: (string | null)[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = input instanceof Request ? input : undefined;
      authorizations.push(new Headers(init?.headers ?? request?.headers).get("authorization"));
      return new Response(null, { status: 204 });
    };
    const dixa = createDixaClient({ apiKey: () => "rotated-key", fetch });
    const { response } = await dixa.PUT("/v1/conversations/{conversationId}/close", {
      params: { path: { conversationId: 1 } },
    });
    expect(response.status).toBe(204);
    expect(authorizations).toEqual(["rotated-key"]);
  });
});

describe("an option the client does not take", () => {
  it.each([
    ["baseURL", /unknown option "baseURL" \(did you mean "baseUrl"\?\)/],
    ["apikey", /unknown option "apikey" \(did you mean "apiKey"\?\)/],
    ["retries", /unknown option "retries"; the options are apiKey, baseUrl/],
  ])("%s is a ConfigError naming it, before anything is sent", (name, message) => {
    const options = { apiKey: "k", [name]: "x" } as unknown as Parameters<
      typeof createDixaClient
    >[0];
    expect(() => createDixaClient(options)).toThrow(
      expect.objectContaining({
        name: "ConfigError",
        option: name,
        message: expect.stringMatching(message),
      }),
    );
  });
});
