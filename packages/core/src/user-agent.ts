/**
 * `cxkit-<vendor>/<version> (<runtime>/<version>)` where the runtime lets a request set `User-Agent`
 * (Node, Bun, Deno, Cloudflare Workers); undefined in browsers, which forbid it.
 */
export function userAgent(packageName: string, version: string): string | undefined {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
    navigator?: { userAgent?: string };
    document?: unknown;
  };
  let runtime: string | undefined;
  if (g.Deno?.version?.deno) runtime = `deno/${g.Deno.version.deno}`;
  else if (g.process?.versions?.bun) runtime = `bun/${g.process.versions.bun}`;
  else if (g.process?.versions?.node) runtime = `node/${g.process.versions.node}`;
  else if (g.navigator?.userAgent === "Cloudflare-Workers") runtime = "workerd";
  if (runtime === undefined || g.document !== undefined) return undefined;
  return `cxkit-${packageName.replace(/^@cxkit\//, "")}/${version} (${runtime})`;
}
