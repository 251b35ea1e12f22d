// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  CallOptions,
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
  /** `POST /v1/user/` */
  uploadFile(
    params?: OperationParams<operations["uploadFile"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["uploadFile"]>>;
}

/** Type-level facts of a Acme client: the paths `paginate()` walks (and their item types), and the writes Acme dedupes by a key the caller sets. */
export interface AcmeMeta {
  paginated: {

  };
  keyed: {

  };
}
