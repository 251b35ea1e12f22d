import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createHaptikClient, type HaptikChatHistory } from "@cxkit/haptik";

const server = useTestServer();

const client = () =>
  createHaptikClient({ token: "hap-token", clientId: "client-123", baseUrl: server.url });

function expectAuth(index = 0) {
  const req = server.requests[index]!;
  expect(req.headers.authorization).toBe("Bearer hap-token");
  expect(req.headers["client-id"]).toBe("client-123");
  return req;
}

describe("sendChatToAgent", () => {
  it("posts the hand-off as JSON", async () => {
    server.handle(() => ({ body: { success: true } }));
    const body = {
      team_name: "Support",
      user_name: "ab112468917fgghdebc",
      business_id: 1234,
      countdown: 5,
      receiver: "athena" as const,
    };
    const { data } = await client().POST("/integration/external/v2.0/send_chat_to_agent/", {
      body,
    });
    expect(data).toEqual({ success: true });
    const req = expectAuth();
    expect(req.method).toBe("POST");
    expect(req.url).toBe("/integration/external/v2.0/send_chat_to_agent/");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.json()).toEqual(body);
  });

  it("returns Haptik's error_message body as error", async () => {
    server.handle(() => ({ status: 400, body: { error_message: "invalid team_name provided" } }));
    const { error, response } = await client().POST(
      "/integration/external/v2.0/send_chat_to_agent/",
      {
        body: { team_name: "x", user_name: "u", business_id: 1 },
      },
    );
    expect(response.status).toBe(400);
    expect(error).toEqual({ error_message: "invalid team_name provided" });
  });
});

describe("getChatHistory", () => {
  it.each<[string, Record<string, string | number>, HaptikChatHistory]>([
    [
      "group 1 (business_id + user_name), JSON",
      { business_id: "1234", user_name: "ab112468917fgghdebc", conversation_no: 2, limit: "50" },
      {
        chat_json: [
          {
            text: "Search places to visit{task}",
            sender: "user",
            message_id: 1742,
            timestamp: "06/22/20 07:24:25 AM UTC",
          },
        ],
      },
    ],
    [
      "group 2 (pxut), text",
      { pxut: "tw389ysgd._aksdjknsk-545641964-B", conversation_no: 2, response_type: "text" },
      { chat_text: "user: Search places to visit{task}\nbot: TEXT\n" },
    ],
  ])("%s", async (_name, query, answer) => {
    server.handle(() => ({ body: answer }));
    const { data } = await client().GET("/integration/external/v2.0/get_chat_history/", {
      params: { query: query as { conversation_no: number } },
    });
    expect(data).toEqual(answer);
    const req = expectAuth();
    expect(req.method).toBe("GET");
    expect(req.path).toBe("/integration/external/v2.0/get_chat_history/");
    expect(Object.fromEntries(req.query)).toEqual(
      Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    );
    expect(req.body).toHaveLength(0);
  });
});

describe("createFaqSteps", () => {
  it("uploads domain_name and the CSV as multipart/form-data", async () => {
    server.handle(() => ({
      body: {
        success: true,
        body: { task_id: "fe139ce5-f4c3-4383-bacb-64a546cb0b6c" },
        error: "",
        meta: {},
      },
    }));
    const csv =
      "node_name,question,answer\nhours,When are you open?|Hours?,9 to 6<m>Closed Sundays\n";
    const { data } = await client().POST("/mogambo_api/nodes/faq/create/", {
      body: { domain_name: "store_bot", csv_file: csv },
    });
    expect(data?.body.task_id).toBe("fe139ce5-f4c3-4383-bacb-64a546cb0b6c");
    const req = expectAuth();
    expect(req.method).toBe("POST");
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(req.body), {
      headers: { "content-type": req.headers["content-type"]! },
    }).formData();
    expect(form.get("domain_name")).toBe("store_bot");
    const file = form.get("csv_file") as File;
    expect(file).toBeInstanceOf(Blob);
    expect(file.name).toBe("csv_file.csv");
    expect(file.type).toBe("text/csv");
    expect(await file.text()).toBe(csv);
  });
});

describe("getFaqTaskStatus", () => {
  it("polls the task by id", async () => {
    const answer = {
      success: true,
      body: { status: "all steps have been created successfully" },
      error: "",
      meta: {},
    };
    server.handle(() => ({ body: answer }));
    const { data } = await client().GET("/mogambo_api/nodes/faq/create/status/{taskId}/", {
      params: { path: { taskId: "fe139ce5-f4c3-4383-bacb-64a546cb0b6c" } },
    });
    expect(data).toEqual(answer);
    const req = expectAuth();
    expect(req.method).toBe("GET");
    expect(req.url).toBe(
      "/mogambo_api/nodes/faq/create/status/fe139ce5-f4c3-4383-bacb-64a546cb0b6c/",
    );
  });
});
