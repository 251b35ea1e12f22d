// One case per operation of specs/klaus/openapi.yaml: each is called through its named method against a
// real local server (the client's `baseUrl` points both hosts at it), which checks what arrived (method,
// path, query, auth, body) and answers with the spec's own example. Request bodies are written inline so
// that the typed API has to accept them, and compared with the spec's examples so the two cannot drift.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createKlausClient, operations, type KlausClient, type OperationId } from "@cxkit/klaus";
import { requestExample, responseExample } from "./spec-examples.js";

const TOKEN = "klaus-token";
const server = useTestServer();
const client = () => createKlausClient({ token: TOKEN, baseUrl: server.url, retry: false });

interface Case {
  operationId: OperationId;
  call: (klaus: KlausClient) => Promise<unknown>;
  expect: {
    method: string;
    /** The path as sent, percent-encoding included. */
    path: string;
    /** Decoded query parameters in order (a repeated one repeats); absent means no query string. */
    query?: [string, string][];
    /** The JSON body; absent means no body and no content-type. */
    body?: unknown;
  };
  /** What the server answers; `body` undefined means an empty body. */
  reply: { status: number; body?: unknown };
}

// An offset with `+`, which a query string must carry as %2B (a bare `+` reads as a space).
const FROM = "2024-05-01T00:00:00+02:00";
const TO = "2024-05-31T23:59:59Z";
const window = [
  ["fromDate", FROM],
  ["toDate", TO],
] as [string, string][];

