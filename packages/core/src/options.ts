import { ConfigError } from "./errors.js";

/** Largest delay setTimeout honours (2^31 - 1 ms); a larger one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Throw unless `options` is an object (a client cannot be created from nothing). */
export function checkOptions(packageName: string, options: unknown): asserts options is object {
  if (options === null || typeof options !== "object") {
    throw new ConfigError(`[${packageName}] options are required: pass an object`, "options");
  }
}

interface NumberRule {
  /** Smallest allowed value (inclusive). */
  min: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  integer?: boolean;
  /** Words for the error: "a positive number of ms". */
  what: string;
}

/**
 * A numeric option checked: undefined stays undefined; anything else must be a finite number within
 * the rule, or a ConfigError naming the option is thrown (NaN retries forever, 2^31 ms times out at
 * once, 0 concurrency waits forever: none of them may pass silently).
 */
export function checkNumber(
  packageName: string,
  option: string,
  value: unknown,
  rule: NumberRule,
): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= rule.min &&
    (rule.max === undefined || value <= rule.max) &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    const shown = typeof value === "number" ? String(value) : typeof value;
    throw new ConfigError(`[${packageName}] ${option} must be ${rule.what}: got ${shown}`, option);
  }
  return value as number;
}

/** Rule of a time limit in ms (timeoutMs, deadlineMs): above 0, at most what a timer can wait. */
export const TIME_LIMIT: NumberRule = {
  min: 1,
  max: MAX_TIMER_MS,
  what: `a number of ms between 1 and ${MAX_TIMER_MS}`,
};

/** Rule of a delay in ms (backoff steps): 0 or more, at most what a timer can wait. */
export const DELAY: NumberRule = {
  min: 0,
  max: MAX_TIMER_MS,
  what: `a number of ms between 0 and ${MAX_TIMER_MS}`,
};

/** Rule of a count (retries): a whole number, 0 or more. */
export const COUNT: NumberRule = {
  min: 0,
  max: 1000,
  integer: true,
  what: "a whole number from 0 to 1000",
};

/** Rule of a positive count (requests per window, concurrency): a whole number, 1 or more. */
export const POSITIVE_COUNT: NumberRule = {
  min: 1,
  max: Number.MAX_SAFE_INTEGER,
  integer: true,
  what: "a whole number of at least 1",
};
