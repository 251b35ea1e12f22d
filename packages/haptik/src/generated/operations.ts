// generated from specs/haptik/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/haptik/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "sendChatToAgent POST /integration/external/v2.0/send_chat_to_agent/",
  "getChatHistory GET /integration/external/v2.0/get_chat_history/",
  "createFaqSteps POST /mogambo_api/nodes/faq/create/ 0",
  "getFaqTaskStatus GET /mogambo_api/nodes/faq/create/status/{taskId}/",
  "updateUser PUT /v1.0/user/ 1",
  "createUser POST /v1.0/user/ 2",
  "logMessageFromUser POST /v1.0/log_message_from_user/ 1",
  "logFileFromUser POST /v1.0/log_file_from_user/ 3",
  "logFeedbackFromUser POST /v1.0/log_feedback_from_user/ 1",
  "enableWebhook POST /v1.0/webhook/ 2",
  "sendWhatsAppNotification POST /whatsapp/notification/v2/ 4"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "safeToRepeat": true,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "csv_file": "text/csv"
      }
    }
  },
  {
    "server": 1
  },
  {
    "safeToRepeat": true,
    "server": 1
  },
  {
    "server": 1,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "file": "image/jpeg"
      }
    }
  },
  {
    "server": 2
  }
];

/** The type of {@link operations}: one entry per operation of specs/haptik/openapi.yaml, as its compact rows decode. */
export type OperationsTable = readonly [
  {
    "operationId": "sendChatToAgent",
    "method": "POST",
    "path": "/integration/external/v2.0/send_chat_to_agent/",
    "safeToRepeat": false
  },
  {
    "operationId": "getChatHistory",
    "method": "GET",
    "path": "/integration/external/v2.0/get_chat_history/",
    "safeToRepeat": true
  },
  {
    "operationId": "createFaqSteps",
    "method": "POST",
    "path": "/mogambo_api/nodes/faq/create/",
    "safeToRepeat": true,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "csv_file": "text/csv"
      }
    }
  },
  {
    "operationId": "getFaqTaskStatus",
    "method": "GET",
    "path": "/mogambo_api/nodes/faq/create/status/{taskId}/",
    "safeToRepeat": true
  },
  {
    "operationId": "updateUser",
    "method": "PUT",
    "path": "/v1.0/user/",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "createUser",
    "method": "POST",
    "path": "/v1.0/user/",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "logMessageFromUser",
    "method": "POST",
    "path": "/v1.0/log_message_from_user/",
    "safeToRepeat": false,
    "server": 1
  },
  {
    "operationId": "logFileFromUser",
    "method": "POST",
    "path": "/v1.0/log_file_from_user/",
    "safeToRepeat": false,
    "server": 1,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "file": "image/jpeg"
      }
    }
  },
  {
    "operationId": "logFeedbackFromUser",
    "method": "POST",
    "path": "/v1.0/log_feedback_from_user/",
    "safeToRepeat": false,
    "server": 1
  },
  {
    "operationId": "enableWebhook",
    "method": "POST",
    "path": "/v1.0/webhook/",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "sendWhatsAppNotification",
    "method": "POST",
    "path": "/whatsapp/notification/v2/",
    "safeToRepeat": false,
    "server": 2
  }
];

/** Every operation of specs/haptik/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
