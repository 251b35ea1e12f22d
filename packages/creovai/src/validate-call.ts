import { requireEntries, requireText } from "./fields.js";
import type { components } from "./generated/schema.js";
import { utcSpan } from "./utc-time.js";

type V1Info = components["schemas"]["RecordingInfo"];
type V2Info = components["schemas"]["CaptureCallRequest"];

/** True for a v1 recording description (`RecordingInfo`, PascalCase) rather than a v2 one. */
export function isV1CallInfo(info: V1Info | V2Info): info is V1Info {
  return "StartTime" in info || "SessionId" in info || "Contacts" in info;
}

/**
 * Check the `info` part of a call upload before it is sent, as Creovai's SDK does, and throw a
 * `ValidationError` whose `field` is the dot path of the first problem (`body.info.utcEnd`):
 *
 * - the start (v1 `StartTime`, v2 `utcStart`) and, when given, the end (`EndTime`, `utcEnd`) are
 *   RFC 3339 times in UTC (ending in `Z` or `+00:00`), and the end is not before the start (the SDK's
 *   own check is inverted; this is the rule it means);
 * - a v2 description has a `sessionId` and at least one participant.
 *
 * `uploadCall()` and `captureCall()` call it.
 */
export function validateCall(info: V1Info | V2Info): void {
  if (isV1CallInfo(info)) {
    utcSpan(info.StartTime, info.EndTime, "body.info.StartTime", "body.info.EndTime", true);
    return;
  }
  requireText(info.sessionId, "body.info.sessionId");
  requireEntries(info.participants, "body.info.participants");
  utcSpan(info.utcStart, info.utcEnd, "body.info.utcStart", "body.info.utcEnd", true);
}
