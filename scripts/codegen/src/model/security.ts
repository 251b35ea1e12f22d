import type { OpenApiDocument, SpecOperation } from "@cxkit-tools/openapi";
import type { VendorConfig } from "../config/types.js";
import type { SchemeRow } from "./types.js";

/** The schemes one requirement list names: the first alternative (an empty list: none). */
function schemesOfRequirement(
  requirement: Record<string, string[]>[] | undefined,
): string[] | undefined {
  if (requirement === undefined) return undefined;
  return Object.keys(requirement[0] ?? {});
}

/**
 * The security schemes the spec's operations use, each with where its credential comes from (cxkit.json
 * `auth`), the default requirement, and each operation's own when it differs. The scheme's kind and
 * header come from the spec's securitySchemes; cxkit.json only names the client option.
 */
export function securityOf(
  spec: OpenApiDocument,
  config: VendorConfig,
  operations: readonly SpecOperation[],
  label: string,
): {
  schemes: Record<string, SchemeRow>;
  security: string[];
  securityOf: (op: SpecOperation) => string[] | undefined;
} {
  const security = schemesOfRequirement(spec.security) ?? [];
  const perOp = (op: SpecOperation) => schemesOfRequirement(op.operation.security);
  const used = new Set<string>(security);
  for (const op of operations) for (const name of perOp(op) ?? []) used.add(name);
  const declared = spec.components?.securitySchemes ?? {};
  const schemes: Record<string, SchemeRow> = {};
  for (const name of [...used].sort()) {
    const scheme = declared[name];
    if (!scheme) throw new Error(`${label}: security scheme "${name}" is used but not declared`);
    const options = config.auth[name];
    if (!options) {
      throw new Error(
        `${label}: cxkit.json auth.${name}: is required (the spec's operations use the "${name}" scheme)`,
      );
    }
    if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name) {
      schemes[name] = {
        type: "apiKey",
        header: scheme.name,
        option: options.option,
        ...(options.prefix ? { prefix: options.prefix } : {}),
      };
    } else if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") {
      schemes[name] = {
        type: "bearer",
        option: options.option,
        ...(options.clientCredentials ? { clientCredentials: options.clientCredentials } : {}),
      };
    } else {
      throw new Error(
        `${label}: security scheme "${name}": only apiKey-in-header and http bearer are supported`,
      );
    }
  }
  for (const name of Object.keys(config.auth)) {
    if (!used.has(name))
      throw new Error(`${label}: cxkit.json auth.${name}: no operation uses this scheme`);
  }
  return {
    schemes,
    security,
    securityOf: (op) => {
      const own = perOp(op);
      return own === undefined || own.join() === security.join() ? undefined : own;
    },
  };
}
