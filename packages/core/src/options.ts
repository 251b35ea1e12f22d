import { ConfigError } from "./errors.js";

/** Throw unless `options` is an object (a client cannot be created from nothing). */
export function checkOptions(packageName: string, options: unknown): asserts options is object {
  if (options === null || typeof options !== "object") {
    throw new ConfigError(`[${packageName}] options are required: pass an object`, "options");
  }
}

const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Fill a spec's server URL template (`https://{instance}.audio.creovai.com`). Each value must be a
 * single host label, so an option can never point a client at another host.
 */
export function expandServerUrl(
  packageName: string,
  template: string,
  variables: Readonly<Record<string, string | undefined>>,
): string {
  return template.replace(/\{([^{}]+)\}/g, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined || value === "") {
      throw new ConfigError(
        `[${packageName}] ${name} is required (it fills ${template}), or pass baseUrl`,
        name,
      );
    }
    if (typeof value !== "string" || !HOST_LABEL.test(value)) {
      throw new ConfigError(
        `[${packageName}] ${name} must be a host name label (letters, digits, "-"): got "${String(value)}"`,
        name,
      );
    }
    return value;
  });
}
