import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadVendor } from "./config/load.js";
import type { VendorConfig } from "./config/types.js";
import { README_END, README_START } from "./emit/readme.js";
import { format } from "./emit/text.js";
import { testingOutputs, vendorOutputs } from "./generate.js";
import { listVendors } from "./root.js";
import { writeOutputs } from "./write.js";

function packageJson(root: string, config: VendorConfig): Record<string, unknown> {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(path.join(root, "packages", name, "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  return {
    name: config.packageName,
    version: "0.0.0",
    description: config.description,
    license: "MIT",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.19" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      // ESM only; `default` lets Node >= 20.19 `require()` it (require(esm)). Bundlers (`module`, also
      // when they target Node) get the build that shares @cxkit/core; Node, Bun and Deno (`node`) one
      // module with the runtime copied in.
      ".": {
        types: "./dist/index.d.ts",
        module: "./dist/index.js",
        node: "./dist/node.js",
        import: "./dist/index.js",
        default: "./dist/index.js",
      },
      "./package.json": "./package.json",
    },
    files: ["dist"],
    keywords: ["cxkit", config.name, "openapi", "api-client", "typescript"],
    homepage: `https://github.com/cxkit/cxkit/tree/main/packages/${config.name}#readme`,
    bugs: { url: "https://github.com/cxkit/cxkit/issues" },
    repository: {
      type: "git",
      url: "git+https://github.com/cxkit/cxkit.git",
      directory: `packages/${config.name}`,
    },
    scripts: {
      generate: `node ../../scripts/codegen/dist/cli.js generate ${config.name}`,
      build:
        "node -e \"require('node:fs').rmSync('dist',{recursive:true,force:true})\" && tsc -p tsconfig.build.json && node ../../scripts/bundle/dist/cli.js --inline @cxkit/auth --standalone dist/node.js",
      typecheck: "tsc -p tsconfig.json --noEmit",
      test: "vitest run",
    },
    dependencies: {
      "@cxkit/auth": `^${version("auth")}`,
      "@cxkit/core": `^${version("core")}`,
    },
  };
}

function scaffold(config: VendorConfig, firstOperation: string): Record<string, string> {
  const name = config.displayName;
  return {
    "tsconfig.json": JSON.stringify({
      extends: "../../tsconfig.base.json",
      compilerOptions: { rootDir: ".", noEmit: true },
      include: ["src", "test"],
    }),
    "tsconfig.build.json": JSON.stringify({
      extends: "../../tsconfig.base.json",
      compilerOptions: { rootDir: "src", outDir: "dist" },
      include: ["src"],
    }),
    "turbo.json": JSON.stringify({
      extends: ["//"],
      tasks: { generate: { inputs: [`$TURBO_ROOT$/specs/${config.name}/**`, "README.md"] } },
    }),
    "vitest.config.ts": `import { defineConfig } from "vitest/config";\n\nexport default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 } });\n`,
    "src/index.ts": `/**\n * ${config.packageName}: ${config.description}.\n * @packageDocumentation\n */\nexport * from "./generated/index.js";\n`,
    "test/exports.test.ts": `import { describe, expect, it } from "vitest";
import * as pkg from "${config.packageName}";

describe("${config.packageName} exports", () => {
  it("exports create${name}Client and the operations table", () => {
    expect(typeof pkg.create${name}Client).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("${config.packageName}");
    expect(pkg.operations.map((op) => op.operationId)).toContain("${firstOperation}");
  });
});
`,
    "README.md": `# ${config.packageName}\n\n${config.description}, generated from [\`specs/${config.name}/openapi.yaml\`](../../specs/${config.name}/openapi.yaml).\n\n\`\`\`sh\nnpm install ${config.packageName}\n\`\`\`\n\n## Operations\n\n${README_START}\n${README_END}\n`,
  };
}

/** Add the vendor's spec to redocly.yaml's `apis` (spec lint), unless it is there. */
function registerLint(root: string, vendor: string): string | undefined {
  const file = path.join(root, "redocly.yaml");
  const text = readFileSync(file, "utf8");
  if (new RegExp(`^  ${vendor}:$`, "m").test(text)) return undefined;
  writeFileSync(file, `${text.trimEnd()}\n  ${vendor}:\n    root: specs/${vendor}/openapi.yaml\n`);
  return "registered the spec in redocly.yaml (npm run lint:specs)";
}

/**
 * Scaffold packages/<vendor>/ from specs/<vendor>/ and generate its client. Files that exist are left
 * alone, so this never overwrites hand-written code. Prints every step.
 */
export async function newVendor(root: string, vendor: string | undefined): Promise<number> {
  if (!vendor || !/^[a-z][a-z0-9-]*$/.test(vendor)) {
    throw new Error("usage: npm run new-vendor <vendor> (lower-case, e.g. dixa)");
  }
  const loaded = loadVendor(root, vendor);
  const first = loaded.spec.paths ? Object.values(loaded.spec.paths)[0] : undefined;
  const firstOperation = Object.values(first ?? {}).find(
    (v): v is { operationId: string } =>
      typeof (v as { operationId?: unknown })?.operationId === "string",
  )?.operationId;
  if (!firstOperation) throw new Error(`specs/${vendor}/openapi.yaml: has no operation`);
  const dir = path.join(root, "packages", vendor);
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify(packageJson(root, loaded.config), null, 2)}\n`,
    ...scaffold(loaded.config, firstOperation),
  };
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    if (existsSync(file)) {
      console.log(`kept packages/${vendor}/${rel} (exists)`);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      rel.endsWith(".json") && rel !== "package.json" ? await format(content, file) : content,
    );
    console.log(`wrote packages/${vendor}/${rel}`);
  }
  const lint = registerLint(root, vendor);
  if (lint) console.log(lint);
  const sets = await vendorOutputs(root, [vendor]);
  if (existsSync(path.join(root, "packages", "testing", "package.json"))) {
    sets.push(await testingOutputs(root, listVendors(root)));
  }
  for (const line of writeOutputs(root, sets, false).written) console.log(line);
  console.log(
    "regenerated @cxkit/testing's copy of the specs: startMockServer(\"" + vendor + '") serves it',
  );
  console.log("\nLeft to do by hand:");
  console.log(
    `  - a typed mock helper (mock${loaded.config.displayName}()) in packages/testing/src/vendors.ts`,
  );
  console.log(
    `  - a consumer entry for ${vendor} in scripts/release-test/src/vendors.ts (the release test)`,
  );
  console.log("  - a changeset (npx changeset) announcing the new package");
  console.log("\nNext: npm install (links the new workspace), then npm run build.");
  return 0;
}
