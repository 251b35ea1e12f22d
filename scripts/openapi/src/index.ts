/**
 * @cxkit-tools/openapi: the OpenAPI helpers every repo tool shares (codegen, spec-diff, spec-drift),
 * so there is one method list, one `$ref` resolver and one walk over a spec's operations.
 * @packageDocumentation
 */
export { HTTP_METHODS, IDEMPOTENT_METHODS, isPathItemMethod } from "./methods.js";
export type { HttpMethod, PathItemMethod } from "./methods.js";
export {
  deref,
  escapeSegment,
  isObject,
  isRef,
  localRef,
  mustDeref,
  pointerOf,
  refsIn,
  resolvePointer,
  unescapeSegment,
  unresolvedRefs,
} from "./pointer.js";
export { operationsOf, webhooksOf, type SpecOperation } from "./operations.js";
export { canonical, list, member, obj, show } from "./json.js";
export { loadSpec, loadYamlFile, parseYaml } from "./load.js";
export type * from "./types.js";
