import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVendorServer, type VendorServer } from "../src/vendor-server.js";

let server: VendorServer;
beforeAll(async () => {
  server = await startVendorServer();
});
afterAll(() => server.close());

const origin = "http://127.0.0.1:1";
const dixa = { "x-release-vendor": "dixa", authorization: "release-key" };

describe("the vendor server", () => {
  it("answers a CORS preflight with the origin, the method and every header asked for", async () => {
    const res = await fetch(`${server.url}/v1/conversations/42`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization,client-id,x-release-vendor",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET");
    expect(res.headers.get("access-control-allow-headers")).toBe(
      "authorization,client-id,x-release-vendor",
    );
    expect(server.seen.at(-1)).toEqual({
      vendor: undefined,
      route: "OPTIONS /v1/conversations/42",
      authOk: false,
      origin,
      preflight: { method: "GET", headers: ["authorization", "client-id", "x-release-vendor"] },
    });
  });

  it("answers the vendor's reply, readable cross-origin, when route and credentials match", async () => {
    const res = await fetch(`${server.url}/v1/conversations/42`, { headers: { ...dixa, origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(await res.json()).toEqual({ data: { id: 42, _type: "EmailConversation" } });
    expect(server.seen.at(-1)).toMatchObject({ vendor: "dixa", authOk: true, origin });
  });

  it("answers the named call's routes: its reply, a 404, and no answer at all to the hung one", async () => {
    const get = (id: number, signal?: AbortSignal) =>
      fetch(`${server.url}/v1/conversations/${id}`, {
        headers: dixa,
        ...(signal ? { signal } : {}),
      });
    expect(await (await get(404)).json()).toEqual({ message: "Conversation 404 not found" });
    expect((await get(404)).status).toBe(404);
    await expect(get(408, AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
    expect(server.seen.at(-1)).toMatchObject({ route: "GET /v1/conversations/408", authOk: true });
  });

  it.each([
    ["wrong credentials", "/v1/conversations/42", { ...dixa, authorization: "Bearer release-key" }],
    ["another route", "/v1/conversations/43", dixa],
    ["no vendor header", "/v1/conversations/42", { authorization: "release-key" }],
  ])("answers 400 to %s, without CORS headers for a non-browser", async (_, target, headers) => {
    const res = await fetch(`${server.url}${target}`, { headers });
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await res.json()) as { message: string }).message).toMatch(/^unexpected GET /);
  });
});
