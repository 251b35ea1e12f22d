// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import { isApiErrorOf, type ApiError, type ErrorBodyOf } from "@cxkit/core";
import type { OperationId } from "./operations.js";
import type { operations } from "./schema.js";

/**
 * Whether `error` is the ApiError of a call to `operationId`; its `body` is then typed as the error that operation declares.
 *
 * @example
 * try {
 *   await client.getThing(params);
 * } catch (e) {
 *   if (isAcmeApiError(e, "getThing")) console.log(e.status, e.body); // body: getThing's declared error
 * }
 */
export const isAcmeApiError = isApiErrorOf as <Id extends OperationId>(
  error: unknown,
  operationId: Id,
) => error is ApiError<ErrorBodyOf<operations[Id]>>;
