import type { SeenRequest } from "../vendor-server.js";

/**
 * What is wrong with the requests the vendor server saw during one run of `vendor`'s consumer, if
 * anything: it must have seen exactly the `expected` routes (`METHOD /path?query`), in order, each from
 * that vendor with its credentials (so nothing was retried or sent twice). From a browser (`crossOrigin`)
 * each call must also carry `Origin` and follow a preflight that asked for its method and for the
 * credential headers `auth` names.
 */
export function seenProblem(
  seen: readonly SeenRequest[],
  vendor: string,
  expected: readonly string[],
  auth: Readonly<Record<string, string>>,
  crossOrigin: boolean,
): string | undefined {
  const calls = seen.filter((r) => !r.preflight);
  const summary = JSON.stringify(seen);
  if (calls.length !== expected.length) {
    return `the server saw ${calls.length} calls, expected ${expected.length}: ${summary}`;
  }
  const wrong = calls.some((c, i) => c.vendor !== vendor || c.route !== expected[i] || !c.authOk);
  if (wrong) {
    return `the server saw ${summary}, expected ${expected.join(", ")} from ${vendor} with its credentials`;
  }
  if (!crossOrigin) return undefined;
  for (const call of calls) {
    if (!call.origin) return "a cross-origin call without an Origin header";
    const [method, target] = call.route.split(" ");
    const asked = seen.find((r) => r.preflight && r.route === `OPTIONS ${target}`)?.preflight;
    if (!asked || asked.method !== method) return `no preflight for ${call.route}: ${summary}`;
    const missing = Object.keys(auth).filter((h) => !asked.headers.includes(h));
    if (missing.length > 0) return `the preflight did not ask for ${missing.join(", ")}`;
  }
  return undefined;
}
