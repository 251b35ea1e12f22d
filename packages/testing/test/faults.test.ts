// Scripted faults drive the clients' retry behaviour. Written exactly as a user's test would be: the
// kit and the clients come from their package names, nothing from this repo's sources.
import { createDixaClient, ResponseParseError, type DixaClient } from "@cxkit/dixa";
import { createHaptikClient } from "@cxkit/haptik";
import { mockDixa, mockHaptik, type DixaMockServer, type FaultStep } from "@cxkit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

let mock: DixaMockServer;
beforeAll(async () => {
  mock = await mockDixa({ credentials: { apiKey: "dixa-key" } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const retries: { attempt: number; delayMs: number; fromRetryAfter: boolean }[] = [];
function client(options: { timeoutMs?: number; maxRetries?: number } = {}): DixaClient {
  retries.length = 0;
  return createDixaClient({
    apiKey: "dixa-key",
    baseUrl: mock.url,
    rateLimit: false,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    retry: {
      baseDelayMs: 5,
      maxRetries: options.maxRetries ?? 2,
      onRetry: ({ attempt, delayMs, fromRetryAfter }) =>
        retries.push({ attempt, delayMs, fromRetryAfter }),
    },
  });
}

const getConversation = (dixa: DixaClient) =>
  dixa.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 42 } } });
const addNote = (dixa: DixaClient) =>
  dixa.POST("/v1/conversations/{conversationId}/notes", {
    params: { path: { conversationId: 42 } },
    body: { message: "Called back, issue solved" },
  });

describe("retries of a safe operation (GET getConversation)", () => {
  it.each<[string, FaultStep[]]>([
    ["two 503s", [{ status: 503 }, { status: 503 }]],
    ["a 500 then a 502", [{ status: 500 }, { status: 502 }]],
    ["a reset before the body, then a 504", [{ reset: "before-body" }, { status: 504 }]],
    ["a reset after the body, then a 408", [{ reset: "after-body" }, { status: 408 }]],
  ])("succeeds on the 3rd attempt after %s", async (_name, steps) => {
    mock.fault("getConversation", ...steps);
    const { data, response } = await getConversation(client());
    expect(response.status).toBe(200);
    expect(data?.data.id).toBe(1);
    expect(mock.requestsOf("getConversation").map((r) => r.status)).toEqual([
      ...steps.map((s) => ("status" in s ? s.status : undefined)),
      200,
    ]);
    expect(retries.map((r) => r.attempt)).toEqual([2, 3]);
    expect(mock.pendingFaults()).toBe(0);
  });

  it("gives up after maxRetries and returns the last error answer", async () => {
    mock.fault("getConversation", { status: 503 }, { status: 503 }, { status: 503 });
    const { error, response } = await getConversation(client());
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "Service Unavailable" });
    expect(mock.requests).toHaveLength(3);
  });

  it("a 500 answers with the spec's own ServerError example", async () => {
    mock.fault("getConversation", { status: 500 }, { status: 500 }, { status: 500 });
    const { error } = await getConversation(client());
    expect(error).toEqual({
      message: "There was an internal server error while processing the request",
    });
  });

  it("a hung request times out and is retried", async () => {
    mock.fault("getConversation", { hang: true });
    const { response } = await getConversation(client({ timeoutMs: 300 }));
    expect(response.status).toBe(200);
    expect(mock.requests.map((r) => r.status)).toEqual([undefined, 200]);
  });

  it("a delay within the timeout is only a delay", async () => {
    mock.fault("getConversation", { delayMs: 150 });
    const started = performance.now();
    const { response } = await getConversation(client({ timeoutMs: 2000 }));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(retries).toEqual([]);
  });
});

describe("429 and Retry-After", () => {
  it("honours Retry-After (seconds), even for a POST", async () => {
    mock.fault("addInternalNote", { status: 429, headers: { "retry-after": "1" } });
    const started = performance.now();
    const { data, response } = await addNote(client());
    expect(response.status).toBe(200);
    expect(data?.data.message).toBe("A sample note");
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(retries).toEqual([{ attempt: 2, delayMs: 1000, fromRetryAfter: true }]);
    expect(mock.requestsOf("addInternalNote").map((r) => r.status)).toEqual([429, 200]);
  });
});

