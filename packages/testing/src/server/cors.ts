import type { WireAnswer } from "./http.js";

/** The `cors` option of a mock: `true` allows any origin (`*`), `{ origin }` that one origin. */
export type CorsOption = boolean | { origin?: string };

/** How a mock answers browsers calling it from another origin. */
export interface Cors {
  /** The answer to a CORS preflight, or undefined when the request is not one. */
  preflight(
    method: string,
    headers: Record<string, string | string[] | undefined>,
  ): WireAnswer | undefined;
  /** An answer with the CORS headers a browser needs to hand it to the calling page. */
  decorate(wire: WireAnswer): WireAnswer;
}

// Chromium caps a preflight's cache at 2 hours; longer would only be ignored.
const MAX_AGE_SECONDS = "7200";

// Response headers a page can always read (the CORS-safelisted ones), and the CORS headers
// themselves: neither needs exposing.
const READABLE = new Set([
  "cache-control",
  "content-language",
  "content-length",
  "content-type",
  "expires",
  "last-modified",
  "pragma",
]);

const single = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(", ") : value;

/** Adds each header `headers` lacks (compared case-insensitively): a reply's own CORS headers win. */
function withDefaults(headers: Record<string, string>, defaults: Record<string, string>) {
  const out = { ...headers };
  const present = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  for (const [name, value] of Object.entries(defaults)) if (!present.has(name)) out[name] = value;
  return out;
}

/** The CORS behaviour of a mock; undefined when `cors` is off. */
export function createCors(option: CorsOption | undefined): Cors | undefined {
  if (!option) return undefined;
  const origin = (option === true ? undefined : option.origin) ?? "*";
  // One named origin: caches must keep answers for other origins apart.
  const vary = origin === "*" ? [] : ["Origin"];
  return {
    preflight(method, headers) {
      const requested = single(headers["access-control-request-method"]);
      if (method.toUpperCase() !== "OPTIONS" || requested === undefined) return undefined;
      const out: Record<string, string> = {
        "access-control-allow-origin": origin,
        "access-control-allow-methods": requested,
        "access-control-max-age": MAX_AGE_SECONDS,
        vary: [...vary, "Access-Control-Request-Method", "Access-Control-Request-Headers"].join(
          ", ",
        ),
      };
      // Echoed rather than `*`: a wildcard does not cover `Authorization`, which every client sends.
      const requestedHeaders = single(headers["access-control-request-headers"]);
      if (requestedHeaders) out["access-control-allow-headers"] = requestedHeaders;
      return { status: 204, headers: out, payload: undefined };
    },
    decorate(wire) {
      const exposed = Object.keys(wire.headers)
        .map((name) => name.toLowerCase())
        .filter((name) => !READABLE.has(name) && !name.startsWith("access-control-"));
      const defaults: Record<string, string> = { "access-control-allow-origin": origin };
      if (exposed.length > 0) defaults["access-control-expose-headers"] = exposed.join(", ");
      if (vary.length > 0) defaults.vary = vary.join(", ");
      return { ...wire, headers: withDefaults(wire.headers, defaults) };
    },
  };
}
