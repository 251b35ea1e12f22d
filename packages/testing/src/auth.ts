import type { OperationSpec, SecuritySchemeInfo } from "./operations.js";
import type { Problem } from "./problem.js";

type AuthProblem = Extract<Problem, { kind: "auth" }>;

/** Accepted credential values per security scheme name; a scheme absent here accepts any value. */
export type AcceptedCredentials = Map<string, Set<string>>;

const RANK = { missing: 0, scheme: 1, mismatch: 2 } as const;

/**
 * Check a request's credentials against the operation's security requirements (alternatives, each a
 * set of schemes that must all hold). Every scheme is checked for its form: an HTTP scheme wants
 * `Authorization: <Scheme> <credential>`, an API key wants a non-empty value in its header (or query
 * parameter), and an API key sent in `Authorization` must be the raw key, without a `Bearer ` prefix
 * (Dixa's form). Values are compared only for schemes listed in `accepted`. Returns the problems of the
 * first requirement, most basic first, or an empty list when one requirement is met.
 */
export function checkAuth(
  operation: OperationSpec,
  schemes: ReadonlyMap<string, SecuritySchemeInfo>,
  headers: Record<string, string>,
  query: URLSearchParams,
  accepted: AcceptedCredentials,
): AuthProblem[] {
  if (operation.security.length === 0 || operation.security.some((r) => r.length === 0)) return [];
  let first: AuthProblem[] | undefined;
  for (const requirement of operation.security) {
    const problems = requirement
      .map((name) => checkScheme(schemes.get(name), name, headers, query, accepted.get(name)))
      .filter((p): p is AuthProblem => p !== undefined);
    if (problems.length === 0) return [];
    first ??= problems;
  }
  // Stable sort: within a rank, the spec's order of the schemes.
  return [...(first ?? [])].sort((a, b) => RANK[a.reason] - RANK[b.reason]);
}

function checkScheme(
  scheme: SecuritySchemeInfo | undefined,
  name: string,
  headers: Record<string, string>,
  query: URLSearchParams,
  accepted: Set<string> | undefined,
): AuthProblem | undefined {
  if (!scheme) return undefined;
  if (scheme.type === "http") {
    const httpScheme = scheme.scheme ?? "bearer";
    const label = httpScheme[0]!.toUpperCase() + httpScheme.slice(1);
    const value = headers.authorization?.trim();
    const base = { kind: "auth", header: "Authorization", scheme: httpScheme } as const;
    if (!value) return { ...base, reason: "missing", detail: "missing" };
    const match = new RegExp(`^${httpScheme}\\s+(\\S.*)$`, "i").exec(value);
    if (!match) {
      return { ...base, reason: "scheme", detail: `expected "${label} <credential>"` };
    }
    if (accepted && !accepted.has(match[1]!.trim())) {
      return { ...base, reason: "mismatch", detail: `unknown ${name} credential` };
    }
    return undefined;
  }
  if (scheme.type === "apiKey" && scheme.headerName) {
    const header = scheme.headerName;
    const base = { kind: "auth", header, scheme: "apiKey" } as const;
    const value =
      scheme.in === "query"
        ? (query.get(header) ?? undefined)
        : scheme.in === "header"
          ? headers[header.toLowerCase()]?.trim()
          : "cookie";
    if (!value) return { ...base, reason: "missing", detail: "missing" };
    if (header.toLowerCase() === "authorization" && /^(bearer|basic|token)\s/i.test(value)) {
      return {
        ...base,
        reason: "scheme",
        detail: `expected the raw API key, without a "${value.split(/\s/)[0]} " prefix`,
      };
    }
    if (accepted && !accepted.has(value)) {
      return { ...base, reason: "mismatch", detail: `unknown ${name} credential` };
    }
  }
  return undefined;
}
