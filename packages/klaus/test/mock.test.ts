// sendCsatEvent against @cxkit/testing's Klaus mock: the requests are validated against
// specs/klaus/openapi.yaml (Bearer token, path parameter, JSON body schema) as well as checked on the wire.
import { mockKlaus, type KlausMockServer } from "@cxkit/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createKlausClient, type KlausCsatEvent } from "@cxkit/klaus";

let mock: KlausMockServer;
beforeAll(async () => {
  mock = await mockKlaus({ credentials: { token: "klaus-token" } });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
});

describe("sendCsatEvent", () => {
  it.each<[string, KlausCsatEvent]>([
    [
      "conversation-level CSAT",
      { ticket_id: "123", csat: { score: 10, comment: "Great service" } },
    ],
    ["message-level CSAT", { ticket_id: "123", message_id: "m1", csat: { score: 4 } }],
  ])("sends a %s as JSON with a Bearer token", async (_name, event) => {
    mock.respond("sendCsatEvent", { status: 202, body: { accepted: true } });
    const klaus = createKlausClient({ token: "klaus-token", baseUrl: mock.url });
    const { data, error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      { params: { path: { connectionId: "conn/1 é" } }, body: event },
    );
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data).toEqual({ accepted: true });
    expect(mock.requests).toHaveLength(1);
    const [req] = mock.requests;
    expect(req!.valid).toBe(true);
    expect(req!.operationId).toBe("sendCsatEvent");
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/capture/integration/klaus-csat/token/conn%2F1%20%C3%A9");
    expect(req!.pathParams).toEqual({ connectionId: "conn/1 é" });
    expect(req!.headers.authorization).toBe("Bearer klaus-token");
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.body).toEqual(event);
  });

  it("returns an error body as error, not thrown", async () => {
    mock.respond("sendCsatEvent", { status: 400, body: { message: "ticket_id missing" } });
    const klaus = createKlausClient({ token: "klaus-token", baseUrl: mock.url, retry: false });
    const { data, error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      { params: { path: { connectionId: "c" } }, body: { ticket_id: "1", csat: { score: 1 } } },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toEqual({ message: "ticket_id missing" });
  });

  it("a body the spec refuses gets a 400 naming the field", async () => {
    const klaus = createKlausClient({ token: "klaus-token", baseUrl: mock.url, retry: false });
    const { error, response } = await klaus.POST(
      "/capture/integration/klaus-csat/token/{connectionId}",
      // @ts-expect-error csat is required
      { params: { path: { connectionId: "c" } }, body: { ticket_id: "1" } },
    );
    expect(response.status).toBe(400);
    expect(error).toEqual({ message: "Invalid request body: missing required field 'csat'" });
  });

  it("a wrong token gets a 401", async () => {
    const klaus = createKlausClient({ token: "other", baseUrl: mock.url, retry: false });
    const { response } = await klaus.POST("/capture/integration/klaus-csat/token/{connectionId}", {
      params: { path: { connectionId: "c" } },
      body: { ticket_id: "1", csat: { score: 1 } },
    });
    expect(response.status).toBe(401);
  });

  it("defaults to the documented host", () => {
    const klaus = createKlausClient({ token: "t" });
    expect(klaus).toHaveProperty("POST");
  });
});
