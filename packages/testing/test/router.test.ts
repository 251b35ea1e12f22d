import { describe, expect, it } from "vitest";
import { loadOperations } from "../src/operations.js";
import { createRouter } from "../src/router.js";
import { specOf } from "./helpers.js";

const dixa = createRouter(loadOperations(specOf("dixa")));
const haptik = createRouter(loadOperations(specOf("haptik")));
const klaus = createRouter(loadOperations(specOf("klaus")));

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
    expect(dixa("GET", "/v1/spaceships").kind).toBe("not-found");
    expect(dixa("PATCH", "/v1/conversations/42")).toMatchObject({
      kind: "method-not-allowed",
      allowed: ["GET"],
      nearest: { operationId: "getConversation" },
    });
  });

  // The nearest operation's dialect answers: an unknown Zendesk QA path is refused as Zendesk QA does.
  it.each([
    ["/api/export/spaceships", "https://{subdomain}.zendesk.com/qa"],
    ["/capture/integration/nothing", undefined],
  ])("names the operation nearest to an unknown path: GET %s (server %s)", (path, server) => {
    const match = klaus("GET", path);
    if (match.kind !== "not-found") throw new Error(`expected not-found, got ${match.kind}`);
    expect(match.nearest).toBeDefined();
    expect(match.nearest?.server).toBe(server);
  });

  it("names no operation for a path sharing no literal segment with any", () => {
    expect(dixa("GET", "/nothing/here")).toEqual({ kind: "not-found", nearest: undefined });
  });

  it("honours a base path", () => {
    const route = createRouter(loadOperations(specOf("klaus")), "/api");
    expect(route("POST", "/api/capture/integration/klaus-csat/token/c1").kind).toBe("operation");
    expect(route("POST", "/capture/integration/klaus-csat/token/c1").kind).toBe("not-found");
  });
});
