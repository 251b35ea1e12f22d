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
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
