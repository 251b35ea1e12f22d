import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { chatCallId, createCreovaiClient, type CreovaiChatCall } from "@cxkit/creovai";

const server = useTestServer();

const chat: CreovaiChatCall = {
  SessionId: "160953e6-8136-4090-a54d-44c25691149f",
  MasterCallId: "4f5917ea-8124-4121-96a2-79bbaca7d23d",
  UtcStart: "2017-08-16T19:30:00Z",
  UtcEnd: "2017-08-16T19:33:00Z",
  Contacts: [
    {
      FirstName: "Jane",
      LastName: "Doe",
      Type: "Customer",
      Messages: [
        { Content: "I need to make an appointment.", UtcTimestamp: "2017-08-16T19:30:40Z" },
      ],
    },
    {
      ReferenceId: "1234",
      Type: "Agent",
      Messages: [{ Content: "Select Appointments.", UtcTimestamp: "2017-08-16T19:31:00Z" }],
    },
  ],
  Metadata: { ReferenceId: "1501a", CustomerRating: "4" },
};

describe("uploadChat", () => {
  it.each<[string, Record<string, string>]>([
    ["callId", { callId: "bbsnbcbe3" }],
    ["CallId", { CallId: "bbsnbcbe3" }],
  ])("uploads a ChatCall with a token and reads %s", async (_name, answer) => {
    server.handle(() => ({ body: answer }));
    const creovai = createCreovaiClient({ token: "creo-token", baseUrl: server.url });
    const { data } = await creovai.POST("/chatCapture/v1", { body: chat });
    expect(data).toEqual(answer);
    expect(chatCallId(data!)).toBe("bbsnbcbe3");
    const [req] = server.requests;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/chatCapture/v1");
    expect(req!.headers.authorization).toBe("Bearer creo-token");
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.json()).toEqual(chat);
  });

  it("exchanges clientId/clientSecret at /Token once, and again after a 401", async () => {
    let issued = 0;
    let rejectNext = false;
    server.handle((req) => {
      if (req.path === "/Token") {
        issued++;
        return {
          body: { access_token: `access-${issued}`, token_type: "bearer", expires_in: 1799 },
        };
      }
      if (rejectNext) {
        rejectNext = false;
        return { status: 401, body: "token expired" };
      }
      return { body: { callId: `call-${server.requests.length}` } };
    });
    const creovai = createCreovaiClient({
      clientId: "api-user",
      clientSecret: "api-secret",
      baseUrl: server.url,
    });
    await creovai.POST("/chatCapture/v1", { body: chat });
    await creovai.POST("/chatCapture/v1", { body: chat });
    expect(issued).toBe(1);
    rejectNext = true;
    const { data, response } = await creovai.POST("/chatCapture/v1", { body: chat });
    expect(response.status).toBe(200);
    expect(data).toHaveProperty("callId");
    expect(issued).toBe(2);
    const token = server.requests.filter((r) => r.path === "/Token");
    expect(Object.fromEntries(new URLSearchParams(token[0]!.text))).toEqual({
      grant_type: "client_credentials",
      client_id: "api-user",
      client_secret: "api-secret",
    });
    expect(
      server.requests.filter((r) => r.path !== "/Token").map((r) => r.headers.authorization),
    ).toEqual(["Bearer access-1", "Bearer access-1", "Bearer access-1", "Bearer access-2"]);
  });

  it("sends the Token request as the documented form post", async () => {
    server.handle(() => ({ body: { access_token: "a", token_type: "bearer", expires_in: 1799 } }));
    const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
    const { data } = await creovai.POST("/Token", {
      body: { grant_type: "client_credentials", client_id: "id", client_secret: "secret" },
    });
    expect(data).toEqual({ access_token: "a", token_type: "bearer", expires_in: 1799 });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(server.requests[0]!.text).toBe(
      "grant_type=client_credentials&client_id=id&client_secret=secret",
    );
  });
});
