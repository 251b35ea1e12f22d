import { listOf, memberOf, requireEntries, requireString, requireText } from "./fields.js";
import type { components } from "./generated/schema.js";
import { utcSpan, utcWithin } from "./utc-time.js";

type V1Chat = components["schemas"]["ChatCall"];
type V2Chat = components["schemas"]["CaptureChatRequest"];

/** True for a v1 chat (`POST /chatCapture/v1`, PascalCase) rather than a v2 one (camelCase). */
export function isV1Chat(chat: V1Chat | V2Chat): chat is V1Chat {
  return "UtcStart" in chat || "Contacts" in chat || "SessionId" in chat;
}

function validateV1(chat: V1Chat): void {
  const span = utcSpan(chat.UtcStart, chat.UtcEnd, "body.UtcStart", "body.UtcEnd");
  listOf(chat.Contacts).forEach((contact, i) => {
    listOf(memberOf(contact, "Messages")).forEach((message, j) => {
      const field = `body.Contacts[${i}].Messages[${j}].UtcTimestamp`;
      utcWithin(memberOf(message, "UtcTimestamp"), field, span);
    });
  });
}

function validateV2(chat: V2Chat): void {
  requireText(chat.sessionId, "body.sessionId");
  const span = utcSpan(chat.utcStart, chat.utcEnd, "body.utcStart", "body.utcEnd");
  requireEntries(chat.participants, "body.participants");
  listOf(chat.participants).forEach((participant, i) => {
    const at = `body.participants[${i}]`;
    requireText(memberOf(participant, "referenceId"), `${at}.referenceId`);
    requireText(memberOf(participant, "type"), `${at}.type`);
    listOf(memberOf(participant, "messages")).forEach((message, j) => {
      requireString(memberOf(message, "content"), `${at}.messages[${j}].content`);
      utcWithin(memberOf(message, "utcTimestamp"), `${at}.messages[${j}].utcTimestamp`, span);
    });
  });
}

/**
 * Check a chat the way Creovai's SDK does before it sends one, and throw a `ValidationError` whose
 * `field` is the dot path of the first problem (`body.UtcEnd`,
 * `body.participants[0].messages[2].utcTimestamp`):
 *
 * - every time is RFC 3339 in UTC (ending in `Z` or `+00:00`);
 * - the start is not after the end;
 * - every message's timestamp lies within [start, end], bounds included;
 * - for a v2 chat also: a `sessionId`, at least one participant, each with `referenceId` and `type`,
 *   and a `content` (a string, possibly empty) on every message.
 *
 * Takes a v1 chat (`ChatCall`, PascalCase: `UtcStart`, `Contacts[i].Messages[j].UtcTimestamp`) or a
 * v2 chat (`CaptureChatRequest`, camelCase: `utcStart`, `participants[i].messages[j].utcTimestamp`).
 * `uploadChat()` and `captureChat()` call it; call it yourself before a path-style or named call.
 */
export function validateChat(chat: V1Chat | V2Chat): void {
  if (isV1Chat(chat)) validateV1(chat);
  else validateV2(chat);
}
