import { ResponseParseError } from "./api-errors.js";
import type { SecretSet } from "./redact.js";
import type { ParseAs } from "./types.js";

/** A read answer: its data (2xx) or its error body (anything else), as openapi-fetch returns them. */
export type ParsedAnswer = { ok: true; data: unknown } | { ok: false; error: unknown };

function parseJson(text: string): unknown {
  return text === "" ? undefined : JSON.parse(text);
}

/**
 * The data or error of an answer whose body was already read. A 2xx whose JSON does not parse is a
 * ResponseParseError that does not quote the body (it may echo a secret); an error body that is not
 * JSON stays text.
 */
export function parseAnswer(
  packageName: string,
  method: string,
  response: Response,
  body: string | ArrayBuffer | null,
  parseAs: ParseAs,
  secrets: SecretSet,
): ParsedAnswer {
  const empty = body === null || (typeof body === "string" ? body === "" : body.byteLength === 0);
  if (response.ok) {
    if (empty && parseAs === "json") return { ok: true, data: undefined };
    if (parseAs === "json") {
      try {
        return { ok: true, data: parseJson(body as string) };
      } catch {
        throw new ResponseParseError(
          `[${packageName}] ${method} ${secrets.redact(response.url)} answered ${response.status} with a body that is not valid JSON (content-type ${response.headers.get("content-type") ?? "none"})`,
          { method, url: secrets.redact(response.url), status: response.status },
        );
      }
    }
    return { ok: true, data: asParsed(body, parseAs, response) };
  }
  if (empty) return { ok: false, error: undefined };
  const text = typeof body === "string" ? body : new TextDecoder().decode(body as ArrayBuffer);
  try {
    return { ok: false, error: JSON.parse(text) };
  } catch {
    return { ok: false, error: text };
  }
}

function asParsed(
  body: string | ArrayBuffer | null,
  parseAs: ParseAs,
  response: Response,
): unknown {
  if (parseAs === "text") return body ?? "";
  const bytes = body ?? new ArrayBuffer(0);
  if (parseAs === "arrayBuffer") return bytes;
  const type = response.headers.get("content-type") ?? "";
  if (parseAs === "blob") return new Blob([bytes], { type });
  return new Response(bytes).body;
}
