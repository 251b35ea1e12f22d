// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/acme/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "getThing GET /things/{id}",
  "listThings GET /things 0",
  "createThing POST /things 1",
  "listExports GET /exports 2"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next"
    }
  },
  {
    "idempotentWhen": {
      "field": "externalId",
      "duplicate": {
        "status": 400,
        "message": "Duplicate externalId"
      }
    }
  },
  {
    "server": 1,
    "security": [
      "bearer"
    ]
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
    "operationId": "listThings",
    "method": "GET",
    "path": "/things",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next"
    }
  },
  {
    "operationId": "createThing",
    "method": "POST",
    "path": "/things",
    "safeToRepeat": false,
    "idempotentWhen": {
      "field": "externalId",
      "duplicate": {
        "status": 400,
        "message": "Duplicate externalId"
      }
    }
  },
  {
    "operationId": "listExports",
    "method": "GET",
    "path": "/exports",
    "safeToRepeat": true,
    "server": 1,
    "security": [
      "bearer"
    ]
  }
];

/** Every operation of specs/acme/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
