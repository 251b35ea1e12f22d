import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { header } from "./text.js";

/** schema.ts: openapi-typescript's types of the spec (paths, components, operations, webhooks). */
export async function schemaSource(specFile: string, specPath: string): Promise<string> {
  // defaultNonNullable off: a field with a default is optional to send, so it must stay optional in types.
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: false,
    defaultNonNullable: false,
    // An object schema with no properties (Haptik `meta`, Creovai `Metadata`) means "any object".
    emptyObjectsUnknown: true,
  });
  return `${header(specFile)}/* eslint-disable */\n${astToString(ast)}`;
}
