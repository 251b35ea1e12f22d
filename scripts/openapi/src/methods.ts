/** The HTTP methods an OpenAPI path item can hold, lower-case as the keys of a path item, in spec order. */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** A path item key that holds an operation. */
export type PathItemMethod = (typeof HTTP_METHODS)[number];

/** An HTTP method as sent on the wire. */
export type HttpMethod = Uppercase<PathItemMethod>;

/** RFC 9110 idempotent methods: a request with one of these may be sent twice without harm. */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
  "TRACE",
]);

/** True for a key of a path item that holds an operation. */
export function isPathItemMethod(key: string): key is PathItemMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}
