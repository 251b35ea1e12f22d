// logUserFile: a user's file sent to the messenger host as multipart, checked before anything is sent.
import { useTestServer, type RecordedRequest } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  createHaptikClient,
  HAPTIK_FILE_EXTENSIONS,
  HAPTIK_MAX_FILE_BYTES,
  logUserFile,
  ValidationError,
  type HaptikUserFileUpload,
} from "@cxkit/haptik";

const messenger = useTestServer(() => ({
  body: {
    message_id: 1411200492,
    message_body: "",
    created_at: "2018-10-04T12:41:27.980Z",
    message_type: 1,
    file_url: "https://assets.haptikapi.com/content/42e123411bk1109823bf.jpg",
  },
}));

const haptik = () =>
  createHaptikClient({
    token: "t",
    clientId: "c",
    baseUrl: "https://acme.haptikapi.com",
    messengerBaseUrl: messenger.url,
    retry: false,
  });

const user = { auth_id: "cust-0048213", business_id: 343 };

async function partsOf(req: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(req.body), {
    headers: { "content-type": req.headers["content-type"] ?? "" },
  }).formData();
}

describe("logUserFile sends", () => {
  it.each<[string, string, 1 | 52]>([
    ["photo.jpg", "image/jpeg", 1],
    ["photo.JPEG", "image/jpeg", 1],
    ["screen.png", "image/png", 1],
    ["smile.gif", "image/gif", 1],
    ["statement.pdf", "application/pdf", 52],
    ["letter.doc", "application/msword", 52],
    ["letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 52],
    ["sheet.xls", "application/vnd.ms-excel", 52],
    ["sheet.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 52],
    ["rows.csv", "text/csv", 52],
  ])("%s as %s with message_type %i", async (fileName, type, messageType) => {
    const logged = await logUserFile(haptik(), {
      body: { ...user, file: new Uint8Array([1, 2, 3]), fileName },
    });
    expect(logged.file_url).toMatch(/^https:\/\/assets\.haptikapi\.com\//);
    const req = messenger.requests[0]!;
    expect(req.path).toBe("/v1.0/log_file_from_user/");
    expect(req.headers.authorization).toBe("Bearer t");
    expect(req.headers["client-id"]).toBe("c");
    const form = await partsOf(req);
    expect(form.get("message_type")).toBe(String(messageType));
    const file = form.get("file") as File;
    expect(file.name).toBe(fileName);
    expect(file.type).toBe(type);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("covers every extension Haptik lists", () => {
    expect([...HAPTIK_FILE_EXTENSIONS].sort()).toEqual(
      ["csv", "doc", "docx", "gif", "jpeg", "jpg", "pdf", "png", "xls", "xlsx"].sort(),
    );
  });

  it.each<[string, Blob | ArrayBuffer, string | undefined, string]>([
    ["a File, under its own name", new File(["x"], "receipt.png"), undefined, "receipt.png"],
    ["a File renamed by fileName", new File(["x"], "upload.bin"), "receipt.png", "receipt.png"],
    ["a Blob with fileName", new Blob(["x"], { type: "text/plain" }), "receipt.png", "receipt.png"],
    [
      "an ArrayBuffer with fileName",
      new TextEncoder().encode("x").buffer,
      "receipt.png",
      "receipt.png",
    ],
  ])("%s", async (_name, file, fileName, sentName) => {
    await logUserFile(haptik(), {
      body: { ...user, file, ...(fileName ? { fileName } : {}), message_body: "my receipt" },
    });
    const form = await partsOf(messenger.requests[0]!);
    const part = form.get("file") as File;
    expect([part.name, part.type, await part.text()]).toEqual([sentName, "image/png", "x"]);
    expect(Object.fromEntries([...form.keys()].map((k) => [k, typeof form.get(k)]))).toEqual({
      auth_id: "string",
      business_id: "string",
      message_body: "string",
      message_type: "string",
      file: "object",
    });
    expect(form.get("business_id")).toBe("343");
    expect(form.get("message_body")).toBe("my receipt");
  });

  it("accepts a file of exactly 10 MB", async () => {
    await logUserFile(haptik(), {
      body: { ...user, file: new Uint8Array(HAPTIK_MAX_FILE_BYTES), fileName: "big.pdf" },
    });
    expect(messenger.requests).toHaveLength(1);
    expect(messenger.requests[0]!.body.length).toBeGreaterThan(HAPTIK_MAX_FILE_BYTES);
  });
});

describe("logUserFile refuses before sending", () => {
  it.each<[string, HaptikUserFileUpload, string, RegExp]>([
    [
      "a file over 10 MB",
      { ...user, file: new Uint8Array(HAPTIK_MAX_FILE_BYTES + 1), fileName: "big.pdf" },
      "body.file",
      /10 MB/,
    ],
    [
      "a Blob over 10 MB",
      { ...user, file: new Blob([new Uint8Array(11 * 1024 * 1024)]), fileName: "big.png" },
      "body.file",
      /11\.0 MB/,
    ],
    [
      "a kind Haptik does not take",
      { ...user, file: new Uint8Array(1), fileName: "notes.txt" },
      "body.fileName",
      /"notes\.txt".*docx/,
    ],
    [
      "a File of a kind Haptik does not take",
      { ...user, file: new File(["x"], "archive.zip") },
      "body.file",
      /"archive\.zip"/,
    ],
    [
      "a name without extension",
      { ...user, file: new Uint8Array(1), fileName: "statement" },
      "body.fileName",
      /"statement"/,
    ],
    ["bytes without a name", { ...user, file: new Uint8Array(1) }, "body.fileName", /fileName/],
    [
      "a Blob without a name",
      { ...user, file: new Blob(["x"], { type: "image/png" }) },
      "body.fileName",
      /fileName/,
    ],
    [
      "a message_type that contradicts the file",
      { ...user, file: new Uint8Array(1), fileName: "photo.jpg", message_type: 52 },
      "body.message_type",
      /\.jpg/,
    ],
    [
      "a file that is not bytes",
      { ...user, file: "raw text" as unknown as Blob, fileName: "a.csv" },
      "body.file",
      /Blob/,
    ],
  ])("%s", async (_name, body, field, message) => {
    const error = await logUserFile(haptik(), { body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(/^\[@cxkit\/haptik\] /);
    expect((error as Error).message).toMatch(message);
    expect(messenger.requests).toHaveLength(0);
  });
});
