import type { ExpectedError } from "../consumer-type-tests-source.js";
import type { Diagnostic } from "./tsc-output.js";

/**
 * What is wrong with tsc's verdict on the unguarded type tests (`file`), if anything: each case's line
 * must fail with an error whose text contains what the case expects (so a typo elsewhere on the line
 * cannot pass for it), and no other line of the file may fail.
 */
export function unguardedProblem(
  diagnostics: readonly Diagnostic[],
  file: string,
  expected: readonly ExpectedError[],
): string | undefined {
  const inFile = diagnostics.filter((d) => d.file === file);
  const problems: string[] = [];
  for (const { line, why, expect } of expected) {
    const errors = inFile.filter((d) => d.line === line);
    if (errors.length === 0) problems.push(`${why} (line ${line}) compiles without the directive`);
    else if (!errors.some((d) => d.text.includes(expect))) {
      problems.push(`${why} (line ${line}) fails, but not for "${expect}": ${errors[0]?.text}`);
    }
  }
  const lines = new Set(expected.map((e) => e.line));
  for (const d of inFile.filter((d) => d.line === undefined || !lines.has(d.line))) {
    problems.push(`unexpected error on line ${String(d.line)}: ${d.text}`);
  }
  return problems.length === 0 ? undefined : problems.join("\n");
}
