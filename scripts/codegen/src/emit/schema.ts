import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type * as OpenApiTS from "openapi-typescript";
import type TS from "typescript";
import { header } from "./text.js";

// openapi-typescript and TypeScript through require (openapi-typescript ships a CommonJS build): an ES
// import of typescript.js (9 MB, no "type" in its package.json) has Node detect its module format by
// compiling it and lex it for export names before compiling it again, 0.6 s more CPU per run.
const require = createRequire(import.meta.url);
const { default: openapiTS, astToString } = require("openapi-typescript") as typeof OpenApiTS;
const ts = require("typescript") as typeof TS;

const ref = (name: string) => ts.factory.createTypeReferenceNode(name);

/**
 * Binary strings (`format: binary`) as what really travels: a file part of a multipart body is sent
 * from a Blob, bytes or text; a binary answer (audio) is read as a Blob. openapi-typescript would type
 * both as `string`.
 */
function binary(schema: { format?: unknown }, options: { path?: string }): TS.TypeNode | undefined {
  if (schema.format !== "binary") return undefined;
  if (options.path?.includes("/responses/")) return ref("Blob");
  return ts.factory.createUnionTypeNode([
    ref("Blob"),
    ref("Uint8Array"),
    ref("ArrayBuffer"),
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ]);
}

// openapi-typescript notes every discriminator property it pins ("discriminator enum property added by
// openapi-typescript"); our specs pin `_type` themselves, so the note is noise in editors' hovers and a
// duplicate comment in the API reference.
const DISCRIMINATOR_NOTE =
  /^[ \t]*\/\*\*\n[ \t]*\* @description discriminator enum property added by openapi-typescript\n[ \t]*\* @enum \{string\}\n[ \t]*\*\/\n/gm;

function withoutDiscriminatorNotes(source: string): string {
  return source.replace(DISCRIMINATOR_NOTE, "");
}

/** schema.ts: openapi-typescript's types of the spec (paths, components, operations, webhooks). */
export async function schemaSource(
  specFile: string,
  specPath: string,
  spec?: Record<string, unknown>,
): Promise<string> {
  // The parsed spec when the caller has it (parsing a 600 kB YAML twice costs more than generating).
  const source = spec
    ? (structuredClone(spec) as unknown as Parameters<typeof openapiTS>[0])
    : pathToFileURL(specPath);
  // defaultNonNullable off: a field with a default is optional to send, so it must stay optional in types.
  const ast = await openapiTS(source, {
    alphabetize: false,
    defaultNonNullable: false,
    // An object schema with no properties (Haptik `meta`, Creovai `Metadata`) means "any object".
    emptyObjectsUnknown: true,
    transform: binary,
  });
  return `${header(specFile)}/* eslint-disable */\n${withoutDiscriminatorNotes(astToString(ast))}`;
}
