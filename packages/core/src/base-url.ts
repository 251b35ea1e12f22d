import { ConfigError } from "./errors.js";

/** True for hosts that never leave this machine: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Parse and check a client's base URL: https, or http only for loopback hosts (so a credential is
 * never sent in clear text over a network), no embedded user info, query or fragment.
 * Returns the URL without a trailing slash.
 */
export function checkBaseUrl(packageName: string, value: unknown, option = "baseUrl"): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigError(
      `[${packageName}] ${option} is required: pass the API's base URL`,
      option,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`[${packageName}] ${option} is not a valid URL: "${value}"`, option);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(
      `[${packageName}] ${option} must use https:// (http:// is allowed only for loopback hosts such as 127.0.0.1): got "${url.origin}"`,
      option,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `[${packageName}] ${option} must be an https:// URL: got "${url.protocol}"`,
      option,
    );
  }
  if (url.username || url.password) {
    throw new ConfigError(
      `[${packageName}] ${option} must not contain user info; pass credentials as options`,
      option,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError(
      `[${packageName}] ${option} must not contain a query or fragment`,
      option,
    );
  }
  return url.href.replace(/\/+$/, "");
}
