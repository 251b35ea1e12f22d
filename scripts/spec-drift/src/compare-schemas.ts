import type { SchemaRef } from "./model.js";
import { refChain, shapeOf, type Shape } from "./shapes.js";

/** A type as differences show it: JSON, lists sorted, `none` when there is none. */
export function typeText(type: unknown): string {
  if (type === undefined) return "none";
  return JSON.stringify(Array.isArray(type) ? [...(type as unknown[])].sort() : type);
}

function enumText(values: unknown[] | undefined): string {
  return values === undefined ? "none" : JSON.stringify([...values].sort());
}

type ObjectShape = Extract<Shape, { kind: "object" }>;

/** Property names, `required` lists and additionalProperties of two object shapes (ours `a`). */
function compareObjects(label: string, a: ObjectShape, b: ObjectShape, out: string[]): void {
  const inA = [...a.properties.keys()];
  const inB = [...b.properties.keys()];
  for (const p of inA.filter((p) => !b.properties.has(p)))
    out.push(
      `${label}: property "${p}" only in ours${a.required.includes(p) ? " (required)" : ""}`,
    );
  for (const p of inB.filter((p) => !a.properties.has(p)))
    out.push(
      `${label}: property "${p}" missing from ours${b.required.includes(p) ? " (required upstream)" : ""}`,
    );
  for (const p of inA.filter((p) => b.properties.has(p))) {
    const ra = a.required.includes(p);
    const rb = b.required.includes(p);
    if (ra !== rb)
      out.push(
        `${label}: "${p}" is ${ra ? "required" : "optional"} in ours, ${rb ? "required" : "optional"} upstream`,
      );
  }
  for (const p of a.required.filter((p) => !a.properties.has(p)))
    out.push(`${label}: ours requires undeclared property "${p}"`);
  if (a.additionalProperties !== b.additionalProperties)
    out.push(
      `${label}: additionalProperties ${a.additionalProperties ? "only in ours" : "only upstream"}`,
    );
}

/**
 * Compares our schema `a` with an upstream schema `b` and appends each difference to `out`, labelled
 * `label` (`requestBody`, `response 200 body`...): the kind (object, oneOf, array, leaf); for objects the
 * property names, `required` lists and additionalProperties; for oneOf the variants (matched by
 * {@link variantKey}) and each common variant; for arrays the items; for leaves type, format and enum.
 *
 * `depth` is how many levels of properties to descend into: 0 compares the object itself (names and
 * required lists), Infinity every level. Arrays and oneOf variants do not use up a level. A pair of
 * schemas met again below itself (a recursive schema) is not compared twice.
 */
export function compareSchemas(
  label: string,
  a: SchemaRef | undefined,
  b: SchemaRef | undefined,
  depth: number,
  out: string[],
  seen: ReadonlySet<string> = new Set(),
): void {
  const pair = `${refChain(a)}|${refChain(b)}`;
  if (pair !== "|" && seen.has(pair)) return;
  const below = pair === "|" ? seen : new Set([...seen, pair]);
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa.kind !== sb.kind) {
    out.push(`${label}: ${sa.kind} in ours, ${sb.kind} upstream`);
    return;
  }
  if (sa.kind === "array" && sb.kind === "array") {
    compareSchemas(`${label}[]`, sa.items, sb.items, depth, out, below);
  } else if (sa.kind === "leaf" && sb.kind === "leaf") {
    if (typeText(sa.type) !== typeText(sb.type))
      out.push(`${label}: type ${typeText(sa.type)} in ours, ${typeText(sb.type)} upstream`);
    if (sa.format !== sb.format)
      out.push(`${label}: format ${sa.format ?? "none"} in ours, ${sb.format ?? "none"} upstream`);
    if (enumText(sa.enum) !== enumText(sb.enum))
      out.push(`${label}: enum ${enumText(sa.enum)} in ours, ${enumText(sb.enum)} upstream`);
  } else if (sa.kind === "oneOf" && sb.kind === "oneOf") {
    for (const k of sa.variants.keys())
      if (!sb.variants.has(k)) out.push(`${label}: variant ${k} only in ours`);
    for (const k of sb.variants.keys())
      if (!sa.variants.has(k)) out.push(`${label}: variant ${k} missing from ours`);
    for (const [k, va] of sa.variants) {
      const vb = sb.variants.get(k);
      if (vb !== undefined) compareSchemas(`${label} [${k}]`, va, vb, depth, out, below);
    }
  } else if (sa.kind === "object" && sb.kind === "object") {
    compareObjects(label, sa, sb, out);
    if (depth <= 0) return;
    for (const [name, pa] of sa.properties) {
      const pb = sb.properties.get(name);
      if (pb !== undefined) compareSchemas(`${label}.${name}`, pa, pb, depth - 1, out, below);
    }
  }
}
