// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/klaus/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations = [
  {
    operationId: "sendCsatEvent",
    method: "POST",
    path: "/capture/integration/klaus-csat/token/{connectionId}",
    safeToRepeat: false,
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
