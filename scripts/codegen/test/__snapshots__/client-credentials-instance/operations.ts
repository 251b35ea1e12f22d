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
    operationId: "getToken",
    method: "POST",
    path: "/Token",
    safeToRepeat: true,
    security: [],
    requestBody: {
      contentType: "application/x-www-form-urlencoded",
    },
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
