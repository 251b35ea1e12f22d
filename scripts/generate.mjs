#!/usr/bin/env node
// Writes packages/<vendor>/src/generated/ from specs/<vendor>/{openapi.yaml,cxkit.json}.
// `--check` writes nothing and exits 1 when any generated file differs from what the specs produce.
// Usage: node scripts/generate.mjs [--check] [vendor ...]
import { readFile, readdir, writeFile, mkdir, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import prettier from "prettier";
import YAML from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** Vendors with a cxkit.json under specs/. */
export async function listVendors() {
  const entries = await readdir(path.join(root, "specs"), { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(root, "specs", e.name, "cxkit.json")))
    .map((e) => e.name)
    .sort();
}

/** Read and check a vendor's spec and cxkit.json. */
export async function loadVendor(vendor) {
  const dir = path.join(root, "specs", vendor);
  const specPath = path.join(dir, "openapi.yaml");
  const spec = YAML.parse(await readFile(specPath, "utf8"));
  const config = JSON.parse(await readFile(path.join(dir, "cxkit.json"), "utf8"));
  for (const key of ["name", "packageName", "displayName", "auth"]) {
    if (!config[key]) throw new Error(`specs/${vendor}/cxkit.json: "${key}" is required`);
  }
  if (config.name !== vendor) {
    throw new Error(`specs/${vendor}/cxkit.json: "name" must be "${vendor}", got "${config.name}"`);
  }
  if (!/^[A-Z][A-Za-z0-9]*$/.test(config.displayName)) {
    throw new Error(`specs/${vendor}/cxkit.json: "displayName" must be PascalCase`);
  }
  return { vendor, spec, specPath, config };
}

function resolveRef(spec, node) {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 20; hops++) {
    if (!current.$ref.startsWith("#/"))
      throw new Error(`only local $refs are supported: ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((obj, key) => obj?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current;
}

function requestEncoding(spec, operation) {
  const content = operation.requestBody?.content ?? {};
  if (content["application/json"]) return undefined;
  for (const contentType of ["multipart/form-data", "application/x-www-form-urlencoded"]) {
    const media = content[contentType];
    if (!media) continue;
    const files = {};
    const schema = resolveRef(spec, media.schema);
    for (const [name, ref] of Object.entries(schema?.properties ?? {})) {
      const prop = resolveRef(spec, ref) ?? {};
      const type =
        media.encoding?.[name]?.contentType ??
        prop.contentMediaType ??
        (prop.format === "binary" ? "application/octet-stream" : undefined);
      if (type && contentType === "multipart/form-data") files[name] = type.split(",")[0].trim();
    }
    return Object.keys(files).length > 0 ? { contentType, files } : { contentType };
  }
  return undefined;
}

/** The operations table: one row per operation, in spec order. */
export function operationsTable(spec) {
  const rows = [];
  for (const [route, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      const row = {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: route,
        safeToRepeat: IDEMPOTENT.has(method.toUpperCase()) || op["x-cxkit-idempotent"] === true,
      };
      if (op["x-cxkit-pagination"]) row.pagination = op["x-cxkit-pagination"];
      const encoding = requestEncoding(spec, op);
      if (encoding) row.requestBody = encoding;
      rows.push(row);
    }
  }
  const ids = rows.map((r) => r.operationId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`operationId "${duplicate}" is used twice`);
  return rows;
}

const header = (vendor) =>
  `// generated from specs/${vendor}/openapi.yaml by scripts/generate.mjs, do not edit\n`;

function doc(text) {
  return `/** ${text.replace(/\*\//g, "*\\/")} */`;
}

function clientSource({ vendor, spec, config }) {
  const name = config.displayName;
  const pkg = config.packageName;
  const auth = config.auth;
  const server = spec.servers?.[0];
  const baseUrlRequired = config.baseUrl === "required" || !server;
  const variables = baseUrlRequired ? {} : (server.variables ?? {});
  const imports = new Set(["checkCredential", "type Credential"]);
  const coreImports = new Set([
    "createCxkitClient",
    "checkOptions",
    "type CommonClientOptions",
    "type CxkitClient",
  ]);
  const optionLines = [];
  const body = [];

  if (baseUrlRequired) {
    optionLines.push(
      doc(
        `Your account's API base URL (${pkg} has no default: ${config.displayName} gives each account its own).`,
      ),
      "baseUrl: string;",
    );
  }
  for (const [variable, info] of Object.entries(variables)) {
    optionLines.push(
      doc(
        `${info.description ?? variable} Fills \`{${variable}}\` in \`${server.url}\`; not needed when \`baseUrl\` is given.`,
      ),
      `${variable}?: string;`,
    );
  }

  let credentialsType = "";
  if (auth.kind === "apiKey") {
    imports.add("apiKeyHeader");
    optionLines.push(
      doc(`API key, sent as \`${auth.header}: ${auth.prefix ?? ""}<${auth.option}>\`.`),
      `${auth.option}: Credential;`,
    );
    body.push(
      `const auth = apiKeyHeader({ header: ${JSON.stringify(auth.header)}, value: checkCredential(pkg, ${JSON.stringify(auth.option)}, options.${auth.option}), prefix: ${JSON.stringify(auth.prefix ?? "")} });`,
    );
  } else if (auth.kind === "bearer") {
    imports.add("bearer");
    imports.add("isTokenProvider");
    imports.add("type TokenProvider");
    const tokenExpr = `isTokenProvider(options.${auth.option}) ? options.${auth.option} : checkCredential(pkg, ${JSON.stringify(auth.option)}, options.${auth.option})`;
    let strategy;
    if (auth.clientCredentials) {
      const cc = auth.clientCredentials;
      imports.add("clientCredentials");
      coreImports.add("ConfigError");
      credentialsType = ` & (
        | { ${doc("Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>`.")} ${auth.option}: Credential | TokenProvider; ${cc.clientIdOption}?: undefined; ${cc.clientSecretOption}?: undefined }
        | { ${auth.option}?: undefined; ${doc(`API user's client id, exchanged with its secret at \`POST ${cc.path}\` for a cached token.`)} ${cc.clientIdOption}: Credential; ${doc("API user's client secret.")} ${cc.clientSecretOption}: Credential }
      )`;
      body.push(
        `// Either a token, or a client id and secret exchanged at ${cc.path}; checked at run time too.`,
        `const given: { ${auth.option}?: unknown; ${cc.clientIdOption}?: unknown; ${cc.clientSecretOption}?: unknown } = options;`,
        `let tokenSource: Credential | TokenProvider;`,
        `if (given.${auth.option} === undefined && (given.${cc.clientIdOption} !== undefined || given.${cc.clientSecretOption} !== undefined)) {`,
        `  tokenSource = clientCredentials({ tokenUrl: \`\${checkBaseUrl(pkg, baseUrl)}${cc.path}\`, clientId: checkCredential(pkg, ${JSON.stringify(cc.clientIdOption)}, given.${cc.clientIdOption}), clientSecret: checkCredential(pkg, ${JSON.stringify(cc.clientSecretOption)}, given.${cc.clientSecretOption}), refreshSkewMs: ${cc.refreshSkewMs ?? 30000}, packageName: pkg, ...(options.fetch ? { fetch: options.fetch } : {}) });`,
        `} else if (given.${auth.option} === undefined) {`,
        `  throw new ConfigError(\`[\${pkg}] ${auth.option} is required (or ${cc.clientIdOption} and ${cc.clientSecretOption})\`, ${JSON.stringify(auth.option)});`,
        `} else {`,
        `  tokenSource = isTokenProvider(given.${auth.option}) ? given.${auth.option} : checkCredential(pkg, ${JSON.stringify(auth.option)}, given.${auth.option});`,
        `}`,
      );
      coreImports.add("checkBaseUrl");
      strategy = "bearer(tokenSource)";
    } else {
      optionLines.push(
        doc("Bearer token (or a TokenProvider), sent as `Authorization: Bearer <token>`."),
        `${auth.option}: Credential | TokenProvider;`,
      );
      strategy = `bearer(${tokenExpr})`;
    }
    const extras = auth.extraHeaders ?? [];
    if (extras.length > 0) {
      imports.add("combineAuth");
      imports.add("credentialHeaders");
      for (const extra of extras) {
        optionLines.push(
          doc(`Sent as the \`${extra.header}\` header.`),
          `${extra.option}: Credential;`,
        );
      }
      const entries = extras
        .map(
          (e) =>
            `${JSON.stringify(e.header)}: checkCredential(pkg, ${JSON.stringify(e.option)}, options.${e.option})`,
        )
        .join(", ");
      body.push(`const auth = combineAuth(${strategy}, credentialHeaders({ ${entries} }));`);
    } else {
      body.push(`const auth = ${strategy};`);
    }
  } else {
    throw new Error(`specs/${vendor}/cxkit.json: unknown auth.kind "${auth.kind}"`);
  }

  let baseUrlExpr;
  if (baseUrlRequired) {
    baseUrlExpr = "options.baseUrl";
  } else if (Object.keys(variables).length > 0) {
    coreImports.add("expandServerUrl");
    const vars = Object.keys(variables)
      .map((v) => `${v}: options.${v}`)
      .join(", ");
    baseUrlExpr = `options.baseUrl ?? expandServerUrl(pkg, ${JSON.stringify(server.url)}, { ${vars} })`;
  } else {
    baseUrlExpr = `options.baseUrl ?? ${JSON.stringify(server.url)}`;
  }

  const rateLimit = config.rateLimit ? JSON.stringify(config.rateLimit) : "undefined";
  const authImports = [...imports].sort((a, b) =>
    a.replace("type ", "").localeCompare(b.replace("type ", "")),
  );
  const coreList = [...coreImports].sort((a, b) =>
    a.replace("type ", "").localeCompare(b.replace("type ", "")),
  );
  const description = config.description ?? `${name} API client`;

  return `${header(vendor)}
import { ${authImports.join(", ")} } from "@cxkit/auth";
import { ${coreList.join(", ")} } from "@cxkit/core";
import { operations } from "./operations.js";
import type { paths } from "./schema.js";

${doc(`npm package this client ships in; error messages start with it.`)}
export const PACKAGE_NAME = ${JSON.stringify(pkg)};

${doc(`Options of {@link create${name}Client}: credentials plus the options every cxkit client takes.`)}
export type ${name}ClientOptions = CommonClientOptions & {
  ${optionLines.join("\n  ")}
}${credentialsType};

${doc(`A typed ${name} client: path-style calls (\`client.GET("/path", init)\`) typed from specs/${vendor}/openapi.yaml.`)}
export type ${name}Client = CxkitClient<paths>;

/**
 * ${description}.
 * Returns an openapi-fetch client whose calls resolve to \`{ data, error, response }\`.
 */
export function create${name}Client(options: ${name}ClientOptions): ${name}Client {
  const pkg = PACKAGE_NAME;
  checkOptions(pkg, options);
  const baseUrl = ${baseUrlExpr};
  ${body.join("\n  ")}
  return createCxkitClient<paths>({
    packageName: pkg,
    defaultBaseUrl: baseUrl,
    auth,
    operations,
    defaultRateLimit: ${rateLimit},
    options: { ...options, baseUrl },
  });
}
`;
}

function operationsSource(vendor, spec) {
  const rows = operationsTable(spec);
  return `${header(vendor)}
import type { OperationInfo } from "@cxkit/core";

/** Every operation of specs/${vendor}/openapi.yaml: what the runtime needs to retry and paginate safely. */
export const operations = ${JSON.stringify(rows, null, 2)} as const satisfies readonly OperationInfo[];

/** The operationIds of this API. */
export type OperationId = (typeof operations)[number]["operationId"];
`;
}

/** What every vendor package exports the same way; its hand-written src/index.ts re-exports this. */
function indexSource({ vendor, spec, config }) {
  const name = config.displayName;
  const paginated = operationsTable(spec).some((op) => op.pagination);
  return `${header(vendor)}
export { create${name}Client, PACKAGE_NAME, type ${name}Client, type ${name}ClientOptions } from "./client.js";
export { operations, type OperationId } from "./operations.js";
export type { paths, components, operations as Operations } from "./schema.js";
export {
  AbortError,
  ApiError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  RateLimiter,
  RateLimitError,
  TimeoutError,
  unwrap,
  type CommonClientOptions,
  type RequestLogEvent,
  type RetryEvent,
} from "@cxkit/core";
${paginated ? 'export { paginate, type Page, type PaginateOptions, type Paginator } from "@cxkit/core";\n' : ""}`;
}

async function schemaSource(vendor, specPath) {
  // defaultNonNullable off: a field with a default is optional to send, so it must stay optional in types.
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: false,
    defaultNonNullable: false,
    // An object schema with no properties (Haptik `meta`, Creovai `Metadata`) means "any object".
    emptyObjectsUnknown: true,
  });
  return `${header(vendor)}/* eslint-disable */\n${astToString(ast)}`;
}

async function format(source, filepath) {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}

/** The generated files of one vendor: relative path -> content. */
export async function generateVendor(vendor) {
  const loaded = await loadVendor(vendor);
  const outDir = path.join(root, "packages", vendor, "src", "generated");
  const files = {
    "schema.ts": await schemaSource(vendor, loaded.specPath),
    "operations.ts": operationsSource(vendor, loaded.spec),
    "client.ts": clientSource(loaded),
    "index.ts": indexSource(loaded),
  };
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, source] of Object.entries(files)) {
    const file = path.join(outDir, name);
    out[path.relative(root, file)] = await format(source, file);
  }
  return out;
}

/** The operations table of a vendor README, between its markers. */
function operationsMarkdown(spec) {
  const rows = [];
  for (const [route, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const summary = (op.summary ?? "").replace(/\|/g, "\\|");
      rows.push(`| \`${op.operationId}\` | ${method.toUpperCase()} | \`${route}\` | ${summary} |`);
    }
  }
  return ["| operationId | method | path | summary |", "| --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

const README_START = "<!-- operations:start (generated from the spec by npm run generate) -->";
const README_END = "<!-- operations:end -->";

/** The vendor README with its operations table refreshed; undefined when it has no markers. */
export async function vendorReadme(vendor) {
  const file = path.join(root, "packages", vendor, "README.md");
  if (!existsSync(file)) return undefined;
  const text = await readFile(file, "utf8");
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  const { spec } = await loadVendor(vendor);
  const updated = `${text.slice(0, start + README_START.length)}\n\n${operationsMarkdown(spec)}\n\n${text.slice(end)}`;
  return { [path.relative(root, file)]: await format(updated, file) };
}

/** The specs as modules of @cxkit/testing, which serves them: relative path -> content. */
export async function testingSpecs(vendors) {
  const outDir = path.join(root, "packages", "testing", "src", "generated");
  const files = {};
  const entries = [];
  for (const vendor of vendors) {
    const { spec, config } = await loadVendor(vendor);
    const source = `${header(vendor)}
/** specs/${vendor}/openapi.yaml as data, for the mock server. */
export const spec: Record<string, unknown> = ${JSON.stringify(spec)};

/** specs/${vendor}/cxkit.json. */
export const config = ${JSON.stringify(config)} as const;
`;
    const file = path.join(outDir, `${vendor}.ts`);
    files[path.relative(root, file)] = await format(source, file);
    entries.push(vendor);
  }
  const index = `// generated from specs/*/openapi.yaml by scripts/generate.mjs, do not edit
${entries.map((v) => `import * as ${v.replace(/-/g, "_")} from "./${v}.js";`).join("\n")}

/** Every vendor spec in specs/, by vendor name. */
export const vendorSpecs = { ${entries.map((v) => `${JSON.stringify(v)}: { spec: ${v.replace(/-/g, "_")}.spec, config: ${v.replace(/-/g, "_")}.config }`).join(", ")} };

/** A vendor with a spec in specs/. */
export type VendorName = keyof typeof vendorSpecs;
`;
  const indexFile = path.join(outDir, "index.ts");
  files[path.relative(root, indexFile)] = await format(index, indexFile);
  return { outDir, files };
}

async function main(argv) {
  const check = argv.includes("--check");
  const only = argv.filter((a) => !a.startsWith("--"));
  const vendors = only.length > 0 ? only : await listVendors();
  // Each output set is a directory the generator owns (stale files in it are drift) plus its files.
  const sets = [];
  for (const vendor of vendors) {
    if (!existsSync(path.join(root, "packages", vendor, "package.json"))) {
      throw new Error(
        `packages/${vendor} does not exist: run \`npm run new-vendor ${vendor}\` first`,
      );
    }
    sets.push({
      outDir: path.join(root, "packages", vendor, "src", "generated"),
      files: await generateVendor(vendor),
      source: `specs/${vendor}/`,
    });
    const readme = await vendorReadme(vendor);
    if (readme) sets.push({ outDir: undefined, files: readme, source: `specs/${vendor}/` });
  }
  if (only.length === 0 && existsSync(path.join(root, "packages", "testing", "package.json"))) {
    sets.push({ ...(await testingSpecs(vendors)), source: "specs/" });
  }
  let drift = 0;
  for (const { outDir, files, source } of sets) {
    const existing = outDir && existsSync(outDir) ? await readdir(outDir) : [];
    for (const name of existing) {
      const rel = path.relative(root, path.join(outDir, name));
      if (!(rel in files)) {
        if (check) {
          console.error(`drift: ${rel} is not produced by the generator`);
          drift++;
        } else {
          await rm(path.join(root, rel), { recursive: true });
        }
      }
    }
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(root, rel);
      const current = existsSync(file) ? await readFile(file, "utf8") : undefined;
      if (current === content) continue;
      if (check) {
        console.error(`drift: ${rel} differs from what ${source} produces`);
        drift++;
      } else {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
        console.log(`wrote ${rel}`);
      }
    }
  }
  if (check && drift > 0) {
    console.error(`${drift} generated file(s) out of date: run \`npm run generate\``);
    process.exit(1);
  }
  if (check) console.log(`generated code is up to date (${vendors.join(", ")})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
