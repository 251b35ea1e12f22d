/**
 * @cxkit/dixa: Typed client for the Dixa API (conversations, messages, notes, ratings, tags).
 * @packageDocumentation
 */
export {
  createDixaClient,
  PACKAGE_NAME,
  type DixaClient,
  type DixaClientOptions,
} from "./generated/client.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { paths, components, operations as Operations } from "./generated/schema.js";
export { ApiError, CxkitError, unwrap } from "@cxkit/core";
