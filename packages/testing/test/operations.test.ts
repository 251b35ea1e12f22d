// For every operation of every spec: the valid request (built from the spec's examples and required
// parameters) succeeds through the vendor's public client (every host option pointed at the mock),
// one invalid request (a missing required field, a wrong type, a missing parameter) gets the error
// of the operation's dialect, and a request without credentials gets its 401. Zendesk QA's
// operations (on https://{subdomain}.zendesk.com/qa) answer gRPC statuses, Klaus's CSAT events
// `{ message }`. A guard checks that every operation the specs declare is exercised each way.
import { describe, expect, it } from "vitest";
import type { VendorName } from "../src/generated/index.js";
import { isJsonType } from "../src/media-type.js";
import {
  deref,
  HTTP_METHODS,
  type OperationSpec,
  resolvePointer,
  responseFor,
} from "../src/operations.js";
import { preferredMedia, sampleRequest, type SampleRequest } from "../src/sample.js";
import {
  ALL_OPERATIONS,
  answersBytes,
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
    // In a form or multipart body every field is text: only a field whose schema wants a number
    // or a boolean can be sent with the wrong type (text where text is wanted is right).
    const asText = !isJsonType(media.type);
    const typed = Object.entries(props).find(([name, raw]) => {
      const schema = deref(doc, raw, "").value;
      if (!(name in given) || !schema || !(schema.type || isObject(raw))) return false;
      return !asText || ["integer", "number", "boolean"].includes(String(schema.type));
    });
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

/** Whose errors an operation answers with: Zendesk QA's host answers gRPC statuses. */
type Dialect = VendorName | "grpc";
const dialectOf = (vendor: VendorName, op: OperationSpec): Dialect =>
  op.server?.endsWith(".zendesk.com/qa") ? "grpc" : vendor;

const messageOf = (dialect: Dialect, error: unknown): string =>
  dialect === "creovai"
    ? String(error)
    : String((error as Json)[dialect === "haptik" ? "error_message" : "message"]);

/** The answer to each kind of breakage in each dialect, as the mock's docs describe it. */
function expectedMessage(dialect: Dialect, broken: Broken): string | RegExp {
  const name = "field" in broken ? broken.field : broken.name;
  switch (dialect) {
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
      return broken.kind === "body-type"
        ? new RegExp(`^The request is invalid: expected \\w+, got \\w+ at '${name}'$`)
        : `The ${name} field is required.`;
    case "grpc":
      return broken.kind === "body-missing" || broken.kind === "query-missing"
        ? `invalid ${name}: value is required`
        : new RegExp(`^invalid ${name}: expected .+`);
  }
}

const UNAUTHORIZED: Record<Dialect, unknown> = {
  dixa: { message: "Invalid value for: header Authorization (missing)" },
  haptik: { error_message: "client_id missing in headers" },
  klaus: { message: "Unauthorized: Authorization header missing" },
  creovai: "Authorization has been denied for this request.",
  grpc: { code: 16, message: "unauthenticated", details: [] },
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

/** The operationIds a spec declares under `paths`, counted from the document itself. */
function declaredOperations(vendor: VendorName): string[] {
  const paths = specOf(vendor).paths as Record<string, Record<string, { operationId?: string }>>;
  return Object.values(paths)
    .flatMap((item) => HTTP_METHODS.map((method) => item[method]?.operationId))
    .filter((id): id is string => id !== undefined)
    .sort();
}

const breakable = table.filter(([, v, op]) => breakRequest(v, op));
const unbreakable = table.filter(([, v, op]) => !breakRequest(v, op));
const secured = table.filter(([, , op]) => op.security.length > 0);

describe("every operation", () => {
  it.each(VENDOR_NAMES)(
    "%s: every operation its spec declares is served and exercised three ways",
    (vendor) => {
      const declared = declaredOperations(vendor);
      const ids = (rows: typeof table, open = false) =>
        [
          ...rows.filter(([, v]) => v === vendor).map(([, , op]) => op.operationId),
          ...(open
            ? ALL_OPERATIONS.filter(([v, op]) => v === vendor && op.security.length === 0).map(
                ([, op]) => op.operationId,
              )
            : []),
        ].sort();
      expect(declared.length).toBeGreaterThan(0);
      expect(
        mocks
          .get(vendor)!
          .operations.map((op) => op.operationId)
          .sort(),
      ).toEqual(declared);
      expect(ids(table), "valid request").toEqual(declared);
      expect(ids([...breakable, ...unbreakable]), "invalid request").toEqual(declared);
      // An operation without security (Creovai's /Token) has no "without credentials" case.
      expect(ids(secured, true), "no credentials").toEqual(declared);
    },
  );

  it.each(table)(
    "%s: the valid request succeeds through the vendor client",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const sample = sampleRequest(specOf(vendor), op);
      const { response, error, data } = await sendThroughClient(vendor, mock.url, op, sample);
      const recorded = mock.requests.at(-1)!;
      expect(recorded.operationId).toBe(op.operationId);
      expect(recorded.valid, recorded.problem).toBe(true);
      expect(error).toBeUndefined();
      expect(response.ok).toBe(true);
      // A binary answer (Creovai's MP3) comes as bytes of the documented type.
      if (answersBytes(op)) {
        expect(data).toBeInstanceOf(ArrayBuffer);
        expect((data as ArrayBuffer).byteLength).toBeGreaterThan(0);
      }
    },
  );

  it.each(breakable)(
    "%s: an invalid request gets the error of its dialect",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const dialect = dialectOf(vendor, op);
      const { broken, sample } = breakRequest(vendor, op)!;
      const { response, error, data } = await sendThroughClient(vendor, mock.url, op, sample);
      expect(data).toBeUndefined();
      expect(response.status).toBe(400);
      const expected = expectedMessage(dialect, broken);
      const message = messageOf(dialect, error);
      if (typeof expected === "string") expect(message).toBe(expected);
      else expect(message).toMatch(expected);
      if (dialect === "grpc") expect(error).toMatchObject({ code: 3, details: [] });
      expect(mock.requests.at(-1)!.valid).toBe(false);
      expectDocumentedShape(vendor, op, 400, error);
    },
  );

  // An operation whose parameters take any string and that has no body can only be sent wrong by its
  // credentials: its invalid request lacks the token (Haptik: the client-id is there).
  it.each(unbreakable)(
    "%s: an invalid request (no token) gets the error of its dialect",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const headers: Record<string, string> = vendor === "haptik" ? { "client-id": "c" } : {};
      const response = await sendRaw(mock.url, op, sampleRequest(specOf(vendor), op), headers);
      expect(response.status).toBe(401);
      const body = await readBody(response);
      expect(body).toEqual(
        vendor === "haptik"
          ? { error_message: "token missing in headers" }
          : UNAUTHORIZED[dialectOf(vendor, op)],
      );
      expectDocumentedShape(vendor, op, 401, body);
    },
  );

  it.each(secured)(
    "%s: a request without credentials gets the 401 of its dialect",
    async (_l, vendor, op) => {
      const mock = mocks.get(vendor)!;
      const response = await sendRaw(mock.url, op, sampleRequest(specOf(vendor), op), {});
      expect(response.status).toBe(401);
      const body = await readBody(response);
      expect(body).toEqual(UNAUTHORIZED[dialectOf(vendor, op)]);
      expectDocumentedShape(vendor, op, 401, body);
    },
  );
});
