import { isObject, type JsonObject } from "@cxkit-tools/openapi";
import { mapObjects, str } from "./json.js";
import type { NormalisedSpec } from "./model.js";
import { swagger2ToOpenApi3 } from "./normalise-swagger2.js";
import { normalisedOperations } from "./operations.js";

/**
 * OpenAPI 3.0's `nullable: true` written as 3.1 writes it (`type: [T, "null"]`), so a 3.0 file and a 3.1
 * spec that say the same thing compare equal. `nullable` beside no `type` (next to a `$ref` or `allOf`)
 * cannot be folded and is dropped: the comparison does not look at nullability there.
 */
function foldNullable(doc: JsonObject): JsonObject {
  const folded = mapObjects(doc, (node) => {
    if (typeof node.nullable !== "boolean") return node;
    const { nullable, ...rest } = node;
    if (nullable && typeof rest.type === "string") rest.type = [rest.type, "null"];
    return rest;
  });
  return isObject(folded) ? folded : {};
}

/**
 * Reads a parsed description (OpenAPI 3.1 or 3.0, or Swagger 2.0) into the shape the comparison uses.
 * `name` is the source name reports use, `label` where it came from. Anything else is an error.
 */
export function normaliseDescription(raw: unknown, name: string, label: string): NormalisedSpec {
  if (!isObject(raw))
    throw new Error(`${label}: expected an OpenAPI or Swagger document (an object)`);
  const swagger = str(raw.swagger);
  const openapi = str(raw.openapi);
  let doc: JsonObject;
  let format: string;
  if (swagger?.startsWith("2.")) {
    doc = swagger2ToOpenApi3(raw);
    format = `Swagger ${swagger}`;
  } else if (openapi?.startsWith("3.0")) {
    doc = foldNullable(raw);
    format = `OpenAPI ${openapi}`;
  } else if (openapi?.startsWith("3.1") || openapi?.startsWith("3.2")) {
    doc = raw;
    format = `OpenAPI ${openapi}`;
  } else {
    const found = swagger ?? openapi;
    throw new Error(
      `${label}: not an OpenAPI 3.x or Swagger 2.0 description (${found === undefined ? "no openapi/swagger field" : `version ${found}`})`,
    );
  }
  return { name, label, format, doc, operations: normalisedOperations(doc, name) };
}
