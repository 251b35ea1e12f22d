// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/acme/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "getThing GET /things/{id}",
  "listReviews GET /api/reviews 0",
  "listAutoQa GET /api/autoqa 1"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "conversations",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "server": 1,
    "pagination": {
      "style": "cursor-token",
      "cursorParam": "cursor",
      "items": "rows",
      "next": "nextCursor"
    }
  }
];

/** The type of {@link operations}: one entry per operation of specs/acme/openapi.yaml, as its compact rows decode. */
export type OperationsTable = readonly [
  {
    "operationId": "getThing",
    "method": "GET",
    "path": "/things/{id}",
    "safeToRepeat": true
  },
  {
    "operationId": "listReviews",
    "method": "GET",
    "path": "/api/reviews",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "conversations",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "operationId": "listAutoQa",
    "method": "GET",
    "path": "/api/autoqa",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "cursor-token",
      "cursorParam": "cursor",
      "items": "rows",
      "next": "nextCursor"
    }
  }
];

/** Every operation of specs/acme/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
