import { ValidationError, type CallOptions } from "@cxkit/core";
import { answeredCallId } from "./call-id.js";
import { asClient, type AnyCreovaiClient, type CreovaiCallIdResult } from "./capture-result.js";
import type { components } from "./generated/schema.js";
import { isV1Chat, validateChat } from "./validate-chat.js";

type V1Chat = components["schemas"]["ChatCall"];
type V2Chat = components["schemas"]["CaptureChatRequest"];

/**
 * Upload a chat with the v1 route (`POST /chatCapture/v1`, the publicly documented one, PascalCase)
 * and resolve to its call ID, whether Creovai spelled it `callId` or `CallId`. The chat is checked
 * first with `validateChat()` (UTC times, start not after end, messages within the chat's span):
 * a `ValidationError` naming the field is thrown and nothing is sent. HTTP errors throw the typed
 * `ApiError` of their status (a 400 carries Creovai's text message as `body`).
 *
 * @example
 * const { callId } = await uploadChat(creovai, { SessionId, UtcStart, UtcEnd, Contacts });
 */
export async function uploadChat(
  creovai: AnyCreovaiClient,
  chat: V1Chat,
  options: CallOptions = {},
): Promise<CreovaiCallIdResult> {
  if (!isV1Chat(chat)) {
    throw new ValidationError(
      "[@cxkit/creovai] body is not a v1 chat (SessionId, UtcStart, Contacts…): uploadChat takes a v1 chat, captureChat a v2 one",
      "body",
    );
  }
  validateChat(chat);
  const { data, response } = await asClient(creovai).POST("/chatCapture/v1", {
    ...options,
    body: chat,
    throwOnError: true,
  });
  return { callId: answeredCallId(data, response) };
}

/**
 * Upload a chat with the v2 route (`POST /capture/v2/chat`, camelCase, from Creovai's maintained
 * SDK) and resolve to its call ID (v2 answers it as `id`). Checked first with `validateChat()`, as
 * the SDK does: a `ValidationError` naming the field is thrown and nothing is sent.
 *
 * @example
 * const { callId } = await captureChat(creovai, { sessionId, utcStart, utcEnd, participants });
 */
export async function captureChat(
  creovai: AnyCreovaiClient,
  chat: V2Chat,
  options: CallOptions = {},
): Promise<CreovaiCallIdResult> {
  if (isV1Chat(chat)) {
    throw new ValidationError(
      "[@cxkit/creovai] body is a v1 chat (SessionId, UtcStart, Contacts…): captureChat takes a v2 chat, uploadChat a v1 one",
      "body",
    );
  }
  validateChat(chat);
  const { data, response } = await asClient(creovai).POST("/capture/v2/chat", {
    ...options,
    body: chat,
    throwOnError: true,
  });
  return { callId: answeredCallId(data, response) };
}
