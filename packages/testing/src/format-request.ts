import type { RecordedRequest } from "./server/record.js";

/** Headers that carry credentials in at least one vendor's API. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "client-id",
  "cookie",
  "x-api-key",
]);
// Body fields that carry secrets (Creovai's /Token form post, token answers).
const SECRET_FIELDS = /secret|password|token/i;

/** What a redacted value is shown as. */
export const REDACTED = "[REDACTED]";

function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBody);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_FIELDS.test(k) ? REDACTED : redactBody(v)]),
    );
  }
  return value;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/**
 * One request as log lines, credentials redacted: `POST /path -> 200 operationId`, then the
 * credential headers it carried (redacted) and the body (secret fields redacted, long bodies clipped).
 */
export function formatRequest(
  request: RecordedRequest,
  options: { maxBody?: number } = {},
): string {
  const status = request.status === undefined ? "(no answer)" : String(request.status);
  const what = request.operationId ?? "(no operation)";
  const verdict = request.valid === false ? `  invalid: ${request.problem ?? "?"}` : "";
  const fault = request.fault ? `  fault: ${JSON.stringify(request.fault)}` : "";
  const lines = [`${request.method} ${request.url} -> ${status} ${what}${verdict}${fault}`];
  const credentials = Object.keys(request.headers)
    .filter((name) => CREDENTIAL_HEADERS.has(name))
    .map((name) => `${name}: ${REDACTED}`);
  if (credentials.length > 0) lines.push(`  ${credentials.join(", ")}`);
  if (request.body !== undefined) {
    const body =
      typeof request.body === "string" ? request.body : JSON.stringify(redactBody(request.body));
    lines.push(`  body: ${clip(body, options.maxBody ?? 300)}`);
  }
  return lines.join("\n");
}
