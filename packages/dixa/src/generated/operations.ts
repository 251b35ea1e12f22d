// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/dixa/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations = [
  {
    operationId: "createConversation",
    method: "POST",
    path: "/v1/conversations",
    safeToRepeat: false,
  },
  {
    operationId: "listOrganizationActivityLog",
    method: "GET",
    path: "/v1/conversations/activitylog",
    safeToRepeat: true,
    pagination: {
      style: "cursor-link",
      cursorParam: "pageKey",
      items: "data",
      next: "meta.next",
      limitParam: "pageLimit",
    },
  },
  {
    operationId: "listFlows",
    method: "GET",
    path: "/v1/conversations/flows",
    safeToRepeat: true,
  },
  {
    operationId: "importConversation",
    method: "POST",
    path: "/v1/conversations/import",
    safeToRepeat: false,
  },
  {
    operationId: "getConversation",
    method: "GET",
    path: "/v1/conversations/{conversationId}",
    safeToRepeat: true,
  },
  {
    operationId: "listActivityLog",
    method: "GET",
    path: "/v1/conversations/{conversationId}/activitylog",
    safeToRepeat: true,
  },
  {
    operationId: "anonymizeConversation",
    method: "PATCH",
    path: "/v1/conversations/{conversationId}/anonymize",
    safeToRepeat: true,
  },
  {
    operationId: "claimConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/claim",
    safeToRepeat: true,
  },
  {
    operationId: "closeConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/close",
    safeToRepeat: true,
  },
  {
    operationId: "patchConversationCustomAttributes",
    method: "PATCH",
    path: "/v1/conversations/{conversationId}/custom-attributes",
    safeToRepeat: true,
  },
  {
    operationId: "followupConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/followup",
    safeToRepeat: true,
  },
  {
    operationId: "linkConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/link",
    safeToRepeat: true,
  },
  {
    operationId: "listLinkedConversations",
    method: "GET",
    path: "/v1/conversations/{conversationId}/linked",
    safeToRepeat: true,
  },
  {
    operationId: "listMessages",
    method: "GET",
    path: "/v1/conversations/{conversationId}/messages",
    safeToRepeat: true,
  },
  {
    operationId: "addMessage",
    method: "POST",
    path: "/v1/conversations/{conversationId}/messages",
    safeToRepeat: false,
  },
  {
    operationId: "anonymizeMessage",
    method: "PATCH",
    path: "/v1/conversations/{conversationId}/messages/{messageId}/anonymize",
    safeToRepeat: true,
  },
  {
    operationId: "listInternalNotes",
    method: "GET",
    path: "/v1/conversations/{conversationId}/notes",
    safeToRepeat: true,
  },
  {
    operationId: "addInternalNote",
    method: "POST",
    path: "/v1/conversations/{conversationId}/notes",
    safeToRepeat: false,
  },
  {
    operationId: "addInternalNotes",
    method: "POST",
    path: "/v1/conversations/{conversationId}/notes/bulk",
    safeToRepeat: false,
  },
  {
    operationId: "getRating",
    method: "GET",
    path: "/v1/conversations/{conversationId}/rating",
    safeToRepeat: true,
  },
  {
    operationId: "listRatings",
    method: "GET",
    path: "/v1/conversations/{conversationId}/ratings",
    safeToRepeat: true,
  },
  {
    operationId: "createRatingOffer",
    method: "POST",
    path: "/v1/conversations/{conversationId}/ratings/offer",
    safeToRepeat: false,
  },
  {
    operationId: "submitRatingResult",
    method: "POST",
    path: "/v1/conversations/{conversationId}/ratings/{ratingId}/submit",
    safeToRepeat: false,
  },
  {
    operationId: "reopenConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/reopen",
    safeToRepeat: true,
  },
  {
    operationId: "listTags",
    method: "GET",
    path: "/v1/conversations/{conversationId}/tags",
    safeToRepeat: true,
  },
  {
    operationId: "bulkTagConversation",
    method: "POST",
    path: "/v1/conversations/{conversationId}/tags/bulk",
    safeToRepeat: false,
  },
  {
    operationId: "tagConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/tags/{tagId}",
    safeToRepeat: true,
  },
  {
    operationId: "untagConversation",
    method: "DELETE",
    path: "/v1/conversations/{conversationId}/tags/{tagId}",
    safeToRepeat: true,
  },
  {
    operationId: "transferConversation",
    method: "PUT",
    path: "/v1/conversations/{conversationId}/transfer/queue",
    safeToRepeat: true,
  },
  {
    operationId: "searchConversations",
    method: "GET",
    path: "/v1/search/conversations",
    safeToRepeat: true,
    pagination: {
      style: "cursor-link",
      cursorParam: "pageKey",
      items: "data",
      next: "meta.next",
      limitParam: "pageLimit",
    },
  },
  {
    operationId: "searchConversationsWithFilters",
    method: "POST",
    path: "/v1/search/conversations",
    safeToRepeat: true,
    pagination: {
      style: "cursor-link",
      cursorParam: "pageKey",
      items: "data",
      next: "meta.next",
      limitParam: "pageLimit",
    },
  },
] as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