const cases: Case[] = [
  {
    operationId: "sendCsatEvent",
    call: (k) =>
      k.sendCsatEvent({
        path: { connectionId: "conn/1 é" },
        body: {
          ticket_id: "<conversation-id>",
          message_id: "<message-id>",
          csat: { score: 10, comment: "Great service" },
        },
      }),
    expect: {
      method: "POST",
      path: "/capture/integration/klaus-csat/token/conn%2F1%20%C3%A9",
      body: requestExample("sendCsatEvent", "messageCsat"),
    },
    // Undocumented success answer: the client must cope with no body at all.
    reply: { status: 202 },
  },
  {
    operationId: "listWorkspaceReviews",
    call: (k) =>
      k.listWorkspaceReviews({
        path: { workspace: "18432" },
        query: { fromDate: FROM, toDate: TO, page: 1, pageSize: 50 },
      }),
    expect: {
      method: "GET",
      path: "/api/export/workspace/18432/reviews",
      query: [...window, ["page", "1"], ["pageSize", "50"]],
    },
    reply: { status: 200, body: responseExample("listWorkspaceReviews", "200") },
  },
  {
    operationId: "listAccountReviews",
    call: (k) => k.listAccountReviews({ query: { fromDate: FROM, page: 2, pageSize: 1 } }),
    expect: {
      method: "GET",
      path: "/api/export/reviews",
      query: [
        ["fromDate", FROM],
        ["page", "2"],
        ["pageSize", "1"],
      ],
    },
    reply: { status: 200, body: responseExample("listAccountReviews", "200") },
  },
  {
    operationId: "listWorkspaceCsat",
    call: (k) =>
      k.listWorkspaceCsat({ path: { workspace: "18432" }, query: { fromDate: FROM, toDate: TO } }),
    expect: { method: "GET", path: "/api/export/workspace/18432/csat", query: window },
    reply: { status: 200, body: responseExample("listWorkspaceCsat", "200") },
  },
  {
    operationId: "listAccountCsat",
    call: (k) => k.listAccountCsat({ query: { workspace: "18432", fromDate: FROM } }),
    expect: {
      method: "GET",
      path: "/api/export/csat",
      query: [
        ["workspace", "18432"],
        ["fromDate", FROM],
      ],
    },
    reply: { status: 200, body: responseExample("listAccountCsat", "200", "topScore") },
  },
  {
    operationId: "listDisputes",
    // fromDate is optional here only: no query at all.
    call: (k) => k.listDisputes({ path: { workspace: "18432" } }),
    expect: { method: "GET", path: "/api/export/workspace/18432/disputes" },
    reply: { status: 200, body: responseExample("listDisputes", "200") },
  },
  {
    operationId: "listCalibrationSessions",
    call: (k) =>
      k.listCalibrationSessions({ path: { workspace: "18432" }, query: { fromDate: FROM } }),
    expect: {
      method: "GET",
      path: "/api/export/workspace/18432/calibration-sessions",
      query: [["fromDate", FROM]],
    },
    reply: { status: 200, body: responseExample("listCalibrationSessions", "200") },
  },
  {
    operationId: "listScorecards",
    call: (k) => k.listScorecards({ path: { workspace: "18432" } }),
    expect: { method: "GET", path: "/api/export/workspace/18432/scorecards" },
    reply: { status: 200, body: responseExample("listScorecards", "200") },
  },
  {
    operationId: "listWorkspaceUsers",
    call: (k) => k.listWorkspaceUsers({ path: { workspace: "18432" } }),
    expect: { method: "GET", path: "/api/export/workspace/18432/users" },
    reply: { status: 200, body: responseExample("listWorkspaceUsers", "200") },
  },
  {
    operationId: "listAccountUsers",
    call: (k) => k.listAccountUsers(),
    expect: { method: "GET", path: "/api/export/users" },
    reply: { status: 200, body: responseExample("listAccountUsers", "200") },
  },
  {
    operationId: "listWorkspaces",
    call: (k) => k.listWorkspaces(),
    expect: { method: "GET", path: "/api/export/workspaces" },
    reply: { status: 200, body: responseExample("listWorkspaces", "200") },
  },
  {
    operationId: "listAutoQaReviews",
    call: (k) =>
      k.listAutoQaReviews({
        query: {
          fromDate: FROM,
          workspaceId: "18432",
          connectionId: "5501",
          revieweeExternalId: "agent 7",
          latestOnly: true,
          cursor: "eyJvIjoxMDB9+/=",
        },
      }),
    expect: {
      method: "GET",
      path: "/api/export/autoqa/reviews",
      query: [
        ["fromDate", FROM],
        ["workspaceId", "18432"],
        ["connectionId", "5501"],
        ["revieweeExternalId", "agent 7"],
        ["latestOnly", "true"],
        ["cursor", "eyJvIjoxMDB9+/="],
      ],
    },
    reply: { status: 200, body: responseExample("listAutoQaReviews", "200") },
  },
  {
    operationId: "listAutoQaRatings",
    call: (k) =>
      k.listAutoQaRatings({
        query: {
          fromDate: FROM,
          toDate: TO,
          autoqaCategoryType: "GREETING",
          ratingCategoryId: "90211",
          rootCauseCode: "late-refund",
          pageSize: 100,
        },
      }),
    expect: {
      method: "GET",
      path: "/api/export/autoqa/ratings",
      query: [
        ...window,
        ["autoqaCategoryType", "GREETING"],
        ["ratingCategoryId", "90211"],
        ["rootCauseCode", "late-refund"],
        ["pageSize", "100"],
      ],
    },
    reply: { status: 200, body: responseExample("listAutoQaRatings", "200") },
  },
  {
    operationId: "searchConversations",
    call: (k) =>
      k.searchConversations({
        body: { account: "42000", endUserEmail: "priya.nair@example.com" },
      }),
    expect: {
      method: "POST",
      path: "/api/export/conversations/search",
      body: requestExample("searchConversations"),
    },
    reply: { status: 200, body: responseExample("searchConversations", "200") },
  },
  {
    operationId: "listQuizzes",
    call: (k) => k.listQuizzes(),
    expect: { method: "GET", path: "/api/export/quizzes" },
    reply: { status: 200, body: responseExample("listQuizzes", "200") },
  },
  {
    operationId: "getQuizLeaderboard",
    call: (k) => k.getQuizLeaderboard(),
    expect: { method: "GET", path: "/api/export/quizzes/leaderboard" },
    reply: { status: 200, body: responseExample("getQuizLeaderboard", "200") },
  },
  {
    operationId: "getQuizOverview",
    call: (k) => k.getQuizOverview({ path: { id: "7001" } }),
    expect: { method: "GET", path: "/api/export/quizzes/7001/overview" },
    reply: { status: 200, body: responseExample("getQuizOverview", "200") },
  },
  {
    operationId: "listQuizResponses",
    call: (k) => k.listQuizResponses({ path: { id: "7001" } }),
    expect: { method: "GET", path: "/api/export/quizzes/7001/responses" },
    reply: { status: 200, body: responseExample("listQuizResponses", "200") },
  },
  {
    operationId: "getQuizResponse",
    call: (k) => k.getQuizResponse({ path: { id: "7001", response: "880012" } }),
    expect: { method: "GET", path: "/api/export/quizzes/7001/responses/880012" },
    reply: { status: 200, body: responseExample("getQuizResponse", "200") },
  },
  {
    operationId: "importTickets",
    call: (k) =>
      k.importTickets({
        body: {
          data: [
            {
              id: "48390",
              subject: "Call from +44 20 7946 0958",
              created: "2024-05-06T13:20:05",
              channel: "phone",
              assigneeEmail: "lea.hoffmann@acme.example",
              comments: [
                {
                  id: "48390-c1",
                  authorName: "Lea Hoffmann",
                  authorEmail: "lea.hoffmann@acme.example",
                  authorIsNotClient: true,
                  public: true,
                  comment: "Inbound call, delivery date changed to Friday.",
                  created: "2024-05-06T13:20:05",
                  recordingUrl: "https://recordings.acme.example/48390.mp3",
                  callDuration: 312,
                  callDirection: "inbound",
                },
              ],
            },
          ],
        },
      }),
    expect: {
      method: "POST",
      path: "/api/import/tickets",
      body: requestExample("importTickets", "phoneCall"),
    },
    reply: { status: 200, body: {} },
  },
  {
    operationId: "deleteImportedTickets",
    call: (k) => k.deleteImportedTickets({ query: { ticketExternalIds: ["48213", "47102"] } }),
    expect: {
      method: "DELETE",
      path: "/api/import/tickets",
      // One parameter per ID, as the API takes them.
      query: [
        ["ticketExternalIds", "48213"],
        ["ticketExternalIds", "47102"],
      ],
    },
    reply: { status: 200, body: {} },
  },
  {
    operationId: "getImportedTicket",
    call: (k) => k.getImportedTicket({ path: { ticketExternalId: "dixa/48213" } }),
    expect: { method: "GET", path: "/api/import/tickets/dixa%2F48213" },
    reply: { status: 200, body: responseExample("getImportedTicket", "200") },
  },
  {
    operationId: "importUsers",
    call: (k) =>
      k.importUsers({
        body: {
          data: [
            { userEmail: "jonas.berg@acme.example", userName: "Jonas Berg" },
            { userEmail: "lea.hoffmann@acme.example", userName: "Lea Hoffmann" },
          ],
        },
      }),
    expect: { method: "POST", path: "/api/import/users", body: requestExample("importUsers") },
    reply: { status: 200, body: {} },
  },
];

