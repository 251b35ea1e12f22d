import { ConfigError, CxkitError } from "@cxkit/core";

/** A secret as a string, or a function (sync or async) that returns the current one. */
export type Credential = string | (() => string | Promise<string>);

/**
 * Check a credential option at client creation: it must be a non-empty string or a function.
 * The error names the option and never echoes the value.
 */
export function checkCredential(packageName: string, option: string, value: unknown): Credential {
  if (typeof value === "function") return value as () => string | Promise<string>;
  if (typeof value !== "string") {
    throw new ConfigError(
      `[${packageName}] ${option} is required: pass a string or a function that returns one`,
      option,
    );
  }
  if (value.trim() === "") throw new ConfigError(`[${packageName}] ${option} is empty`, option);
  if (/[\r\n]/.test(value)) {
    throw new ConfigError(`[${packageName}] ${option} must not contain line breaks`, option);
  }
  return value;
}

/** The current value of a credential; a function's result is checked like a literal. */
export async function resolveCredential(credential: Credential, name: string): Promise<string> {
  const value = typeof credential === "function" ? await credential() : credential;
  if (typeof value !== "string" || value.trim() === "") {
    throw new CxkitError(
      `[@cxkit/auth] ${name} is empty: the credential function returned nothing`,
    );
  }
  if (/[\r\n]/.test(value)) {
    throw new CxkitError(`[@cxkit/auth] ${name} must not contain line breaks`);
  }
  return value;
}
