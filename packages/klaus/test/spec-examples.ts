// The request and response examples of specs/klaus/openapi.yaml, so that tests send and answer what
// the spec documents and cannot drift from it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { OperationId } from "@cxkit/klaus";

type Examples = Record<string, { value: unknown }>;
interface Media {
  examples?: Examples;
}
interface SpecOperation {
  operationId?: string;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { $ref?: string; content?: Record<string, Media> }>;
}

const spec = parse(
  readFileSync(new URL("../../../specs/klaus/openapi.yaml", import.meta.url), "utf8"),
) as {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { responses: Record<string, { content: Record<string, Media> }> };
};

function specOperation(operationId: OperationId): SpecOperation {
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (typeof op === "object" && op.operationId === operationId) return op;
    }
  }
  throw new Error(`${operationId} is not in the spec`);
}

function pick(examples: Examples | undefined, name?: string): unknown {
  const entries = Object.entries(examples ?? {});
  const found = name === undefined ? entries[0] : entries.find(([key]) => key === name);
  if (!found) throw new Error(`no example ${name ?? "at all"} in the spec`);
  return structuredClone(found[1].value);
}

/** The spec's request body example of an operation (the first one unless named). */
export const requestExample = (operationId: OperationId, name?: string): unknown =>
  pick(specOperation(operationId).requestBody?.content["application/json"]?.examples, name);

/** The spec's example answer of an operation for a status key (`200`, `4XX`, `default`). */
export function responseExample(operationId: OperationId, status: string, name?: string): unknown {
  const response = specOperation(operationId).responses[status];
  const shared = response?.$ref
    ? spec.components.responses[response.$ref.split("/").pop()!]
    : response;
  return pick(shared?.content?.["application/json"]?.examples, name);
}
