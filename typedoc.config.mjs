// API reference (npm run docs): one section per published package, from src/index.ts.
import { fileURLToPath } from "node:url";
import { OptionDefaults } from "typedoc";

// The repo's TypeDoc plugin (strict TS, the scripts/typedoc-plugin workspace, built by `npm run docs`
// before TypeDoc runs) links schema shapes to the packages' friendly aliases, documents named methods'
// params as they are taken, and lists on each package page what it re-exports from sibling packages.
const plugin = fileURLToPath(new URL("scripts/typedoc-plugin/", import.meta.url));

// Types @cxkit/core's public types are built from but does not export (module-private helpers, and
// descriptor parts only `@cxkit/core/internal` exports): shown by name, without a page of their own.
const coreHelpers = {
  "descriptor.ts": [
    "CursorLinkPagination",
    "CursorTokenPagination",
    "IdempotencyKeyInfo",
    "PageNumberPagination",
    "SchemeConfig",
  ],
  "paginate.ts": [
    "ListingsAt",
    "OptionalIfEmpty",
    "Paginated",
    "PaginateGetInit",
    "PaginatePostInit",
  ],
  "types.ts": [
    "CallResult",
    "Field",
    "InitArgs",
    "IsKeyed",
    "KeyedOperations",
    "OperationAt",
    "PathMethod",
    "ReadableBody",
  ],
};

const packageOptions = {
  entryPoints: ["src/index.ts"],
  tsconfig: "tsconfig.build.json",
  disableSources: true,
  // What a package re-exports from a sibling package (the vendor packages re-export @cxkit/core's
  // errors, paginate...) is documented once, by that package: its build output counts as external here.
  // TypeDoc maps packages/<name>/dist back to src, so types that use these names still link to them.
  excludeExternals: true,
  externalPattern: ["**/node_modules/**", "**/packages/*/dist/**"],
  // openapi-typescript's raw `paths`, `components` and `operations` interfaces (megabytes of HTML each)
  // are the only exported interfaces without a doc comment: left out. Their shapes are documented where
  // users meet them: on the friendly aliases (`@useDeclaredType`) and the named methods.
  excludeNotDocumented: true,
  excludeNotDocumentedKinds: ["Interface"],
  excludeInternal: true,
  intentionallyNotExported: Object.entries(coreHelpers).flatMap(([file, names]) =>
    names.map((name) => `@cxkit/core/src/${file}:${name}`),
  ),
  // openapi-typescript writes `@description` on generated schema members.
  blockTags: [...OptionDefaults.blockTags, "@description"],
  modifierTags: [...OptionDefaults.modifierTags, "@constant"],
};

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "cxkit",
  entryPointStrategy: "packages",
  // core and auth first: the vendor packages link to them.
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
  plugin: [`${plugin}dist/index.js`],
  disableSources: true,
  out: "docs/api",
  readme: "README.md",
  treatWarningsAsErrors: true,
};
