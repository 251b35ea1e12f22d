// Haptik's three hosts: each family of operations goes to the host of its own option, a missing option
// fails the calls that need it (and only those) before anything is sent, and every option refuses
// http:// to a host that is not this machine.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  createHaptikClient,
  type HaptikClient,
  type HaptikClientOptions,
} from "@cxkit/haptik";

const studio = useTestServer(() => ({ body: { success: true } }));
const messenger = useTestServer(() => ({ body: { enabled: true } }));
const whatsapp = useTestServer(() => ({ body: { messages: [{ id: "wamid.1" }] } }));

const credentials = { token: "t", clientId: "c", rateLimit: false } as const;

const sendChat = (haptik: HaptikClient) =>
  haptik.sendChatToAgent({ body: { team_name: "Support", user_name: "u", business_id: 1 } });
const enableWebhook = (haptik: HaptikClient) => haptik.enableWebhook({ body: { enabled: true } });
const notify = (haptik: HaptikClient) =>
  haptik.sendWhatsAppNotification({
    body: {
      business_id: 343,
      to: "+919820012345",
      type: "hsm",
      hsm: {
        namespace: "ns",
        element_name: "order_shipped",
        language: { policy: "deterministic", code: "en" },
      },
    },
  });

describe("routing", () => {
  it("sends each family to its own host, with both credentials on each", async () => {
    const haptik = createHaptikClient({
      ...credentials,
      baseUrl: studio.url,
      messengerBaseUrl: `${messenger.url}/`,
      whatsappBaseUrl: whatsapp.url,
    });
    expect(new Set([studio.url, messenger.url, whatsapp.url]).size).toBe(3);
    await sendChat(haptik);
    await enableWebhook(haptik);
    await notify(haptik);
    await haptik.GET("/mogambo_api/nodes/faq/create/status/{taskId}/", {
      params: { path: { taskId: "t-1" } },
    });
    await haptik.PUT("/v1.0/user/", { body: { auth_id: "cust-1" } });
    const seen = [studio, messenger, whatsapp].map((server) =>
      server.requests.map(
        (r) => `${r.method} ${r.path} ${r.headers.authorization} ${r.headers["client-id"]}`,
      ),
    );
    expect(seen).toEqual([
      [
        "POST /integration/external/v2.0/send_chat_to_agent/ Bearer t c",
        "GET /mogambo_api/nodes/faq/create/status/t-1/ Bearer t c",
      ],
      ["POST /v1.0/webhook/ Bearer t c", "PUT /v1.0/user/ Bearer t c"],
      ["POST /whatsapp/notification/v2/ Bearer t c"],
    ]);
  });

  it("keeps the path of an option's URL in front of the operation's path", async () => {
    const haptik = createHaptikClient({
      ...credentials,
      baseUrl: studio.url,
      whatsappBaseUrl: `${whatsapp.url}/acme`,
    });
    await notify(haptik);
    expect(whatsapp.requests.map((r) => r.path)).toEqual(["/acme/whatsapp/notification/v2/"]);
  });

  it("does not send messenger or WhatsApp calls to baseUrl", async () => {
    const haptik = createHaptikClient({ ...credentials, baseUrl: studio.url });
    await expect(sendChat(haptik)).resolves.toEqual({ success: true });
    await expect(enableWebhook(haptik)).rejects.toBeInstanceOf(ConfigError);
    await expect(notify(haptik)).rejects.toBeInstanceOf(ConfigError);
    expect(studio.requests.map((r) => r.path)).toEqual([
      "/integration/external/v2.0/send_chat_to_agent/",
    ]);
  });
});

