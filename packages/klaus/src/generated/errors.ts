// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import { isApiErrorOf, type ApiError, type ErrorBodyOf } from "@cxkit/core";
import type { OperationId } from "./operations.js";
import type { operations } from "./schema.js";

/**
 * Whether `error` is the ApiError of a call to `operationId`; its `body` is then typed as the error that operation declares.
 *
 * @example
 * try {
 *   await client.sendCsatEvent(params);
 * } catch (e) {
 *   if (isKlausApiError(e, "sendCsatEvent")) console.log(e.status, e.body); // body: sendCsatEvent's declared error
 * }
 */
export const isKlausApiError = isApiErrorOf as <Id extends OperationId>(
  error: unknown,
  operationId: Id,
) => error is ApiError<ErrorBodyOf<operations[Id]>>;
