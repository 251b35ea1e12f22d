// Type tests: `npm run typecheck` fails if any of these @ts-expect-error lines compiles cleanly.
import { createKlausClient, importTickets, paginate } from "@cxkit/klaus";

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

export async function exportImportTypeTests(): Promise<void> {
  const qa = createKlausClient({ token: "t", subdomain: "acme" });

  // @ts-expect-error fromDate is required on the reviews export
  await qa.listAccountReviews({ query: {} });

  // @ts-expect-error a workspace id is an int64 string, not a number
  await qa.listScorecards({ path: { workspace: 18432 } });

  const csat = await qa.listAccountCsat({ query: { fromDate: "2024-05-01T00:00:00Z" } });
  // @ts-expect-error csatScore is an int64 string in Export answers
  const score: number | undefined = csat.tickets?.[0]?.csatScore;
  void score;

  const imported = await qa.getImportedTicket({ path: { ticketExternalId: "1" } });
  // @ts-expect-error internalId is a JSON number in Import answers
  const internalId: string | undefined = imported.internalId;
  void internalId;

  await importTickets(qa, [
    // @ts-expect-error created is required
    { id: "1" },
  ]);

  // @ts-expect-error satisfactionScore is text ("4"), as the Import API takes it
  await importTickets(qa, [{ id: "1", created: "2024-05-02T09:15:00Z", satisfactionScore: 4 }]);

  // @ts-expect-error paginate() accepts only paginated paths
  paginate(qa, "/api/export/workspaces");
}
