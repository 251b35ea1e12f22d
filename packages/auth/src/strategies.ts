import type { AuthStrategy } from "@cxkit/core";
import { resolveCredential, type Credential } from "./credential.js";
import { isTokenProvider, type TokenProvider } from "./token-provider.js";

/** Options of {@link apiKeyHeader}. */
export interface ApiKeyHeaderOptions {
  /** Header name, e.g. `Authorization` or `x-api-key`. */
  header: string;
  value: Credential;
  /** Text before the key, e.g. `Bearer ` or `Token `. Default: none (Dixa sends the bare key). */
  prefix?: string;
  /** The client option the key comes from, named in errors. Default: the header name. */
  option?: string;
  /** Error messages start with this package name. */
  packageName?: string;
}

/** A fixed credential that {@link resolveCredential} accepts as is: its headers are known at once. */
function isFixed(value: Credential): value is string {
  return typeof value === "string" && value.trim() !== "" && !/[\r\n]/.test(value);
}

/** An API key in a named header, with an optional prefix. */
export function apiKeyHeader(options: ApiKeyHeaderOptions): AuthStrategy {
  const { header, value, prefix = "", option = header, packageName } = options;
  const lower = header.toLowerCase();
  const fixed = isFixed(value) ? { [header]: `${prefix}${value}` } : undefined;
  return {
    credentialHeaders: [lower],
    async headers() {
      return { [header]: `${prefix}${await resolveCredential(value, option, packageName)}` };
    },
    current: () => fixed,
    optionOf: (name) => (name.toLowerCase() === lower ? option : undefined),
  };
}

/**
 * `Authorization: Bearer <token>`. With a TokenProvider the token is cached, and after a 401 it is
 * dropped and the request is tried once more with a fresh one.
 */
export function bearer(
  token: Credential | TokenProvider,
  option = "token",
  packageName?: string,
): AuthStrategy {
  if (isTokenProvider(token)) {
    let last: { token: string; headers: Record<string, string> } | undefined;
    return {
      credentialHeaders: ["authorization"],
      async headers({ signal }) {
        return { Authorization: `Bearer ${await token.getToken(signal)}` };
      },
      current() {
        const now = token.peek?.();
        if (now === undefined) return undefined;
        if (last?.token !== now) last = { token: now, headers: { Authorization: `Bearer ${now}` } };
        return last.headers;
      },
      unauthorized(sent) {
        const value = Object.entries(sent).find(([k]) => k.toLowerCase() === "authorization")?.[1];
        token.invalidate(value?.replace(/^Bearer /, ""));
        return true;
      },
      optionOf: (name) => (name.toLowerCase() === "authorization" ? option : undefined),
    };
  }
  return apiKeyHeader({
    header: "Authorization",
    value: token,
    prefix: "Bearer ",
    option,
    ...(packageName ? { packageName } : {}),
  });
}

/**
 * Headers that identify the caller and so are treated as credentials (sent only to the client's
 * origin, redacted in logs), e.g. Haptik's `client-id`.
 */
export function credentialHeaders(headers: Readonly<Record<string, Credential>>): AuthStrategy {
  const entries = Object.entries(headers);
  const fixed = entries.every(([, value]) => isFixed(value)) ? { ...headers } : undefined;
  return {
    credentialHeaders: entries.map(([name]) => name.toLowerCase()),
    async headers() {
      const out: Record<string, string> = {};
      for (const [name, value] of entries) out[name] = await resolveCredential(value, name);
      return out;
    },
    current: () => fixed as Record<string, string> | undefined,
  };
}

/** All of `strategies` at once: their headers merged, a 401 offered to each. */
export function combineAuth(...strategies: AuthStrategy[]): AuthStrategy {
  return {
    credentialHeaders: strategies.flatMap((s) => s.credentialHeaders),
    async headers(context) {
      const all = await Promise.all(strategies.map((s) => s.headers(context)));
      return Object.assign({}, ...all) as Record<string, string>;
    },
    async unauthorized(sent) {
      let retry = false;
      for (const strategy of strategies) {
        if (strategy.unauthorized && (await strategy.unauthorized(sent))) retry = true;
      }
      return retry;
    },
    optionOf: (name) => strategies.map((s) => s.optionOf?.(name)).find((o) => o !== undefined),
  };
}

/** No authentication (an endpoint that takes none). */
export const noAuth: AuthStrategy = {
  credentialHeaders: [],
  async headers() {
    return {};
  },
};
