// API reference (npm run docs): one section per published package, from src/index.ts.
import { OptionDefaults } from "typedoc";

const packageOptions = {
  entryPoints: ["src/index.ts"],
  tsconfig: "tsconfig.build.json",
  excludeExternals: true,
  disableSources: true,
  // openapi-typescript writes `@description` on generated schema members.
  blockTags: [...OptionDefaults.blockTags, "@description"],
  modifierTags: [...OptionDefaults.modifierTags, "@constant"],
};

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "cxkit",
  entryPointStrategy: "packages",
  entryPoints: [
    "packages/core",
    "packages/auth",
    "packages/dixa",
    "packages/klaus",
    "packages/haptik",
    "packages/creovai",
    "packages/testing",
    "packages/redis-limits",
  ],
  packageOptions,
  disableSources: true,
  out: "docs/api",
  readme: "README.md",
  treatWarningsAsErrors: true,
};
