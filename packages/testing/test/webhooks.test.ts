// The test kit delivers webhooks as the vendors do, to real receivers (the vendor packages' handlers on
// Node's http): signed correctly, duplicated (Dixa), retried on Haptik's time-scaled schedule.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createCreovaiWebhookHandler, verifyCreovaiWebhook } from "@cxkit/creovai";
import { createDixaWebhookHandler, toNodeListener, verifyDixaWebhook } from "@cxkit/dixa";
import { createHaptikWebhookHandler, verifyHaptikWebhook } from "@cxkit/haptik";
import {
  deliverWebhook,
  dixaWebhookRequest,
  haptikWebhookRequest,
  creovaiWebhookRequest,
  sampleWebhookEvent,
  webhookEventTypes,
} from "../src/index.js";

const run = promisify(execFile);
const SECRET_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
  const server = createServer(toNodeListener(handler));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

describe("sample events", () => {
  it("come from every webhook of the specs and verify once signed", async () => {
    expect(webhookEventTypes("dixa")).toHaveLength(32);
    expect(webhookEventTypes("haptik").map((e) => e.type)).toContain("message");
    for (const { type } of webhookEventTypes("dixa")) {
      const event = sampleWebhookEvent("dixa", type);
      const got = await verifyDixaWebhook(
        await dixaWebhookRequest(event, { secretKey: SECRET_KEY }),
        { secretKey: SECRET_KEY },
      );
      expect(got.event_fqn).toBe(type);
    }
    const haptik = sampleWebhookEvent("haptik", "message");
    expect(
      (
        await verifyHaptikWebhook(await haptikWebhookRequest(haptik, { secret: "s" }), {
          secret: "s",
        })
      ).event_name,
    ).toBe("message");
    const summary = sampleWebhookEvent("creovai");
    const basicAuth = { username: "u", password: "p" };
    expect(
      (
        await verifyCreovaiWebhook(await creovaiWebhookRequest(summary, { basicAuth }), {
          basicAuth,
        })
      ).callId,
    ).toBe(summary.callId);
  });

  it("an unknown type is an error listing the known ones; two samples are two events", () => {
    expect(() => sampleWebhookEvent("dixa", "NOPE")).toThrow(/CONVERSATION_CREATED/);
    expect(sampleWebhookEvent("dixa").event_id).not.toBe(sampleWebhookEvent("dixa").event_id);
  });
});

describe("deliverWebhook", () => {
  it("Dixa: three deliveries of one event reach the handler once", async () => {
    const seen: string[] = [];
    const url = await serve(
      createDixaWebhookHandler({
        secretKey: SECRET_KEY,
        on: { CONVERSATION_CLOSED: (e) => void seen.push(e.event_id) },
      }),
    );
    const reports = await deliverWebhook(
      "dixa",
      url,
      sampleWebhookEvent("dixa", "CONVERSATION_CLOSED"),
      { secretKey: SECRET_KEY, times: 3 },
    );
    expect(reports.map((r) => r.attempts[0]!.status)).toEqual([200, 200, 200]);
    expect(seen).toHaveLength(1);
  });

  it("Haptik: a failing receiver is retried on the schedule, then the webhook counts as disabled", async () => {
    let calls = 0;
    const url = await serve(async () => {
      calls++;
      return new Response("down", { status: 503 });
    });
    const [report] = await deliverWebhook("haptik", url, sampleWebhookEvent("haptik", "message"), {
      secret: "s",
      timeScale: 0.0005,
      answerWithinMs: 2000,
    });
    expect(calls).toBe(7);
    expect(report!.attempts.map((a) => a.failure)).toEqual(Array(7).fill("status"));
    expect(report).toMatchObject({ delivered: false, disabled: true });
  });

  it("Haptik: a receiver slower than 5 s (time-scaled) is retried, and one that acknowledges in time is not", async () => {
    let calls = 0;
    const slow = await serve(async () => {
      if (++calls === 1) await new Promise((r) => setTimeout(r, 200));
      return new Response("{}", { status: 200 });
    });
    const [report] = await deliverWebhook("haptik", slow, sampleWebhookEvent("haptik", "message"), {
      secret: "s",
      timeScale: 0.01,
    });
    expect(report!.attempts.map((a) => a.failure ?? a.status)).toEqual(["timeout", 200]);
    const handled: string[] = [];
    const fast = await serve(
      createHaptikWebhookHandler({
        secret: "s",
        acknowledgeAfterMs: 10,
        on: {
          message: async (e) =>
            void (await new Promise((r) => setTimeout(r, 100)), handled.push(String(e.event_name))),
        },
      }),
    );
    const [ok] = await deliverWebhook("haptik", fast, sampleWebhookEvent("haptik", "message"), {
      secret: "s",
      timeScale: 0.01,
    });
    expect(ok).toMatchObject({ delivered: true });
    expect(ok!.attempts).toHaveLength(1);
  });

  it("Creovai: Basic credentials as configured", async () => {
    const got: unknown[] = [];
    const url = await serve(
      createCreovaiWebhookHandler({
        basicAuth: { username: "u", password: "p" },
        onCallSummary: (s) => void got.push(s),
      }),
    );
    const [ok] = await deliverWebhook("creovai", url, sampleWebhookEvent("creovai"), {
      basicAuth: { username: "u", password: "p" },
    });
    const [refused] = await deliverWebhook("creovai", url, sampleWebhookEvent("creovai"), {});
    expect([ok!.attempts[0]!.status, refused!.attempts[0]!.status]).toEqual([200, 401]);
    expect(got).toHaveLength(1);
  });
});

describe("cxkit-mock --post-event", () => {
  it("posts a signed sample event to a receiver and reports its answer", async () => {
    const seen: string[] = [];
    const url = await serve(
      createDixaWebhookHandler({
        secretKey: SECRET_KEY,
        on: { CONVERSATION_CREATED: (e) => void seen.push(e.event_fqn) },
      }),
    );
    const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");
    const { stdout } = await run(process.execPath, [
      cli,
      "dixa",
      "--post-event",
      "CONVERSATION_CREATED",
      "--to",
      url,
      "--secret-key",
      SECRET_KEY,
    ]);
    expect(stdout).toMatch(/posted a dixa CONVERSATION_CREATED event to .*: 200/);
    expect(seen).toEqual(["CONVERSATION_CREATED"]);
  });
});
