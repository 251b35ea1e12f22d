import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { loadSpec, type OpenApiDocument } from "@cxkit-tools/openapi";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import type { VendorConfig } from "./types.js";

/** A vendor's inputs, read and checked. */
export interface LoadedVendor {
  vendor: string;
  spec: OpenApiDocument;
  config: VendorConfig;
  /** Repo-relative path of the spec, e.g. `specs/dixa/openapi.yaml` (named in generated headers). */
  specFile: string;
  /** Absolute path of the spec. */
  specPath: string;
  /** Version of packages/<vendor>/package.json (0.0.0 when the package does not exist yet). */
  version: string;
}

function describeError(error: ErrorObject): string {
  const where =
    error.instancePath === "" ? "(top level)" : error.instancePath.slice(1).replace(/\//g, ".");
  if (error.keyword === "additionalProperties") {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return `${where === "(top level)" ? extra : `${where}.${extra}`}: unknown field`;
  }
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return `${where === "(top level)" ? missing : `${where}.${missing}`}: is required`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}

let validateConfig: ((value: unknown) => ErrorObject[]) | undefined;

/** Check a parsed cxkit.json against specs/cxkit.schema.json; errors name the file and the field. */
export function checkConfig(
  root: string,
  value: unknown,
  label: string,
  vendor: string,
): VendorConfig {
  if (!validateConfig) {
    const schema = JSON.parse(readFileSync(path.join(root, "specs", "cxkit.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    validateConfig = (v) => (validate(v) ? [] : (validate.errors ?? []));
  }
  const errors = validateConfig(value);
  if (errors.length > 0) {
    throw new Error(`${label}: ${errors.map(describeError).join("; ")}`);
  }
  const config = value as VendorConfig;
  if (config.name !== vendor) {
    throw new Error(`${label}: name: must be "${vendor}" (the folder name), got "${config.name}"`);
  }
  return config;
}

/** Read a JSON file; a syntax error names the file. */
function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `${label}: ${error instanceof SyntaxError ? `not valid JSON: ${error.message}` : String(error)}`,
    );
  }
}

// One process generates a vendor's package, its README and @cxkit/testing's copy of the spec: parse each
// spec once (Dixa's takes half a second). Keyed by the files' size and mtime, so an edit is seen.
const loadedCache = new Map<string, LoadedVendor>();

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** Read and check a vendor's spec and cxkit.json under `root`. */
export function loadVendor(root: string, vendor: string): LoadedVendor {
  const files = ["openapi.yaml", "cxkit.json"].map((f) => path.join(root, "specs", vendor, f));
  const key = [
    root,
    vendor,
    ...files.map(stamp),
    stamp(path.join(root, "packages", vendor, "package.json")),
  ].join("|");
  const cached = loadedCache.get(key);
  if (cached) return cached;
  const loaded = readVendor(root, vendor);
  loadedCache.set(key, loaded);
  return loaded;
}

function readVendor(root: string, vendor: string): LoadedVendor {
  const specFile = `specs/${vendor}/openapi.yaml`;
  const configFile = `specs/${vendor}/cxkit.json`;
  const specPath = path.join(root, specFile);
  const spec = loadSpec(specPath, specFile);
  const config = checkConfig(
    root,
    readJson(path.join(root, configFile), configFile),
    configFile,
    vendor,
  );
  const manifest = path.join(root, "packages", vendor, "package.json");
  const version = existsSync(manifest)
    ? String(
        (readJson(manifest, `packages/${vendor}/package.json`) as { version?: unknown }).version ??
          "0.0.0",
      )
    : "0.0.0";
  return { vendor, spec, config, specFile, specPath, version };
}
