/**
 * @cxkit/haptik: typed client for Haptik's integration APIs on the three hosts of an account:
 * Conversation Studio (`baseUrl`), the messenger or "Bot as an API" host (`messengerBaseUrl`) and the
 * WhatsApp notifications host (`whatsappBaseUrl`).
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

export * from "./generated/index.js";

// Conversation Studio (baseUrl)

/** A chat transcript as `getChatHistory` returns it (JSON or text form). */
export type HaptikChatHistory = Schemas["ChatHistory"];
/** The JSON form of a transcript: `{ chat_json: [...] }`. */
export type HaptikChatHistoryJson = Schemas["ChatHistoryJson"];
/** The text form of a transcript: `{ chat_text: "user: …\nbot: …" }`. */
export type HaptikChatHistoryText = Schemas["ChatHistoryText"];
/** One message of a JSON transcript; its `timestamp` parses with `parseHaptikTimestamp`. */
export type HaptikChatMessage = Schemas["ChatMessage"];
/** Body of `sendChatToAgent`. */
export type HaptikSendChatToAgentRequest = Schemas["SendChatToAgentRequest"];
/** Answer of `sendChatToAgent`: `{ success }`. */
export type HaptikSendChatToAgentResponse = Schemas["SendChatToAgentResponse"];
/** Body of `createFaqSteps` (multipart: `domain_name` and the CSV text as `csv_file`). */
export type HaptikFaqUpload = Schemas["FaqUploadRequest"];
/** Answer of `createFaqSteps`: the `body.task_id` to hand to `waitForFaqTask`. */
export type HaptikFaqTaskCreated = Schemas["FaqTaskCreatedResponse"];
/** Answer of `getFaqTaskStatus`. */
export type HaptikFaqTaskStatus = Schemas["FaqTaskStatusResponse"];
/** Haptik's error body: `{ error_message }`. */
export type HaptikErrorResponse = Schemas["ErrorResponse"];

// Messenger, "Bot as an API" (messengerBaseUrl)

/** Body of `createUser` and `updateUser`: your `auth_id` for the user and optional details. */
export type HaptikNewUser = Schemas["UserRequest"];
/** A user's stored contact details, as `createUser` and `updateUser` answer them. */
export type HaptikUser = Schemas["UserResponse"];
/** Body of `logMessageFromUser`: what a registered user typed, for a business (channel). */
export type HaptikUserMessage = Schemas["LogMessageRequest"];
/** A message as Haptik stored it (answer of `logMessageFromUser`). */
export type HaptikLoggedMessage = Schemas["LoggedMessage"];
/**
 * The multipart fields of `logFileFromUser` as the spec types them (the file as a string). To send a
 * Blob or bytes, use `logUserFile` and its {@link HaptikUserFileUpload}.
 */
export type HaptikUserFile = Schemas["LogFileRequest"];
/** A file message as Haptik stored it, with the stored file's `file_url` (answer of `logFileFromUser`). */
export type HaptikLoggedFileMessage = Schemas["LoggedFileMessage"];
/** Body of `logFeedbackFromUser`: resolved or not, a 1-5 rating, optional words. */
export type HaptikFeedback = Schemas["LogFeedbackRequest"];
/** Answer of `logFeedbackFromUser` (sent with status 201): `{ success }`. */
export type HaptikFeedbackLogged = Schemas["FeedbackLoggedResponse"];
/** Body of `enableWebhook`: `{ enabled: true }`, optionally naming the business and platform. */
export type HaptikEnableWebhookRequest = Schemas["EnableWebhookRequest"];
/** Answer of `enableWebhook`: `{ enabled }`. */
export type HaptikEnableWebhookResponse = Schemas["EnableWebhookResponse"];

// WhatsApp notifications (whatsappBaseUrl)

/** Body of `sendWhatsAppNotification`: an `hsm` or a `template` notification, told apart by `type`. */
export type HaptikWhatsAppNotification = Schemas["WhatsAppNotificationRequest"];
/** A text template notification (`type: "hsm"`), placeholders filled in order from `localizable_params`. */
export type HaptikWhatsAppHsmNotification = Schemas["WhatsAppHsmNotification"];
/** A template given as components (`type: "template"`): media header, body text, buttons. */
export type HaptikWhatsAppTemplateNotification = Schemas["WhatsAppTemplateNotification"];
/** One part of a template notification: `header`, `body` or `button` and its parameters. */
export type HaptikWhatsAppTemplateComponent = Schemas["WhatsAppTemplateComponent"];
/** One value of a template part: `text`, `image`, `document`, `video` or `payload`. */
export type HaptikWhatsAppTemplateParameter = Schemas["WhatsAppTemplateParameter"];
/** Which language version of a template to send: `{ policy: "deterministic", code }`. */
export type HaptikWhatsAppLanguage = Schemas["WhatsAppLanguage"];
/** Answer of `sendWhatsAppNotification` (WhatsApp's): the sent message's `messages[0].id`. */
export type HaptikWhatsAppNotificationResponse = Schemas["WhatsAppNotificationResponse"];
/** An error body of WhatsApp that Haptik passes through (`meta`, `errors[]`). */
export type HaptikWhatsAppErrorResponse = Schemas["WhatsAppErrorResponse"];

// Webhook events Haptik sends to your receiver

/** `message`: a reply from the bot or an agent, for the user. */
export type HaptikMessageEvent = Schemas["WebhookMessageEvent"];
/** `chat_pinned`: the chat was assigned to a human agent. */
export type HaptikChatPinnedEvent = Schemas["WebhookChatPinnedEvent"];
/**
 * `chat_complete`: an agent marked the chat complete.
 * @deprecated Haptik deprecated this event in favour of `webhook_conversation_complete`.
 */
export type HaptikChatCompleteEvent = Schemas["WebhookChatCompleteEvent"];
/** `webhook_conversation_complete`: the conversation was completed, with how and by whom. */
export type HaptikConversationCompleteEvent = Schemas["WebhookConversationCompleteEvent"];
/**
 * The events of the spec, told apart by `event_name`. Haptik adds new names without notice:
 * acknowledge an event you do not know with 200 too.
 */
export type HaptikWebhookEvent =
  | HaptikMessageEvent
  | HaptikChatPinnedEvent
  | HaptikChatCompleteEvent
  | HaptikConversationCompleteEvent;

export {
  HAPTIK_FILE_EXTENSIONS,
  HAPTIK_MAX_FILE_BYTES,
  logUserFile,
  type HaptikUserFileUpload,
} from "./log-user-file.js";
export { parseHaptikTimestamp } from "./timestamp.js";
export { FaqTaskError, waitForFaqTask, type WaitForFaqTaskOptions } from "./wait-for-faq-task.js";
