export { bundlePackage, type BundleOptions, type BundleReport } from "./bundle.js";
export { bindingsMissing, exportNames, internalAlias } from "./bindings.js";
export { exportedModules } from "./entries.js";
