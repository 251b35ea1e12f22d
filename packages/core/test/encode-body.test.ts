// Bodies encoded the way each operation takes them, checked on a real server: JSON, form-encoded, and
// multipart with typed parts and lists of files.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createCxkitClient, encodeForm } from "../src/internal.js";
import { apiKeyAuth, descriptor, operations } from "./helpers.js";

const server = useTestServer();

const client = () =>
  createCxkitClient<{ upload(params: { body: Record<string, unknown> }): Promise<unknown> }>(
    descriptor({
      operations: [
        ...operations,
        {
          operationId: "upload",
          method: "POST",
          path: "/upload",
          safeToRepeat: false,
          requestBody: {
            contentType: "multipart/form-data",
            files: { files: "image/png", info: "application/json", data: "audio/wav" },
          },
        },
      ],
      encode: encodeForm,
    }),
    { baseUrl: server.url, retry: false },
    () => ({ key: apiKeyAuth() }),
  );

async function parts(): Promise<FormData> {
  const req = server.requests[0]!;
  return new Request("http://x/", {
    method: "POST",
    body: new Uint8Array(req.body),
    headers: { "content-type": String(req.headers["content-type"]) },
  }).formData();
}

describe("multipart bodies", () => {
  it("a list of files is one part per file under the field's name; a JSON part is JSON", async () => {
    server.handle(() => ({ body: { ok: true } }));
    const png = new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" });
    await client().upload({
      body: {
        files: [png, new File([Uint8Array.from([1, 2, 3])], "label.png", { type: "image/png" })],
        info: { sessionId: "s-1", direction: "Inbound" },
        data: Uint8Array.from([82, 73, 70, 70]),
      },
    });
    const form = await parts();
    const files = form.getAll("files") as File[];
    expect(files).toHaveLength(2);
    expect(files.map((f) => f.name)).toEqual(["files-1", "label.png"]);
    expect(new Uint8Array(await files[1]!.arrayBuffer())).toEqual(Uint8Array.from([1, 2, 3]));
    const info = form.get("info") as File;
    expect(info.type).toBe("application/json");
    expect(JSON.parse(await info.text())).toEqual({ sessionId: "s-1", direction: "Inbound" });
    const data = form.get("data") as File;
    expect(data.type).toBe("audio/wav");
    expect(new Uint8Array(await data.arrayBuffer())).toEqual(Uint8Array.from([82, 73, 70, 70]));
  });
});
