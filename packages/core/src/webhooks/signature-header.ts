import { WebhookVerificationError } from "../errors.js";

/**
 * The `key=value` pairs of a signature header such as Dixa's `t=1742289243101,v1=3f6c…`; a repeated key
 * keeps every value (a vendor rotating secrets may send several `v1`).
 */
export function parseSignatureHeader(packageName: string, header: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) {
      throw new WebhookVerificationError(
        `[${packageName}] the signature header is malformed`,
        "malformed-signature",
      );
    }
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}
