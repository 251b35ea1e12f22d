// Which host each family goes to. CSAT events: events.pub.klausapp.com; Export and Import:
// https://<subdomain>.zendesk.com/qa. The real hosts cannot be reached from a test, so these checks
// (and only these) give the client a `fetch` that records the URL and answers a canned Response.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { ConfigError, createKlausClient, type KlausClient } from "@cxkit/klaus";

interface Sent {
  url: string;
  authorization: string | null;
}

function recordingFetch(sent: Sent[]): typeof globalThis.fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    sent.push({ url, authorization: new Headers(init?.headers).get("authorization") });
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  };
}

type Call = (klaus: KlausClient) => Promise<unknown>;

const qaCalls: [string, Call, string][] = [
  [
    "listWorkspaces (Export)",
    (k) => k.listWorkspaces(),
    "https://acme.zendesk.com/qa/api/export/workspaces",
  ],
  [
    "listAccountReviews (Export, with a query)",
    (k) => k.listAccountReviews({ query: { fromDate: "2024-05-01T00:00:00Z" } }),
    "https://acme.zendesk.com/qa/api/export/reviews?fromDate=2024-05-01T00%3A00%3A00Z",
  ],
  [
    "getImportedTicket (Import)",
    (k) => k.getImportedTicket({ path: { ticketExternalId: "48213" } }),
    "https://acme.zendesk.com/qa/api/import/tickets/48213",
  ],
  [
    "importUsers (Import, path-style)",
    (k) => k.POST("/api/import/users", { body: { data: [{ userEmail: "a@acme.example" }] } }),
    "https://acme.zendesk.com/qa/api/import/users",
  ],
];

const csatCall: Call = (k) =>
  k.sendCsatEvent({ path: { connectionId: "c1" }, body: { ticket_id: "1", csat: { score: 5 } } });
const CSAT_URL = "https://events.pub.klausapp.com/capture/integration/klaus-csat/token/c1";

describe("with `subdomain` and no baseUrl", () => {
  it.each([...qaCalls, ["sendCsatEvent (CSAT)", csatCall, CSAT_URL] as [string, Call, string]])(
    "%s goes to %s with the token",
    async (_name, call, url) => {
      const sent: Sent[] = [];
      const klaus = createKlausClient({
        token: "t",
        subdomain: "acme",
        fetch: recordingFetch(sent),
      });
      await call(klaus);
      expect(sent).toEqual([{ url, authorization: "Bearer t" }]);
    },
  );
});

describe("without `subdomain` (and no baseUrl)", () => {
  it.each(qaCalls)(
    "%s fails with a ConfigError naming subdomain, sending nothing",
    async (_name, call) => {
      const sent: Sent[] = [];
      const klaus = createKlausClient({ token: "t", fetch: recordingFetch(sent) });
      const error = await call(klaus).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ option: "subdomain" });
      expect((error as Error).message).toMatch(/^\[@cxkit\/klaus\] subdomain is required/);
      expect((error as Error).message).toContain("https://{subdomain}.zendesk.com/qa");
      expect(sent).toEqual([]);
    },
  );

  it("still sends CSAT events, which need no subdomain", async () => {
    const sent: Sent[] = [];
    await csatCall(createKlausClient({ token: "t", fetch: recordingFetch(sent) }));
    expect(sent.map((s) => s.url)).toEqual([CSAT_URL]);
  });
});

describe("with baseUrl", () => {
  const server = useTestServer();

  it("sends both families to it, subdomain or not", async () => {
    for (const options of [{}, { subdomain: "acme" }]) {
      server.requests.length = 0;
      const klaus = createKlausClient({ token: "t", baseUrl: server.url, ...options });
      await klaus.listWorkspaces();
      await csatCall(klaus);
      expect(server.requests.map((r) => r.url)).toEqual([
        "/api/export/workspaces",
        "/capture/integration/klaus-csat/token/c1",
      ]);
    }
  });
});
