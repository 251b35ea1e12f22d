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
    operationId: "listReviews",
    method: "GET",
    path: "/api/reviews",
    safeToRepeat: true,
    server: 1,
    pagination: {
      style: "page-number",
      pageParam: "page",
      items: "conversations",
      page: "pagination.page",
      total: "pagination.total",
      sizeParam: "pageSize",
    },
  },
  {
    operationId: "listAutoQa",
    method: "GET",
    path: "/api/autoqa",
    safeToRepeat: true,
    server: 1,
    pagination: {
      style: "cursor-token",
      cursorParam: "cursor",
      items: "rows",
      next: "nextCursor",
    },
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
