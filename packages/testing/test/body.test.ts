// Multipart bodies as a server reads them: text fields and file parts as text, JSON parts (the spec's
// `encoding`, or a part sent as JSON) parsed, so that their schema validates them as JSON; then
// Creovai's archived-call upload (an `info` JSON part beside the `data` audio part) through its client.
import { createCreovaiClient } from "@cxkit/creovai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseBody } from "../src/body.js";
import { mockCreovai, type CreovaiMockServer } from "../src/index.js";

async function encode(form: FormData): Promise<{ contentType: string; raw: Buffer }> {
  const request = new Request("http://x.invalid/", { method: "POST", body: form });
  return {
    contentType: request.headers.get("content-type")!,
    raw: Buffer.from(await request.arrayBuffer()),
  };
}

describe("parseBody: multipart", () => {
  it("parses the JSON parts it is told of, and parts sent as JSON; the rest stay text", async () => {
    const form = new FormData();
    form.append("info", JSON.stringify({ SessionId: "s1" })); // a plain field, declared JSON
    form.append("meta", new Blob(['{"a":[1]}'], { type: "application/json" }), "meta.json");
    form.append("data", new Blob(["RIFF"], { type: "audio/wav" }), "call.wav");
    form.append("note", '{"not":"parsed"}');
    const { contentType, raw } = await encode(form);
    const parsed = await parseBody("multipart/form-data", contentType, raw, new Set(["info"]));
    expect(parsed).toEqual({
      ok: true,
      value: {
        info: { SessionId: "s1" },
        meta: { a: [1] },
        data: "RIFF",
        note: '{"not":"parsed"}',
      },
      files: {
        meta: { filename: "meta.json", type: "application/json", size: 9 },
        data: { filename: "call.wav", type: "audio/wav", size: 4 },
      },
    });
  });

  it("refuses a JSON part that is not JSON, naming the part", async () => {
    const form = new FormData();
    form.append("info", "{SessionId");
    const { contentType, raw } = await encode(form);
    const parsed = await parseBody("multipart/form-data", contentType, raw, new Set(["info"]));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.detail).toMatch(/^malformed JSON in part info \(/);
  });
});

describe("Creovai's archived-call upload through its client", () => {
  let mock: CreovaiMockServer;
  beforeAll(async () => {
    mock = await mockCreovai({ credentials: { token: "tok" } });
  });
  beforeEach(() => mock.reset());
  afterAll(() => mock.close());
  const creovai = () =>
    createCreovaiClient({ token: "tok", baseUrl: mock.url, retry: false, rateLimit: false });
  const info = {
    SessionId: "458789546",
    StartTime: "2024-05-02T14:43:34Z",
    EndTime: "2024-05-02T14:44:32Z",
    Contacts: [{ Type: "agent", Channel: 0 }],
  };
  const audio = () => new Blob([new Uint8Array([0x52, 0x49, 0x46, 0x46])], { type: "audio/wav" });

  it("validates the info part as JSON and records the audio part as a file", async () => {
    const answer = await creovai().uploadCallArchive({ body: { info, data: audio() } as never });
    expect(answer).toEqual({ callId: "bbqfbbbow" });
    const [recorded] = mock.requests;
    expect(recorded).toMatchObject({ valid: true, body: { info } });
    expect(recorded!.files.data).toMatchObject({ type: "audio/wav", size: 4 });
    expect(recorded!.files.info).toMatchObject({ type: "application/json" });
  });

  it("refuses an info part that lacks a required field, in Creovai's words", async () => {
    const { SessionId: _dropped, ...partial } = info;
    const { error, response } = await creovai().POST("/callCapture/v1/archive", {
      body: { info: partial, data: audio() } as never,
    });
    expect(response.status).toBe(400);
    expect(error).toBe("The info.SessionId field is required.");
    expect(mock.requests[0]!.problem).toBe("body: missing required field 'info.SessionId'");
  });

  it("serves the interaction's audio as MP3 bytes", async () => {
    const { data, response } = await creovai().GET("/interactions/v2/{id}/audio.mp3", {
      params: { path: { id: "bbqfbbbow" } },
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect([...new Uint8Array(data as unknown as ArrayBuffer).subarray(0, 2)]).toEqual([
      0xff, 0xfb,
    ]);
    mock.respond("getInteractionAudio", { body: new Uint8Array([1, 2, 3]) });
    const own = await creovai().GET("/interactions/v2/{id}/audio.mp3", {
      params: { path: { id: "bbqfbbbow" } },
      parseAs: "arrayBuffer",
    });
    expect([...new Uint8Array(own.data as unknown as ArrayBuffer)]).toEqual([1, 2, 3]);
    expect(own.response.headers.get("content-type")).toBe("audio/mpeg");
  });

  it("answers the named method with a Blob of the MP3, and takes a Blob as a reply", async () => {
    const mp3 = await creovai().getInteractionAudio({ path: { id: "bbqfbbbow" } });
    expect(mp3).toBeInstanceOf(Blob);
    expect(mp3.type).toBe("audio/mpeg");
    expect(mp3.size).toBe(417);
    mock.respond("getInteractionAudio", { body: new Blob([new Uint8Array([9, 8])]) });
    const own = await creovai().getInteractionAudio({ path: { id: "bbqfbbbow" } });
    expect([...new Uint8Array(await own.arrayBuffer())]).toEqual([9, 8]);
    expect(own.type).toBe("audio/mpeg");
  });
});
