import { IDEMPOTENT_METHODS } from "@cxkit-tools/openapi";
import type { OperationRow, VendorModel } from "../model/types.js";
import { header } from "./text.js";

/** The compact table: one `operationId METHOD path[ extra]` row per operation, and the extras rows name. */
export function compactTable(operations: readonly OperationRow[]): {
  rows: string[];
  extras: Record<string, unknown>[];
} {
  const extras: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  const rows = operations.map(({ info }) => {
    const { operationId, method, path, safeToRepeat, ...rest } = info;
    for (const [what, text] of [
      ["operationId", operationId],
      ["path", path],
    ]) {
      if (/\s/.test(text!)) throw new Error(`${method} ${path}: the ${what} contains white space`);
    }
    const extra: Record<string, unknown> =
      safeToRepeat === (IDEMPOTENT_METHODS as ReadonlySet<string>).has(method)
        ? rest
        : { safeToRepeat, ...rest };
    if (Object.keys(extra).length === 0) return `${operationId} ${method} ${path}`;
    const key = JSON.stringify(extra);
    let index = seen.get(key);
    if (index === undefined) {
      index = extras.push(extra) - 1;
      seen.set(key, index);
    }
    return `${operationId} ${method} ${path} ${index}`;
  });
  return { rows, extras };
}

/**
 * operations.ts: the operations table the runtime routes, retries and paginates by, as compact rows
 * (what a bundle ships) and, decoded from them on first use only, as the typed `operations` array.
 */
export function operationsSource(model: VendorModel): string {
  const { rows, extras } = compactTable(model.operations);
  const table = model.operations.map((o) => o.info);
  return `${header(model.specFile)}
import { decodeOperations, type OperationExtras } from "@cxkit/core/internal";

/**
 * The operations of ${model.specFile} as the runtime reads them: one row per operation,
 * \`operationId METHOD path\`, then the index in {@link extras} of what else it declares when it differs
 * from the defaults (safe to repeat by its method, the first server, the API's security, a JSON body).
 */
export const rows: readonly string[] = ${JSON.stringify(rows, null, 2)};

/** What rows declare beyond their method and path. */
export const extras: readonly OperationExtras[] = ${JSON.stringify(extras, null, 2)};

/** The type of {@link operations}: one entry per operation of ${model.specFile}, as its compact rows decode. */
export type OperationsTable = readonly ${JSON.stringify(table, null, 2)};

/** Every operation of ${model.specFile}: what the runtime needs to route, retry and paginate safely. */
export const operations: OperationsTable = /* @__PURE__ */ decodeOperations<OperationsTable>(
  rows,
  extras,
);

/** The operationIds of this API. */
export type OperationId = OperationsTable[number]["operationId"];
`;
}
