// For every operation of the four vendors: the valid request (built from the spec's examples and
// required parameters) succeeds through the vendor's public client, one invalid request (a missing
// required field, a wrong type, a missing parameter) gets the vendor-shaped error, and a request
// without credentials gets the vendor's 401.
import { describe, expect, it } from "vitest";
import type { VendorName } from "../src/generated/index.js";
import { deref, type OperationSpec, resolvePointer, responseFor } from "../src/operations.js";
import { preferredMedia, sampleRequest, type SampleRequest } from "../src/sample.js";
import {
  ALL_OPERATIONS,
  independentValidator,
  readBody,
  sendRaw,
  sendThroughClient,
  specOf,
  VENDOR_NAMES,
  useAllMocks,
} from "./helpers.js";

const mocks = useAllMocks();

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** What is broken in an operation's invalid request. */
type Broken =
  | { kind: "body-missing"; field: string }
  | { kind: "body-type"; field: string }
  | { kind: "path-type"; name: string }
  | { kind: "query-missing"; name: string }
  | { kind: "query-type"; name: string };

// Pick the most telling way to break a request of `op`: drop a required body field (inside the
// variant the example's `_type` names), else give a body field the wrong type, else a non-number
// for an integer path parameter, else leave out a required query parameter, else give an optional
// query parameter a value its schema refuses. Undefined when only the credentials can be wrong.
function breakRequest(
  vendor: VendorName,
  op: OperationSpec,
): { broken: Broken; sample: SampleRequest } | undefined {
  const doc = specOf(vendor);
  const sample = sampleRequest(doc, op);
  const media = op.requestBody ? preferredMedia(op.requestBody.content) : undefined;
  if (media?.schemaPointer && isObject(sample.body)) {
    let node =
      deref(doc, resolvePointer(doc, media.schemaPointer), media.schemaPointer).value ?? {};
    const disc = isObject(node.discriminator) ? String(node.discriminator.propertyName) : undefined;
    if (disc && Array.isArray(node.oneOf)) {
      const mapping = (node.discriminator as Json).mapping as Json;
      const target = mapping[String(sample.body[disc])] as string;
      node = deref(doc, resolvePointer(doc, target), target).value ?? {};
    }
    const required = (Array.isArray(node.required) ? node.required : []).filter(
      (f): f is string => typeof f === "string" && f !== disc,
    );
    if (required.length > 0) {
      const field = required[0]!;
      const body = { ...sample.body };
      delete body[field];
      return { broken: { kind: "body-missing", field }, sample: { ...sample, body } };
    }
    const props = isObject(node.properties) ? node.properties : {};
    const given: Json = sample.body;
    const typed = Object.entries(props).find(
      ([name, schema]) => name in given && isObject(schema) && (schema.type || schema.$ref),
    );
    if (typed) {
      const [field] = typed;
      const value = given[field];
      const wrong = typeof value === "string" ? 12345 : "not-the-right-type";
      return {
        broken: { kind: "body-type", field },
        sample: { ...sample, body: { ...sample.body, [field]: wrong } },
      };
    }
  }
  const intPath = op.parameters.find((p) => p.in === "path" && p.schema?.type === "integer");
  if (intPath) {
    return {
      broken: { kind: "path-type", name: intPath.name },
      sample: { ...sample, path: { ...sample.path, [intPath.name]: "abc" } },
    };
  }
  const requiredQuery = op.parameters.find((p) => p.in === "query" && p.required);
  if (requiredQuery) {
    const query = { ...sample.query };
    delete query[requiredQuery.name];
    return {
      broken: { kind: "query-missing", name: requiredQuery.name },
      sample: { ...sample, query },
    };
  }
  const typedQuery = op.parameters.find(
    (p) => p.in === "query" && (p.schema?.type === "integer" || Array.isArray(p.schema?.enum)),
  );
  if (typedQuery) {
    return {
      broken: { kind: "query-type", name: typedQuery.name },
      sample: { ...sample, query: { ...sample.query, [typedQuery.name]: "abc" } },
    };
  }
  return undefined;
}

const messageOf = (vendor: VendorName, error: unknown): string =>
  vendor === "creovai"
    ? String(error)
    : String((error as Json)[vendor === "haptik" ? "error_message" : "message"]);

