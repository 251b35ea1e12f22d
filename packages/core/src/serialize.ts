import { ValidationError } from "./errors.js";

const PARAM = /\{([^{}]+)\}/g;

/** A scalar as URL text, or a ValidationError naming `field` (NaN, Infinity, objects, lone surrogates). */
function scalarText(packageName: string, field: string, value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new ValidationError(
        `[${packageName}] ${field} must be a finite number: got ${value}`,
        field,
      );
    }
    text = String(value);
  } else if (typeof value === "boolean" || typeof value === "bigint") text = String(value);
  else {
    throw new ValidationError(
      `[${packageName}] ${field} must be a string, number or boolean: got ${value === null ? "null" : typeof value}`,
      field,
    );
  }
  return text;
}

/** Percent-encode, or a ValidationError for text that is not valid Unicode (a lone surrogate). */
function encode(packageName: string, field: string, text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ValidationError(
      `[${packageName}] ${field} is not valid Unicode (it holds a lone surrogate)`,
      field,
    );
  }
}

/**
 * Fill a path template so that no parameter value can change the path's shape: every value is
 * percent-encoded. A missing or empty value, and `.` or `..` (which URL parsing resolves away even when
 * percent-encoded), are errors naming the parameter rather than a request to some other path.
 */
export function serializePath(
  packageName: string,
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!template.includes("{")) return template;
  return template.replace(PARAM, (_match, name: string) => {
    const field = `path.${name}`;
    const value = params?.[name];
    if (value === undefined || value === null || value === "") {
      throw new ValidationError(
        `[${packageName}] path parameter "${name}" is required and must not be empty`,
        field,
      );
    }
    const text = scalarText(packageName, field, value);
    if (text === "." || text === "..") {
      throw new ValidationError(
        `[${packageName}] path parameter "${name}" must not be "${text}"`,
        field,
      );
    }
    return encode(packageName, field, text);
  });
}

/**
 * A query string (without `?`) from query parameters, as openapi-fetch writes it by default: arrays
 * repeated (`a=1&a=2`, form + explode), objects as `a[b]=1` (deepObject), undefined and null left out.
 * Keys are percent-encoded like values.
 */
export function serializeQuery(
  packageName: string,
  query: Readonly<Record<string, unknown>> | undefined,
): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    const field = `query.${key}`;
    const name = encode(packageName, field, key);
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item === undefined || item === null) continue;
        parts.push(`${name}=${encode(packageName, field, scalarText(packageName, field, item))}`);
      }
    } else if (typeof value === "object") {
      for (const sub in value as Record<string, unknown>) {
        const item = (value as Record<string, unknown>)[sub];
        if (item === undefined || item === null) continue;
        const subField = `${field}.${sub}`;
        const subName = encode(packageName, subField, `${key}[${sub}]`);
        parts.push(
          `${subName}=${encode(packageName, subField, scalarText(packageName, subField, item))}`,
        );
      }
    } else {
      parts.push(`${name}=${encode(packageName, field, scalarText(packageName, field, value))}`);
    }
  }
  return parts.join("&");
}
