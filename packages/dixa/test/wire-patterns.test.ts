// Dixa's wire shapes that differ from one operation to the next, each checked on what the server
// received and on what the typed result lets a caller do with the answer: bare-array answers, 204s,
// DELETEs with a body, wrapped vs bare-array bulk bodies, per-item bulk outcomes, the spec's other
// request samples (webhook auth and analytics period variants), and named methods' typed errors.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createDixaClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type DixaClient,
  type DixaEndUserBulkOutcome,
  type OperationId,
} from "@cxkit/dixa";
import { requestExample, requestExampleNames, responseExample } from "./spec-examples.js";

const API_KEY = "dixa-key";
const AGENT_ID = "01107a2e-4ff0-4a87-bb48-a19af298394d";
const TEAM_ID = "83cc3c21-9d28-4250-b6ea-b3a6333c5c73";
const QUEUE_ID = "921a6e00-0845-417e-9c67-f7cb872d45f0";
const WEBHOOK_ID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

const server = useTestServer();
const client = () =>
  createDixaClient({ apiKey: API_KEY, baseUrl: server.url, rateLimit: false, retry: false });

describe("answers", () => {
  it("listAgentPresence answers a bare JSON array, typed as an array", async () => {
    server.handle(() => ({ body: responseExample("listAgentPresence", "200") }));
    const presence = await client().listAgentPresence();
    expect(Array.isArray(presence)).toBe(true);
    expect(presence.map((p) => [p.userId, p.connectionStatus])).toEqual([
      ["01107a2e-4ff0-4a87-bb48-a19af298394d", "Online"],
      ["cd4ceb58-bb3a-443c-9cd8-4f088feafe5b", "Offline"],
    ]);
  });

  it("a 204 resolves a named method to undefined and a path-style call to data: undefined", async () => {
    server.handle(() => ({ status: 204 }));
    const dixa = client();
    const named: undefined = await dixa.deleteWebhookSubscription({
      path: { webhookSubscriptionId: WEBHOOK_ID },
    });
    expect(named).toBeUndefined();
    const { data, error, response } = await dixa.PATCH("/v1/tags/{tagId}/deactivate", {
      params: { path: { tagId: "6a1e0f3c-2d4b-4e8a-9c7f-1b2d3e4f5a60" } },
    });
    expect([data, error, response.status]).toEqual([undefined, undefined, 204]);
    expect(server.requests.map((r) => r.method)).toEqual(["DELETE", "PATCH"]);
  });

  it("addTeamMembers answers 200 with no body: undefined as well", async () => {
    server.handle(() => ({ status: 200 }));
    const result: undefined = await client().addTeamMembers({
      path: { teamId: TEAM_ID },
      body: { agentIds: [AGENT_ID] },
    });
    expect(result).toBeUndefined();
  });
});

