// generated from specs/acme/openapi.yaml by @cxkit-tools/codegen, do not edit

import type {
  AlreadyApplied,
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
  /** `GET /things` (paginated: walk it with `paginate(client, "/things")`) */
  listThings(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listThings"]>>;
  /**
   * Create a thing
   *
   * Not safe to repeat *\/ unless keyed.
   *
   * `POST /things`
   *
   * Resolves to {@link AlreadyApplied} when a re-sent attempt met the vendor's duplicate answer for `externalId`: the write was applied once.
   */
  createThing(
    params: OperationParams<operations["createThing"]>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["createThing"]> | AlreadyApplied>;
  /**
   * `GET /exports`
   *
   * @deprecated The vendor marks this operation deprecated.
   */
  listExports(
    params?: Record<string, never>,
    options?: CallOptions,
  ): Promise<OperationResult<operations["listExports"]>>;
}

/** Type-level facts of a Acme client: the paths `paginate()` walks (and their item types), and the writes Acme dedupes by a key the caller sets. */
export interface AcmeMeta {
  paginated: {
    "/things": {
      get: ItemAt<OperationResult<operations["listThings"]>, "data">;
    };
  };
  keyed: {
    "/things": "post";
  };
}
