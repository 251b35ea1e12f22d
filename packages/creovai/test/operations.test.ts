// Every operation of specs/creovai/openapi.yaml, once, through the public client against a real HTTP
// server on 127.0.0.1: what goes on the wire (method, path, query, headers, body) and what the call
// resolves to. A guard fails when an operation of the spec has no case here.
import { useTestServer, type Handler, type RecordedRequest, type Reply } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  createCreovaiClient,
  operations,
  type CreovaiClient,
  type OperationId,
} from "@cxkit/creovai";
import {
  AUDIO,
  jsonOf,
  partsOf,
  v1Case,
  v1CallInfo,
  v1Chat,
  v2Case,
  v2CallInfo,
  v2Chat,
} from "./fixtures.js";

const server = useTestServer();

/** What the server must have received, besides method and path (checked against the spec). */
type Sent =
  | { json: unknown }
  | { form: Record<string, string> }
  | { check: (req: RecordedRequest) => Promise<void> | void }
  | { none: true };

interface OperationCase {
  op: OperationId;
  /** The request as sent: path and query. */
  url: string;
  call: (creovai: CreovaiClient) => Promise<unknown>;
  /** The answer (default `200` with no body)… */
  reply?: Reply;
  /** …or a handler writing it (binary bodies). */
  handler?: Handler;
  sent: Sent;
  resolves: unknown;
}

const purgeWhatIf = {
  items: [
    { id: "bbqfbbbow", sessionId: "458789546", status: "WhatIf" },
    { id: "bbsnbcbe3", sessionId: "160953e6", status: "WhatIf" },
  ],
};
const interaction = {
  id: "bbqfbbbow",
  sessionId: "458789546",
  utcStart: "2024-05-02T14:43:34Z",
  interactionType: "Call",
  participants: [{ participantId: 1, refType: "agent", isInternal: true, segments: [] }],
  aMemberTheSdkDoesNotModel: true,
};
// The generated body types `data` as a string (openapi-typescript's reading of `format: binary`);
// the runtime sends a Blob as a file part, which is what the named method really takes.
const audioPart = new Blob([AUDIO], { type: "audio/wav" }) as unknown as string;

async function expectRecording(req: RecordedRequest, info: unknown, format: string) {
  const parts = await partsOf(req);
  expect(Object.keys(parts)).toEqual(["info", "data"]);
  expect(parts.info!.type).toBe("application/json");
  expect(jsonOf(parts.info)).toEqual(info);
  expect(parts.data!.type).toBe(format);
  expect(parts.data!.bytes).toEqual(AUDIO);
}

