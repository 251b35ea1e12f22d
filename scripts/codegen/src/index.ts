/**
 * @cxkit-tools/codegen: the generator. Spec + cxkit.json -> a pure model -> one emitter per generated
 * file -> a writer that takes its root directory.
 * @packageDocumentation
 */
export { checkConfig, loadVendor, type LoadedVendor } from "./config/load.js";
export type { SchemeOptions, VendorConfig } from "./config/types.js";
export { vendorModel } from "./model/index.js";
export type * from "./model/types.js";
export { clientSource } from "./emit/client.js";
export { errorsSource } from "./emit/errors.js";
export { indexSource } from "./emit/index.js";
export { methodsSource } from "./emit/methods.js";
export { operationsSource } from "./emit/operations.js";
export { schemaSource } from "./emit/schema.js";
export { operationsMarkdown, README_END, README_START, withOperations } from "./emit/readme.js";
export { testingIndexSource, testingSpecSource } from "./emit/testing.js";
export { format } from "./emit/text.js";
export { webhooksSource } from "./emit/webhooks.js";
export { asWritten, readmeFiles, testingOutputs, vendorFiles, vendorOutputs } from "./generate.js";
export { newVendor } from "./new-vendor.js";
export { findRoot, listVendors } from "./root.js";
export { writeOutputs, type OutputSet, type WriteReport } from "./write.js";
