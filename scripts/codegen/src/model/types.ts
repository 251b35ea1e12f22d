/** What the emitters need to know about one vendor: the spec and cxkit.json reduced to plain rows. */

/** A next-page strategy, as the spec's `x-cxkit-pagination` declares it. */
export type PaginationRow =
  | { style: "cursor-link"; cursorParam: string; limitParam?: string; items: string; next: string }
  | {
      style: "page-number";
      pageParam: string;
      sizeParam?: string;
      items: string;
      page: string;
      total: string;
    }
  | { style: "cursor-token"; cursorParam: string; items: string; next: string };

/** One operation, with the runtime facts (the descriptor's row) and the docs (for emitted JSDoc). */
export interface OperationRow {
  /** Runtime facts, emitted as the operations table. */
  info: {
    operationId: string;
    method: string;
    path: string;
    safeToRepeat: boolean;
    server?: number;
    security?: string[];
    pagination?: PaginationRow;
    requestBody?: {
      contentType: "multipart/form-data" | "application/x-www-form-urlencoded";
      files?: Record<string, string>;
    };
    idempotentWhen?: { field: string; duplicate: { status: number; message: string } };
    parseAs?: "blob" | "text";
  };
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  tags: string[];
  /** Whether a named method's params can be omitted (nothing required). */
  paramsOptional: boolean;
  /** Whether it takes any params at all (path, query, header or body). */
  takesParams: boolean;
}

/** One host. */
export interface ServerRow {
  url: string;
  variables?: string[];
  option?: string;
  required?: boolean;
  description?: string;
  /** Variable docs from the spec, for the generated options' JSDoc. */
  variableDocs: Record<string, string>;
}

/** One security scheme and where its credential comes from. */
export type SchemeRow =
  | { type: "apiKey"; header: string; option: string; prefix?: string }
  | {
      type: "bearer";
      option: string;
      clientCredentials?: {
        operationId: string;
        clientIdOption: string;
        clientSecretOption: string;
        refreshSkewMs?: number;
      };
    };

/** One webhook event type the vendor sends. */
export interface WebhookRow {
  name: string;
  operationId: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  /** `components/schemas` name of the event body. */
  schema: string;
  /** The discriminator value (`CONVERSATION_CREATED`), when the vendor has one. */
  discriminatorValue: string | undefined;
}

/** Everything generated for one vendor comes from this. */
export interface VendorModel {
  vendor: string;
  packageName: string;
  displayName: string;
  description: string;
  version: string;
  specFile: string;
  servers: ServerRow[];
  schemes: Record<string, SchemeRow>;
  /** Schemes every operation sends unless it says otherwise. */
  security: string[];
  operations: OperationRow[];
  rateLimit: { requests: number; perMs: number; burst?: number; perDay?: number } | undefined;
  webhooks: {
    discriminator: string | undefined;
    id: string | undefined;
    events: WebhookRow[];
  };
}
