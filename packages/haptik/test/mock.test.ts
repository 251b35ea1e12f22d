// Haptik's client and helpers against @cxkit/testing's spec-driven mock (two credentials, trailing
// slashes, multipart CSV upload, Haptik's `error_message` texts).
import { mockHaptik, type HaptikMockServer } from "@cxkit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createHaptikClient,
  FaqTaskError,
  parseHaptikTimestamp,
  unwrap,
  waitForFaqTask,
} from "@cxkit/haptik";

let mock: HaptikMockServer;
beforeAll(async () => {
  mock = await mockHaptik({ credentials: { token: "hap-token", clientId: "client-123" } });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const client = (clientId = "client-123") =>
  createHaptikClient({ token: "hap-token", clientId, baseUrl: mock.url, retry: false });

describe("Haptik client against the mock", () => {
  it("reads a JSON transcript whose timestamps parse", async () => {
    const history = await unwrap(
      client().GET("/integration/external/v2.0/get_chat_history/", {
        params: {
          query: { business_id: "1234", user_name: "ab112468917fgghdebc", conversation_no: 2 },
        },
      }),
    );
    expect("chat_json" in history).toBe(true);
    if ("chat_json" in history) {
      expect(history.chat_json.map((m) => parseHaptikTimestamp(m.timestamp).toISOString())).toEqual(
        ["2020-06-22T07:24:25.000Z", "2020-06-22T07:24:26.000Z"],
      );
    }
    expect(mock.requests[0]!.valid).toBe(true);
  });

  it("uploads FAQ steps and waits for the task", async () => {
    const statuses = ["In Progress", "all steps have been created successfully"];
    mock.respond("getFaqTaskStatus", () => ({
      body: { success: true, body: { status: statuses.shift() ?? "?" }, error: "", meta: {} },
    }));
    const haptik = client();
    const upload = await unwrap(
      haptik.POST("/mogambo_api/nodes/faq/create/", {
        body: { domain_name: "acme_bot", csv_file: "node_name,question,answer\nhi,Hello?,Hi!\n" },
      }),
    );
    const done = await waitForFaqTask(haptik, upload.body.task_id, { intervalMs: 1 });
    expect(done.body.status).toBe("all steps have been created successfully");
    expect(mock.requests.map((r) => r.operationId)).toEqual([
      "createFaqSteps",
      "getFaqTaskStatus",
      "getFaqTaskStatus",
    ]);
    expect(mock.requests[0]!.files.csv_file?.type).toBe("text/csv");
  });

  it("a failed task rejects with FaqTaskError", async () => {
    mock.respond("getFaqTaskStatus", {
      body: { success: true, body: { status: "Error: row 3 has no answer" }, error: "", meta: {} },
    });
    await expect(waitForFaqTask(client(), "t-1", { intervalMs: 1 })).rejects.toBeInstanceOf(
      FaqTaskError,
    );
  });

  it.each([
    [
      "a missing team_name",
      { user_name: "u", business_id: 1 },
      "client-123",
      400,
      "team_name missing in the request",
    ],
    [
      "a wrong client-id",
      { team_name: "t", user_name: "u", business_id: 1 },
      "nope",
      401,
      "invalid client_id in headers",
    ],
  ])("%s gets Haptik's documented error text", async (_name, body, clientId, status, text) => {
    const { error, response } = await client(clientId).POST(
      "/integration/external/v2.0/send_chat_to_agent/",
      { body: body as never },
    );
    expect(response.status).toBe(status);
    expect(error).toEqual({ error_message: text });
  });
});
