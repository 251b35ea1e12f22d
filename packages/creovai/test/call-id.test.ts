// One call ID, whatever the route called it: `callIdOf()` on an answer, and the upload helpers'
// `{ callId }`, for every wire spelling (v1 `callId` / `CallId`, v2 `id`).
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  callIdOf,
  captureCall,
  captureCase,
  captureChat,
  chatCallId,
  createCreovaiClient,
  ResponseParseError,
  uploadCall,
  uploadChat,
  type CreovaiCaptureAnswer,
  type CreovaiClient,
  type CreovaiCallIdResult,
} from "@cxkit/creovai";
import { AUDIO, v1CallInfo, v1Chat, v2Case, v2CallInfo, v2Chat } from "./fixtures.js";

const server = useTestServer();

describe("callIdOf", () => {
  it.each<[string, CreovaiCaptureAnswer]>([
    ["v1 callId (documented)", { callId: "bbsnbcbe3" }],
    ["v1 CallId (the SDK model's)", { CallId: "bbsnbcbe3" }],
    ["v2 id", { id: "bbsnbcbe3" }],
  ])("reads %s", (_name, answer) => {
    expect(callIdOf(answer)).toBe("bbsnbcbe3");
  });

  it("reads other casings, as Creovai binds names case-insensitively", () => {
    expect(callIdOf({ CALLID: "x" } as unknown as CreovaiCaptureAnswer)).toBe("x");
    expect(callIdOf({ Id: "y" } as unknown as CreovaiCaptureAnswer)).toBe("y");
  });

  it.each([
    ["an empty object", {}],
    ["an empty ID", { callId: "" }],
    ["a number", { id: 42 }],
    ["null", null],
  ])("throws a TypeError for %s", (_name, answer) => {
    expect(() => callIdOf(answer as unknown as CreovaiCaptureAnswer)).toThrow(TypeError);
  });

  it("chatCallId (the older name) reads both v1 spellings", () => {
    expect(chatCallId({ callId: "a" })).toBe("a");
    expect(chatCallId({ CallId: "b" })).toBe("b");
  });
});

type Helper = (creovai: CreovaiClient) => Promise<CreovaiCallIdResult>;

const helpers: [string, string, Helper][] = [
  ["uploadChat", "/chatCapture/v1", (c) => uploadChat(c, v1Chat())],
  ["captureChat", "/capture/v2/chat", (c) => captureChat(c, v2Chat())],
  ["captureCase", "/capture/v2/case", (c) => captureCase(c, v2Case())],
  [
    "uploadCall",
    "/callCapture/v1/archive",
    (c) => uploadCall(c, { info: v1CallInfo(), audio: AUDIO, contentType: "audio/wav" }),
  ],
  ["captureCall", "/capture/v2/call", (c) => captureCall(c, { info: v2CallInfo(), audio: AUDIO })],
];

describe.each(helpers)("%s resolves to { callId }", (_name, path, helper) => {
  it.each([
    ["callId", { callId: "bbsnbcbe3" }],
    ["CallId", { CallId: "bbsnbcbe3" }],
    ["id", { id: "bbsnbcbe3" }],
  ])("from %s on the wire", async (_spelling, answer) => {
    server.handle(() => ({ body: answer }));
    const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
    await expect(helper(creovai)).resolves.toEqual({ callId: "bbsnbcbe3" });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${path}`]);
  });

  it("an accepted upload answered without an ID is a ResponseParseError with its status", async () => {
    server.handle(() => ({ status: 201, body: { sessionId: "s" } }));
    const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
    const error = await helper(creovai).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 201, method: "POST" });
    expect(server.requests).toHaveLength(1);
  });

  it("throws the ApiError of an error status, with Creovai's text message", async () => {
    server.handle(() => ({ status: 400, body: "The SessionId field is required." }));
    const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
    await expect(helper(creovai)).rejects.toMatchObject({
      name: "BadRequestError",
      status: 400,
      body: "The SessionId field is required.",
    });
  });
});

it("the helpers take a client created with throwOnError: true as well", async () => {
  server.handle(() => ({ body: { id: "z" } }));
  const creovai = createCreovaiClient({ token: "t", baseUrl: server.url, throwOnError: true });
  await expect(captureChat(creovai, v2Chat())).resolves.toEqual({ callId: "z" });
});

it("the helpers pass call options through (headers, signal)", async () => {
  server.handle(() => ({ body: { callId: "z" } }));
  const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
  await uploadChat(creovai, v1Chat(), { headers: { "x-trace": "abc" } });
  expect(server.requests[0]!.headers["x-trace"]).toBe("abc");
  const aborted = AbortSignal.abort();
  await expect(uploadChat(creovai, v1Chat(), { signal: aborted })).rejects.toMatchObject({
    name: "AbortError",
  });
  expect(server.requests).toHaveLength(1);
});
