/**
 * @cxkit/haptik: typed client for Haptik's integration APIs on the three hosts of an account:
 * Conversation Studio (`baseUrl`), the messenger or "Bot as an API" host (`messengerBaseUrl`) and the
 * WhatsApp notifications host (`whatsappBaseUrl`).
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";
import type { HaptikWebhookConversationCompleteEvent } from "./generated/webhooks.js";

export * from "./generated/index.js";

// Conversation Studio (baseUrl)

/** A chat transcript as `getChatHistory` returns it (JSON or text form). @useDeclaredType */
export type HaptikChatHistory = components["schemas"]["ChatHistory"];
/** The JSON form of a transcript: `{ chat_json: [...] }`. @useDeclaredType */
export type HaptikChatHistoryJson = components["schemas"]["ChatHistoryJson"];
/** The text form of a transcript: `{ chat_text: "user: …\nbot: …" }`. @useDeclaredType */
export type HaptikChatHistoryText = components["schemas"]["ChatHistoryText"];
/** One message of a JSON transcript; its `timestamp` parses with `parseHaptikTimestamp`. @useDeclaredType */
export type HaptikChatMessage = components["schemas"]["ChatMessage"];
/** Body of `sendChatToAgent`. @useDeclaredType */
export type HaptikSendChatToAgentRequest = components["schemas"]["SendChatToAgentRequest"];
/** Answer of `sendChatToAgent`: `{ success }`. @useDeclaredType */
export type HaptikSendChatToAgentResponse = components["schemas"]["SendChatToAgentResponse"];
/** Body of `createFaqSteps` (multipart: `domain_name` and the CSV text as `csv_file`). @useDeclaredType */
export type HaptikFaqUpload = components["schemas"]["FaqUploadRequest"];
/** Answer of `createFaqSteps`: the `body.task_id` to hand to `waitForFaqTask`. @useDeclaredType */
export type HaptikFaqTaskCreated = components["schemas"]["FaqTaskCreatedResponse"];
/** Answer of `getFaqTaskStatus`. @useDeclaredType */
export type HaptikFaqTaskStatus = components["schemas"]["FaqTaskStatusResponse"];
/** Haptik's error body: `{ error_message }`. @useDeclaredType */
export type HaptikErrorResponse = components["schemas"]["ErrorResponse"];

// Messenger, "Bot as an API" (messengerBaseUrl)

/** Body of `createUser` and `updateUser`: your `auth_id` for the user and optional details. @useDeclaredType */
export type HaptikNewUser = components["schemas"]["UserRequest"];
/** A user's stored contact details, as `createUser` and `updateUser` answer them. @useDeclaredType */
export type HaptikUser = components["schemas"]["UserResponse"];
/** Body of `logMessageFromUser`: what a registered user typed, for a business (channel). @useDeclaredType */
export type HaptikUserMessage = components["schemas"]["LogMessageRequest"];
/** A message as Haptik stored it (answer of `logMessageFromUser`). @useDeclaredType */
export type HaptikLoggedMessage = components["schemas"]["LoggedMessage"];
/**
 * The multipart fields of `logFileFromUser` as the spec types them (the file as a string). To send a
 * Blob or bytes, use `logUserFile` and its {@link HaptikUserFileUpload}.
 * @useDeclaredType
 */
export type HaptikUserFile = components["schemas"]["LogFileRequest"];
/** A file message as Haptik stored it, with the stored file's `file_url` (answer of `logFileFromUser`). @useDeclaredType */
export type HaptikLoggedFileMessage = components["schemas"]["LoggedFileMessage"];
/** Body of `logFeedbackFromUser`: resolved or not, a 1-5 rating, optional words. @useDeclaredType */
export type HaptikFeedback = components["schemas"]["LogFeedbackRequest"];
/** Answer of `logFeedbackFromUser` (sent with status 201): `{ success }`. @useDeclaredType */
export type HaptikFeedbackLogged = components["schemas"]["FeedbackLoggedResponse"];
/** Body of `enableWebhook`: `{ enabled: true }`, optionally naming the business and platform. @useDeclaredType */
export type HaptikEnableWebhookRequest = components["schemas"]["EnableWebhookRequest"];
/** Answer of `enableWebhook`: `{ enabled }`. @useDeclaredType */
export type HaptikEnableWebhookResponse = components["schemas"]["EnableWebhookResponse"];

// WhatsApp notifications (whatsappBaseUrl)

/** Body of `sendWhatsAppNotification`: an `hsm` or a `template` notification, told apart by `type`. @useDeclaredType */
export type HaptikWhatsAppNotification = components["schemas"]["WhatsAppNotificationRequest"];
/** A text template notification (`type: "hsm"`), placeholders filled in order from `localizable_params`. @useDeclaredType */
export type HaptikWhatsAppHsmNotification = components["schemas"]["WhatsAppHsmNotification"];
/** A template given as components (`type: "template"`): media header, body text, buttons. @useDeclaredType */
export type HaptikWhatsAppTemplateNotification =
  components["schemas"]["WhatsAppTemplateNotification"];
/** One part of a template notification: `header`, `body` or `button` and its parameters. @useDeclaredType */
export type HaptikWhatsAppTemplateComponent = components["schemas"]["WhatsAppTemplateComponent"];
/** One value of a template part: `text`, `image`, `document`, `video` or `payload`. @useDeclaredType */
export type HaptikWhatsAppTemplateParameter = components["schemas"]["WhatsAppTemplateParameter"];
/** Which language version of a template to send: `{ policy: "deterministic", code }`. @useDeclaredType */
export type HaptikWhatsAppLanguage = components["schemas"]["WhatsAppLanguage"];
/** Answer of `sendWhatsAppNotification` (WhatsApp's): the sent message's `messages[0].id`. @useDeclaredType */
export type HaptikWhatsAppNotificationResponse =
  components["schemas"]["WhatsAppNotificationResponse"];
/** An error body of WhatsApp that Haptik passes through (`meta`, `errors[]`). @useDeclaredType */
export type HaptikWhatsAppErrorResponse = components["schemas"]["WhatsAppErrorResponse"];

// Webhook events Haptik sends to your receiver: `HaptikWebhookEvent` (every event, narrowed by
// `event_name`, with a generic variant for names this version does not know) and one type per event
// (`HaptikMessageEvent`, `HaptikChatPinnedEvent`, ...) are generated: see ./generated/webhooks.ts.

/**
 * `webhook_conversation_complete`: the conversation was completed, with how and by whom. The same type
 * as the generated `HaptikWebhookConversationCompleteEvent`, named without the event's `webhook_` prefix.
 * @useDeclaredType
 */
export type HaptikConversationCompleteEvent = HaptikWebhookConversationCompleteEvent;

export {
  HAPTIK_FILE_EXTENSIONS,
  HAPTIK_MAX_FILE_BYTES,
  logUserFile,
  type HaptikUserFileUpload,
} from "./log-user-file.js";
export { parseHaptikTimestamp } from "./timestamp.js";
export { FaqTaskError, waitForFaqTask, type WaitForFaqTaskOptions } from "./wait-for-faq-task.js";
export {
  createHaptikWebhookHandler,
  verifyHaptikWebhook,
  type HaptikWebhookHandlerOptions,
  type VerifyHaptikWebhookOptions,
} from "./webhooks.js";
