/**
 * @cxkit-tools/typedoc-plugin: what the API reference needs beyond TypeDoc's options. Loaded by the
 * repo's typedoc.config.mjs (`plugin`).
 * @packageDocumentation
 */
import type { Application } from "typedoc";
import { filterGeneratedCommentWarnings } from "./generated-comment-warnings.js";
import { resolveOperationParams } from "./operation-params.js";
import { listReExports } from "./re-exports.js";
import { linkSchemas } from "./schema-links.js";
import { scopeNotExported } from "./scoped-not-exported.js";

/** TypeDoc's plugin entry point. */
export function load(app: Application): void {
  resolveOperationParams(app);
  linkSchemas(app);
  listReExports(app);
  filterGeneratedCommentWarnings(app);
  scopeNotExported(app);
}
