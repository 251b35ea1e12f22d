// Regression tests for the defects a hostile review found (issue "Hardening @cxkit/core and @cxkit/auth"),
// each through the public client against a real server on 127.0.0.1.
import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import { startServer, useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthError,
  ConfigError,
  CxkitError,
  NetworkError,
  REDACTED,
  ResponseParseError,
  TimeoutError,
  unwrap,
  ValidationError,
  type AuthStrategy,
} from "../src/index.js";
import { createCxkitClient } from "../src/internal.js";
import { apiKeyAuth, descriptor, SECRET, testClient, type TestClient } from "./helpers.js";

const server = useTestServer();

/** Everything an error shows anyone: message, stack, toString, JSON, inspect, fields, cause chain. */
function everythingShown(error: unknown): string {
  const parts: string[] = [inspect(error, { depth: 10, showHidden: true })];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as Error;
    parts.push(
      String(e),
      e.message ?? "",
      e.stack ?? "",
      JSON.stringify(e),
      JSON.stringify({ ...e }),
    );
    current = e.cause;
  }
  return parts.join("\n");
}

const echoKey = () =>
  server.handle((req) => ({
    status: 403,
    headers: { "x-request-id": `req-${String(req.headers["x-api-key"])}` },
    body: {
      message: `key ${String(req.headers["x-api-key"])} refused`,
      detail: { key: req.headers["x-api-key"] },
    },
  }));

