import { deref, type OpenApiDocument, type OperationSpec, resolvePointer } from "../operations.js";
import type { VendorDialect } from "./dialect.js";
import { grpc } from "./grpc.js";

/** The dialect that answers for an operation (undefined: a request no operation matched). */
export type DialectOf = (operation: OperationSpec | undefined) => VendorDialect;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function propertyType(doc: OpenApiDocument, props: Json, name: string): unknown {
  return deref(doc, props[name], "").value?.type;
}

/** Whether the schema at `pointer` is a gRPC status: `code` integer, `message` string, `details` array. */
export function isGrpcStatusSchema(doc: OpenApiDocument, pointer: string): boolean {
  const node = deref(doc, resolvePointer(doc, pointer), pointer).value;
  const props = isObject(node?.properties) ? node.properties : undefined;
  if (!props) return false;
  return (
    propertyType(doc, props, "code") === "integer" &&
    propertyType(doc, props, "message") === "string" &&
    propertyType(doc, props, "details") === "array"
  );
}

const isErrorKey = (key: string) => key === "default" || /^[45]/.test(key);

/** Whether an operation documents its errors as gRPC status bodies. */
function answersGrpc(doc: OpenApiDocument, operation: OperationSpec): boolean {
  return operation.responses
    .filter((response) => isErrorKey(response.key))
    .flatMap((response) => response.content)
    .some(
      (media) =>
        media.type.includes("json") &&
        media.schemaPointer !== "" &&
        isGrpcStatusSchema(doc, media.schemaPointer),
    );
}

/**
 * The dialect of each operation of a spec, from the spec itself: an operation whose documented error
 * body is a gRPC status (Zendesk QA's Export and Import APIs, on their own host) answers in the gRPC
 * dialect; every other operation, and a request no operation matches, in the vendor's own.
 */
export function dialectsOf(
  doc: OpenApiDocument,
  operations: readonly OperationSpec[],
  vendor: VendorDialect,
): DialectOf {
  const grpcOperations = new Set(
    operations.filter((op) => answersGrpc(doc, op)).map((op) => op.operationId),
  );
  return (operation) => (operation && grpcOperations.has(operation.operationId) ? grpc : vendor);
}
