// A named method whose answer is not JSON reads it as its media type says: the MP3 of an interaction
// comes back as a Blob with the exact bytes.
import { useTestServer } from "@cxkit/test-utils";
import { describe, expect, it } from "vitest";
import { createCreovaiClient } from "@cxkit/creovai";

const server = useTestServer();
const mp3 = Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0xfb, 0x90, 0x00]);

describe("getInteractionAudio (named method)", () => {
  it("resolves to a Blob of the exact bytes", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "audio/mpeg" });
      res.end(Buffer.from(mp3));
    });
    const creovai = createCreovaiClient({ token: "t", baseUrl: server.url });
    const audio = await creovai.getInteractionAudio({ path: { id: "i-1" } });
    expect(audio).toBeInstanceOf(Blob);
    expect(audio.type).toBe("audio/mpeg");
    expect(new Uint8Array(await audio.arrayBuffer())).toEqual(mp3);
    expect(server.requests[0]!.path).toBe("/interactions/v2/i-1/audio.mp3");
  });
});
