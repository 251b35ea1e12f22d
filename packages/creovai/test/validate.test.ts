// The checks Creovai's SDK makes before sending, applied by the upload helpers and by validateChat /
// validateCase / validateCall: each rule is refused with a ValidationError naming the field, and
// nothing reaches the server.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  captureCall,
  captureCase,
  captureChat,
  createCreovaiClient,
  uploadCall,
  uploadChat,
  validateCall,
  validateCase,
  validateChat,
  ValidationError,
  type CreovaiCaptureCallRequest,
  type CreovaiCaptureCaseRequest,
  type CreovaiCaptureChatRequest,
  type CreovaiCaseSession,
  type CreovaiChatSession,
  type CreovaiRecordingInfo,
} from "@cxkit/creovai";
import { AUDIO, v1Case, v1CallInfo, v1Chat, v2Case, v2CallInfo, v2Chat } from "./fixtures.js";

const server = useTestServer();

type Case<T> = [name: string, change: (body: T) => void, field: string];

const v1ChatCases: Case<CreovaiChatSession>[] = [
  [
    "UtcStart with another offset",
    (c) => (c.UtcStart = "2017-08-16T21:30:00+02:00"),
    "body.UtcStart",
  ],
  ["UtcStart without an offset", (c) => (c.UtcStart = "2017-08-16T19:30:00"), "body.UtcStart"],
  ["UtcEnd with -00:00", (c) => (c.UtcEnd = "2017-08-16T19:33:00-00:00"), "body.UtcEnd"],
  ["UtcEnd that is not a date", (c) => (c.UtcEnd = "2017-02-30T19:33:00Z"), "body.UtcEnd"],
  ["UtcEnd missing", (c) => delete (c as Partial<CreovaiChatSession>).UtcEnd, "body.UtcEnd"],
  ["UtcStart after UtcEnd", (c) => (c.UtcStart = "2017-08-16T19:33:00.001Z"), "body.UtcEnd"],
  [
    "a message before UtcStart (the docs' own sample does this)",
    (c) => (c.Contacts[1]!.Messages[0]!.UtcTimestamp = "2017-08-15T19:31:00Z"),
    "body.Contacts[1].Messages[0].UtcTimestamp",
  ],
  [
    "a message after UtcEnd",
    (c) => (c.Contacts[0]!.Messages[1]!.UtcTimestamp = "2017-08-16T19:33:00.0000001Z"),
    "body.Contacts[0].Messages[1].UtcTimestamp",
  ],
  [
    "a message time that is not UTC",
    (c) => (c.Contacts[0]!.Messages[0]!.UtcTimestamp = "2017-08-16T14:30:40-05:00"),
    "body.Contacts[0].Messages[0].UtcTimestamp",
  ],
];

const v2ChatCases: Case<CreovaiCaptureChatRequest>[] = [
  ["utcStart local time", (c) => (c.utcStart = "2017-08-16T19:30:00"), "body.utcStart"],
  ["utcEnd before utcStart", (c) => (c.utcEnd = "2017-08-16T19:29:59.999Z"), "body.utcEnd"],
  [
    "a message outside the span (by 100 ns)",
    (c) => (c.participants[1]!.messages![0]!.utcTimestamp = "2017-08-16T19:29:59.9999999Z"),
    "body.participants[1].messages[0].utcTimestamp",
  ],
  [
    "a message time with an offset",
    (c) => (c.participants[0]!.messages![0]!.utcTimestamp = "2017-08-16T20:30:40+01:00"),
    "body.participants[0].messages[0].utcTimestamp",
  ],
  ["no sessionId", (c) => (c.sessionId = ""), "body.sessionId"],
  ["no participants", (c) => (c.participants = []), "body.participants"],
  [
    "a participant without referenceId",
    (c) => (c.participants[1]!.referenceId = ""),
    "body.participants[1].referenceId",
  ],
  [
    "a participant without type",
    (c) => delete (c.participants[0] as Partial<CreovaiCaptureChatRequest["participants"][0]>).type,
    "body.participants[0].type",
  ],
  [
    "a message without content",
    (c) => delete (c.participants[0]!.messages![0] as { content?: string }).content,
    "body.participants[0].messages[0].content",
  ],
];

const v1CaseCases: Case<CreovaiCaseSession>[] = [
  ["UtcStart not UTC", (c) => (c.UtcStart = "2024-03-04T10:12:00+01:00"), "body.UtcStart"],
  ["UtcEnd before UtcStart", (c) => (c.UtcEnd = "2024-03-04T09:11:59Z"), "body.UtcEnd"],
  [
    "a message after UtcEnd",
    (c) => (c.Messages![0]!.UtcTimestamp = "2024-03-04T11:40:01Z"),
    "body.Messages[0].UtcTimestamp",
  ],
];

const v2CaseCases: Case<CreovaiCaptureCaseRequest>[] = [
  ["utcEnd not UTC", (c) => (c.utcEnd = "2024-03-04T11:40:00+00:30"), "body.utcEnd"],
  ["utcStart after utcEnd", (c) => (c.utcStart = "2024-03-04T11:40:00.5Z"), "body.utcEnd"],
  [
    "a message before utcStart",
    (c) => (c.messages![1]!.utcTimestamp = "2024-03-04T09:11:00Z"),
    "body.messages[1].utcTimestamp",
  ],
  ["no sessionId", (c) => (c.sessionId = ""), "body.sessionId"],
];

const v1CallCases: Case<CreovaiRecordingInfo>[] = [
  ["StartTime not UTC", (i) => (i.StartTime = "2015-06-04T13:26:17+03:00"), "body.info.StartTime"],
  ["EndTime before StartTime", (i) => (i.EndTime = "2015-06-04T13:26:16Z"), "body.info.EndTime"],
];

