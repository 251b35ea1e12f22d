import { describe, expect, it } from "vitest";
import { sampleBytes } from "../src/binary-sample.js";

describe("sampleBytes", () => {
  it("is one silent MPEG-1 Layer III frame for audio/mpeg: 417 bytes behind an MP3 frame header", () => {
    const mp3 = sampleBytes("audio/mpeg");
    expect(mp3).toHaveLength(417); // 144 * 128 kbit/s / 44.1 kHz
    // 11 sync bits, MPEG-1, Layer III, no CRC; 128 kbit/s at 44.1 kHz.
    expect([...mp3.subarray(0, 3)]).toEqual([0xff, 0xfb, 0x90]);
    expect(sampleBytes("audio/mp3")).toEqual(mp3);
  });

  it("is a PNG for image/png, and placeholder bytes naming the type otherwise", () => {
    expect([...sampleBytes("image/png").subarray(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
    expect(new TextDecoder().decode(sampleBytes("Application/PDF; x=1"))).toBe(
      "cxkit mock application/pdf",
    );
  });
});
