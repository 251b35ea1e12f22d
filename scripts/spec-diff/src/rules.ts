/**
 * The classification rules, as data. Every walker emits a change by its kind only; the level comes from
 * here, so this table is the whole policy (and the README's rule table is generated from it).
 *
 * The client SENDS requests (parameters, request bodies), so every request that was valid must stay
 * valid; it READS responses, so everything it may receive must be something it already knew. A rule
 * whose level depends on that direction says so with `{ request, response }`; a change inside a component
 * no operation reaches is classified as if used in both directions, i.e. the higher of the two.
 */

/** Levels from lowest to highest: the order the package's semver bump is taken from. */
export const LEVELS = ["none", "patch", "minor", "major"] as const;

/** A semver level; `none` means "no change at all". */
export type Level = (typeof LEVELS)[number];

/** The level of a result with no change. */
export const NO_CHANGE: Level = LEVELS[0];

/** The levels a change can have, highest first: the order reports list them in. */
export const CHANGE_LEVELS: readonly Exclude<Level, "none">[] = ["major", "minor", "patch"];

/** Which way data flows where a change is: sent by the client, read by it, or (unreached component) both. */
export type Direction = "request" | "response" | "both";

/** One rule: its level (fixed, or by case) and what it means, as the README shows it. */
export interface Rule {
  readonly level: Level | Readonly<Record<string, Level>>;
  readonly doc: string;
}

// Accepting fewer values breaks whoever sends them; accepting more breaks whoever reads them.
const NARROWED = { request: "major", response: "minor" } as const;
const WIDENED = { request: "minor", response: "major" } as const;

/** Every kind of change spec-diff reports, with its level and meaning. */
export const RULES = {
  // ---- operations
  "removed-operation": { level: "major", doc: "an operation (method + path) is gone" },
  "moved-operation": { level: "major", doc: "same operationId under another method or path" },
  "renamed-operationId": {
    level: { changed: "major", added: "minor" },
    doc: "same method + path, another operationId: the generated names change (a first operationId only adds names)",
  },
  "changed-path": {
    level: "major",
    doc: "path template renamed (`{id}` -> `{thingId}`): path-style calls name it",
  },
  "new-operation": { level: "minor", doc: "a new operation" },
  deprecated: { level: "minor", doc: "semver.org: deprecating functionality is a minor release" },
  undeprecated: { level: "patch", doc: "no longer deprecated" },
  "changed-security": {
    level: "major",
    doc: "the security requirements of the spec (root `security`) or of an operation (its own `security`) changed: the client sends other credentials",
  },
  // ---- request inputs
  "removed-parameter": {
    level: "major",
    doc: "a parameter is gone (a renamed one is removed + added)",
  },
  "removed-request-field": {
    level: "major",
    doc: "a request body field is gone (a renamed one is removed + added)",
  },
  "removed-request-body": { level: "major", doc: "the operation takes no body any more" },
  "new-required-input": { level: "major", doc: "new required parameter, body field or body" },
  "new-optional-input": { level: "minor", doc: "new optional parameter, body field or body" },
  "optional-to-required": { level: "major", doc: "a request input is now required" },
  "required-to-optional": {
    level: { request: "minor", response: "major" },
    doc: "a request input is now optional (major in a component no operation reaches: it would be for a response)",
  },
  // ---- responses
  "removed-response-field": { level: "major", doc: "a response field is gone: clients read it" },
  "new-response-field": { level: "minor", doc: "a new response field" },
  "response-field-now-optional": {
    level: "major",
    doc: "a response field may be absent now",
  },
  "response-field-now-required": { level: "minor", doc: "a response field is always there now" },
  "removed-response-status": {
    level: { success: "major", error: "minor" },
    doc: "a response status is gone: a 2xx/3xx body the client read (success), or a 4xx/5xx/default one whose error path still takes whatever the server sends (error)",
  },
  "new-response-status": { level: "minor", doc: "a new response status" },
  "removed-response-body": { level: "major", doc: "a response has no body any more" },
  "new-response-body": { level: "minor", doc: "a response has a body now" },
  "removed-response-header": { level: "major", doc: "a response header is gone" },
  "new-response-header": { level: "minor", doc: "a new response header" },
  "removed-media-type": {
    level: "major",
    doc: "a media type of a body, parameter or header is gone",
  },
  "new-media-type": { level: "minor", doc: "a new media type" },
  // ---- fields of components no operation reaches
  "removed-field": {
    level: "major",
    doc: "a field of a component no operation reaches is gone (major in either direction)",
  },
  "new-field": {
    level: "minor",
    doc: "a new optional field in a component no operation reaches",
  },
  // ---- schemas: narrowed = accepts fewer values, widened = accepts more
  "narrowed-type": { level: NARROWED, doc: "a type removed from `type`" },
  "narrowed-enum": { level: NARROWED, doc: "an enum value removed, or an enum added" },
  "narrowed-constraint": {
    level: NARROWED,
    doc: "const, pattern or format added, maximum lowered, minimum raised, additionalProperties closed, allOf member or oneOf/anyOf added",
  },
  "removed-variant": { level: NARROWED, doc: "a oneOf/anyOf variant removed" },
  "widened-type": { level: WIDENED, doc: "a type added to `type`" },
  "widened-enum": {
    level: WIDENED,
    doc: "a new enum value (or the enum lifted): a client switching exhaustively over the values breaks",
  },
  "widened-constraint": {
    level: WIDENED,
    doc: "the opposite of narrowed-constraint (a bound lifted, additionalProperties opened...)",
  },
  "new-variant": { level: WIDENED, doc: "a new oneOf/anyOf variant" },
  "changed-type": {
    level: "major",
    doc: "neither narrower nor wider (string -> integer): breaks in both directions",
  },
  "changed-constraint": {
    level: "major",
    doc: "a constraint neither narrower nor wider (pattern rewritten, `not` changed)",
  },
  "changed-discriminator": {
    level: "major",
    doc: "the discriminator property of a union is another one",
  },
  "changed-default": { level: "patch", doc: "a schema's default value" },
  // ---- components
  "removed-component": {
    level: "major",
    doc: "a components entry is gone: the package exports `components` types",
  },
  "new-component": { level: "minor", doc: "a new components entry (a new exported type)" },
  // ---- servers
  "changed-server": {
    level: "minor",
    doc: "the default base URL, or the host an operation is served from (path-level or operation-level `servers`), changed",
  },
  "removed-server-variable": {
    level: "major",
    doc: "a server variable no server declares any more: the generated client's option of that name goes (one still declared elsewhere: changed-server)",
  },
  "new-server-variable": { level: "minor", doc: "a new server variable (a new client option)" },
  // ---- runtime extensions
  "changed-runtime-extension": {
    level: "minor",
    doc: "x-cxkit-idempotent, x-cxkit-idempotent-when, x-cxkit-pagination (any style) or x-cxkit-webhooks added or changed: retries, paging and webhook handling behave differently at run time",
  },
  "removed-pagination": {
    level: "major",
    doc: "x-cxkit-pagination gone: paginate() refuses the operation",
  },
  "new-pagination": { level: "minor", doc: "x-cxkit-pagination added: paginate() takes it" },
  // ---- webhooks (events the vendor sends; a payload is compared like a response body: the user reads it)
  "removed-webhook": {
    level: "major",
    doc: "a webhook event is gone: the exported event union shrinks (a payload change is classified like a response body's: the user reads it)",
  },
  "new-webhook": { level: "minor", doc: "a new webhook event" },
  // ---- documentation
  "changed-description": {
    level: "patch",
    doc: "description, summary, title, externalDocs, info.contact/license/termsOfService",
  },
  "changed-examples": { level: "patch", doc: "examples, example" },
  "changed-tags": { level: "patch", doc: "tags" },
  "changed-info": { level: "patch", doc: "info.version" },
  unclassified: {
    level: "patch",
    doc: "anything else that differs, named in the detail (check by hand): never dropped",
  },
} as const satisfies Record<string, Rule>;

