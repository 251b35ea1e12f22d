// Which dialect answers which operation, read from the spec: Zendesk QA's operations document gRPC
// status errors, Klaus's CSAT events do not; then the same facts over HTTP.
import { createKlausClient, NotFoundError, RateLimitError } from "@cxkit/klaus";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dialectFor, dialectsOf } from "../../src/dialects/index.js";
import { isGrpcStatusSchema } from "../../src/dialects/select.js";
import { mockKlaus, startMockServer, type KlausMockServer } from "../../src/index.js";
import { loadOperations } from "../../src/operations.js";
import { specOf } from "../helpers.js";

const klausOps = loadOperations(specOf("klaus"));
const dialects = dialectsOf(specOf("klaus"), klausOps, dialectFor("klaus"));

describe("dialectsOf", () => {
  it("answers Zendesk QA's operations (their own server) as gRPC, CSAT events as Klaus", () => {
    for (const op of klausOps) {
      const qa = op.server === "https://{subdomain}.zendesk.com/qa";
      expect(dialects(op).name, op.operationId).toBe(qa ? "grpc" : "klaus");
    }
    expect(klausOps.filter((op) => dialects(op).name === "grpc").length).toBe(klausOps.length - 1);
    expect(dialects(undefined).name).toBe("klaus");
  });

  it("keeps every operation of the other vendors in their own dialect", () => {
    for (const vendor of ["dixa", "haptik", "creovai"] as const) {
      const ops = loadOperations(specOf(vendor));
      const of = dialectsOf(specOf(vendor), ops, dialectFor(vendor));
      expect(new Set(ops.map((op) => of(op).name)), vendor).toEqual(new Set([vendor]));
    }
  });

  it("recognises a gRPC status schema by its code, message and details", () => {
    expect(isGrpcStatusSchema(specOf("klaus"), "#/components/schemas/ErrorResponse")).toBe(true);
    expect(isGrpcStatusSchema(specOf("haptik"), "#/components/schemas/ErrorResponse")).toBe(false);
    expect(isGrpcStatusSchema(specOf("klaus"), "#/components/schemas/CsatErrorResponse")).toBe(
      false,
    );
  });

  it("applies to a custom spec too", async () => {
    const status = {
      type: "object",
      properties: {
        code: { type: "integer" },
        message: { type: "string" },
        details: { type: "array", items: {} },
      },
    };
    const mock = await startMockServer({
      openapi: "3.1.0",
      info: { title: "rpc", version: "1" },
      paths: {
        "/v1/things/{id}": {
          get: {
            operationId: "getThing",
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
            responses: {
              "200": { description: "ok" },
              default: {
                description: "error",
                content: { "application/json": { schema: status } },
              },
            },
          },
        },
      },
    });
    try {
      const response = await fetch(`${mock.url}/v1/things/abc`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        code: 3,
        message: 'invalid id: expected integer, got "abc"',
        details: [],
      });
    } finally {
      await mock.close();
    }
  });
});

describe("Zendesk QA errors over HTTP", () => {
  let mock: KlausMockServer;
  beforeAll(async () => {
    mock = await mockKlaus({ credentials: { token: "qa-token" } });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());
  const klaus = (token = "qa-token") =>
    createKlausClient({ token, baseUrl: mock.url, retry: false, rateLimit: false });

  it("a missing required parameter: 400 INVALID_ARGUMENT, the spec's own wording", async () => {
    const { error, response } = await klaus().GET("/api/export/reviews", {
      params: { query: {} as never },
    });
    expect(response.status).toBe(400);
    expect(error).toEqual({ code: 3, message: "invalid fromDate: value is required", details: [] });
  });

  it("a wrong token: 401 UNAUTHENTICATED; the CSAT host keeps its { message }", async () => {
    const qa = await klaus("other").GET("/api/export/workspaces");
    expect(qa.response.status).toBe(401);
    expect(qa.error).toEqual({ code: 16, message: "unauthenticated", details: [] });
    const csat = await klaus("other").POST("/capture/integration/klaus-csat/token/{connectionId}", {
      params: { path: { connectionId: "c" } },
      body: { ticket_id: "1", csat: { score: 5 } },
    });
    expect(csat.response.status).toBe(401);
    expect(csat.error).toEqual({
      message: "Unauthorized: Authorization header unknown bearer credential",
    });
  });

  it("fault and respond statuses carry their own gRPC code, or the documented example of it", async () => {
    mock.fault("listWorkspaces", { status: 429 }, { status: 401 }, { status: 500 });
    const bodies = [];
    for (let i = 0; i < 3; i++) bodies.push((await klaus().GET("/api/export/workspaces")).error);
    expect(bodies).toEqual([
      { code: 8, message: "resource exhausted", details: [] },
      { code: 16, message: "unauthenticated", details: [] }, // the spec's badToken example
      { code: 13, message: "internal error", details: [] }, // the spec's internal example
    ]);
    mock.respond("listWorkspaces", { status: 404 });
    await expect(klaus().listWorkspaces()).rejects.toBeInstanceOf(NotFoundError);
    mock.fault("listWorkspaces", { status: 429, headers: { "retry-after": "0" } });
    await expect(klaus().listWorkspaces()).rejects.toBeInstanceOf(RateLimitError);
  });

  it("an unknown path on the Zendesk QA host is a gRPC NOT_FOUND, elsewhere Klaus's", async () => {
    const qa = await fetch(`${mock.url}/api/export/spaceships`, {
      headers: { authorization: "Bearer qa-token" },
    });
    expect(qa.status).toBe(404);
    expect(await qa.json()).toEqual({ code: 5, message: "Not Found", details: [] });
    const other = await fetch(`${mock.url}/nowhere`);
    expect(await other.json()).toEqual({ message: "Not Found" });
    const method = await fetch(`${mock.url}/api/export/workspaces`, { method: "PUT" });
    expect(method.status).toBe(405);
    expect(await method.json()).toEqual({ code: 12, message: "Method Not Allowed", details: [] });
  });
});
