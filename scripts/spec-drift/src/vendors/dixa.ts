import type { Exception } from "../exceptions.js";
import type { VendorProfile } from "./types.js";

// Dixa: our specs/dixa/openapi.yaml against Dixa's own OpenAPI 3.0 file (dixa-api-beta.openapi.yaml,
// whose /beta/ paths are today's /v1/; see ../shared/upstream-specs/README.md). Bodies are compared one
// level deep (property names and required lists of the body, of its `data`, and of each oneOf variant):
// Dixa's file and ours model nested values differently on purpose (timestamps, `_type` everywhere), and
// the documented fields a client reads or sends sit at those two levels.

const ADDED_TYPE =
  "Dixa's file declares no `_type` on this oneOf variant, but every real body carries it " +
  "(vendor-facts 1.5); we declare it as the discriminator (required, const).";

/** One exception per variant: `_type` declared by us (required const), absent from Dixa's variant. */
function typeAdded(
  operationId: string,
  where: string,
  variants: readonly string[],
  why: string,
): Exception[] {
  return variants.map((v) => ({
    operationId,
    diff: `${where} [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} ${why}`,
  }));
}

const CONVERSATION_VARIANTS = [
  "AnonymizedConversation",
  "ChatConversation",
  "ContactFormConversation",
  "EmailConversation",
  "FacebookMessengerConversation",
  "GenericConversation",
  "MessengerConversation",
  "PstnPhoneConversation",
  "SmsConversation",
  "TwitterConversation",
  "WhatsAppConversation",
];

const BULK_OUTCOMES = ["BulkActionFailure", "BulkActionSuccess"];

