import type { components } from "./generated/schema.js";

/**
 * The call id of a chat upload answer. Creovai binds names case-insensitively and has been seen
 * answering `CallId` as well as the documented `callId`; this reads either.
 */
export function chatCallId(response: components["schemas"]["ChatCaptureResponse"]): string {
  const id = "callId" in response ? response.callId : response.CallId;
  if (typeof id !== "string" || id === "") {
    throw new TypeError("[@cxkit/creovai] the chat upload answer has no callId");
  }
  return id;
}
