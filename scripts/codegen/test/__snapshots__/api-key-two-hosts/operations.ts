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
    operationId: "listThings",
    method: "GET",
    path: "/things",
    safeToRepeat: true,
    pagination: {
      style: "cursor-link",
      cursorParam: "pageKey",
      items: "data",
      next: "meta.next",
    },
  },
  {
    operationId: "createThing",
    method: "POST",
    path: "/things",
    safeToRepeat: false,
    idempotentWhen: {
      field: "externalId",
      duplicate: {
        status: 400,
        message: "Duplicate externalId",
      },
    },
  },
  {
    operationId: "listExports",
    method: "GET",
    path: "/exports",
    safeToRepeat: true,
    server: 1,
    security: ["bearer"],
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
