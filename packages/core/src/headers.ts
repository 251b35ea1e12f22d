import { ValidationError } from "./errors.js";
import type { HeadersOptions } from "openapi-fetch";

const UNSENDABLE = /[^\t\x20-\x7e\x80-\xff]/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;

/**
 * Merge header sources into `into` (lower-case names), later sources winning; `null`/`undefined`
 * removes a header. A name or value fetch would refuse (or that could split a header) is a
 * ValidationError naming it, raised before anything is sent.
 */
export function mergeHeaders(
  packageName: string,
  into: Record<string, string>,
  source: HeadersOptions | Readonly<Record<string, unknown>> | undefined,
  field = "headers",
): Record<string, string> {
  if (!source) return into;
  const put = (name: string, value: HeaderValue) => {
    const lower = name.toLowerCase();
    if (!TOKEN.test(lower)) {
      throw new ValidationError(`[${packageName}] ${field} has an invalid header name`, field);
    }
    if (value === null || value === undefined) {
      delete into[lower];
      return;
    }
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    if (UNSENDABLE.test(text)) {
      throw new ValidationError(
        `[${packageName}] ${field}.${lower} contains control characters or characters outside Latin-1`,
        `${field}.${lower}`,
      );
    }
    into[lower] = text;
  };
  if (source instanceof Headers) source.forEach((value, name) => put(name, value));
  else if (Array.isArray(source)) for (const [name, value] of source) put(name, value);
  else for (const [name, value] of Object.entries(source)) put(name, value as HeaderValue);
  return into;
}
