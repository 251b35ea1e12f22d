import type { TypeTests } from "./type-cases.js";
import type { VendorSpec } from "./vendors.js";

/** The type tests' file, with a `@ts-expect-error` directive over each line that must not compile. */
export const TYPE_TESTS = "type-tests.ts";
/** The same lines with the directives removed: tsc must fail on exactly those lines. */
export const UNGUARDED = "type-tests.unguarded.ts";

/** The marker that replaces a directive in the unguarded copy: the line count stays the same. */
const UNGUARDED_MARK = "// (directive removed)";

/** One case's line in the unguarded copy (1-based), with the text its error must contain. */
export interface ExpectedError {
  readonly line: number;
  readonly why: string;
  readonly expect: string;
}

/** The type tests, their unguarded copy, and where the unguarded copy must fail. */
export interface TypeTestSources {
  readonly guarded: string;
  readonly unguarded: string;
  readonly expected: readonly ExpectedError[];
}

/**
 * `type-tests.ts`: calls that must not compile, each under `// @ts-expect-error` (tsc fails on a directive
 * whose line compiles), beside the valid calls they are variations of; and `type-tests.unguarded.ts`, the
 * same lines with every directive removed, which must fail exactly on those lines, for the reasons given.
 */
export function typeTestSources(
  vendor: string,
  spec: VendorSpec,
  tests: TypeTests,
): TypeTestSources {
  const usesPaginate = [...tests.valid, ...tests.cases.map((c) => c.code)].some((line) =>
    line.startsWith("paginate("),
  );
  const head = [
    `import { ${spec.factory}${usesPaginate ? ", paginate" : ""} } from "@cxkit/${vendor}";`,
    "",
    `const client = ${spec.factory}({ ...${JSON.stringify(spec.options)}, baseUrl: "http://127.0.0.1:1" });`,
    "",
    "/** Never called: these lines are only compiled. */",
    "export async function typeTests(): Promise<void> {",
    ...tests.valid.map((line) => `  ${line}`),
  ];
  const lines = [...head];
  const expected: ExpectedError[] = [];
  for (const { why, code, expect } of tests.cases) {
    lines.push(`  // @ts-expect-error ${why}`);
    lines.push(`  ${code}`);
    expected.push({ line: lines.length, why, expect });
  }
  lines.push("}", "");
  const guarded = lines.join("\n");
  const unguarded = guarded.replaceAll("// @ts-expect-error", UNGUARDED_MARK);
  return { guarded, unguarded, expected };
}
