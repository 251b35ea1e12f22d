import type { VendorModel } from "../model/types.js";
import { header, jsdoc } from "./text.js";

/** errors.ts: a guard that types an ApiError's body as the declared error of the operation it came from. */
export function errorsSource(model: VendorModel): string {
  const name = model.displayName;
  const first = model.operations[0]?.info.operationId ?? "operation";
  return `${header(model.specFile)}
import { isApiErrorOf, type ApiError, type ErrorBodyOf } from "@cxkit/core";
import type { OperationId } from "./operations.js";
import type { operations } from "./schema.js";

${jsdoc([
  `Whether \`error\` is the ApiError of a call to \`operationId\`; its \`body\` is then typed as the error that operation declares.`,
  `@example\ntry {\n  await client.${first}(params);\n} catch (e) {\n  if (is${name}ApiError(e, "${first}")) console.log(e.status, e.body); // body: ${first}'s declared error\n}`,
])}export const is${name}ApiError = isApiErrorOf as <Id extends OperationId>(
  error: unknown,
  operationId: Id,
) => error is ApiError<ErrorBodyOf<operations[Id]>>;
`;
}
