// Haptik webhook deliveries (`X-Hub-Signature: sha1=<hex HMAC-SHA1(secret, raw body)>`) posted to a
// real HTTP server on 127.0.0.1 running createHaptikWebhookHandler.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hmacHex, utf8 } from "@cxkit/core/internal";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHaptikWebhookHandler, toNodeListener, type HaptikWebhookEvent } from "@cxkit/haptik";

const SECRET = "haptik-shared-secret";
const message = (name: string, text = "Hello") =>
  JSON.stringify({
    version: "1.0",
    timestamp: "2026-12-01T09:00:00.000Z",
    user: { auth_id: "u-1", user_name: "Ana" },
    business_id: 341,
    event_name: name,
    agent: { id: 1, name: "gogo", is_automated: true, email: null },
    message: { id: 77, body: { text, type: "TEXT", data: {} } },
  });
const sign = async (body: string, secret = SECRET) =>
  `sha1=${await hmacHex("SHA-1", utf8(secret), utf8(body))}`;

const handled: HaptikWebhookEvent[] = [];
const unknown: HaptikWebhookEvent[] = [];
let server: Server;
let url: string;
let slowMs = 0;

beforeAll(async () => {
  const handler = createHaptikWebhookHandler({
    secret: SECRET,
    acknowledgeAfterMs: 200,
    on: {
      message: async (e) => {
        if (slowMs) await new Promise((r) => setTimeout(r, slowMs));
        handled.push(e);
      },
    },
    unknown: (e) => void unknown.push(e),
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/haptik`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  handled.length = 0;
  unknown.length = 0;
  slowMs = 0;
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("a Haptik webhook receiver", () => {
  it("accepts a correctly signed message event", async () => {
    const body = message("message");
    const res = await post(body, { "x-hub-signature": await sign(body) });
    expect(res.status).toBe(200);
    expect(handled.map((e) => e.event_name)).toEqual(["message"]);
  });

  it.each<[string, (b: string) => Promise<Record<string, string>>, string, boolean?]>([
    ["no header", async () => ({}), "missing-signature"],
    [
      "a sha256 header",
      async () => ({ "x-hub-signature": `sha256=${"0".repeat(64)}` }),
      "malformed-signature",
    ],
    [
      "the wrong secret",
      async (b) => ({ "x-hub-signature": await sign(b, "other") }),
      "bad-signature",
    ],
    ["a tampered body", async (b) => ({ "x-hub-signature": await sign(b) }), "bad-signature", true],
  ])("refuses %s with 401", async (_name, headers, reason, tamper) => {
    const body = message("message");
    const signed = await headers(body);
    const res = await post(tamper ? body.replace("Hello", "Hullo") : body, signed);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: reason });
    expect(handled).toHaveLength(0);
  });

  it("acknowledges an unknown event_name with 200, to the generic handler", async () => {
    const body = message("chat_teleported");
    const res = await post(body, { "x-hub-signature": await sign(body) });
    expect(res.status).toBe(200);
    expect(unknown.map((e) => String(e.event_name))).toEqual(["chat_teleported"]);
  });

  it("answers within acknowledgeAfterMs while a slow handler goes on", async () => {
    slowMs = 600;
    const body = message("message", "slow");
    const started = Date.now();
    const res = await post(body, { "x-hub-signature": await sign(body) });
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: true });
    expect(took).toBeLessThan(550);
    expect(handled).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 700));
    expect(handled).toHaveLength(1);
  });
});
