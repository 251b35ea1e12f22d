import {
  deref,
  isObject,
  localRef,
  type OpenApiDocument,
  type RequestBodyObject,
  webhooksOf,
} from "@cxkit-tools/openapi";
import type { WebhookRow } from "./types.js";

/** The discriminator's `const` in an event schema (directly or in one of its allOf parts). */
function constOf(
  spec: OpenApiDocument,
  schema: unknown,
  property: string,
  depth = 0,
): string | undefined {
  const s = deref<Record<string, unknown>>(spec, schema);
  if (!s || depth > 8) return undefined;
  const props = isObject(s.properties) ? s.properties : {};
  const prop = deref<Record<string, unknown>>(spec, props[property]);
  if (prop && typeof prop.const === "string") return prop.const;
  for (const part of Array.isArray(s.allOf) ? s.allOf : []) {
    const found = constOf(spec, part, property, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The events of the spec's `webhooks`, with the schema of each and its discriminator value. */
export function webhooksModel(spec: OpenApiDocument, label: string) {
  const ext = isObject(spec["x-cxkit-webhooks"]) ? spec["x-cxkit-webhooks"] : {};
  const discriminator = typeof ext.discriminator === "string" ? ext.discriminator : undefined;
  const id = typeof ext.id === "string" ? ext.id : undefined;
  const events: WebhookRow[] = [];
  for (const hook of webhooksOf(spec)) {
    const where = `${label} webhooks.${hook.path}`;
    if (!hook.operationId) throw new Error(`${where}: has no operationId`);
    const body = deref<RequestBodyObject>(spec, hook.operation.requestBody);
    const ref = localRef(body?.content?.["application/json"]?.schema);
    if (!ref?.startsWith("#/components/schemas/")) {
      throw new Error(`${where}: the JSON request body must be a $ref to components/schemas`);
    }
    const schema = ref.slice("#/components/schemas/".length);
    const value =
      discriminator === undefined ? undefined : constOf(spec, { $ref: ref }, discriminator);
    if (discriminator !== undefined && value === undefined) {
      throw new Error(`${where}: ${schema} has no const ${discriminator}`);
    }
    events.push({
      name: hook.path,
      operationId: hook.operationId,
      summary: hook.operation.summary,
      description: hook.operation.description,
      deprecated: hook.operation.deprecated === true,
      schema,
      discriminatorValue: value,
    });
  }
  return { discriminator, id, events };
}
