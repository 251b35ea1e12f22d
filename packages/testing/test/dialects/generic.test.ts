import { describe, expect, it } from "vitest";
import { generic } from "../../src/dialects/generic.js";
import type { Problem } from "../../src/problem.js";

describe("generic dialect ({ message } JSON)", () => {
  it.each<[Problem, number, string]>([
    [
      {
        kind: "auth",
        reason: "missing",
        header: "Authorization",
        scheme: "bearer",
        detail: "missing",
      },
      401,
      "Unauthorized: Authorization header missing",
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
      'Invalid query parameter page: expected integer, got "x"',
    ],
    [
      { kind: "content-type", expected: ["application/json"], received: "text/plain" },
      415,
      "Unsupported content type text/plain, expected application/json",
    ],
    [{ kind: "body", reason: "missing", detail: "missing" }, 400, "Invalid request body: missing"],
    [{ kind: "not-found", method: "GET", path: "/x" }, 404, "Not Found"],
  ])("%j", (problem, status, message) => {
    expect(generic.error(problem, undefined, [])).toEqual({
      status,
      body: { message },
      type: "application/json",
    });
  });
});
