import { ConfigError } from "./errors.js";

/** True for hosts that never leave this machine: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host === "::1") return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Parse and check a base URL: https, or http only for loopback hosts (so a credential is never sent in
 * clear text over a network), no user info, query or fragment. Returns it without a trailing slash.
 * Errors name the option and never repeat user info (it may hold a password).
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
    throw new ConfigError(`[${packageName}] ${option} is not a valid URL`, option);
  }
  if (url.username || url.password) {
    throw new ConfigError(
      `[${packageName}] ${option} must not contain user info (user:password@); pass credentials as options`,
      option,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(
      `[${packageName}] ${option} must be an https:// URL: got "${url.protocol}"`,
      option,
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(
      `[${packageName}] ${option} must use https:// (http:// is allowed only for loopback hosts such as 127.0.0.1): got "${url.origin}"`,
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

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Fill a server URL template (`https://{instance}.audio.creovai.com`). Each value must be a single host
 * label, so an option can never point a client at another host. Returns the URL, or the names of the
 * variables that have no value.
 */
export function expandServerUrl(
  packageName: string,
  template: string,
  values: Readonly<Record<string, unknown>>,
): { url: string } | { missing: string[] } {
  const missing: string[] = [];
  const url = template.replace(/\{([^{}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || value === "") {
      missing.push(name);
      return "";
    }
    if (typeof value !== "string" || !HOST_LABEL.test(value)) {
      throw new ConfigError(
        `[${packageName}] ${name} must be a host name label (letters, digits, "-")`,
        name,
      );
    }
    return value;
  });
  return missing.length > 0 ? { missing } : { url };
}
