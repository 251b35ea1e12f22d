// generated from specs/klaus/openapi.yaml by @cxkit-tools/codegen, do not edit

import type { CallOptions, OperationParams, OperationResult } from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Klaus client, one per operation of specs/klaus/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface KlausMethods {
  /**
   * Enrich conversations via API
   *
   * Attaches a CSAT score and/or comment to a conversation (`ticket_id`) of the given connection. With a
   * `message_id` the score is shown on that reply; without it Klaus shows it in the conversation details.
   *
   * Authenticate with the API token of the connection's Custom Integration as a bearer token.
   *
   * `POST /capture/integration/klaus-csat/token/{connectionId}`
   */
  sendCsatEvent(
    params: OperationParams<operations["sendCsatEvent"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["sendCsatEvent"]>>;
}

/** Type-level facts of a Klaus client: the paths `paginate()` walks (and their item types), and the writes Klaus dedupes by a key the caller sets. */
export interface KlausMeta {
  paginated: {};
  keyed: {};
}
