// The params of a named method, as the method takes them. `OperationParams<operations["x"]>` stays an
// unresolved alias for every operation with a body (openapi-fetch's RequestBodyOption keeps it so), and
// TypeDoc would print the whole operation (parameters, request body, every response) as its argument.
// This pass documents the resolved type instead, `{ path, query, header, body }`, property by property:
// `body` is declared in openapi-fetch, which TypeDoc would skip as external.
import ts from "typescript";
import {
  type Application,
  type Context,
  Converter,
  DeclarationReflection,
  ReflectionFlag,
  ReflectionKind,
  ReflectionType,
  type SignatureReflection,
  type SomeType,
  UnionType,
} from "typedoc";

/** The alias this pass resolves: `OperationParams` of @cxkit/core. */
const PARAMS = { name: "OperationParams", package: "@cxkit/core" };

function withoutUndefined(type: SomeType): SomeType {
  if (type.type !== "union") return type;
  const types = type.types.filter((t) => !(t.type === "intrinsic" && t.name === "undefined"));
  return types.length === 1 && types[0] ? types[0] : new UnionType(types);
}

function resolveParams(context: Context, signature: SignatureReflection): void {
  const checker = context.checker;
  for (const parameter of signature.parameters ?? []) {
    const type = parameter.type;
    if (
      type?.type !== "reference" ||
      type.name !== PARAMS.name ||
      type.package !== PARAMS.package
    ) {
      continue;
    }
    const symbol = context.getSymbolFromReflection(parameter);
    if (!symbol) continue;
    const resolved = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
    const properties = checker.getPropertiesOfType(resolved);
    // A generic `OperationParams<Op>` (or an operation without params) has nothing to list.
    if (!properties.length) continue;
    const literal = new DeclarationReflection("__type", ReflectionKind.TypeLiteral, parameter);
    context.registerReflection(literal, undefined);
    const scope = context.withScope(signature).withScope(parameter).withScope(literal);
    for (const property of properties) {
      const member = scope.createDeclarationReflection(
        ReflectionKind.Property,
        property,
        undefined,
      );
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      member.setFlag(ReflectionFlag.Optional, optional);
      const converted = context.converter.convertType(
        scope.withScope(member),
        checker.getTypeOfSymbol(property),
      );
      member.type = optional ? withoutUndefined(converted) : converted;
      scope.finalizeDeclarationReflection(member);
    }
    context.project.removeTypeReflections(type);
    parameter.type = new ReflectionType(literal);
  }
}

/** Registers the pass: it runs on each signature as TypeDoc creates it. */
export function resolveOperationParams(app: Application): void {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, resolveParams);
}
