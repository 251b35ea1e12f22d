import { describe, expect, it } from "vitest";
import { parseDiagnostics } from "../../src/judges/tsc-output.js";
import { unguardedProblem } from "../../src/judges/type-tests.js";

const FILE = "type-tests.unguarded.ts";
const expected = [
  { line: 11, why: "a misspelt client option", expect: "baseURL" },
  { line: 13, why: "a misspelt key", expect: "paht" },
];
const output = `${FILE}(11,48): error TS2769: No overload matches this call.
  Overload 2 of 2, '(options: KlausClientOptions): KlausClient<false>', gave the following error.
    Object literal may only specify known properties, but 'baseURL' does not exist in type 'KlausClientOptions'.
${FILE}(13,36): error TS2353: Object literal may only specify known properties, and 'paht' does not exist.
`;

describe("parseDiagnostics", () => {
  it("reads each error with its elaboration, and a global one without a place", () => {
    const found = parseDiagnostics(`${output}error TS5023: Unknown compiler option 'x'.\n`);
    expect(found.map((d) => [d.file, d.line])).toEqual([
      [FILE, 11],
      [FILE, 13],
      [undefined, undefined],
    ]);
    expect(found[0]?.text).toMatch(/^TS2769: No overload[\s\S]*'baseURL' does not exist/);
  });
});

describe("unguardedProblem", () => {
  it("passes errors on exactly the expected lines, for the expected reasons", () => {
    expect(unguardedProblem(parseDiagnostics(output), FILE, expected)).toBeUndefined();
  });

  it.each<[string, string, RegExp]>([
    [
      "a line that compiles",
      output.split("\n").slice(0, 3).join("\n"),
      /misspelt key \(line 13\) compiles/,
    ],
    [
      "an error for another reason",
      output.replace(/'paht'/, "'path'"),
      /fails, but not for "paht"/,
    ],
    [
      "an error on another line",
      `${output}${FILE}(9,3): error TS2304: Cannot find name 'x'.\n`,
      /unexpected error on line 9/,
    ],
  ])("fails %s", (_, tscOutput, problem) => {
    expect(unguardedProblem(parseDiagnostics(tscOutput), FILE, expected)).toMatch(problem);
  });
});
