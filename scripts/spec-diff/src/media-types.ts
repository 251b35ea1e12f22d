import { at, type Ctx, type DiffContext, type Loc } from "./diff-context.js";
import { compareExamples, EXAMPLE_KEYS } from "./docs.js";
import { keysOf, member, obj, union } from "./json.js";
import { compareSchemaRef } from "./schemas.js";
import { compareUnclassified } from "./unclassified.js";

const MEDIA_TYPE_KEYS = new Set<string>(["schema", ...EXAMPLE_KEYS]);

/**
 * The `content` of a body, parameter or header: media types by name, each one's schema and examples.
 * application/json, the usual one, is left out of `where`.
 */
export function compareContent(d: DiffContext, bc: unknown, hc: unknown, loc: Loc, ctx: Ctx): void {
  if (bc === undefined && hc === undefined) return;
  for (const type of union(keysOf(bc), keysOf(hc))) {
    const where = type === "application/json" ? loc : at(loc, `(${type}) `);
    const b = member(bc, type);
    const h = member(hc, type);
    if (!h) d.emit("removed-media-type", where, `media type ${type} removed`);
    else if (!b) d.emit("new-media-type", where, `new media type ${type}`);
    else {
      compareSchemaRef(d, member(b, "schema"), member(h, "schema"), where, ctx);
      compareExamples(d, b, h, where);
      compareUnclassified(d, obj(b), obj(h), where, MEDIA_TYPE_KEYS, "media type");
    }
  }
}
