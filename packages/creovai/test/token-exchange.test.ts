// A client created with clientId + clientSecret exchanges them at POST /Token (form-encoded, no bearer
// token), caches the token until 45 s before it expires, and exchanges again once after a 401.
import { useTestServer, type RecordedRequest } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { AuthenticationError, AuthError, createCreovaiClient } from "@cxkit/creovai";

const server = useTestServer();

interface TokenServer {
  /** Tokens issued so far. */
  issued(): number;
  /** Answer the next `n` operation requests with 401. */
  reject(n: number): void;
}

function serveTokens(expiresIn = 1799): TokenServer {
  let issued = 0;
  let rejecting = 0;
  server.handle((req) => {
    if (req.path === "/Token") {
      issued++;
      return {
        body: { access_token: `access-${issued}`, token_type: "bearer", expires_in: expiresIn },
      };
    }
    if (rejecting > 0) {
      rejecting--;
      return { status: 401, body: "Authorization has been denied for this request." };
    }
    return { body: { sessions: [] } };
  });
  return { issued: () => issued, reject: (n) => (rejecting = n) };
}

const operationRequests = () => server.requests.filter((r) => r.path !== "/Token");
const tokenRequests = () => server.requests.filter((r) => r.path === "/Token");
const bearerOf = (r: RecordedRequest) => r.headers.authorization;

function client() {
  return createCreovaiClient({
    clientId: "api-user",
    clientSecret: "api-secret",
    baseUrl: server.url,
  });
}

const statuses = (creovai: ReturnType<typeof client>) =>
  creovai.getSessionStatuses({ body: { sessionIds: ["458789546"] } });

describe("client-credentials token exchange", () => {
  it("exchanges at POST /Token form-encoded on the first call, then reuses the token", async () => {
    const tokens = serveTokens();
    const creovai = client();
    await statuses(creovai);
    await statuses(creovai);
    await creovai.listCategories({});
    expect(tokens.issued()).toBe(1);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /Token",
      "POST /capture/v2/status",
      "POST /capture/v2/status",
      "GET /processing/v2/categories",
    ]);
    const [token] = tokenRequests();
    expect(token!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(token!.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(token!.text))).toEqual({
      grant_type: "client_credentials",
      client_id: "api-user",
      client_secret: "api-secret",
    });
    expect(operationRequests().map(bearerOf)).toEqual([
      "Bearer access-1",
      "Bearer access-1",
      "Bearer access-1",
    ]);
  });

  it("shares one exchange between concurrent first calls", async () => {
    const tokens = serveTokens();
    const creovai = client();
    await Promise.all([statuses(creovai), statuses(creovai), creovai.listCustomFields({})]);
    expect(tokens.issued()).toBe(1);
    expect(operationRequests().map(bearerOf)).toEqual(Array(3).fill("Bearer access-1"));
  });

  it("drops the token after a 401, exchanges once more and re-sends the call", async () => {
    const tokens = serveTokens();
    const creovai = client();
    await statuses(creovai);
    tokens.reject(1);
    await expect(statuses(creovai)).resolves.toEqual({ sessions: [] });
    expect(tokens.issued()).toBe(2);
    expect(operationRequests().map(bearerOf)).toEqual([
      "Bearer access-1",
      "Bearer access-1",
      "Bearer access-2",
    ]);
  });

  it("re-sends a non-idempotent upload after a 401 too (a 401 means it was not processed)", async () => {
    const tokens = serveTokens();
    const creovai = client();
    tokens.reject(1);
    await creovai.appendMasterMetadata({ body: { masterId: "m", metadata: {} } });
    expect(tokens.issued()).toBe(2);
    expect(operationRequests().map(bearerOf)).toEqual(["Bearer access-1", "Bearer access-2"]);
  });

  it("exchanges only once more: a second 401 is thrown as AuthenticationError", async () => {
    const tokens = serveTokens();
    const creovai = client();
    tokens.reject(5);
    const error = await statuses(creovai).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
    expect(tokens.issued()).toBe(2);
    expect(operationRequests()).toHaveLength(2);
  });

  it.each([
    ["reuses a token that expires in 46 s (1 s before the 45 s refresh margin)", 46, 1],
    ["refreshes a token that expires in 45 s (inside the refresh margin) on every call", 45, 3],
  ])("%s", async (_name, expiresIn, exchanges) => {
    const tokens = serveTokens(expiresIn);
    const creovai = client();
    for (let i = 0; i < 3; i++) await statuses(creovai);
    expect(tokens.issued()).toBe(exchanges);
  });

  it("a refused exchange is an AuthError and sends no operation request", async () => {
    server.handle(() => ({ status: 401, body: "invalid_client" }));
    const creovai = createCreovaiClient({
      clientId: "api-user",
      clientSecret: "wrong",
      baseUrl: server.url,
      retry: false,
    });
    const error = await statuses(creovai).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 401 });
    expect(String((error as Error).message)).not.toContain("wrong");
    expect(server.requests.map((r) => r.path)).toEqual(["/Token"]);
  });

  it("a client created with a token never calls /Token", async () => {
    serveTokens();
    const creovai = createCreovaiClient({ token: "mine", baseUrl: server.url });
    await statuses(creovai);
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/capture/v2/status", "Bearer mine"],
    ]);
  });
});
