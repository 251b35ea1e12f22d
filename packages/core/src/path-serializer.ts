import { CxkitError } from "./errors.js";

const PARAM = /\{([^{}]+)\}/g;

/**
 * Fills a path template so that no parameter value can change the path's shape: every value is
 * percent-encoded, and `.`/`..` (which URL parsing would resolve away) are encoded too. A missing or
 * empty value is an error naming the parameter, rather than a request to some other path.
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
    const encoded = encodeURIComponent(String(value));
    return encoded === "." || encoded === ".." ? encoded.replace(/\./g, "%2E") : encoded;
  });
}
