// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/haptik/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations = [
  {
    operationId: "sendChatToAgent",
    method: "POST",
    path: "/integration/external/v2.0/send_chat_to_agent/",
    safeToRepeat: false,
  },
  {
    operationId: "getChatHistory",
    method: "GET",
    path: "/integration/external/v2.0/get_chat_history/",
    safeToRepeat: true,
  },
  {
    operationId: "createFaqSteps",
    method: "POST",
    path: "/mogambo_api/nodes/faq/create/",
    safeToRepeat: true,
    requestBody: {
      contentType: "multipart/form-data",
      files: {
        csv_file: "text/csv",
      },
    },
  },
  {
    operationId: "getFaqTaskStatus",
    method: "GET",
    path: "/mogambo_api/nodes/faq/create/status/{taskId}/",
    safeToRepeat: true,
  },
  {
    operationId: "updateUser",
    method: "PUT",
    path: "/v1.0/user/",
    safeToRepeat: true,
    server: 1,
  },
  {
    operationId: "createUser",
    method: "POST",
    path: "/v1.0/user/",
    safeToRepeat: true,
    server: 1,
  },
  {
    operationId: "logMessageFromUser",
    method: "POST",
    path: "/v1.0/log_message_from_user/",
    safeToRepeat: false,
    server: 1,
  },
  {
    operationId: "logFileFromUser",
    method: "POST",
    path: "/v1.0/log_file_from_user/",
    safeToRepeat: false,
    server: 1,
    requestBody: {
      contentType: "multipart/form-data",
      files: {
        file: "image/jpeg",
      },
    },
  },
  {
    operationId: "logFeedbackFromUser",
    method: "POST",
    path: "/v1.0/log_feedback_from_user/",
    safeToRepeat: false,
    server: 1,
  },
  {
    operationId: "enableWebhook",
    method: "POST",
    path: "/v1.0/webhook/",
    safeToRepeat: true,
    server: 1,
  },
  {
    operationId: "sendWhatsAppNotification",
    method: "POST",
    path: "/whatsapp/notification/v2/",
    safeToRepeat: false,
    server: 2,
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
