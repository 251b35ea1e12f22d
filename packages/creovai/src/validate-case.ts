import { listOf, memberOf, requireText } from "./fields.js";
import type { components } from "./generated/schema.js";
import { utcSpan, utcWithin } from "./utc-time.js";

type V1Case = components["schemas"]["CaseSession"];
type V2Case = components["schemas"]["CaptureCaseRequest"];

/** True for a v1 case (`POST /caseCapture/v1`, PascalCase) rather than a v2 one (camelCase). */
export function isV1Case(value: V1Case | V2Case): value is V1Case {
  return "UtcStart" in value || "ReferenceId" in value || "Contacts" in value;
}

/**
 * Check a case before it is sent, with the rules Creovai's SDK applies to chats (its case upload
 * checks nothing, but a case is a timeline of messages just as a chat is), and throw a
 * `ValidationError` whose `field` is the dot path of the first problem:
 *
 * - every time is RFC 3339 in UTC (ending in `Z` or `+00:00`);
 * - the start is not after the end;
 * - every message's timestamp lies within [start, end], bounds included;
 * - a v2 case has a `sessionId`.
 *
 * Takes a v1 case (`CaseSession`: `UtcStart`, `UtcEnd`, `Messages[j].UtcTimestamp`) or a v2 case
 * (`CaptureCaseRequest`: `utcStart`, `utcEnd`, `messages[j].utcTimestamp`). `captureCase()` calls
 * it; call it yourself before a path-style or named call.
 */
export function validateCase(value: V1Case | V2Case): void {
  if (isV1Case(value)) {
    const span = utcSpan(value.UtcStart, value.UtcEnd, "body.UtcStart", "body.UtcEnd");
    listOf(value.Messages).forEach((message, j) => {
      utcWithin(memberOf(message, "UtcTimestamp"), `body.Messages[${j}].UtcTimestamp`, span);
    });
    return;
  }
  requireText(value.sessionId, "body.sessionId");
  const span = utcSpan(value.utcStart, value.utcEnd, "body.utcStart", "body.utcEnd");
  listOf(value.messages).forEach((message, j) => {
    utcWithin(memberOf(message, "utcTimestamp"), `body.messages[${j}].utcTimestamp`, span);
  });
}
