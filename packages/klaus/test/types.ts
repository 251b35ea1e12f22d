// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import { createKlausClient } from "@cxkit/klaus";

const klaus = createKlausClient({ token: "t" });

export async function typeTests(): Promise<void> {
  // @ts-expect-error an unknown path does not compile
  await klaus.POST("/capture/integration/unknown", {});

  await klaus.POST("/capture/integration/klaus-csat/token/{connectionId}", {
    // @ts-expect-error connectionId must be a string
    params: { path: { connectionId: 42 } },
    body: { ticket_id: "1", csat: { score: 1 } },
  });

  await klaus.POST("/capture/integration/klaus-csat/token/{connectionId}", {
    params: { path: { connectionId: "c" } },
    // @ts-expect-error ticket_id is required
    body: { csat: { score: 1 } },
  });
}
