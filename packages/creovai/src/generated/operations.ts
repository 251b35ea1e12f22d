// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/creovai/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "getToken POST /Token 0",
  "uploadChat POST /chatCapture/v1",
  "uploadCallArchive POST /callCapture/v1/archive 1",
  "getCallStatuses POST /callCapture/v1/status 2",
  "getCallStatus GET /callCapture/v1/status/{sessionId}",
  "excludeCalls POST /callCapture/v1/status/exclude 2",
  "uploadCase POST /caseCapture/v1 2",
  "sendCallMetadata POST /callEvent/v1/outofband/event",
  "sendMasterCallMetadata POST /callEvent/v1/outofband/mastercall",
  "sendCaseMetadata POST /callEvent/v1/outofband/case",
  "sendHeartbeat POST /callCapture/v1/monitor 2",
  "listRecordingSettings GET /sources/v1/recordingSettings",
  "createCallShareToken POST /callShare/v1/token 2",
  "purgeCalls POST /purge/v1/calls 2",
  "purgeCallsBySession POST /purge/v1/calls/sessions 2",
  "purgeCallsByCustomer POST /purge/v1/calls/customer 2",
  "captureCall POST /capture/v2/call 1",
  "captureChat POST /capture/v2/chat",
  "captureCase POST /capture/v2/case 2",
  "sendCaptureHeartbeat POST /capture/v2/status/monitor 2",
  "getSessionStatus GET /capture/v2/status/{sessionId}",
  "getSessionStatuses POST /capture/v2/status 2",
  "excludeSession POST /capture/v2/status/exclude/{sessionId} 2",
  "excludeSessions POST /capture/v2/status/exclude 2",
  "appendInteractionMetadata POST /capture/v2/outofband/interaction",
  "appendMasterMetadata POST /capture/v2/outofband/master",
  "appendCaseMetadata POST /capture/v2/outofband/case",
  "appendCollectionMetadata POST /capture/v2/outofband/collection",
  "getInteraction GET /interactions/v2/{id}",
  "getInteractionAudio GET /interactions/v2/{id}/audio.mp3 3",
  "createInteractionShareToken POST /Interactions/v2/token 2",
  "purgeInteractions POST /interactions/v2/purge 2",
  "purgeInteractionsBySession POST /interactions/v2/purge/sessions 2",
  "purgeInteractionsByCustomer POST /interactions/v2/purge/customer 2",
  "listCategories GET /processing/v2/categories",
  "listCustomFields GET /processing/v2/customFields",
  "listParticipantRefTypes GET /processing/v2/ParticipantRefTypes"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "safeToRepeat": true,
    "security": [],
    "requestBody": {
      "contentType": "application/x-www-form-urlencoded"
    }
  },
  {
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "info": "application/json",
        "data": "audio/wav"
      }
    }
  },
  {
    "safeToRepeat": true
  },
  {
    "parseAs": "blob"
  }
];

