import { AuthError } from "@cxkit/core";
import type { IssuedToken } from "./token-provider.js";

/**
 * The token in an OAuth 2 token response (`access_token`, `token_type`, `expires_in`). Anything else is
 * an AuthError that does not repeat what the server sent (it may be a secret).
 */
export function readTokenResponse(packageName: string, body: unknown, url: string): IssuedToken {
  const fields = (body ?? {}) as Record<string, unknown>;
  const token = fields.access_token;
  const tokenType = fields.token_type;
  const expiresIn = fields.expires_in;
  if (typeof token !== "string" || token === "") {
    throw new AuthError(`[${packageName}] token response has no access_token`, {
      method: "POST",
      url,
    });
  }
  if (typeof tokenType === "string" && tokenType.toLowerCase() !== "bearer") {
    throw new AuthError(`[${packageName}] token response has a token_type other than "bearer"`, {
      method: "POST",
      url,
    });
  }
  const seconds = typeof expiresIn === "string" ? Number(expiresIn) : expiresIn;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? { token, expiresInMs: seconds * 1000 }
    : { token };
}
