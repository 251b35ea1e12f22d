import { chatCallId, createCreovaiClient, type CreovaiChatCall } from "@cxkit/creovai";
import { createDixaClient, unwrap } from "@cxkit/dixa";
import { createHaptikClient } from "@cxkit/haptik";
import { createKlausClient } from "@cxkit/klaus";
import {
  mockCreovai,
  mockDixa,
  mockHaptik,
  mockKlaus,
  type MockServer,
  type RecordedRequest,
} from "@cxkit/testing";
import { haptikTranscriptToChatCall } from "./haptik-to-creovai.js";

/** The four vendors the example talks to. */
export type Vendor = "haptik" | "creovai" | "klaus" | "dixa";

/** Environment variables (`process.env` by default). */
export type ExampleEnv = Record<string, string | undefined>;

/** Options of {@link runExample}. */
export interface RunExampleOptions {
  /** Where credentials and ids come from. Default `process.env`. */
  env?: ExampleEnv;
  /** Receives each output line. Default `console.log`. */
  print?: (line: string) => void;
}

/** What {@link runExample} did. */
export interface ExampleResult {
  /** Which vendors were mocked and which were real. */
  targets: Record<Vendor, "mock" | "live">;
  /** The ChatCall uploaded to Creovai. */
  chatCall: CreovaiChatCall;
  /** The Creovai call id of the upload. */
  callId: string;
  /** The CSAT sent to Klaus (undefined when the Dixa conversation has no CSAT rating). */
  csat: { score: number; comment?: string } | undefined;
  /** The id of the Dixa internal note. */
  noteId: string;
  /** The requests each mock server received, for the vendors that were mocked. */
  mockRequests: Partial<Record<Vendor, RecordedRequest[]>>;
}

// Credentials the example's clients use against the mocks; the mocks accept only these, so a client
// that sent its credentials wrongly would fail here too.
const MOCK = {
  haptik: { token: "mock-haptik-token", clientId: "mock-haptik-client" },
  creovai: { token: "mock-creovai-token" },
  klaus: { token: "mock-klaus-token" },
  dixa: { apiKey: "mock-dixa-key" },
} as const;

// The chat to pull when Haptik is mocked: the identifiers of the Haptik spec's own example.
const MOCK_IDS = {
  businessId: "1234",
  userName: "ab112468917fgghdebc",
  conversationNo: 2,
  klausConnectionId: "mock-connection",
  dixaConversationId: 1,
  creovaiInstance: "yourinstance",
};

interface Config {
  haptik: { live: boolean; token: string; clientId: string; baseUrl?: string };
  chat: { businessId: string; userName: string; conversationNo: number };
  creovai: {
    live: boolean;
    token?: string;
    clientId?: string;
    clientSecret?: string;
    instance: string;
    baseUrl?: string;
  };
  klaus: { live: boolean; token: string; connectionId: string; baseUrl?: string };
  dixa: { live: boolean; apiKey: string; conversationId: number; baseUrl?: string };
}

function configError(message: string): never {
  throw new Error(`[@cxkit/examples] ${message}`);
}

