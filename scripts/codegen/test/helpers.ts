import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import YAML from "yaml";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A vendor's inputs for a scratch root: its spec (as an object) and cxkit.json. */
export interface FixtureVendor {
  spec: Record<string, unknown>;
  config: Record<string, unknown>;
  /** Write packages/<vendor>/package.json (what `generate` requires). Default true. */
  withPackage?: boolean;
}

/**
 * A scratch repo root with only what the generator reads: prettier config, the cxkit.json schema,
 * and the given vendors. Removed after the test file.
 */
export function scratchRoot(vendors: Record<string, FixtureVendor>): string {
  const root = mkdtempSync(path.join(tmpdir(), "cxkit-codegen-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const file of [".prettierrc.json", "specs/cxkit.schema.json", "redocly.yaml"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(root, file));
  }
  for (const [name, vendor] of Object.entries(vendors)) writeVendor(root, name, vendor);
  return root;
}

/** Write (or overwrite) one vendor of a scratch root. */
export function writeVendor(root: string, name: string, vendor: FixtureVendor): void {
  mkdirSync(path.join(root, "specs", name), { recursive: true });
  writeFileSync(path.join(root, "specs", name, "openapi.yaml"), YAML.stringify(vendor.spec));
  writeFileSync(
    path.join(root, "specs", name, "cxkit.json"),
    JSON.stringify(vendor.config, null, 2),
  );
  if (vendor.withPackage !== false) {
    mkdirSync(path.join(root, "packages", name), { recursive: true });
    writeFileSync(
      path.join(root, "packages", name, "package.json"),
      JSON.stringify({ name: vendor.config.packageName, version: "1.4.2" }),
    );
  }
}

const json = (description: string, schema: unknown = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

/** A small spec with one of each thing the generator models; `extra` is merged at the top level. */
export function spec(extra: Record<string, unknown> = {}, paths: Record<string, unknown> = {}) {
  return {
    openapi: "3.1.0",
    info: { title: "Acme", version: "1.0.0" },
    servers: [{ url: "https://api.acme.test" }],
    security: [{ key: [] }],
    tags: [{ name: "Things" }],
    paths: {
      "/things/{id}": {
        get: {
          operationId: "getThing",
          summary: "Get a thing",
          tags: ["Things"],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: {
            "200": json("The thing", { type: "object", properties: { id: { type: "integer" } } }),
          },
        },
      },
      ...paths,
    },
    components: {
      securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } },
    },
    ...extra,
  };
}

export { json };
