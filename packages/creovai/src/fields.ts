import { ValidationError } from "@cxkit/core";

// Bodies reach the validators from JavaScript callers too, so their shape is read defensively: a
// missing list is treated as empty (the server reports what it requires), a wrong member type is not
// guessed at.

/** The entries of a list member, or none when it is absent or not a list. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A member of an object, or undefined when `value` is not an object. */
export function memberOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Refuse a required text member that is absent or empty, naming it. */
export function requireText(value: unknown, field: string): void {
  if (typeof value !== "string" || value === "") {
    throw new ValidationError(`[@cxkit/creovai] ${field} is required (a non-empty string)`, field);
  }
}

/** Refuse a required list that is absent or empty, naming it. */
export function requireEntries(value: unknown, field: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ValidationError(`[@cxkit/creovai] ${field} needs at least one entry`, field);
  }
}

/** Refuse a required text member that is absent (an empty string is allowed), naming it. */
export function requireString(value: unknown, field: string): void {
  if (typeof value !== "string") {
    throw new ValidationError(`[@cxkit/creovai] ${field} is required (a string)`, field);
  }
}
