// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of specs/klaus/openapi.yaml as the runtime reads them: one row per operation,
 * `operationId METHOD path`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = [
  "sendCsatEvent POST /capture/integration/klaus-csat/token/{connectionId}",
  "listWorkspaceReviews GET /api/export/workspace/{workspace}/reviews 0",
  "listAccountReviews GET /api/export/reviews 0",
  "listWorkspaceCsat GET /api/export/workspace/{workspace}/csat 1",
  "listAccountCsat GET /api/export/csat 1",
  "listDisputes GET /api/export/workspace/{workspace}/disputes 2",
  "listCalibrationSessions GET /api/export/workspace/{workspace}/calibration-sessions 3",
  "listScorecards GET /api/export/workspace/{workspace}/scorecards 4",
  "listWorkspaceUsers GET /api/export/workspace/{workspace}/users 4",
  "listAccountUsers GET /api/export/users 4",
  "listWorkspaces GET /api/export/workspaces 4",
  "listAutoQaReviews GET /api/export/autoqa/reviews 5",
  "listAutoQaRatings GET /api/export/autoqa/ratings 5",
  "searchConversations POST /api/export/conversations/search 6",
  "listQuizzes GET /api/export/quizzes 4",
  "getQuizLeaderboard GET /api/export/quizzes/leaderboard 4",
  "getQuizOverview GET /api/export/quizzes/{id}/overview 4",
  "listQuizResponses GET /api/export/quizzes/{id}/responses 4",
  "getQuizResponse GET /api/export/quizzes/{id}/responses/{response} 4",
  "importTickets POST /api/import/tickets 6",
  "deleteImportedTickets DELETE /api/import/tickets 4",
  "getImportedTicket GET /api/import/tickets/{ticketExternalId} 4",
  "importUsers POST /api/import/users 6"
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
      "style": "page-number",
      "pageParam": "page",
      "items": "tickets",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "disputes",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "calibrationSessions",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "server": 1
  },
  {
    "server": 1,
    "pagination": {
      "style": "cursor-token",
      "cursorParam": "cursor",
      "items": "rows",
      "next": "nextCursor"
    }
  },
  {
    "safeToRepeat": true,
    "server": 1
  }
];

/** The type of {@link operations}: one entry per operation of specs/klaus/openapi.yaml, as its compact rows decode. */
export type OperationsTable = readonly [
  {
    "operationId": "sendCsatEvent",
    "method": "POST",
    "path": "/capture/integration/klaus-csat/token/{connectionId}",
    "safeToRepeat": false
  },
  {
    "operationId": "listWorkspaceReviews",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/reviews",
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
    "operationId": "listAccountReviews",
    "method": "GET",
    "path": "/api/export/reviews",
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
    "operationId": "listWorkspaceCsat",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/csat",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "tickets",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "operationId": "listAccountCsat",
    "method": "GET",
    "path": "/api/export/csat",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "tickets",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "operationId": "listDisputes",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/disputes",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "disputes",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "operationId": "listCalibrationSessions",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/calibration-sessions",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "page-number",
      "pageParam": "page",
      "items": "calibrationSessions",
      "page": "pagination.page",
      "total": "pagination.total",
      "sizeParam": "pageSize"
    }
  },
  {
    "operationId": "listScorecards",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/scorecards",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listWorkspaceUsers",
    "method": "GET",
    "path": "/api/export/workspace/{workspace}/users",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listAccountUsers",
    "method": "GET",
    "path": "/api/export/users",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listWorkspaces",
    "method": "GET",
    "path": "/api/export/workspaces",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listAutoQaReviews",
    "method": "GET",
    "path": "/api/export/autoqa/reviews",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "cursor-token",
      "cursorParam": "cursor",
      "items": "rows",
      "next": "nextCursor"
    }
  },
  {
    "operationId": "listAutoQaRatings",
    "method": "GET",
    "path": "/api/export/autoqa/ratings",
    "safeToRepeat": true,
    "server": 1,
    "pagination": {
      "style": "cursor-token",
      "cursorParam": "cursor",
      "items": "rows",
      "next": "nextCursor"
    }
  },
  {
    "operationId": "searchConversations",
    "method": "POST",
    "path": "/api/export/conversations/search",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listQuizzes",
    "method": "GET",
    "path": "/api/export/quizzes",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "getQuizLeaderboard",
    "method": "GET",
    "path": "/api/export/quizzes/leaderboard",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "getQuizOverview",
    "method": "GET",
    "path": "/api/export/quizzes/{id}/overview",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "listQuizResponses",
    "method": "GET",
    "path": "/api/export/quizzes/{id}/responses",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "getQuizResponse",
    "method": "GET",
    "path": "/api/export/quizzes/{id}/responses/{response}",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "importTickets",
    "method": "POST",
    "path": "/api/import/tickets",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "deleteImportedTickets",
    "method": "DELETE",
    "path": "/api/import/tickets",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "getImportedTicket",
    "method": "GET",
    "path": "/api/import/tickets/{ticketExternalId}",
    "safeToRepeat": true,
    "server": 1
  },
  {
    "operationId": "importUsers",
    "method": "POST",
    "path": "/api/import/users",
    "safeToRepeat": true,
    "server": 1
  }
];

/** Every operation of specs/klaus/openapi.yaml: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
