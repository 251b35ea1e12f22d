import type { Ctx, DiffContext, Loc } from "./diff-context.js";

// The kinds of a field (or input) change, by the direction of the data it is in.
const NOW_REQUIRED = {
  request: "optional-to-required",
  response: "response-field-now-required",
  both: "optional-to-required",
} as const;
const NOW_OPTIONAL = {
  request: "required-to-optional",
  response: "response-field-now-optional",
  both: "required-to-optional",
} as const;

/** The required flag of a parameter, header, body or field: `what` names it in the detail. */
export function compareRequired(
  d: DiffContext,
  was: boolean,
  is: boolean,
  loc: Loc,
  ctx: Ctx,
  what: string,
): void {
  if (was === is) return;
  if (is) d.emit(NOW_REQUIRED[ctx.dir], loc, `${what} is now required`, ctx.dir);
  else d.emit(NOW_OPTIONAL[ctx.dir], loc, `${what} is now optional`, ctx.dir);
}