describe("request bodies", () => {
  it.each<[string, (dixa: DixaClient) => Promise<unknown>, string, unknown]>([
    [
      "removeTeamMembers",
      (dixa) =>
        dixa.removeTeamMembers({ path: { teamId: TEAM_ID }, body: { agentIds: [AGENT_ID] } }),
      `/v1/teams/${TEAM_ID}/agents`,
      { agentIds: [AGENT_ID] },
    ],
    [
      "removeQueueMembers",
      (dixa) =>
        dixa.DELETE("/v1/queues/{queueId}/members", {
          params: { path: { queueId: QUEUE_ID } },
          body: { agentIds: [AGENT_ID] },
        }),
      `/v1/queues/${QUEUE_ID}/members`,
      { agentIds: [AGENT_ID] },
    ],
  ])("%s sends a DELETE with a JSON body", async (_name, call, path, body) => {
    server.handle(() => ({ status: 204 }));
    await call(client());
    const req = server.requests[0]!;
    expect([req.method, req.path, req.headers["content-type"]]).toEqual([
      "DELETE",
      path,
      "application/json",
    ]);
    expect(req.json()).toEqual(body);
  });

  it("agent bulk writes send a bare array, end-user bulk writes wrap it in { data }", async () => {
    server.handle(() => ({ body: { data: [] } }));
    const dixa = client();
    await dixa.updateAgents({ body: [{ id: AGENT_ID, displayName: "Sam Agent" }] });
    await dixa.patchAgents({ body: [{ id: AGENT_ID, displayName: "Sam A." }] });
    await dixa.PUT("/v1/endusers", {
      body: { data: [{ id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", displayName: "Jane Doe" }] },
    });
    await dixa.PATCH("/v1/endusers", {
      body: { data: [{ id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", externalId: "CUST-1" }] },
    });
    expect(server.requests.map((r) => [r.method, r.path, r.json()])).toEqual([
      ["PUT", "/v1/agents", [{ id: AGENT_ID, displayName: "Sam Agent" }]],
      ["PATCH", "/v1/agents", [{ id: AGENT_ID, displayName: "Sam A." }]],
      [
        "PUT",
        "/v1/endusers",
        { data: [{ id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", displayName: "Jane Doe" }] },
      ],
      [
        "PATCH",
        "/v1/endusers",
        { data: [{ id: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13", externalId: "CUST-1" }] },
      ],
    ]);
  });
});

describe("per-item bulk outcomes", () => {
  /** What a mover does with each outcome: keep the id of a success, report a failure's reason. */
  const summarize = (outcomes: readonly DixaEndUserBulkOutcome[]) =>
    outcomes.map((outcome) =>
      outcome._type === "BulkActionSuccess"
        ? { ok: outcome.data.id }
        : { failed: outcome.error._type, message: outcome.error.message },
    );

  it("createEndUsers: one BulkActionSuccess with the user, one BulkActionFailure with its reason", async () => {
    server.handle(() => ({
      status: 201,
      body: responseExample("createEndUsers", "201"),
    }));
    const result = await client().createEndUsers({
      body: { data: [{ email: "jane.doe@example.com" }, { phoneNumber: "+4570201042" }] },
    });
    expect(summarize(result.data ?? [])).toEqual([
      { ok: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13" },
      {
        failed: "Validation",
        message:
          "Create EndUser [userId=0d4c8b2a-6e1f-4f3a-9b5d-7c2e4a6b8d0f] failed with [errors=PhoneNumberExists]",
      },
    ]);
  });

  it("patchAgents and addQueueMembers narrow the same way (agent / agent id on success)", async () => {
    const dixa = client();
    server.handle(() => ({ body: responseExample("patchAgents", "200") }));
    const agents = await dixa.patchAgents({ body: [{ id: AGENT_ID, displayName: "Sam A." }] });
    const agentResults = (agents.data ?? []).map((o) =>
      o._type === "BulkActionSuccess" ? o.data.email : o.error._type,
    );
    expect(agentResults).toEqual(["sam@acme.com", "NotFound"]);

    server.handle(() => ({ body: responseExample("addQueueMembers", "200") }));
    const members = await dixa.addQueueMembers({
      path: { queueId: QUEUE_ID },
      body: { agentIds: [AGENT_ID, "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13"] },
    });
    const memberResults = (members.data ?? []).map((o) =>
      o._type === "BulkActionSuccess" ? o.data : o.error._type,
    );
    expect(memberResults).toEqual([AGENT_ID, "Validation"]);
  });
});

describe("the spec's other request samples are accepted as written and sent as is", () => {
  // The per-operation table sends each operation's first sample; these are the rest, with the
  // variants they exist for: webhook NoAuth and BasicAuth, analytics Interval periods and csid lists.
  const samples: [OperationId, string, (dixa: DixaClient) => Promise<unknown>][] = [
    [
      "createWebhookSubscription",
      "no-auth",
      (dixa) =>
        dixa.createWebhookSubscription({
          body: {
            name: "Test receiver",
            events: ["ConversationMessageAdded"],
            url: "https://example.org/dixa-test",
            authorization: { _type: "NoAuth" },
            customHeaders: {},
          },
        }),
    ],
    [
      "patchWebhookSubscription",
      "basic-auth",
      (dixa) =>
        dixa.PATCH("/v1/webhooks/{webhookSubscriptionId}", {
          params: { path: { webhookSubscriptionId: WEBHOOK_ID } },
          body: {
            events: ["ConversationCreated", "ConversationClosed", "ConversationTagAdded"],
            authorization: { username: "dixa", password: "s3cret", _type: "BasicAuth" },
          },
        }),
    ],
    [
      "queryMetricData",
      "csat-of-conversations",
      (dixa) =>
        dixa.queryMetricData({
          body: { id: "csat", csidFilter: [18401, 18402, 18410], timezone: "Europe/Copenhagen" },
        }),
    ],
    [
      "queryMetricData",
      "interval",
      (dixa) =>
        dixa.POST("/v1/analytics/metrics", {
          body: {
            id: "closed_conversations",
            periodFilter: {
              start: "2024-01-01T00:00:00Z",
              end: "2024-04-01T00:00:00Z",
              _type: "Interval",
            },
            timezone: "UTC",
          },
        }),
    ],
    [
      "queryMetricRecords",
      "inbound-of-conversations",
      (dixa) =>
        dixa.queryMetricRecords({
          body: {
            id: "closed_conversations",
            csidFilter: [18401, 18402],
            filters: [{ attribute: "initial_direction", values: ["INBOUND"] }],
            timezone: "Europe/Copenhagen",
          },
        }),
    ],
    [
      "searchConversationsWithFilters",
      "created-or-closed-in-window",
      (dixa) =>
        dixa.searchConversationsWithFilters({
          body: {
            filters: {
              strategy: "Any",
              conditions: [
                {
                  field: {
                    operator: {
                      timestampFrom: "2024-03-11T08:00:00Z",
                      timestampTo: "2024-03-11T09:00:00Z",
                      _type: "Between",
                    },
                    _type: "CreationDate",
                  },
                },
                {
                  field: {
                    operator: {
                      timestampFrom: "2024-03-11T08:00:00Z",
                      timestampTo: "2024-03-11T09:00:00Z",
                      _type: "Between",
                    },
                    _type: "ClosedDate",
                  },
                },
              ],
            },
          },
        }),
    ],
    [
      "searchConversationsWithFilters",
      "select-attribute-open-email",
      (dixa) =>
        dixa.POST("/v1/search/conversations", {
          body: {
            filters: {
              strategy: "All",
              conditions: [
                {
                  field: {
                    operator: { values: [["returns", "damaged"]], _type: "IsOneOf" },
                    attributeId: "30cd8aa4-3b58-4d70-a716-887dd6f348b4",
                    _type: "CustomAttribute",
                  },
                },
                { field: { operator: { values: ["open"], _type: "IsOneOf" }, _type: "Status" } },
                { field: { operator: { values: ["email"], _type: "IsOneOf" }, _type: "Channel" } },
                {
                  field: {
                    operator: { duration: 60000, _type: "LongerThanOrEqualTo" },
                    _type: "Duration",
                  },
                },
              ],
            },
          },
        }),
    ],
  ];

  it("covers every sample after the first of each operation", () => {
    const covered = samples.map(([op, name]) => `${op}/${name}`).sort();
    const inSpec = [...new Set(samples.map(([op]) => op))]
      .flatMap((op) =>
        requestExampleNames(op)
          .slice(1)
          .map((name) => `${op}/${name}`),
      )
      .sort();
    expect(covered).toEqual(inSpec);
  });

  it.each(samples)("%s (%s)", async (operationId, name, send) => {
    server.handle(() => ({ status: 200, body: {} }));
    await send(client());
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.json()).toEqual(requestExample(operationId, name));
  });
});

describe("named methods throw the typed error of an error status", () => {
  it.each<[number, string, typeof ApiError]>([
    [400, "BadRequestError", BadRequestError],
    [401, "AuthenticationError", AuthenticationError],
    [403, "PermissionDeniedError", PermissionDeniedError],
    [404, "NotFoundError", NotFoundError],
    [409, "ConflictError", ConflictError],
    [422, "UnprocessableEntityError", UnprocessableEntityError],
    [429, "RateLimitError", RateLimitError],
    [500, "InternalServerError", InternalServerError],
    [503, "InternalServerError", InternalServerError],
  ])("%i → %s", async (status, _name, ErrorClass) => {
    server.handle(() => ({ status, body: { message: `Dixa says ${status}` } }));
    const call = client().getEndUser({ path: { userId: "3b0e6f2c-9d1a-4c8e-b7f5-2a6d4e8c0b13" } });
    await expect(call).rejects.toBeInstanceOf(ErrorClass);
    await expect(call).rejects.toMatchObject({ status, vendorMessage: `Dixa says ${status}` });
    await call.catch((error: Error) => {
      expect(error.message).toMatch(/^\[@cxkit\/dixa\] /);
      expect(error.message).not.toContain(API_KEY);
    });
    expect(server.requests).toHaveLength(1);
  });
});
