/**
 * The parts of an OpenAPI 3.1 document the repo tools read. Loose on purpose: specs are checked by
 * Redocly and by the tests, so the tools only name what they use and keep everything else `unknown`.
 */

/** Any JSON value as parsed from YAML. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (a schema, an operation, a path item...). */
export type JsonObject = { [key: string]: unknown };

/** A `$ref` node. */
export interface RefObject {
  $ref: string;
  [key: string]: unknown;
}

/** A server entry (`servers[]`). */
export interface ServerObject {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description?: string; enum?: string[] }>;
  [key: string]: unknown;
}

/** A parameter (`in`: path, query, header, cookie). */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: JsonObject;
  style?: string;
  explode?: boolean;
  deprecated?: boolean;
  [key: string]: unknown;
}

/** A media type entry of `content`. */
export interface MediaTypeObject {
  schema?: JsonObject;
  examples?: Record<string, { summary?: string; value?: unknown; [key: string]: unknown }>;
  example?: unknown;
  encoding?: Record<string, { contentType?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A request body. */
export interface RequestBodyObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
  [key: string]: unknown;
}

/** A response. */
export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/** An operation. */
export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: (ParameterObject | RefObject)[];
  requestBody?: RequestBodyObject | RefObject;
  responses?: Record<string, ResponseObject | RefObject>;
  security?: Record<string, string[]>[];
  servers?: ServerObject[];
  [key: string]: unknown;
}

/** A path item: operations by lower-case method, plus shared parameters and servers. */
export interface PathItemObject {
  parameters?: (ParameterObject | RefObject)[];
  servers?: ServerObject[];
  summary?: string;
  description?: string;
  [method: string]: unknown;
}

/** A security scheme. */
export interface SecuritySchemeObject {
  type: "apiKey" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";
  name?: string;
  in?: "header" | "query" | "cookie";
  scheme?: string;
  description?: string;
  [key: string]: unknown;
}

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string; [key: string]: unknown };
  servers?: ServerObject[];
  security?: Record<string, string[]>[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, PathItemObject>;
  webhooks?: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, JsonObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    securitySchemes?: Record<string, SecuritySchemeObject>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