/** A kind of change: a key of {@link RULES}. */
export type Kind = keyof typeof RULES;

type LevelSpec<K extends Kind> = (typeof RULES)[K]["level"];

// A rule keyed by direction also takes "both" (the higher of the two).
type WithBoth<C> = C | ("request" extends C ? ("response" extends C ? "both" : never) : never);

/** The cases a kind's level depends on (`never` for a fixed level). Distributes over a union of kinds. */
export type CaseOf<K extends Kind> = K extends Kind
  ? LevelSpec<K> extends Level
    ? never
    : WithBoth<keyof LevelSpec<K>>
  : never;

/**
 * The optional last argument of `emit`: required for a rule whose level depends on a case, accepted (and
 * ignored) as a direction for the others, so a direction-generic walker can pass its direction along.
 */
export type CaseArgs<K extends Kind> = [CaseOf<K>] extends [never]
  ? [when?: Direction]
  : [when: CaseOf<K>];

/** The higher of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

/**
 * The level of a change of `kind` in case `when` (a direction, or the case the rule names). A rule keyed
 * by direction takes the higher of its two levels for `both`.
 */
export function levelOf(kind: Kind, when?: string): Level {
  const level: Rule["level"] = RULES[kind].level;
  if (typeof level === "string") return level;
  const direct = when === undefined ? undefined : level[when];
  if (direct !== undefined) return direct;
  const { request, response } = level;
  if (when === "both" && request !== undefined && response !== undefined) {
    return maxLevel(request, response);
  }
  throw new Error(
    `[@cxkit-tools/spec-diff] rule ${kind} needs one of ${Object.keys(level).join(", ")}, got ${when ?? "none"}`,
  );
}
