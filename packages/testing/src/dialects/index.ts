// Every error dialect, by name. Adding a vendor: write `<vendor>.ts` beside this file and import it
// into DIALECTS below. Which dialect answers which operation is `select.ts`'s business.
import { creovai } from "./creovai.js";
import type { VendorDialect } from "./dialect.js";
import { dixa } from "./dixa.js";
import { generic } from "./generic.js";
import { grpc } from "./grpc.js";
import { haptik } from "./haptik.js";
import { klaus } from "./klaus.js";

export type { AuthProblem, ErrorAnswer, RuleInput, VendorDialect } from "./dialect.js";
export { dialectsOf, type DialectOf } from "./select.js";

const DIALECTS: readonly VendorDialect[] = [creovai, dixa, generic, grpc, haptik, klaus];
const byName = new Map(DIALECTS.map((dialect) => [dialect.name, dialect]));

/** The names of every dialect (each vendor's, `generic` and `grpc`). */
export const DIALECT_NAMES: readonly string[] = [...byName.keys()];

/** The error dialect of a vendor, or `grpc` (`generic` for an unknown name). */
export function dialectFor(name: string | undefined): VendorDialect {
  return (name !== undefined ? byName.get(name) : undefined) ?? generic;
}
