// generated from specs/creovai/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { CallOptions, OperationParams, OperationResult } from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Creovai client, one per operation of specs/creovai/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface CreovaiMethods {
  /**
   * Token authentication API
   *
   * Exchanges the client ID and secret of a Creovai API user for a bearer access token (OAuth 2.0
   * client-credentials grant, form-encoded). The token is valid for `expires_in` seconds (about 30
   * minutes); the API user's secret itself is valid for 365 days.
   *
   * Marked `x-cxkit-idempotent`: issuing a token changes nothing on the server, so a retry is safe.
   *
   * `POST /Token`
   */
  getToken(
    params: OperationParams<operations["getToken"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getToken"]>>;
  /**
   * Sending Chat interactions via Creovai API
   *
   * Uploads one chat session: its time span, its participants (contacts) and each participant's
   * messages, plus free-form metadata. Creovai answers with the call ID it assigned to the session
   * (the primary ID of the session in Creovai; GUI link `https://<instance>.Creovai.io/calls/<callId>`).
   * A session's call ID can also be looked up by `SessionId` with the Call Status API.
   *
   * All times are UTC (`Z`). Creovai's .NET SDK also requires `UtcStart <= UtcEnd` and every message
   * timestamp within `[UtcStart, UtcEnd]`; the docs' own sample does not follow the latter (its messages
   * are dated the day before `UtcStart`).
   *
   * Not idempotent: whether re-sending the same `SessionId` creates a second interaction is not
   * documented.
   *
   * `POST /chatCapture/v1`
   */
  uploadChat(
    params: OperationParams<operations["uploadChat"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadChat"]>>;
}

/** Type-level facts of a Creovai client: the paths `paginate()` walks (and their item types), and the writes Creovai dedupes by a key the caller sets. */
export interface CreovaiMeta {
  paginated: {};
  keyed: {};
}
