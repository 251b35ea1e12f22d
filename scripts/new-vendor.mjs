#!/usr/bin/env node
// Scaffolds packages/<vendor>/ from specs/<vendor>/ and generates its client.
// Usage: npm run new-vendor <vendor>
// Files that already exist are left alone, so this never overwrites hand-written code.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import prettier from "prettier";
import { generateVendor, loadVendor, operationsTable } from "./generate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function packageJson(config) {
  const core = JSON.parse(await readFile(path.join(root, "packages/core/package.json"), "utf8"));
  const auth = JSON.parse(await readFile(path.join(root, "packages/auth/package.json"), "utf8"));
  return {
    name: config.packageName,
    version: "0.0.0",
    description: config.description ?? `Typed client for the ${config.displayName} API`,
    license: "MIT",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.19" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      // ESM only; `default` lets Node >= 20.19 `require()` it (require(esm)).
      ".": { types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" },
      "./package.json": "./package.json",
    },
    files: ["dist"],
    repository: {
      type: "git",
      url: "git+https://github.com/cxkit/cxkit.git",
      directory: `packages/${config.name}`,
    },
    keywords: ["cxkit", config.name, "openapi", "api-client"],
    scripts: {
      build: "tsc -p tsconfig.build.json",
      typecheck: "tsc -p tsconfig.json --noEmit",
      test: "vitest run",
    },
    dependencies: {
      "@cxkit/auth": `^${auth.version}`,
      "@cxkit/core": `^${core.version}`,
      "openapi-fetch": core.dependencies["openapi-fetch"],
    },
  };
}

function indexSource(config) {
  return `/**
 * ${config.packageName}: ${config.description ?? `typed client for the ${config.displayName} API`}.
 * @packageDocumentation
 */
export * from "./generated/index.js";
`;
}

function smokeTest(config, firstOp) {
  const name = config.displayName;
  return `import { describe, expect, it } from "vitest";
import * as pkg from "${config.packageName}";

describe("${config.packageName} exports", () => {
  it("exports create${name}Client and the operations table", () => {
    expect(typeof pkg.create${name}Client).toBe("function");
    expect(pkg.PACKAGE_NAME).toBe("${config.packageName}");
    expect(pkg.operations.map((op) => op.operationId)).toContain("${firstOp}");
  });
});
`;
}

function readme(config, spec) {
  const name = config.displayName;
  return `# ${config.packageName}

${config.description ?? `Typed client for the ${name} API`}, generated from
[\`specs/${config.name}/openapi.yaml\`](../../specs/${config.name}/openapi.yaml) (${spec.info?.title ?? name}).

\`\`\`sh
npm install ${config.packageName}
\`\`\`

## Operations

<!-- operations:start (generated from the spec by npm run generate) -->
<!-- operations:end -->
`;
}

async function write(file, content, { format = true } = {}) {
  if (existsSync(file)) {
    console.log(`kept ${path.relative(root, file)} (exists)`);
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const text = format
    ? await prettier.format(content, { ...(await prettier.resolveConfig(file)), filepath: file })
    : content;
  await writeFile(file, text);
  console.log(`wrote ${path.relative(root, file)}`);
}

async function main([vendor]) {
  if (!vendor || !/^[a-z][a-z0-9-]*$/.test(vendor)) {
    throw new Error("usage: npm run new-vendor <vendor> (lower-case, e.g. dixa)");
  }
  const { config, spec } = await loadVendor(vendor);
  const ops = operationsTable(spec);
  const dir = path.join(root, "packages", vendor);
  await write(
    path.join(dir, "package.json"),
    JSON.stringify(await packageJson(config), null, 2) + "\n",
  );
  await write(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.base.json",
      compilerOptions: { rootDir: ".", noEmit: true },
      include: ["src", "test"],
    }),
  );
  await write(
    path.join(dir, "tsconfig.build.json"),
    JSON.stringify({
      extends: "../../tsconfig.base.json",
      compilerOptions: { rootDir: "src", outDir: "dist" },
      include: ["src"],
    }),
  );
  await write(
    path.join(dir, "vitest.config.ts"),
    `import { defineConfig } from "vitest/config";\n\nexport default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 } });\n`,
  );
  await write(path.join(dir, "src/index.ts"), indexSource(config));
  await write(path.join(dir, "test/exports.test.ts"), smokeTest(config, ops[0].operationId));
  await write(path.join(dir, "README.md"), readme(config, spec));
  const files = await generateVendor(vendor);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), content);
    console.log(`wrote ${rel}`);
  }
  console.log(`\nNext: npm install (links the new workspace), then npm run build.`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