describe("secrets never appear in an error, however it is printed", () => {
  it("1. throwOnError: an echoed key is redacted in message, stack, String, JSON and inspect", async () => {
    echoKey();
    const client = testClient({ baseUrl: server.url, throwOnError: true });
    const error = await client.POST("/things", { body: { name: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(everythingShown(error)).not.toContain(SECRET);
    expect((error as ApiError).message).toContain(REDACTED);
  });

  it("2. ApiError.body, requestId and headers are redacted; console.log(err) shows no secret", async () => {
    echoKey();
    const client = testClient({ baseUrl: server.url });
    const error = (await unwrap(client.POST("/things", { body: { name: "x" } })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.body).toEqual({ message: `key ${REDACTED} refused`, detail: { key: REDACTED } });
    expect(error.requestId).toBe(`req-${REDACTED}`);
    expect(JSON.stringify(error.headers)).not.toContain(SECRET);
    expect(everythingShown(error)).not.toContain(SECRET);
  });

  it("3. a malformed 2xx JSON body is a ResponseParseError that does not quote the body", async () => {
    server.handle(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: `{"key": "${SECRET}", `,
    }));
    const client = testClient({ baseUrl: server.url });
    const error = await client
      .GET("/things/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toBeInstanceOf(CxkitError);
    expect(error).toMatchObject({ status: 200 });
    expect(everythingShown(error)).not.toContain(SECRET);
  });

  it("4. a short key is redacted where it stands as a value, never inside other words", async () => {
    server.handle((req) => ({
      status: 404,
      body: { message: `unknown key ${String(req.headers["x-api-key"])}` },
    }));
    const client = testClient({ baseUrl: server.url, auth: apiKeyAuth("k") });
    const error = (await client
      .PUT("/things/{id}" as never, { params: { path: { id: "link" } } } as never)
      .then(unwrap)
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toContain("[@cxkit/test]");
    expect(error.message).toContain("/things/link");
    expect(error.message).toContain(`unknown key ${REDACTED}`);
  });

  it("5. ConfigError never repeats baseUrl user info; AuthError never repeats an unexpected value", () => {
    const error = (() => {
      try {
        testClient({ baseUrl: "https://user:hunter2-password@api.example.com" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(everythingShown(error)).not.toContain("hunter2-password");
    expect(error).toMatchObject({ option: "baseUrl" });
  });
});

describe("no call hangs, and nothing unsent is called maybe sent", () => {
  const never: AuthStrategy = {
    credentialHeaders: ["x-api-key"],
    headers: () => new Promise(() => {}),
  };

  it("6. a credential function that never settles: timeoutMs, deadlineMs and an aborted signal each end the call", async () => {
    const client = testClient({ baseUrl: server.url, auth: never, timeoutMs: 100, retry: false });
    await expect(client.GET("/things/{id}", { params: { path: { id: 1 } } })).rejects.toMatchObject(
      {
        name: "TimeoutError",
        kind: "attempt",
      },
    );
    const deadline = testClient({
      baseUrl: server.url,
      auth: never,
      timeoutMs: 10_000,
      deadlineMs: 100,
    });
    await expect(
      deadline.GET("/things/{id}", { params: { path: { id: 1 } } }),
    ).rejects.toMatchObject({
      name: "TimeoutError",
      kind: "deadline",
    });
    const controller = new AbortController();
    const aborted = testClient({ baseUrl: server.url, auth: never, timeoutMs: 10_000 });
    setTimeout(() => controller.abort(), 50);
    await expect(
      aborted.GET("/things/{id}", { params: { path: { id: 1 } }, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });

  it("7. time waiting for the rate limiter does not count against timeoutMs", async () => {
    server.handle(() => ({ status: 201, body: { id: "1" } }));
    // 30 writes through 10 per second, burst 4, with a 300 ms attempt limit: the last waits ~2.6 s.
    const client = testClient({
      baseUrl: server.url,
      timeoutMs: 300,
      rateLimit: { requests: 10, perMs: 1000, burst: 4 },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => client.POST("/things", { body: { name: "x" } })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(server.requests).toHaveLength(30);
  });

  it("8. a failed name lookup is not 'maybe sent', and a POST is retried", async () => {
    const attempts: number[] = [];
    const client = testClient({
      baseUrl: "https://cxkit-test.invalid",
      retry: { maxRetries: 2, baseDelayMs: 1, onRetry: (e) => attempts.push(e.attempt) },
    });
    const error = await client.POST("/things", { body: { name: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ maybeSent: false });
    expect(["ENOTFOUND", "EAI_AGAIN"]).toContain((error as NetworkError).code);
    expect(attempts).toEqual([2, 3]);
  });

  it.each<[string, AuthStrategy, string, string]>([
    [
      "a rejecting credential function",
      {
        credentialHeaders: ["x-api-key"],
        headers: async () => {
          throw new Error("vault down");
        },
      },
      "AuthError",
      "",
    ],
    [
      "a key with NUL",
      { credentialHeaders: ["x-api-key"], headers: async () => ({ "x-api-key": "ab\u0000c" }) },
      "ConfigError",
      "x-api-key",
    ],
    [
      "a key with DEL",
      { credentialHeaders: ["x-api-key"], headers: async () => ({ "x-api-key": "ab\u007fc" }) },
      "ConfigError",
      "x-api-key",
    ],
    [
      "a key outside Latin-1",
      { credentialHeaders: ["x-api-key"], headers: async () => ({ "x-api-key": "clé☃" }) },
      "ConfigError",
      "x-api-key",
    ],
  ])(
    "9. %s is a typed error (%#), not a NetworkError, and nothing is sent",
    async (_name, auth, name, option) => {
      const client = testClient({ baseUrl: server.url, auth });
      const error = await client.POST("/things", { body: { name: "x" } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name });
      if (option) expect(error).toMatchObject({ option });
      expect(error).not.toBeInstanceOf(NetworkError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("11. a throwing logger or onRetry never changes the outcome", async () => {
    let calls = 0;
    server.handle(() =>
      ++calls === 1 ? { status: 503, body: {} } : { status: 201, body: { id: "7" } },
    );
    const client = testClient({
      baseUrl: server.url,
      logger: () => {
        throw new Error("logger broke");
      },
      retry: {
        baseDelayMs: 1,
        onRetry: () => {
          throw new Error("hook broke");
        },
      },
    });
    const { data, response } = await client.GET("/things/{id}", { params: { path: { id: 7 } } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: "7" });
  });

  it.each([
    [{ retry: { maxRetries: Number.NaN } }, "retry.maxRetries"],
    [{ timeoutMs: 2 ** 31 }, "timeoutMs"],
    [{ timeoutMs: 0 }, "timeoutMs"],
    [{ deadlineMs: Number.POSITIVE_INFINITY }, "deadlineMs"],
    [{ rateLimit: { requests: 10, perMs: 1000, maxConcurrent: 0 } }, "rateLimit.maxConcurrent"],
    [{ rateLimit: { requests: 10, perMs: Number.POSITIVE_INFINITY } }, "rateLimit.perMs"],
    [{ rateLimit: { requests: Number.NaN, perMs: 1000 } }, "rateLimit.requests"],
  ])("12. %j is a ConfigError naming the option (%#)", (options, option) => {
    expect(() => testClient({ baseUrl: server.url, ...options })).toThrow(
      expect.objectContaining({ name: "ConfigError", option }),
    );
  });

  it("12. per-call numeric options are checked too", async () => {
    const client = testClient({ baseUrl: server.url });
    await expect(
      client.GET("/things/{id}", { params: { path: { id: 1 } }, timeoutMs: Number.NaN }),
    ).rejects.toMatchObject({ name: "ConfigError", option: "timeoutMs" });
    expect(server.requests).toHaveLength(0);
  });

  it.each([301, 302, 303, 307, 308])(
    "13. a POST answered %i to another origin is never re-sent anywhere: the redirect comes back",
    async (status) => {
      server.handle(() => ({
        status,
        headers: { location: "http://127.0.0.2:9/steal" },
        body: {},
      }));
      const client = testClient({ baseUrl: server.url });
      const { error, response } = await client.POST("/things", { body: { name: "x" } });
      expect(response.status).toBe(status);
      expect(error).toBeDefined();
      expect(server.requests.map((r) => r.method)).toEqual(["POST"]);
      const thrown = await client.createThing({ body: { name: "x" } }).catch((e: unknown) => e);
      expect(thrown).toMatchObject({ status });
      expect(thrown).toBeInstanceOf(ApiError);
    },
  );

  it.each<[string, Record<string, unknown>, string]>([
    ["a lone surrogate in a path value", { path: { id: "a\ud800b" } }, "path.id"],
    ["NaN as an id", { path: { id: Number.NaN } }, "path.id"],
    ["Infinity as an id", { path: { id: Number.POSITIVE_INFINITY } }, "path.id"],
    ["a lone surrogate in a query value", { path: { id: 1 }, query: { q: "\udc00" } }, "query.q"],
    ["NaN in the query", { path: { id: 1 }, query: { q: Number.NaN } }, "query.q"],
  ])(
    "14. %s is a ValidationError naming the field, and nothing is sent",
    async (_name, params, field) => {
      const client = testClient({ baseUrl: server.url });
      const error = await client.GET("/things/{id}", { params } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field });
      expect(server.requests).toHaveLength(0);
    },
  );

  it("14. query keys are encoded, and Retry-After: -1 is not read as 0", async () => {
    let calls = 0;
    server.handle(() =>
      ++calls === 1
        ? { status: 429, headers: { "retry-after": "-1" }, body: {} }
        : { body: { id: "1" } },
    );
    const delays: Array<[number, boolean]> = [];
    const client = testClient({
      baseUrl: server.url,
      retry: {
        baseDelayMs: 40,
        maxDelayMs: 40,
        onRetry: (e) => delays.push([e.delayMs, e.fromRetryAfter]),
      },
    });
    await client.GET("/things/{id}", {
      params: { path: { id: 1 }, query: { "a&b=c": "x y" } as never },
    });
    expect(server.requests[0]!.url).toBe("/things/1?a%26b%3Dc=x%20y");
    expect(delays).toHaveLength(1);
    expect(delays[0]![1]).toBe(false);
  });

  it("15. a client-level signal keeps no listener after its calls end", async () => {
    server.handle(() => ({ body: { id: "1" } }));
    const controller = new AbortController();
    const client = testClient({ baseUrl: server.url, signal: controller.signal });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client.GET("/things/{id}", { params: { path: { id: i } } }),
      ),
    );
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const perCall = new AbortController();
    await client.GET("/things/{id}", { params: { path: { id: 1 } }, signal: perCall.signal });
    expect(getEventListeners(perCall.signal, "abort")).toHaveLength(0);
  });

  it("16. NetworkError keeps its cause (redacted): a refused port reads ECONNREFUSED", async () => {
    const closed = await startServer();
    await closed.close();
    const client = testClient({ baseUrl: closed.url, retry: false });
    const error = (await client
      .GET("/things/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.maybeSent).toBe(false);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.cause).toBeInstanceOf(Error);
    expect(String(error.message)).toContain("ECONNREFUSED");
  });
});

describe("errors are one hierarchy across copies", () => {
  it("instanceof holds for an error made by another copy of @cxkit/core (same registered name)", () => {
    // A second copy's class: same name and brand, different prototype chain.
    class OtherCopyError extends Error {
      constructor() {
        super("from another copy");
        Object.defineProperty(this, Symbol.for("@cxkit/core:error-kinds"), {
          value: ["NotFoundError", "ApiError", "CxkitError"],
        });
      }
    }
    const foreign = new OtherCopyError();
    expect(foreign).toBeInstanceOf(ApiError);
    expect(foreign).toBeInstanceOf(CxkitError);
    expect(foreign).not.toBeInstanceOf(TimeoutError);
    expect(new AuthError("x")).not.toBeInstanceOf(ApiError);
  });
});

describe("keyed writes", () => {
  it("a reset after the body was read is re-sent only when the key is set; the duplicate answer means applied", async () => {
    let first = true;
    server.handle((req, res) => {
      if (first) {
        first = false;
        res.socket?.destroy();
        return;
      }
      return { status: 400, body: { message: "Duplicate externalId" } };
    });
    const client: TestClient = testClient({ baseUrl: server.url, retry: { baseDelayMs: 1 } });
    const keyed = await client.POST("/keyed", { body: { name: "x", externalId: "e-1" } });
    expect(keyed).toMatchObject({ alreadyApplied: true, key: "e-1" });
    expect(server.requests).toHaveLength(2);

    first = true;
    server.requests.length = 0;
    const unkeyed = await client.POST("/keyed", { body: { name: "x" } }).catch((e: unknown) => e);
    expect(unkeyed).toMatchObject({ name: "NetworkError", maybeSent: true });
    expect(server.requests).toHaveLength(1);

    server.handle(() => ({ status: 400, body: { message: "Duplicate externalId" } }));
    server.requests.length = 0;
    const firstTry = await client.POST("/keyed", { body: { name: "x", externalId: "e-2" } });
    expect(firstTry.error).toEqual({ message: "Duplicate externalId" });
    expect(firstTry).not.toHaveProperty("alreadyApplied");
  });

  it("a client built from a descriptor accepts its documented defaults", () => {
    const client = createCxkitClient(descriptor(), { baseUrl: server.url }, () => ({
      key: apiKeyAuth(),
    }));
    expect(typeof (client as Record<string, unknown>).getThing).toBe("function");
  });
});
