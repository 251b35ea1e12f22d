/**
 * @cxkit-tools/spec-drift: compares a vendor spec of ours with the vendor's own OpenAPI (3.0/3.1) or
 * Swagger 2.0 description, operation by operation, applies the vendor's known exceptions, and says what
 * is left. One engine for the conformance tests and the `spec:drift` command.
 * @packageDocumentation
 */
export { ASPECTS, aspectOf, type Aspect, type Difference } from "./aspects.js";
export { compareSchemas, typeText } from "./compare-schemas.js";
export { compareParameters } from "./compare-parameters.js";
export { compareRequestBodies } from "./compare-bodies.js";
export { compareResponses, type ResponseComparison } from "./compare-responses.js";
export { compareOperation } from "./compare-operation.js";
export {
  compareSpecs,
  mapPath,
  type DriftResult,
  type OperationDrift,
  type UpstreamOnly,
} from "./compare-specs.js";
export {
  exceptionAspect,
  exceptionProblems,
  reconcile,
  type Applied,
  type Exception,
  type Reconciled,
} from "./exceptions.js";
export {
  driftOf,
  measureDrift,
  type Drift,
  type DriftLocations,
  type UpstreamInput,
} from "./drift.js";
export { isUrl, parseDescription, readDescription } from "./load.js";
export type * from "./model.js";
export { normaliseDescription } from "./normalise.js";
export { swagger2ToOpenApi3 } from "./normalise-swagger2.js";
export { normalisedOperations } from "./operations.js";
export type { DriftRules, NotUpstream, PathRewrite, SharedSchema } from "./rules.js";
export { serverUrl } from "./servers.js";
export { flatten, schemaAt, shapeOf, variantKey, type Shape, type ShapeKind } from "./shapes.js";
export { aspectReport, type AspectReport } from "./aspect-report.js";
export { findUpstreamFile } from "./upstream-files.js";
export * from "./vendors/index.js";
export { formatText } from "./report-text.js";
export {
  jsonReport,
  type JsonDifference,
  type JsonOperation,
  type JsonReport,
} from "./report-json.js";
export { parseArgs, usage, UsageError, type Options } from "./args.js";
export { runCli, type CliIo } from "./main.js";
