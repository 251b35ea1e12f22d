// One case per operation of specs/haptik/openapi.yaml, called through the public client's named methods
// against three real local servers, one per Haptik host (Conversation Studio, messenger, WhatsApp): each
// case checks that its request reached its own host and no other, with both credentials, the right
// method, path, query and body, and that the client resolves to what the server answered. Request bodies
// are written inline so the typed API has to accept them, and compared with the spec's examples so the
// two cannot drift apart.
import { readFileSync } from "node:fs";
import { useTestServer, type RecordedRequest, type TestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  BadRequestError,
  createHaptikClient,
  logUserFile,
  operations,
  type HaptikChatHistory,
  type HaptikClient,
  type HaptikWhatsAppNotification,
  type OperationId,
} from "@cxkit/haptik";

const TOKEN = "hap-token";
const CLIENT_ID = "client-123";
const TASK_ID = "fe139ce5-f4c3-4383-bacb-64a546cb0b6c";

interface SpecOperation {
  operationId?: string;
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
  >;
}

const spec = parse(
  readFileSync(new URL("../../../specs/haptik/openapi.yaml", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, SpecOperation>> };

function specOperation(operationId: OperationId): SpecOperation {
  for (const item of Object.values(spec.paths)) {
    for (const op of Object.values(item)) {
      if (typeof op === "object" && op.operationId === operationId) return op;
    }
  }
  throw new Error(`${operationId} is not in the spec`);
}

function examplesOf(
  examples: Record<string, { value: unknown }> | undefined,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(examples ?? {}).map(([k, v]) => [k, v.value]));
}

/** The spec's request examples of an operation, by name. */
const requestExamples = (operationId: OperationId, mediaType = "application/json") =>
  examplesOf(specOperation(operationId).requestBody?.content[mediaType]?.examples);

/** The spec's example answer of an operation for a status (the first one). */
const responseExample = (operationId: OperationId, status: string) =>
  Object.values(
    examplesOf(
      specOperation(operationId).responses[status]?.content?.["application/json"]?.examples,
    ),
  )[0];

type Host = "studio" | "messenger" | "whatsapp";

/** A multipart part as it arrived: a text field, or a file with its name and media type. */
type Part = string | { name: string; type: string; text: string };

interface Case {
  operationId: OperationId;
  host: Host;
  call: (haptik: HaptikClient) => Promise<unknown>;
  expect: {
    method: string;
    /** The path as sent, percent-encoding included. */
    path: string;
    /** Decoded query parameters; absent means no query string. */
    query?: Record<string, string>;
    /** The JSON body; absent (with no `form`) means no body at all. */
    json?: unknown;
    /** The multipart fields, every one of them. */
    form?: Record<string, Part>;
  };
  reply: { status: number; body: unknown };
}

const PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const FAQ_CSV =
  "node_name,question,answer\nstore_hours,When are you open?|What are your store hours?,We are open 9 am to 6 pm.<m>Closed on Sundays.\n";

const cases: Case[] = [
  {
    operationId: "sendChatToAgent",
    host: "studio",
    call: (haptik) =>
      haptik.sendChatToAgent({
        body: {
          team_name: "<Name of the team>",
          user_name: "<haptik user name>",
          business_id: 1234,
          countdown: 5,
          receiver: "athena",
        },
      }),
    expect: {
      method: "POST",
      path: "/integration/external/v2.0/send_chat_to_agent/",
      json: requestExamples("sendChatToAgent").request,
    },
    reply: { status: 200, body: responseExample("sendChatToAgent", "200") },
  },
  {
    operationId: "getChatHistory",
    host: "studio",
    call: (haptik) =>
      haptik.getChatHistory({
        query: { business_id: "1234", user_name: "ab112468917fgghdebc", conversation_no: 2 },
      }),
    expect: {
      method: "GET",
      path: "/integration/external/v2.0/get_chat_history/",
      query: { business_id: "1234", user_name: "ab112468917fgghdebc", conversation_no: "2" },
    },
    reply: { status: 200, body: responseExample("getChatHistory", "200") },
  },
  {
    operationId: "createFaqSteps",
    host: "studio",
    call: (haptik) =>
      haptik.createFaqSteps({
        body: { domain_name: "<Name of the Domain/Bot>", csv_file: FAQ_CSV },
      }),
    expect: {
      method: "POST",
      path: "/mogambo_api/nodes/faq/create/",
      form: {
        domain_name: "<Name of the Domain/Bot>",
        csv_file: { name: "csv_file.csv", type: "text/csv", text: FAQ_CSV },
      },
    },
    reply: { status: 200, body: responseExample("createFaqSteps", "200") },
  },
  {
    operationId: "getFaqTaskStatus",
    host: "studio",
    call: (haptik) => haptik.getFaqTaskStatus({ path: { taskId: TASK_ID } }),
    expect: { method: "GET", path: `/mogambo_api/nodes/faq/create/status/${TASK_ID}/` },
    reply: { status: 200, body: responseExample("getFaqTaskStatus", "200") },
  },
  {
    operationId: "createUser",
    host: "messenger",
    call: (haptik) =>
      haptik.createUser({
        body: {
          auth_id: "<AUTH_ID>",
          mobile_no: "<MOBILE_NO>",
          email: "<EMAIL>",
          name: "<NAME>",
          language_code: "en",
          custom_data: { country: "India", city: "Mumbai", date_of_birth: "25-03-1985" },
        },
      }),
    expect: { method: "POST", path: "/v1.0/user/", json: requestExamples("createUser").request },
    reply: { status: 200, body: responseExample("createUser", "200") },
  },
  {
    operationId: "updateUser",
    host: "messenger",
    call: (haptik) =>
      haptik.updateUser({
        body: {
          auth_id: "cust-0048213",
          mobile_no: "+919820012345",
          email: "priya.shah@example.com",
          custom_data: { city: "Pune" },
        },
      }),
    expect: {
      method: "PUT",
      path: "/v1.0/user/",
      json: requestExamples("updateUser").newContactDetails,
    },
    reply: { status: 200, body: responseExample("updateUser", "200") },
  },
  {
    operationId: "logMessageFromUser",
    host: "messenger",
    call: (haptik) =>
      haptik.logMessageFromUser({
        body: {
          user: { auth_id: "cust-0048213" },
          message_body: "Where is my order?",
          message_type: 0,
          business_id: 343,
        },
      }),
    expect: {
      method: "POST",
      path: "/v1.0/log_message_from_user/",
      json: requestExamples("logMessageFromUser").question,
    },
    reply: { status: 200, body: responseExample("logMessageFromUser", "200") },
  },
  {
    operationId: "logFileFromUser",
    host: "messenger",
    call: (haptik) =>
      logUserFile(haptik, {
        body: {
          auth_id: "cust-0048213",
          business_id: 343,
          message_body: "Here is the statement with the wrong charge",
          file: new TextEncoder().encode(PDF),
          fileName: "statement.pdf",
        },
      }),
    expect: {
      method: "POST",
      path: "/v1.0/log_file_from_user/",
      form: {
        auth_id: "cust-0048213",
        business_id: "343",
        message_body: "Here is the statement with the wrong charge",
        message_type: "52",
        file: { name: "statement.pdf", type: "application/pdf", text: PDF },
      },
    },
    reply: { status: 200, body: responseExample("logFileFromUser", "200") },
  },
  {
    operationId: "logFeedbackFromUser",
    host: "messenger",
    call: (haptik) =>
      haptik.logFeedbackFromUser({
        body: {
          auth_id: "<AUTH_ID>",
          business_id: 343,
          query_resolved: true,
          query_rating: 5,
          feedback: "The conversation was very human like",
        },
      }),
    expect: {
      method: "POST",
      path: "/v1.0/log_feedback_from_user/",
      json: requestExamples("logFeedbackFromUser").request,
    },
    // Haptik answers a recorded feedback with 201, not 200.
    reply: { status: 201, body: responseExample("logFeedbackFromUser", "201") },
  },
  {
    operationId: "enableWebhook",
    host: "messenger",
    call: (haptik) =>
      haptik.enableWebhook({ body: { enabled: true, business_id: 343, device_platform: 13 } }),
    expect: {
      method: "POST",
      path: "/v1.0/webhook/",
      json: requestExamples("enableWebhook").curlSample,
    },
    reply: { status: 200, body: responseExample("enableWebhook", "200") },
  },
  {
    operationId: "sendWhatsAppNotification",
    host: "whatsapp",
    call: (haptik) =>
      haptik.sendWhatsAppNotification({
        body: {
          business_id: 343,
          to: "+919820012345",
          type: "hsm",
          hsm: {
            namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
            element_name: "order_shipped",
            language: { policy: "deterministic", code: "en_US" },
            localizable_params: [{ default: "Param 1 value" }, { default: "Param 2 value" }],
          },
        },
      }),
    expect: {
      method: "POST",
      path: "/whatsapp/notification/v2/",
      json: requestExamples("sendWhatsAppNotification").textHsm,
    },
    reply: { status: 200, body: responseExample("sendWhatsAppNotification", "200") },
  },
];

const servers: Record<Host, TestServer> = {
  studio: useTestServer(),
  messenger: useTestServer(),
  whatsapp: useTestServer(),
};

const client = () =>
  createHaptikClient({
    token: TOKEN,
    clientId: CLIENT_ID,
    baseUrl: servers.studio.url,
    messengerBaseUrl: servers.messenger.url,
    whatsappBaseUrl: servers.whatsapp.url,
    rateLimit: false,
  });

/** A regular expression matching the operation's path template with any encoded parameter values. */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/\{[^{}]+\}/g, "[^/?#]+")}$`);

/** The multipart fields of a recorded request, files as name, type and text. */
async function formOf(req: RecordedRequest): Promise<Record<string, Part>> {
  const form = await new Response(new Uint8Array(req.body), {
    headers: { "content-type": req.headers["content-type"] ?? "" },
  }).formData();
  const parts: Record<string, Part> = {};
  for (const [name, value] of form) {
    parts[name] =
      typeof value === "string"
        ? value
        : { name: value.name, type: value.type, text: await value.text() };
  }
  return parts;
}

/** Check what the request carried against a case's expectation. */
async function expectRequest(req: RecordedRequest, want: Case["expect"]): Promise<void> {
  expect(req.method).toBe(want.method);
  const [sentPath, sentQuery] = req.url.split("?");
  expect(sentPath).toBe(want.path);
  if (want.query === undefined) expect(sentQuery).toBeUndefined();
  else expect(Object.fromEntries(req.query)).toEqual(want.query);
  // Both credentials, on every request of every host.
  expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(req.headers["client-id"]).toBe(CLIENT_ID);
  if (want.form !== undefined) {
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(await formOf(req)).toEqual(want.form);
  } else if (want.json !== undefined) {
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.json()).toEqual(want.json);
  } else {
    expect(req.headers["content-type"]).toBeUndefined();
    expect(req.body).toHaveLength(0);
  }
}

describe("every operation", () => {
  it("has exactly one case per operationId of the spec", () => {
    const covered = cases.map((c) => c.operationId).sort();
    const declared = operations.map((op) => op.operationId).sort();
    expect(covered).toEqual(declared);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it.each(cases)(
    "$operationId goes to the $host host",
    async ({ operationId, host, call, expect: want, reply }) => {
      for (const server of Object.values(servers)) {
        server.handle(() => ({ status: reply.status, body: reply.body }));
      }
      const op = operations.find((o) => o.operationId === operationId)!;
      // The case really exercises its own row of the operations table.
      expect(want.method).toBe(op.method);
      expect(want.path).toMatch(templatePattern(op.path));
      expect(reply.body).toBeDefined();

      await expect(call(client())).resolves.toEqual(reply.body);

      const counts = Object.fromEntries(
        Object.entries(servers).map(([name, server]) => [name, server.requests.length]),
      );
      expect(counts).toEqual({
        studio: host === "studio" ? 1 : 0,
        messenger: host === "messenger" ? 1 : 0,
        whatsapp: host === "whatsapp" ? 1 : 0,
      });
      await expectRequest(servers[host].requests[0]!, want);
    },
  );
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
    servers.studio.handle(() => ({ body: answer }));
    const { data } = await client().GET("/integration/external/v2.0/get_chat_history/", {
      params: { query: query as { conversation_no: number } },
    });
    expect(data).toEqual(answer);
    expect(Object.fromEntries(servers.studio.requests[0]!.query)).toEqual(
      Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
    );
  });
});

describe("errors", () => {
  it("a path-style call returns Haptik's error_message body as error", async () => {
    servers.studio.handle(() => ({
      status: 400,
      body: { error_message: "invalid team_name provided" },
    }));
    const { error, response } = await client().POST(
      "/integration/external/v2.0/send_chat_to_agent/",
      { body: { team_name: "x", user_name: "u", business_id: 1 } },
    );
    expect(response.status).toBe(400);
    expect(error).toEqual({ error_message: "invalid team_name provided" });
  });

  it("a named method throws the typed error with Haptik's message, never a credential", async () => {
    servers.messenger.handle(() => ({
      status: 400,
      body: { error_message: "duplicate feedback" },
    }));
    const thrown = await client()
      .logFeedbackFromUser({
        body: { auth_id: "cust-0048213", business_id: 343, query_resolved: false, query_rating: 2 },
      })
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BadRequestError);
    expect(thrown).toMatchObject({ status: 400, vendorMessage: "duplicate feedback" });
    expect(JSON.stringify(thrown)).not.toContain(TOKEN);
    expect((thrown as Error).message).not.toContain(CLIENT_ID);
    expect(servers.messenger.requests).toHaveLength(1);
  });
});

describe("logFeedbackFromUser", () => {
  it("reads Haptik's 201 as success in a path-style call", async () => {
    servers.messenger.handle(() => ({ status: 201, body: { success: true } }));
    const { data, error, response } = await client().POST("/v1.0/log_feedback_from_user/", {
      body: { auth_id: "cust-0048213", business_id: 343, query_resolved: true, query_rating: 4 },
    });
    expect(response.status).toBe(201);
    expect(error).toBeUndefined();
    expect(data).toEqual({ success: true });
  });
});

describe("sendWhatsAppNotification", () => {
  it("sends a template notification with a media header and body parameters", async () => {
    servers.whatsapp.handle(() => ({ body: responseExample("sendWhatsAppNotification", "200") }));
    const sent = await client().sendWhatsAppNotification({
      body: {
        business_id: 343,
        to: "+919820012345",
        type: "template",
        template: {
          namespace: "8a1b3c5d_7e9f_4a2b_9c8d_1e2f3a4b5c6d",
          name: "festive_offer",
          language: { policy: "deterministic", code: "en" },
          components: [
            {
              type: "header",
              parameters: [
                {
                  type: "image",
                  image: { link: "https://cdn.example.com/offers/diwali-banner.jpg" },
                },
              ],
            },
            { type: "body", parameters: [{ type: "text", text: "Param Value 1" }] },
          ],
        },
      },
    });
    expect(sent.messages[0]?.id).toBe("gBEGkZiYIVJZAgk1bqqdgmmtVU8");
    expect(servers.whatsapp.requests[0]!.json()).toEqual(
      requestExamples("sendWhatsAppNotification").imageTemplate,
    );
  });

  // Every hsm and template form of the spec's examples (text, image, document, video, quick-reply
  // payload, dynamic URL) goes out exactly as given.
  it.each(Object.entries(requestExamples("sendWhatsAppNotification")))(
    "sends the %s example unchanged",
    async (_name, body) => {
      servers.whatsapp.handle(() => ({ body: { messages: [{ id: "wamid.1" }] } }));
      const notification = body as HaptikWhatsAppNotification;
      await expect(client().sendWhatsAppNotification({ body: notification })).resolves.toEqual({
        messages: [{ id: "wamid.1" }],
      });
      expect(["hsm", "template"]).toContain(notification.type);
      expect(servers.whatsapp.requests[0]!.json()).toEqual(body);
    },
  );
});
