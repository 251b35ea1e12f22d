import { CxkitError } from "./errors.js";

const PARAM = /\{([^{}]+)\}/g;

/**
 * Fills a path template so that no parameter value can change the path's shape: every value is
 * percent-encoded. A missing or empty value, and `.` or `..` (which URL parsing resolves away even when
 * percent-encoded), are errors naming the parameter rather than a request to some other path.
 */
export function serializePath(url: string, params: Record<string, unknown> | undefined): string {
  return url.replace(PARAM, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === "") {
      throw new CxkitError(
        `[@cxkit/core] path parameter "${name}" is required and must not be empty`,
      );
    }
    if (typeof value === "object") {
      throw new CxkitError(`[@cxkit/core] path parameter "${name}" must be a string or number`);
    }
    const text = String(value);
    if (text === "." || text === "..") {
      throw new CxkitError(`[@cxkit/core] path parameter "${name}" must not be "${text}"`);
    }
    return encodeURIComponent(text);
  });
}
