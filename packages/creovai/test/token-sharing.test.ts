// The shared token exchange: one caller giving up does not fail the others waiting on it, and a 503
// from /Token is retried (issue "Hardening", item 10).
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { AbortError, createCreovaiClient } from "@cxkit/creovai";

const server = useTestServer();
const client = () =>
  createCreovaiClient({
    clientId: "api-user",
    clientSecret: "api-secret",
    baseUrl: server.url,
    retry: { baseDelayMs: 5 },
  });

describe("the shared token exchange", () => {
  it("a caller aborting while the exchange runs fails alone; the others get the token", async () => {
    server.handle(async (req) => {
      if (req.path === "/Token") {
        await new Promise((r) => setTimeout(r, 300));
        return { body: { access_token: "shared", token_type: "bearer", expires_in: 1799 } };
      }
      return { body: { sessions: [] } };
    });
    const creovai = client();
    const controller = new AbortController();
    const first = creovai.getSessionStatuses(
      { body: { sessionIds: ["1"] } },
      { signal: controller.signal },
    );
    const second = creovai.getSessionStatuses({ body: { sessionIds: ["2"] } });
    setTimeout(() => controller.abort(), 50);
    await expect(first).rejects.toBeInstanceOf(AbortError);
    await expect(second).resolves.toEqual({ sessions: [] });
    expect(server.requests.filter((r) => r.path === "/Token")).toHaveLength(1);
    expect(
      server.requests.filter((r) => r.path !== "/Token").map((r) => r.headers.authorization),
    ).toEqual(["Bearer shared"]);
  });

  it("a 503 from /Token is retried (the exchange is safe to repeat)", async () => {
    let tokenCalls = 0;
    server.handle((req) => {
      if (req.path === "/Token") {
        return ++tokenCalls === 1
          ? { status: 503, body: "Service Unavailable" }
          : { body: { access_token: "after-503", token_type: "bearer", expires_in: 1799 } };
      }
      return { body: { sessions: [] } };
    });
    await expect(client().getSessionStatuses({ body: { sessionIds: ["1"] } })).resolves.toEqual({
      sessions: [],
    });
    expect(tokenCalls).toBe(2);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer after-503");
  });
});
