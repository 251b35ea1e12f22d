import { generic } from "./generic.js";
import type { VendorDialect } from "./dialect.js";

/** Klaus documents no error body or status: the generic `{ "message": ... }` JSON, 401 for credentials. */
export const klaus: VendorDialect = { ...generic, name: "klaus" };
