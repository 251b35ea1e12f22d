import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createKlausClient, type KlausCsatEvent } from "@cxkit/klaus";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("sendCsatEvent", () => {
  it.each<[string, KlausCsatEvent]>([
    [
      "conversation-level CSAT",
      { ticket_id: "123", csat: { score: 10, comment: "Great service" } },
    ],
    ["message-level CSAT", { ticket_id: "123", message_id: "m1", csat: { score: 4 } }],
  ])("sends a %s as JSON with a Bearer token", async (_name, event) => {
    server.handle(() => ({ status: 202, body: { accepted: true } }));
    const klaus = createKlausClient({ token: "klaus-token", baseUrl: server.url });
    const { data, error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      { params: { path: { connectionId: "conn/1 é" } }, body: event },
    );
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data).toEqual({ accepted: true });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/capture/integration/klaus-csat/token/conn%2F1%20%C3%A9");
    expect(req!.headers.authorization).toBe("Bearer klaus-token");
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.json()).toEqual(event);
  });

  it("returns an error body as error, not thrown", async () => {
    server.handle(() => ({ status: 400, body: { message: "ticket_id missing" } }));
    const klaus = createKlausClient({ token: "t", baseUrl: server.url, retry: false });
    const { data, error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      { params: { path: { connectionId: "c" } }, body: { ticket_id: "1", csat: { score: 1 } } },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual({ message: "ticket_id missing" });
  });

  it("defaults to the documented host", () => {
    const klaus = createKlausClient({ token: "t" });
    expect(klaus).toHaveProperty("POST");
  });
});
