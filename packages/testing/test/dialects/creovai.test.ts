import { describe, expect, it } from "vitest";
import { creovai } from "../../src/dialects/creovai.js";
import type { Problem } from "../../src/problem.js";

describe("Creovai dialect (plain text, ASP.NET's words)", () => {
  it.each<[Problem, number, string]>([
    [
      { kind: "auth", reason: "mismatch", header: "Authorization", scheme: "bearer", detail: "x" },
      401,
      "Authorization has been denied for this request.",
    ],
    [
      {
        kind: "body",
        reason: "invalid",
        detail: "d",
        schema: { path: "SessionId", field: "SessionId", kind: "missing", message: "" },
      },
      400,
      "The SessionId field is required.",
    ],
    [
      { kind: "body", reason: "malformed", detail: "Unexpected end" },
      400,
      "The request is invalid: Unexpected end",
    ],
    [{ kind: "rule", status: 401, message: "invalid_client" }, 401, "invalid_client"],
  ])("%j", (problem, status, body) => {
    expect(creovai.error(problem, undefined, [])).toEqual({ status, body, type: "text/plain" });
  });

  it("an undocumented error status is its reason phrase, as text", () => {
    expect(creovai.statusError(502)).toEqual({
      status: 502,
      body: "Bad Gateway",
      type: "text/plain",
    });
  });
});
