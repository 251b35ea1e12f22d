import type { OperationRow, VendorModel } from "../model/types.js";
import { header, jsdoc, key } from "./text.js";

function methodLine(name: string, op: OperationRow): string {
  const id = op.info.operationId;
  const opType = `operations[${JSON.stringify(id)}]`;
  const result = `OperationResult<${opType}>${op.info.idempotentWhen ? " | AlreadyApplied" : ""}`;
  const params = op.takesParams
    ? `params${op.paramsOptional ? "?" : ""}: OperationParams<${opType}>,`
    : "params?: Record<string, never>,";
  const docs = jsdoc(
    [
      op.summary,
      op.description,
      `\`${op.info.method} ${op.info.path}\`${op.info.pagination ? ` (paginated: walk it with \`paginate(client, "${op.info.path}")\`)` : ""}`,
      op.info.idempotentWhen
        ? `Resolves to {@link AlreadyApplied} when a re-sent attempt met the vendor's duplicate answer for \`${op.info.idempotentWhen.field}\`: the write was applied once.`
        : undefined,
      op.deprecated ? "@deprecated The vendor marks this operation deprecated." : undefined,
    ],
    "  ",
  );
  return `${docs}  ${key(id)}(\n    ${params}\n    options?: CallOptions,\n  ): Promise<${result}>;`;
}

/** methods.ts: one named method per operation, each typed on its own operation, and the client's meta. */
export function methodsSource(model: VendorModel): string {
  const name = model.displayName;
  const paginated = model.operations.filter((o) => o.info.pagination);
  const byPath = new Map<string, OperationRow[]>();
  for (const op of paginated) byPath.set(op.info.path, [...(byPath.get(op.info.path) ?? []), op]);
  const keyed = model.operations.filter((o) => o.info.idempotentWhen);
  const usesAlready = keyed.length > 0;
  const paginatedLines = [...byPath.entries()].map(([path, ops]) => {
    const listings = ops.map((o) => {
      const item = `ItemAt<OperationResult<operations[${JSON.stringify(o.info.operationId)}]>, ${JSON.stringify(o.info.pagination!.items)}>`;
      return `      ${o.info.method.toLowerCase()}: ${item};\n`;
    });
    return `    ${JSON.stringify(path)}: {\n${listings.join("")}    };`;
  });
  const keyedLines = keyed.map(
    (o) => `    ${JSON.stringify(o.info.path)}: ${JSON.stringify(o.info.method.toLowerCase())};`,
  );
  return `${header(model.specFile)}
import type {
${[
  usesAlready ? "AlreadyApplied" : "",
  "CallOptions",
  paginated.length ? "ItemAt" : "",
  "OperationParams",
  "OperationResult",
]
  .filter(Boolean)
  .map((name) => `  ${name},\n`)
  .join("")}} from "@cxkit/core";
import type { operations } from "./schema.js";

${jsdoc([`Named methods of a ${name} client, one per operation of ${model.specFile}: \`client.<operationId>(params?, options?)\` resolves to the 2xx body and throws a typed error otherwise.`])}export interface ${name}Methods {
${model.operations.map((op) => methodLine(name, op)).join("\n")}
}

${jsdoc([`Type-level facts of a ${name} client: the paths \`paginate()\` walks (and their item types), and the writes ${name} dedupes by a key the caller sets.`])}export interface ${name}Meta {
  paginated: {
${paginatedLines.join("\n")}
  };
  keyed: {
${keyedLines.join("\n")}
  };
}
`;
}
