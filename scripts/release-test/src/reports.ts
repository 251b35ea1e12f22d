/**
 * How a consumer tells the release test what it saw: one line per part of its run, `release:<part> <json>`
 * with what the part observed, or `release:<part>:failed <json string>` when it threw. Consumers only
 * report; the release test judges. A part that printed nothing did not run (the consumer died first).
 */
export type Report =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** The parts a consumer reports, by tag. */
export type Part = "call" | "api" | "webhooks" | "mock";

/**
 * The JavaScript consumers use to report: `report(part, fn)` runs `fn` and prints its line. It never
 * throws, so one part's failure does not hide the next part's result.
 */
export const REPORT_FUNCTION = `async function report(part, fn) {
  let line;
  try {
    line = "release:" + part + " " + JSON.stringify(await fn());
  } catch (error) {
    line = "release:" + part + ":failed " + JSON.stringify(String((error && error.stack) || error));
  }
  console.log(line);
}`;

const LINE = /^release:(\w+)(:failed)? (.*)$/;

/** The reports in what a consumer printed, by part; the last line of a part wins. */
export function parseReports(printed: string): Map<string, Report> {
  const reports = new Map<string, Report>();
  for (const line of printed.split("\n")) {
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const [, part = "", failed, json = ""] = match;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      reports.set(part, { ok: false, error: `unreadable report: ${json.slice(0, 500)}` });
      continue;
    }
    reports.set(part, failed ? { ok: false, error: String(value) } : { ok: true, value });
  }
  return reports;
}

/** The value `part` reported, or the reason it has none (it threw, or never reported). */
export function reportedValue(
  reports: ReadonlyMap<string, Report>,
  part: Part,
  printed: string,
): { value: unknown } | { problem: string } {
  const report = reports.get(part);
  if (!report) return { problem: `no ${part} report; printed: ${printed.trim().slice(0, 1500)}` };
  if (!report.ok) return { problem: `${part} threw: ${report.error.slice(0, 1500)}` };
  return { value: report.value };
}
