// Call recordings through uploadCall (v1) and captureCall (v2): the `info` part arrives as JSON with
// content type application/json, the `data` part as the exact audio bytes with their media type, and
// an empty audio format is filled from that media type as Creovai's SDK does (checked on the server).
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import {
  captureCall,
  createCreovaiClient,
  uploadCall,
  ValidationError,
  type CreovaiRecording,
  type CreovaiCaptureCallRequest,
} from "@cxkit/creovai";
import { AUDIO, jsonOf, partsOf, v1CallInfo, v2CallInfo } from "./fixtures.js";

const server = useTestServer();
const creovai = () => createCreovaiClient({ token: "t", baseUrl: server.url });

function withoutFormat(): CreovaiCaptureCallRequest {
  const { audio: _audio, ...info } = v2CallInfo();
  return info;
}

describe("captureCall (v2)", () => {
  it.each<[string, Omit<CreovaiRecording<CreovaiCaptureCallRequest>, "info">, string, string]>([
    ["bytes with contentType", { audio: AUDIO, contentType: "audio/ogg" }, "audio/ogg", "opus"],
    [
      "a Blob with its own type",
      { audio: new Blob([AUDIO], { type: "audio/x-wav" }) },
      "audio/x-wav",
      "wav",
    ],
    [
      "an ArrayBuffer",
      { audio: AUDIO.slice().buffer, contentType: "audio/m4a" },
      "audio/m4a",
      "mp4",
    ],
    ["a Node Buffer", { audio: Buffer.from(AUDIO), contentType: "audio/mp3" }, "audio/mp3", "mp3"],
    [
      "a media type Creovai names no format for (passed through)",
      { audio: AUDIO, contentType: "audio/flac" },
      "audio/flac",
      "audio/flac",
    ],
  ])("sends %s and fills audio.format", async (_name, recording, type, format) => {
    server.handle(() => ({ body: { id: "bbqfbbbow" } }));
    const info = withoutFormat();
    await expect(captureCall(creovai(), { info, ...recording })).resolves.toEqual({
      callId: "bbqfbbbow",
    });
    const parts = await partsOf(server.requests[0]!);
    expect(Object.keys(parts)).toEqual(["info", "data"]);
    expect(parts.info!.type).toBe("application/json");
    expect(jsonOf(parts.info)).toEqual({ ...info, audio: { format } });
    expect(parts.data!.type).toBe(type);
    expect(parts.data!.bytes).toEqual(AUDIO);
    expect(info.audio).toBeUndefined(); // the caller's object is left as it was
  });

  it("keeps a format given in info and picks the media type from it", async () => {
    server.handle(() => ({ body: { id: "x" } }));
    await captureCall(creovai(), {
      info: { ...v2CallInfo(), audio: { format: "opus" } },
      audio: AUDIO,
    });
    const parts = await partsOf(server.requests[0]!);
    expect(jsonOf(parts.info)).toMatchObject({ audio: { format: "opus" } });
    expect(parts.data!.type).toBe("audio/ogg");
  });

  it("refuses audio whose media type cannot be known, naming contentType", async () => {
    const error = await captureCall(creovai(), { info: withoutFormat(), audio: AUDIO }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "contentType" });
    expect(server.requests).toHaveLength(0);
  });
});

describe("uploadCall (v1)", () => {
  it("sends the PascalCase info as JSON and the audio bytes, Audio.Format filled", async () => {
    server.handle(() => ({ body: { CallId: "bbqfbbbow" } }));
    const info = v1CallInfo();
    const result = await uploadCall(creovai(), { info, audio: AUDIO, contentType: "audio/wav" });
    expect(result).toEqual({ callId: "bbqfbbbow" });
    const req = server.requests[0]!;
    expect(req.path).toBe("/callCapture/v1/archive");
    expect(req.headers.authorization).toBe("Bearer t");
    const parts = await partsOf(req);
    expect(parts.info!.type).toBe("application/json");
    expect(jsonOf(parts.info)).toEqual({ ...info, Audio: { Format: "wav" } });
    expect(parts.data!.type).toBe("audio/wav");
    expect(parts.data!.bytes).toEqual(AUDIO);
  });
});
