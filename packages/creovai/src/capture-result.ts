import type { CreovaiClient } from "./generated/client.js";

/** What the upload helpers resolve to: the Creovai call ID, whatever the route called it on the wire. */
export interface CreovaiCallIdResult {
  /**
   * The Creovai call ID (v2: the interaction ID, the same ID): keep it for troubleshooting and for
   * `getInteraction`, `purgeInteractions` and share links.
   */
  callId: string;
}

/** Any Creovai client, whether it was created with `throwOnError: true` or not. */
export type AnyCreovaiClient = CreovaiClient | CreovaiClient<true>;

/**
 * The client typed as one of its two forms: the helpers always pass `throwOnError: true`, under
 * which both forms behave the same, and TypeScript cannot call a method on a union of generic
 * clients.
 */
export function asClient(creovai: AnyCreovaiClient): CreovaiClient {
  return creovai as CreovaiClient;
}
