import { createDixaClient, unwrap, type DixaClient } from "@cxkit/dixa";
import {
  createKlausClient,
  importTickets,
  type KlausImportedTicket,
  type KlausImportTicket,
} from "@cxkit/klaus";
import { mockDixa, mockKlaus, type DixaMockServer, type KlausMockServer } from "@cxkit/testing";
import type { RecordedRequest } from "@cxkit/testing";
import { dixaConversationToQaTicket, type DixaPerson } from "./dixa-to-zendesk-qa.js";
import type { ExampleEnv, RunExampleOptions } from "./run-example.js";

/** What {@link runDixaToZendeskQa} did. */
export interface DixaToZendeskQaResult {
  /** Which vendors were mocked and which were real. */
  targets: { dixa: "mock" | "live"; klaus: "mock" | "live" };
  /** The ticket imported into Zendesk QA. */
  ticket: KlausImportTicket;
  /** The ticket as Zendesk QA answered it back (`getImportedTicket`). */
  readBack: KlausImportedTicket;
  /** Comment ids that were imported but not in the read-back (empty when everything arrived). */
  missingComments: string[];
  /** The requests each mock server received, for the vendors that were mocked. */
  mockRequests: { dixa?: RecordedRequest[]; klaus?: RecordedRequest[] };
}

const MOCK = { dixa: { apiKey: "mock-dixa-key" }, klaus: { token: "mock-klaus-token" } } as const;
// The conversation of the Dixa spec's examples, which the mock serves.
const MOCK_CONVERSATION_ID = 1;

interface Config {
  dixa: { live: boolean; apiKey: string; conversationId: number; baseUrl?: string };
  klaus: { live: boolean; token: string; subdomain?: string; baseUrl?: string };
}

function refuse(message: string): never {
  throw new Error(`[@cxkit/examples] ${message}`);
}

/** Read the environment: a vendor is real when its credentials are set, mocked when none are. */
export function resolveDixaToQaConfig(env: ExampleEnv): Config {
  const get = (name: string) => env[name]?.trim() || undefined;
  const dixaKey = get("DIXA_API_KEY");
  if (dixaKey && !get("DIXA_CONVERSATION_ID")) {
    refuse("Dixa is used for real (its credentials are set) but DIXA_CONVERSATION_ID is not set");
  }
  const conversationId = Number(get("DIXA_CONVERSATION_ID") ?? MOCK_CONVERSATION_ID);
  if (!Number.isInteger(conversationId)) refuse("DIXA_CONVERSATION_ID must be a number");
  const klausToken = get("KLAUS_TOKEN");
  if (klausToken && !get("KLAUS_SUBDOMAIN") && !get("KLAUS_BASE_URL")) {
    refuse(
      "Zendesk QA is used for real (KLAUS_TOKEN is set) but KLAUS_SUBDOMAIN is not set (acme for acme.zendesk.com)",
    );
  }
  const dixaBase = get("DIXA_BASE_URL");
  const klausBase = get("KLAUS_BASE_URL");
  const subdomain = get("KLAUS_SUBDOMAIN");
  return {
    dixa: {
      live: dixaKey !== undefined,
      apiKey: dixaKey ?? MOCK.dixa.apiKey,
      conversationId,
      ...(dixaBase ? { baseUrl: dixaBase } : {}),
    },
    klaus: {
      live: klausToken !== undefined,
      token: klausToken ?? MOCK.klaus.token,
      ...(subdomain ? { subdomain } : {}),
      ...(klausBase ? { baseUrl: klausBase } : {}),
    },
  };
}

const show = (value: unknown, max = 600): string => {
  const text = JSON.stringify(value ?? null);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
};

// The mock is stateless: it answers every read with the spec's example. So that the read-back shows this
// conversation, it answers getImportedTicket from the import it received, with the fields Zendesk QA
// answers (ImportedTicket), as the real service does.
function answerReadsFromImports(mock: KlausMockServer): void {
  mock.respond("getImportedTicket", (req) => {
    const t = mock
      .requestsOf("importTickets")
      .flatMap((r) => (r.body as { data: KlausImportTicket[] }).data)
      .findLast((ticket) => ticket.id === req.pathParams.ticketExternalId);
    if (!t) return { status: 404, body: { code: 5, message: "ticket not found", details: [] } };
    const imported = new Date().toISOString();
    const readBack: KlausImportedTicket = {
      externalId: t.id,
      internalId: 918273645012,
      subject: t.subject,
      description: t.description,
      created: t.created,
      updated: t.updated,
      imported,
      status: t.status,
      assigneeEmail: t.assigneeEmail,
      assigneeName: t.assigneeName,
      customerName: t.customerName,
      customerEmail: t.customerEmail,
      url: t.url,
      tags: t.tags,
      ticketFields: t.ticketFields,
      comments: (t.comments ?? []).map((c, i) => ({
        externalId: c.id,
        internalId: 918273645101 + i,
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        public: c.public,
        comment: c.comment,
        created: c.created,
        updated: c.updated,
        imported,
        recordingUrl: c.recordingUrl,
        attachmentUrl: c.attachmentUrl,
        attachmentName: c.attachmentName,
        callDuration: c.callDuration === undefined ? undefined : Number(c.callDuration),
      })),
    };
    return { body: readBack };
  });
}

