// Friendly aliases as the named home of a schema's shape. A vendor package names its schemas
// (`export type DixaConversation = Schemas["Conversation"]`, tagged `@useDeclaredType` so that its page
// lists the fields). Everywhere else TypeDoc meets that shape (a method's params and answer, a field of
// another schema) it expands it again in full: this pass puts a link to the alias in its place, so
// `getConversation` answers `{ data: DixaConversation }`. Shapes are recognised by the schemas their
// properties were declared in, which survives openapi-fetch's Readable/Writable mapping.
import ts from "typescript";
import {
  type Application,
  type Context,
  Converter,
  DeclarationReflection,
  type ProjectReflection,
  ReferenceType,
  ReflectionKind,
  type Reflection,
  type SomeType,
  type UnionType,
} from "typedoc";
import { declarationsOf, TypeRewriter } from "./map-types.js";
import { schemaOwner } from "./schema-owner.js";

const TAG = "@useDeclaredType";

/** What one package's conversion has seen, reset when the next package starts. */
class Seen {
  /** Property reflection -> the schema its declaration belongs to. */
  readonly owners = new Map<Reflection, string>();
  /** Type aliases documented by their declared type, with the schema name they index, if any. */
  readonly aliases = new Map<DeclarationReflection, string | undefined>();
}

/** The schema name of an alias declared as `X["Name"]` (`Schemas["Name"]`, `components["schemas"]["Name"]`). */
function indexedSchemaName(symbol: ts.Symbol | undefined): string | undefined {
  const declaration = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
  const node = declaration?.type;
  if (!node || !ts.isIndexedAccessTypeNode(node)) return undefined;
  const index = node.indexType;
  return ts.isLiteralTypeNode(index) && ts.isStringLiteral(index.literal)
    ? index.literal.text
    : undefined;
}

function isEmptyObject(type: SomeType): boolean {
  if (type.type !== "reflection") return false;
  const d = type.declaration;
  return !d.children?.length && !d.signatures?.length && !d.indexSignatures?.length;
}

class Linker {
  private readonly objects = new Map<string, DeclarationReflection>();
  private readonly unions: { alias: DeclarationReflection; members: Set<string> }[] = [];
  private readonly byName = new Map<string, DeclarationReflection>();
  linked = 0;

  constructor(
    private readonly project: ProjectReflection,
    private readonly seen: Seen,
  ) {
    for (const [alias, name] of seen.aliases) {
      const key = alias.type ? this.shape(alias.type) : this.members(alias);
      if (key !== undefined) {
        if (!this.objects.has(key)) this.objects.set(key, alias);
      } else if (alias.type?.type === "union") {
        const members = alias.type.types.map((t) => this.shape(t));
        if (members.every((m) => m !== undefined)) {
          this.unions.push({ alias, members: new Set(members) });
        }
      }
      if (name !== undefined && !this.byName.has(name)) this.byName.set(name, alias);
    }
    // Aliases with more variants first: a union holding all of a large alias's variants is named by it,
    // not by a smaller alias whose variants it also holds.
    this.unions.sort((a, b) => b.members.size - a.members.size);
  }

  /** The schemas an object literal's properties come from, or undefined if one is not a schema's. */
  private members(d: DeclarationReflection): string | undefined {
    if (!d.children?.length || d.signatures?.length || d.indexSignatures?.length) return undefined;
    const owners = new Set<string>();
    for (const child of d.children) {
      const owner = this.seen.owners.get(child);
      if (owner === undefined) return undefined;
      owners.add(owner);
    }
    return [...owners].sort().join(" & ");
  }

  /** A key for an object shape (an object literal, or an intersection of them), else undefined. */
  private shape(type: SomeType): string | undefined {
    if (type.type === "reflection") return this.members(type.declaration);
    if (type.type !== "intersection") return undefined;
    const owners = new Set<string>();
    for (const part of type.types) {
      if (isEmptyObject(part)) continue; // Writable<T> adds `& {}`
      const key = this.shape(part);
      if (key === undefined) return undefined;
      for (const owner of key.split(" & ")) owners.add(owner);
    }
    return owners.size ? [...owners].sort().join(" & ") : undefined;
  }

  private link(alias: DeclarationReflection, replaced: SomeType[]): ReferenceType {
    for (const type of replaced) this.project.removeTypeReflections(type);
    this.linked++;
    return ReferenceType.createResolvedReference(alias.name, alias, this.project);
  }

