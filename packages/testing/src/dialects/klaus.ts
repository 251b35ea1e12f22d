import { generic } from "./generic.js";
import type { VendorDialect } from "./dialect.js";

/**
 * Klaus's CSAT events host documents no error body or status: the generic `{ "message": ... }` JSON,
 * 401 for credentials. (Its Zendesk QA operations document gRPC status bodies and answer in the `grpc`
 * dialect, see `select.ts`.)
 */
export const klaus: VendorDialect = { ...generic, name: "klaus" };
