// The Dixa -> Zendesk QA move: the conversion (a table, each result checked against the Klaus spec's
// TicketImport schema), and the job against the mocks, asserting what the Klaus mock received.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DixaConversation, DixaConversationRating, DixaMessage } from "@cxkit/dixa";
import type { KlausImportTicket } from "@cxkit/klaus";
import { mockDixa, mockKlaus, vendorSpecs } from "@cxkit/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  dixaConversationToQaTicket,
  type DixaConversationParts,
} from "../src/dixa-to-zendesk-qa.js";
import { resolveDixaToQaConfig, runDixaToZendeskQa } from "../src/run-dixa-to-zendesk-qa.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...vendorSpecs.klaus.spec, $id: "klaus" });
const validTicket = ajv.compile({ $ref: "klaus#/components/schemas/TicketImport" });

const CUSTOMER = "c0000000-0000-4000-8000-000000000001";
const AGENT = "a0000000-0000-4000-8000-000000000002";

const emailConversation: DixaConversation = {
  id: 4711,
  requesterId: CUSTOMER,
  channel: "Email",
  createdAt: "2024-05-02T09:15:00Z",
  state: "Closed",
  stateUpdatedAt: "2024-05-02T11:40:00.250Z[GMT]",
  assignment: { agentId: AGENT, assignedAt: "2024-05-02T09:20:00Z" },
  toEmail: "support@acme.example",
  fromEmail: "priya@example.com",
  integrationEmail: "support@acme.email.dixa.io",
  subject: "Refund for order 10-2291",
  customAttributes: [
    {
      id: "e14708a6-eed9-495c-9d88-c72331e9e247",
      name: "Queue",
      identifier: "queue",
      value: "Billing",
    },
    {
      id: "e14708a6-eed9-495c-9d88-c72331e9e248",
      name: "Topic",
      identifier: "topic",
      value: ["refund", "damaged"],
    },
  ],
  _type: "EmailConversation",
};

const email = (
  id: string,
  at: string,
  from: string,
  text: string,
  inbound: boolean,
): DixaMessage => ({
  id,
  authorId: inbound ? CUSTOMER : AGENT,
  createdAt: at,
  attributes: {
    emailContent: { content: { value: text, _type: "Text" }, _type: "Regular" },
    from: { email: from },
    isAutoReply: false,
    direction: inbound ? "Inbound" : "Outbound",
    _type: "EmailAttributes",
  },
});

const rating = (
  status: DixaConversationRating["ratingStatus"],
  score?: number,
  comment?: string,
): DixaConversationRating => ({
  id: `r-${status}`,
  ratingType: "Csat",
  conversationChannel: "Email",
  userId: CUSTOMER,
  ratingStatus: status,
  timestamps: {},
  ...(score === undefined ? {} : { ratingScore: score }),
  ...(comment === undefined ? {} : { ratingComment: comment }),
});

const parts = (over: Partial<DixaConversationParts> = {}): DixaConversationParts => ({
  conversation: emailConversation,
  messages: [
    email("m2", "2024-05-02T10:05:00Z", "jonas@acme.example", "Your refund is on its way.", false),
    email(
      "m1",
      "2024-05-02T09:15:00.581Z[GMT]",
      "priya@example.com",
      "My kettle arrived cracked.",
      true,
    ),
  ],
  notes: [
    {
      id: "n1",
      authorId: AGENT,
      createdAt: "2024-05-02T10:02:00Z",
      csid: 4711,
      message: "Damage confirmed.",
    },
  ],
  ratings: [rating("Rated", 4, "Quick answer")],
  people: {
    [CUSTOMER]: { name: "Priya Nair", email: "priya.nair@example.com", agent: false },
    [AGENT]: { name: "Jonas Berg", email: "jonas.berg@acme.example", agent: true },
  },
  ...over,
});

