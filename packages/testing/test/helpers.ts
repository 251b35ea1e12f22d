// Shared by the tests: the four vendor clients behind one loose signature, valid credentials per
// vendor, and requests built from the spec.
import { createCreovaiClient } from "@cxkit/creovai";
import { createDixaClient } from "@cxkit/dixa";
import { createHaptikClient } from "@cxkit/haptik";
import { createKlausClient } from "@cxkit/klaus";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { vendorSpecs, type VendorName } from "../src/generated/index.js";
import { startMockServer, type MockServer } from "../src/index.js";
import { isBinaryType, isJsonType } from "../src/media-type.js";
import {
  loadOperations,
  type OpenApiDocument,
  type OperationSpec,
  responseFor,
  securitySchemes,
  successStatus,
} from "../src/operations.js";
import type { SampleRequest } from "../src/sample.js";

export const VENDOR_NAMES = Object.keys(vendorSpecs).sort() as VendorName[];

export const specOf = (vendor: VendorName) => vendorSpecs[vendor].spec as OpenApiDocument;

/** Every operation of every vendor, as `[vendor, operation]`. */
export const ALL_OPERATIONS: [VendorName, OperationSpec][] = VENDOR_NAMES.flatMap((vendor) =>
  loadOperations(specOf(vendor)).map((op) => [vendor, op] as [VendorName, OperationSpec]),
);

/** The credentials the tests' clients are created with, by client option. */
export const CREDENTIALS: Record<VendorName, Record<string, string>> = {
  dixa: { apiKey: "dixa-key" },
  klaus: { token: "klaus-token" },
  haptik: { token: "haptik-token", clientId: "haptik-client" },
  creovai: { token: "creovai-token" },
};

interface ConfigShape {
  auth?: Record<string, { option: string }>;
  servers?: Record<string, { option: string }>;
}
const configOf = (vendor: VendorName) => vendorSpecs[vendor].config as ConfigShape;

/**
 * The valid credential headers of one operation, as the vendor's client sends them: each scheme of
 * its first security requirement, fed by the client option cxkit.json names (Dixa's Exports API:
 * `Bearer <apiKey>`, the rest of Dixa the raw key).
 */
export function authHeaders(vendor: VendorName, op: OperationSpec): Record<string, string> {
  const schemes = securitySchemes(specOf(vendor));
  const headers: Record<string, string> = {};
  for (const name of op.security[0] ?? []) {
    const scheme = schemes.get(name);
    const value = CREDENTIALS[vendor][configOf(vendor).auth?.[name]?.option ?? name];
    if (!scheme || value === undefined) continue;
    if (scheme.type === "http") {
      const label = (scheme.scheme ?? "bearer").replace(/^./, (c) => c.toUpperCase());
      headers.authorization = `${label} ${value}`;
    } else if (scheme.in === "header" && scheme.headerName) {
      headers[scheme.headerName.toLowerCase()] = value;
    }
  }
  return headers;
}

/**
 * Every client option that takes a host of the vendor (cxkit.json's `servers`: Haptik's
 * `messengerBaseUrl` and `whatsappBaseUrl`) plus `baseUrl`, all pointed at one mock.
 */
export function hostOptions(
  vendor: VendorName,
  baseUrl: string,
): { baseUrl: string } & Record<string, string> {
  const options: { baseUrl: string } & Record<string, string> = { baseUrl };
  for (const server of Object.values(configOf(vendor).servers ?? {})) {
    options[server.option] = baseUrl;
  }
  return options;
}

/** Whether an operation's success answer is bytes (Creovai's `audio/mpeg`), to be read as such. */
export function answersBytes(op: OperationSpec): boolean {
  const content = responseFor(op, successStatus(op))?.content ?? [];
  return content.length > 0 && content.every((media) => isBinaryType(media.type));
}

/** What a vendor client's calls resolve to, loosely typed. */
export interface LooseResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** A vendor client with `request(method, path, init)`, untyped (tests send deliberately broken calls). */
export interface LooseClient {
  request(method: string, path: string, init?: Record<string, unknown>): Promise<LooseResult>;
}

/**
 * The vendor's public client with every host pointed at `baseUrl` (see {@link hostOptions}),
 * retries and rate limits off.
 */
