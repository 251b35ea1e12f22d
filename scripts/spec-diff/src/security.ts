import type { SpecOperation } from "@cxkit-tools/openapi";
import { locOf, type DiffContext, type Loc } from "./diff-context.js";
import { canonical, list, obj, same } from "./json.js";

/**
 * Security requirements in a canonical order: alternatives sorted, each one's schemes and scopes sorted.
 * Order means nothing in either (OpenAPI: any one alternative; all schemes of one).
 */
function normalized(requirements: unknown): string[] {
  return list(requirements)
    .map((alternative) =>
      canonical(
        Object.entries(obj(alternative))
          .map(([scheme, scopes]) => [scheme, list(scopes).map(String).sort()] as const)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    )
    .sort();
}

/** Requirements as a detail shows them: `apiKey or bearer`, `oauth[read write] + apiKey`. */
function describe(requirements: unknown): string {
  if (requirements === undefined) return "none declared";
  const alternatives = list(requirements).map((alternative) => {
    const schemes = Object.entries(obj(alternative)).map(([scheme, scopes]) => {
      const s = list(scopes).map(String);
      return s.length > 0 ? `${scheme}[${s.join(" ")}]` : scheme;
    });
    return schemes.length > 0 ? schemes.join(" + ") : "anonymous";
  });
  return alternatives.length > 0 ? alternatives.join(" or ") : "no credentials ([])";
}

/** Two sets of requirements: other credentials are major; the same ones written differently, a patch. */
function compareRequirements(d: DiffContext, b: unknown, h: unknown, loc: Loc, note = ""): void {
  if (same(b, h)) return;
  // Absent and [] both send nothing.
  if (same(normalized(b), normalized(h))) {
    d.emit("unclassified", loc, "security written differently (same requirements)");
    return;
  }
  d.emit("changed-security", loc, `security ${describe(b)} -> ${describe(h)}${note}`);
}

/** The root `security`: what every operation without its own sends. */
export function compareRootSecurity(d: DiffContext): void {
  compareRequirements(d, d.base.security, d.head.security, locOf("security"));
}

/**
 * An operation's security, when either version gives it its own `security` (else it follows the
 * root's, compared once there): the effective requirements are compared.
 */
export function compareOperationSecurity(
  d: DiffContext,
  b: SpecOperation,
  h: SpecOperation,
  loc: Loc,
): void {
  const bOwn = b.operation.security;
  const hOwn = h.operation.security;
  if (bOwn === undefined && hOwn === undefined) return;
  const bEff = bOwn ?? d.base.security;
  const hEff = hOwn ?? d.head.security;
  const note =
    bOwn === undefined ? " (was the root's)" : hOwn === undefined ? " (now the root's)" : "";
  compareRequirements(d, bEff, hEff, loc, note);
}
