// Creovai's client against @cxkit/testing's mock: the form-encoded /Token exchange, the cached token,
// and a ChatCall validated against specs/creovai/openapi.yaml.
import { mockCreovai, type CreovaiMockServer } from "@cxkit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatCallId, createCreovaiClient, type CreovaiChatCall } from "@cxkit/creovai";

let mock: CreovaiMockServer;
beforeAll(async () => {
  mock = await mockCreovai({ credentials: { clientId: "api-user", clientSecret: "api-secret" } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const chat: CreovaiChatCall = {
  SessionId: "haptik-1234-2",
  UtcStart: "2020-06-22T07:24:25Z",
  UtcEnd: "2020-06-22T07:24:26Z",
  Contacts: [
    { Type: "Customer", Messages: [{ Content: "Hi", UtcTimestamp: "2020-06-22T07:24:25Z" }] },
    { Type: "System", Messages: [{ Content: "Hello", UtcTimestamp: "2020-06-22T07:24:26Z" }] },
  ],
};

describe("Creovai client against the mock", () => {
  it("exchanges the client credentials once and uploads chats with the issued token", async () => {
    const creovai = createCreovaiClient({
      clientId: "api-user",
      clientSecret: "api-secret",
      baseUrl: mock.url,
    });
    for (let i = 0; i < 2; i++) {
      const { data } = await creovai.POST("/chatCapture/v1", { body: chat });
      expect(chatCallId(data!)).toBe("bbsnbcbe3");
    }
    expect(mock.requests.map((r) => [r.operationId, r.valid])).toEqual([
      ["getToken", true],
      ["uploadChat", true],
      ["uploadChat", true],
    ]);
    expect(mock.requestsOf("uploadChat")[0]!.body).toEqual(chat);
  });

  it("wrong client credentials fail at /Token", async () => {
    const creovai = createCreovaiClient({
      clientId: "api-user",
      clientSecret: "wrong",
      baseUrl: mock.url,
      retry: false,
    });
    await expect(creovai.POST("/chatCapture/v1", { body: chat })).rejects.toThrow();
    expect(mock.requests.map((r) => [r.operationId, r.status])).toEqual([["getToken", 401]]);
  });

  it("a ChatCall without SessionId gets Creovai's text validation message", async () => {
    const creovai = createCreovaiClient({
      clientId: "api-user",
      clientSecret: "api-secret",
      baseUrl: mock.url,
      retry: false,
    });
    const { SessionId: _dropped, ...rest } = chat;
    const { error, response } = await creovai.POST("/chatCapture/v1", { body: rest as never });
    expect(response.status).toBe(400);
    expect(error).toBe("The SessionId field is required.");
  });
});
