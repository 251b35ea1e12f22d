import { checkBaseUrl, expandServerUrl } from "./base-url.js";
import type { ServerInfo } from "./descriptor.js";
import { ConfigError } from "./errors.js";

/** Where one server of a client points, or why it cannot be used yet. */
export type ResolvedServer =
  | { ok: true; baseUrl: string; origin: string }
  | { ok: false; error: (operationId: string) => ConfigError };

/**
 * Resolve every server of a client once, at creation. A server with an option of its own uses it; else
 * `baseUrl` replaces it (so one local server answers every host); else its template is filled from the
 * options named by its variables. A server that cannot be resolved yet fails only the calls that use it,
 * with an error naming what to pass; one marked `required` fails at creation.
 */
export function resolveServers(
  packageName: string,
  servers: readonly ServerInfo[],
  options: Readonly<Record<string, unknown>>,
): ResolvedServer[] {
  const resolved = servers.map((server): ResolvedServer => {
    const own = server.option !== undefined ? options[server.option] : undefined;
    if (own !== undefined) return located(checkBaseUrl(packageName, own, server.option));
    if (server.option === undefined && options.baseUrl !== undefined) {
      return located(checkBaseUrl(packageName, options.baseUrl, "baseUrl"));
    }
    if (server.option !== undefined) {
      const what = server.description ? ` (${server.description})` : "";
      const message = `${server.option} is required: pass your account's base URL for ${server.url}${what}`;
      if (server.required) throw new ConfigError(`[${packageName}] ${message}`, server.option);
      return missing(server.option, (id) => `[${packageName}] ${message}; ${id} is served there`);
    }
    const filled = expandServerUrl(packageName, server.url, options);
    if ("url" in filled) return located(checkBaseUrl(packageName, filled.url, "baseUrl"));
    const names = filled.missing.join(" and ");
    const message = `${names} ${filled.missing.length > 1 ? "are" : "is"} required (it fills ${server.url}), or pass baseUrl`;
    if (server.required) throw new ConfigError(`[${packageName}] ${message}`, filled.missing[0]!);
    return missing(
      filled.missing[0]!,
      (id) => `[${packageName}] ${message}; ${id} is served there`,
    );
  });
  return resolved;
}

function located(baseUrl: string): ResolvedServer {
  return { ok: true, baseUrl, origin: new URL(baseUrl).origin };
}

function missing(option: string, message: (operationId: string) => string): ResolvedServer {
  return { ok: false, error: (operationId) => new ConfigError(message(operationId), option) };
}