/** The type of {@link operations}: one entry per operation of specs/creovai/openapi.yaml, as its compact rows decode. */
export type OperationsTable = readonly [
  {
    "operationId": "getToken",
    "method": "POST",
    "path": "/Token",
    "safeToRepeat": true,
    "security": [],
    "requestBody": {
      "contentType": "application/x-www-form-urlencoded"
    }
  },
  {
    "operationId": "uploadChat",
    "method": "POST",
    "path": "/chatCapture/v1",
    "safeToRepeat": false
  },
  {
    "operationId": "uploadCallArchive",
    "method": "POST",
    "path": "/callCapture/v1/archive",
    "safeToRepeat": false,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "info": "application/json",
        "data": "audio/wav"
      }
    }
  },
  {
    "operationId": "getCallStatuses",
    "method": "POST",
    "path": "/callCapture/v1/status",
    "safeToRepeat": true
  },
  {
    "operationId": "getCallStatus",
    "method": "GET",
    "path": "/callCapture/v1/status/{sessionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "excludeCalls",
    "method": "POST",
    "path": "/callCapture/v1/status/exclude",
    "safeToRepeat": true
  },
  {
    "operationId": "uploadCase",
    "method": "POST",
    "path": "/caseCapture/v1",
    "safeToRepeat": true
  },
  {
    "operationId": "sendCallMetadata",
    "method": "POST",
    "path": "/callEvent/v1/outofband/event",
    "safeToRepeat": false
  },
  {
    "operationId": "sendMasterCallMetadata",
    "method": "POST",
    "path": "/callEvent/v1/outofband/mastercall",
    "safeToRepeat": false
  },
  {
    "operationId": "sendCaseMetadata",
    "method": "POST",
    "path": "/callEvent/v1/outofband/case",
    "safeToRepeat": false
  },
  {
    "operationId": "sendHeartbeat",
    "method": "POST",
    "path": "/callCapture/v1/monitor",
    "safeToRepeat": true
  },
  {
    "operationId": "listRecordingSettings",
    "method": "GET",
    "path": "/sources/v1/recordingSettings",
    "safeToRepeat": true
  },
  {
    "operationId": "createCallShareToken",
    "method": "POST",
    "path": "/callShare/v1/token",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeCalls",
    "method": "POST",
    "path": "/purge/v1/calls",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeCallsBySession",
    "method": "POST",
    "path": "/purge/v1/calls/sessions",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeCallsByCustomer",
    "method": "POST",
    "path": "/purge/v1/calls/customer",
    "safeToRepeat": true
  },
  {
    "operationId": "captureCall",
    "method": "POST",
    "path": "/capture/v2/call",
    "safeToRepeat": false,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "info": "application/json",
        "data": "audio/wav"
      }
    }
  },
  {
    "operationId": "captureChat",
    "method": "POST",
    "path": "/capture/v2/chat",
    "safeToRepeat": false
  },
  {
    "operationId": "captureCase",
    "method": "POST",
    "path": "/capture/v2/case",
    "safeToRepeat": true
  },
  {
    "operationId": "sendCaptureHeartbeat",
    "method": "POST",
    "path": "/capture/v2/status/monitor",
    "safeToRepeat": true
  },
  {
    "operationId": "getSessionStatus",
    "method": "GET",
    "path": "/capture/v2/status/{sessionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "getSessionStatuses",
    "method": "POST",
    "path": "/capture/v2/status",
    "safeToRepeat": true
  },
  {
    "operationId": "excludeSession",
    "method": "POST",
    "path": "/capture/v2/status/exclude/{sessionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "excludeSessions",
    "method": "POST",
    "path": "/capture/v2/status/exclude",
    "safeToRepeat": true
  },
  {
    "operationId": "appendInteractionMetadata",
    "method": "POST",
    "path": "/capture/v2/outofband/interaction",
    "safeToRepeat": false
  },
  {
    "operationId": "appendMasterMetadata",
    "method": "POST",
    "path": "/capture/v2/outofband/master",
    "safeToRepeat": false
  },
  {
    "operationId": "appendCaseMetadata",
    "method": "POST",
    "path": "/capture/v2/outofband/case",
    "safeToRepeat": false
  },
  {
    "operationId": "appendCollectionMetadata",
    "method": "POST",
    "path": "/capture/v2/outofband/collection",
    "safeToRepeat": false
  },
  {
    "operationId": "getInteraction",
    "method": "GET",
    "path": "/interactions/v2/{id}",
    "safeToRepeat": true
  },
  {
    "operationId": "getInteractionAudio",
    "method": "GET",
    "path": "/interactions/v2/{id}/audio.mp3",
    "safeToRepeat": true,
    "parseAs": "blob"
  },
  {
    "operationId": "createInteractionShareToken",
    "method": "POST",
    "path": "/Interactions/v2/token",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeInteractions",
    "method": "POST",
    "path": "/interactions/v2/purge",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeInteractionsBySession",
    "method": "POST",
    "path": "/interactions/v2/purge/sessions",
    "safeToRepeat": true
  },
  {
    "operationId": "purgeInteractionsByCustomer",
    "method": "POST",
    "path": "/interactions/v2/purge/customer",
    "safeToRepeat": true
  },
  {
    "operationId": "listCategories",
    "method": "GET",
    "path": "/processing/v2/categories",
    "safeToRepeat": true
  },
  {
    "operationId": "listCustomFields",
    "method": "GET",
    "path": "/processing/v2/customFields",
    "safeToRepeat": true
  },
  {
    "operationId": "listParticipantRefTypes",
    "method": "GET",
    "path": "/processing/v2/ParticipantRefTypes",
    "safeToRepeat": true
  }
];

/** Every operation of specs/creovai/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
