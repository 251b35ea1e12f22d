// Which component schema a property belongs to, read from openapi-typescript's layout:
// `interface components { schemas: { Name: { prop: ... } } }` (an `allOf` member is one part of an
// intersection: `Name: A & { prop: ... }`). Mapped types keep the declarations of the properties they
// copy (openapi-fetch's Readable/Writable), so a property of a response or request body still names the
// schema it came from.
import ts from "typescript";

function nameOf(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The schema (`components["schemas"][name]`) whose object literal declares this property, if any. */
export function schemaOwner(symbol: ts.Symbol | undefined): string | undefined {
  const declaration = symbol?.declarations?.[0];
  if (!declaration || !ts.isPropertySignature(declaration)) return undefined;
  const literal = declaration.parent;
  if (!ts.isTypeLiteralNode(literal)) return undefined;
  let schema: ts.Node = literal.parent;
  while (ts.isIntersectionTypeNode(schema) || ts.isParenthesizedTypeNode(schema)) {
    schema = schema.parent;
  }
  if (!ts.isPropertySignature(schema) || !ts.isTypeLiteralNode(schema.parent)) return undefined;
  const schemas = schema.parent.parent;
  if (!ts.isPropertySignature(schemas) || nameOf(schemas.name) !== "schemas") return undefined;
  const components = schemas.parent;
  if (!ts.isInterfaceDeclaration(components) || components.name.text !== "components") {
    return undefined;
  }
  return nameOf(schema.name);
}