describe("dixaConversationToQaTicket", () => {
  it("maps a closed e-mail conversation: messages, notes as private comments, CSAT, fields", () => {
    const ticket = dixaConversationToQaTicket(parts(), {
      url: "https://acme.dixa.com/conversation/4711",
    });
    expect(ticket).toEqual({
      id: "4711",
      subject: "Refund for order 10-2291",
      created: "2024-05-02T09:15:00Z",
      updated: "2024-05-02T11:40:00.250Z",
      closed: "2024-05-02T11:40:00.250Z",
      status: "Closed",
      channel: "Email",
      assigneeEmail: "jonas.berg@acme.example",
      assigneeName: "Jonas Berg",
      customerName: "Priya Nair",
      customerEmail: "priya.nair@example.com",
      url: "https://acme.dixa.com/conversation/4711",
      satisfactionScore: "4",
      satisfactionComment: "Quick answer",
      ticketFields: [
        { id: "queue", label: "Queue", values: [{ label: "Billing", value: "Billing" }] },
        {
          id: "topic",
          label: "Topic",
          values: [
            { label: "refund", value: "refund" },
            { label: "damaged", value: "damaged" },
          ],
        },
      ],
      comments: [
        // Oldest first, whatever order Dixa listed them in; the e-mail's own sender wins.
        {
          id: "m1",
          authorName: "Priya Nair",
          authorEmail: "priya@example.com",
          authorIsNotClient: false,
          public: true,
          comment: "My kettle arrived cracked.",
          created: "2024-05-02T09:15:00.581Z",
        },
        {
          id: "n1",
          authorName: "Jonas Berg",
          authorEmail: "jonas.berg@acme.example",
          authorIsNotClient: true,
          public: false,
          comment: "Damage confirmed.",
          created: "2024-05-02T10:02:00Z",
        },
        {
          id: "m2",
          authorName: "Jonas Berg",
          authorEmail: "jonas@acme.example",
          authorIsNotClient: true,
          public: true,
          comment: "Your refund is on its way.",
          created: "2024-05-02T10:05:00Z",
        },
      ],
    });
    expect(validTicket(ticket), JSON.stringify(validTicket.errors)).toBe(true);
  });

  it.each<[string, Partial<DixaConversationParts>, Partial<KlausImportTicket>]>([
    [
      "no rating: no CSAT fields",
      { ratings: [] },
      { satisfactionScore: undefined, satisfactionComment: undefined },
    ],
    [
      "a rated answer wins over an offered one",
      { ratings: [rating("Offered", 2), rating("Rated", 5)] },
      { satisfactionScore: "5", satisfactionComment: undefined },
    ],
    [
      "an NPS rating is not CSAT",
      { ratings: [{ ...rating("Rated", 9), ratingType: "Nps" }] },
      { satisfactionScore: undefined },
    ],
    [
      "an open chat: no closed time, a made-up subject, unknown people left without names",
      {
        conversation: {
          id: 9,
          requesterId: CUSTOMER,
          channel: "WidgetChat",
          createdAt: "2024-05-02T09:15:00Z",
          state: "Open",
          _type: "ChatConversation",
        },
        people: {},
      },
      {
        subject: "Dixa WidgetChat conversation 9",
        closed: undefined,
        assigneeEmail: undefined,
        customerName: undefined,
        ticketFields: undefined,
      },
    ],
  ])("%s", (_name, over, want) => {
    const ticket = dixaConversationToQaTicket(parts(over));
    for (const [key, value] of Object.entries(want)) {
      expect(ticket[key as keyof KlausImportTicket], key).toEqual(value);
      if (value === undefined) expect(ticket).not.toHaveProperty(key);
    }
    expect(validTicket(ticket), JSON.stringify(validTicket.errors)).toBe(true);
  });

  it("imports a call with its direction and duration, and a recording", () => {
    const call: DixaMessage = {
      id: "p1",
      authorId: AGENT,
      createdAt: "2024-05-06T13:20:05Z",
      attributes: {
        from: "+4520304050",
        to: "+4570201043",
        direction: "Inbound",
        duration: 312,
        _type: "PhoneAttributes",
      },
    };
    const recording: DixaMessage = {
      id: "p2",
      authorId: AGENT,
      createdAt: "2024-05-06T13:25:17Z",
      attributes: {
        recording: "https://files.dixa.io/r/p1.mp3",
        duration: 312,
        _type: "CallRecordingAttributes",
      },
    };
    const ticket = dixaConversationToQaTicket(parts({ messages: [call, recording], notes: [] }));
    expect(ticket.comments).toEqual([
      expect.objectContaining({
        id: "p1",
        comment: "Call from +4520304050 to +4570201043",
        callDuration: 312,
        callDirection: "inbound",
      }),
      expect.objectContaining({
        id: "p2",
        recordingUrl: "https://files.dixa.io/r/p1.mp3",
        callDuration: 312,
      }),
    ]);
    expect(validTicket(ticket), JSON.stringify(validTicket.errors)).toBe(true);
  });
});

