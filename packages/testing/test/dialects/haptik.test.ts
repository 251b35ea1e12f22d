import { describe, expect, it } from "vitest";
import { haptik, HAPTIK_DOCUMENTED_TEXTS } from "../../src/dialects/haptik.js";
import { documentedMessages, type AuthProblem } from "../../src/dialects/dialect.js";
import { loadOperations, type OperationSpec } from "../../src/operations.js";
import type { Problem } from "../../src/problem.js";
import { specOf } from "../helpers.js";

const operations = loadOperations(specOf("haptik"));
const op = (id: string): OperationSpec => operations.find((o) => o.operationId === id)!;
const auth = (reason: AuthProblem["reason"], header: string): AuthProblem => ({
  kind: "auth",
  reason,
  header,
  scheme: header === "client-id" ? "apiKey" : "bearer",
  detail: reason,
});

describe("Haptik error texts", () => {
  it("every text the mock uses verbatim is documented in the Haptik spec's error examples", () => {
    const documented = operations.flatMap((op) =>
      [400, 401, 403, 500].flatMap((status) => documentedMessages(op, status, "error_message")),
    );
    for (const text of HAPTIK_DOCUMENTED_TEXTS) expect(documented, text).toContain(text);
  });

  it.each<[string, AuthProblem[], string]>([
    [
      "both missing: client-id first",
      [auth("missing", "Authorization"), auth("missing", "client-id")],
      "client_id missing in headers",
    ],
    [
      "a token in the wrong form",
      [auth("mismatch", "client-id"), auth("scheme", "Authorization")],
      "invalid authorization in headers",
    ],
    [
      "a wrong client-id before a wrong token",
      [auth("mismatch", "Authorization"), auth("mismatch", "client-id")],
      "invalid client_id in headers",
    ],
    ["a wrong token", [auth("mismatch", "Authorization")], "invalid token provided"],
  ])("auth: %s", (_name, problems, text) => {
    const answer = haptik.error(problems[0]!, op("sendChatToAgent"), problems);
    expect(answer).toEqual({
      status: 401,
      body: { error_message: text },
      type: "application/json",
    });
  });

  it("the transcript API's own token text, from its documented 401 example", () => {
    const problems = [auth("mismatch", "Authorization")];
    expect(haptik.error(problems[0]!, op("getChatHistory"), problems).body).toEqual({
      error_message: "Invalid token",
    });
  });

  it.each<[string, string, Problem, string]>([
    [
      "a missing body field",
      "sendChatToAgent",
      {
        kind: "body",
        reason: "invalid",
        detail: "",
        schema: { path: "user_name", field: "user_name", kind: "missing", message: "" },
      },
      "user_name missing in the request",
    ],
    [
      "a body field of the wrong type",
      "sendChatToAgent",
      {
        kind: "body",
        reason: "invalid",
        detail: "",
        schema: { path: "business_id", field: "business_id", kind: "type", message: "" },
      },
      "invalid business_id provided",
    ],
    [
      "a missing parameter of a grouped operation",
      "getChatHistory",
      {
        kind: "parameter",
        in: "query",
        name: "conversation_no",
        reason: "missing",
        detail: "missing",
      },
      "Argument group validation: no valid group.",
    ],
  ])("%s", (_name, id, problem, text) => {
    expect(haptik.error(problem, op(id), []).body).toEqual({ error_message: text });
  });

  it("getChatHistory needs one parameter group, and answers text for response_type=text", () => {
    const rule = (query: string) =>
      haptik.rule!(op("getChatHistory"), { query: new URLSearchParams(query), body: undefined });
    expect(rule("business_id=1&user_name=u")).toBeUndefined();
    expect(rule("pxut=p")).toBeUndefined();
    expect(rule("business_id=1")).toEqual({
      kind: "rule",
      status: 400,
      message: "Argument group validation: no valid group.",
    });
    const example = (query: string) =>
      haptik.example!(
        op("getChatHistory"),
        { query: new URLSearchParams(query), body: undefined },
        ["json", "text"],
      );
    expect([example("response_type=text"), example("")]).toEqual(["text", "json"]);
    expect(
      haptik.rule!(op("sendChatToAgent"), { query: new URLSearchParams(), body: {} }),
    ).toBeUndefined();
  });
});
