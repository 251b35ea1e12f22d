import type { SchemeRow, ServerRow, VendorModel } from "../model/types.js";
import { header, jsdoc, str } from "./text.js";

interface OptionLine {
  name: string;
  type: string;
  optional: boolean;
  docs: string[];
}

function serverOptions(servers: readonly ServerRow[]): OptionLine[] {
  const lines = new Map<string, OptionLine>();
  for (const server of servers) {
    const where = server.description ? `${server.description} (${server.url})` : server.url;
    if (server.option) {
      lines.set(server.option, {
        name: server.option,
        type: "string",
        optional: !server.required,
        docs: [
          `Your account's base URL for ${where}: the vendor gives each account its own host.${server.required ? "" : " Needed only to call operations served there."}`,
        ],
      });
    }
    for (const name of server.variables ?? []) {
      const line = lines.get(name) ?? { name, type: "string", optional: true, docs: [] };
      line.docs.push(
        `${server.variableDocs[name] ?? name} Fills \`{${name}}\` in \`${server.url}\`; not needed when \`baseUrl\` is given.`,
      );
      lines.set(name, line);
    }
  }
  return [...lines.values()];
}

function schemeDoc(name: string, scheme: SchemeRow): string {
  if (scheme.type === "apiKey") {
    return `sent as \`${scheme.header}: ${scheme.prefix ?? ""}<${scheme.option}>\` (${name} scheme)`;
  }
  return `sent as \`Authorization: Bearer <${scheme.option}>\` (${name} scheme)`;
}

/** The credential options: one per client option, however many schemes it feeds. */
function credentialOptions(model: VendorModel): { lines: OptionLine[]; union: string } {
  const lines = new Map<string, OptionLine>();
  let union = "";
  for (const [name, scheme] of Object.entries(model.schemes)) {
    const line = lines.get(scheme.option) ?? {
      name: scheme.option,
      type: "Credential",
      optional: false,
      docs: [],
    };
    if (scheme.type === "bearer") line.type = "Credential | TokenProvider";
    line.docs.push(schemeDoc(name, scheme));
    lines.set(scheme.option, line);
    const cc = scheme.type === "bearer" ? scheme.clientCredentials : undefined;
    if (cc) {
      lines.delete(scheme.option);
      union = ` & (
  | {
      ${jsdoc([`Bearer token (or a TokenProvider), ${schemeDoc(name, scheme)}.`])} ${scheme.option}: Credential | TokenProvider;
      ${cc.clientIdOption}?: undefined;
      ${cc.clientSecretOption}?: undefined;
    }
  | {
      ${scheme.option}?: undefined;
      ${jsdoc([`API client id, exchanged with its secret through \`${cc.operationId}\` for a cached bearer token.`])} ${cc.clientIdOption}: Credential;
      ${jsdoc(["API client secret."])} ${cc.clientSecretOption}: Credential;
    }
)`;
    }
  }
  for (const line of lines.values()) {
    const what = line.type === "Credential" ? "Credential" : "Credential (or a TokenProvider)";
    line.docs = [`${what}, ${line.docs.join("; ")}.`];
  }
  return { lines: [...lines.values()], union };
}

/** The required options of a client, as an example call's argument. */
function exampleOptions(options: readonly OptionLine[], model: VendorModel): string {
  const required = options.filter((o) => !o.optional).map((o) => o.name);
  const cc = Object.values(model.schemes).find((s) => s.type === "bearer" && s.clientCredentials);
  if (cc) required.push(cc.option);
  for (const server of model.servers)
    for (const v of server.required ? (server.variables ?? []) : []) required.push(v);
  return [...new Set(required)].map((name) => `${name}: "..."`).join(", ");
}

/** client.ts: the descriptor (data) and createXClient, one call into the runtime. */
export function clientSource(model: VendorModel): string {
  const name = model.displayName;
  const creds = credentialOptions(model);
  const options = [...serverOptions(model.servers), ...creds.lines];
  const usesTokenProvider = Object.values(model.schemes).some((s) => s.type === "bearer");
  // What a bundle carries is what the descriptor references: the client-credentials exchange and the
  // multipart/form encoder only for an API that has them.
  const exchanges = Object.values(model.schemes).some(
    (s) => s.type === "bearer" && s.clientCredentials,
  );
  const encodes = model.operations.some((o) => o.info.requestBody);
  const auth = exchanges ? "authFromConfig" : "authFromSchemes";
  const descriptor = {
    packageName: "PACKAGE_NAME",
    version: model.version,
    servers: model.servers.map(({ variableDocs: _docs, ...server }) => server),
    auth: { schemes: model.schemes, security: model.security },
    operations: "OPERATIONS",
    extras: "EXTRAS",
    ...(encodes ? { encode: "ENCODE" } : {}),
    ...(model.rateLimit ? { rateLimit: model.rateLimit } : {}),
  };
  const descriptorText = JSON.stringify(descriptor, null, 2)
    .replace('"PACKAGE_NAME"', "PACKAGE_NAME")
    .replace('"OPERATIONS"', "rows")
    .replace('"EXTRAS"', "extras")
    .replace('"ENCODE"', "encodeForm");
  return `${header(model.specFile)}
import type { Credential${usesTokenProvider ? ", TokenProvider" : ""} } from "@cxkit/auth";
import { ${auth} } from "@cxkit/auth/internal";
import type { CommonClientOptions, CxkitClient } from "@cxkit/core";
import { createCxkitClient, ${encodes ? "encodeForm, " : ""}type ClientDescriptor } from "@cxkit/core/internal";
import type { ${name}Meta, ${name}Methods } from "./methods.js";
import { extras, rows } from "./operations.js";
import type { paths } from "./schema.js";

${jsdoc(["npm package this client ships in; error messages start with it."])}export const PACKAGE_NAME = ${str(model.packageName)};

${jsdoc([`What the runtime needs to know about the ${name} API: hosts, credentials, operations and rate limit (from ${model.specFile} and its cxkit.json).`])}export const descriptor = ${descriptorText} as const satisfies ClientDescriptor;

${jsdoc([`Options of {@link create${name}Client}: credentials and hosts plus the options every cxkit client takes.`])}export type ${name}ClientOptions = CommonClientOptions & {
${options.map((o) => `${jsdoc(o.docs, "  ")}  ${o.name}${o.optional ? "?" : ""}: ${o.type};`).join("\n")}
}${creds.union};

${jsdoc([
  `A typed ${name} client: path-style calls (\`client.GET("/path", init)\`, resolving to \`{ data, error, response }\`) and one named method per operation (\`client.<operationId>(params)\`, resolving to the 2xx body), typed from ${model.specFile}.`,
  "`Throws` is `true` for a client created with `throwOnError: true`: its path-style calls throw on error statuses.",
])}export type ${name}Client<Throws extends boolean = false> = CxkitClient<paths, ${name}Methods, ${name}Meta, Throws>;

${jsdoc([`${model.description}.`, `@example\nconst client = create${name}Client({ ${exampleOptions(options, model)} });`])}export function create${name}Client(options: ${name}ClientOptions & { throwOnError: true }): ${name}Client<true>;
export function create${name}Client(options: ${name}ClientOptions): ${name}Client;
export function create${name}Client(options: ${name}ClientOptions): ${name}Client<boolean> {
  return createCxkitClient(descriptor, options, ${auth});
}
`;
}
