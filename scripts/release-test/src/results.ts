/** One check of the release test: its name, whether it passed, and what to print after the name. */
export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

/**
 * The release test's results: one "pass <name>" or "FAIL <name>" line per check, and a closing
 * "N passed, N failed" line that .ci/run adds to its own total.
 */
export class Results {
  readonly #checks: Check[] = [];

  /** Record a check and print its line; `detail` follows the name (the cause of a failure, say). */
  record(name: string, ok: boolean, detail = ""): void {
    this.add({ name, ok, detail });
  }

  /** Record a check that ran earlier (concurrently with others, whose lines must not interleave). */
  add(check: Check): void {
    this.#checks.push(check);
    const { name, ok, detail } = check;
    console.log(`${ok ? "pass" : "FAIL"}  ${name}${detail ? `  ${detail}` : ""}`);
  }

  /** Print the closing line; returns the process exit code (1 if anything failed). */
  finish(): number {
    const passed = this.#checks.filter((c) => c.ok).length;
    const failed = this.#checks.length - passed;
    console.log(`\n${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  }
}
