import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Consumer } from "./consumer-project.js";
import { consumerTsconfig } from "./consumer-sources.js";
import { UNGUARDED } from "./consumer-type-tests-source.js";
import { outputOf, runAsync } from "./exec.js";
import { unguardedProblem } from "./judges/type-tests.js";
import { parseDiagnostics } from "./judges/tsc-output.js";
import { tsc } from "./paths.js";
import type { Check } from "./results.js";

/** Run tsc on one of the consumer's tsconfigs; resolves with its plain output and whether it passed. */
async function runTsc(dir: string, config: string): Promise<{ ok: boolean; output: string }> {
  const args = ["-p", config, "--pretty", "false"];
  try {
    await runAsync(tsc, args, { cwd: dir, timeout: 180_000, encoding: "utf8" });
    return { ok: true, output: "" };
  } catch (error) {
    return { ok: false, output: outputOf(error, Infinity) };
  }
}

/**
 * Type-check the strict consumer (the path-style consumer, `api.ts`, `webhooks.ts`, the type tests)
 * with bundler and with nodenext resolution. The nodenext program also holds the unguarded type tests,
 * which must fail on exactly their lines: one tsc run checks both, since the vendor's types, which
 * dominate its time, are checked once. Both runs go at once, concurrently with the runtimes: tsc is the
 * slowest step of a consumer, and it only reads the project.
 */
export async function typeCheckConsumer({
  vendor,
  dir,
  files,
  expectedErrors,
}: Consumer): Promise<Check[]> {
  const guarded = files.filter((f) => f !== UNGUARDED);
  const config = (resolution: "nodenext" | "bundler", included: readonly string[]): string => {
    const file = `tsconfig.${resolution}.json`;
    writeFileSync(path.join(dir, file), consumerTsconfig(resolution, included));
    return file;
  };
  const [bundler, nodenext] = await Promise.all([
    runTsc(dir, config("bundler", guarded)),
    runTsc(dir, config("nodenext", files)),
  ]);
  const name = (resolution: string) => `${vendor}  tsc strict, moduleResolution ${resolution}`;
  const diagnostics = parseDiagnostics(nodenext.output);
  const elsewhere = diagnostics.filter((d) => d.file !== UNGUARDED);
  const problem = nodenext.ok
    ? "tsc passed, though the unguarded type tests must fail"
    : unguardedProblem(diagnostics, UNGUARDED, expectedErrors);
  return [
    {
      name: name("nodenext"),
      ok: elsewhere.length === 0,
      detail: elsewhere.map((d) => d.text).join("\n"),
    },
    { name: name("bundler"), ok: bundler.ok, detail: bundler.output },
    {
      name: `${vendor}  type tests: ${expectedErrors.length} lines under @ts-expect-error fail to compile without it`,
      ok: problem === undefined,
      detail: problem ?? "",
    },
  ];
}
