// Haptik answers transcript timestamps as `06/22/20 07:24:25 AM UTC`: month/day/two-digit year,
// 12-hour clock, literal UTC.
const HAPTIK_TIMESTAMP = /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2}) (AM|PM) UTC$/;

/**
 * Parse a Haptik timestamp (`06/22/20 07:24:25 AM UTC`) into a Date. Two-digit years are 20xx.
 * Throws a TypeError that shows the input when it has another shape or names an impossible time.
 */
export function parseHaptikTimestamp(value: string): Date {
  const match = typeof value === "string" ? HAPTIK_TIMESTAMP.exec(value) : null;
  const fail = (why: string) => new TypeError(`[@cxkit/haptik] ${why}: ${JSON.stringify(value)}`);
  if (!match) throw fail("not a Haptik timestamp (MM/DD/YY hh:mm:ss AM UTC)");
  const [, mm, dd, yy, hh, mi, ss, half] = match as unknown as string[];
  const hour12 = Number(hh);
  if (hour12 < 1 || hour12 > 12) throw fail("hour must be 01-12");
  const hour = (hour12 % 12) + (half === "PM" ? 12 : 0);
  const fields = [2000 + Number(yy), Number(mm), Number(dd), hour, Number(mi), Number(ss)];
  const time = Date.UTC(fields[0]!, fields[1]! - 1, fields[2], fields[3], fields[4], fields[5]);
  const back = new Date(time);
  const valid =
    back.getUTCMonth() === fields[1]! - 1 &&
    back.getUTCDate() === fields[2] &&
    back.getUTCMinutes() === fields[4] &&
    back.getUTCSeconds() === fields[5];
  if (!valid) throw fail("not a valid date");
  return back;
}
