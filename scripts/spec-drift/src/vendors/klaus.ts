import type { Exception } from "../exceptions.js";
import type { VendorProfile } from "./types.js";

// Klaus / Zendesk QA: our specs/klaus/openapi.yaml against Zendesk QA's own Swagger 2.0 files for the
// Public Export API and the Public Import API (host yoursubdomain.zendesk.com, basePath /qa). The CSAT
// event operation is in neither file. Bodies are compared at every depth: the files are small and
// generated from protobuf, so every field name and type in them is meant.

/** Our operations of the Export (18) and Import (4) APIs. */
export const KLAUS_QA_OPERATIONS: readonly string[] = [
  "listWorkspaceReviews",
  "listAccountReviews",
  "listWorkspaceCsat",
  "listAccountCsat",
  "listDisputes",
  "listCalibrationSessions",
  "listScorecards",
  "listWorkspaceUsers",
  "listAccountUsers",
  "listWorkspaces",
  "listAutoQaReviews",
  "listAutoQaRatings",
  "searchConversations",
  "listQuizzes",
  "getQuizLeaderboard",
  "getQuizOverview",
  "listQuizResponses",
  "getQuizResponse",
  "importTickets",
  "deleteImportedTickets",
  "getImportedTicket",
  "importUsers",
];

/** Pseudo operationId of the exceptions that concern the shared error schema. */
export const KLAUS_ERROR_RESPONSE = "ErrorResponse";

const NUMBERS_FROM_IMPORT =
  "The Import API answers with Go's encoding/json, which writes int64 fields as JSON numbers " +
  "(developer.zendesk.com QA API introduction); the Swagger file's `string`/`int64` is the gRPC-Gateway " +
  "convention it does not follow, so ours is `integer`/`int64`.";

/** Deliberate differences from Zendesk QA's files, each with its reason. */
export const KLAUS_EXCEPTIONS: readonly Exception[] = [
  // Every QA operation: upstream has only 200 + default.
  ...KLAUS_QA_OPERATIONS.map((operationId) => ({
    operationId,
    diff: "response 4XX: only in ours",
    why:
      "Upstream lumps every failure into `default`. We split off `4XX` (same ErrorResponse body) so that " +
      "refusals (bad argument, token, permission, unknown ID, rate limit) are declared as client errors; " +
      "Redocly's operation-4xx-response rule asks for one.",
  })),
  // importTickets: required keys the Swagger file (proto3: nothing required) does not mark.
  {
    operationId: "importTickets",
    diff: 'requestBody: "data" is required in ours, optional upstream',
    why: "A request without `data` imports nothing; the docs describe the body as a `data` array of tickets.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[]: "id" is required in ours, optional upstream',
    why:
      "developer.zendesk.com (importing conversations) marks `id` required: it is the caller's upsert key. " +
      "Requiring it is what makes importTickets safe to repeat (`x-cxkit-idempotent`).",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[]: "created" is required in ours, optional upstream',
    why: "developer.zendesk.com (importing conversations) marks `created` required.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[].comments[]: "id" is required in ours, optional upstream',
    why:
      "A comment is updated, not duplicated, on re-import only through its `id` (help-center import " +
      "article); requiring it keeps the whole request safe to repeat.",
  },
  {
    operationId: "importTickets",
    diff: 'requestBody.data[].comments[].callDuration: type ["integer","string"] in ours, "string" upstream',
    why:
      "The Import API parses requests with protojson, which takes an int64 as a string or a number " +
      "(developer.zendesk.com QA API introduction); ours accepts both (Int64Input).",
  },
  // importUsers
  {
    operationId: "importUsers",
    diff: 'requestBody: "data" is required in ours, optional upstream',
    why: "A request without `data` imports nothing; the body is a `data` array of users.",
  },
  {
    operationId: "importUsers",
    diff: 'requestBody.data[]: "userEmail" is required in ours, optional upstream',
    why:
      "The email address is the only key of an imported user (the body has no other identifier); " +
      "requiring it is what makes importUsers safe to repeat (`x-cxkit-idempotent`).",
  },
  // getImportedTicket: int64 as numbers.
  ...["response 200 body.internalId", "response 200 body.comments[].internalId"].map((at) => ({
    operationId: "getImportedTicket",
    diff: `${at}: type "integer" in ours, "string" upstream`,
    why: NUMBERS_FROM_IMPORT,
  })),
  {
    operationId: "getImportedTicket",
    diff: 'response 200 body.comments[].callDuration: type "integer" in ours, "string" upstream',
    why: NUMBERS_FROM_IMPORT,
  },
  // The shared error schema, compared with googlerpcStatus (export) and rpcStatus (import).
  ...["export", "import"].flatMap((source) => [
    {
      operationId: KLAUS_ERROR_RESPONSE,
      diff: `${source} default body: "code" is required in ours, optional upstream`,
      why:
        "A gRPC error status always has a non-zero code, so it is always written (even where zero " +
        "values are left out); `message` and `details` may be empty and stay optional.",
    },
    {
      operationId: KLAUS_ERROR_RESPONSE,
      diff: `${source} default body.details[]: "@type" is required in ours, optional upstream`,
      why: "The JSON form of a protobuf `Any` always carries `@type`: it names the detail's message type.",
    },
  ]),
];

/** Klaus / Zendesk QA: our spec vs the Public Export and Public Import Swagger files. */
export const klaus: VendorProfile = {
  vendor: "klaus",
  spec: "specs/klaus/openapi.yaml",
  sources: [
    {
      name: "export",
      file: "klaus-public-export-api.swagger.json",
      describes: "Zendesk QA Public Export API (Swagger 2.0)",
    },
    {
      name: "import",
      file: "klaus-public-import-api.swagger.json",
      describes: "Zendesk QA Public Import API (Swagger 2.0)",
    },
  ],
  pathRewrites: [],
  notUpstream: [
    {
      operationId: "sendCsatEvent",
      why:
        "The CSAT event intake (events.pub.klausapp.com) has no published machine-readable description; " +
        "it is in neither Swagger file.",
    },
  ],
  aspects: ["server", "parameters", "requestBody", "responses"],
  schemaDepth: Infinity,
  sharedSchemas: [
    { name: KLAUS_ERROR_RESPONSE, ours: "#/components/schemas/ErrorResponse", response: "default" },
  ],
  exceptions: KLAUS_EXCEPTIONS,
};
