// The webhook machinery the vendor receivers share: dedupe store, the Node adapter, the handler's answers.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  memoryDedupeStore,
  toNodeListener,
  toWebRequest,
  WebhookVerificationError,
} from "../src/index.js";
import {
  createWebhookHandler,
  hmacHex,
  timingSafeEqual,
  utf8,
  verifyHmac,
  hexToBytes,
} from "../src/internal.js";

describe("memoryDedupeStore", () => {
  it("claims an id once, frees it on release, forgets it after the TTL and past maxEntries", () => {
    let now = 0;
    const store = memoryDedupeStore({ ttlMs: 1000, maxEntries: 2, now: () => now });
    expect(store.claim("a")).toBe(true);
    expect(store.claim("a")).toBe(false);
    store.release("a");
    expect(store.claim("a")).toBe(true);
    store.complete("a");
    expect(store.claim("a")).toBe(false);
    now = 1001;
    expect(store.claim("a")).toBe(true);
    store.complete("a");
    for (const id of ["b", "c"]) {
      store.claim(id);
      store.complete(id);
    }
    expect(store.claim("a")).toBe(true); // pushed out by b and c
  });
});

describe("crypto", () => {
  it("verifies an HMAC in constant time through Web Crypto, and compares strings the same way", async () => {
    const key = hexToBytes("00ff10")!;
    const mac = hexToBytes(await hmacHex("SHA-256", key, utf8("body")))!;
    expect(await verifyHmac("SHA-256", key, utf8("body"), mac)).toBe(true);
    expect(await verifyHmac("SHA-256", key, utf8("bodY"), mac)).toBe(false);
    expect(hexToBytes("0g")).toBeUndefined();
    expect(await timingSafeEqual("user:pass", "user:pass")).toBe(true);
    expect(await timingSafeEqual("user:pass", "user:pasS")).toBe(false);
    expect(await timingSafeEqual("a", "ab")).toBe(false);
  });
});

describe("toNodeListener / toWebRequest", () => {
  it("keeps the raw bytes of a streamed body, and of a raw body a parser left as bytes", async () => {
    const bodies: string[] = [];
    const listener = toNodeListener(async (request) => {
      bodies.push(await request.text());
      return new Response("ok", { status: 202 });
    });
    const server = createServer((req, res) => void listener(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const body = '{"a": 1,\n  "b": "é"}';
    const res = await fetch(url, { method: "POST", body });
    expect(res.status).toBe(202);
    expect(bodies).toEqual([body]);
    await new Promise<void>((r) => server.close(() => r()));
    const fromRaw = await toWebRequest({
      method: "POST",
      url: "/x",
      headers: { "x-a": "1" },
      body: new TextEncoder().encode(body),
      async *[Symbol.asyncIterator]() {},
    });
    expect(await fromRaw.text()).toBe(body);
    await expect(
      toWebRequest({
        method: "POST",
        headers: {},
        body: { a: 1 },
        async *[Symbol.asyncIterator]() {},
      }),
    ).rejects.toThrow(/parsed already/);
  });
});

describe("createWebhookHandler", () => {
  const handler = (
    onEvent: (e: { type: string; id: string }) => unknown,
    acknowledgeAfterMs?: number,
  ) =>
    createWebhookHandler<{ ping: { type: string; id: string } }, { type: string; id: string }>({
      packageName: "@cxkit/test",
      verify: async (request) => {
        const body = (await request.json()) as { type: string; id: string; ok?: boolean };
        if (!body.ok) throw new WebhookVerificationError("[@cxkit/test] nope", "bad-signature");
        return body;
      },
      typeOf: (e) => e.type,
      idOf: (e) => e.id,
      on: { ping: onEvent },
      ...(acknowledgeAfterMs === undefined ? {} : { acknowledgeAfterMs }),
    });
  const req = (body: unknown) =>
    new Request("https://x/", { method: "POST", body: JSON.stringify(body) });

  it("answers 401 for a refused delivery, 200 once per id, 500 when the handler fails (then handles the retry)", async () => {
    let calls = 0;
    const h = handler(() => {
      if (++calls === 1) throw new Error("first fails");
    });
    expect((await h(req({ type: "ping", id: "1" }))).status).toBe(401);
    expect((await h(req({ type: "ping", id: "1", ok: true }))).status).toBe(500);
    expect((await h(req({ type: "ping", id: "1", ok: true }))).status).toBe(200);
    expect(await (await h(req({ type: "ping", id: "1", ok: true }))).json()).toEqual({
      duplicate: true,
    });
    expect(calls).toBe(2);
  });

  it("acknowledges early and hands the rest of the work to waitUntil", async () => {
    const waited: Promise<unknown>[] = [];
    const h = handler(() => new Promise((r) => setTimeout(r, 100)), 10);
    const res = await h(req({ type: "ping", id: "2", ok: true }), {
      waitUntil: (p) => void waited.push(p),
    });
    expect(await res.json()).toEqual({ accepted: true });
    expect(waited).toHaveLength(1);
    await waited[0];
  });
});