/** Read the environment: a vendor is real when its credentials are set, mocked when none are. */
export function resolveConfig(env: ExampleEnv): Config {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const need = (vendor: string, names: string[]) => {
    const missing = names.filter((n) => get(n) === undefined);
    if (missing.length > 0) {
      configError(
        `${vendor} is used for real (its credentials are set) but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set`,
      );
    }
  };

  const haptikVars = ["HAPTIK_TOKEN", "HAPTIK_CLIENT_ID", "HAPTIK_BASE_URL"];
  const haptikSet = haptikVars.filter((n) => get(n) !== undefined);
  const haptikLive = haptikSet.length > 0;
  if (haptikLive)
    need("Haptik", [
      ...haptikVars,
      "HAPTIK_BUSINESS_ID",
      "HAPTIK_USER_NAME",
      "HAPTIK_CONVERSATION_NO",
    ]);
  const conversationNo = Number(get("HAPTIK_CONVERSATION_NO") ?? MOCK_IDS.conversationNo);
  if (!Number.isInteger(conversationNo)) configError("HAPTIK_CONVERSATION_NO must be a number");

  const creovaiLive =
    get("CREOVAI_TOKEN") !== undefined ||
    get("CREOVAI_CLIENT_ID") !== undefined ||
    get("CREOVAI_CLIENT_SECRET") !== undefined;
  if (creovaiLive && get("CREOVAI_TOKEN") === undefined)
    need("Creovai", ["CREOVAI_CLIENT_ID", "CREOVAI_CLIENT_SECRET"]);
  if (
    creovaiLive &&
    get("CREOVAI_INSTANCE") === undefined &&
    get("CREOVAI_BASE_URL") === undefined
  ) {
    need("Creovai", ["CREOVAI_INSTANCE"]);
  }

  const klausLive = get("KLAUS_TOKEN") !== undefined;
  if (klausLive) need("Klaus", ["KLAUS_CONNECTION_ID"]);

  const dixaLive = get("DIXA_API_KEY") !== undefined;
  if (dixaLive) need("Dixa", ["DIXA_CONVERSATION_ID"]);
  const dixaConversationId = Number(get("DIXA_CONVERSATION_ID") ?? MOCK_IDS.dixaConversationId);
  if (!Number.isInteger(dixaConversationId)) configError("DIXA_CONVERSATION_ID must be a number");

  const optional = <K extends string>(key: K, value: string | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
  return {
    haptik: {
      live: haptikLive,
      token: get("HAPTIK_TOKEN") ?? MOCK.haptik.token,
      clientId: get("HAPTIK_CLIENT_ID") ?? MOCK.haptik.clientId,
      ...optional("baseUrl", get("HAPTIK_BASE_URL")),
    },
    chat: {
      businessId: get("HAPTIK_BUSINESS_ID") ?? MOCK_IDS.businessId,
      userName: get("HAPTIK_USER_NAME") ?? MOCK_IDS.userName,
      conversationNo,
    },
    creovai: {
      live: creovaiLive,
      ...(creovaiLive
        ? {
            ...optional("token", get("CREOVAI_TOKEN")),
            ...optional("clientId", get("CREOVAI_CLIENT_ID")),
            ...optional("clientSecret", get("CREOVAI_CLIENT_SECRET")),
          }
        : { token: MOCK.creovai.token }),
      instance: get("CREOVAI_INSTANCE") ?? MOCK_IDS.creovaiInstance,
      ...optional("baseUrl", get("CREOVAI_BASE_URL")),
    },
    klaus: {
      live: klausLive,
      token: get("KLAUS_TOKEN") ?? MOCK.klaus.token,
      connectionId: get("KLAUS_CONNECTION_ID") ?? MOCK_IDS.klausConnectionId,
      ...optional("baseUrl", get("KLAUS_BASE_URL")),
    },
    dixa: {
      live: dixaLive,
      apiKey: get("DIXA_API_KEY") ?? MOCK.dixa.apiKey,
      conversationId: dixaConversationId,
      ...optional("baseUrl", get("DIXA_BASE_URL")),
    },
  };
}

function show(value: unknown, max = 600): string {
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value ?? null);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

interface CallResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The main job, as our users run it: pull a Haptik chat transcript, upload it to Creovai as a
 * ChatCall, send the CSAT of the Dixa conversation it was handed over to to Klaus, and add a Dixa
 * internal note linking the Creovai call. Each vendor is real when its credentials are in `env`
 * (see the README), otherwise a @cxkit/testing mock server on 127.0.0.1 stands in for it. Prints
 * every request it sends and what came back; rejects on the first failure (and when a mock saw a
 * request that does not match the vendor's spec).
 */
export async function runExample(options: RunExampleOptions = {}): Promise<ExampleResult> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => console.log(line));
  const config = resolveConfig(env);
  const mocks: Partial<Record<Vendor, MockServer<any>>> = {};

  async function step<T>(
    label: string,
    request: string,
    sent: unknown,
    call: Promise<CallResult<T>>,
  ): Promise<Exclude<T, undefined>> {
    print(`\n-> ${label}: ${request}`);
    if (sent !== undefined) print(`   sent: ${show(sent)}`);
    const result = await call;
    print(`   got:  ${result.response.status} ${show(result.data ?? result.error ?? "")}`);
    return unwrap(result);
  }

  try {
    if (!config.haptik.live) mocks.haptik = await mockHaptik({ credentials: MOCK.haptik });
    if (!config.creovai.live) mocks.creovai = await mockCreovai({ credentials: MOCK.creovai });
    if (!config.klaus.live) mocks.klaus = await mockKlaus({ credentials: MOCK.klaus });
    if (!config.dixa.live) mocks.dixa = await mockDixa({ credentials: MOCK.dixa });

    const haptik = createHaptikClient({
      token: config.haptik.token,
      clientId: config.haptik.clientId,
      baseUrl: mocks.haptik?.url ?? config.haptik.baseUrl!,
    });
    const creovaiAuth = config.creovai.token
      ? { token: config.creovai.token }
      : { clientId: config.creovai.clientId!, clientSecret: config.creovai.clientSecret! };
    const creovai = createCreovaiClient({
      ...creovaiAuth,
      instance: config.creovai.instance,
      ...((mocks.creovai?.url ?? config.creovai.baseUrl)
        ? { baseUrl: mocks.creovai?.url ?? config.creovai.baseUrl }
        : {}),
    });
    const klausBase = mocks.klaus?.url ?? config.klaus.baseUrl;
    const klaus = createKlausClient({
      token: config.klaus.token,
      ...(klausBase ? { baseUrl: klausBase } : {}),
    });
    const dixaBase = mocks.dixa?.url ?? config.dixa.baseUrl;
    const dixa = createDixaClient({
      apiKey: config.dixa.apiKey,
      ...(dixaBase ? { baseUrl: dixaBase } : {}),
    });

    const targets = {
      haptik: config.haptik.live ? "live" : "mock",
      creovai: config.creovai.live ? "live" : "mock",
      klaus: config.klaus.live ? "live" : "mock",
      dixa: config.dixa.live ? "live" : "mock",
    } as const;
    print("cxkit example: Haptik transcript -> Creovai ChatCall -> CSAT to Klaus -> Dixa note");
    for (const vendor of ["haptik", "creovai", "klaus", "dixa"] as const) {
      const where = mocks[vendor]
        ? `mock server ${mocks[vendor]!.url} (no credentials set)`
        : "live API (credentials from the environment)";
      print(`  ${vendor.padEnd(8)} ${where}`);
    }

    // 1. The chat transcript, as JSON (chat_json carries the timestamps a ChatCall needs).
    const { businessId, userName, conversationNo } = config.chat;
    const query = {
      business_id: businessId,
      user_name: userName,
      conversation_no: conversationNo,
      response_type: "json" as const,
    };
    const transcript = await step(
      "Haptik getChatHistory",
      "GET /integration/external/v2.0/get_chat_history/",
      query,
      haptik.GET("/integration/external/v2.0/get_chat_history/", { params: { query } }),
    );

    // 2. Transcript -> ChatCall (a tested, exported function), 3. upload it.
    const sessionId = `haptik-${businessId}-${userName}-${conversationNo}`;
    const chatCall = haptikTranscriptToChatCall(transcript, {
      sessionId,
      haptik: { businessId, userName, conversationNo },
      metadata: { DixaConversationId: String(config.dixa.conversationId) },
    });
    const upload = await step(
      "Creovai uploadChat",
      "POST /chatCapture/v1",
      chatCall,
      creovai.POST("/chatCapture/v1", { body: chatCall }),
    );
    const callId = chatCallId(upload);
    const callUrl = `https://${config.creovai.instance}.creovai.io/calls/${encodeURIComponent(callId)}`;

    // 4. The CSAT of the Dixa conversation the chat was handed over to, 5. sent to Klaus.
    const conversationId = config.dixa.conversationId;
    const ratings = await step(
      "Dixa listRatings",
      `GET /v1/conversations/${conversationId}/ratings`,
      undefined,
      dixa.GET("/v1/conversations/{conversationId}/ratings", {
        params: { path: { conversationId } },
      }),
    );
    const csatRatings = (ratings.data ?? []).filter(
      (r) => r.ratingType === "Csat" && typeof r.ratingScore === "number",
    );
    const rating = csatRatings.find((r) => r.ratingStatus === "Rated") ?? csatRatings[0];
    let csat: ExampleResult["csat"];
    if (rating) {
      csat = {
        score: rating.ratingScore!,
        ...(rating.ratingComment ? { comment: rating.ratingComment } : {}),
      };
      const event = { ticket_id: String(conversationId), csat };
      await step(
        "Klaus sendCsatEvent",
        `POST /capture/integration/klaus-csat/token/${config.klaus.connectionId}`,
        event,
        klaus.POST("/capture/integration/klaus-csat/token/{connectionId}", {
          params: { path: { connectionId: config.klaus.connectionId } },
          body: event,
        }),
      );
    } else {
      print("\n-- Klaus: skipped, the Dixa conversation has no CSAT rating");
    }

    // 6. A Dixa internal note linking the Creovai call.
    const note = {
      message:
        `Haptik chat ${sessionId} (${chatCall.Contacts.reduce((n, c) => n + c.Messages.length, 0)} messages) ` +
        `uploaded to Creovai as call ${callId}: ${callUrl}` +
        (csat ? `. CSAT ${csat.score} sent to Klaus.` : "."),
    };
    const added = await step(
      "Dixa addInternalNote",
      `POST /v1/conversations/${conversationId}/notes`,
      note,
      dixa.POST("/v1/conversations/{conversationId}/notes", {
        params: { path: { conversationId } },
        body: note,
      }),
    );

    const mockRequests: ExampleResult["mockRequests"] = {};
    const invalid: string[] = [];
    for (const [vendor, mock] of Object.entries(mocks) as [Vendor, MockServer<any>][]) {
      mockRequests[vendor] = [...mock.requests];
      for (const r of mock.requests) {
        if (r.valid !== true) invalid.push(`${vendor} ${r.method} ${r.url}: ${r.problem}`);
      }
    }
    if (invalid.length > 0) {
      throw new Error(
        `[@cxkit/examples] requests the vendor specs refuse:\n  ${invalid.join("\n  ")}`,
      );
    }
    const mocked = Object.entries(mockRequests).map(([v, rs]) => `${v} ${rs!.length}`);
    print(
      `\ndone: Creovai call ${callId}, Dixa note ${added.data.id}` +
        (mocked.length > 0
          ? `; mock servers saw ${mocked.join(", ")} request(s), all valid against the specs`
          : ""),
    );
    return { targets, chatCall, callId, csat, noteId: added.data.id, mockRequests };
  } finally {
    await Promise.all(Object.values(mocks).map((m) => m!.close()));
  }
}