const cases: OperationCase[] = [
  {
    op: "getToken",
    url: "/Token",
    call: (c) =>
      c.getToken({
        body: { grant_type: "client_credentials", client_id: "api-user", client_secret: "s3" },
      }),
    reply: { body: { access_token: "issued", token_type: "bearer", expires_in: 1799 } },
    sent: {
      form: { grant_type: "client_credentials", client_id: "api-user", client_secret: "s3" },
    },
    resolves: { access_token: "issued", token_type: "bearer", expires_in: 1799 },
  },
  // ---- v1 ----
  {
    op: "uploadChat",
    url: "/chatCapture/v1",
    call: (c) => c.uploadChat({ body: v1Chat() }),
    reply: { body: { callId: "bbsnbcbe3" } },
    sent: { json: v1Chat() },
    resolves: { callId: "bbsnbcbe3" },
  },
  {
    op: "uploadCallArchive",
    url: "/callCapture/v1/archive",
    call: (c) => c.uploadCallArchive({ body: { info: v1CallInfo(), data: audioPart } }),
    reply: { body: { CallId: "bbqfbbbow" } },
    sent: { check: (req) => expectRecording(req, v1CallInfo(), "audio/wav") },
    resolves: { CallId: "bbqfbbbow" },
  },
  {
    op: "getCallStatuses",
    url: "/callCapture/v1/status",
    call: (c) => c.getCallStatuses({ body: { CallSessionIds: ["458789546", "nope"] } }),
    reply: {
      body: {
        CallSessions: [
          { Status: "Complete", CallId: "bbqfbbbow", SessionId: "458789546", DurationSec: 58 },
          { Status: "NotFound", CallId: null, SessionId: "nope", DurationSec: 0 },
        ],
      },
    },
    sent: { json: { CallSessionIds: ["458789546", "nope"] } },
    resolves: {
      CallSessions: [
        { Status: "Complete", CallId: "bbqfbbbow", SessionId: "458789546", DurationSec: 58 },
        { Status: "NotFound", CallId: null, SessionId: "nope", DurationSec: 0 },
      ],
    },
  },
  {
    op: "getCallStatus",
    url: "/callCapture/v1/status/a%2Fb%20c",
    call: (c) => c.getCallStatus({ path: { sessionId: "a/b c" } }),
    reply: { body: { Status: "Concluded", CallId: "x", SessionId: "a/b c", DurationSec: 5 } },
    sent: { none: true },
    resolves: { Status: "Concluded", CallId: "x", SessionId: "a/b c", DurationSec: 5 },
  },
  {
    op: "excludeCalls",
    url: "/callCapture/v1/status/exclude",
    call: (c) => c.excludeCalls({ body: { CallSessionIds: ["458789546"] } }),
    reply: { status: 200 },
    sent: { json: { CallSessionIds: ["458789546"] } },
    resolves: undefined,
  },
  {
    op: "uploadCase",
    url: "/caseCapture/v1",
    call: (c) => c.uploadCase({ body: v1Case() }),
    reply: { body: { ReferenceId: "CASE-00412", CaseId: "bbtkcdqmp", CollectionId: null } },
    sent: { json: v1Case() },
    resolves: { ReferenceId: "CASE-00412", CaseId: "bbtkcdqmp", CollectionId: null },
  },
  {
    op: "sendCallMetadata",
    url: "/callEvent/v1/outofband/event",
    call: (c) =>
      c.sendCallMetadata({
        body: { SessionId: "abc123", EventTime: "2018-10-15T09:00:00.000Z", Metadata: { a: 1 } },
      }),
    reply: { status: 200 },
    sent: {
      json: { SessionId: "abc123", EventTime: "2018-10-15T09:00:00.000Z", Metadata: { a: 1 } },
    },
    resolves: undefined,
  },
  {
    op: "sendMasterCallMetadata",
    url: "/callEvent/v1/outofband/mastercall",
    call: (c) =>
      c.sendMasterCallMetadata({
        body: { MasterCallId: "m-1", EventTime: "2024-05-02T15:04:10.250Z", Metadata: { d: "R" } },
      }),
    reply: { status: 200 },
    sent: {
      json: { MasterCallId: "m-1", EventTime: "2024-05-02T15:04:10.250Z", Metadata: { d: "R" } },
    },
    resolves: undefined,
  },
  {
    op: "sendCaseMetadata",
    url: "/callEvent/v1/outofband/case",
    call: (c) =>
      c.sendCaseMetadata({
        body: {
          CaseReferenceId: "CASE-1",
          EventTime: "2024-03-05T08:00:00Z",
          Metadata: { csat: 5 },
        },
      }),
    reply: { status: 200 },
    sent: {
      json: { CaseReferenceId: "CASE-1", EventTime: "2024-03-05T08:00:00Z", Metadata: { csat: 5 } },
    },
    resolves: undefined,
  },
  {
    op: "sendHeartbeat",
    url: "/callCapture/v1/monitor",
    call: (c) =>
      c.sendHeartbeat({
        body: { Status: 1, TimeStamp: "2024-05-02T15:00:00.000+00:00", Name: "REC-01" },
      }),
    reply: { status: 200 },
    sent: { json: { Status: 1, TimeStamp: "2024-05-02T15:00:00.000+00:00", Name: "REC-01" } },
    resolves: undefined,
  },
  {
    op: "listRecordingSettings",
    url: "/sources/v1/recordingSettings",
    call: (c) => c.listRecordingSettings({}),
    reply: {
      body: [
        { RefType: "agent", Source: "avaya-cm", LookupId: "4012", RecordingSetting: "Record" },
      ],
    },
    sent: { none: true },
    resolves: [
      { RefType: "agent", Source: "avaya-cm", LookupId: "4012", RecordingSetting: "Record" },
    ],
  },
  {
    op: "createCallShareToken",
    url: "/callShare/v1/token",
    call: (c) => c.createCallShareToken({ body: { CallId: "bbqfbbbow", Email: "a@example.com" } }),
    reply: {
      body: { callUrl: "https://x.creovai.io/share/1", expiration: "2024-05-02T23:00:00Z" },
    },
    sent: { json: { CallId: "bbqfbbbow", Email: "a@example.com" } },
    resolves: { callUrl: "https://x.creovai.io/share/1", expiration: "2024-05-02T23:00:00Z" },
  },
  {
    op: "purgeCalls",
    url: "/purge/v1/calls",
    call: (c) => c.purgeCalls({ body: { ids: ["CallId1", "BadCallId"] } }),
    reply: {
      body: {
        items: [
          { callId: "CallId1", sessionId: "s1", status: "Purging", errorMsg: null },
          { callId: "BadCallId", sessionId: null, status: "NotFound", errorMsg: null },
        ],
      },
    },
    sent: { json: { ids: ["CallId1", "BadCallId"] } },
    resolves: {
      items: [
        { callId: "CallId1", sessionId: "s1", status: "Purging", errorMsg: null },
        { callId: "BadCallId", sessionId: null, status: "NotFound", errorMsg: null },
      ],
    },
  },
  {
    op: "purgeCallsBySession",
    url: "/purge/v1/calls/sessions",
    call: (c) => c.purgeCallsBySession({ body: { ids: ["458789546"] } }),
    reply: { body: { items: [{ callId: "c", sessionId: "458789546", status: "Purging" }] } },
    sent: { json: { ids: ["458789546"] } },
    resolves: { items: [{ callId: "c", sessionId: "458789546", status: "Purging" }] },
  },
  {
    op: "purgeCallsByCustomer",
    url: "/purge/v1/calls/customer?whatIf=true",
    call: (c) =>
      c.purgeCallsByCustomer({ query: { whatIf: true }, body: { phoneNumber: "444-555-9876" } }),
    reply: { body: { items: [{ callId: "c", sessionId: "s", status: "WhatIf", errorMsg: null }] } },
    sent: { json: { phoneNumber: "444-555-9876" } },
    resolves: { items: [{ callId: "c", sessionId: "s", status: "WhatIf", errorMsg: null }] },
  },
  // ---- v2 ----
  {
    op: "captureCall",
    url: "/capture/v2/call",
    call: (c) => c.captureCall({ body: { info: v2CallInfo(), data: audioPart } }),
    reply: { body: { id: "bbqfbbbow" } },
    sent: { check: (req) => expectRecording(req, v2CallInfo(), "audio/wav") },
    resolves: { id: "bbqfbbbow" },
  },
  {
    op: "captureChat",
    url: "/capture/v2/chat",
    call: (c) => c.captureChat({ body: v2Chat() }),
    reply: { body: { id: "bbsnbcbe3" } },
    sent: { json: v2Chat() },
    resolves: { id: "bbsnbcbe3" },
  },
  {
    op: "captureCase",
    url: "/capture/v2/case",
    call: (c) => c.captureCase({ body: v2Case() }),
    reply: { body: { id: "bbtkcdqmp" } },
    sent: { json: v2Case() },
    resolves: { id: "bbtkcdqmp" },
  },
  {
    op: "sendCaptureHeartbeat",
    url: "/capture/v2/status/monitor",
    call: (c) =>
      c.sendCaptureHeartbeat({
        body: { status: "Warning", timeStamp: "2024-05-02T10:00:00-05:00", name: "REC-01" },
      }),
    reply: { status: 200 },
    sent: { json: { status: "Warning", timeStamp: "2024-05-02T10:00:00-05:00", name: "REC-01" } },
    resolves: undefined,
  },
  {
    op: "getSessionStatus",
    url: "/capture/v2/status/458789546",
    call: (c) => c.getSessionStatus({ path: { sessionId: "458789546" } }),
    reply: {
      body: { status: "Complete", id: "bbqfbbbow", sessionId: "458789546", durationSec: 58 },
    },
    sent: { none: true },
    resolves: { status: "Complete", id: "bbqfbbbow", sessionId: "458789546", durationSec: 58 },
  },
  {
    op: "getSessionStatuses",
    url: "/capture/v2/status",
    call: (c) => c.getSessionStatuses({ body: { sessionIds: ["458789546", "x"] } }),
    reply: {
      body: {
        sessions: [
          { status: "Concluded", id: "bbqfbbbow", sessionId: "458789546", durationSec: 58 },
          { status: "NotFound", id: "", sessionId: "x" },
        ],
      },
    },
    sent: { json: { sessionIds: ["458789546", "x"] } },
    resolves: {
      sessions: [
        { status: "Concluded", id: "bbqfbbbow", sessionId: "458789546", durationSec: 58 },
        { status: "NotFound", id: "", sessionId: "x" },
      ],
    },
  },
  {
    op: "excludeSession",
    url: "/capture/v2/status/exclude/458789546",
    call: (c) => c.excludeSession({ path: { sessionId: "458789546" } }),
    reply: { status: 204 },
    sent: { none: true },
    resolves: undefined,
  },
  {
    op: "excludeSessions",
    url: "/capture/v2/status/exclude",
    call: (c) => c.excludeSessions({ body: { sessionIds: ["458789546"] } }),
    reply: { status: 200 },
    sent: { json: { sessionIds: ["458789546"] } },
    resolves: undefined,
  },
  {
    op: "appendInteractionMetadata",
    url: "/capture/v2/outofband/interaction",
    call: (c) =>
      c.appendInteractionMetadata({
        body: {
          sessionId: "458789546",
          eventTime: "2024-05-02T14:50:00Z",
          metadata: { tier: "gold" },
        },
      }),
    reply: { status: 200 },
    sent: {
      json: {
        sessionId: "458789546",
        eventTime: "2024-05-02T14:50:00Z",
        metadata: { tier: "gold" },
      },
    },
    resolves: undefined,
  },
  {
    op: "appendMasterMetadata",
    url: "/capture/v2/outofband/master",
    call: (c) => c.appendMasterMetadata({ body: { masterId: "m-1", metadata: { code: "R" } } }),
    reply: { status: 200 },
    sent: { json: { masterId: "m-1", metadata: { code: "R" } } },
    resolves: undefined,
  },
  {
    op: "appendCaseMetadata",
    url: "/capture/v2/outofband/case",
    call: (c) =>
      c.appendCaseMetadata({ body: { caseReferenceId: "CASE-00412", metadata: { csatScore: 5 } } }),
    reply: { status: 200 },
    sent: { json: { caseReferenceId: "CASE-00412", metadata: { csatScore: 5 } } },
    resolves: undefined,
  },
  {
    op: "appendCollectionMetadata",
    url: "/capture/v2/outofband/collection",
    call: (c) =>
      c.appendCollectionMetadata({
        body: { collectionId: "ACC-20931", metadata: { accountStatus: "renewed" } },
      }),
    reply: { status: 200 },
    sent: { json: { collectionId: "ACC-20931", metadata: { accountStatus: "renewed" } } },
    resolves: undefined,
  },
  {
    op: "getInteraction",
    url: "/interactions/v2/flow-7?isFlow=true",
    call: (c) => c.getInteraction({ path: { id: "flow-7" }, query: { isFlow: true } }),
    reply: { body: interaction },
    sent: { none: true },
    resolves: interaction,
  },
  {
    op: "getInteractionAudio",
    url: "/interactions/v2/bbqfbbbow/audio.mp3",
    // Path-style with parseAs: the named method reads every 2xx body as JSON (see the report).
    call: async (c) => {
      const { data } = await c.GET("/interactions/v2/{id}/audio.mp3", {
        params: { path: { id: "bbqfbbbow" } },
        parseAs: "arrayBuffer",
      });
      return new Uint8Array(data!);
    },
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "audio/mpeg" });
      res.end(Buffer.from(AUDIO));
    },
    sent: { none: true },
    resolves: AUDIO,
  },
  {
    op: "createInteractionShareToken",
    url: "/Interactions/v2/token",
    call: (c) =>
      c.createInteractionShareToken({
        body: { email: "auditor@example.com", interactionId: "bbqfbbbow" },
      }),
    reply: { body: { expiration: "2024-05-02T23:00:00Z", shareUri: "https://x/share/1" } },
    sent: { json: { email: "auditor@example.com", interactionId: "bbqfbbbow" } },
    resolves: { expiration: "2024-05-02T23:00:00Z", shareUri: "https://x/share/1" },
  },
  {
    op: "purgeInteractions",
    url: "/interactions/v2/purge",
    call: (c) =>
      c.purgeInteractions({ body: { ids: ["bbqfbbbow"], allowIncompleteInteraction: true } }),
    reply: { body: { items: [{ id: "bbqfbbbow", sessionId: "458789546", status: "Purging" }] } },
    sent: { json: { ids: ["bbqfbbbow"], allowIncompleteInteraction: true } },
    resolves: { items: [{ id: "bbqfbbbow", sessionId: "458789546", status: "Purging" }] },
  },
  {
    op: "purgeInteractionsBySession",
    url: "/interactions/v2/purge/sessions",
    call: (c) => c.purgeInteractionsBySession({ body: { ids: ["458789546"] } }),
    reply: {
      body: { items: [{ id: "b", sessionId: "458789546", status: "Error", errorMsg: "busy" }] },
    },
    sent: { json: { ids: ["458789546"] } },
    resolves: { items: [{ id: "b", sessionId: "458789546", status: "Error", errorMsg: "busy" }] },
  },
  {
    op: "purgeInteractionsByCustomer",
    url: "/interactions/v2/purge/customer?whatIf=true",
    call: (c) =>
      c.purgeInteractionsByCustomer({
        query: { whatIf: true },
        body: { phoneNumbers: ["+14155550123"], emails: ["jane@example.com"] },
      }),
    reply: { body: purgeWhatIf },
    sent: { json: { phoneNumbers: ["+14155550123"], emails: ["jane@example.com"] } },
    resolves: purgeWhatIf,
  },
  {
    op: "listCategories",
    url: "/processing/v2/categories",
    call: (c) => c.listCategories({}),
    reply: { body: { results: [{ key: "BasicScore-1", categoryType: "BasicScore" }] } },
    sent: { none: true },
    resolves: { results: [{ key: "BasicScore-1", categoryType: "BasicScore" }] },
  },
  {
    op: "listCustomFields",
    url: "/processing/v2/customFields",
    call: (c) => c.listCustomFields({}),
    reply: { body: { customFields: [{ id: "cf-account", fieldType: "String" }] } },
    sent: { none: true },
    resolves: { customFields: [{ id: "cf-account", fieldType: "String" }] },
  },
  {
    op: "listParticipantRefTypes",
    url: "/processing/v2/ParticipantRefTypes",
    call: (c) => c.listParticipantRefTypes({}),
    reply: { body: { types: [{ id: "agent", sources: [], isInternal: true }] } },
    sent: { none: true },
    resolves: { types: [{ id: "agent", sources: [], isInternal: true }] },
  },
];

