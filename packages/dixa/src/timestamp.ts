// Dixa answers timestamps as RFC 3339 (`2024-03-11T16:39:30Z`), as Java's ZonedDateTime#toString with a
// zone id in brackets (`2021-12-01T12:46:36.581Z[GMT]`, seconds dropped when zero), or without any zone
// (agent presence). `new Date()` rejects the bracket form, so it is parsed here.
const DIXA_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?(?:\[([A-Za-z0-9_/+-]+)\])?$/;
const UTC_ZONES = /^(GMT|UTC|Z|Etc\/(GMT|UTC))$/;

/** Milliseconds since the epoch of a wall-clock time in UTC, or NaN when a field is out of range. */
export function utcMillis(fields: readonly number[]): number {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = fields;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(time);
  const same =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return same ? time : Number.NaN;
}

/**
 * Parse a Dixa timestamp into a Date. Accepts RFC 3339, the `…Z[GMT]` form and zone-less values (read as
 * UTC). Throws a TypeError that shows the input when it is none of these or names an impossible date.
 */
export function parseDixaTimestamp(value: string): Date {
  const match = typeof value === "string" ? DIXA_TIMESTAMP.exec(value) : null;
  const fail = (why: string) => new TypeError(`[@cxkit/dixa] ${why}: ${JSON.stringify(value)}`);
  if (!match) throw fail("not a Dixa timestamp");
  const [, year, month, day, hour, minute, second = "0", fraction = "", offset, zone] = match;
  if (offset === undefined && zone !== undefined && !UTC_ZONES.test(zone)) {
    throw fail(`timestamp names zone ${zone} without an offset`);
  }
  const ms = Number((fraction + "000").slice(0, 3));
  const time = utcMillis([year, month, day, hour, minute, second].map(Number).concat(ms));
  if (Number.isNaN(time)) throw fail("not a valid date");
  let offsetMinutes = 0;
  if (offset !== undefined && offset !== "Z") {
    const sign = offset.startsWith("-") ? -1 : 1;
    offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  }
  return new Date(time - offsetMinutes * 60_000);
}