  /** The alias that names this type, as a reference; undefined to keep (and walk) the type. */
  replace(type: SomeType, owner: DeclarationReflection | undefined): SomeType | undefined {
    if (type.type === "union") {
      this.union(type, owner);
      // Its other members are walked as usual; a union left with one member is that member.
      return type.types.length === 1 ? type.types[0] : undefined;
    }
    if (type.type === "indexedAccess") {
      // `Schemas["Name"]` written in a hand-written type (not an alias of its own).
      const index = type.indexType;
      const alias =
        index.type === "literal" && typeof index.value === "string"
          ? this.byName.get(index.value)
          : undefined;
      return alias && alias !== owner && isSchemasObject(type.objectType)
        ? this.link(alias, [type])
        : undefined;
    }
    const key = this.shape(type);
    const alias = key === undefined ? undefined : this.objects.get(key);
    if (alias && alias !== owner) return this.link(alias, [type]);
    if (type.type === "intersection") {
      // openapi-fetch's Writable<T> is `{ ... } & {}` when T has no read-only fields: the `{}` says nothing.
      const parts: SomeType[] = type.types.filter((t) => !isEmptyObject(t));
      const objects = !parts.some((t) => t.type !== "reflection" && t.type !== "reference");
      if (parts.length && objects) {
        for (const t of type.types) if (!parts.includes(t)) this.project.removeTypeReflections(t);
        type.types = parts;
      }
    }
    return undefined;
  }

  /**
   * Puts a reference to a union alias in place of the members of `union` that make it up (all of
   * `DixaContactEndpoint`'s variants, say), in place: the other members stay, in their order.
   */
  private union(union: UnionType, owner: DeclarationReflection | undefined): void {
    const keys = union.types.map((t) => this.shape(t));
    for (const { alias, members } of this.unions) {
      if (alias === owner) continue;
      const covered = keys.flatMap((k, i) => (k !== undefined && members.has(k) ? [i] : []));
      if (new Set(covered.map((i) => keys[i])).size !== members.size) continue;
      const first = covered[0] ?? 0;
      const reference = this.link(
        alias,
        covered.map((i) => union.types[i]).filter((t) => t !== undefined),
      );
      const keep = (_: unknown, i: number) => i === first || !covered.includes(i);
      union.types = union.types.map((t, i) => (i === first ? reference : t)).filter(keep);
      // Per-member comments of a type alias's union stay with their members.
      union.elementSummaries = union.elementSummaries?.filter(keep);
      return;
    }
  }
}

function isSchemasObject(type: SomeType): boolean {
  // `Schemas` (a local alias of components["schemas"]) or `components["schemas"]`.
  if (type.type === "reference") return type.name === "Schemas";
  return (
    type.type === "indexedAccess" &&
    type.objectType.type === "reference" &&
    type.objectType.name === "components" &&
    type.indexType.type === "literal" &&
    type.indexType.value === "schemas"
  );
}

/** Registers the pass: it runs once per package, after conversion and before TypeDoc resolves links. */
export function linkSchemas(app: Application): void {
  let seen = new Seen();
  app.converter.on(Converter.EVENT_BEGIN, () => {
    seen = new Seen();
  });
  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context: Context, reflection: DeclarationReflection) => {
      if (reflection.kindOf(ReflectionKind.Property)) {
        const owner = schemaOwner(context.getSymbolFromReflection(reflection));
        if (owner !== undefined) seen.owners.set(reflection, owner);
      } else if (
        reflection.kindOf(ReflectionKind.TypeAlias) &&
        reflection.comment?.hasModifier(TAG)
      ) {
        seen.aliases.set(
          reflection,
          indexedSchemaName(context.getSymbolFromReflection(reflection)),
        );
      }
    },
  );
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context: Context) => {
      const linker = new Linker(context.project, seen);
      const rewriter = new TypeRewriter((type, owner) => linker.replace(type, owner));
      for (const reflection of declarationsOf(Object.values(context.project.reflections))) {
        rewriter.declaration(reflection);
      }
      if (linker.linked) {
        context.logger.verbose(
          `[@cxkit-tools/typedoc-plugin] ${linker.linked} shapes linked to their aliases`,
        );
      }
    },
    // After TypeDoc's CommentPlugin has dropped what is not documented (`components`, `paths`).
    -100,
  );
}
