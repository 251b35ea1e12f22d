/** A file part of a multipart body, as recorded. */
export interface RecordedFile {
  /** The part's file name. */
  filename: string;
  /** The part's media type. */
  type: string;
  size: number;
}

import { isJsonType } from "./media-type.js";

/** A body parsed by its media type. */
export type ParsedBody =
  | {
      ok: true;
      /**
       * JSON value, form fields as an object (file parts as their text, JSON parts parsed), or the
       * text itself.
       */
      value: unknown;
      /** Multipart file parts by field name. */
      files: Record<string, RecordedFile>;
    }
  | { ok: false; detail: string };

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(header: string | undefined): string | undefined {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/** The documented media type `received` satisfies (`application/json`, `application/*`, `*\/*`). */
export function matchMediaType(received: string, documented: string[]): string | undefined {
  const [type] = received.split("/");
  return (
    documented.find((d) => d.toLowerCase() === received) ??
    documented.find((d) => d.toLowerCase() === `${type}/*`) ??
    documented.find((d) => d === "*/*")
  );
}

function collect(entries: Iterable<[string, string]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/**
 * Parse a request body as the operation's media type says: JSON, a form post (URLSearchParams) or a
 * multipart upload (through the platform's own `Request.formData()`, so boundaries, quoting and
 * encodings are handled as a real server would). File parts become their text, so that a schema such as
 * `{ type: string, contentMediaType: text/csv }` validates them; a part named in `jsonParts` (the
 * spec's `encoding` says JSON) or sent as JSON becomes its parsed value (Creovai's `info` part).
 */
export async function parseBody(
  mediaType: string,
  contentType: string,
  raw: Buffer,
  jsonParts: ReadonlySet<string> = new Set(),
): Promise<ParsedBody> {
  const text = raw.toString("utf8");
  if (isJsonType(mediaType)) {
    try {
      return { ok: true, value: JSON.parse(text), files: {} };
    } catch (error) {
      return { ok: false, detail: `malformed JSON (${(error as Error).message})` };
    }
  }
  if (mediaType === "application/x-www-form-urlencoded") {
    return { ok: true, value: collect(new URLSearchParams(text)), files: {} };
  }
  if (mediaType === "multipart/form-data") return parseMultipart(contentType, raw, jsonParts);
  return { ok: true, value: text, files: {} };
}

// Multipart through the platform's own parser; JSON parts parsed, the rest as text.
async function parseMultipart(
  contentType: string,
  raw: Buffer,
  jsonParts: ReadonlySet<string>,
): Promise<ParsedBody> {
  let form: FormData;
  try {
    form = await new Request("http://mock.invalid/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(raw),
    }).formData();
  } catch (error) {
    return { ok: false, detail: `malformed multipart body (${(error as Error).message})` };
  }
  const fields: [string, string][] = [];
  const parsed: Record<string, unknown> = {};
  const files: Record<string, RecordedFile> = {};
  for (const [name, value] of form.entries()) {
    const isFile = typeof value !== "string";
    if (isFile) files[name] = { filename: value.name, type: value.type, size: value.size };
    const text = isFile ? await value.text() : value;
    if (!jsonParts.has(name) && !(isFile && isJsonType(value.type))) {
      fields.push([name, text]);
      continue;
    }
    try {
      parsed[name] = JSON.parse(text);
    } catch (error) {
      return { ok: false, detail: `malformed JSON in part ${name} (${(error as Error).message})` };
    }
  }
  return { ok: true, value: { ...collect(fields), ...parsed }, files };
}