export function clientFor(vendor: VendorName, baseUrl: string): LooseClient {
  const common = {
    ...hostOptions(vendor, baseUrl),
    retry: false as const,
    rateLimit: false as const,
  };
  const { apiKey, token, clientId } = CREDENTIALS[vendor] as Record<string, string>;
  const client =
    vendor === "dixa"
      ? createDixaClient({ apiKey: apiKey!, ...common })
      : vendor === "klaus"
        ? createKlausClient({ token: token!, ...common })
        : vendor === "haptik"
          ? createHaptikClient({ token: token!, clientId: clientId!, ...common })
          : createCreovaiClient({ token: token!, ...common });
  return client as unknown as LooseClient;
}

/** Send a spec-built request through the vendor's client. */
export function sendThroughClient(
  vendor: VendorName,
  baseUrl: string,
  op: OperationSpec,
  sample: SampleRequest,
): Promise<LooseResult> {
  const init: Record<string, unknown> = {
    params: { path: sample.path, query: sample.query, header: sample.headers },
  };
  if (sample.body !== undefined) init.body = sample.body;
  if (answersBytes(op)) init.parseAs = "arrayBuffer";
  return clientFor(vendor, baseUrl).request(op.method, op.path, init);
}

/** Send a spec-built request with fetch: `headers` replace the vendor's valid credentials. */
export function sendRaw(
  baseUrl: string,
  op: OperationSpec,
  sample: SampleRequest,
  headers: Record<string, string>,
): Promise<Response> {
  const path = op.path.replace(/\{([^{}]+)\}/g, (_m, name: string) =>
    encodeURIComponent(String(sample.path[name])),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(sample.query)) query.set(name, String(value));
  const search = query.size > 0 ? `?${query}` : "";
  let body: BodyInit | undefined;
  const sent: Record<string, string> = { ...headers };
  for (const [name, value] of Object.entries(sample.headers)) sent[name] = String(value);
  if (sample.body !== undefined) {
    const fields = sample.body as Record<string, unknown>;
    if (sample.contentType === "multipart/form-data") {
      body = formOf(op, fields);
    } else if (sample.contentType === "application/x-www-form-urlencoded") {
      body = new URLSearchParams(fields as Record<string, string>);
    } else {
      body = JSON.stringify(sample.body);
      sent["content-type"] = sample.contentType ?? "application/json";
    }
  }
  return fetch(`${baseUrl}${path}${search}`, { method: op.method, headers: sent, body });
}

/**
 * A multipart body as a client sends it: a part the spec's `encoding` gives a JSON type as a JSON
 * file part, an array as one part per item, anything else as a text field.
 */
function formOf(op: OperationSpec, fields: Record<string, unknown>): FormData {
  const media = op.requestBody?.content.find((m) => m.type === "multipart/form-data");
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    const declared = media?.encoding.get(name);
    if (declared && isJsonType(declared)) {
      form.append(name, new Blob([JSON.stringify(value)], { type: declared }), `${name}.json`);
    } else {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, String(item));
    }
  }
  return form;
}

/** An ajv of its own (not the mock's), to check what the mock serves against the spec. */
export function independentValidator(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: "spec" });
  return (schemaPointer: string, value: unknown): string[] => {
    const validate =
      ajv.getSchema(`spec${schemaPointer}`) ?? ajv.compile({ $ref: `spec${schemaPointer}` });
    return validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
  };
}

/** Read a response body as JSON when it says so, as bytes for a binary type, else as text. */
export async function readBody(response: Response): Promise<unknown> {
  if (isBinaryType(response.headers.get("content-type") ?? "")) {
    return new Uint8Array(await response.arrayBuffer());
  }
  const text = await response.text();
  if (text === "") return undefined;
  return response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
}

/** One mock server per vendor for a whole test file: started before all tests, reset before each, closed after. */
export function useAllMocks(): Map<VendorName, MockServer> {
  const mocks = new Map<VendorName, MockServer>();
  beforeAll(async () => {
    for (const vendor of VENDOR_NAMES) mocks.set(vendor, await startMockServer(vendor));
  });
  beforeEach(() => {
    for (const mock of mocks.values()) mock.reset();
  });
  afterAll(async () => {
    await Promise.all([...mocks.values()].map((m) => m.close()));
  });
  return mocks;
}
