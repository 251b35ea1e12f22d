import { describe, expect, it } from "vitest";
import { grpc, grpcCodeOf } from "../../src/dialects/grpc.js";
import type { Problem } from "../../src/problem.js";

describe("gRPC status dialect ({ code, message, details } JSON)", () => {
  it.each<[Problem, number, number, string]>([
    [
      {
        kind: "auth",
        reason: "missing",
        header: "Authorization",
        scheme: "bearer",
        detail: "missing",
      },
      401,
      16,
      "unauthenticated",
    ],
    [
      { kind: "parameter", in: "query", name: "fromDate", reason: "missing", detail: "missing" },
      400,
      3,
      "invalid fromDate: value is required",
    ],
    [
      {
        kind: "parameter",
        in: "query",
        name: "page",
        reason: "invalid",
        detail: 'expected integer, got "x"',
      },
      400,
      3,
      'invalid page: expected integer, got "x"',
    ],
    [
      {
        kind: "body",
        reason: "invalid",
        detail: "missing required field 'users'",
        schema: {
          path: "users",
          field: "users",
          kind: "missing",
          message: "missing required field 'users'",
        },
      },
      400,
      3,
      "invalid users: value is required",
    ],
    [
      {
        kind: "body",
        reason: "invalid",
        detail: "expected string, got integer at 'account'",
        schema: {
          path: "account",
          field: "account",
          kind: "type",
          message: "expected string, got integer at 'account'",
        },
      },
      400,
      3,
      "invalid account: expected string, got integer",
    ],
    [
      { kind: "body", reason: "malformed", detail: "malformed JSON (Unexpected end)" },
      400,
      3,
      "invalid request body: malformed JSON (Unexpected end)",
    ],
    [
      { kind: "content-type", expected: ["application/json"], received: "text/plain" },
      415,
      3,
      "invalid content type text/plain: expected application/json",
    ],
    [{ kind: "rule", status: 409, message: "already imported" }, 409, 6, "already imported"],
    [{ kind: "not-found", method: "GET", path: "/api/x" }, 404, 5, "Not Found"],
    [
      { kind: "method-not-allowed", method: "PUT", path: "/api/x", allowed: ["GET"] },
      405,
      12,
      "Method Not Allowed",
    ],
  ])("%j", (problem, status, code, message) => {
    expect(grpc.error(problem, undefined, [])).toEqual({
      status,
      body: { code, message, details: [] },
      type: "application/json",
    });
  });

  it.each([
    [400, 3],
    [401, 16],
    [403, 7],
    [404, 5],
    [409, 6],
    [429, 8],
    [500, 13],
    [501, 12],
    [503, 14],
    [504, 4],
    [418, 3],
    [502, 2],
  ])("HTTP %i carries gRPC code %i", (status, code) => {
    expect(grpcCodeOf(status)).toBe(code);
  });

  it("answers a bare status with its code's name, and lets only an example of that code answer it", () => {
    expect(grpc.statusError(429)).toEqual({
      status: 429,
      body: { code: 8, message: "resource exhausted", details: [] },
      type: "application/json",
    });
    expect(grpc.statusError(500).body).toEqual({
      code: 13,
      message: "internal error",
      details: [],
    });
    expect(grpc.exampleFits?.(401, { code: 16, message: "unauthenticated" })).toBe(true);
    expect(grpc.exampleFits?.(429, { code: 3, message: "invalid fromDate" })).toBe(false);
    expect(grpc.exampleFits?.(400, "not a status")).toBe(false);
  });
});
