/**
 * @cxkit/haptik: typed client for Haptik Conversation Studio integration APIs.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export * from "./generated/index.js";

/** A chat transcript as `getChatHistory` returns it (JSON or text form). */
export type HaptikChatHistory = components["schemas"]["ChatHistory"];
/** The JSON form of a transcript: `{ chat_json: [...] }`. */
export type HaptikChatHistoryJson = components["schemas"]["ChatHistoryJson"];
/** The text form of a transcript: `{ chat_text: "user: …\nbot: …" }`. */
export type HaptikChatHistoryText = components["schemas"]["ChatHistoryText"];
/** One message of a JSON transcript. */
export type HaptikChatMessage = components["schemas"]["ChatMessage"];
/** Body of `sendChatToAgent`. */
export type HaptikSendChatToAgentRequest = components["schemas"]["SendChatToAgentRequest"];
/** Body of `createFaqSteps` (multipart: `domain_name` and the CSV text as `csv_file`). */
export type HaptikFaqUpload = components["schemas"]["FaqUploadRequest"];
/** Answer of `getFaqTaskStatus`. */
export type HaptikFaqTaskStatus = components["schemas"]["FaqTaskStatusResponse"];
/** Haptik's error body: `{ error_message }`. */
export type HaptikErrorResponse = components["schemas"]["ErrorResponse"];
export { parseHaptikTimestamp } from "./timestamp.js";
export { FaqTaskError, waitForFaqTask, type WaitForFaqTaskOptions } from "./wait-for-faq-task.js";
export {
  createHaptikWebhookHandler,
  verifyHaptikWebhook,
  type HaptikWebhookHandlerOptions,
  type VerifyHaptikWebhookOptions,
} from "./webhooks.js";
