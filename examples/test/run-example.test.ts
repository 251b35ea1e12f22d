// The main job: against the mock servers with no credentials (what `npm run example` does on a fresh
// clone), and against "real" vendors when the environment says so (here: mocks standing in for them,
// reached through the same environment variables a user sets).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mockCreovai, mockDixa, mockHaptik, mockKlaus } from "@cxkit/testing";
import { describe, expect, it } from "vitest";
import { resolveConfig, runExample } from "../src/run-example.js";

describe("runExample with no credentials (mock servers)", () => {
  it("pulls the transcript, uploads it, sends the CSAT, notes it in Dixa, printing each step", async () => {
    const lines: string[] = [];
    const result = await runExample({ env: {}, print: (line) => lines.push(line) });
    expect(result.targets).toEqual({
      haptik: "mock",
      creovai: "mock",
      klaus: "mock",
      dixa: "mock",
    });
    expect(result.callId).toBe("bbsnbcbe3");
    expect(result.csat).toEqual({ score: 4, comment: "Super good!" });
    expect(result.noteId).toBe("eb31acbb-13f9-4ce7-abd3-44dd86266741");
    expect(result.chatCall.SessionId).toBe("haptik-1234-ab112468917fgghdebc-2");

    const ops = Object.fromEntries(
      Object.entries(result.mockRequests).map(([vendor, requests]) => [
        vendor,
        requests!.map((r) => [r.operationId, r.valid, r.status]),
      ]),
    );
    expect(ops).toEqual({
      haptik: [["getChatHistory", true, 200]],
      creovai: [["uploadChat", true, 200]],
      klaus: [["sendCsatEvent", true, 200]],
      dixa: [
        ["listRatings", true, 200],
        ["addInternalNote", true, 200],
      ],
    });
    expect(result.mockRequests.creovai![0]!.body).toEqual(result.chatCall);
    expect(result.mockRequests.klaus![0]!.body).toEqual({
      ticket_id: "1",
      csat: { score: 4, comment: "Super good!" },
    });
    expect(result.mockRequests.dixa![1]!.body).toEqual({
      message:
        "Haptik chat haptik-1234-ab112468917fgghdebc-2 (2 messages) uploaded to Creovai as call bbsnbcbe3: https://yourinstance.creovai.io/calls/bbsnbcbe3. CSAT 4 sent to Klaus.",
    });

    const output = lines.join("\n");
    for (const expected of [
      "-> Haptik getChatHistory: GET /integration/external/v2.0/get_chat_history/",
      "-> Creovai uploadChat: POST /chatCapture/v1",
      "-> Dixa listRatings: GET /v1/conversations/1/ratings",
      "-> Klaus sendCsatEvent: POST /capture/integration/klaus-csat/token/mock-connection",
      "-> Dixa addInternalNote: POST /v1/conversations/1/notes",
      '   got:  200 {"callId":"bbsnbcbe3"}',
      "all valid against the specs",
    ]) {
      expect(output).toContain(expected);
    }
  });

  it("skips Klaus when the Dixa conversation has no CSAT", async () => {
    // A live-configured Dixa (a mock standing in) whose conversation has no ratings.
    const dixa = await mockDixa({ credentials: { apiKey: "k" } });
    dixa.respond("listRatings", { body: { data: [] } });
    try {
      const lines: string[] = [];
      const result = await runExample({
        env: { DIXA_API_KEY: "k", DIXA_CONVERSATION_ID: "5", DIXA_BASE_URL: dixa.url },
        print: (line) => lines.push(line),
      });
      expect(result.csat).toBeUndefined();
      expect(result.mockRequests.klaus).toEqual([]);
      expect(lines).toContain("\n-- Klaus: skipped, the Dixa conversation has no CSAT rating");
    } finally {
      await dixa.close();
    }
  });
});

