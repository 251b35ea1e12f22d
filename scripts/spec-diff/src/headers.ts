import { type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareDocs, DOC_KEYS, EXAMPLE_KEYS } from "./docs.js";
import { obj } from "./json.js";
import { compareContent } from "./media-types.js";
import { compareRequired } from "./required.js";
import { compareSchemaRef } from "./schemas.js";
import { compareUnclassified } from "./unclassified.js";

const HEADER_KEYS = new Set<string>([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  "deprecated",
  "required",
  "schema",
  "content",
]);

/** A header walker for the header called `name` (the name is the key it sits under, not a field). */
export function headerWalker(
  name: string,
): (d: DiffContext, b: unknown, h: unknown, loc: Loc, ctx: Ctx) => void {
  return (d, bIn, hIn, loc, ctx) => {
    const b = obj(bIn);
    const h = obj(hIn);
    compareRequired(d, b.required === true, h.required === true, loc, ctx, `header ${name}`);
    compareDocs(d, b, h, loc);
    compareSchemaRef(d, b.schema, h.schema, loc, ctx);
    compareContent(d, b.content, h.content, loc, ctx);
    compareUnclassified(d, b, h, loc, HEADER_KEYS, "header");
  };
}
