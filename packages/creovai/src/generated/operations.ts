// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/creovai/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations = [
  {
    operationId: "getToken",
    method: "POST",
    path: "/Token",
    safeToRepeat: true,
    security: [],
    requestBody: {
      contentType: "application/x-www-form-urlencoded",
    },
  },
  {
    operationId: "uploadChat",
    method: "POST",
    path: "/chatCapture/v1",
    safeToRepeat: false,
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
