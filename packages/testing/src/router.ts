import type { OperationSpec } from "./operations.js";

/**
 * What a request path resolved to. A path no operation of that method has names the operation
 * `nearest` to it (one at the same path, else the one sharing the most leading literal segments),
 * whose error dialect answers it: an unknown path on Zendesk QA's host is refused the way that host
 * refuses, not the way the CSAT events host does.
 */
export type RouteMatch =
  | { kind: "operation"; operation: OperationSpec; pathParams: Record<string, string> }
  /** The path exists but not for this method. */
  | { kind: "method-not-allowed"; allowed: string[]; nearest: OperationSpec }
  | { kind: "not-found"; nearest: OperationSpec | undefined };

interface CompiledRoute {
  operation: OperationSpec;
  segments: ({ literal: string } | { param: string })[];
  literals: number;
}

/**
 * Matches `method` + path against the operations' path templates. Segments are compared raw (still
 * percent-encoded), so an encoded `/` inside a parameter never splits it; parameter values are decoded
 * afterwards. Where two templates match, the one with more literal segments wins
 * (`/search/conversations` over `/{id}/conversations`), as in the clients' own operation matcher.
 */
export function createRouter(
  operations: readonly OperationSpec[],
  basePath = "",
): (method: string, pathname: string) => RouteMatch {
  const prefix = basePath.replace(/\/+$/, "");
  const routes: CompiledRoute[] = operations
    .map((operation) => {
      const segments = operation.path
        .split("/")
        .slice(1)
        .map((segment) => {
          const param = /^\{([^{}]+)\}$/.exec(segment);
          return param ? { param: param[1]! } : { literal: segment };
        });
      return { operation, segments, literals: segments.filter((s) => "literal" in s).length };
    })
    .sort((a, b) => b.literals - a.literals);

  return (method, pathname) => {
    if (prefix && !pathname.startsWith(prefix)) return { kind: "not-found", nearest: undefined };
    const parts = (pathname.slice(prefix.length) || "/").split("/").slice(1);
    const allowed: string[] = [];
    let nearest: OperationSpec | undefined;
    for (const route of routes) {
      if (route.segments.length !== parts.length) continue;
      const pathParams: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const segment = route.segments[i]!;
        const part = parts[i]!;
        if ("literal" in segment) {
          ok = segment.literal === part || safeDecode(part) === segment.literal;
        } else {
          const value = safeDecode(part);
          ok = part !== "" && value !== undefined;
          if (ok) pathParams[segment.param] = value!;
        }
      }
      if (!ok) continue;
      if (route.operation.method === method.toUpperCase()) {
        return { kind: "operation", operation: route.operation, pathParams };
      }
      allowed.push(route.operation.method);
      nearest ??= route.operation;
    }
    return nearest
      ? { kind: "method-not-allowed", allowed, nearest }
      : { kind: "not-found", nearest: sharingMost(routes, parts) };
  };
}

/** The operation whose path starts with the most of `parts` as literal segments (at least one). */
function sharingMost(routes: CompiledRoute[], parts: string[]): OperationSpec | undefined {
  let best: OperationSpec | undefined;
  let most = 0;
  for (const route of routes) {
    let shared = 0;
    while (shared < parts.length && shared < route.segments.length) {
      const segment = route.segments[shared]!;
      if (!("literal" in segment) || segment.literal !== parts[shared]) break;
      shared++;
    }
    if (shared > most) [best, most] = [route.operation, shared];
  }
  return best;
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
