/** A file part of a multipart body, as recorded. */
export interface RecordedFile {
  /** The part's file name. */
  filename: string;
  /** The part's media type. */
  type: string;
  size: number;
}

/** A body parsed by its media type. */
export type ParsedBody =
  | {
      ok: true;
      /** JSON value, form fields as an object (file parts as their text), or the text itself. */
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

const isJson = (type: string) => type === "application/json" || type.endsWith("+json");

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
 * `{ type: string, contentMediaType: text/csv }` validates them.
 */
export async function parseBody(
  mediaType: string,
  contentType: string,
  raw: Buffer,
): Promise<ParsedBody> {
  const text = raw.toString("utf8");
  if (isJson(mediaType)) {
    try {
      return { ok: true, value: JSON.parse(text), files: {} };
    } catch (error) {
      return { ok: false, detail: `malformed JSON (${(error as Error).message})` };
    }
  }
  if (mediaType === "application/x-www-form-urlencoded") {
    return { ok: true, value: collect(new URLSearchParams(text)), files: {} };
  }
  if (mediaType === "multipart/form-data") {
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
    const files: Record<string, RecordedFile> = {};
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") {
        fields.push([name, value]);
      } else {
        files[name] = { filename: value.name, type: value.type, size: value.size };
        fields.push([name, await value.text()]);
      }
    }
    return { ok: true, value: collect(fields), files };
  }
  return { ok: true, value: text, files: {} };
}
