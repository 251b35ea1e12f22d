import { dixa } from "./dixa.js";
import { klaus } from "./klaus.js";
import type { VendorProfile } from "./types.js";

/** The vendors whose own descriptions we compare with, by `specs/<vendor>/` name. */
export const VENDORS: Readonly<Record<string, VendorProfile>> = { dixa, klaus };

export { dixa, DIXA_EXCEPTIONS } from "./dixa.js";
export { klaus, KLAUS_ERROR_RESPONSE, KLAUS_EXCEPTIONS, KLAUS_QA_OPERATIONS } from "./klaus.js";
export type { UpstreamSource, VendorProfile } from "./types.js";
