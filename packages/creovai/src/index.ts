/**
 * @cxkit/creovai: typed client for the Creovai (formerly Tethr) chat capture API.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export * from "./generated/index.js";
export { chatCallId } from "./call-id.js";

/** A chat session to upload with `POST /chatCapture/v1`. */
export type CreovaiChatCall = components["schemas"]["ChatCall"];
/** One participant of a chat and the messages it sent. */
export type CreovaiChatContact = components["schemas"]["ChatContact"];
/** One chat message. */
export type CreovaiChatMessage = components["schemas"]["ChatMessage"];
/** The answer to a chat upload: the Creovai call id, as `callId` or `CallId`. */
export type CreovaiChatCaptureResponse = components["schemas"]["ChatCaptureResponse"];
/** The `/Token` exchange answer. */
export type CreovaiTokenResponse = components["schemas"]["TokenResponse"];
export {
  createCreovaiWebhookHandler,
  verifyCreovaiWebhook,
  type CreovaiWebhookHandlerOptions,
  type VerifyCreovaiWebhookOptions,
} from "./webhooks.js";