type Print = (line: string) => void;
type CallResult<T> = { data?: T; error?: unknown; response: Response };

/** The people of a conversation by Dixa user id: the requester as end user, everyone else as agent. */
async function lookUpPeople(
  dixa: DixaClient,
  requesterId: string,
  ids: Iterable<string>,
  print: Print,
): Promise<Record<string, DixaPerson>> {
  const people: Record<string, DixaPerson> = {};
  for (const id of new Set([requesterId, ...ids])) {
    const endUser = id === requesterId;
    print(
      `\n-> Dixa ${endUser ? "getEndUser" : "getAgent"}: GET /v1/${endUser ? "endusers" : "agents"}/${id}`,
    );
    const { data, error, response } = endUser
      ? await dixa.GET("/v1/endusers/{userId}", { params: { path: { userId: id } } })
      : await dixa.GET("/v1/agents/{agentId}", { params: { path: { agentId: id } } });
    print(`   got:  ${response.status} ${show(data ?? error ?? "")}`);
    // Someone Dixa no longer knows (a deleted agent) is imported without a name, not a failure.
    if (data) people[id] = { name: data.data.displayName, email: data.data.email, agent: !endUser };
  }
  return people;
}

/** Print a request and its answer the way the main job does; resolves to the 2xx body. */
async function step<T>(print: Print, label: string, request: string, call: Promise<CallResult<T>>) {
  print(`\n-> ${label}: ${request}`);
  const result = await call;
  print(`   got:  ${result.response.status} ${show(result.data ?? result.error ?? "")}`);
  return unwrap(result);
}

/** 1. The conversation, its messages, notes and ratings, and who wrote them. */
async function readDixaConversation(dixa: DixaClient, conversationId: number, print: Print) {
  const params = { path: { conversationId } };
  const base = `GET /v1/conversations/${conversationId}`;
  const { data: conversation } = await step(
    print,
    "Dixa getConversation",
    base,
    dixa.GET("/v1/conversations/{conversationId}", { params }),
  );
  const { data: messages = [] } = await step(
    print,
    "Dixa listMessages",
    `${base}/messages`,
    dixa.GET("/v1/conversations/{conversationId}/messages", { params }),
  );
  const { data: notes = [] } = await step(
    print,
    "Dixa listInternalNotes",
    `${base}/notes`,
    dixa.GET("/v1/conversations/{conversationId}/notes", { params }),
  );
  const { data: ratings = [] } = await step(
    print,
    "Dixa listRatings",
    `${base}/ratings`,
    dixa.GET("/v1/conversations/{conversationId}/ratings", { params }),
  );
  const assignee = "assignment" in conversation ? conversation.assignment?.agentId : undefined;
  const writers = [...messages.map((m) => m.authorId), ...notes.map((n) => n.authorId)];
  const people = await lookUpPeople(
    dixa,
    conversation.requesterId,
    [...(assignee ? [assignee] : []), ...writers],
    print,
  );
  return { conversation, messages, notes, ratings, people };
}

/** Every request a mock saw, or an error listing those the vendor's spec refuses. */
function mockRequestsOf(mocks: Mocks): DixaToZendeskQaResult["mockRequests"] {
  const out: DixaToZendeskQaResult["mockRequests"] = {};
  const invalid: string[] = [];
  for (const vendor of ["dixa", "klaus"] as const) {
    const mock = mocks[vendor];
    if (!mock) continue;
    out[vendor] = [...mock.requests];
    for (const r of mock.requests) {
      if (r.valid !== true) invalid.push(`${vendor} ${r.method} ${r.url}: ${r.problem}`);
    }
  }
  if (invalid.length > 0) {
    throw new Error(
      `[@cxkit/examples] requests the vendor specs refuse:\n  ${invalid.join("\n  ")}`,
    );
  }
  return out;
}

