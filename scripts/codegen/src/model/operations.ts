import {
  deref,
  IDEMPOTENT_METHODS,
  type OpenApiDocument,
  type ParameterObject,
  type SpecOperation,
} from "@cxkit-tools/openapi";
import { idempotentWhenOf, paginationOf } from "./extensions.js";
import { bodyRequired, requestEncoding } from "./request-body.js";
import type { OperationRow } from "./types.js";

function parametersOf(spec: OpenApiDocument, op: SpecOperation): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const raw of [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    const param = deref<ParameterObject>(spec, raw);
    if (param) byKey.set(`${param.in} ${param.name}`, param);
  }
  return [...byKey.values()].filter((p) => p.in !== "cookie");
}

/**
 * How a named method reads the 2xx answer when it is not JSON: `blob` for binary media (audio), `text`
 * for text media. Undefined for JSON (the default) and for answers without a body.
 */
function answerReading(spec: OpenApiDocument, op: SpecOperation): "blob" | "text" | undefined {
  const success = Object.entries(op.operation.responses ?? {}).find(([status]) =>
    /^2/.test(status),
  );
  const response = success
    ? deref<{ content?: Record<string, unknown> }>(spec, success[1])
    : undefined;
  const types = Object.keys(response?.content ?? {});
  if (types.length === 0 || types.some((t) => t === "application/json" || t.endsWith("+json")))
    return undefined;
  return types.every((t) => t.startsWith("text/")) ? "text" : "blob";
}

/** One operation's row: what the runtime needs (safety, pagination, encoding, keys) and its docs. */
export function operationRow(
  spec: OpenApiDocument,
  op: SpecOperation,
  server: number,
  security: string[] | undefined,
  label: string,
): OperationRow {
  const where = `${label} ${op.method} ${op.path}`;
  if (!op.operationId) throw new Error(`${where}: has no operationId`);
  if (!/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) {
    throw new Error(`${where}: operationId "${op.operationId}" must be camelCase`);
  }
  const o = op.operation;
  const info: OperationRow["info"] = {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    safeToRepeat: IDEMPOTENT_METHODS.has(op.method) || o["x-cxkit-idempotent"] === true,
  };
  if (server !== 0) info.server = server;
  if (security !== undefined) info.security = security;
  const pagination = paginationOf(o["x-cxkit-pagination"], where);
  if (pagination) info.pagination = pagination;
  const encoding = requestEncoding(spec, o);
  if (encoding) info.requestBody = encoding;
  const keyed = idempotentWhenOf(o["x-cxkit-idempotent-when"], where);
  if (keyed) info.idempotentWhen = keyed;
  const reading = answerReading(spec, op);
  if (reading) info.parseAs = reading;
  const params = parametersOf(spec, op);
  const hasBody = o.requestBody !== undefined;
  const required = params.some((p) => p.in === "path" || p.required) || bodyRequired(spec, o);
  return {
    info,
    summary: o.summary,
    description: o.description,
    deprecated: o.deprecated === true,
    tags: o.tags ?? [],
    paramsOptional: !required,
    takesParams: params.length > 0 || hasBody,
  };
}