describe("runExample with credentials (real vendors)", () => {
  it("uses each vendor's credentials, ids and base URL from the environment", async () => {
    const haptik = await mockHaptik({ credentials: { token: "h-tok", clientId: "h-cid" } });
    const creovai = await mockCreovai({ credentials: { clientId: "c-id", clientSecret: "c-sec" } });
    const klaus = await mockKlaus({ credentials: { token: "k-tok" } });
    const dixa = await mockDixa({ credentials: { apiKey: "d-key" } });
    try {
      const result = await runExample({
        env: {
          HAPTIK_TOKEN: "h-tok",
          HAPTIK_CLIENT_ID: "h-cid",
          HAPTIK_BASE_URL: haptik.url,
          HAPTIK_BUSINESS_ID: "777",
          HAPTIK_USER_NAME: "jane",
          HAPTIK_CONVERSATION_NO: "3",
          CREOVAI_CLIENT_ID: "c-id",
          CREOVAI_CLIENT_SECRET: "c-sec",
          CREOVAI_INSTANCE: "acme",
          CREOVAI_BASE_URL: creovai.url,
          KLAUS_TOKEN: "k-tok",
          KLAUS_CONNECTION_ID: "conn-9",
          KLAUS_BASE_URL: klaus.url,
          DIXA_API_KEY: "d-key",
          DIXA_CONVERSATION_ID: "4711",
          DIXA_BASE_URL: dixa.url,
        },
        print: () => {},
      });
      expect(result.targets).toEqual({
        haptik: "live",
        creovai: "live",
        klaus: "live",
        dixa: "live",
      });
      expect(result.mockRequests).toEqual({});
      expect(haptik.requests[0]!.query).toEqual({
        business_id: "777",
        user_name: "jane",
        conversation_no: "3",
        response_type: "json",
      });
      expect(creovai.requests.map((r) => r.operationId)).toEqual(["getToken", "uploadChat"]);
      expect(klaus.requests[0]!.pathParams).toEqual({ connectionId: "conn-9" });
      expect(dixa.requests.map((r) => r.path)).toEqual([
        "/v1/conversations/4711/ratings",
        "/v1/conversations/4711/notes",
      ]);
      expect(String((dixa.requests[1]!.body as { message: string }).message)).toContain(
        "https://acme.creovai.io/calls/bbsnbcbe3",
      );
      for (const mock of [haptik, creovai, klaus, dixa]) {
        expect(mock.requests.every((r) => r.valid)).toBe(true);
      }
    } finally {
      await Promise.all([haptik, creovai, klaus, dixa].map((m) => m.close()));
    }
  });

  it.each([
    [
      { HAPTIK_TOKEN: "t" },
      "Haptik is used for real (its credentials are set) but HAPTIK_CLIENT_ID, HAPTIK_BASE_URL, HAPTIK_BUSINESS_ID, HAPTIK_USER_NAME, HAPTIK_CONVERSATION_NO are not set",
    ],
    [
      { CREOVAI_TOKEN: "t" },
      "Creovai is used for real (its credentials are set) but CREOVAI_INSTANCE is not set",
    ],
    [
      { CREOVAI_CLIENT_ID: "i", CREOVAI_INSTANCE: "x" },
      "Creovai is used for real (its credentials are set) but CREOVAI_CLIENT_SECRET is not set",
    ],
    [
      { KLAUS_TOKEN: "t" },
      "Klaus is used for real (its credentials are set) but KLAUS_CONNECTION_ID is not set",
    ],
    [
      { DIXA_API_KEY: "k" },
      "Dixa is used for real (its credentials are set) but DIXA_CONVERSATION_ID is not set",
    ],
    [{ DIXA_API_KEY: "k", DIXA_CONVERSATION_ID: "abc" }, "DIXA_CONVERSATION_ID must be a number"],
  ])("refuses a half-set environment %j, naming what is missing", (env, message) => {
    expect(() => resolveConfig(env)).toThrow(`[@cxkit/examples] ${message}`);
  });
});

describe("node dist/main.js (what `npm run example` runs)", () => {
  it("exits 0 with no credentials and no network", async () => {
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
    expect(out).toMatch(/^done: Creovai call bbsnbcbe3, Dixa note /m);
  });
});
