// What kind of payload a media type carries: the mock parses and writes JSON as JSON, text as text
// and everything else (audio, images, archives, `application/octet-stream`) as bytes.

/** The media type without parameters, lower case: `audio/mpeg` for `Audio/MPEG; q=1`. */
const bare = (type: string): string => type.split(";")[0]!.trim().toLowerCase();

/** `application/json` or a `+json` type (`application/problem+json`). */
export function isJsonType(type: string): boolean {
  const t = bare(type);
  return t === "application/json" || t.endsWith("+json");
}

// Non-`text/*` types whose payload is still text.
const TEXTUAL = new Set([
  "application/x-www-form-urlencoded",
  "application/xml",
  "application/javascript",
  "application/x-ndjson",
  "application/yaml",
  "application/x-yaml",
]);

/** A media type whose payload is text: JSON, `text/*`, XML, form posts and a few others. */
export function isTextType(type: string): boolean {
  const t = bare(type);
  return isJsonType(t) || t.startsWith("text/") || t.endsWith("+xml") || TEXTUAL.has(t);
}

/** A media type whose payload is bytes (`audio/mpeg`, `image/png`, `application/octet-stream`...). */
export function isBinaryType(type: string): boolean {
  const t = bare(type);
  return t !== "" && t !== "*/*" && !t.startsWith("multipart/") && !isTextType(t);
}
