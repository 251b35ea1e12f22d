/**
 * What a difference is about. Each conformance test case checks one aspect of one operation, and a
 * vendor chooses which aspects it compares (`operation` is always compared).
 */
export type Aspect =
  | "operation"
  | "server"
  | "tags"
  | "parameters"
  | "requestBody"
  | "responses"
  /** A schema compared once for the whole vendor (Klaus's shared error body). */
  | "schema";

/** Every aspect, in the order a report lists them. */
export const ASPECTS: readonly Aspect[] = [
  "operation",
  "server",
  "tags",
  "parameters",
  "requestBody",
  "responses",
  "schema",
];

/**
 * The aspect of a difference text, read from how it starts. Differences are matched with exceptions by
 * their text alone, so the text is also what says which test case an exception belongs to.
 */
export function aspectOf(text: string): Aspect {
  if (text.startsWith("operation:")) return "operation";
  if (text.startsWith("server")) return "server";
  if (text.startsWith("tags:") || text.startsWith("deprecated:")) return "tags";
  if (text.startsWith("requestBody")) return "requestBody";
  if (text.startsWith("response ")) return "responses";
  if (text.startsWith('path "') || text.startsWith('query "')) return "parameters";
  return "schema";
}

/** One difference between our spec and an upstream description. */
export interface Difference {
  /** Our operationId; a shared schema's name; `METHOD /path` for an operation only upstream has. */
  operationId: string;
  aspect: Aspect;
  /** The exact text exceptions quote, e.g. `requestBody [Email]: property "_type" only in ours (required)`. */
  text: string;
}

/** Differences for one operation from texts (the aspect read from each text). */
export function differencesOf(operationId: string, texts: readonly string[]): Difference[] {
  return texts.map((text) => ({ operationId, aspect: aspectOf(text), text }));
}
