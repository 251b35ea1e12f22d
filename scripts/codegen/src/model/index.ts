import { operationsOf } from "@cxkit-tools/openapi";
import type { LoadedVendor } from "../config/load.js";
import { operationRow } from "./operations.js";
import { securityOf } from "./security.js";
import { serversOf } from "./servers.js";
import type { VendorModel } from "./types.js";
import { webhooksModel } from "./webhooks.js";

/** The model of a vendor: pure data from its spec and cxkit.json (no I/O). Errors name the file and place. */
export function vendorModel(loaded: LoadedVendor): VendorModel {
  const { spec, config, specFile } = loaded;
  const ops = operationsOf(spec);
  const { servers, indexOf } = serversOf(spec, config, ops, specFile);
  const auth = securityOf(spec, config, ops, specFile);
  const operations = ops.map((op) =>
    operationRow(spec, op, indexOf(op), auth.securityOf(op), specFile),
  );
  const ids = operations.map((o) => o.info.operationId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`${specFile}: operationId "${duplicate}" is used twice`);
  for (const scheme of Object.values(auth.schemes)) {
    const cc = scheme.type === "bearer" ? scheme.clientCredentials : undefined;
    if (cc && !ids.includes(cc.operationId)) {
      throw new Error(
        `specs/${loaded.vendor}/cxkit.json: auth clientCredentials.operationId "${cc.operationId}" is not an operation of the spec`,
      );
    }
  }
  return {
    vendor: loaded.vendor,
    packageName: config.packageName,
    displayName: config.displayName,
    description: config.description,
    version: loaded.version,
    specFile,
    servers,
    schemes: auth.schemes,
    security: auth.security,
    operations,
    rateLimit: config.rateLimit,
    webhooks: webhooksModel(spec, specFile),
  };
}

export type * from "./types.js";
