// Identity on the wire: a User-Agent naming the package, its version and the runtime.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { userAgent } from "../src/internal.js";
import { testClient } from "./helpers.js";

const server = useTestServer();

describe("User-Agent", () => {
  it("is cxkit-<vendor>/<version> (node/<version>) on Node, and a caller's own header wins", async () => {
    server.handle(() => ({ body: { id: "1" } }));
    await testClient({ baseUrl: server.url }).GET("/things/{id}", { params: { path: { id: 1 } } });
    expect(server.requests[0]!.headers["user-agent"]).toBe(
      `cxkit-test/1.2.3 (node/${process.versions.node})`,
    );
    await testClient({ baseUrl: server.url, headers: { "User-Agent": "my-app/2" } }).GET(
      "/things/{id}",
      {
        params: { path: { id: 1 } },
      },
    );
    expect(server.requests[1]!.headers["user-agent"]).toBe("my-app/2");
  });

  it("is left out in a browser, which forbids setting it", () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      expect(userAgent("@cxkit/dixa", "1.0.0")).toBeUndefined();
    } finally {
      delete g.document;
    }
  });
});
