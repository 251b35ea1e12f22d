/**
 * @cxkit/auth/internal: what generated clients call. Not part of the public API.
 * @packageDocumentation
 */
// Everything the public entry point exports, as the same bindings: a sibling package built against
// @cxkit/auth/internal imports this one module (the bundle tool checks that the bindings are the same).
export * from "./index.js";
export { authFromConfig, authFromSchemes } from "./auth-from-config.js";
export { readTokenResponse } from "./token-response.js";