describe("writes are never sent twice by accident (POST addInternalNote)", () => {
  it("a reset after the body reached the server is not retried: exactly one request", async () => {
    mock.fault("addInternalNote", { reset: "after-body" });
    await expect(addNote(client())).rejects.toMatchObject({
      name: "NetworkError",
      maybeSent: true,
    });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.body).toEqual({ message: "Called back, issue solved" });
    expect(mock.requests[0]!.valid).toBe(true);
  });

  it("a 503 on a POST is returned, not retried", async () => {
    mock.fault("addInternalNote", { status: 503 });
    const { response } = await addNote(client());
    expect(response.status).toBe(503);
    expect(mock.requests).toHaveLength(1);
  });

  it("a hung POST times out once, without a second attempt", async () => {
    mock.fault("addInternalNote", { hang: true });
    await expect(addNote(client({ timeoutMs: 200 }))).rejects.toMatchObject({
      name: "TimeoutError",
    });
    expect(mock.requests).toHaveLength(1);
  });

  it("a POST the spec marks idempotent (searchConversationsWithFilters) is retried", async () => {
    mock.fault("searchConversationsWithFilters", { status: 503 }, { reset: "after-body" });
    const { response } = await client().POST("/v1/search/conversations", {
      body: { query: { value: "refund", exactMatch: false } },
    });
    expect(response.status).toBe(200);
    expect(mock.requests).toHaveLength(3);
  });
});

describe("other faults", () => {
  it("malformed JSON makes the call fail with a typed error instead of returning half a body", async () => {
    mock.fault("getConversation", { malformedJson: true });
    const failure = getConversation(client());
    await expect(failure).rejects.toThrow(ResponseParseError);
    await expect(failure).rejects.toMatchObject({ status: 200 });
  });

  it('"*" faults the next request of any operation', async () => {
    mock.fault("*", { status: 503 });
    const { response } = await addNote(client());
    expect(response.status).toBe(503);
    expect(mock.requests[0]!.fault).toEqual({ status: 503 });
  });

  it("a fault step may carry its own body and headers", async () => {
    mock.fault("getConversation", {
      status: 404,
      body: { message: "Conversation 42 does not exist" },
      headers: { "x-request-id": "req-1" },
    });
    const { error, response } = await getConversation(client());
    expect(error).toEqual({ message: "Conversation 42 does not exist" });
    expect(response.headers.get("x-request-id")).toBe("req-1");
  });

  it("a Haptik multipart upload (safe to repeat) is retried after a reset", async () => {
    const haptik = await mockHaptik();
    try {
      haptik.fault("createFaqSteps", { reset: "after-body" });
      const client = createHaptikClient({
        token: "t",
        clientId: "c",
        baseUrl: haptik.url,
        retry: { baseDelayMs: 5 },
      });
      const { data } = await client.POST("/mogambo_api/nodes/faq/create/", {
        body: { domain_name: "acme_bot", csv_file: "node_name,question,answer\n" },
      });
      expect(data?.body.task_id).toBe("fe139ce5-f4c3-4383-bacb-64a546cb0b6c");
      expect(haptik.requests.map((r) => r.files.csv_file?.type)).toEqual(["text/csv", "text/csv"]);
    } finally {
      await haptik.close();
    }
  });
});

describe("close()", () => {
  it("drops hung requests and refuses new ones", async () => {
    const other = await mockDixa();
    other.fault("getConversation", { hang: true });
    const dixa = createDixaClient({
      apiKey: "k",
      baseUrl: other.url,
      retry: false,
      rateLimit: false,
    });
    const pending = getConversation(dixa);
    while (other.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await other.close();
    await other.close(); // twice is fine
    await expect(pending).rejects.toMatchObject({ name: "NetworkError" });
    await expect(getConversation(dixa)).rejects.toMatchObject({
      name: "NetworkError",
      maybeSent: false,
    });
  });
});
