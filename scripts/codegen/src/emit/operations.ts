import type { VendorModel } from "../model/types.js";
import { header } from "./text.js";

/** operations.ts: the operations table the runtime routes, retries and paginates by. */
export function operationsSource(model: VendorModel): string {
  const rows = model.operations.map((o) => o.info);
  return `${header(model.specFile)}
import type { OperationInfo } from "@cxkit/core";

/** Every operation of ${model.specFile}: what the runtime needs to route, retry and paginate safely. */
export const operations = ${JSON.stringify(rows, null, 2)} as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
`;
}
