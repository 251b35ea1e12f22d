// Creovai names audio formats its own way (`opus` for Ogg). Its v2 SDK fills an empty format from
// the audio part's media type with this table and passes unknown media types through unchanged, so
// formats the API learnt after the SDK still work; the reverse table picks a media type for audio
// given as bare bytes.
const FORMAT_OF_MEDIA_TYPE: Readonly<Record<string, string>> = {
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/vnd.wav": "wav",
  "audio/x-wave": "wav",
  "audio/mp3": "mp3",
  "audio/ogg": "opus",
  "audio/mp4": "mp4",
  "audio/m4a": "mp4",
  "audio/mp4-helium": "mp4helium",
  "audio/m4a-helium": "mp4helium",
  "audio/wma": "wma",
  "audio/wma-helium": "wmahelium",
};

const MEDIA_TYPE_OF_FORMAT: Readonly<Record<string, string>> = {
  wav: "audio/wav",
  mp3: "audio/mp3",
  opus: "audio/ogg",
  mp4: "audio/mp4",
  mp4helium: "audio/mp4-helium",
  wma: "audio/wma",
  wmahelium: "audio/wma-helium",
};

/** Creovai's format name for an audio media type (the media type itself when it has none). */
export function audioFormatOf(mediaType: string): string {
  const type = mediaType.toLowerCase().split(";")[0]?.trim() ?? "";
  return FORMAT_OF_MEDIA_TYPE[type] ?? mediaType;
}

/** The media type to send audio of a Creovai format in, when the format is one Creovai names. */
export function mediaTypeOf(format: string | undefined): string | undefined {
  return format === undefined ? undefined : MEDIA_TYPE_OF_FORMAT[format.toLowerCase()];
}
