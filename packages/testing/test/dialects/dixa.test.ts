import { describe, expect, it } from "vitest";
import { dixa } from "../../src/dialects/dixa.js";
import type { Problem } from "../../src/problem.js";

describe("Dixa dialect", () => {
  it.each<[Problem, number, string]>([
    [
      {
        kind: "auth",
        reason: "missing",
        header: "Authorization",
        scheme: "apiKey",
        detail: "missing",
      },
      401,
      "Invalid value for: header Authorization (missing)",
    ],
    [
      {
        kind: "parameter",
        in: "path",
        name: "conversationId",
        reason: "invalid",
        detail: 'expected integer, got "abc"',
      },
      400,
      'Invalid value for: path parameter conversationId (expected integer, got "abc")',
    ],
    [
      { kind: "parameter", in: "header", name: "x-id", reason: "missing", detail: "missing" },
      400,
      "Invalid value for: header x-id (missing)",
    ],
    [
      { kind: "content-type", expected: ["application/json"], received: undefined },
      415,
      "Invalid value for: header Content-Type (missing, expected application/json)",
    ],
    [
      { kind: "body", reason: "invalid", detail: "missing required field 'message'" },
      400,
      "Invalid value for: body (missing required field 'message')",
    ],
    [
      { kind: "not-found", method: "GET", path: "/x" },
      404,
      "The requested resource could not be found",
    ],
    [
      { kind: "method-not-allowed", method: "PUT", path: "/x", allowed: ["GET"] },
      405,
      "Method Not Allowed",
    ],
  ])("%j -> %i", (problem, status, message) => {
    expect(dixa.error(problem, undefined, [])).toEqual({
      status,
      body: { message },
      type: "application/json",
    });
  });

  it("an undocumented error status gets its reason phrase", () => {
    expect(dixa.statusError(503).body).toEqual({ message: "Service Unavailable" });
  });
});
