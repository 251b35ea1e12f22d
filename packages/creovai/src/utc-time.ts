import { ValidationError } from "@cxkit/core";

// Creovai's v2 SDK refuses times whose zone is unknown and converts local times to UTC before
// sending; the wire form is RFC 3339 in UTC. .NET writes up to seven fraction digits, so times are
// compared as fixed-width strings (exact to the nanosecond) rather than as Date milliseconds.
const UTC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|\+00:00)$/;

/** A UTC time reduced to a key that sorts like the time it names. */
export type UtcKey = string & { readonly utcKey: unique symbol };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The sortable key of an RFC 3339 time in UTC (ending in `Z` or `+00:00`); a ValidationError naming
 * `field` for anything else (another offset, no offset, an impossible date, not a string).
 */
export function utcKey(value: unknown, field: string): UtcKey {
  const match = typeof value === "string" ? UTC_TIME.exec(value) : null;
  const shown = typeof value === "string" ? JSON.stringify(value) : typeof value;
  if (!match) {
    throw new ValidationError(
      `[@cxkit/creovai] ${field} must be an RFC 3339 time in UTC, ending in Z or +00:00 (got ${shown})`,
      field,
    );
  }
  const [, year = "", month = "", day = "", hour = "", minute = "", second = "", fraction = ""] =
    match;
  const m = Number(month);
  const ok =
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysIn(Number(year), m) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59;
  if (!ok) {
    throw new ValidationError(
      `[@cxkit/creovai] ${field} is not a valid time (got ${shown})`,
      field,
    );
  }
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.${fraction.padEnd(9, "0")}` as UtcKey;
}

/** A checked time span: its bounds and the fields they came from, for error messages. */
export interface UtcSpan {
  start: UtcKey;
  end: UtcKey | undefined;
  startField: string;
  endField: string;
}

/**
 * Check a span's bounds (both UTC, start not after end); `end` may be absent when `endOptional`.
 * The ValidationError for a reversed span names the end field.
 */
export function utcSpan(
  start: unknown,
  end: unknown,
  startField: string,
  endField: string,
  endOptional = false,
): UtcSpan {
  const startKey = utcKey(start, startField);
  const endKey = end === undefined && endOptional ? undefined : utcKey(end, endField);
  if (endKey !== undefined && endKey < startKey) {
    throw new ValidationError(
      `[@cxkit/creovai] ${endField} (${String(end)}) is before ${startField} (${String(start)})`,
      endField,
    );
  }
  return { start: startKey, end: endKey, startField, endField };
}

/** Check that a time is UTC and inside a span (bounds included). */
export function utcWithin(value: unknown, field: string, span: UtcSpan): void {
  const key = utcKey(value, field);
  if (key < span.start || (span.end !== undefined && key > span.end)) {
    throw new ValidationError(
      `[@cxkit/creovai] ${field} (${String(value)}) is outside [${span.startField}, ${span.endField}]`,
      field,
    );
  }
}
