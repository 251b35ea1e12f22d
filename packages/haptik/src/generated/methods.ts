// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { CallOptions, OperationParams, OperationResult } from "@cxkit/core";
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
}

/** Type-level facts of a Haptik client: the paths `paginate()` walks (and their item types), and the writes Haptik dedupes by a key the caller sets. */
export interface HaptikMeta {
  paginated: {};
  keyed: {};
}
