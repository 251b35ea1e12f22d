import { readFileSync } from "node:fs";
import YAML from "yaml";
import { isObject } from "./pointer.js";
import type { OpenApiDocument } from "./types.js";

/**
 * Read a YAML (or JSON) file. A syntax error names the file, line and column; an empty file or one that
 * does not hold an object is an error naming the file too.
 */
export function loadYamlFile(file: string, label = file): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${label}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parseYaml(text, label);
}

/** Parse YAML text (JSON is YAML too); errors name `label`. */
export function parseYaml(text: string, label: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = YAML.parse(text, { maxAliasCount: -1 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`${label}: not valid YAML: ${message}`);
  }
  if (!isObject(value)) throw new Error(`${label}: expected an object at the top level`);
  return value;
}

/** Read an OpenAPI document from a YAML or JSON file. */
export function loadSpec(file: string, label = file): OpenApiDocument {
  return loadYamlFile(file, label) as OpenApiDocument;
}
