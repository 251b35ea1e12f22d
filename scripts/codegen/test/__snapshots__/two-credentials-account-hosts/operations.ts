// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/acme/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "getThing GET /things/{id}",
  "uploadFile POST /v1/user/ 0"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "server": 1,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "file": "text/csv"
      }
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
    "operationId": "uploadFile",
    "method": "POST",
    "path": "/v1/user/",
    "safeToRepeat": false,
    "server": 1,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "file": "text/csv"
      }
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
