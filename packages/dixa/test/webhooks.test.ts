// Dixa webhook deliveries, signed as Dixa documents it, posted to a real HTTP server on 127.0.0.1 that
// runs createDixaWebhookHandler through toNodeListener; and verifyDixaWebhook on Web Requests.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hmacHex, hexToBytes, utf8, concatBytes } from "@cxkit/core/internal";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createDixaWebhookHandler,
  toNodeListener,
  verifyDixaWebhook,
  WebhookVerificationError,
  type DixaWebhookEvent,
} from "@cxkit/dixa";

const SECRET = "5f1c0b8e9a7d6c4b3a29181706f5e4d3c2b1a09f8e7d6c5b4a3928171605f4e3";
const OTHER = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

function event(
  fqn: string,
  id = crypto.randomUUID(),
  data: unknown = { conversation: { csid: 42, channel: "EMAIL" } },
) {
  return JSON.stringify({
    event_id: id,
    event_fqn: fqn,
    event_version: "1",
    event_timestamp: "2026-12-01T09:00:00.000Z",
    organization: { id: "8c1a5b0e-2f3d-4c6b-9a7e-1d2c3b4a5f60", name: "Acme" },
    data,
  });
}

async function sign(body: string, t: number, secret = SECRET): Promise<string> {
  const v1 = await hmacHex("SHA-256", hexToBytes(secret)!, concatBytes(utf8(`${t}.`), utf8(body)));
  return `t=${t},v1=${v1}`;
}

const seen: DixaWebhookEvent[] = [];
const unknown: DixaWebhookEvent[] = [];
let failNext = false;
let server: Server;
let url: string;

beforeAll(async () => {
  const handler = createDixaWebhookHandler({
    secretKey: SECRET,
    on: {
      CONVERSATION_CREATED: (e) => {
        if (failNext) {
          failNext = false;
          throw new Error("database down");
        }
        seen.push(e);
      },
      CONVERSATION_CLOSED: (e) => void seen.push(e),
    },
    unknown: (e) => void unknown.push(e),
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dixa`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
  unknown.length = 0;
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("a Dixa webhook receiver", () => {
  it("accepts a delivery signed as documented, typed by event_fqn", async () => {
    const body = event("CONVERSATION_CREATED");
    const res = await post(body, { "x-dixa-signature": await sign(body, Date.now()) });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(1);
    const got = seen[0]!;
    if (got.event_fqn !== "CONVERSATION_CREATED") throw new Error("narrowing");
    expect(got.data.conversation.csid).toBe(42);
  });

  it.each<[string, (body: string) => Promise<Record<string, string>>, string, string?]>([
    ["no signature header", async () => ({}), "missing-signature"],
    ["a garbled header", async () => ({ "x-dixa-signature": "v1=abc" }), "malformed-signature"],
    [
      "a signature that is not hex",
      async () => ({ "x-dixa-signature": `t=${Date.now()},v1=${"z".repeat(64)}` }),
      "malformed-signature",
    ],
    [
      "the wrong secret",
      async (b) => ({ "x-dixa-signature": await sign(b, Date.now(), OTHER) }),
      "bad-signature",
    ],
    [
      "a tampered body",
      async (b) => ({ "x-dixa-signature": await sign(b, Date.now()) }),
      "bad-signature",
      "tamper",
    ],
    [
      "a t older than 5 minutes",
      async (b) => ({ "x-dixa-signature": await sign(b, Date.now() - 6 * 60_000) }),
      "stale",
    ],
    [
      "a t more than 5 minutes ahead",
      async (b) => ({ "x-dixa-signature": await sign(b, Date.now() + 6 * 60_000) }),
      "stale",
    ],
  ])("refuses %s with 401 and reaches no handler", async (_name, headers, reason, tamper) => {
    const body = event("CONVERSATION_CREATED");
    const signed = await headers(body);
    const sent = tamper ? body.replace("42", "43") : body;
    const res = await post(sent, signed);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: reason });
    expect(seen).toHaveLength(0);
  });

  it("delivers an event type it does not know to the generic handler, with 200", async () => {
    const body = event("CONVERSATION_TELEPORTED");
    const res = await post(body, { "x-dixa-signature": await sign(body, Date.now()) });
    expect(res.status).toBe(200);
    expect(unknown.map((e) => String(e.event_fqn))).toEqual(["CONVERSATION_TELEPORTED"]);
  });

  it("a duplicate event_id reaches the handler once", async () => {
    const body = event("CONVERSATION_CLOSED", "a9d0e5e6-1111-4c1c-9a6e-9f0b1c2d3e4f");
    for (let i = 0; i < 3; i++) {
      const res = await post(body, { "x-dixa-signature": await sign(body, Date.now()) });
      expect(res.status).toBe(200);
    }
    expect(seen).toHaveLength(1);
  });

  it("a failing handler answers 500, and Dixa's next delivery of that event is handled", async () => {
    failNext = true;
    const body = event("CONVERSATION_CREATED", "b1b2b3b4-2222-4c1c-9a6e-9f0b1c2d3e4f");
    const first = await post(body, { "x-dixa-signature": await sign(body, Date.now()) });
    expect(first.status).toBe(500);
    const again = await post(body, { "x-dixa-signature": await sign(body, Date.now()) });
    expect(again.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it("answers 405 to anything but POST", async () => {
    expect((await fetch(url)).status).toBe(405);
  });
});

describe("verifyDixaWebhook", () => {
  const request = async (body: string, header?: string) =>
    new Request("https://example.com/hook", {
      method: "POST",
      body,
      headers: header === undefined ? {} : { "x-dixa-signature": header },
    });

  it("returns the event; a non-JSON body that is signed correctly is bad-body", async () => {
    const body = event("CONVERSATION_RATED", undefined, { conversation: { csid: 1 }, score: 5 });
    const got = await verifyDixaWebhook(await request(body, await sign(body, 1_000_000)), {
      secretKey: SECRET,
      now: () => 1_000_000,
    });
    expect(got.event_fqn).toBe("CONVERSATION_RATED");
    const notJson = "not json";
    await expect(
      verifyDixaWebhook(await request(notJson, await sign(notJson, 1_000_000)), {
        secretKey: SECRET,
        now: () => 1_000_000,
      }),
    ).rejects.toMatchObject({ reason: "bad-body" });
  });

  it("honours toleranceMs, and never shows the secret in an error", async () => {
    const body = event("CONVERSATION_CREATED");
    const header = await sign(body, 1_000_000);
    await expect(
      verifyDixaWebhook(await request(body, header), {
        secretKey: SECRET,
        now: () => 1_000_000 + 61_000,
        toleranceMs: 60_000,
      }),
    ).rejects.toBeInstanceOf(WebhookVerificationError);
    const error = await verifyDixaWebhook(await request(body, header.replace(/.$/, "0")), {
      secretKey: SECRET,
      now: () => 1_000_000,
    }).catch((e: unknown) => e);
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(SECRET);
  });

  it("a secretKey that is not hex is a ConfigError naming it", async () => {
    await expect(
      verifyDixaWebhook(await request("{}", "t=1,v1=00"), { secretKey: "not-hex" }),
    ).rejects.toMatchObject({
      name: "ConfigError",
      option: "secretKey",
    });
  });
});
