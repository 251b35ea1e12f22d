// Bytes for a binary answer the spec gives no example for, so that a client reading it as bytes gets
// something of the announced type rather than text.

/**
 * One silent MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz, no CRC): a 4-byte header and 413 zero
 * bytes, 417 bytes in all. Players and decoders accept it as a valid MP3 of about 26 ms.
 */
function silentMp3Frame(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return frame;
}

// PNG signature + IHDR + IDAT + IEND of a 1x1 transparent pixel.
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/**
 * Sample bytes for a binary media type: a silent MP3 frame for `audio/mpeg` (and `audio/mp3`), a 1x1
 * PNG for `image/png`, else the bytes of the text `cxkit mock <type>`.
 */
export function sampleBytes(type: string): Uint8Array {
  const t = type.split(";")[0]!.trim().toLowerCase();
  if (t === "audio/mpeg" || t === "audio/mp3") return silentMp3Frame();
  if (t === "image/png") return new Uint8Array(Buffer.from(PNG_1X1, "base64"));
  return new TextEncoder().encode(`cxkit mock ${t}`);
}