const v2CallCases: Case<CreovaiCaptureCallRequest>[] = [
  ["utcStart not UTC", (i) => (i.utcStart = "2024-05-02"), "body.info.utcStart"],
  ["utcEnd before utcStart", (i) => (i.utcEnd = "2024-05-02T14:43:33Z"), "body.info.utcEnd"],
  ["no sessionId", (i) => (i.sessionId = ""), "body.info.sessionId"],
  ["no participants", (i) => (i.participants = []), "body.info.participants"],
];

function refused<T>(fixture: () => T, change: (body: T) => void): T {
  const body = fixture();
  change(body);
  return body;
}

async function expectRefused(run: () => Promise<unknown> | unknown, field: string) {
  const error = await (async () => run())().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error).toMatchObject({ field, message: expect.stringContaining(field) });
  expect(server.requests).toHaveLength(0);
}

const creovai = () => createCreovaiClient({ token: "t", baseUrl: server.url });

describe.each([
  ["v1 chat: uploadChat", v1ChatCases, v1Chat, (b: CreovaiChatSession) => uploadChat(creovai(), b)],
  ["v1 chat: validateChat", v1ChatCases, v1Chat, (b: CreovaiChatSession) => validateChat(b)],
] as const)("%s", (_name, cases, fixture, run) => {
  it.each(cases)("refuses %s", (_rule, change, field) =>
    expectRefused(() => run(refused(fixture, change)), field),
  );
});

describe.each([
  ["v2 chat: captureChat", (b: CreovaiCaptureChatRequest) => captureChat(creovai(), b)],
  ["v2 chat: validateChat", (b: CreovaiCaptureChatRequest) => validateChat(b)],
] as const)("%s", (_name, run) => {
  it.each(v2ChatCases)("refuses %s", (_rule, change, field) =>
    expectRefused(() => run(refused(v2Chat, change)), field),
  );
});

describe("cases", () => {
  it.each(v1CaseCases)("validateCase refuses a v1 case with %s", (_rule, change, field) =>
    expectRefused(() => validateCase(refused(v1Case, change)), field),
  );
  it.each(v2CaseCases)("captureCase refuses %s", (_rule, change, field) =>
    expectRefused(() => captureCase(creovai(), refused(v2Case, change)), field),
  );
  it.each(v2CaseCases)("validateCase refuses a v2 case with %s", (_rule, change, field) =>
    expectRefused(() => validateCase(refused(v2Case, change)), field),
  );
});

describe("call recordings", () => {
  it.each(v1CallCases)("uploadCall refuses %s", (_rule, change, field) =>
    expectRefused(
      () =>
        uploadCall(creovai(), {
          info: refused(v1CallInfo, change),
          audio: AUDIO,
          contentType: "audio/wav",
        }),
      field,
    ),
  );
  it.each(v2CallCases)("captureCall refuses %s", (_rule, change, field) =>
    expectRefused(
      () => captureCall(creovai(), { info: refused(v2CallInfo, change), audio: AUDIO }),
      field,
    ),
  );
  it.each(v2CallCases)("validateCall refuses %s", (_rule, change, field) =>
    expectRefused(() => validateCall(refused(v2CallInfo, change)), field),
  );
});

describe("what passes", () => {
  it.each([
    ["a v1 chat with messages on both bounds", () => validateChat(v1Chat())],
    ["a v2 chat with +00:00 and seven fraction digits", () => validateChat(v2Chat())],
    ["a v1 case", () => validateCase(v1Case())],
    ["a v2 case with messages on both bounds", () => validateCase(v2Case())],
    ["a v1 call without EndTime", () => validateCall({ ...v1CallInfo(), EndTime: undefined })],
    ["a v2 call without utcEnd", () => validateCall({ ...v2CallInfo(), utcEnd: undefined })],
    [
      "a chat whose start equals its end",
      () =>
        validateChat({
          ...v2Chat(),
          participants: [{ referenceId: "a", type: "System" }],
          utcEnd: "2017-08-16T19:30:00Z",
        }),
    ],
    [
      "an empty message content (the SDK refuses only a missing one)",
      () =>
        validateChat({
          ...v2Chat(),
          participants: [
            {
              referenceId: "a",
              type: "Bot",
              messages: [{ content: "", utcTimestamp: "2017-08-16T19:30:00Z" }],
            },
          ],
        }),
    ],
  ])("%s", (_name, run) => {
    expect(run).not.toThrow();
  });
});

describe("the wrong generation is refused before sending", () => {
  it.each([
    [
      "uploadChat given a v2 chat",
      () => uploadChat(creovai(), v2Chat() as unknown as CreovaiChatSession),
      "body",
    ],
    [
      "captureChat given a v1 chat",
      () => captureChat(creovai(), v1Chat() as unknown as CreovaiCaptureChatRequest),
      "body",
    ],
    [
      "captureCase given a v1 case",
      () => captureCase(creovai(), v1Case() as unknown as CreovaiCaptureCaseRequest),
      "body",
    ],
    [
      "uploadCall given a v2 info",
      () =>
        uploadCall(creovai(), {
          info: v2CallInfo() as unknown as CreovaiRecordingInfo,
          audio: AUDIO,
        }),
      "body.info",
    ],
    [
      "captureCall given a v1 info",
      () =>
        captureCall(creovai(), {
          info: v1CallInfo() as unknown as CreovaiCaptureCallRequest,
          audio: AUDIO,
        }),
      "body.info",
    ],
  ])("%s", (_name, run, field) => expectRefused(run, field));
});
