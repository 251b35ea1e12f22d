import type { CreovaiChatCall, CreovaiChatContact } from "@cxkit/creovai";
import { parseHaptikTimestamp, type HaptikChatHistory } from "@cxkit/haptik";

/** Options of {@link haptikTranscriptToChatCall}. */
export interface HaptikTranscriptOptions {
  /** Creovai `SessionId`: the chat's unique id in the sending system (e.g. `haptik-<business>-<user>-<no>`). */
  sessionId: string;
  /** Creovai `MasterCallId`, when the chat is part of a larger interaction. */
  masterCallId?: string;
  /** The Haptik identifiers of the chat, stored in `Metadata`. */
  haptik?: {
    businessId?: string | number;
    userName?: string;
    conversationNo?: number;
  };
  /** Details of the customer (the Haptik user) for the `Customer` contact. */
  customer?: { referenceId?: string; firstName?: string; lastName?: string; email?: string };
  /**
   * Creovai contact `Type` for the bot's messages. Default `System`: one of Creovai's three default
   * types (a custom `Bot` type must first be configured in Creovai), and it keeps bot text apart
   * from what human agents said.
   */
  botContactType?: string;
  /** More `Metadata`, merged over the Haptik identifiers. */
  metadata?: Record<string, unknown>;
}

// Haptik's v1.0 transcripts name agents as `agent(<name>)`; v2.0 sends the bare name.
const AGENT = /^agent\((.*)\)$/i;

function fail(why: string): never {
  throw new TypeError(`[@cxkit/examples] ${why}`);
}

/** A Haptik timestamp as Creovai wants it: ISO 8601 in UTC, `Z`, whole seconds (`2020-06-22T07:24:25Z`). */
function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

/**
 * Turn a Haptik chat transcript (`getChatHistory` with `response_type: "json"`) into a Creovai ChatCall
 * for `POST /chatCapture/v1`.
 *
 * - Contacts by sender, in order of first appearance: `user` -> `Customer`; `bot` -> `System` (see
 *   `botContactType`); any other sender is a human agent's name (`agent(<name>)` is unwrapped) -> one
 *   `Agent` contact per name, `ReferenceId` the name, first and last name split at the first space.
 * - Message times are Haptik's `MM/DD/YY hh:mm:ss AM UTC`, parsed with `parseHaptikTimestamp` and
 *   written as ISO `Z`; `UtcStart`/`UtcEnd` are the earliest and latest message (for Haptik's
 *   oldest-first transcripts, the first and the last).
 * - `Metadata` carries `Source: "Haptik"`, the Haptik identifiers given in `options.haptik` and the
 *   message ids, then `options.metadata`.
 *
 * Throws a TypeError naming the field when the transcript is a `chat_text` one, is empty, or has a
 * message with a malformed timestamp or no sender, and when `sessionId` is empty.
 */
export function haptikTranscriptToChatCall(
  transcript: HaptikChatHistory,
  options: HaptikTranscriptOptions,
): CreovaiChatCall {
  if (typeof options?.sessionId !== "string" || options.sessionId.trim() === "") {
    fail("options.sessionId is required: it becomes the ChatCall's SessionId");
  }
  if (!transcript || typeof transcript !== "object" || !("chat_json" in transcript)) {
    fail(
      'transcript.chat_json is missing: ask getChatHistory for response_type "json" (a chat_text transcript has no timestamps)',
    );
  }
  const messages = transcript.chat_json;
  if (!Array.isArray(messages) || messages.length === 0) {
    fail(
      "transcript.chat_json is empty: a ChatCall needs at least one message (UtcStart and UtcEnd come from them)",
    );
  }

  const contacts = new Map<string, CreovaiChatContact>();
  const contactFor = (sender: string): CreovaiChatContact => {
    const lower = sender.toLowerCase();
    const agentName = AGENT.exec(sender)?.[1]?.trim() ?? sender;
    const key = lower === "user" ? "user" : lower === "bot" ? "bot" : `agent:${agentName}`;
    let contact = contacts.get(key);
    if (!contact) {
      if (key === "user") {
        const c = options.customer ?? {};
        contact = {
          Type: "Customer",
          ...((c.referenceId ?? options.haptik?.userName)
            ? { ReferenceId: c.referenceId ?? options.haptik?.userName }
            : {}),
          ...(c.firstName ? { FirstName: c.firstName } : {}),
          ...(c.lastName ? { LastName: c.lastName } : {}),
          ...(c.email ? { Email: c.email } : {}),
          Messages: [],
        };
      } else if (key === "bot") {
        contact = {
          Type: options.botContactType ?? "System",
          ReferenceId: "bot",
          FirstName: "Bot",
          Messages: [],
        };
      } else {
        const [first, ...rest] = agentName.split(" ");
        contact = {
          Type: "Agent",
          ReferenceId: agentName,
          FirstName: first!,
          ...(rest.length > 0 ? { LastName: rest.join(" ") } : {}),
          Messages: [],
        };
      }
      contacts.set(key, contact);
    }
    return contact;
  };

  const times: number[] = [];
  messages.forEach((message, i) => {
    const where = `transcript.chat_json[${i}]`;
    if (typeof message?.sender !== "string" || message.sender.trim() === "") {
      fail(`${where}.sender is missing: it says who sent the message (user, bot or an agent)`);
    }
    let at: Date;
    try {
      at = parseHaptikTimestamp(message.timestamp);
    } catch (error) {
      fail(`${where}.timestamp: ${(error as Error).message}`);
    }
    times.push(at.getTime());
    contactFor(message.sender.trim()).Messages.push({
      Content: typeof message.text === "string" ? message.text : String(message.text ?? ""),
      UtcTimestamp: isoUtc(at),
    });
  });

  const haptik = options.haptik ?? {};
  const metadata: Record<string, unknown> = {
    Source: "Haptik",
    ...(haptik.businessId !== undefined ? { HaptikBusinessId: String(haptik.businessId) } : {}),
    ...(haptik.userName !== undefined ? { HaptikUserName: haptik.userName } : {}),
    ...(haptik.conversationNo !== undefined ? { HaptikConversationNo: haptik.conversationNo } : {}),
    HaptikMessageIds: messages.map((m) => m.message_id),
    ...options.metadata,
  };
  return {
    SessionId: options.sessionId,
    ...(options.masterCallId ? { MasterCallId: options.masterCallId } : {}),
    UtcStart: isoUtc(new Date(Math.min(...times))),
    UtcEnd: isoUtc(new Date(Math.max(...times))),
    Contacts: [...contacts.values()],
    Metadata: metadata,
  };
}
