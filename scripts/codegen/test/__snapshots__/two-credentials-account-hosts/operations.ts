// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/acme/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations = [
  {
    operationId: "getThing",
    method: "GET",
    path: "/things/{id}",
    safeToRepeat: true,
  },
  {
    operationId: "uploadFile",
    method: "POST",
    path: "/v1/user/",
    safeToRepeat: false,
    server: 1,
    requestBody: {
      contentType: "multipart/form-data",
      files: {
        file: "text/csv",
      },
    },
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
