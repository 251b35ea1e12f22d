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
  {
    operationId: "uploadCallArchive",
    method: "POST",
    path: "/callCapture/v1/archive",
    safeToRepeat: false,
    requestBody: {
      contentType: "multipart/form-data",
      files: {
        info: "application/json",
        data: "audio/wav",
      },
    },
  },
  {
    operationId: "getCallStatuses",
    method: "POST",
    path: "/callCapture/v1/status",
    safeToRepeat: true,
  },
  {
    operationId: "getCallStatus",
    method: "GET",
    path: "/callCapture/v1/status/{sessionId}",
    safeToRepeat: true,
  },
  {
    operationId: "excludeCalls",
    method: "POST",
    path: "/callCapture/v1/status/exclude",
    safeToRepeat: true,
  },
  {
    operationId: "uploadCase",
    method: "POST",
    path: "/caseCapture/v1",
    safeToRepeat: true,
  },
  {
    operationId: "sendCallMetadata",
    method: "POST",
    path: "/callEvent/v1/outofband/event",
    safeToRepeat: false,
  },
  {
    operationId: "sendMasterCallMetadata",
    method: "POST",
    path: "/callEvent/v1/outofband/mastercall",
    safeToRepeat: false,
  },
  {
    operationId: "sendCaseMetadata",
    method: "POST",
    path: "/callEvent/v1/outofband/case",
    safeToRepeat: false,
  },
  {
    operationId: "sendHeartbeat",
    method: "POST",
    path: "/callCapture/v1/monitor",
    safeToRepeat: true,
  },
  {
    operationId: "listRecordingSettings",
    method: "GET",
    path: "/sources/v1/recordingSettings",
    safeToRepeat: true,
  },
  {
    operationId: "createCallShareToken",
    method: "POST",
    path: "/callShare/v1/token",
    safeToRepeat: true,
  },
  {
    operationId: "purgeCalls",
    method: "POST",
    path: "/purge/v1/calls",
    safeToRepeat: true,
  },
  {
    operationId: "purgeCallsBySession",
    method: "POST",
    path: "/purge/v1/calls/sessions",
    safeToRepeat: true,
  },
  {
    operationId: "purgeCallsByCustomer",
    method: "POST",
    path: "/purge/v1/calls/customer",
    safeToRepeat: true,
  },
  {
    operationId: "captureCall",
    method: "POST",
    path: "/capture/v2/call",
    safeToRepeat: false,
    requestBody: {
      contentType: "multipart/form-data",
      files: {
        info: "application/json",
        data: "audio/wav",
      },
    },
  },
  {
    operationId: "captureChat",
    method: "POST",
    path: "/capture/v2/chat",
    safeToRepeat: false,
  },
  {
    operationId: "captureCase",
    method: "POST",
    path: "/capture/v2/case",
    safeToRepeat: true,
  },
  {
    operationId: "sendCaptureHeartbeat",
    method: "POST",
    path: "/capture/v2/status/monitor",
    safeToRepeat: true,
  },
  {
    operationId: "getSessionStatus",
    method: "GET",
    path: "/capture/v2/status/{sessionId}",
    safeToRepeat: true,
  },
  {
    operationId: "getSessionStatuses",
    method: "POST",
    path: "/capture/v2/status",
    safeToRepeat: true,
  },
  {
    operationId: "excludeSession",
    method: "POST",
    path: "/capture/v2/status/exclude/{sessionId}",
    safeToRepeat: true,
  },
  {
    operationId: "excludeSessions",
    method: "POST",
    path: "/capture/v2/status/exclude",
    safeToRepeat: true,
  },
  {
    operationId: "appendInteractionMetadata",
    method: "POST",
    path: "/capture/v2/outofband/interaction",
    safeToRepeat: false,
  },
  {
    operationId: "appendMasterMetadata",
    method: "POST",
    path: "/capture/v2/outofband/master",
    safeToRepeat: false,
  },
  {
    operationId: "appendCaseMetadata",
    method: "POST",
    path: "/capture/v2/outofband/case",
    safeToRepeat: false,
  },
  {
    operationId: "appendCollectionMetadata",
    method: "POST",
    path: "/capture/v2/outofband/collection",
    safeToRepeat: false,
  },
  {
    operationId: "getInteraction",
    method: "GET",
    path: "/interactions/v2/{id}",
    safeToRepeat: true,
  },
  {
    operationId: "getInteractionAudio",
    method: "GET",
    path: "/interactions/v2/{id}/audio.mp3",
    safeToRepeat: true,
    parseAs: "blob",
  },
  {
    operationId: "createInteractionShareToken",
    method: "POST",
    path: "/Interactions/v2/token",
    safeToRepeat: true,
  },
  {
    operationId: "purgeInteractions",
    method: "POST",
    path: "/interactions/v2/purge",
    safeToRepeat: true,
  },
  {
    operationId: "purgeInteractionsBySession",
    method: "POST",
    path: "/interactions/v2/purge/sessions",
    safeToRepeat: true,
  },
  {
    operationId: "purgeInteractionsByCustomer",
    method: "POST",
    path: "/interactions/v2/purge/customer",
    safeToRepeat: true,
  },
  {
    operationId: "listCategories",
    method: "GET",
    path: "/processing/v2/categories",
    safeToRepeat: true,
  },
  {
    operationId: "listCustomFields",
    method: "GET",
    path: "/processing/v2/customFields",
    safeToRepeat: true,
  },
  {
    operationId: "listParticipantRefTypes",
    method: "GET",
    path: "/processing/v2/ParticipantRefTypes",
    safeToRepeat: true,
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
