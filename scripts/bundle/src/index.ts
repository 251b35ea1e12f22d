export { bundlePackage, type BundleOptions, type BundleReport } from "./bundle.js";
export { compareExports, internalAlias } from "./bindings.js";
export { exportedModules } from "./entries.js";
