/**
 * @cxkit/haptik: typed client for Haptik Conversation Studio integration APIs.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export {
  createHaptikClient,
  PACKAGE_NAME,
  type HaptikClient,
  type HaptikClientOptions,
} from "./generated/client.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { paths, components, operations as Operations } from "./generated/schema.js";
export { ApiError, CxkitError, unwrap } from "@cxkit/core";

type Schemas = components["schemas"];
/** A chat transcript as `getChatHistory` returns it (JSON or text form). */
export type HaptikChatHistory = Schemas["ChatHistory"];
/** The JSON form of a transcript: `{ chat_json: [...] }`. */
export type HaptikChatHistoryJson = Schemas["ChatHistoryJson"];
/** The text form of a transcript: `{ chat_text: "user: …\nbot: …" }`. */
export type HaptikChatHistoryText = Schemas["ChatHistoryText"];
/** One message of a JSON transcript. */
export type HaptikChatMessage = Schemas["ChatMessage"];
/** Body of `sendChatToAgent`. */
export type HaptikSendChatToAgentRequest = Schemas["SendChatToAgentRequest"];
/** Body of `createFaqSteps` (multipart: `domain_name` and the CSV text as `csv_file`). */
export type HaptikFaqUpload = Schemas["FaqUploadRequest"];
/** Answer of `getFaqTaskStatus`. */
export type HaptikFaqTaskStatus = Schemas["FaqTaskStatusResponse"];
/** Haptik's error body: `{ error_message }`. */
export type HaptikErrorResponse = Schemas["ErrorResponse"];
export { parseHaptikTimestamp } from "./timestamp.js";
export { FaqTaskError, waitForFaqTask, type WaitForFaqTaskOptions } from "./wait-for-faq-task.js";