/** Deliberate differences from Dixa's file, each with its reason. */
export const DIXA_EXCEPTIONS: readonly Exception[] = [
  // createConversation: body is oneOf Callback | Chat | ContactForm | Email | Sms, none with `_type` upstream.
  ...["Callback", "Chat", "ContactForm", "Email", "Sms"].map((v) => ({
    operationId: "createConversation",
    diff: `requestBody [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample sends \`"_type": "Email"\`.`,
  })),
  // addMessage: body is oneOf Inbound | Outbound.
  ...["Inbound", "Outbound"].map((v) => ({
    operationId: "addMessage",
    diff: `requestBody [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample sends \`"_type": "Inbound"\`.`,
  })),
  {
    operationId: "importConversation",
    diff: 'requestBody: property "_type" only in ours (required)',
    why:
      "Upstream models the body as the plain object GenericConversationImport, but the docs and Dixa's " +
      'own samples send `"_type": "GenericConversationImport"` (the older v1 reference shows the body as a oneOf).',
  },
  // getConversation / listLinkedConversations: data is oneOf of 11 conversation variants.
  ...CONVERSATION_VARIANTS.map((v) => ({
    operationId: "getConversation",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "ChatConversation"\`.`,
  })),
  ...CONVERSATION_VARIANTS.map((v) => ({
    operationId: "listLinkedConversations",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "EmailConversation"\`.`,
  })),
  // addInternalNotes: data items are oneOf BulkActionSuccess | BulkActionFailure.
  ...BULK_OUTCOMES.map((v) => ({
    operationId: "addInternalNotes",
    diff: `response 200 data [${v}]: property "_type" only in ours (required)`,
    why: `${ADDED_TYPE} The docs sample answers \`"_type": "BulkActionSuccess"\` / \`"BulkActionFailure"\`.`,
  })),
  {
    operationId: "searchConversations",
    diff: 'response 200 data: property "_type" only in ours',
    why:
      'The docs sample of this answer has `"_type": "ConversationSearchHit"` on each hit; upstream does not ' +
      "declare it. Optional in ours because upstream's own sample of the same answer leaves it out.",
  },
  // Contact endpoints: data (or its items) is oneOf EmailEndpoint | TelephonyEndpoint.
  ...["listContactEndpoints", "getContactEndpoint"].flatMap((id) =>
    typeAdded(
      id,
      "response 200 data",
      ["EmailEndpoint", "TelephonyEndpoint"],
      'Dixa\'s own samples answer `"_type": "EmailEndpoint"` / `"TelephonyEndpoint"`, and the list filters on the same values (`?_type=`).',
    ),
  ),
  // Templates: data items are oneOf EmailAutoReply | QuickResponse.
  ...typeAdded(
    "listTemplates",
    "response 200 data",
    ["EmailAutoReply", "QuickResponse"],
    'Dixa\'s own sample answers `"_type": "QuickResponse"` / `"EmailAutoReply"`, the values of the `type` filter.',
  ),
  // End users: the conversations of an end user are the Conversation union of getConversation.
  ...typeAdded(
    "listEndUserConversations",
    "response 200 data",
    CONVERSATION_VARIANTS,
    'Dixa\'s own sample of this answer has `"_type": "ChatConversation"`, as getConversation\'s does.',
  ),
  // Bulk writes: data items are oneOf BulkActionSuccess | BulkActionFailure (vendor-facts 1.4).
  ...(
    [
      ["updateEndUsers", "200"],
      ["patchEndUsers", "200"],
      ["createEndUsers", "201"],
      ["updateAgents", "200"],
      ["patchAgents", "200"],
      ["createAgents", "201"],
      ["addQueueMembers", "200"],
    ] as const
  ).flatMap(([id, code]) =>
    typeAdded(
      id,
      `response ${code} data`,
      BULK_OUTCOMES,
      'Dixa\'s own samples of this answer tag each outcome `"_type": "BulkActionSuccess"` / `"BulkActionFailure"`.',
    ),
  ),
  // Queue availability: data items are oneOf Failure | Success (ChannelAvailabilityOutcome).
  ...typeAdded(
    "getQueueAvailability",
    "response 200 data",
    ["Failure", "Success"],
    'Dixa\'s own sample tags each outcome `"_type": "Success"` / `"Failure"` (and the nested channel and error `"GenericChannel"` / `"UnexpectedError"`).',
  ),
  {
    operationId: "listKnowledgeCollections",
    diff: 'response 200 body: property "meta" only in ours',
    why:
      "Dixa's file gives this list pageKey/pageLimit but no `meta` in the answer, so the next cursor " +
      "could never be read; every other paginated Dixa list answers `meta.next` (PaginationLinks), and " +
      "our pagination walk needs it. Optional, so an answer without it still fits.",
  },
  // Timestamps: our DixaTimestamp (pattern) replaces `format: date-time`.
  ...["fromDatetime", "toDatetime"].map((name) => ({
    operationId: "listOrganizationActivityLog",
    diff: `query "${name}": format is "date-time" upstream, none in ours`,
    why:
      "Timestamps use our DixaTimestamp schema (a pattern that also accepts Java's `...Z[GMT]` form) " +
      "instead of `format: date-time`, which Dixa's own samples violate.",
  })),
];

/** The Dixa Exports API (https://exports.dixa.io): documented on docs.dixa.io, absent from Dixa's file. */
const EXPORTS_WHY =
  "Dixa Exports API on https://exports.dixa.io (bearer token): documented on docs.dixa.io, " +
  "described by neither of Dixa's OpenAPI files.";

/** Dixa: our spec vs Dixa's own OpenAPI file. */
export const dixa: VendorProfile = {
  vendor: "dixa",
  spec: "specs/dixa/openapi.yaml",
  sources: [
    {
      name: "api",
      file: "dixa-api-beta.openapi.yaml",
      describes: "Dixa's OpenAPI 3.0 file (the beta file, /beta/ read as /v1/, is today's v1)",
    },
  ],
  // Today's /v1 API is the beta file with /beta/ replaced by /v1/; the older v1 file already says /v1/.
  pathRewrites: [{ from: "^/beta/", to: "/v1/" }],
  notUpstream: [
    { operationId: "exportConversations", why: EXPORTS_WHY },
    { operationId: "exportMessages", why: EXPORTS_WHY },
  ],
  aspects: ["server", "tags", "parameters", "requestBody", "responses"],
  schemaDepth: 0,
  dataMember: "data",
  exceptions: DIXA_EXCEPTIONS,
};
