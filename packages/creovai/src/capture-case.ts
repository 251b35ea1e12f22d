import { ValidationError, type CallOptions } from "@cxkit/core";
import { answeredCallId } from "./call-id.js";
import { asClient, type AnyCreovaiClient, type CreovaiCallIdResult } from "./capture-result.js";
import type { components } from "./generated/schema.js";
import { isV1Case, validateCase } from "./validate-case.js";

/**
 * Create or update a case with the v2 route (`POST /capture/v2/case`, from Creovai's maintained
 * SDK) and resolve to Creovai's ID of it (answered as `id`, returned as `callId` like every upload
 * helper's). Checked first with `validateCase()`: a `ValidationError` naming the field is thrown and
 * nothing is sent. Re-sending the same `sessionId` rewrites the case.
 */
export async function captureCase(
  creovai: AnyCreovaiClient,
  value: components["schemas"]["CaptureCaseRequest"],
  options: CallOptions = {},
): Promise<CreovaiCallIdResult> {
  if (isV1Case(value)) {
    throw new ValidationError(
      "[@cxkit/creovai] body is a v1 case (ReferenceId, UtcStart, Contacts…): captureCase takes a v2 case; send a v1 case with the uploadCase method",
      "body",
    );
  }
  validateCase(value);
  const { data, response } = await asClient(creovai).POST("/capture/v2/case", {
    ...options,
    body: value,
    throwOnError: true,
  });
  return { callId: answeredCallId(data, response) };
}
