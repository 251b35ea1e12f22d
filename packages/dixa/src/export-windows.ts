// Dixa's Exports API answers one time window per request, refuses windows longer than 31 days and is
// limited to about 10 requests a minute per token. The walkers here split a period into windows,
// pace the requests and hand rows back in order, so a caller can export years with one loop.
import {
  ConfigError,
  isLimiter,
  RateLimiter,
  ValidationError,
  type Limiter,
  type RateLimitOptions,
} from "@cxkit/core";
import { parseDixaTimestamp } from "./timestamp.js";

/** A point in time an export helper accepts: a Date, Unix milliseconds, `yyyy-mm-dd` (UTC) or a Dixa/RFC 3339 timestamp. */
export type DixaExportTime = Date | number | string;

/** Options every export helper takes. */
export interface DixaExportOptions {
  /** Start of the period (included). */
  from: DixaExportTime;
  /** End of the period (excluded); must be after `from`. */
  to: DixaExportTime;
  /** Cancels the export: the request in flight and any wait for the rate limiter. */
  signal?: AbortSignal;
  /**
   * Pacing of the export requests, on top of the client's own limit. Default: 10 requests per 60 s,
   * shared by every export made with the same client (the limit integrations report for the Exports
   * API, per token). `false` turns it off; a limiter (a `RateLimiter`, `createRedisRateLimiter()`) can
   * be shared with other processes using the same token.
   */
  rateLimit?: RateLimitOptions | Limiter | false;
}

/** One window of an export and the rows Dixa answered for it. */
export interface DixaExportWindow<Row> {
  /** Start of the window (included). */
  from: Date;
  /** End of the window (excluded). */
  to: Date;
  rows: Row[];
}

/** The rows of an export, in window order; `windows()` walks window by window (to save progress). */
export interface DixaExportWalk<Row> extends AsyncIterable<Row> {
  /** One entry per window, each fetched when asked for. */
  windows(): AsyncIterable<DixaExportWindow<Row>>;
  /** Every row of the period in one array. */
  toArray(): Promise<Row[]>;
}

/** Longest window Dixa accepts in one export request. */
export const EXPORT_WINDOW_MS = 31 * 86_400_000;
/** Requests per minute integrations report for the Exports API. */
export const EXPORT_RATE_LIMIT: Readonly<RateLimitOptions> = { requests: 10, perMs: 60_000 };

const PACKAGE = "@cxkit/dixa";
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// The default pace is per client: two exports started with one client wait for each other.
const defaultLimiters = new WeakMap<object, Limiter>();

function toMillis(value: unknown, field: "from" | "to"): number {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "number") ms = Number.isInteger(value) ? value : Number.NaN;
  else if (typeof value === "string") {
    const day = DATE_ONLY.exec(value);
    if (day) {
      ms = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
      if (new Date(ms).toISOString().slice(0, 10) !== value) ms = Number.NaN;
    } else {
      try {
        ms = parseDixaTimestamp(value).getTime();
      } catch {
        ms = Number.NaN;
      }
    }
  }
  if (!Number.isFinite(ms)) {
    const shown = value instanceof Date ? "an invalid Date" : JSON.stringify(value);
    throw new ValidationError(
      `[${PACKAGE}] ${field} must be a Date, Unix milliseconds, yyyy-mm-dd or an RFC 3339 timestamp, got ${shown}`,
      field,
    );
  }
  return ms;
}

/** The period of an export in Unix milliseconds, checked: both valid and `from` before `to`. */
export function exportPeriod(options: DixaExportOptions): { from: number; to: number } {
  if (typeof options !== "object" || options === null) {
    throw new ValidationError(`[${PACKAGE}] the export needs { from, to }`, "from");
  }
  const from = toMillis(options.from, "from");
  const to = toMillis(options.to, "to");
  if (from >= to) {
    throw new ValidationError(
      `[${PACKAGE}] to (${new Date(to).toISOString()}) must be after from (${new Date(from).toISOString()})`,
      "to",
    );
  }
  return { from, to };
}

/** Split [from, to) into consecutive windows of at most {@link EXPORT_WINDOW_MS}. */
export function exportWindows(from: number, to: number): { from: number; to: number }[] {
  const windows: { from: number; to: number }[] = [];
  for (let start = from; start < to; start += EXPORT_WINDOW_MS) {
    windows.push({ from: start, to: Math.min(start + EXPORT_WINDOW_MS, to) });
  }
  return windows;
}

/** The limiter an export uses: the caller's, one built from options, none, or the client's default. */
export function exportLimiter(
  client: object,
  option: DixaExportOptions["rateLimit"],
): Limiter | undefined {
  if (option === false) return undefined;
  if (isLimiter(option)) return option;
  if (option !== undefined) {
    try {
      return new RateLimiter(option);
    } catch (error) {
      if (error instanceof ConfigError) {
        throw new ConfigError(error.message.replace("[@cxkit/core]", `[${PACKAGE}]`), error.option);
      }
      throw error;
    }
  }
  let limiter = defaultLimiters.get(client);
  if (!limiter) {
    limiter = new RateLimiter(EXPORT_RATE_LIMIT);
    defaultLimiters.set(client, limiter);
  }
  return limiter;
}

/**
 * Walk a checked period window by window: wait for the limiter, fetch one window, hand its rows on.
 * `fetchWindow` gets each window's bounds in Unix milliseconds.
 */
export function walkExport<Row>(
  period: { from: number; to: number },
  limiter: Limiter | undefined,
  signal: AbortSignal | undefined,
  fetchWindow: (from: number, to: number) => Promise<Row[]>,
): DixaExportWalk<Row> {
  async function* windows(): AsyncGenerator<DixaExportWindow<Row>> {
    for (const window of exportWindows(period.from, period.to)) {
      const release = limiter ? await limiter.acquire({ signal }) : undefined;
      let rows: Row[];
      try {
        rows = await fetchWindow(window.from, window.to);
      } finally {
        release?.();
      }
      yield { from: new Date(window.from), to: new Date(window.to), rows };
    }
  }
  return {
    windows,
    async *[Symbol.asyncIterator]() {
      for await (const window of windows()) yield* window.rows;
    },
    async toArray() {
      const all: Row[] = [];
      for await (const window of windows()) all.push(...window.rows);
      return all;
    },
  };
}
