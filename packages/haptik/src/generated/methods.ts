// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  CallOptions,
  OperationParams,
  OperationResult,
} from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Haptik client, one per operation of specs/haptik/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface HaptikMethods {
  /**
   * Move a chat to pending
   *
   * Moves the user's chat with a bot to the queue of an agent team ("pending"), after `countdown`
   * seconds. With `receiver: athena` the chat goes to Haptik's own Smart Agent Chat (SAC, "Athena").
   *
   * Haptik does not document the status codes of its errors: `400` here carries the request-body
   * errors and `401` the header/token errors of the docs' list, each as a named example.
   *
   * `POST /integration/external/v2.0/send_chat_to_agent/`
   */
  sendChatToAgent(
    params: OperationParams<operations["sendChatToAgent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendChatToAgent"]>>;
  /**
   * Get Chat Transcripts v2.0
   *
   * Returns the messages of one conversation of a user, as JSON (`chat_json`, the default) or as one
   * text block (`chat_text`), depending on `response_type`.
   *
   * The user is identified by one of two parameter groups, always together with `conversation_no`:
   * - group 1, for native Haptik consumers: `business_id` and `user_name`;
   * - group 2, for TRACT consumers: `pxut`.
   *
   * A request that fills neither group is refused with "Argument group validation: no valid group.",
   * one whose values have the wrong type with "Argument group validation: invalid group found.".
   * OpenAPI cannot express the groups, so all four identifying parameters are optional here.
   *
   * Haptik does not document the status codes of its errors: `400` here carries the parameter errors,
   * `401` the token error and `500` the unknown error of the docs' list, each as a named example.
   * (The docs also list a `Content-Type: application/json` header for this GET; it has no body.)
   *
   * `GET /integration/external/v2.0/get_chat_history/`
   */
  getChatHistory(
    params: OperationParams<operations["getChatHistory"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getChatHistory"]>>;
  /**
   * FAQ Step Creation APIs for KMS
   *
   * Uploads a CSV of FAQ steps for a bot (domain) so that it matches an external knowledge management
   * system (KMS). The CSV creates, updates and deletes the domain's FAQ steps: it is an upsert of the
   * whole FAQ set, steps missing from the file are made inactive. The file is validated, then processed
   * asynchronously; the answer carries a `task_id` to poll with `getFaqTaskStatus`.
   *
   * CSV columns (one row per step):
   * - `node_name`: name of the step, unique within the domain;
   * - `question`: the user messages that trigger the step, several separated by `|`;
   * - `answer`: the bot response(s), several separated by the `<m>` tag.
   *
   * Marked `x-cxkit-idempotent`: sending the same file twice leaves the domain's FAQ steps in the same
   * state (the upload replaces them), so a retry after a lost answer is safe; it only starts a second task.
   *
   * `POST /mogambo_api/nodes/faq/create/`
   */
  createFaqSteps(
    params: OperationParams<operations["createFaqSteps"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createFaqSteps"]>>;
  /**
   * Polling API to fetch submitted task Status
   *
   * Returns the state of an FAQ upload task. `body.status` is free text; the docs name three states:
   * - Error/Exception: the error or exception of the last step processed; processing stopped;
   * - In Progress: the steps are being created;
   * - Success: the steps were created (sample text "all steps have been created successfully").
   *
   * `GET /mogambo_api/nodes/faq/create/status/{taskId}/`
   */
  getFaqTaskStatus(
    params: OperationParams<operations["getFaqTaskStatus"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getFaqTaskStatus"]>>;
  /**
   * Update User
   *
   * Changes the stored details of the user registered under `auth_id` (same body as `createUser`);
   * fields left out are not described as cleared.
   *
   * `PUT /v1.0/user/`
   */
  updateUser(
    params: OperationParams<operations["updateUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["updateUser"]>>;
  /**
   * Create User
   *
   * Registers one of your users with Haptik under `auth_id`, your own identifier for them. A user must be
   * registered before `logMessageFromUser`, `logFileFromUser` or `logFeedbackFromUser` accept anything
   * from them. Optional details (name, mobile number, email, preferred language, any flat
   * `custom_data`) are stored with the user and shown to agents.
   *
   * Haptik's older page for this API says that a `POST` for an `auth_id` that already exists updates
   * that user. Either way the `auth_id` the request must carry makes it impossible to create a user
   * twice, so the operation is marked `x-cxkit-idempotent` and a retry after a lost answer is safe.
   *
   * The docs also name a phone model, an OS version and a package name among the optional details
   * without giving their field names; the webhook payload's `user` object calls them `phone_model`,
   * `os_version` and `package_name`, and the request schema stays open for them.
   *
   * `POST /v1.0/user/`
   */
  createUser(
    params: OperationParams<operations["createUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createUser"]>>;
  /**
   * Log Message to Haptik via REST API
   *
   * Sends what a registered user typed to the bot or agent of a business (channel). The answer only
   * confirms that Haptik stored the message; the bot's or agent's reply arrives later at your webhook
   * as a `message` event.
   *
   * Not safe to repeat: a second call logs the same text as a second message.
   *
   * `POST /v1.0/log_message_from_user/`
   */
  logMessageFromUser(
    params: OperationParams<operations["logMessageFromUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["logMessageFromUser"]>>;
  /**
   * File Upload
   *
   * Sends a file from a registered user (an image or a document) to the bot or agent, as a multipart
   * form; Haptik stores it and answers with its URL. At most 10 MB; accepted kinds:
   * - documents (`message_type` 52): `docx`, `doc`, `pdf`, `xls`, `xlsx`, `csv`;
   * - images (`message_type` 1): `jpg`, `jpeg`, `png`, `gif`.
   *
   * Haptik documents no error for a file that is too large or of another kind.
   * Not safe to repeat: a second call logs the file as a second message.
   *
   * `POST /v1.0/log_file_from_user/`
   */
  logFileFromUser(
    params: OperationParams<operations["logFileFromUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["logFileFromUser"]>>;
  /**
   * Log Feedback to Haptik via REST API
   *
   * Records how satisfied a user was with their current conversation: whether their query was
   * resolved, a rating from 1 to 5 and optional free text. Haptik uses it to sort conversations into
   * positive and negative ones and to judge agents.
   *
   * A user may give feedback once per hour; a second feedback within the hour is refused with
   * "duplicate feedback". Haptik does not document the status of that error; it is filed under `400`
   * here. Feedback needs an active conversation (`404` otherwise).
   *
   * `POST /v1.0/log_feedback_from_user/`
   */
  logFeedbackFromUser(
    params: OperationParams<operations["logFeedbackFromUser"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["logFeedbackFromUser"]>>;
  /**
   * Enable Webhook via REST API
   *
   * Switches your webhook back on after Haptik disabled it. Haptik disables a webhook when an event
   * still fails after its six retries (see the `webhooks` section); events created while it is off are
   * kept for at most 60 minutes and delivered once it is on again. The Haptik dashboard does the same.
   *
   * Marked `x-cxkit-idempotent`: enabling an enabled webhook leaves it enabled.
   *
   * `POST /v1.0/webhook/`
   */
  enableWebhook(
    params: OperationParams<operations["enableWebhook"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["enableWebhook"]>>;
  /**
   * Sending a HSM as a notification
   *
   * Sends a WhatsApp message template (a "Highly Structured Message", HSM) that WhatsApp has approved
   * to a user who opted in, so the bot can start the conversation. Two body forms, told apart by `type`:
   * - `hsm`: a text template, its placeholders filled from `localizable_params` in order;
   * - `template`: a template in components (a header with an image, document or video, body text
   *   parameters, quick-reply payloads or dynamic-URL parameters for its buttons).
   *
   * A success means WhatsApp accepted the message, not that it was delivered (delivery figures are on
   * the WhatsApp dashboard). When the number is not on WhatsApp (or its country code is missing or
   * differs from the business number's) Haptik answers "unable to verify contact details"; Haptik
   * does not document the status, filed under `400` here. Other errors of WhatsApp are passed through
   * as they are, with WhatsApp's status and body (`default`). The older `/whatsapp/notification/` is
   * deprecated and not described here.
   *
   * Not safe to repeat: a second call sends the message again.
   *
   * `POST /whatsapp/notification/v2/`
   */
  sendWhatsAppNotification(
    params: OperationParams<operations["sendWhatsAppNotification"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendWhatsAppNotification"]>>;
}

/** Type-level facts of a Haptik client: the paths `paginate()` walks (and their item types), and the writes Haptik dedupes by a key the caller sets. */
export interface HaptikMeta {
  paginated: {

  };
  keyed: {

  };
}