/** The spec's path template as a pattern for the path the server saw. */
function routeOf(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{[^}]+\}/g, "[^/]+")}$`);
}

describe("every operation has a case", () => {
  it("covers each operationId of the spec exactly once", () => {
    const covered = cases.map((c) => c.op).sort();
    expect(covered).toEqual(operations.map((op) => op.operationId).sort());
    expect(new Set(covered).size).toBe(cases.length);
    expect(cases).toHaveLength(37);
  });
});

describe.each(cases)("$op", ({ op, url, call, reply, handler, sent, resolves }) => {
  const spec = operations.find((o) => o.operationId === op)!;

  it(`${spec.method} ${spec.path}: sends the request the spec describes, resolves to the answer`, async () => {
    server.handle(handler ?? (() => ({ status: 200, ...reply })));
    const creovai = createCreovaiClient({ token: "creo-token", baseUrl: server.url, retry: false });
    await expect(call(creovai)).resolves.toEqual(resolves);

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe(spec.method);
    expect(req.path).toMatch(routeOf(spec.path));
    expect(req.url).toBe(url);
    // The token operation is the one that sends no bearer token.
    expect(req.headers.authorization).toBe(op === "getToken" ? undefined : "Bearer creo-token");
    if ("json" in sent) {
      expect(req.headers["content-type"]).toBe("application/json");
      expect(req.json()).toEqual(sent.json);
    } else if ("form" in sent) {
      expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(Object.fromEntries(new URLSearchParams(req.text))).toEqual(sent.form);
    } else if ("check" in sent) {
      await sent.check(req);
    } else {
      expect(req.headers["content-type"]).toBeUndefined();
      expect(req.body).toHaveLength(0);
    }
  });
});

describe("getInteractionAudio reads the exact bytes", () => {
  const mp3 = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + 7) % 256);
  it.each(["arrayBuffer", "stream", "blob"] as const)("with parseAs: %s", async (parseAs) => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "audio/mpeg" });
      res.end(Buffer.from(mp3));
    });
    const creovai = createCreovaiClient({ token: "creo-token", baseUrl: server.url });
    const { data, response } = await creovai.GET("/interactions/v2/{id}/audio.mp3", {
      params: { path: { id: "bbqfbbbow" } },
      parseAs,
    });
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    const bytes = new Uint8Array(await new Response(data as BodyInit).arrayBuffer());
    expect(bytes).toEqual(mp3);
    if (parseAs === "blob") expect((data as Blob).type).toBe("audio/mpeg");
  });
});

describe("purge whatIf", () => {
  it.each([
    ["whatIf=true lists what would be purged", { whatIf: true }, "?whatIf=true"],
    ["whatIf=false purges", { whatIf: false }, "?whatIf=false"],
    ["no whatIf sends no query", {}, ""],
  ])("%s", async (_name, query, search) => {
    server.handle(() => ({ body: { items: [] } }));
    const creovai = createCreovaiClient({ token: "creo-token", baseUrl: server.url });
    await creovai.purgeInteractionsByCustomer({ query, body: { emails: ["jane@example.com"] } });
    await creovai.purgeCallsByCustomer({ query, body: { phoneNumber: "444-555-9876" } });
    expect(server.requests.map((r) => r.url)).toEqual([
      `/interactions/v2/purge/customer${search}`,
      `/purge/v1/calls/customer${search}`,
    ]);
  });
});
