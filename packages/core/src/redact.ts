/** What replaces a secret in logs and errors. */
export const REDACTED = "[REDACTED]";

// A long secret is redacted wherever it occurs: a random token inside another word is still a leak.
// A short one ("k", as in examples) would also match inside unrelated words (`@cx[k]it`), so it is
// redacted only where it stands as a value of its own: not flanked by letters, digits, `_` or `-`.
const WHOLE_VALUE_BELOW = 8;
const WORD = /[A-Za-z0-9_-]/;

/** The text before and after an occurrence allows it to be a value of its own. */
function standsAlone(text: string, start: number, secret: string): boolean {
  const end = start + secret.length;
  const before = start > 0 && WORD.test(secret[0]!) && WORD.test(text[start - 1]!);
  const after = end < text.length && WORD.test(secret[secret.length - 1]!) && WORD.test(text[end]!);
  return !before && !after;
}

function replaceSecret(text: string, secret: string): string {
  if (!text.includes(secret)) return text;
  if (secret.length >= WHOLE_VALUE_BELOW) return text.split(secret).join(REDACTED);
  let out = "";
  let from = 0;
  for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
    if (!standsAlone(text, at, secret)) continue;
    out += text.slice(from, at) + REDACTED;
    from = at + secret.length;
  }
  return out + text.slice(from);
}

/**
 * The secret values a client has sent, bounded in number. Everything an error or a log event shows is
 * scrubbed of each of them (also percent-encoded, as they appear in URLs), so a vendor that echoes a
 * credential back in an error body cannot leak it through us.
 */
export class SecretSet {
  readonly #values: string[] = [];
  readonly #limit: number;

  constructor(limit = 32) {
    this.#limit = limit;
  }

  /** Remember a secret; for `Scheme value` header values the bare value too. */
  add(value: string): void {
    if (value === "" || this.#values.includes(value)) return;
    const candidates = new Set([value]);
    const space = value.indexOf(" ");
    if (space > 0 && space < value.length - 1) candidates.add(value.slice(space + 1));
    for (const candidate of [...candidates]) {
      try {
        candidates.add(encodeURIComponent(candidate));
      } catch {
        // A lone surrogate cannot be percent-encoded; it cannot appear in a URL either.
      }
    }
    for (const candidate of candidates) {
      if (candidate === "" || this.#values.includes(candidate)) continue;
      this.#values.push(candidate);
      if (this.#values.length > this.#limit) this.#values.shift();
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.#values.sort((a, b) => b.length - a.length);
  }

  /** How many values are remembered (for tests). */
  get size(): number {
    return this.#values.length;
  }

  /** `text` with every known secret replaced by {@link REDACTED}. */
  redact(text: string): string {
    let out = text;
    for (const secret of this.#values) out = replaceSecret(out, secret);
    return out;
  }

  /** A copy of a parsed JSON value (or text) with every string, keys included, redacted. */
  redactDeep(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.redact(value);
    if (value === null || typeof value !== "object" || depth > 64) return value;
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[this.redact(key)] = this.redactDeep(item, depth + 1);
    }
    return out;
  }
}

/**
 * Headers as a plain object with credential-bearing headers replaced by {@link REDACTED} and every other
 * value scrubbed of known secrets (a vendor may echo a key in any header).
 */
export function redactHeaders(
  headers: Headers | Readonly<Record<string, string>>,
  credentialHeaders: ReadonlySet<string>,
  secrets?: SecretSet,
): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (value: string, name: string) => {
    const lower = name.toLowerCase();
    out[lower] = credentialHeaders.has(lower) ? REDACTED : secrets ? secrets.redact(value) : value;
  };
  if (headers instanceof Headers) headers.forEach(put);
  else for (const [name, value] of Object.entries(headers)) put(value, name);
  return out;
}