describe("runDixaToZendeskQa with no credentials (mock servers)", () => {
  it("imports the conversation in one request and reads it back, printing each step", async () => {
    const lines: string[] = [];
    const result = await runDixaToZendeskQa({ env: {}, print: (line) => lines.push(line) });
    expect(result.targets).toEqual({ dixa: "mock", klaus: "mock" });

    const klaus = result.mockRequests.klaus!;
    expect(klaus.map((r) => [r.operationId, r.valid, r.status])).toEqual([
      ["importTickets", true, 200],
      ["getImportedTicket", true, 200],
    ]);
    // One import request: the conversation with its one message and two notes, and the rating as CSAT
    // (the Dixa mock serves its spec's examples: rating 4, "Super good!").
    const { data } = klaus[0]!.body as { data: KlausImportTicket[] };
    expect(data).toHaveLength(1);
    const imported = data[0]!;
    expect(imported).toEqual(result.ticket);
    expect(imported.id).toBe("1");
    expect(imported.satisfactionScore).toBe("4");
    expect(imported.satisfactionComment).toBe("Super good!");
    expect(imported.comments!.map((c) => [c.id, c.public, c.comment])).toEqual([
      ["3346b99c-8128-4276-ac40-5f30c959e5e7", false, "A note to remember"],
      ["22b8e6b6-4576-4dc0-ab05-60f81e8b0708", false, "A note to forget"],
      ["11b95893-0514-4606-a5d8-1880172b3a55", true, "Thanks, your refund is on its way."],
    ]);
    expect(klaus[0]!.headers.authorization).toBe("Bearer mock-klaus-token");

    // The read-back: by the ticket's id, answering what was imported.
    expect(klaus[1]!.path).toBe("/api/import/tickets/1");
    expect(result.readBack.externalId).toBe("1");
    expect(result.readBack.comments!.map((c) => c.externalId)).toEqual(
      imported.comments!.map((c) => c.id),
    );
    expect(result.missingComments).toEqual([]);

    expect(result.mockRequests.dixa!.map((r) => r.operationId)).toEqual([
      "getConversation",
      "listMessages",
      "listInternalNotes",
      "listRatings",
      "getEndUser",
      "getAgent",
      "getAgent",
      "getAgent",
      "getAgent",
    ]);
    const output = lines.join("\n");
    for (const expected of [
      "-> Dixa getConversation: GET /v1/conversations/1",
      "-> Zendesk QA importTickets(): POST /api/import/tickets (1 ticket, 3 comments)",
      "   got:  accepted, 1/1 ticket(s)",
      "-> Zendesk QA getImportedTicket: GET /api/import/tickets/1",
      "done: Dixa conversation 1 is Zendesk QA ticket 1 (1 import request; read back 3 comment(s), 2 internal note(s))",
    ]) {
      expect(output).toContain(expected);
    }
  });
});

describe("runDixaToZendeskQa with credentials (real vendors)", () => {
  it("uses the environment's credentials and hosts, and reports comments missing from the read-back", async () => {
    const dixa = await mockDixa({ credentials: { apiKey: "d-key" } });
    const klaus = await mockKlaus({ credentials: { token: "k-tok" } });
    try {
      const result = await runDixaToZendeskQa({
        env: {
          DIXA_API_KEY: "d-key",
          DIXA_CONVERSATION_ID: "4711",
          DIXA_BASE_URL: dixa.url,
          KLAUS_TOKEN: "k-tok",
          KLAUS_SUBDOMAIN: "acme",
          KLAUS_BASE_URL: klaus.url,
        },
        print: () => {},
      });
      expect(result.targets).toEqual({ dixa: "live", klaus: "live" });
      expect(result.mockRequests).toEqual({});
      expect(dixa.requests[0]!.path).toBe("/v1/conversations/4711");
      expect(klaus.requests.map((r) => [r.operationId, r.valid])).toEqual([
        ["importTickets", true],
        ["getImportedTicket", true],
      ]);
      expect(klaus.requests[0]!.headers.authorization).toBe("Bearer k-tok");
      // This stand-in answers the spec's example ticket, not ours: the job says what did not come back.
      expect(result.readBack.externalId).toBe("48213");
      expect(result.missingComments).toEqual(result.ticket.comments!.map((c) => c.id));
    } finally {
      await Promise.all([dixa.close(), klaus.close()]);
    }
  });

  it.each([
    [
      { DIXA_API_KEY: "k" },
      "Dixa is used for real (its credentials are set) but DIXA_CONVERSATION_ID is not set",
    ],
    [
      { KLAUS_TOKEN: "t" },
      "Zendesk QA is used for real (KLAUS_TOKEN is set) but KLAUS_SUBDOMAIN is not set (acme for acme.zendesk.com)",
    ],
    [{ DIXA_API_KEY: "k", DIXA_CONVERSATION_ID: "x" }, "DIXA_CONVERSATION_ID must be a number"],
  ])("refuses a half-set environment %j, naming what is missing", (env, message) => {
    expect(() => resolveDixaToQaConfig(env)).toThrow(`[@cxkit/examples] ${message}`);
  });

  it("takes KLAUS_SUBDOMAIN as the client's subdomain", () => {
    expect(resolveDixaToQaConfig({ KLAUS_TOKEN: "t", KLAUS_SUBDOMAIN: "acme" }).klaus).toEqual({
      live: true,
      token: "t",
      subdomain: "acme",
    });
  });
});

describe("node dist/main.js (what `npm run example` runs)", () => {
  it("runs the Dixa -> Zendesk QA job after the main job", async () => {
    const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/main.js");
    if (!existsSync(main)) throw new Error(`${main} is missing: build @cxkit/examples first`);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(DIXA|KLAUS|HAPTIK|CREOVAI)_/.test(name)),
    );
    const child = spawn(process.execPath, [main], { env });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, out).toBe(0);
    expect(out.indexOf("done: Creovai call")).toBeGreaterThan(-1);
    expect(out.indexOf("done: Dixa conversation 1 is Zendesk QA ticket 1")).toBeGreaterThan(
      out.indexOf("done: Creovai call"),
    );
  });
});
