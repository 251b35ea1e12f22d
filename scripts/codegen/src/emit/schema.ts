import { createRequire } from "node:module";
import type * as OpenApiTS from "openapi-typescript";
import type TS from "typescript";
import { unresolvedRefs } from "@cxkit-tools/openapi";
import { header } from "./text.js";

// openapi-typescript's transform and TypeScript through require (openapi-typescript ships CommonJS): an
// ES import of typescript.js (9 MB, no "type" in its package.json) has Node detect its module format by
// compiling it and lex it for export names before compiling it again, 0.6 s more CPU per run.
// openapiTS() itself is not called: before transforming, it loads all of @redocly/openapi-core (0.28 s)
// to lint the spec and bundle its $refs (0.55 s), which `npm run lint:specs` does with the repo's rules
// and which a single-file spec does not need. Its transform is called with the context openapiTS()
// would build; `generate --check` shows the output is the same. The files are those of the pinned
// openapi-typescript version (scripts/codegen/package.json).
const require = createRequire(import.meta.url);
const transformSchema =
  require("openapi-typescript/dist/transform/index.cjs") as typeof OpenApiTS.transformSchema;
const { resolveRef, scanDiscriminators } = require("openapi-typescript/dist/lib/utils.cjs") as Pick<
  typeof OpenApiTS,
  "resolveRef" | "scanDiscriminators"
>;
const { astToString } = require("openapi-typescript/dist/lib/ts.cjs") as Pick<
  typeof OpenApiTS,
  "astToString"
>;
const ts = require("typescript") as typeof TS;

/** openapiTS()'s options for our specs, as the context its transform reads. */
function context(schema: OpenApiTS.OpenAPI3): OpenApiTS.GlobalContext {
  const options = {
    // defaultNonNullable off: a field with a default is optional to send, so it must stay optional.
    defaultNonNullable: false,
    // An object schema with no properties (Haptik `meta`, Creovai `Metadata`) means "any object".
    emptyObjectsUnknown: true,
    transform: binary,
  };
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    discriminators: scanDiscriminators(schema, options),
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by openapiTS()'s lint and bundle steps, which are not run (see above).
    redoc: undefined as unknown as OpenApiTS.GlobalContext["redoc"],
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    silent: false,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: false }),
    ...options,
  };
}

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
export function schemaSource(specFile: string, spec: Record<string, unknown>): string {
  // openapiTS() refused these in its parse and bundle steps; its transform alone would type a Swagger
  // 2 document or a $ref to nowhere as best it can, which then fails far from the spec (or not at all).
  const version = typeof spec.openapi === "string" ? spec.openapi : undefined;
  if (!version?.startsWith("3.")) {
    throw new Error(
      `${specFile}: openapi is ${JSON.stringify(spec.openapi ?? spec.swagger ?? null)}; the generator reads OpenAPI 3.x`,
    );
  }
  const unresolved = [...unresolvedRefs(spec)];
  if (unresolved.length > 0) {
    throw new Error(
      `${specFile}: $ref ${unresolved.map((ref) => JSON.stringify(ref)).join(", ")} ${unresolved.length === 1 ? "does" : "do"} not resolve (a spec is one file: every $ref is "#/...")`,
    );
  }
  // A copy: the transform annotates what it reads (discriminators), the caller's spec stays as parsed.
  const schema = structuredClone(spec) as unknown as OpenApiTS.OpenAPI3;
  const ast = transformSchema(schema, context(schema));
  return `${header(specFile)}/* eslint-disable */\n${withoutDiscriminatorNotes(astToString(ast))}`;
}