interface Mocks {
  dixa?: DixaMockServer;
  klaus?: KlausMockServer;
}

/**
 * The second job of `npm run example`: move one Dixa conversation (messages, internal notes, CSAT) into
 * Zendesk QA with `importTickets()`, then read it back with `getImportedTicket` to check it arrived. Each
 * vendor is real when its credentials are in `env` (Dixa: `DIXA_API_KEY` + `DIXA_CONVERSATION_ID`; Zendesk
 * QA: `KLAUS_TOKEN` + `KLAUS_SUBDOMAIN`), otherwise a @cxkit/testing mock on 127.0.0.1. Prints every request
 * and answer; rejects on the first failure and when a mock saw a request the vendor's spec refuses.
 */
export async function runDixaToZendeskQa(
  options: RunExampleOptions = {},
): Promise<DixaToZendeskQaResult> {
  const print = options.print ?? ((line: string) => console.log(line));
  const config = resolveDixaToQaConfig(options.env ?? process.env);
  const mocks: Mocks = {};
  try {
    if (!config.dixa.live) mocks.dixa = await mockDixa({ credentials: MOCK.dixa });
    if (!config.klaus.live) {
      mocks.klaus = await mockKlaus({ credentials: MOCK.klaus });
      answerReadsFromImports(mocks.klaus);
    }
    const dixaBase = mocks.dixa?.url ?? config.dixa.baseUrl;
    const dixa = createDixaClient({
      apiKey: config.dixa.apiKey,
      ...(dixaBase ? { baseUrl: dixaBase } : {}),
    });
    // Zendesk QA's host is https://<subdomain>.zendesk.com/qa; a mock (or KLAUS_BASE_URL) replaces it.
    const klausBase = mocks.klaus?.url ?? config.klaus.baseUrl;
    const klaus = createKlausClient({
      token: config.klaus.token,
      ...(config.klaus.subdomain ? { subdomain: config.klaus.subdomain } : {}),
      ...(klausBase ? { baseUrl: klausBase } : {}),
    });
    print("\ncxkit example: a Dixa conversation -> Zendesk QA (importTickets), read back");
    for (const [vendor, mock] of [
      ["dixa", mocks.dixa],
      ["zendesk qa", mocks.klaus],
    ] as const) {
      const where = mock
        ? `mock server ${mock.url} (no credentials set)`
        : "live API (credentials from the environment)";
      print(`  ${vendor.padEnd(10)} ${where}`);
    }

    const conversationId = config.dixa.conversationId;
    const parts = await readDixaConversation(dixa, conversationId, print);

    // 2. Into Zendesk QA. importTickets() checks the ticket (ids, <= 500 comments) before sending.
    const ticket = dixaConversationToQaTicket(parts);
    const count = ticket.comments?.length ?? 0;
    print(
      `\n-> Zendesk QA importTickets(): POST /api/import/tickets (1 ticket, ${count} comments)`,
    );
    print(`   sent: ${show({ data: [ticket] })}`);
    const summary = await importTickets(klaus, [ticket], {
      onProgress: ({ sent, total }) => print(`   got:  accepted, ${sent}/${total} ticket(s)`),
    });

    // 3. Read it back: did every comment arrive?
    const readBack = await step(
      print,
      "Zendesk QA getImportedTicket",
      `GET /api/import/tickets/${ticket.id}`,
      klaus.GET("/api/import/tickets/{ticketExternalId}", {
        params: { path: { ticketExternalId: ticket.id } },
      }),
    );
    const back = readBack.comments ?? [];
    const arrived = new Set(back.map((c) => c.externalId));
    const missingComments = (ticket.comments ?? [])
      .map((c) => c.id)
      .filter((id) => !arrived.has(id));
    const mockRequests = mockRequestsOf(mocks);
    print(
      `\ndone: Dixa conversation ${conversationId} is Zendesk QA ticket ${readBack.externalId} ` +
        `(${summary.requests} import request; read back ${back.length} comment(s), ` +
        `${back.filter((c) => c.public === false).length} internal note(s)` +
        (missingComments.length > 0 ? `; not there yet: ${missingComments.join(", ")}` : "") +
        ")",
    );
    return {
      targets: {
        dixa: config.dixa.live ? "live" : "mock",
        klaus: config.klaus.live ? "live" : "mock",
      },
      ticket,
      readBack,
      missingComments,
      mockRequests,
    };
  } finally {
    await Promise.all([mocks.dixa?.close(), mocks.klaus?.close()]);
  }
}
