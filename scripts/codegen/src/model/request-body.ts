import {
  deref,
  type OpenApiDocument,
  type OperationObject,
  type RequestBodyObject,
} from "@cxkit-tools/openapi";
import type { OperationRow } from "./types.js";

/** How a non-JSON request body is encoded (multipart file fields with their media types), if it is not JSON. */
export function requestEncoding(
  spec: OpenApiDocument,
  operation: OperationObject,
): OperationRow["info"]["requestBody"] {
  const body = deref<RequestBodyObject>(spec, operation.requestBody);
  const content = body?.content ?? {};
  if (content["application/json"]) return undefined;
  for (const contentType of ["multipart/form-data", "application/x-www-form-urlencoded"] as const) {
    const media = content[contentType];
    if (!media) continue;
    const files: Record<string, string> = {};
    const schema = deref<{ properties?: Record<string, unknown> }>(spec, media.schema);
    for (const [name, ref] of Object.entries(schema?.properties ?? {})) {
      const prop = deref<{ contentMediaType?: string; format?: string }>(spec, ref) ?? {};
      const type =
        media.encoding?.[name]?.contentType ??
        prop.contentMediaType ??
        (prop.format === "binary" ? "application/octet-stream" : undefined);
      if (type && contentType === "multipart/form-data") files[name] = type.split(",")[0]!.trim();
    }
    return Object.keys(files).length > 0 ? { contentType, files } : { contentType };
  }
  return undefined;
}

/** Whether the operation requires a body. */
export function bodyRequired(spec: OpenApiDocument, operation: OperationObject): boolean {
  return deref<RequestBodyObject>(spec, operation.requestBody)?.required === true;
}
