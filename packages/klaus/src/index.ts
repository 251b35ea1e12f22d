/**
 * @cxkit/klaus: typed client for Klaus (Zendesk QA) CSAT enrichment events.
 * @packageDocumentation
 */
import type { components } from "./generated/schema.js";

export * from "./generated/index.js";

/** A CSAT event for one conversation (and optionally one message): the body of `sendCsatEvent`. */
export type KlausCsatEvent = components["schemas"]["CsatEvent"];
/** The score and comment of a CSAT event. */
export type KlausCsat = components["schemas"]["Csat"];
/** Klaus's error body (undocumented; kept open). */
export type KlausErrorResponse = components["schemas"]["ErrorResponse"];
