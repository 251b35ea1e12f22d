import { isLoopbackHost } from "./base-url.js";

/** Redirects followed per attempt at most. */
export const MAX_REDIRECTS = 5;

/** The statuses of a redirect to follow (when the rules allow it). */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** What to do with an answer that may be a redirect. */
export type RedirectDecision =
  | { follow: false }
  | {
      follow: true;
      /** Where to go. */
      url: URL;
      /** The next hop is on another origin than the credentials belong to: send none. */
      stripCredentials: boolean;
    };

/** The facts a redirect decision depends on. */
export interface RedirectInput {
  status: number;
  location: string | null;
  /** The URL that answered. */
  url: URL;
  method: string;
  /** Redirects already followed in this attempt. */
  hops: number;
  /** The origin the call's credentials belong to. */
  credentialOrigin: string;
}

/**
 * Whether to follow a redirect, decided without I/O. Only reads (GET, HEAD) are followed: a write that
 * meets a redirect gets the redirect back, never a different request (fetch turns a POST answered 301
 * or 302 into a GET, which would report a write that never happened as a success). Never to a
 * non-http(s) URL or from https down to http (except loopback); at most {@link MAX_REDIRECTS} hops;
 * credentials only to the origin they belong to.
 */
export function decideRedirect(input: RedirectInput): RedirectDecision {
  if (!REDIRECT_STATUSES.has(input.status) || input.location === null) return { follow: false };
  if (input.method !== "GET" && input.method !== "HEAD") return { follow: false };
  if (input.hops >= MAX_REDIRECTS) return { follow: false };
  let next: URL;
  try {
    next = new URL(input.location, input.url);
  } catch {
    return { follow: false };
  }
  if (next.protocol !== "https:" && next.protocol !== "http:") return { follow: false };
  if (next.protocol === "http:" && !isLoopbackHost(next.hostname)) return { follow: false };
  return { follow: true, url: next, stripCredentials: next.origin !== input.credentialOrigin };
}
