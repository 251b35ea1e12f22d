import { ResponseParseError } from "@cxkit/core";
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/**
 * What a capture answers, by route: v1 chat and archive uploads answer the call ID as `callId` or
 * `CallId` (Creovai writes member names case-insensitively), v2 captures answer it as `id`.
 */
export type CreovaiCaptureAnswer =
  Schemas["ChatCaptureResponse"] | Schemas["ArchiveCallResponse"] | Schemas["CaptureResponse"];

// The server binds and writes names case-insensitively, so any casing of `callId` or `id` is read.
function findCallId(answer: unknown): string | undefined {
  if (typeof answer !== "object" || answer === null) return undefined;
  for (const [key, value] of Object.entries(answer)) {
    const name = key.toLowerCase();
    if ((name === "callid" || name === "id") && typeof value === "string" && value !== "") {
      return value;
    }
  }
  return undefined;
}

/**
 * The Creovai call ID of a capture answer, whichever route answered it: v1 `uploadChat` and
 * `uploadCallArchive` (`callId` or `CallId`), v2 `captureChat`, `captureCall` and `captureCase` (`id`;
 * v2 calls it the interaction ID, and it is the same ID v1 calls the call ID). Reading `data.callId`
 * does not compile because the wire name differs per route; this does, and returns a string.
 * Throws a TypeError when the value carries none of these names.
 */
export function callIdOf(answer: CreovaiCaptureAnswer): string {
  const id = findCallId(answer);
  if (id === undefined) {
    throw new TypeError("[@cxkit/creovai] the answer has no call ID (callId, CallId or id)");
  }
  return id;
}

/**
 * The call ID of a v1 chat upload answer (`callId` or `CallId`): {@link callIdOf} for chat answers,
 * kept for code written before `callIdOf`, which also reads the archive and v2 answers.
 */
export function chatCallId(response: Schemas["ChatCaptureResponse"]): string {
  return callIdOf(response);
}

/**
 * The call ID of a capture's 2xx answer, or a ResponseParseError carrying the answer's status and
 * URL: the upload was accepted, only its answer is unusable, so the caller must not upload again
 * blindly (look the session up with a status call instead).
 */
export function answeredCallId(answer: unknown, response: Response, method = "POST"): string {
  const id = findCallId(answer);
  if (id === undefined) {
    throw new ResponseParseError(
      `[@cxkit/creovai] ${method} ${response.url} answered ${response.status} without a call ID (callId, CallId or id); the upload was accepted: look its session up with a status call before uploading again`,
      { method, url: response.url, status: response.status },
    );
  }
  return id;
}
