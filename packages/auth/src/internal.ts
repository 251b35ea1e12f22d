/**
 * @cxkit/auth/internal: what generated clients call. Not part of the public API.
 * @packageDocumentation
 */
export { authFromConfig, authFromSchemes } from "./auth-from-config.js";
export { readTokenResponse } from "./token-response.js";
