/** What replaces a secret in logs and error messages. */
export const REDACTED = "[REDACTED]";

/**
 * A bounded set of secret values a client has sent. Errors and log events are scrubbed of every one,
 * so a vendor that echoes a token back in an error body cannot leak it through us.
 */
export class SecretSet {
  readonly #values: string[] = [];
  readonly #limit: number;

  constructor(limit = 32) {
    this.#limit = limit;
  }

  /** Remember a secret (and, for `Scheme value` headers, the bare value). */
  add(value: string): void {
    const candidates = [value];
    const space = value.indexOf(" ");
    if (space > 0 && space < value.length - 1) candidates.push(value.slice(space + 1));
    for (const candidate of candidates) {
      if (candidate === "" || this.#values.includes(candidate)) continue;
      this.#values.push(candidate);
      if (this.#values.length > this.#limit) this.#values.shift();
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.#values.sort((a, b) => b.length - a.length);
  }

  /** `text` with every known secret replaced by {@link REDACTED}. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.#values) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }
}

/** A copy of `headers` as a plain object with credential-bearing headers redacted. */
export function redactHeaders(
  headers: Headers,
  credentialHeaders: ReadonlySet<string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = credentialHeaders.has(name.toLowerCase()) ? REDACTED : value;
  });
  return out;
}
