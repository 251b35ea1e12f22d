import type { HttpMethod, JsonObject } from "@cxkit-tools/openapi";

/**
 * The one shape every description is read into, whatever it was written in (OpenAPI 3.1 or 3.0, Swagger
 * 2.0): the comparison only ever sees this, so there is one engine for every vendor.
 */

/** A schema node with the document its local `$ref`s resolve in (ours, or one upstream file). */
export interface SchemaRef {
  doc: unknown;
  node: unknown;
}

/** A path or query parameter. Header and cookie parameters are not compared (auth lives there). */
export interface NormalisedParameter {
  in: "path" | "query";
  name: string;
  required: boolean;
  schema: SchemaRef;
  /**
   * How an array travels (`form+explode` = Swagger's `collectionFormat: multi`, `form` = `csv`...);
   * undefined for a parameter that is not an array.
   */
  serialisation: string | undefined;
}

/** A request body: `requestBody` in OpenAPI 3, the `in: body` / `formData` parameters in Swagger 2. */
export interface NormalisedBody {
  required: boolean;
  /** Schema per media type (undefined where a media type declares none). */
  content: Map<string, SchemaRef | undefined>;
}

/** One response of an operation. */
export interface NormalisedResponse {
  /** Schema per media type; empty when the response has no body. */
  content: Map<string, SchemaRef | undefined>;
}

/** One operation, as declared by one description. */
export interface NormalisedOperation {
  method: HttpMethod;
  /** The path template as written in the description (before any vendor path mapping). */
  path: string;
  operationId: string | undefined;
  /** The name of the description it comes from (`api`, `export`, ...; `ours` for our spec). */
  source: string;
  /** The absolute URL it is served from, server variables at their defaults, no trailing slash. */
  server: string | undefined;
  tags: string[];
  deprecated: boolean;
  parameters: NormalisedParameter[];
  requestBody: NormalisedBody | undefined;
  /** By status code (`200`, `4XX`, `default`), in declaration order. */
  responses: Map<string, NormalisedResponse>;
  /** The operation and path item objects (OpenAPI 3 shape), for checks beyond the comparison. */
  operation: JsonObject;
  pathItem: JsonObject;
}

/** A description read into the shared shape. */
export interface NormalisedSpec {
  /** Source name, as the vendor module calls it (`api`, `export`, `import`; `ours`). */
  name: string;
  /** Where it was read from (a file path or URL), for messages. */
  label: string;
  /** What it was written in, e.g. `OpenAPI 3.0.3` or `Swagger 2.0`. */
  format: string;
  /** The document in OpenAPI 3.1 shape (Swagger 2 converted, 3.0 `nullable` folded into `type`). */
  doc: JsonObject;
  operations: NormalisedOperation[];
}
