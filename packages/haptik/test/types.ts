// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import {
  createHaptikClient,
  logUserFile,
  waitForFaqTask,
  type HaptikFeedbackLogged,
  type HaptikLoggedFileMessage,
  type HaptikUser,
  type HaptikWhatsAppNotification,
  type HaptikWhatsAppNotificationResponse,
} from "@cxkit/haptik";

// @ts-expect-error baseUrl is required: Haptik gives each account its own
createHaptikClient({ token: "t", clientId: "c" });

createHaptikClient({
  token: "t",
  clientId: "c",
  baseUrl: "https://a.example",
  // @ts-expect-error messengerBaseUrl is a URL string
  messengerBaseUrl: 1,
});

const haptik = createHaptikClient({
  token: "t",
  clientId: "c",
  baseUrl: "https://acme.haptikapi.com",
  messengerBaseUrl: "https://us-messenger.haptikapi.com",
  whatsappBaseUrl: "https://whatsapp-notifications.haptikapi.com",
});
const throwing = createHaptikClient({
  token: "t",
  clientId: "c",
  baseUrl: "https://acme.haptikapi.com",
  throwOnError: true,
});

export async function typeTests(): Promise<void> {
  // @ts-expect-error an unknown path does not compile
  await haptik.GET("/integration/external/v2.0/unknown/", {});

  await haptik.GET("/mogambo_api/nodes/faq/create/status/{taskId}/", {
    // @ts-expect-error taskId must be a string
    params: { path: { taskId: 42 } },
  });

  await haptik.POST("/integration/external/v2.0/send_chat_to_agent/", {
    // @ts-expect-error team_name is required
    body: { user_name: "u", business_id: 1 },
  });

  // @ts-expect-error auth_id is required
  await haptik.createUser({ body: { name: "Priya" } });
  const user: HaptikUser = await haptik.updateUser({ body: { auth_id: "cust-1" } });
  void user;

  await haptik.logFeedbackFromUser({
    // @ts-expect-error query_rating is a number
    body: { auth_id: "a", business_id: 1, query_resolved: true, query_rating: "5" },
  });
  const logged: HaptikFeedbackLogged = await haptik.logFeedbackFromUser({
    body: { auth_id: "a", business_id: 1, query_resolved: true, query_rating: 5 },
  });
  void logged;

  // @ts-expect-error enableWebhook only switches a webhook on
  await haptik.enableWebhook({ body: { enabled: false } });

  const hsm: HaptikWhatsAppNotification = {
    business_id: 343,
    to: "+919820012345",
    type: "hsm",
    hsm: {
      namespace: "ns",
      element_name: "order_shipped",
      language: { policy: "deterministic", code: "en" },
    },
  };
  const sent: HaptikWhatsAppNotificationResponse = await haptik.sendWhatsAppNotification({
    body: hsm,
  });
  void sent;
  await haptik.sendWhatsAppNotification({
    // @ts-expect-error a template notification needs its template
    body: { business_id: 343, to: "+919820012345", type: "template" },
  });
  await haptik.sendWhatsAppNotification({
    body: {
      business_id: 343,
      to: "+919820012345",
      type: "template",
      template: {
        namespace: "ns",
        name: "n",
        language: { policy: "deterministic", code: "en" },
        // @ts-expect-error a component is a header, body or button
        components: [{ type: "footer" }],
      },
    },
  });

  const file: HaptikLoggedFileMessage = await logUserFile(haptik, {
    body: { auth_id: "a", business_id: 1, file: new Uint8Array(1), fileName: "a.pdf" },
  });
  void file;
  await logUserFile(haptik, {
    // @ts-expect-error the file is bytes, a Blob or a File, not text
    body: { auth_id: "a", business_id: 1, file: "text", fileName: "a.csv" },
  });
  await logUserFile(haptik, {
    // @ts-expect-error message_type is 1 (image) or 52 (document)
    body: { auth_id: "a", business_id: 1, file: new Blob([]), fileName: "a.csv", message_type: 0 },
  });

  // Both kinds of client work with the helpers.
  await waitForFaqTask(haptik, "task");
  await waitForFaqTask(throwing, "task");
  await logUserFile(throwing, {
    body: { auth_id: "a", business_id: 1, file: new File([], "a.png") },
  });
}
