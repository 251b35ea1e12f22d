import { isObject } from "@cxkit-tools/openapi";
import type { OperationRow, PaginationRow } from "./types.js";

const PAGINATION_FIELDS: Record<
  PaginationRow["style"],
  { required: string[]; optional: string[] }
> = {
  "cursor-link": { required: ["cursorParam", "items", "next"], optional: ["limitParam"] },
  "page-number": { required: ["pageParam", "items", "page", "total"], optional: ["sizeParam"] },
  "cursor-token": { required: ["cursorParam", "items", "next"], optional: [] },
};

/** The `x-cxkit-pagination` of an operation, checked field by field; errors name the place. */
export function paginationOf(value: unknown, where: string): PaginationRow | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.style !== "string" || !(value.style in PAGINATION_FIELDS)) {
    throw new Error(
      `${where} x-cxkit-pagination.style: must be one of ${Object.keys(PAGINATION_FIELDS).join(", ")}`,
    );
  }
  const fields = PAGINATION_FIELDS[value.style as PaginationRow["style"]];
  const out: Record<string, string> = { style: value.style };
  for (const key of [...fields.required, ...fields.optional]) {
    const field = value[key];
    if (field === undefined && fields.optional.includes(key)) continue;
    if (typeof field !== "string" || field === "") {
      throw new Error(`${where} x-cxkit-pagination.${key}: must be a non-empty string`);
    }
    out[key] = field;
  }
  for (const key of Object.keys(value)) {
    if (key !== "style" && !fields.required.includes(key) && !fields.optional.includes(key)) {
      throw new Error(`${where} x-cxkit-pagination.${key}: unknown field for style ${value.style}`);
    }
  }
  return out as PaginationRow;
}

/** The `x-cxkit-idempotent-when` of an operation, checked; errors name the place. */
export function idempotentWhenOf(
  value: unknown,
  where: string,
): OperationRow["info"]["idempotentWhen"] {
  if (value === undefined) return undefined;
  const duplicate = isObject(value) ? value.duplicate : undefined;
  if (
    !isObject(value) ||
    typeof value.field !== "string" ||
    value.field === "" ||
    !isObject(duplicate) ||
    typeof duplicate.status !== "number" ||
    typeof duplicate.message !== "string"
  ) {
    throw new Error(
      `${where} x-cxkit-idempotent-when: must be { field: <body dot path>, duplicate: { status: <number>, message: <text> } }`,
    );
  }
  return {
    field: value.field,
    duplicate: { status: duplicate.status, message: duplicate.message },
  };
}
