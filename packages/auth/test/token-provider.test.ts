import type { OperationInfo } from "@cxkit/core";
import { createCxkitClient } from "@cxkit/core/internal";
import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bearer, clientCredentials, createTokenProvider } from "../src/index.js";

const operations: readonly OperationInfo[] = [
  { operationId: "getThing", method: "GET", path: "/things/{id}", safeToRepeat: true },
  { operationId: "createThing", method: "POST", path: "/things", safeToRepeat: false },
];

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

function clientWith(auth: ReturnType<typeof bearer>) {
  // Untyped paths: these tests are about auth, not about a vendor's schema.
  return createCxkitClient<{
    GET(path: string, init?: object): Promise<{ data?: unknown; response: Response }>;
    POST(path: string, init?: object): Promise<{ data?: unknown; response: Response }>;
  }>(
    {
      packageName: "@cxkit/test",
      version: "0.0.0",
      servers: [{ url: "https://api.example.com" }],
      auth: { schemes: { bearer: { type: "bearer", option: "token" } }, security: ["bearer"] },
      operations,
    },
    { baseUrl: server.url, retry: false },
    () => ({ bearer: auth }),
  ) as unknown as {
    GET(path: string, init?: object): Promise<{ data?: unknown; response: Response }>;
    POST(path: string, init?: object): Promise<{ data?: unknown; response: Response }>;
  };
}

describe("createTokenProvider", () => {
  it("fetches one token for 20 concurrent requests", async () => {
    let fetches = 0;
    const provider = createTokenProvider({
      fetchToken: async () => {
        fetches++;
        await new Promise((r) => setTimeout(r, 50));
        return { token: `tok-${fetches}`, expiresInMs: 60_000 };
      },
    });
    const client = clientWith(bearer(provider));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.GET("/things/{id}", { params: { path: { id: i } } }),
      ),
    );
    expect(fetches).toBe(1);
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(server.requests).toHaveLength(20);
    expect(new Set(server.requests.map((r) => r.headers.authorization))).toEqual(
      new Set(["Bearer tok-1"]),
    );
  });

  it("refreshes once the token is within the skew of its expiry", async () => {
    let now = 1_000_000;
    let fetches = 0;
    const provider = createTokenProvider({
      now: () => now,
      refreshSkewMs: 45_000,
      fetchToken: async () => ({ token: `tok-${++fetches}`, expiresInMs: 1_799_000 }),
    });
    expect(await provider.getToken()).toBe("tok-1");
    now += 1_799_000 - 45_001;
    expect(await provider.getToken()).toBe("tok-1");
    now += 2;
    expect(await provider.getToken()).toBe("tok-2");
    expect(fetches).toBe(2);
  });

  it("drops the token and retries once after a 401, then gives up", async () => {
    let fetches = 0;
    const provider = createTokenProvider({
      fetchToken: async () => ({ token: `tok-${++fetches}`, expiresInMs: 60_000 }),
    });
    server.handle((req) =>
      req.headers.authorization === "Bearer tok-2"
        ? { body: { ok: true } }
        : { status: 401, body: { message: "Unauthorized" } },
    );
    const client = clientWith(bearer(provider));
    // A POST too: a 401 means the server did not act on it, so sending it again is safe.
    const result = await client.POST("/things", { body: { name: "x" } });
    expect(result.response.status).toBe(200);
    expect(fetches).toBe(2);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer tok-1",
      "Bearer tok-2",
    ]);
    expect(server.requests[1]!.json()).toEqual({ name: "x" });

    // A server that refuses every token: one refresh, one re-send, then the 401 is returned.
    server.handle(() => ({ status: 401, body: { message: "Unauthorized" } }));
    server.requests.length = 0;
    const refused = await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(refused.response.status).toBe(401);
    expect(server.requests).toHaveLength(2);
    expect(fetches).toBe(3);
  });
});

describe("clientCredentials", () => {
  it("exchanges a client id and secret form-encoded and caches the token", async () => {
    server.handle((req) => {
      if (req.path === "/Token") {
        return { body: { access_token: "issued-1", token_type: "bearer", expires_in: 1799 } };
      }
      return { body: { seen: req.headers.authorization } };
    });
    const provider = clientCredentials({
      tokenUrl: `${server.url}/Token`,
      clientId: "my-client",
      clientSecret: "s3cr3t value&=",
    });
    const client = clientWith(bearer(provider));
    await client.GET("/things/{id}", { params: { path: { id: 1 } } });
    await client.GET("/things/{id}", { params: { path: { id: 2 } } });
    const tokenCalls = server.requests.filter((r) => r.path === "/Token");
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.method).toBe("POST");
    expect(tokenCalls[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(tokenCalls[0]!.text))).toEqual({
      grant_type: "client_credentials",
      client_id: "my-client",
      client_secret: "s3cr3t value&=",
    });
    expect(
      server.requests.filter((r) => r.path !== "/Token").map((r) => r.headers.authorization),
    ).toEqual(["Bearer issued-1", "Bearer issued-1"]);
  });

  it("refuses a refused exchange with an AuthError that never shows the secret", async () => {
    server.handle(() => ({ status: 400, body: { error: "invalid_client for s3cr3t-xyz" } }));
    const provider = clientCredentials({
      tokenUrl: `${server.url}/Token`,
      clientId: "client-abc",
      clientSecret: "s3cr3t-xyz",
    });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError", status: 400 });
    const text = `${String(error)} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(text).not.toContain("s3cr3t-xyz");
    expect(text).toContain("invalid_client");
  });

  it("rejects a token_type other than bearer", async () => {
    server.handle(() => ({ body: { access_token: "x", token_type: "mac", expires_in: 10 } }));
    const provider = clientCredentials({
      tokenUrl: `${server.url}/Token`,
      clientId: "a",
      clientSecret: "b",
    });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(String(error)).toMatch(/token_type other than "bearer"/);
    // The unexpected value itself is never repeated: it may be a secret.
    expect(String(error)).not.toContain("mac");
  });
});
