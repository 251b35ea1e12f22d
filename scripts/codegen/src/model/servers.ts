import type { OpenApiDocument, ServerObject, SpecOperation } from "@cxkit-tools/openapi";
import type { VendorConfig } from "../config/types.js";
import type { ServerRow } from "./types.js";

/**
 * The distinct hosts of a spec, the root server first, and the index each operation uses. A server
 * listed in cxkit.json `servers` is given by a client option as a whole; any other server's variables
 * become client options (host labels).
 */
export function serversOf(
  spec: OpenApiDocument,
  config: VendorConfig,
  operations: readonly SpecOperation[],
  label: string,
): { servers: ServerRow[]; indexOf: (op: SpecOperation) => number } {
  const rows: ServerRow[] = [];
  const byUrl = new Map<string, number>();
  const add = (server: ServerObject | undefined): number => {
    if (!server) return 0;
    const known = byUrl.get(server.url);
    if (known !== undefined) return known;
    const mapped = config.servers?.[server.url];
    const variables = Object.keys(server.variables ?? {});
    const row: ServerRow = { url: server.url, variableDocs: {} };
    // The root server serves the API's main operations: what it needs is needed at creation.
    const required = rows.length === 0 || mapped?.required === true;
    if (mapped) {
      row.option = mapped.option;
      if (required) row.required = true;
    } else if (variables.length > 0) {
      if (required) row.required = true;
      row.variables = variables;
      for (const name of variables) {
        row.variableDocs[name] = server.variables?.[name]?.description ?? name;
      }
    }
    if (server.description) row.description = server.description;
    rows.push(row);
    byUrl.set(server.url, rows.length - 1);
    return rows.length - 1;
  };
  if (!spec.servers?.[0]) throw new Error(`${label}: servers: the spec needs a root server`);
  add(spec.servers[0]);
  for (const op of operations) add(op.server);
  for (const url of Object.keys(config.servers ?? {})) {
    if (!byUrl.has(url)) {
      throw new Error(
        `${label}: cxkit.json servers.${url}: no operation of the spec is served there`,
      );
    }
  }
  return { servers: rows, indexOf: (op) => add(op.server) };
}