/** The vendor-shaped answer to each kind of breakage, as the mock's docs describe it. */
function expectedMessage(vendor: VendorName, broken: Broken): string | RegExp {
  const name = "field" in broken ? broken.field : broken.name;
  switch (vendor) {
    case "dixa":
      return broken.kind === "path-type"
        ? `Invalid value for: path parameter ${name} (expected integer, got "abc")`
        : broken.kind === "query-missing"
          ? `Invalid value for: query parameter ${name} (missing)`
          : broken.kind === "query-type"
            ? new RegExp(`^Invalid value for: query parameter ${name} \\(expected .+"abc"\\)$`)
            : broken.kind === "body-missing"
              ? `Invalid value for: body (missing required field '${name}')`
              : new RegExp(`^Invalid value for: body \\(expected \\w+, got \\w+ at '${name}'\\)$`);
    case "haptik":
      return broken.kind === "body-missing"
        ? `${name} missing in the request`
        : broken.kind === "query-missing"
          ? "Argument group validation: no valid group."
          : new RegExp(`^invalid ${name}`, "i");
    case "klaus":
      return new RegExp(`^Invalid request body: missing required field '${name}'$`);
    case "creovai":
      return `The ${name} field is required.`;
  }
}

const UNAUTHORIZED: Record<VendorName, unknown> = {
  dixa: { message: "Invalid value for: header Authorization (missing)" },
  haptik: { error_message: "client_id missing in headers" },
  klaus: { message: "Unauthorized: Authorization header missing" },
  creovai: "Authorization has been denied for this request.",
};

const validators = Object.fromEntries(
  VENDOR_NAMES.map((v) => [v, independentValidator(specOf(v))]),
) as Record<VendorName, ReturnType<typeof independentValidator>>;

/** A vendor error body must fit the error schema the operation documents for that status. */
function expectDocumentedShape(
  vendor: VendorName,
  op: OperationSpec,
  status: number,
  body: unknown,
) {
  const response = responseFor(op, status);
  const media = response?.content.find((m) =>
    typeof body === "string" ? !m.type.includes("json") : m.type.includes("json"),
  );
  if (media?.schemaPointer) expect(validators[vendor](media.schemaPointer, body)).toEqual([]);
}

const table = ALL_OPERATIONS.map(
  ([vendor, op]) => [`${vendor} ${op.operationId}`, vendor, op] as const,
);

describe("every operation", () => {
  it("covers the 38 operations of the four specs (Dixa 31, Haptik 4, Creovai 2, Klaus 1)", () => {
    const count = (v: VendorName) => ALL_OPERATIONS.filter(([vendor]) => vendor === v).length;
    expect([count("dixa"), count("haptik"), count("creovai"), count("klaus")]).toEqual([
      31, 4, 2, 1,
    ]);
  });

  it.each(table)(
    "%s: the valid request succeeds through the vendor client",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const sample = sampleRequest(specOf(vendor), op);
      const { response, error } = await sendThroughClient(vendor, mock.url, op, sample);
      const recorded = mock.requests.at(-1)!;
      expect(recorded.operationId).toBe(op.operationId);
      expect(recorded.valid, recorded.problem).toBe(true);
      expect(error).toBeUndefined();
      expect(response.ok).toBe(true);
    },
  );

  it.each(table.filter(([, v, op]) => breakRequest(v, op)))(
    "%s: an invalid request gets the vendor-shaped error",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const { broken, sample } = breakRequest(vendor, op)!;
      const { response, error, data } = await sendThroughClient(vendor, mock.url, op, sample);
      expect(data).toBeUndefined();
      expect(response.status).toBe(400);
      const expected = expectedMessage(vendor, broken);
      const message = messageOf(vendor, error);
      if (typeof expected === "string") expect(message).toBe(expected);
      else expect(message).toMatch(expected);
      expect(mock.requests.at(-1)!.valid).toBe(false);
      expectDocumentedShape(vendor, op, 400, error);
    },
  );

  // An operation whose parameters take any string and that has no body can only be sent wrong by its
  // credentials: its invalid request lacks the token (Haptik: the client-id is there).
  it.each(table.filter(([, v, op]) => !breakRequest(v, op)))(
    "%s: an invalid request (no token) gets the vendor-shaped error",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const headers: Record<string, string> = vendor === "haptik" ? { "client-id": "c" } : {};
      const response = await sendRaw(mock.url, op, sampleRequest(specOf(vendor), op), headers);
      expect(response.status).toBe(401);
      const body = await readBody(response);
      expect(body).toEqual(
        vendor === "haptik" ? { error_message: "token missing in headers" } : UNAUTHORIZED[vendor],
      );
      expectDocumentedShape(vendor, op, 401, body);
    },
  );

  it.each(table.filter(([, , op]) => op.security.length > 0))(
    "%s: a request without credentials gets the vendor's 401",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const response = await sendRaw(mock.url, op, sampleRequest(specOf(vendor), op), {});
      expect(response.status).toBe(401);
      const body = await readBody(response);
      expect(body).toEqual(UNAUTHORIZED[vendor]);
      expectDocumentedShape(vendor, op, 401, body);
    },
  );
});