describe("a missing host option", () => {
  const studioOnly = () => createHaptikClient({ ...credentials, baseUrl: studio.url });

  it.each<[string, (haptik: HaptikClient) => Promise<unknown>, string]>([
    ["createUser", (h) => h.createUser({ body: { auth_id: "cust-1" } }), "messengerBaseUrl"],
    ["updateUser", (h) => h.updateUser({ body: { auth_id: "cust-1" } }), "messengerBaseUrl"],
    [
      "logMessageFromUser",
      (h) =>
        h.logMessageFromUser({
          body: {
            user: { auth_id: "cust-1" },
            message_body: "hi",
            message_type: 0,
            business_id: 1,
          },
        }),
      "messengerBaseUrl",
    ],
    [
      "logFeedbackFromUser",
      (h) =>
        h.logFeedbackFromUser({
          body: { auth_id: "cust-1", business_id: 1, query_resolved: true, query_rating: 5 },
        }),
      "messengerBaseUrl",
    ],
    ["enableWebhook", enableWebhook, "messengerBaseUrl"],
    [
      "POST /v1.0/log_message_from_user/ (path-style)",
      (h) =>
        h.POST("/v1.0/log_message_from_user/", {
          body: {
            user: { auth_id: "cust-1" },
            message_body: "hi",
            message_type: 0,
            business_id: 1,
          },
        }),
      "messengerBaseUrl",
    ],
    ["sendWhatsAppNotification", notify, "whatsappBaseUrl"],
    [
      "POST /whatsapp/notification/v2/ (path-style)",
      (h) =>
        h.POST("/whatsapp/notification/v2/", {
          body: {
            business_id: 1,
            to: "+1",
            type: "template",
            template: {
              namespace: "n",
              name: "x",
              language: { policy: "deterministic", code: "en" },
            },
          },
        }),
      "whatsappBaseUrl",
    ],
  ])("%s fails with a ConfigError naming %s, sending nothing", async (name, call, option) => {
    const error = await call(studioOnly()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ option });
    expect((error as Error).message).toMatch(/^\[@cxkit\/haptik\] /);
    expect((error as Error).message).toContain(option);
    if (!name.includes("path-style")) expect((error as Error).message).toContain(name);
    expect([studio, messenger, whatsapp].map((s) => s.requests.length)).toEqual([0, 0, 0]);
  });

  it("a missing baseUrl fails at creation, naming it", () => {
    expect(() =>
      createHaptikClient({
        token: "t",
        clientId: "c",
        messengerBaseUrl: messenger.url,
      } as unknown as HaptikClientOptions),
    ).toThrow(expect.objectContaining({ name: "ConfigError", option: "baseUrl" }));
  });
});

describe("host options refuse http:// to other machines", () => {
  const base = { ...credentials, baseUrl: "https://acme.haptikapi.com" };

  it.each<[keyof HaptikClientOptions, string]>([
    ["baseUrl", "http://acme.haptikapi.com"],
    ["messengerBaseUrl", "http://us-messenger.haptikapi.com"],
    ["whatsappBaseUrl", "http://whatsapp-notifications.haptikapi.com"],
    ["messengerBaseUrl", "http://10.0.0.7:8080"],
    ["whatsappBaseUrl", "ftp://whatsapp-notifications.haptikapi.com"],
    ["messengerBaseUrl", "not a url"],
    ["whatsappBaseUrl", "https://user:secret@whatsapp-notifications.haptikapi.com"],
  ])("%s = %s fails at creation, naming the option", (option, url) => {
    let thrown: unknown;
    try {
      createHaptikClient({ ...base, [option]: url });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(thrown).toMatchObject({ option });
    expect((thrown as Error).message).toContain(option);
    expect((thrown as Error).message).not.toContain("secret");
  });

  it.each<[keyof HaptikClientOptions, string]>([
    ["baseUrl", "http://localhost:8080"],
    ["messengerBaseUrl", "http://127.0.0.1:9"],
    ["whatsappBaseUrl", "http://[::1]:9"],
    ["messengerBaseUrl", "https://us-messenger.haptikapi.com"],
    ["whatsappBaseUrl", "https://whatsapp-notifications.haptikapi.com/"],
  ])("%s = %s is accepted", (option, url) => {
    expect(() => createHaptikClient({ ...base, [option]: url })).not.toThrow();
  });
});
