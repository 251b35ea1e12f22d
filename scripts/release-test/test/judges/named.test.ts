import { describe, expect, it } from "vitest";
import { judgeNamed, type NamedReport } from "../../src/judges/named.js";
import { NAMED_CALLS } from "../../src/vendor-calls.js";

const named = NAMED_CALLS.dixa!;
const right: NamedReport = {
  body: named.reply,
  field: 42,
  notFound: { name: "NotFoundError", expectedClass: true, status: 404, elapsedMs: 5 },
  timeout: {
    name: "TimeoutError",
    expectedClass: true,
    timeoutMs: 200,
    kind: "attempt",
    elapsedMs: 230,
  },
};

const problems = (report: NamedReport) =>
  judgeNamed("dixa  node20-esm", named, { value: report }).map((c) => (c.ok ? "" : c.detail));

describe("judgeNamed", () => {
  it("passes a right report, with the timeout's time", () => {
    const checks = judgeNamed("dixa  node20-esm", named, { value: right });
    expect(checks.map((c) => c.ok)).toEqual([true, true, true]);
    expect(checks[2]?.detail).toBe("230 ms");
  });

  it.each<[string, NamedReport, number, RegExp]>([
    ["another body", { ...right, body: { data: { id: 43 } } }, 0, /resolved to/],
    ["a typed field that reads wrong", { ...right, field: 43 }, 0, /body\.data\.id is 43, not 42/],
    [
      "a 404 that is only an ApiError",
      { ...right, notFound: { name: "ApiError", expectedClass: false, status: 404 } },
      1,
      /expected a NotFoundError/,
    ],
    [
      "a deadline instead of the attempt's timeout",
      { ...right, timeout: { ...right.timeout, kind: "deadline" } },
      2,
      /of kind deadline/,
    ],
    [
      "a timeout that took too long (retried)",
      { ...right, timeout: { ...right.timeout, elapsedMs: 2100 } },
      2,
      /took 2100 ms/,
    ],
    [
      "a hung call that resolved",
      { ...right, timeout: { name: "resolved", expectedClass: false } },
      2,
      /expected a TimeoutError, got resolved/,
    ],
  ])("fails %s", (_, report, index, problem) => {
    const found = problems(report);
    expect(found[index]).toMatch(problem);
    expect(found.filter(Boolean)).toHaveLength(1);
  });

  it("fails every line when the consumer reported nothing", () => {
    const checks = judgeNamed("dixa  node20-esm", named, { problem: "no api report" });
    expect(checks.map((c) => [c.ok, c.detail])).toEqual(Array(3).fill([false, "no api report"]));
  });
});
