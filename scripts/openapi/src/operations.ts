import { HTTP_METHODS, type HttpMethod, type PathItemMethod } from "./methods.js";
import { pointerOf } from "./pointer.js";
import type { OpenApiDocument, OperationObject, PathItemObject, ServerObject } from "./types.js";

/** One operation of a spec, with where it sits. */
export interface SpecOperation {
  /** `paths` for API operations, `webhooks` for events the vendor sends. */
  section: "paths" | "webhooks";
  /** Path template (`/v1/conversations/{conversationId}`), or the webhook's name. */
  path: string;
  /** Path-item key: `get`, `post`, ... */
  key: PathItemMethod;
  method: HttpMethod;
  /** The operation's `operationId`; undefined when the spec has none (a spec error codegen reports). */
  operationId: string | undefined;
  operation: OperationObject;
  pathItem: PathItemObject;
  /** JSON pointer of the operation object, e.g. `#/paths/~1v1~1tags/get`. */
  pointer: string;
  /** The server the operation is served from: its own, else its path item's, else the root's first. */
  server: ServerObject | undefined;
}

function operationsIn(
  spec: OpenApiDocument,
  section: "paths" | "webhooks",
  items: Record<string, PathItemObject> | undefined,
): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, pathItem] of Object.entries(items ?? {})) {
    for (const key of HTTP_METHODS) {
      const operation = pathItem[key] as OperationObject | undefined;
      if (operation === undefined) continue;
      out.push({
        section,
        path,
        key,
        method: key.toUpperCase() as HttpMethod,
        operationId: operation.operationId,
        operation,
        pathItem,
        pointer: pointerOf(section, path, key),
        server: operation.servers?.[0] ?? pathItem.servers?.[0] ?? spec.servers?.[0],
      });
    }
  }
  return out;
}

/** Every API operation of a spec (`paths`), in spec order (path by path, methods in HTTP_METHODS order). */
export function operationsOf(spec: OpenApiDocument): SpecOperation[] {
  return operationsIn(spec, "paths", spec.paths);
}

/** Every webhook (event the vendor sends) of a spec, in spec order. */
export function webhooksOf(spec: OpenApiDocument): SpecOperation[] {
  return operationsIn(spec, "webhooks", spec.webhooks);
}
