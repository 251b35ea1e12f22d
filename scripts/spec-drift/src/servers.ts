import { list, member, obj, str } from "./json.js";

/**
 * The absolute URL of the first server of a `servers` list, each `{variable}` at its default, without a
 * trailing slash (`https://{subdomain}.zendesk.com/qa/` -> `https://yoursubdomain.zendesk.com/qa`).
 * Undefined for an empty list.
 */
export function serverUrl(servers: unknown): string | undefined {
  const first = list(servers)[0];
  const url = str(member(first, "url"));
  if (url === undefined) return undefined;
  const variables = obj(member(first, "variables"));
  const resolved = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const fallback = str(member(variables[name], "default"));
    return fallback ?? whole;
  });
  return resolved.replace(/\/+$/, "");
}
