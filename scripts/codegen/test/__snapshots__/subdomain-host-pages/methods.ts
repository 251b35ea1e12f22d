// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  CallOptions,
  ItemAt,
  OperationParams,
  OperationResult,
} from "@cxkit/core";
import type { operations } from "./schema.js";

/** Named methods of a Acme client, one per operation of specs/acme/openapi.yaml: `client.<operationId>(params?, options?)` resolves to the 2xx body and throws a typed error otherwise. */
export interface AcmeMethods {
  /**
   * Get a thing
   *
   * `GET /things/{id}`
   */
  getThing(
    params: OperationParams<operations["getThing"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["getThing"]>>;
  /** `GET /api/reviews` (paginated: walk it with `paginate(client, "/api/reviews")`) */
  listReviews(
    params: OperationParams<operations["listReviews"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listReviews"]>>;
  /** `GET /api/autoqa` (paginated: walk it with `paginate(client, "/api/autoqa")`) */
  listAutoQa(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listAutoQa"]>>;
}

/** Type-level facts of a Acme client: the paths `paginate()` walks (and their item types), and the writes Acme dedupes by a key the caller sets. */
export interface AcmeMeta {
  paginated: {
    "/api/reviews": {
      get: ItemAt<OperationResult<operations["listReviews"]>, "conversations">;
    };
    "/api/autoqa": {
      get: ItemAt<OperationResult<operations["listAutoQa"]>, "rows">;
    };
  };
  keyed: {

  };
}
