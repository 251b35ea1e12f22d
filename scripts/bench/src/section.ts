/** One row of a benchmark table: a label and its figures (numbers or text). */
export interface BenchRow {
  label: string;
  values: Record<string, number | string>;
}

/** What one section of `npm run bench` measured: a titled table and notes, also written as JSON. */
export interface BenchSection {
  /** Stable key in the JSON output, e.g. `throughput`. */
  id: string;
  title: string;
  /** Column order of the table (keys of each row's values). */
  columns: string[];
  rows: BenchRow[];
  /** Lines printed under the table: how it was measured, targets, caveats. */
  notes?: string[];
  /** Extra figures for the JSON artifact only (not printed), e.g. each bundle's inputs. */
  details?: Record<string, unknown>;
}

/** A section: measures and returns its table. Never throws on a number (benchmarks do not fail). */
export type BenchRunner = (context: BenchContext) => Promise<BenchSection>;

/** What every section gets. */
export interface BenchContext {
  /** The repo root. */
  root: string;
  /** `--quick`: fewer rounds, for a smoke run. */
  quick: boolean;
}

function cell(value: number | string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 1
      ? value.toFixed(2)
      : value.toFixed(3);
}

/** A section as an aligned text table. */
export function formatSection(section: BenchSection): string {
  const header = ["", ...section.columns];
  const body = section.rows.map((row) => [
    row.label,
    ...section.columns.map((c) => cell(row.values[c])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    `\n## ${section.title}`,
    line(header),
    ...body.map(line),
    ...(section.notes ?? []).map((n) => `  ${n}`),
  ].join("\n");
}
