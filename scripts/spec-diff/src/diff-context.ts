import {
  deref,
  localRef,
  refsIn,
  resolvePointer,
  unescapeSegment,
  type OpenApiDocument,
} from "@cxkit-tools/openapi";
import { same } from "./json.js";
import { levelOf, type CaseArgs, type Direction, type Kind, type Level } from "./rules.js";

/**
 * One classified change. `where` names the place (an operation's, or a component's when the change is
 * inside a component); `usedBy` lists the operation paths that reach a component change.
 */
export interface Change {
  level: Level;
  kind: Kind;
  where: string;
  detail: string;
  usedBy: string[];
}

/** Every change between two versions of a spec, and the package's level: the highest of them. */
export interface DiffResult {
  level: Level;
  changes: Change[];
}

/**
 * Where a comparison stands: `where` is what a change is reported under (a component's name once inside
 * one), `full` the path from the operation, which becomes `usedBy`.
 */
export interface Loc {
  readonly where: string;
  readonly full: string;
}

/** The direction of the data compared, and the `$ref`s being compared further up (recursion guard). */
export interface Ctx {
  readonly dir: Direction;
  readonly stack: Set<string>;
}

/** Compares one kind of OpenAPI object in base and head (either may be undefined: absent). */
export type Walker = (d: DiffContext, base: unknown, head: unknown, loc: Loc, ctx: Ctx) => void;

/** A location at the top of the walk: where and full are the same. */
export function locOf(name: string): Loc {
  return { where: name, full: name };
}

/** A location one step further in (labels end in a space so a schema path reads `response 200 .data`). */
export function at(loc: Loc, suffix: string): Loc {
  return { where: loc.where + suffix, full: loc.full + suffix };
}

/** How a component is named in `where`: schemas by their name (the exported type), others by kind. */
export function componentLabel(ref: string): string {
  const parts = ref
    .replace(/^#\/components\//, "")
    .split("/")
    .map(unescapeSegment);
  return parts[0] === "schemas" && parts.length === 2 ? (parts[1] ?? ref) : parts.join("/");
}

/** The state of one comparison: both documents and the changes found so far. */
export class DiffContext {
  /** Changes by identity: the same change reached from another operation only adds to `usedBy`. */
  readonly changes = new Map<string, Change>();
  /** Components compared in their own name while walking operations (not compared again as unused). */
  readonly entered = new Set<string>();
  private readonly unchangedMemo = new Map<string, boolean>();

  constructor(
    readonly base: OpenApiDocument,
    readonly head: OpenApiDocument,
  ) {}

  /** Records a change of `kind`; its level comes from RULES (by `when` for a rule keyed by case). */
  emit<K extends Kind>(kind: K, loc: Loc, detail: string, ...[when]: CaseArgs<K>): void {
    const level = levelOf(kind, when);
    const where = loc.where.trimEnd();
    const full = loc.full.trimEnd();
    const key = [level, kind, where, detail].join("\u0000");
    let change = this.changes.get(key);
    if (change === undefined) {
      change = { level, kind, where, detail, usedBy: [] };
      this.changes.set(key, change);
    }
    if (full !== where && !change.usedBy.includes(full)) change.usedBy.push(full);
  }

  /** True when a component and everything it references are the same in both versions. */
  unchanged(ref: string): boolean {
    const memo = this.unchangedMemo.get(ref);
    if (memo !== undefined) return memo;
    // Walk the whole reference closure: a memo per member would be wrong inside cycles.
    const todo = [ref];
    const seen = new Set(todo);
    let result = true;
    for (let r = todo.pop(); r !== undefined && result; r = todo.pop()) {
      const b = resolvePointer(this.base, r);
      const h = resolvePointer(this.head, r);
      if (b === undefined || h === undefined || !same(b, h)) result = false;
      else
        for (const next of refsIn(b)) {
          if (seen.has(next)) continue;
          seen.add(next);
          todo.push(next);
        }
    }
    this.unchangedMemo.set(ref, result);
    return result;
  }

  /**
   * Compares two nodes that may be `$ref`s. When both point at the same component, the component is
   * compared in its own name, so a change inside it is one line however many operations reach it;
   * otherwise the resolved nodes are compared where they stand. `siblings` compares what sits next to
   * the `$ref` (schema keywords for a schema, summary/description overrides otherwise).
   */
  ref(b: unknown, h: unknown, loc: Loc, ctx: Ctx, compare: Walker, siblings: Walker): void {
    const bRef = localRef(b);
    const hRef = localRef(h);
    if (bRef !== undefined && bRef === hRef) {
      const { $ref: _b, ...bSiblings } = b as Record<string, unknown>;
      const { $ref: _h, ...hSiblings } = h as Record<string, unknown>;
      siblings(this, bSiblings, hSiblings, loc, ctx);
      if (ctx.stack.has(bRef)) return; // compared further up: a recursive schema
      this.entered.add(bRef);
      if (this.unchanged(bRef)) return;
      ctx.stack.add(bRef);
      compare(
        this,
        deref(this.base, resolvePointer(this.base, bRef)),
        deref(this.head, resolvePointer(this.head, bRef)),
        { where: componentLabel(bRef), full: loc.full },
        ctx,
      );
      ctx.stack.delete(bRef);
      return;
    }
    const key = `${bRef ?? "-"}|${hRef ?? "-"}`;
    if ((bRef !== undefined || hRef !== undefined) && ctx.stack.has(key)) return;
    ctx.stack.add(key);
    compare(this, deref(this.base, b), deref(this.head, h), loc, ctx);
    ctx.stack.delete(key);
  }
}
