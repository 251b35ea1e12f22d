// generated from specs/dixa/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/dixa/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "listAgents GET /v1/agents 0",
  "updateAgents PUT /v1/agents",
  "createAgent POST /v1/agents",
  "patchAgents PATCH /v1/agents 1",
  "createAgents POST /v1/agents/bulk",
  "listAgentPresence GET /v1/agents/presence",
  "getAgent GET /v1/agents/{agentId}",
  "updateAgent PUT /v1/agents/{agentId}",
  "deleteAgent DELETE /v1/agents/{agentId}",
  "patchAgent PATCH /v1/agents/{agentId} 1",
  "getAgentPresence GET /v1/agents/{agentId}/presence",
  "updateAgentWorkingChannel PUT /v1/agents/{agentId}/presence/working-channel",
  "listAgentTeams GET /v1/agents/{agentId}/teams",
  "listAnalyticsFilterValues GET /v1/analytics/filter/{filterAttribute} 0",
  "listMetrics GET /v1/analytics/metrics 0",
  "queryMetricData POST /v1/analytics/metrics 1",
  "getMetric GET /v1/analytics/metrics/{metricId}",
  "listMetricRecords GET /v1/analytics/records 0",
  "queryMetricRecords POST /v1/analytics/records 2",
  "getMetricRecord GET /v1/analytics/records/{recordId}",
  "anonymizeEntity POST /v1/anonymization",
  "getAnonymizationRequest GET /v1/anonymization/request/{requestId}",
  "listBusinessHoursSchedules GET /v1/business-hours/schedules",
  "getBusinessHoursScheduleDefinition GET /v1/business-hours/schedules/{scheduleId}/definition",
  "getBusinessHoursStatus GET /v1/business-hours/schedules/{scheduleId}/status",
  "getUpcomingBusinessHours GET /v1/business-hours/schedules/{scheduleId}/upcoming",
  "listContactEndpoints GET /v1/contact-endpoints",
  "getContactEndpoint GET /v1/contact-endpoints/{contactEndpointId}",
  "createConversation POST /v1/conversations 3",
  "listOrganizationActivityLog GET /v1/conversations/activitylog 0",
  "listFlows GET /v1/conversations/flows",
  "importConversation POST /v1/conversations/import",
  "getConversation GET /v1/conversations/{conversationId}",
  "listActivityLog GET /v1/conversations/{conversationId}/activitylog",
  "anonymizeConversation PATCH /v1/conversations/{conversationId}/anonymize 1",
  "claimConversation PUT /v1/conversations/{conversationId}/claim",
  "closeConversation PUT /v1/conversations/{conversationId}/close",
  "patchConversationCustomAttributes PATCH /v1/conversations/{conversationId}/custom-attributes 1",
  "followupConversation PUT /v1/conversations/{conversationId}/followup",
  "linkConversation PUT /v1/conversations/{conversationId}/link",
  "listLinkedConversations GET /v1/conversations/{conversationId}/linked",
  "listMessages GET /v1/conversations/{conversationId}/messages",
  "addMessage POST /v1/conversations/{conversationId}/messages 4",
  "anonymizeMessage PATCH /v1/conversations/{conversationId}/messages/{messageId}/anonymize 1",
  "listInternalNotes GET /v1/conversations/{conversationId}/notes",
  "addInternalNote POST /v1/conversations/{conversationId}/notes",
  "addInternalNotes POST /v1/conversations/{conversationId}/notes/bulk",
  "getRating GET /v1/conversations/{conversationId}/rating",
  "listRatings GET /v1/conversations/{conversationId}/ratings",
  "createRatingOffer POST /v1/conversations/{conversationId}/ratings/offer",
  "submitRatingResult POST /v1/conversations/{conversationId}/ratings/{ratingId}/submit",
  "reopenConversation PUT /v1/conversations/{conversationId}/reopen",
  "listTags GET /v1/conversations/{conversationId}/tags",
  "bulkTagConversation POST /v1/conversations/{conversationId}/tags/bulk",
  "tagConversation PUT /v1/conversations/{conversationId}/tags/{tagId}",
  "untagConversation DELETE /v1/conversations/{conversationId}/tags/{tagId}",
  "transferConversation PUT /v1/conversations/{conversationId}/transfer/queue",
  "listCustomAttributeDefinitions GET /v1/custom-attributes",
  "getCustomAttributeDefinition GET /v1/custom-attributes/{customAttributeId}",
  "listEndUsers GET /v1/endusers 0",
  "updateEndUsers PUT /v1/endusers",
  "createEndUser POST /v1/endusers",
  "patchEndUsers PATCH /v1/endusers 1",
  "createEndUsers POST /v1/endusers/bulk",
  "getEndUser GET /v1/endusers/{userId}",
  "updateEndUser PUT /v1/endusers/{userId}",
  "patchEndUser PATCH /v1/endusers/{userId} 1",
  "anonymizeEndUser PATCH /v1/endusers/{userId}/anonymize 1",
  "listEndUserConversations GET /v1/endusers/{userId}/conversations 0",
  "patchEndUserCustomAttributes PATCH /v1/endusers/{userId}/custom-attributes 1",
  "createKnowledgeArticle POST /v1/knowledge/articles",
  "uploadKnowledgeArticleAttachments POST /v1/knowledge/articles/attachments 5",
  "getKnowledgeArticle GET /v1/knowledge/articles/{articleId}",
  "deleteKnowledgeArticle DELETE /v1/knowledge/articles/{articleId}",
  "patchKnowledgeArticle PATCH /v1/knowledge/articles/{articleId}",
  "deleteKnowledgeArticleParent DELETE /v1/knowledge/articles/{articleId}/parent",
  "moveKnowledgeArticle PATCH /v1/knowledge/articles/{articleId}/parent/{parentId} 1",
  "publishKnowledgeArticle POST /v1/knowledge/articles/{articleId}/publish",
  "listKnowledgeArticleTranslations GET /v1/knowledge/articles/{articleId}/translations",
  "patchKnowledgeArticleTranslations PATCH /v1/knowledge/articles/{articleId}/translations 1",
  "deleteKnowledgeArticleTranslation DELETE /v1/knowledge/articles/{articleId}/translations/{languageId}",
  "publishKnowledgeArticleTranslation POST /v1/knowledge/articles/{articleId}/translations/{languageId}/publish",
  "unpublishKnowledgeArticleTranslation POST /v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish 1",
  "unpublishKnowledgeArticle POST /v1/knowledge/articles/{articleId}/unpublish 1",
  "getKnowledgeCategory GET /v1/knowledge/categories/{categoryId}",
  "listKnowledgeCategoryTranslations GET /v1/knowledge/categories/{categoryId}/translations",
  "listKnowledgeCollections GET /v1/knowledge/collections 0",
  "getKnowledgeCollection GET /v1/knowledge/collections/{collectionId}",
  "getKnowledgeCollectionCatalog GET /v1/knowledge/collections/{collectionId}/catalog",
  "getOrganization GET /v1/organization",
  "listQueues GET /v1/queues",
  "createQueue POST /v1/queues",
  "getConversationQueuePosition GET /v1/queues/conversation-position/{csid}",
  "getQueue GET /v1/queues/{queueId}",
  "getQueueAvailability GET /v1/queues/{queueId}/availability",
  "listQueueMembers GET /v1/queues/{queueId}/members",
  "removeQueueMembers DELETE /v1/queues/{queueId}/members",
  "addQueueMembers PATCH /v1/queues/{queueId}/members",
  "searchConversations GET /v1/search/conversations 0",
  "searchConversationsWithFilters POST /v1/search/conversations 2",
  "listOrganizationTags GET /v1/tags",
  "createTag POST /v1/tags",
  "getTag GET /v1/tags/{tagId}",
  "deleteTag DELETE /v1/tags/{tagId}",
  "activateTag PATCH /v1/tags/{tagId}/activate 1",
  "deactivateTag PATCH /v1/tags/{tagId}/deactivate 1",
  "listTeams GET /v1/teams",
  "createTeam POST /v1/teams",
  "getTeam GET /v1/teams/{teamId}",
  "deleteTeam DELETE /v1/teams/{teamId}",
  "listTeamMembers GET /v1/teams/{teamId}/agents",
  "removeTeamMembers DELETE /v1/teams/{teamId}/agents",
  "addTeamMembers PATCH /v1/teams/{teamId}/agents",
  "listTeamPresence GET /v1/teams/{teamId}/presence 0",
  "listTemplates GET /v1/templates 0",
  "deleteTemplate DELETE /v1/templates/{templateId}",
  "listWebhookSubscriptions GET /v1/webhooks",
  "createWebhookSubscription POST /v1/webhooks",
  "getWebhookSubscription GET /v1/webhooks/{webhookSubscriptionId}",
  "deleteWebhookSubscription DELETE /v1/webhooks/{webhookSubscriptionId}",
  "patchWebhookSubscription PATCH /v1/webhooks/{webhookSubscriptionId} 1",
  "listWebhookDeliveryStatuses GET /v1/webhooks/{webhookSubscriptionId}/delivery-status",
  "listWebhookEventLogs GET /v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}",
  "exportConversations GET /v1/conversation_export 6",
  "exportMessages GET /v1/message_export 6"
];

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = [
  {
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "safeToRepeat": true
  },
  {
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "idempotentWhen": {
      "field": "message.externalId",
      "duplicate": {
        "status": 400,
        "message": "Duplicate externalId"
      }
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
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "files": "image/png"
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

/** The type of {@link operations}: one entry per operation of specs/dixa/openapi.yaml, as its compact rows decode. */
export type OperationsTable = readonly [
  {
    "operationId": "listAgents",
    "method": "GET",
    "path": "/v1/agents",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "updateAgents",
    "method": "PUT",
    "path": "/v1/agents",
    "safeToRepeat": true
  },
  {
    "operationId": "createAgent",
    "method": "POST",
    "path": "/v1/agents",
    "safeToRepeat": false
  },
  {
    "operationId": "patchAgents",
    "method": "PATCH",
    "path": "/v1/agents",
    "safeToRepeat": true
  },
  {
    "operationId": "createAgents",
    "method": "POST",
    "path": "/v1/agents/bulk",
    "safeToRepeat": false
  },
  {
    "operationId": "listAgentPresence",
    "method": "GET",
    "path": "/v1/agents/presence",
    "safeToRepeat": true
  },
  {
    "operationId": "getAgent",
    "method": "GET",
    "path": "/v1/agents/{agentId}",
    "safeToRepeat": true
  },
  {
    "operationId": "updateAgent",
    "method": "PUT",
    "path": "/v1/agents/{agentId}",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteAgent",
    "method": "DELETE",
    "path": "/v1/agents/{agentId}",
    "safeToRepeat": true
  },
  {
    "operationId": "patchAgent",
    "method": "PATCH",
    "path": "/v1/agents/{agentId}",
    "safeToRepeat": true
  },
  {
    "operationId": "getAgentPresence",
    "method": "GET",
    "path": "/v1/agents/{agentId}/presence",
    "safeToRepeat": true
  },
  {
    "operationId": "updateAgentWorkingChannel",
    "method": "PUT",
    "path": "/v1/agents/{agentId}/presence/working-channel",
    "safeToRepeat": true
  },
  {
    "operationId": "listAgentTeams",
    "method": "GET",
    "path": "/v1/agents/{agentId}/teams",
    "safeToRepeat": true
  },
  {
    "operationId": "listAnalyticsFilterValues",
    "method": "GET",
    "path": "/v1/analytics/filter/{filterAttribute}",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "listMetrics",
    "method": "GET",
    "path": "/v1/analytics/metrics",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "queryMetricData",
    "method": "POST",
    "path": "/v1/analytics/metrics",
    "safeToRepeat": true
  },
  {
    "operationId": "getMetric",
    "method": "GET",
    "path": "/v1/analytics/metrics/{metricId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listMetricRecords",
    "method": "GET",
    "path": "/v1/analytics/records",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "queryMetricRecords",
    "method": "POST",
    "path": "/v1/analytics/records",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "getMetricRecord",
    "method": "GET",
    "path": "/v1/analytics/records/{recordId}",
    "safeToRepeat": true
  },
  {
    "operationId": "anonymizeEntity",
    "method": "POST",
    "path": "/v1/anonymization",
    "safeToRepeat": false
  },
  {
    "operationId": "getAnonymizationRequest",
    "method": "GET",
    "path": "/v1/anonymization/request/{requestId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listBusinessHoursSchedules",
    "method": "GET",
    "path": "/v1/business-hours/schedules",
    "safeToRepeat": true
  },
  {
    "operationId": "getBusinessHoursScheduleDefinition",
    "method": "GET",
    "path": "/v1/business-hours/schedules/{scheduleId}/definition",
    "safeToRepeat": true
  },
  {
    "operationId": "getBusinessHoursStatus",
    "method": "GET",
    "path": "/v1/business-hours/schedules/{scheduleId}/status",
    "safeToRepeat": true
  },
  {
    "operationId": "getUpcomingBusinessHours",
    "method": "GET",
    "path": "/v1/business-hours/schedules/{scheduleId}/upcoming",
    "safeToRepeat": true
  },
  {
    "operationId": "listContactEndpoints",
    "method": "GET",
    "path": "/v1/contact-endpoints",
    "safeToRepeat": true
  },
  {
    "operationId": "getContactEndpoint",
    "method": "GET",
    "path": "/v1/contact-endpoints/{contactEndpointId}",
    "safeToRepeat": true
  },
  {
    "operationId": "createConversation",
    "method": "POST",
    "path": "/v1/conversations",
    "safeToRepeat": false,
    "idempotentWhen": {
      "field": "message.externalId",
      "duplicate": {
        "status": 400,
        "message": "Duplicate externalId"
      }
    }
  },
  {
    "operationId": "listOrganizationActivityLog",
    "method": "GET",
    "path": "/v1/conversations/activitylog",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "listFlows",
    "method": "GET",
    "path": "/v1/conversations/flows",
    "safeToRepeat": true
  },
  {
    "operationId": "importConversation",
    "method": "POST",
    "path": "/v1/conversations/import",
    "safeToRepeat": false
  },
  {
    "operationId": "getConversation",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listActivityLog",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/activitylog",
    "safeToRepeat": true
  },
  {
    "operationId": "anonymizeConversation",
    "method": "PATCH",
    "path": "/v1/conversations/{conversationId}/anonymize",
    "safeToRepeat": true
  },
  {
    "operationId": "claimConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/claim",
    "safeToRepeat": true
  },
  {
    "operationId": "closeConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/close",
    "safeToRepeat": true
  },
  {
    "operationId": "patchConversationCustomAttributes",
    "method": "PATCH",
    "path": "/v1/conversations/{conversationId}/custom-attributes",
    "safeToRepeat": true
  },
  {
    "operationId": "followupConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/followup",
    "safeToRepeat": true
  },
  {
    "operationId": "linkConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/link",
    "safeToRepeat": true
  },
  {
    "operationId": "listLinkedConversations",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/linked",
    "safeToRepeat": true
  },
  {
    "operationId": "listMessages",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/messages",
    "safeToRepeat": true
  },
  {
    "operationId": "addMessage",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/messages",
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
    "operationId": "anonymizeMessage",
    "method": "PATCH",
    "path": "/v1/conversations/{conversationId}/messages/{messageId}/anonymize",
    "safeToRepeat": true
  },
  {
    "operationId": "listInternalNotes",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/notes",
    "safeToRepeat": true
  },
  {
    "operationId": "addInternalNote",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/notes",
    "safeToRepeat": false
  },
  {
    "operationId": "addInternalNotes",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/notes/bulk",
    "safeToRepeat": false
  },
  {
    "operationId": "getRating",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/rating",
    "safeToRepeat": true
  },
  {
    "operationId": "listRatings",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/ratings",
    "safeToRepeat": true
  },
  {
    "operationId": "createRatingOffer",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/ratings/offer",
    "safeToRepeat": false
  },
  {
    "operationId": "submitRatingResult",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/ratings/{ratingId}/submit",
    "safeToRepeat": false
  },
  {
    "operationId": "reopenConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/reopen",
    "safeToRepeat": true
  },
  {
    "operationId": "listTags",
    "method": "GET",
    "path": "/v1/conversations/{conversationId}/tags",
    "safeToRepeat": true
  },
  {
    "operationId": "bulkTagConversation",
    "method": "POST",
    "path": "/v1/conversations/{conversationId}/tags/bulk",
    "safeToRepeat": false
  },
  {
    "operationId": "tagConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/tags/{tagId}",
    "safeToRepeat": true
  },
  {
    "operationId": "untagConversation",
    "method": "DELETE",
    "path": "/v1/conversations/{conversationId}/tags/{tagId}",
    "safeToRepeat": true
  },
  {
    "operationId": "transferConversation",
    "method": "PUT",
    "path": "/v1/conversations/{conversationId}/transfer/queue",
    "safeToRepeat": true
  },
  {
    "operationId": "listCustomAttributeDefinitions",
    "method": "GET",
    "path": "/v1/custom-attributes",
    "safeToRepeat": true
  },
  {
    "operationId": "getCustomAttributeDefinition",
    "method": "GET",
    "path": "/v1/custom-attributes/{customAttributeId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listEndUsers",
    "method": "GET",
    "path": "/v1/endusers",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "updateEndUsers",
    "method": "PUT",
    "path": "/v1/endusers",
    "safeToRepeat": true
  },
  {
    "operationId": "createEndUser",
    "method": "POST",
    "path": "/v1/endusers",
    "safeToRepeat": false
  },
  {
    "operationId": "patchEndUsers",
    "method": "PATCH",
    "path": "/v1/endusers",
    "safeToRepeat": true
  },
  {
    "operationId": "createEndUsers",
    "method": "POST",
    "path": "/v1/endusers/bulk",
    "safeToRepeat": false
  },
  {
    "operationId": "getEndUser",
    "method": "GET",
    "path": "/v1/endusers/{userId}",
    "safeToRepeat": true
  },
  {
    "operationId": "updateEndUser",
    "method": "PUT",
    "path": "/v1/endusers/{userId}",
    "safeToRepeat": true
  },
  {
    "operationId": "patchEndUser",
    "method": "PATCH",
    "path": "/v1/endusers/{userId}",
    "safeToRepeat": true
  },
  {
    "operationId": "anonymizeEndUser",
    "method": "PATCH",
    "path": "/v1/endusers/{userId}/anonymize",
    "safeToRepeat": true
  },
  {
    "operationId": "listEndUserConversations",
    "method": "GET",
    "path": "/v1/endusers/{userId}/conversations",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "patchEndUserCustomAttributes",
    "method": "PATCH",
    "path": "/v1/endusers/{userId}/custom-attributes",
    "safeToRepeat": true
  },
  {
    "operationId": "createKnowledgeArticle",
    "method": "POST",
    "path": "/v1/knowledge/articles",
    "safeToRepeat": false
  },
  {
    "operationId": "uploadKnowledgeArticleAttachments",
    "method": "POST",
    "path": "/v1/knowledge/articles/attachments",
    "safeToRepeat": false,
    "requestBody": {
      "contentType": "multipart/form-data",
      "files": {
        "files": "image/png"
      }
    }
  },
  {
    "operationId": "getKnowledgeArticle",
    "method": "GET",
    "path": "/v1/knowledge/articles/{articleId}",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteKnowledgeArticle",
    "method": "DELETE",
    "path": "/v1/knowledge/articles/{articleId}",
    "safeToRepeat": true
  },
  {
    "operationId": "patchKnowledgeArticle",
    "method": "PATCH",
    "path": "/v1/knowledge/articles/{articleId}",
    "safeToRepeat": false
  },
  {
    "operationId": "deleteKnowledgeArticleParent",
    "method": "DELETE",
    "path": "/v1/knowledge/articles/{articleId}/parent",
    "safeToRepeat": true
  },
  {
    "operationId": "moveKnowledgeArticle",
    "method": "PATCH",
    "path": "/v1/knowledge/articles/{articleId}/parent/{parentId}",
    "safeToRepeat": true
  },
  {
    "operationId": "publishKnowledgeArticle",
    "method": "POST",
    "path": "/v1/knowledge/articles/{articleId}/publish",
    "safeToRepeat": false
  },
  {
    "operationId": "listKnowledgeArticleTranslations",
    "method": "GET",
    "path": "/v1/knowledge/articles/{articleId}/translations",
    "safeToRepeat": true
  },
  {
    "operationId": "patchKnowledgeArticleTranslations",
    "method": "PATCH",
    "path": "/v1/knowledge/articles/{articleId}/translations",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteKnowledgeArticleTranslation",
    "method": "DELETE",
    "path": "/v1/knowledge/articles/{articleId}/translations/{languageId}",
    "safeToRepeat": true
  },
  {
    "operationId": "publishKnowledgeArticleTranslation",
    "method": "POST",
    "path": "/v1/knowledge/articles/{articleId}/translations/{languageId}/publish",
    "safeToRepeat": false
  },
  {
    "operationId": "unpublishKnowledgeArticleTranslation",
    "method": "POST",
    "path": "/v1/knowledge/articles/{articleId}/translations/{languageId}/unpublish",
    "safeToRepeat": true
  },
  {
    "operationId": "unpublishKnowledgeArticle",
    "method": "POST",
    "path": "/v1/knowledge/articles/{articleId}/unpublish",
    "safeToRepeat": true
  },
  {
    "operationId": "getKnowledgeCategory",
    "method": "GET",
    "path": "/v1/knowledge/categories/{categoryId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listKnowledgeCategoryTranslations",
    "method": "GET",
    "path": "/v1/knowledge/categories/{categoryId}/translations",
    "safeToRepeat": true
  },
  {
    "operationId": "listKnowledgeCollections",
    "method": "GET",
    "path": "/v1/knowledge/collections",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "getKnowledgeCollection",
    "method": "GET",
    "path": "/v1/knowledge/collections/{collectionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "getKnowledgeCollectionCatalog",
    "method": "GET",
    "path": "/v1/knowledge/collections/{collectionId}/catalog",
    "safeToRepeat": true
  },
  {
    "operationId": "getOrganization",
    "method": "GET",
    "path": "/v1/organization",
    "safeToRepeat": true
  },
  {
    "operationId": "listQueues",
    "method": "GET",
    "path": "/v1/queues",
    "safeToRepeat": true
  },
  {
    "operationId": "createQueue",
    "method": "POST",
    "path": "/v1/queues",
    "safeToRepeat": false
  },
  {
    "operationId": "getConversationQueuePosition",
    "method": "GET",
    "path": "/v1/queues/conversation-position/{csid}",
    "safeToRepeat": true
  },
  {
    "operationId": "getQueue",
    "method": "GET",
    "path": "/v1/queues/{queueId}",
    "safeToRepeat": true
  },
  {
    "operationId": "getQueueAvailability",
    "method": "GET",
    "path": "/v1/queues/{queueId}/availability",
    "safeToRepeat": true
  },
  {
    "operationId": "listQueueMembers",
    "method": "GET",
    "path": "/v1/queues/{queueId}/members",
    "safeToRepeat": true
  },
  {
    "operationId": "removeQueueMembers",
    "method": "DELETE",
    "path": "/v1/queues/{queueId}/members",
    "safeToRepeat": true
  },
  {
    "operationId": "addQueueMembers",
    "method": "PATCH",
    "path": "/v1/queues/{queueId}/members",
    "safeToRepeat": false
  },
  {
    "operationId": "searchConversations",
    "method": "GET",
    "path": "/v1/search/conversations",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "searchConversationsWithFilters",
    "method": "POST",
    "path": "/v1/search/conversations",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "listOrganizationTags",
    "method": "GET",
    "path": "/v1/tags",
    "safeToRepeat": true
  },
  {
    "operationId": "createTag",
    "method": "POST",
    "path": "/v1/tags",
    "safeToRepeat": false
  },
  {
    "operationId": "getTag",
    "method": "GET",
    "path": "/v1/tags/{tagId}",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteTag",
    "method": "DELETE",
    "path": "/v1/tags/{tagId}",
    "safeToRepeat": true
  },
  {
    "operationId": "activateTag",
    "method": "PATCH",
    "path": "/v1/tags/{tagId}/activate",
    "safeToRepeat": true
  },
  {
    "operationId": "deactivateTag",
    "method": "PATCH",
    "path": "/v1/tags/{tagId}/deactivate",
    "safeToRepeat": true
  },
  {
    "operationId": "listTeams",
    "method": "GET",
    "path": "/v1/teams",
    "safeToRepeat": true
  },
  {
    "operationId": "createTeam",
    "method": "POST",
    "path": "/v1/teams",
    "safeToRepeat": false
  },
  {
    "operationId": "getTeam",
    "method": "GET",
    "path": "/v1/teams/{teamId}",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteTeam",
    "method": "DELETE",
    "path": "/v1/teams/{teamId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listTeamMembers",
    "method": "GET",
    "path": "/v1/teams/{teamId}/agents",
    "safeToRepeat": true
  },
  {
    "operationId": "removeTeamMembers",
    "method": "DELETE",
    "path": "/v1/teams/{teamId}/agents",
    "safeToRepeat": true
  },
  {
    "operationId": "addTeamMembers",
    "method": "PATCH",
    "path": "/v1/teams/{teamId}/agents",
    "safeToRepeat": false
  },
  {
    "operationId": "listTeamPresence",
    "method": "GET",
    "path": "/v1/teams/{teamId}/presence",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "listTemplates",
    "method": "GET",
    "path": "/v1/templates",
    "safeToRepeat": true,
    "pagination": {
      "style": "cursor-link",
      "cursorParam": "pageKey",
      "items": "data",
      "next": "meta.next",
      "limitParam": "pageLimit"
    }
  },
  {
    "operationId": "deleteTemplate",
    "method": "DELETE",
    "path": "/v1/templates/{templateId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listWebhookSubscriptions",
    "method": "GET",
    "path": "/v1/webhooks",
    "safeToRepeat": true
  },
  {
    "operationId": "createWebhookSubscription",
    "method": "POST",
    "path": "/v1/webhooks",
    "safeToRepeat": false
  },
  {
    "operationId": "getWebhookSubscription",
    "method": "GET",
    "path": "/v1/webhooks/{webhookSubscriptionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "deleteWebhookSubscription",
    "method": "DELETE",
    "path": "/v1/webhooks/{webhookSubscriptionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "patchWebhookSubscription",
    "method": "PATCH",
    "path": "/v1/webhooks/{webhookSubscriptionId}",
    "safeToRepeat": true
  },
  {
    "operationId": "listWebhookDeliveryStatuses",
    "method": "GET",
    "path": "/v1/webhooks/{webhookSubscriptionId}/delivery-status",
    "safeToRepeat": true
  },
  {
    "operationId": "listWebhookEventLogs",
    "method": "GET",
    "path": "/v1/webhooks/{webhookSubscriptionId}/delivery-status/logs/{event}",
    "safeToRepeat": true
  },
  {
    "operationId": "exportConversations",
    "method": "GET",
    "path": "/v1/conversation_export",
    "safeToRepeat": true,
    "server": 1,
    "security": [
      "bearer"
    ]
  },
  {
    "operationId": "exportMessages",
    "method": "GET",
    "path": "/v1/message_export",
    "safeToRepeat": true,
    "server": 1,
    "security": [
      "bearer"
    ]
  }
];

/** Every operation of specs/dixa/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
