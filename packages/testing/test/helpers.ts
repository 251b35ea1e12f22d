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
import { loadOperations, type OpenApiDocument, type OperationSpec } from "../src/operations.js";
import type { SampleRequest } from "../src/sample.js";

export const VENDOR_NAMES = Object.keys(vendorSpecs).sort() as VendorName[];

export const specOf = (vendor: VendorName) => vendorSpecs[vendor].spec as OpenApiDocument;

/** Every operation of every vendor, as `[vendor, operation]`. */
export const ALL_OPERATIONS: [VendorName, OperationSpec][] = VENDOR_NAMES.flatMap((vendor) =>
  loadOperations(specOf(vendor)).map((op) => [vendor, op] as [VendorName, OperationSpec]),
);

/** Valid credential headers per vendor, as its client sends them. */
export const AUTH_HEADERS: Record<VendorName, Record<string, string>> = {
  dixa: { authorization: "dixa-key" },
  klaus: { authorization: "Bearer klaus-token" },
  haptik: { authorization: "Bearer haptik-token", "client-id": "haptik-client" },
  creovai: { authorization: "Bearer creovai-token" },
};

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

/** The vendor's public client pointed at `baseUrl`, retries and rate limits off. */
export function clientFor(vendor: VendorName, baseUrl: string): LooseClient {
  const common = { baseUrl, retry: false as const, rateLimit: false as const };
  const client =
    vendor === "dixa"
      ? createDixaClient({ apiKey: "dixa-key", ...common })
      : vendor === "klaus"
        ? createKlausClient({ token: "klaus-token", ...common })
        : vendor === "haptik"
          ? createHaptikClient({ token: "haptik-token", clientId: "haptik-client", ...common })
          : createCreovaiClient({ token: "creovai-token", ...common });
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
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
      body = form;
    } else if (sample.contentType === "application/x-www-form-urlencoded") {
      body = new URLSearchParams(fields as Record<string, string>);
    } else {
      body = JSON.stringify(sample.body);
      sent["content-type"] = sample.contentType ?? "application/json";
    }
  }
  return fetch(`${baseUrl}${path}${search}`, { method: op.method, headers: sent, body });
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

/** Read a response body as JSON when it says so, else as text. */
export async function readBody(response: Response): Promise<unknown> {
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
