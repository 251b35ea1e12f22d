// The runtime floor: a client of one operation made by @cxkit/core's factory with @cxkit/auth's
// schemes, no vendor package. What any cxkit client costs before its spec adds anything (bundle
// size, import time), to tell the runtime's share from the operations table's.

/** A module exporting `createFloorClient(options)`, bundled by the sections that measure it. */
export const FLOOR_MODULE = `import { createCxkitClient } from "@cxkit/core/internal";
import { authFromSchemes } from "@cxkit/auth/internal";
const descriptor = {
  packageName: "@cxkit/dixa",
  version: "0.0.0",
  servers: [{ url: "https://dev.dixa.io" }],
  auth: { schemes: { apiKey: { type: "apiKey", header: "Authorization", option: "apiKey" } }, security: ["apiKey"] },
  operations: ["getConversation GET /v1/conversations/{conversationId}"],
};
export const createFloorClient = (options) => createCxkitClient(descriptor, options, authFromSchemes);`;
