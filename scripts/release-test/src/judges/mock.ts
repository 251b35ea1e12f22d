import type { MockRequest } from "../testing-kit.js";
import type { NamedCall } from "../vendor-calls.js";
import { bodyProblem, notFoundProblem, type NamedReport } from "./named.js";

/**
 * What is wrong with the browser's named calls to the @cxkit/testing mock, if anything: the named
 * method resolved to the mock's reply and the 404 threw `NotFoundError`, and the mock recorded exactly
 * those two calls, each valid by the spec, cross-origin (with `Origin`), answered 2xx and 404.
 */
export function mockProblem(
  report: { value: unknown } | { problem: string },
  named: NamedCall,
  requests: readonly MockRequest[] | undefined,
): string | undefined {
  if ("problem" in report) return report.problem;
  const value = (report.value ?? {}) as NamedReport;
  const problem = bodyProblem(value, named) ?? notFoundProblem(value);
  if (problem) return problem;
  if (!requests) return "the mock was not started";
  const summary = JSON.stringify(
    requests.map((r) => ({
      op: r.operationId,
      status: r.status,
      valid: r.valid,
      problem: r.problem,
    })),
  );
  const [ok, missing] = requests;
  if (requests.length !== 2 || !ok || !missing) return `the mock recorded ${summary}`;
  if (requests.some((r) => r.operationId !== named.operationId || r.valid !== true)) {
    return `the mock recorded ${summary}, expected two valid ${named.operationId} calls`;
  }
  if (!(ok.status !== undefined && ok.status >= 200 && ok.status < 300) || missing.status !== 404) {
    return `the mock answered ${summary}, expected 2xx then 404`;
  }
  if (requests.some((r) => !r.headers.origin)) return "a call to the mock without an Origin header";
  return undefined;
}
