import { describe, expect, it } from "vitest";
import { loadOperations } from "../src/operations.js";
import { createRouter } from "../src/router.js";
import { specOf } from "./helpers.js";

const dixa = createRouter(loadOperations(specOf("dixa")));
const haptik = createRouter(loadOperations(specOf("haptik")));

describe("createRouter", () => {
  it.each([
    ["GET", "/v1/conversations/activitylog", "listOrganizationActivityLog", {}],
    ["GET", "/v1/conversations/flows", "listFlows", {}],
    ["GET", "/v1/conversations/42", "getConversation", { conversationId: "42" }],
    [
      "PUT",
      "/v1/conversations/42/tags/t%2F1",
      "tagConversation",
      { conversationId: "42", tagId: "t/1" },
    ],
    [
      "DELETE",
      "/v1/conversations/42/tags/abc",
      "untagConversation",
      { conversationId: "42", tagId: "abc" },
    ],
    ["POST", "/v1/search/conversations", "searchConversationsWithFilters", {}],
  ])("%s %s -> %s (literal segments win)", (method, path, operationId, pathParams) => {
    const match = dixa(method, path);
    expect(match.kind).toBe("operation");
    if (match.kind === "operation") {
      expect(match.operation.operationId).toBe(operationId);
      expect(match.pathParams).toEqual(pathParams);
    }
  });

  it("keeps Haptik's trailing slashes significant", () => {
    expect(haptik("GET", "/mogambo_api/nodes/faq/create/status/t-1/")).toMatchObject({
      kind: "operation",
      pathParams: { taskId: "t-1" },
    });
    expect(haptik("GET", "/mogambo_api/nodes/faq/create/status/t-1").kind).toBe("not-found");
  });

  it("tells an unknown path from a known path with another method", () => {
    expect(dixa("GET", "/v1/agents")).toEqual({ kind: "not-found" });
    expect(dixa("PATCH", "/v1/conversations/42")).toEqual({
      kind: "method-not-allowed",
      allowed: ["GET"],
    });
  });

  it("honours a base path", () => {
    const route = createRouter(loadOperations(specOf("klaus")), "/api");
    expect(route("POST", "/api/capture/integration/klaus-csat/token/c1").kind).toBe("operation");
    expect(route("POST", "/capture/integration/klaus-csat/token/c1").kind).toBe("not-found");
  });
});
