import type { Check } from "../results.js";
import type { NamedCall } from "../vendor-calls.js";

/** How a call that should have thrown ended, as the consumer's `api.ts` reports it. */
interface Ending {
  readonly name?: unknown;
  readonly expectedClass?: unknown;
  readonly status?: unknown;
  readonly timeoutMs?: unknown;
  readonly kind?: unknown;
  readonly elapsedMs?: unknown;
  readonly message?: unknown;
}

/** What the consumer's `callNamed` reported. */
export interface NamedReport {
  readonly body?: unknown;
  readonly field?: unknown;
  readonly notFound?: Ending;
  readonly timeout?: Ending;
}

/** The longest a call with `timeoutMs: 200` may take to throw. */
const TIMEOUT_LIMIT_MS = 2000;

const describe = (ending: Ending | undefined): string =>
  ending ? `${String(ending.name)}: ${String(ending.message)}`.slice(0, 1000) : "no report";

/** Whether two JSON values are equal (key order aside: both came through JSON.stringify of one object). */
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The value at `named.field` (`body.data.id`) of the server's reply. */
function fieldOfReply(named: NamedCall): unknown {
  let value: unknown = named.reply;
  for (const key of named.field.split(".").slice(1)) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

/** The named method resolved to the server's 2xx body, unchanged, and its typed field reads right. */
export function bodyProblem(report: NamedReport, named: NamedCall): string | undefined {
  if (!sameJson(report.body, named.reply)) {
    return `resolved to ${JSON.stringify(report.body)}, the server sent ${JSON.stringify(named.reply)}`;
  }
  const field = fieldOfReply(named);
  if (report.field !== field)
    return `${named.field} is ${JSON.stringify(report.field)}, not ${JSON.stringify(field)}`;
  return undefined;
}

/** The 404 threw `NotFoundError` (instanceof, in the consumer's own realm) with `status` 404. */
export function notFoundProblem(report: NamedReport): string | undefined {
  const ending = report.notFound;
  if (ending?.expectedClass === true && ending.status === 404) return undefined;
  return `expected a NotFoundError with status 404, got ${describe(ending)} (status ${String(ending?.status)})`;
}

/** The hung call threw `TimeoutError` (an attempt's, after 200 ms) well within the limit. */
function timeoutProblem(ending: Ending | undefined): string | undefined {
  if (ending?.expectedClass !== true) return `expected a TimeoutError, got ${describe(ending)}`;
  if (ending.kind !== "attempt" || ending.timeoutMs !== 200) {
    return `a TimeoutError of kind ${String(ending.kind)} after ${String(ending.timeoutMs)} ms, expected the attempt's 200 ms`;
  }
  const elapsed = Number(ending.elapsedMs);
  if (!(elapsed >= 190 && elapsed < TIMEOUT_LIMIT_MS)) return `it took ${elapsed} ms`;
  return undefined;
}

/**
 * The checks of the named method on Node 20: its body, its 404, its per-call timeout; one line each.
 * `report` is what `callNamed` reported, or the reason it reported nothing (every line fails with it).
 */
export function judgeNamed(
  prefix: string,
  named: NamedCall,
  report: { value: unknown } | { problem: string },
): Check[] {
  const op = named.operationId;
  const value = "value" in report ? ((report.value ?? {}) as NamedReport) : undefined;
  const elapsed = value?.timeout?.elapsedMs;
  const cases: [string, (r: NamedReport) => string | undefined][] = [
    [`${op}() resolves to the 2xx body`, (r) => bodyProblem(r, named)],
    [`${op}() of a 404 throws NotFoundError, status 404`, notFoundProblem],
    [
      `${op}(params, { timeoutMs: 200 }) of a hung call throws TimeoutError in < 2 s`,
      (r) => timeoutProblem(r.timeout),
    ],
  ];
  return cases.map(([what, problemOf], i) => {
    const name = `${prefix}  ${what}`;
    if (!value) return { name, ok: false, detail: "problem" in report ? report.problem : "" };
    const problem = problemOf(value);
    const detail = problem ?? (i === 2 && typeof elapsed === "number" ? `${elapsed} ms` : "");
    return { name, ok: problem === undefined, detail };
  });
}
