import { AuthError, ConfigError } from "@cxkit/core";

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

/**
 * The current value of a credential. A function that throws, or returns something that is not a
 * non-empty string, is an AuthError naming the option (nothing is sent).
 */
export async function resolveCredential(
  credential: Credential,
  option: string,
  packageName = "@cxkit/auth",
): Promise<string> {
  let value: unknown;
  try {
    value = typeof credential === "function" ? await credential() : credential;
  } catch (cause) {
    const detail = cause instanceof Error ? `: ${cause.name}` : "";
    throw new AuthError(`[${packageName}] the ${option} function failed${detail}`);
  }
  if (typeof value !== "string" || value.trim() === "") {
    throw new AuthError(
      `[${packageName}] ${option} is empty: the credential function returned nothing`,
    );
  }
  if (/[\r\n]/.test(value)) {
    throw new AuthError(`[${packageName}] ${option} must not contain line breaks`);
  }
  return value;
}
