// A rewriting walk over TypeDoc's types: `replace` sees every type before its parts, and what it
// returns takes the type's place (its parts are not walked then). Object literals are walked through
// their members and signatures.
import {
  DeclarationReflection,
  type SignatureReflection,
  type SomeType,
  type TypeParameterReflection,
} from "typedoc";

/** What a replacement sees: the type, and the declaration whose own type it is (for the top level). */
export type Replace = (
  type: SomeType,
  owner: DeclarationReflection | undefined,
) => SomeType | undefined;

/** Rewrites the types of declarations in place with a {@link Replace}, each declaration once. */
export class TypeRewriter {
  private readonly seen = new Set<DeclarationReflection>();

  constructor(private readonly replace: Replace) {}

  /** Rewrites the types of a declaration, its members and signatures. */
  declaration(reflection: DeclarationReflection): void {
    if (this.seen.has(reflection)) return;
    this.seen.add(reflection);
    if (reflection.type) reflection.type = this.type(reflection.type, reflection);
    for (const signature of reflection.getAllSignatures()) this.signature(signature);
    for (const signature of reflection.indexSignatures ?? []) this.signature(signature);
    for (const parameter of reflection.typeParameters ?? []) this.typeParameter(parameter);
    for (const child of reflection.children ?? []) this.declaration(child);
  }

  private signature(signature: SignatureReflection): void {
    for (const parameter of signature.parameters ?? []) {
      if (parameter.type) parameter.type = this.type(parameter.type, undefined);
    }
    for (const parameter of signature.typeParameters ?? []) this.typeParameter(parameter);
    if (signature.type) signature.type = this.type(signature.type, undefined);
  }

  private typeParameter(parameter: TypeParameterReflection): void {
    if (parameter.type) parameter.type = this.type(parameter.type, undefined);
    if (parameter.default) parameter.default = this.type(parameter.default, undefined);
  }

  /** Rewrites a type; `owner` is set only for a declaration's own type. */
  type(type: SomeType, owner: DeclarationReflection | undefined): SomeType {
    const replaced = this.replace(type, owner);
    if (replaced) return replaced;
    const inner = (t: SomeType): SomeType => this.type(t, undefined);
    switch (type.type) {
      case "array":
      case "optional":
      case "rest":
        type.elementType = inner(type.elementType);
        break;
      case "conditional":
        type.checkType = inner(type.checkType);
        type.extendsType = inner(type.extendsType);
        type.trueType = inner(type.trueType);
        type.falseType = inner(type.falseType);
        break;
      case "indexedAccess":
        type.objectType = inner(type.objectType);
        type.indexType = inner(type.indexType);
        break;
      case "inferred":
        if (type.constraint) type.constraint = inner(type.constraint);
        break;
      case "intersection":
      case "union":
        type.types = type.types.map(inner);
        break;
      case "mapped":
        type.parameterType = inner(type.parameterType);
        type.templateType = inner(type.templateType);
        if (type.nameType) type.nameType = inner(type.nameType);
        break;
      case "namedTupleMember":
        type.element = inner(type.element);
        break;
      case "predicate":
        if (type.targetType) type.targetType = inner(type.targetType);
        break;
      case "reference":
        if (type.typeArguments) type.typeArguments = type.typeArguments.map(inner);
        break;
      case "reflection":
        this.declaration(type.declaration);
        break;
      case "templateLiteral":
        type.tail = type.tail.map(([t, text]) => [inner(t), text]);
        break;
      case "tuple":
        type.elements = type.elements.map(inner);
        break;
      case "typeOperator":
        type.target = inner(type.target);
        break;
      case "intrinsic":
      case "literal":
      case "query":
      case "unknown":
        break;
    }
    return type;
  }
}

/** Every declaration of a project, in no particular order. */
export function declarationsOf(reflections: Iterable<unknown>): DeclarationReflection[] {
  return [...reflections].filter(
    (r): r is DeclarationReflection => r instanceof DeclarationReflection,
  );
}
