import { startServer, type TestServer } from "@cxkit/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHaptikClient } from "@cxkit/haptik";

let home: TestServer;
let elsewhere: TestServer;
beforeAll(async () => {
  home = await startServer();
  elsewhere = await startServer(() => ({ body: { chat_text: "elsewhere" } }));
});
afterAll(async () => {
  await home.close();
  await elsewhere.close();
});

const path = "/integration/external/v2.0/get_chat_history/";
const query = { pxut: "p", conversation_no: 1 };

describe("redirects", () => {
  it.each([301, 302, 303, 307, 308])(
    "a %i to another origin carries neither Authorization nor client-id",
    async (status) => {
      home.requests.length = 0;
      elsewhere.requests.length = 0;
      home.handle(() => ({ status, headers: { location: `${elsewhere.url}/landing` } }));
      const haptik = createHaptikClient({
        token: "secret-token",
        clientId: "secret-client",
        baseUrl: home.url,
      });
      const { data } = await haptik.GET(path, { params: { query } });
      expect(data).toEqual({ chat_text: "elsewhere" });
      expect(home.requests[0]!.headers.authorization).toBe("Bearer secret-token");
      expect(elsewhere.requests).toHaveLength(1);
      const landed = elsewhere.requests[0]!;
      expect(landed.headers.authorization).toBeUndefined();
      expect(landed.headers["client-id"]).toBeUndefined();
      expect(JSON.stringify(landed.headers)).not.toMatch(/secret-(token|client)/);
    },
  );

  it("a redirect within the same origin keeps the credentials", async () => {
    home.requests.length = 0;
    home.handle((req) =>
      req.path === "/moved"
        ? { body: { chat_text: "here" } }
        : { status: 307, headers: { location: "/moved" } },
    );
    const haptik = createHaptikClient({ token: "t", clientId: "c", baseUrl: home.url });
    const { data } = await haptik.GET(path, { params: { query } });
    expect(data).toEqual({ chat_text: "here" });
    expect(
      home.requests.map((r) => [r.path, r.headers.authorization, r.headers["client-id"]]),
    ).toEqual([
      [path, "Bearer t", "c"],
      ["/moved", "Bearer t", "c"],
    ]);
  });
});
