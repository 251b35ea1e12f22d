// Creovai Call Summary deliveries (no signature; none or Basic auth) to a real HTTP server on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCreovaiWebhookHandler,
  toNodeListener,
  verifyCreovaiWebhook,
  type CreovaiWebhookEvent,
} from "@cxkit/creovai";

const summary = (callId: string) =>
  JSON.stringify({
    callId,
    callUri: `https://acme.audio.creovai.com/calls/${callId}`,
    utcStart: "2026-12-01T09:00:00Z",
    utcEnd: "2026-12-01T09:05:00Z",
    participants: [],
  });
const basic = (user: string, pass: string) => `Basic ${btoa(`${user}:${pass}`)}`;

const got: CreovaiWebhookEvent[] = [];
let server: Server;
let url: string;
beforeAll(async () => {
  const handler = createCreovaiWebhookHandler({
    basicAuth: { username: "creovai", password: "s3cret-pass" },
    onCallSummary: (s) => void got.push(s),
  });
  server = createServer(toNodeListener(handler));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/creovai`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => void (got.length = 0));

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("a Creovai Call Summary receiver", () => {
  it("accepts a summary with the right Basic credentials, once per callId", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await post(summary("c-1"), { authorization: basic("creovai", "s3cret-pass") });
      expect(res.status).toBe(200);
    }
    expect(got.map((s) => s.callId)).toEqual(["c-1"]);
  });

  it.each([
    ["no credentials", {}, "missing-credentials"],
    ["a wrong password", { authorization: basic("creovai", "guess") }, "bad-credentials"],
    ["a bearer token", { authorization: "Bearer x" }, "missing-credentials"],
  ])("refuses %s with 401", async (_name, headers, reason) => {
    const res = await post(summary("c-2"), headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: reason });
    expect(got).toHaveLength(0);
  });

  it("without basicAuth only parses; a body without callId is bad-body", async () => {
    const ok = new Request("https://x/", { method: "POST", body: summary("c-3") });
    expect((await verifyCreovaiWebhook(ok)).callId).toBe("c-3");
    const bad = new Request("https://x/", { method: "POST", body: "{}" });
    await expect(verifyCreovaiWebhook(bad)).rejects.toMatchObject({ reason: "bad-body" });
  });
});
