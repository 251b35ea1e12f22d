// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import { createCreovaiClient } from "@cxkit/creovai";

// @ts-expect-error a token and client credentials are alternatives, not both
createCreovaiClient({ token: "t", clientId: "id", clientSecret: "secret", instance: "acme" });

const creovai = createCreovaiClient({ token: "t", instance: "acme" });

export async function typeTests(): Promise<void> {
  // @ts-expect-error an unknown path does not compile
  await creovai.POST("/callCapture/v1/archive", {});

  await creovai.POST("/chatCapture/v1", {
    // @ts-expect-error SessionId is required
    body: { UtcStart: "2024-01-01T00:00:00Z", UtcEnd: "2024-01-01T00:01:00Z", Contacts: [] },
  });
}
