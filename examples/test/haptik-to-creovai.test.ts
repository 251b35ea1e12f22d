import type { CreovaiChatCall } from "@cxkit/creovai";
import type { HaptikChatHistory, HaptikChatMessage } from "@cxkit/haptik";
import { vendorSpecs } from "@cxkit/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { haptikTranscriptToChatCall } from "../src/haptik-to-creovai.js";

const msg = (
  message_id: number,
  sender: string,
  text: string,
  timestamp: string,
): HaptikChatMessage => ({ message_id, sender, text, timestamp });

// The Creovai spec's own ChatCall schema: every conversion result must fit it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...vendorSpecs.creovai.spec, $id: "creovai" });
const validChatCall = ajv.compile({ $ref: "creovai#/components/schemas/ChatCall" });

describe("haptikTranscriptToChatCall", () => {
  it.each<[string, HaptikChatMessage[], Partial<CreovaiChatCall>]>([
    [
      "the Haptik docs' sample: a user and the bot",
      [
        msg(1742, "user", "Search places to visit{task}", "06/22/20 07:24:25 AM UTC"),
        msg(1743, "bot", "TEXT", "06/22/20 07:24:26 AM UTC"),
      ],
      {
        UtcStart: "2020-06-22T07:24:25Z",
        UtcEnd: "2020-06-22T07:24:26Z",
        Contacts: [
          {
            Type: "Customer",
            ReferenceId: "ab112468917fgghdebc",
            Messages: [
              { Content: "Search places to visit{task}", UtcTimestamp: "2020-06-22T07:24:25Z" },
            ],
          },
          {
            Type: "System",
            ReferenceId: "bot",
            FirstName: "Bot",
            Messages: [{ Content: "TEXT", UtcTimestamp: "2020-06-22T07:24:26Z" }],
          },
        ],
      },
    ],
    [
      "a hand-over to an agent (bare name), whose messages come back after the user's",
      [
        msg(1, "user", "I need a human", "01/05/24 11:59:58 PM UTC"),
        msg(2, "bot", "Connecting you", "01/05/24 11:59:59 PM UTC"),
        msg(3, "Priya Raman Iyer", "Hi, Priya here", "01/06/24 12:00:10 AM UTC"),
        msg(4, "user", "Thanks!", "01/06/24 12:00:30 AM UTC"),
        msg(5, "Priya Raman Iyer", "Anything else?", "01/06/24 12:01:00 AM UTC"),
      ],
      {
        UtcStart: "2024-01-05T23:59:58Z",
        UtcEnd: "2024-01-06T00:01:00Z",
        Contacts: [
          {
            Type: "Customer",
            ReferenceId: "ab112468917fgghdebc",
            Messages: [
              { Content: "I need a human", UtcTimestamp: "2024-01-05T23:59:58Z" },
              { Content: "Thanks!", UtcTimestamp: "2024-01-06T00:00:30Z" },
            ],
          },
          {
            Type: "System",
            ReferenceId: "bot",
            FirstName: "Bot",
            Messages: [{ Content: "Connecting you", UtcTimestamp: "2024-01-05T23:59:59Z" }],
          },
          {
            Type: "Agent",
            ReferenceId: "Priya Raman Iyer",
            FirstName: "Priya",
            LastName: "Raman Iyer",
            Messages: [
              { Content: "Hi, Priya here", UtcTimestamp: "2024-01-06T00:00:10Z" },
              { Content: "Anything else?", UtcTimestamp: "2024-01-06T00:01:00Z" },
            ],
          },
        ],
      },
    ],
    [
      "v1.0-style agent(<name>) senders and two agents, one contact each",
      [
        msg(7, "agent(Sam)", "Hello", "12/31/23 12:00:00 PM UTC"),
        msg(8, "agent(Alex Kim)", "Taking over", "12/31/23 12:05:00 PM UTC"),
        msg(9, "agent(Sam)", "Bye", "12/31/23 12:06:00 PM UTC"),
      ],
      {
        UtcStart: "2023-12-31T12:00:00Z",
        UtcEnd: "2023-12-31T12:06:00Z",
        Contacts: [
          {
            Type: "Agent",
            ReferenceId: "Sam",
            FirstName: "Sam",
            Messages: [
              { Content: "Hello", UtcTimestamp: "2023-12-31T12:00:00Z" },
              { Content: "Bye", UtcTimestamp: "2023-12-31T12:06:00Z" },
            ],
          },
          {
            Type: "Agent",
            ReferenceId: "Alex Kim",
            FirstName: "Alex",
            LastName: "Kim",
            Messages: [{ Content: "Taking over", UtcTimestamp: "2023-12-31T12:05:00Z" }],
          },
        ],
      },
    ],
    [
      "messages out of order: UtcStart/UtcEnd are the earliest and latest",
      [
        msg(2, "bot", "second", "03/01/24 10:00:05 AM UTC"),
        msg(1, "User", "first", "03/01/24 10:00:00 AM UTC"),
      ],
      { UtcStart: "2024-03-01T10:00:00Z", UtcEnd: "2024-03-01T10:00:05Z" },
    ],
  ])("%s", (_name, chat_json, expected) => {
    const call = haptikTranscriptToChatCall(
      { chat_json },
      {
        sessionId: "haptik-1234-2",
        haptik: { businessId: 1234, userName: "ab112468917fgghdebc", conversationNo: 2 },
      },
    );
    expect(call).toMatchObject({ SessionId: "haptik-1234-2", ...expected });
    expect(call.Metadata).toEqual({
      Source: "Haptik",
      HaptikBusinessId: "1234",
      HaptikUserName: "ab112468917fgghdebc",
      HaptikConversationNo: 2,
      HaptikMessageIds: chat_json.map((m) => m.message_id),
    });
    expect(validChatCall(call), JSON.stringify(validChatCall.errors)).toBe(true);
    // Every message is within [UtcStart, UtcEnd], as Creovai's SDK requires.
    for (const contact of call.Contacts) {
      for (const m of contact.Messages) {
        expect(m.UtcTimestamp >= call.UtcStart && m.UtcTimestamp <= call.UtcEnd).toBe(true);
      }
    }
  });

  it("takes the bot's contact type, the customer's details, a master call id and more metadata", () => {
    const call = haptikTranscriptToChatCall(
      {
        chat_json: [
          msg(1, "bot", "Hi", "06/22/20 07:24:25 AM UTC"),
          msg(2, "user", "Yo", "06/22/20 07:24:26 AM UTC"),
        ],
      },
      {
        sessionId: "s",
        masterCallId: "m",
        botContactType: "Bot",
        customer: {
          referenceId: "crm-42",
          firstName: "Jane",
          lastName: "Doe",
          email: "jane@example.com",
        },
        metadata: { DixaConversationId: "7", Source: "Haptik via cxkit" },
      },
    );
    expect(call.MasterCallId).toBe("m");
    expect(call.Contacts.map((c) => c.Type)).toEqual(["Bot", "Customer"]);
    expect(call.Contacts[1]).toMatchObject({
      ReferenceId: "crm-42",
      FirstName: "Jane",
      LastName: "Doe",
      Email: "jane@example.com",
    });
    expect(call.Metadata).toEqual({
      Source: "Haptik via cxkit",
      HaptikMessageIds: [1, 2],
      DixaConversationId: "7",
    });
  });

  it.each<[string, unknown, Record<string, unknown>, string]>([
    [
      "an empty transcript",
      { chat_json: [] },
      { sessionId: "s" },
      "[@cxkit/examples] transcript.chat_json is empty: a ChatCall needs at least one message (UtcStart and UtcEnd come from them)",
    ],
    [
      "a text transcript",
      { chat_text: "user: hi\n" },
      { sessionId: "s" },
      '[@cxkit/examples] transcript.chat_json is missing: ask getChatHistory for response_type "json" (a chat_text transcript has no timestamps)',
    ],
    [
      "a malformed timestamp",
      {
        chat_json: [
          msg(1, "user", "hi", "06/22/20 07:24:25 AM UTC"),
          msg(2, "bot", "x", "2020-06-22T07:24:26Z"),
        ],
      },
      { sessionId: "s" },
      '[@cxkit/examples] transcript.chat_json[1].timestamp: [@cxkit/haptik] not a Haptik timestamp (MM/DD/YY hh:mm:ss AM UTC): "2020-06-22T07:24:26Z"',
    ],
    [
      "a message without a sender",
      { chat_json: [msg(1, " ", "hi", "06/22/20 07:24:25 AM UTC")] },
      { sessionId: "s" },
      "[@cxkit/examples] transcript.chat_json[0].sender is missing: it says who sent the message (user, bot or an agent)",
    ],
    [
      "no sessionId",
      { chat_json: [msg(1, "user", "hi", "06/22/20 07:24:25 AM UTC")] },
      { sessionId: "" },
      "[@cxkit/examples] options.sessionId is required: it becomes the ChatCall's SessionId",
    ],
  ])("refuses %s with an error naming the field", (_name, transcript, options, message) => {
    expect(() =>
      haptikTranscriptToChatCall(transcript as HaptikChatHistory, options as { sessionId: string }),
    ).toThrow(new TypeError(message));
  });
});
