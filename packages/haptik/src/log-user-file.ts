import { ValidationError, type CallOptions } from "@cxkit/core";
import type { HaptikMethods } from "./generated/methods.js";
import type { components } from "./generated/schema.js";

type LoggedFileMessage = components["schemas"]["LoggedFileMessage"];
type WireFields = Omit<components["schemas"]["LogFileRequest"], "file" | "message_type">;

/**
 * Largest file `logFileFromUser` takes. Haptik writes "10MB"; it is read as 10 MiB (10,485,760 bytes),
 * the usual reading of a server-side upload limit, so no file Haptik accepts is refused here.
 */
export const HAPTIK_MAX_FILE_BYTES = 10 * 1024 * 1024;

const IMAGE = 1;
const DOCUMENT = 52;

// Haptik lists the kinds it takes by file extension ("Supported Extensions"), so the extension of the
// name sent decides; the media type of the part follows from it.
const KINDS: Readonly<Record<string, { type: string; messageType: 1 | 52 }>> = {
  jpg: { type: "image/jpeg", messageType: IMAGE },
  jpeg: { type: "image/jpeg", messageType: IMAGE },
  png: { type: "image/png", messageType: IMAGE },
  gif: { type: "image/gif", messageType: IMAGE },
  pdf: { type: "application/pdf", messageType: DOCUMENT },
  doc: { type: "application/msword", messageType: DOCUMENT },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    messageType: DOCUMENT,
  },
  xls: { type: "application/vnd.ms-excel", messageType: DOCUMENT },
  xlsx: {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    messageType: DOCUMENT,
  },
  csv: { type: "text/csv", messageType: DOCUMENT },
};

/** The file extensions `logFileFromUser` accepts (Haptik's "Supported Extensions"). */
export const HAPTIK_FILE_EXTENSIONS: readonly string[] = Object.keys(KINDS);

/** Body of {@link logUserFile}: the multipart fields of `logFileFromUser`, with the file as bytes. */
export interface HaptikUserFileUpload extends WireFields {
  /** The file: a `File` (its name is sent), or a `Blob` or bytes together with `fileName`. */
  file: Blob | ArrayBuffer | Uint8Array;
  /** Name Haptik sees, whose extension must be one of {@link HAPTIK_FILE_EXTENSIONS}; overrides a File's name. */
  fileName?: string;
  /** `1` image, `52` document; default: the kind of the file's extension. */
  message_type?: 1 | 52;
}

const MB = 1024 * 1024;
const fail = (message: string, field: string) =>
  new ValidationError(`[@cxkit/haptik] ${message}`, field);

function nameOf(body: HaptikUserFileUpload): { name: string; field: string } {
  if (body.fileName !== undefined) {
    if (typeof body.fileName !== "string" || body.fileName.trim() === "") {
      throw fail("body.fileName must be a non-empty string", "body.fileName");
    }
    return { name: body.fileName, field: "body.fileName" };
  }
  if (typeof File !== "undefined" && body.file instanceof File && body.file.name !== "") {
    return { name: body.file.name, field: "body.file" };
  }
  throw fail(
    "body.fileName is required unless body.file is a File with a name: Haptik decides the kind by the extension",
    "body.fileName",
  );
}

function sizeOf(file: unknown): number {
  if (file instanceof Blob) return file.size;
  if (file instanceof ArrayBuffer || file instanceof Uint8Array) return file.byteLength;
  throw fail("body.file must be a Blob, a File, an ArrayBuffer or a Uint8Array", "body.file");
}

/**
 * Check an upload and turn it into the multipart body Haptik takes: a `File` part whose name and media
 * type match its extension, and `message_type` filled from that kind. Throws a ValidationError naming
 * the field (`body.file`, `body.fileName`, `body.message_type`), so nothing is sent.
 */
export function toHaptikFileBody(body: HaptikUserFileUpload): WireFields & {
  file: File;
  message_type: 1 | 52;
} {
  if (typeof body !== "object" || body === null) {
    throw fail("body is required: { auth_id, business_id, file, fileName? }", "body");
  }
  const size = sizeOf(body.file);
  if (size > HAPTIK_MAX_FILE_BYTES) {
    throw fail(
      `body.file is ${(size / MB).toFixed(1)} MB; Haptik takes files of at most 10 MB (${HAPTIK_MAX_FILE_BYTES} bytes)`,
      "body.file",
    );
  }
  const { name, field } = nameOf(body);
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const kind = KINDS[extension];
  if (!kind) {
    throw fail(
      `${field} ${JSON.stringify(name)} has no extension Haptik accepts (${HAPTIK_FILE_EXTENSIONS.join(", ")})`,
      field,
    );
  }
  if (body.message_type !== undefined && body.message_type !== kind.messageType) {
    throw fail(
      `body.message_type ${String(body.message_type)} does not match a .${extension} file (${kind.messageType === IMAGE ? "1, image" : "52, document"})`,
      "body.message_type",
    );
  }
  const fields: WireFields = { auth_id: body.auth_id, business_id: body.business_id };
  if (body.message_body !== undefined) fields.message_body = body.message_body;
  const file = new File([body.file as BlobPart], name, { type: kind.type });
  return { ...fields, message_type: kind.messageType, file };
}

/**
 * Send a file from a registered user to the bot or agent (`logFileFromUser`), checked before anything is
 * sent: at most 10 MB, one of Haptik's kinds (by extension), `message_type` matching it (filled in when
 * left out). Resolves to the logged message with the stored file's `file_url`; throws a ValidationError
 * naming the field for a file Haptik would refuse, and the call's typed error otherwise.
 *
 * @example
 * const logged = await logUserFile(haptik, {
 *   body: { auth_id: "cust-0048213", business_id: 343, file: pdfBytes, fileName: "statement.pdf" },
 * });
 */
export async function logUserFile(
  haptik: Pick<HaptikMethods, "logFileFromUser">,
  params: { body: HaptikUserFileUpload },
  options?: CallOptions,
): Promise<LoggedFileMessage> {
  const body = toHaptikFileBody(params?.body);
  // The spec types the part as a string (OpenAPI has no Blob type); the runtime sends a File as a file
  // part under its own name and type, which is what Haptik needs.
  return haptik.logFileFromUser(
    { body: body as unknown as components["schemas"]["LogFileRequest"] },
    options,
  );
}
