import type { BodyEncoder, OperationInfo } from "./descriptor.js";
import { isRawBody, type RawBody } from "./raw-body.js";

/** A request body ready for fetch, and the content type it needs (none for FormData: fetch sets it). */
export interface EncodedBody {
  body: RawBody;
  contentType: string | undefined;
}

/** A multipart form from plain data: file fields (per the spec) as Blobs, objects as JSON text. */
export function toFormData(
  body: Readonly<Record<string, unknown>>,
  files: Readonly<Record<string, string>> = {},
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const type = files[name];
    // A file field holding a list (several attachments) is one part per item, all under its name.
    const items =
      Array.isArray(value) && (type !== undefined || value.some((v) => v instanceof Blob))
        ? value
        : [value];
    items.forEach((item, index) =>
      appendPart(form, name, item, type, items.length > 1 ? index : undefined),
    );
  }
  return form;
}

function appendPart(
  form: FormData,
  name: string,
  value: unknown,
  type: string | undefined,
  index: number | undefined,
): void {
  if (value === undefined || value === null) return;
  const suffix = index === undefined ? "" : `-${index + 1}`;
  if (value instanceof Blob) {
    form.append(name, value, value instanceof File ? value.name : `${name}${suffix}`);
  } else if (type !== undefined) {
    const extension = type.split("/")[1]?.split(/[+;]/)[0] ?? "bin";
    // A typed part (a JSON `info` part beside an audio `data` part) gets its value encoded as such.
    const part =
      value instanceof Uint8Array || value instanceof ArrayBuffer
        ? new Blob([value as BlobPart], { type })
        : new Blob([typeof value === "object" ? JSON.stringify(value) : String(value)], { type });
    form.append(name, part, `${name}${suffix}.${extension}`);
  } else {
    form.append(name, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
}

/** Form-encoded text; arrays repeat their key. */
export function toFormUrlEncoded(body: Readonly<Record<string, unknown>>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form.toString();
}

/**
 * The descriptor's encoder of bodies sent form-encoded or multipart where the spec says so (plain
 * objects in, so callers never build a FormData by hand). Generated clients pass it only when some
 * operation needs it.
 */
export const encodeForm: BodyEncoder = (operation, body) => {
  const encoding = operation.requestBody;
  if (encoding?.contentType === "multipart/form-data") {
    return {
      body: toFormData(body as Record<string, unknown>, encoding.files),
      contentType: undefined,
    };
  }
  return {
    body: toFormUrlEncoded(body as Record<string, unknown>),
    contentType: "application/x-www-form-urlencoded",
  };
};

/**
 * Encode a call's body the way its operation takes it: JSON by default, form-encoded or multipart where
 * the spec says so. A body that is already encoded (a string, FormData, Blob, bytes) is sent as is.
 */
export function encodeBody(operation: OperationInfo | undefined, body: unknown): EncodedBody {
  if (operation?.requestBody && typeof body === "object" && body !== null && !isRawBody(body)) {
    return encodeForm(operation, body) as EncodedBody;
  }
  if (isRawBody(body)) return { body, contentType: undefined };
  return { body: JSON.stringify(body), contentType: "application/json" };
}