/** A regular expression matching the concrete paths of a path template. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);

describe("every operation", () => {
  it("has exactly one case per operationId of the spec", () => {
    const covered = cases.map((c) => c.operationId).sort();
    const declared = operations.map((op) => op.operationId).sort();
    expect(covered).toEqual(declared);
    expect(declared).toHaveLength(23);
  });

  it.each(cases)("$operationId", async ({ operationId, call, expect: want, reply }) => {
    server.handle(() => reply);
    const data = await call(client());

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    const op = operations.find((o) => o.operationId === operationId)!;
    // The case really exercises its own operation of the table.
    expect(want.method).toBe(op.method);
    expect(want.path).toMatch(templatePattern(op.path));

    expect(req.method).toBe(want.method);
    const [sentPath, sentQuery] = req.url.split("?");
    expect(sentPath).toBe(want.path);
    if (want.query === undefined) {
      expect(sentQuery).toBeUndefined();
    } else {
      expect([...req.query.entries()]).toEqual(want.query);
    }
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    if (want.body === undefined) {
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.body).toHaveLength(0);
    } else {
      expect(req.headers["content-type"]).toBe("application/json");
      expect(req.json()).toEqual(want.body);
    }
    expect(data).toEqual(reply.body);
  });

  it("sends a `+` of a date offset as %2B, so that the server does not read it as a space", async () => {
    await client().listAccountReviews({ query: { fromDate: FROM } });
    expect(server.requests[0]!.url).toBe(
      "/api/export/reviews?fromDate=2024-05-01T00%3A00%3A00%2B02%3A00",
    );
  });
});
