// The request and answer samples of specs/dixa/openapi.yaml, for tests that send what the spec shows
// and answer with what Dixa answers. Not a test file: tests import it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { OperationId } from "@cxkit/dixa";

interface SpecMedia {
  examples?: Record<string, { value: unknown }>;
}

interface SpecOperation {
  operationId?: string;
  requestBody?: { content: Record<string, SpecMedia> };
  responses: Record<string, { content?: Record<string, SpecMedia> }>;
}

const spec = parse(
  readFileSync(new URL("../../../specs/dixa/openapi.yaml", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, SpecOperation>> };

function specOperation(operationId: OperationId): SpecOperation {
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (typeof op === "object" && op.operationId === operationId) return op;
    }
  }
  throw new Error(`${operationId} is not in the spec`);
}

function pick(examples: Record<string, { value: unknown }> | undefined, name?: string): unknown {
  const entries = Object.entries(examples ?? {});
  const found = name === undefined ? entries[0] : entries.find(([key]) => key === name);
  if (!found) throw new Error(`no example ${name ?? ""} in the spec`);
  return found[1].value;
}

/** The spec's JSON request body example of an operation (the first one unless named). */
export const requestExample = (operationId: OperationId, name?: string): unknown =>
  pick(specOperation(operationId).requestBody?.content["application/json"]?.examples, name);

/** Names of the spec's JSON request body examples of an operation. */
export const requestExampleNames = (operationId: OperationId): string[] =>
  Object.keys(specOperation(operationId).requestBody?.content["application/json"]?.examples ?? {});

/** The spec's example answer of an operation for a status (the first one unless named). */
export const responseExample = (operationId: OperationId, status: string, name?: string): unknown =>
  pick(specOperation(operationId).responses[status]?.content?.["application/json"]?.examples, name);
