// Every example in every spec is served by the mock and validates against its schema: each response
// example comes back for a valid request when the mock is told to answer that status with that example,
// each request-body and parameter example is accepted as valid, and a response without examples gets a
// generated body that fits its schema.
import { describe, expect, it } from "vitest";
import { isBinaryType } from "../src/media-type.js";
import { statusOfKey } from "../src/operations.js";
import { sampleRequest } from "../src/sample.js";
import {
  ALL_OPERATIONS,
  authHeaders,
  independentValidator,
  readBody,
  sendRaw,
  specOf,
  VENDOR_NAMES,
  useAllMocks,
} from "./helpers.js";
import type { VendorName } from "../src/generated/index.js";

const mocks = useAllMocks();

const validators = Object.fromEntries(
  VENDOR_NAMES.map((v) => [v, independentValidator(specOf(v))]),
) as Record<VendorName, ReturnType<typeof independentValidator>>;

const responseExamples = ALL_OPERATIONS.flatMap(([vendor, op]) =>
  op.responses.flatMap((response) =>
    response.content.flatMap((media) =>
      [...media.examples.entries()].map(([name, value]) => ({
        label: `${vendor} ${op.operationId} ${response.key} ${media.type} "${name}"`,
        vendor,
        op,
        status: statusOfKey(response.key, op),
        media,
        name,
        value,
      })),
    ),
  ),
);

const requestExamples = ALL_OPERATIONS.flatMap(([vendor, op]) =>
  (op.requestBody?.content ?? []).flatMap((media) =>
    [...media.examples.entries()].map(([name, value]) => ({
      label: `${vendor} ${op.operationId} request ${media.type} "${name}"`,
      vendor,
      op,
      media,
      value,
    })),
  ),
);

const parameterExamples = ALL_OPERATIONS.flatMap(([vendor, op]) =>
  op.parameters.flatMap((param) =>
    param.examples.map((value, i) => ({
      label: `${vendor} ${op.operationId} ${param.in} parameter ${param.name} example ${i + 1}`,
      vendor,
      op,
      param,
      value,
    })),
  ),
);

const undocumentedBodies = ALL_OPERATIONS.flatMap(([vendor, op]) =>
  op.responses
    .filter((r) => r.content.length > 0 && r.content.every((m) => m.examples.size === 0))
    .filter((r) => statusOfKey(r.key, op) < 400)
    .map((response) => ({
      label: `${vendor} ${op.operationId} ${response.key}`,
      vendor,
      op,
      response,
      status: statusOfKey(response.key, op),
    })),
);

describe("the specs have examples to serve", () => {
  it("finds response, request and parameter examples in every spec", () => {
    // (every operation of every spec is counted and exercised in operations.test.ts)
    for (const vendor of VENDOR_NAMES) {
      expect(
        ALL_OPERATIONS.some(([v]) => v === vendor),
        vendor,
      ).toBe(true);
      expect(
        responseExamples.some((e) => e.vendor === vendor),
        vendor,
      ).toBe(true);
      expect(
        requestExamples.some((e) => e.vendor === vendor),
        vendor,
      ).toBe(true);
    }
    expect(responseExamples.length).toBeGreaterThan(50);
  });
});

describe("every response example is served and validates against its schema", () => {
  it.each(responseExamples.map((e) => [e.label, e] as const))("%s", async (_label, example) => {
    const mock = mocks.get(example.vendor)!;
    mock.respond(example.op.operationId, { status: example.status, example: example.name });
    const sample = sampleRequest(specOf(example.vendor), example.op);
    const response = await sendRaw(
      mock.url,
      example.op,
      sample,
      authHeaders(example.vendor, example.op),
    );
    expect(response.status).toBe(example.status);
    expect(response.headers.get("content-type")).toContain(example.media.type);
    expect(await readBody(response)).toEqual(example.value);
    expect(mock.requests.at(-1)!.valid, mock.requests.at(-1)!.problem).toBe(true);
    expect(validators[example.vendor](example.media.schemaPointer, example.value)).toEqual([]);
  });
});

describe("every request-body example is accepted as valid", () => {
  it.each(requestExamples.map((e) => [e.label, e] as const))("%s", async (_label, example) => {
    const mock = mocks.get(example.vendor)!;
    const sample = {
      ...sampleRequest(specOf(example.vendor), example.op),
      body: example.value,
      contentType: example.media.type,
    };
    const response = await sendRaw(
      mock.url,
      example.op,
      sample,
      authHeaders(example.vendor, example.op),
    );
    const recorded = mock.requests.at(-1)!;
    expect(recorded.operationId).toBe(example.op.operationId);
    expect(recorded.valid, recorded.problem).toBe(true);
    expect(response.ok).toBe(true);
    expect(validators[example.vendor](example.media.schemaPointer, example.value)).toEqual([]);
  });
});

describe("every parameter example is accepted as valid", () => {
  it.each(parameterExamples.map((e) => [e.label, e] as const))("%s", async (_label, example) => {
    const mock = mocks.get(example.vendor)!;
    const base = sampleRequest(specOf(example.vendor), example.op);
    const where = example.param.in as "path" | "query" | "header";
    const key = where === "header" ? "headers" : where;
    const sample = { ...base, [key]: { ...base[key], [example.param.name]: example.value } };
    const response = await sendRaw(
      mock.url,
      example.op,
      sample,
      authHeaders(example.vendor, example.op),
    );
    const recorded = mock.requests.at(-1)!;
    expect(recorded.valid, recorded.problem).toBe(true);
    expect(response.ok).toBe(true);
    expect(validators[example.vendor](example.param.schemaPointer, example.value)).toEqual([]);
  });
});

describe("a response without examples gets a generated body that fits its schema", () => {
  it.each(undocumentedBodies.map((e) => [e.label, e] as const))("%s", async (_label, entry) => {
    const mock = mocks.get(entry.vendor)!;
    mock.respond(entry.op.operationId, { status: entry.status });
    const sample = sampleRequest(specOf(entry.vendor), entry.op);
    const response = await sendRaw(mock.url, entry.op, sample, authHeaders(entry.vendor, entry.op));
    expect(response.status).toBe(entry.status);
    const body = await readBody(response);
    const media = entry.response.content[0]!;
    if (isBinaryType(media.type)) {
      // A binary schema (`format: binary`) describes bytes, not a JSON string: bytes of that type.
      expect(response.headers.get("content-type")).toBe(media.type);
      expect(body).toBeInstanceOf(Uint8Array);
      expect((body as Uint8Array).length).toBeGreaterThan(0);
      return;
    }
    expect(validators[entry.vendor](media.schemaPointer, body)).toEqual([]);
  });
});
