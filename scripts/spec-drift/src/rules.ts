import type { Aspect } from "./aspects.js";

/** A rewrite of upstream path templates into ours (`^/beta/` -> `/v1/`): a regular expression source. */
export interface PathRewrite {
  from: string;
  to: string;
}

/** One of our operations that no upstream description has, by design, with the reason. */
export interface NotUpstream {
  operationId: string;
  why: string;
}

/**
 * A schema compared once for the vendor rather than per operation: ours at `ours` (a local ref), theirs
 * the one schema every operation of an upstream file answers `response` with (Klaus's gRPC error).
 * Differences are labelled `<source> <response> body...` under the operationId `name`.
 */
export interface SharedSchema {
  name: string;
  ours: string;
  response: string;
}

/** What the engine compares for a vendor: everything vendor-specific that is not the exceptions. */
export interface DriftRules {
  /** Applied in order to every upstream path before operations are matched by method + path. */
  pathRewrites: readonly PathRewrite[];
  notUpstream: readonly NotUpstream[];
  /** Aspects compared per operation besides `operation` (which is always compared). */
  aspects: readonly Aspect[];
  /** Levels of properties request and response bodies are compared to (Infinity: all). */
  schemaDepth: number;
  /** A member of 2xx bodies compared on its own (see ResponseComparison). */
  dataMember?: string;
  sharedSchemas?: readonly SharedSchema[];
}
