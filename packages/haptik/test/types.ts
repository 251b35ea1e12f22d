// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import { createHaptikClient } from "@cxkit/haptik";

// @ts-expect-error baseUrl is required: Haptik gives each account its own
createHaptikClient({ token: "t", clientId: "c" });

const haptik = createHaptikClient({
  token: "t",
  clientId: "c",
  baseUrl: "https://acme.haptikapi.com",
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
}
