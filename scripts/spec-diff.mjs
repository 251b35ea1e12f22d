#!/usr/bin/env node
// Compares a vendor spec with an earlier version of itself and says what the change means for the
// vendor's package under semver: every change is classified major, minor or patch, and the package's
// level is the highest of them. `--changeset` writes the matching .changeset/*.md.
//
// Usage: node scripts/spec-diff.mjs <vendor> [--base <git-ref> | --base-file <path>]
//          [--head-file <path>] [--json] [--changeset [--changeset-dir <dir>]]
//   base  `git show <ref>:specs/<vendor>/openapi.yaml`. Default: the newest `<packageName>@<version>`
//         tag (what `changeset publish` tags, i.e. the last published version), else HEAD. A spec that
//         does not exist at the base is a new vendor: each operation is a new operation.
//   head  the working-tree spec, or --head-file.
// Exit 0 whatever the level (a classification is not a failure), 2 on a usage error.
//
// How changes are classified. The client SENDS requests (parameters, request bodies), so every request
// that was valid must stay valid; it READS responses, so everything it may receive must be something
// it already knew. "Narrowed" means the schema accepts fewer values (type or enum value removed, const,
// pattern or format added, maximum lowered, minimum raised, oneOf variant removed, additionalProperties
// closed); "widened" the opposite.
//
//   major  removed-operation         an operation (method + path) is gone
//          moved-operation           same operationId under another method or path
//          renamed-operationId       same method + path, another operationId (generated names change)
//          changed-path              path template renamed (`{id}` -> `{thingId}`): path-style calls name it
//          removed-parameter         a parameter is gone (a renamed one is removed + added)
//          removed-request-field     a request body field is gone (a renamed one is removed + added)
//          removed-request-body      the operation takes no body any more
//          new-required-input        new required parameter, body field or body
//          optional-to-required      a request input is now required
//          narrowed-* (request)      narrowed-type, narrowed-enum, narrowed-constraint, removed-variant
//          removed-response-field    clients read it
//          response-field-now-optional   it may be absent now
//          widened-* (response)      widened-type, widened-enum (a new enum value), widened-constraint,
//                                    new-variant: a client switching exhaustively over the values breaks
//          removed-response-status   a 2xx/3xx response is gone (the client read that body)
//          removed-media-type, removed-response-body, removed-response-header
//          removed-pagination        x-cxkit-pagination gone: paginate() refuses the operation
//          removed-component         a components entry is gone: the package exports `components` types
//          removed-server-variable   the generated client's option of that name goes
//          changed-type, changed-constraint, changed-discriminator
//                                    neither narrower nor wider (string -> integer, pattern rewritten):
//                                    breaks in both directions
//   minor  new-operation, new-optional-input, new-response-field, new-response-status, new-media-type,
//          new-response-body, new-response-header, new-component, new-server-variable, new-pagination
//          required-to-optional (request), response-field-now-required
//          widened-* (request), narrowed-* (response): fewer values the client may receive; a comparison
//                                    with a value that can no longer come may now fail to type-check,
//                                    but no running client breaks
//          removed-response-status   a 4xx/5xx/default response is gone: the client's error path still
//                                    takes whatever the server sends
//          deprecated                semver.org: deprecating functionality is a minor release
//          changed-runtime-extension x-cxkit-idempotent or x-cxkit-pagination added or changed: retries
//                                    and paging behave differently at run time
//          changed-server            the default base URL changed
//   patch  changed-description (description, summary, title, externalDocs, info), changed-examples
//          (examples, example), changed-tags, changed-default, changed-info (info.version), undeprecated
//          unclassified              anything else that differs, named in the detail: never dropped
//
// Local `$ref`s are followed (recursive schemas stop where they recur). A change inside a component both
// versions reference is reported once, named after the component (`Thing.note`), with `usedBy` listing
// every place an operation reaches it; component schemas no operation reaches are compared as if used
// in both directions (a change is major if it would be in either).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import YAML from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** @typedef {"none" | "patch" | "minor" | "major"} Level */
/** @typedef {"request" | "response" | "both"} Direction */
/**
 * One classified change. `where` names the place (an operation's, or a component's when the change is
 * inside a component); `usedBy` lists the operation paths that reach a component change.
 * @typedef {{ level: Level, kind: string, where: string, detail: string, usedBy: string[] }} Change
 */
/** @typedef {{ where: string, full: string }} Loc */
/** @typedef {{ dir: Direction, stack: Set<string> }} Ctx */

/** Levels from lowest to highest. */
export const LEVELS = /** @type {const} */ (["none", "patch", "minor", "major"]);

/**
 * The higher of two levels.
 * @param {Level} a
 * @param {Level} b
 * @returns {Level}
 */
function maxLevel(a, b) {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

// Accepting fewer values breaks whoever sends them; accepting more breaks whoever reads them.
/**
 * @param {Direction} dir
 * @returns {Level}
 */
const narrowedLevel = (dir) => (dir === "response" ? "minor" : "major");
/**
 * @param {Direction} dir
 * @returns {Level}
 */
const widenedLevel = (dir) => (dir === "request" ? "minor" : "major");

/**
 * @param {unknown} v
 * @returns {v is Record<string, any>}
 */
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * JSON with sorted keys, so key order never counts as a change.
 * @param {unknown} value
 */
function canonical(value) {
  return JSON.stringify(value, (_key, v) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

const same = (/** @type {unknown} */ a, /** @type {unknown} */ b) => canonical(a) === canonical(b);
const show = (/** @type {unknown} */ v) => (v === undefined ? "none" : JSON.stringify(v));
const verb = (/** @type {unknown} */ b, /** @type {unknown} */ h) =>
  b === undefined ? "added" : h === undefined ? "removed" : "changed";

/**
 * @param {string[]} a
 * @param {string[]} b
 */
const union = (a, b) => [...new Set([...a, ...b])];
const keysOf = (/** @type {unknown} */ v) => (isObject(v) ? Object.keys(v) : []);

/**
 * The node a local `$ref` points at, or undefined.
 * @param {any} spec
 * @param {string} ref
 */
function pointer(spec, ref) {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .reduce((obj, key) => obj?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
}

/**
 * The local `$ref` of a node, if it has one.
 * @param {unknown} node
 */
function localRef(node) {
  return isObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#/")
    ? /** @type {string} */ (node.$ref)
    : undefined;
}

/**
 * A node with its `$ref` chain followed. OpenAPI 3.1 lets a reference carry siblings (`description`
 * next to `$ref`); they apply on top of the target, the outermost winning.
 * @returns {any}
 * @param {any} spec
 * @param {any} node
 */
function deref(spec, node) {
  /** @type {any[]} */
  const layers = [];
  const seen = new Set();
  let current = node;
  for (let ref = localRef(current); ref && !seen.has(ref); ref = localRef(current)) {
    seen.add(ref);
    const { $ref: _ref, ...siblings } = current;
    layers.unshift(siblings);
    current = pointer(spec, ref);
  }
  if (layers.length === 0) return current;
  return Object.assign({}, isObject(current) ? current : {}, ...layers);
}

/** Every local `$ref` under a node. */
function refsIn(/** @type {unknown} */ node, /** @type {Set<string>} */ out = new Set()) {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (isObject(node)) {
    const ref = localRef(node);
    if (ref) out.add(ref);
    for (const value of Object.values(node)) refsIn(value, out);
  }
  return out;
}

/**
 * How a component is named in `where`: schemas by their name (the exported type), others by kind.
 * @param {string} ref
 */
function componentLabel(ref) {
  const parts = ref
    .replace(/^#\/components\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  return parts[0] === "schemas" && parts.length === 2
    ? /** @type {string} */ (parts[1])
    : parts.join("/");
}

/**
 * @param {Loc} loc
 * @param {string} suffix
 * @returns {Loc}
 */
const at = (loc, suffix) => ({ where: loc.where + suffix, full: loc.full + suffix });

const DOC_KEYS = ["description", "summary", "title", "externalDocs"];
const EXAMPLE_KEYS = ["example", "examples"];
const EXACT_KEYS = ["const", "pattern", "format", "contentMediaType", "contentEncoding"];
const UPPER_KEYS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const LOWER_KEYS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const SCHEMA_KEYS = new Set([
  ...DOC_KEYS,
  ...EXAMPLE_KEYS,
  ...EXACT_KEYS,
  ...UPPER_KEYS,
  ...LOWER_KEYS,
  "deprecated",
  "default",
  "type",
  "enum",
  "multipleOf",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "discriminator",
  "not",
]);
// openapi-typescript turns these component kinds into exported types (`components["schemas"][...]`).
const TYPED_COMPONENTS = new Set([
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "pathItems",
]);

/** Kind names of field changes, by direction. */
const FIELD_KINDS = {
  removed: {
    request: "removed-request-field",
    response: "removed-response-field",
    both: "removed-field",
  },
  nowRequired: {
    request: "optional-to-required",
    response: "response-field-now-required",
    both: "optional-to-required",
  },
  nowOptional: {
    request: "required-to-optional",
    response: "response-field-now-optional",
    both: "required-to-optional",
  },
};

/**
 * The operations of a spec, keyed by method and path with template names blanked.
 * @param {any} spec
 */
function operationsOf(spec) {
  const out = [];
  for (const [route, rawItem] of Object.entries(spec?.paths ?? {})) {
    const item = deref(spec, rawItem) ?? {};
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const key = `${method.toUpperCase()} ${route.replace(/\{[^}]*\}/g, "{}")}`;
      out.push({ key, method: method.toUpperCase(), route, op, item });
    }
  }
  return out;
}

/** Walks two versions of a spec and collects classified changes. */
class SpecDiff {
  constructor(/** @type {any} */ base, /** @type {any} */ head) {
    this.base = base;
    this.head = head;
    /** @type {Map<string, Change>} */
    this.changes = new Map();
    /** Components compared in their own name while walking operations. */
    this.entered = new Set();
    /** @type {Map<string, boolean>} */
    this.unchangedMemo = new Map();
  }

  /**
   * Records a change; the same change reached from another operation only adds to `usedBy`.
   * @param {Level} level
   * @param {string} kind
   * @param {Loc} loc
   * @param {string} detail
   */
  emit(level, kind, loc, detail) {
    // Labels end in a space so that a schema path reads `response 200 .data`; none is left at the end.
    const where = loc.where.trimEnd();
    const full = loc.full.trimEnd();
    const key = [level, kind, where, detail].join("\u0000");
    let change = this.changes.get(key);
    if (!change) {
      change = { level, kind, where, detail, usedBy: [] };
      this.changes.set(key, change);
    }
    if (full !== where && !change.usedBy.includes(full)) change.usedBy.push(full);
  }

  /**
   * True when a component and everything it references are the same in both versions.
   * @param {string} ref
   */
  unchanged(ref) {
    const memo = this.unchangedMemo.get(ref);
    if (memo !== undefined) return memo;
    // Walk the whole reference closure: a memo per member would be wrong inside cycles.
    const todo = [ref];
    const seen = new Set(todo);
    let result = true;
    while (todo.length > 0 && result) {
      const r = /** @type {string} */ (todo.pop());
      const b = pointer(this.base, r);
      const h = pointer(this.head, r);
      if (b === undefined || h === undefined || !same(b, h)) result = false;
      else
        for (const next of refsIn(b))
          if (!seen.has(next)) {
            seen.add(next);
            todo.push(next);
          }
    }
    this.unchangedMemo.set(ref, result);
    return result;
  }

  /**
   * Compares two nodes that may be `$ref`s. When both point at the same component, the component is
   * compared in its own name, so a change inside it is one line however many operations reach it;
   * otherwise the resolved nodes are compared where they stand.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   * @param {(b: any, h: any, loc: Loc, ctx: Ctx) => void} compare
   * @param {boolean} [isSchema] whether siblings of the `$ref` are schema keywords
   */
  ref(b, h, loc, ctx, compare, isSchema = false) {
    const bRef = localRef(b);
    const hRef = localRef(h);
    if (bRef && bRef === hRef) {
      const { $ref: _b, ...bSiblings } = b;
      const { $ref: _h, ...hSiblings } = h;
      if (isSchema) this.schema(bSiblings, hSiblings, loc, ctx);
      else this.referenceSiblings(bSiblings, hSiblings, loc);
      if (ctx.stack.has(bRef)) return; // compared further up: a recursive schema
      this.entered.add(bRef);
      if (this.unchanged(bRef)) return;
      ctx.stack.add(bRef);
      compare(
        deref(this.base, pointer(this.base, bRef)),
        deref(this.head, pointer(this.head, bRef)),
        { where: componentLabel(bRef), full: loc.full },
        ctx,
      );
      ctx.stack.delete(bRef);
      return;
    }
    const key = `${bRef ?? "-"}|${hRef ?? "-"}`;
    if ((bRef || hRef) && ctx.stack.has(key)) return;
    ctx.stack.add(key);
    compare(deref(this.base, b), deref(this.head, h), loc, ctx);
    ctx.stack.delete(key);
  }

  /**
   * Siblings of a non-schema `$ref` (summary/description overrides).
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   */
  referenceSiblings(b, h, loc) {
    this.docs(b, h, loc);
    this.rest(b, h, loc, new Set([...DOC_KEYS, ...EXAMPLE_KEYS, "deprecated"]), "reference");
  }

  /**
   * Documentation keywords: patch; deprecation: minor.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   */
  docs(b, h, loc) {
    for (const key of DOC_KEYS) {
      if (!same(b?.[key], h?.[key]))
        this.emit("patch", "changed-description", loc, `${key} ${verb(b?.[key], h?.[key])}`);
    }
    for (const key of EXAMPLE_KEYS) {
      if (!same(b?.[key], h?.[key]))
        this.emit("patch", "changed-examples", loc, `${key} ${verb(b?.[key], h?.[key])}`);
    }
    const was = b?.deprecated === true;
    const is = h?.deprecated === true;
    if (!was && is) this.emit("minor", "deprecated", loc, "now deprecated");
    if (was && !is) this.emit("patch", "undeprecated", loc, "no longer deprecated");
  }

  /**
   * Whatever a comparison did not classify: patch, named, so nothing is dropped silently.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Set<string>} handled
   * @param {string} what
   */
  rest(b, h, loc, handled, what) {
    for (const key of union(keysOf(b), keysOf(h))) {
      if (handled.has(key) || same(b?.[key], h?.[key])) continue;
      this.emit(
        "patch",
        "unclassified",
        loc,
        `${what} keyword "${key}" ${verb(b?.[key], h?.[key])} (not classified: check by hand)`,
      );
    }
  }

  // ---- whole spec ----------------------------------------------------------------------------

  run() {
    this.operations();
    this.pathItems();
    this.top();
    this.components();
    const changes = [...this.changes.values()].sort(
      (x, y) => LEVELS.indexOf(y.level) - LEVELS.indexOf(x.level),
    );
    /** @type {Level} */
    let level = "none";
    for (const c of changes) level = maxLevel(level, c.level);
    return { level, changes };
  }

  operations() {
    const baseOps = operationsOf(this.base);
    const headOps = operationsOf(this.head);
    const headByKey = new Map(headOps.map((o) => [o.key, o]));
    const matched = new Set();
    /** @type {typeof baseOps} */
    const unmatched = [];
    for (const b of baseOps) {
      const h = headByKey.get(b.key);
      if (h) {
        matched.add(h);
        this.operation(b, h);
      } else unmatched.push(b);
    }
    for (const b of unmatched) {
      const loc = { where: `${b.method} ${b.route}`, full: `${b.method} ${b.route}` };
      const id = b.op.operationId;
      const h = id ? headOps.find((o) => !matched.has(o) && o.op.operationId === id) : undefined;
      if (h) {
        matched.add(h);
        this.emit(
          "major",
          "moved-operation",
          loc,
          `${id} moved from ${b.method} ${b.route} to ${h.method} ${h.route}`,
        );
        this.operation(b, h);
      } else {
        this.emit("major", "removed-operation", loc, `operation ${id ?? b.key} removed`);
      }
    }
    for (const h of headOps) {
      if (matched.has(h)) continue;
      const loc = { where: `${h.method} ${h.route}`, full: `${h.method} ${h.route}` };
      this.emit("minor", "new-operation", loc, `new operation ${h.op.operationId ?? h.key}`);
    }
  }

  /**
   * @param {ReturnType<typeof operationsOf>[number]} b
   * @param {ReturnType<typeof operationsOf>[number]} h
   */
  operation(b, h) {
    const name = `${h.method} ${h.route}`;
    /** @type {Loc} */
    const loc = { where: name, full: name };
    const bo = b.op;
    const ho = h.op;
    if (b.key === h.key && b.route !== h.route)
      this.emit("major", "changed-path", loc, `path ${b.route} is now ${h.route}`);
    if (bo.operationId !== ho.operationId) {
      const level = bo.operationId === undefined ? "minor" : "major";
      this.emit(
        level,
        "renamed-operationId",
        loc,
        `operationId ${bo.operationId ?? "none"} is now ${ho.operationId ?? "none"}`,
      );
    }
    this.docs(bo, ho, loc);
    if (!same(bo.tags, ho.tags)) this.emit("patch", "changed-tags", loc, "tags changed");
    this.extensions(bo, ho, loc);
    this.parameters(b, h, loc);
    this.requestBody(bo.requestBody, ho.requestBody, loc);
    this.responses(bo.responses ?? {}, ho.responses ?? {}, loc);
    this.rest(
      bo,
      ho,
      loc,
      new Set([
        ...DOC_KEYS,
        ...EXAMPLE_KEYS,
        "deprecated",
        "operationId",
        "tags",
        "parameters",
        "requestBody",
        "responses",
        "x-cxkit-idempotent",
        "x-cxkit-pagination",
      ]),
      "operation",
    );
  }

  /**
   * The runtime reads these: retries and paging change behaviour, so minor (losing paging: major).
   * @param {any} bo
   * @param {any} ho
   * @param {Loc} loc
   */
  extensions(bo, ho, loc) {
    const bi = bo["x-cxkit-idempotent"];
    const hi = ho["x-cxkit-idempotent"];
    if (!same(bi, hi))
      this.emit(
        "minor",
        "changed-runtime-extension",
        loc,
        `x-cxkit-idempotent ${show(bi)} -> ${show(hi)}`,
      );
    const bp = bo["x-cxkit-pagination"];
    const hp = ho["x-cxkit-pagination"];
    if (same(bp, hp)) return;
    if (hp === undefined)
      this.emit("major", "removed-pagination", loc, "x-cxkit-pagination removed");
    else if (bp === undefined)
      this.emit("minor", "new-pagination", loc, "x-cxkit-pagination added");
    else
      this.emit(
        "minor",
        "changed-runtime-extension",
        loc,
        `x-cxkit-pagination ${canonical(bp)} -> ${canonical(hp)}`,
      );
  }

  /**
   * Path-level and operation-level parameters, by `in` and name (operation-level wins).
   * @param {any} spec
   * @param {any} item
   * @param {any} op
   */
  paramMap(spec, item, op) {
    /** @type {Map<string, any>} */
    const out = new Map();
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = deref(spec, raw);
      if (!isObject(p)) continue;
      out.set(`${p.in} parameter ${p.name}`, raw);
    }
    return out;
  }

  /**
   * @param {ReturnType<typeof operationsOf>[number]} b
   * @param {ReturnType<typeof operationsOf>[number]} h
   * @param {Loc} loc
   */
  parameters(b, h, loc) {
    const bp = this.paramMap(this.base, b.item, b.op);
    const hp = this.paramMap(this.head, h.item, h.op);
    for (const key of union([...bp.keys()], [...hp.keys()])) {
      const where = at(loc, ` ${key} `);
      if (!hp.has(key)) {
        this.emit("major", "removed-parameter", where, `${key} removed`);
      } else if (!bp.has(key)) {
        const p = deref(this.head, hp.get(key));
        if (p.required === true || p.in === "path")
          this.emit("major", "new-required-input", where, `new required ${key}`);
        else this.emit("minor", "new-optional-input", where, `new optional ${key}`);
      } else {
        this.ref(
          bp.get(key),
          hp.get(key),
          where,
          { dir: "request", stack: new Set() },
          (x, y, l, c) => this.parameter(x, y, l, c),
        );
      }
    }
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  parameter(b, h, loc, ctx) {
    this.required(
      b.required === true || b.in === "path",
      h.required === true || h.in === "path",
      loc,
      ctx,
      `${h.in} parameter ${h.name}`,
    );
    this.docs(b, h, loc);
    this.ref(b.schema, h.schema, loc, ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
    this.content(b.content, h.content, loc, ctx);
    this.rest(
      b,
      h,
      loc,
      new Set([
        ...DOC_KEYS,
        ...EXAMPLE_KEYS,
        "deprecated",
        "name",
        "in",
        "required",
        "schema",
        "content",
      ]),
      "parameter",
    );
  }

  /**
   * A required flag on a parameter, header or body.
   * @param {boolean} was
   * @param {boolean} is
   * @param {Loc} loc
   * @param {Ctx} ctx
   * @param {string} what
   */
  required(was, is, loc, ctx, what) {
    if (was === is) return;
    if (is)
      this.emit(
        narrowedLevel(ctx.dir),
        FIELD_KINDS.nowRequired[ctx.dir],
        loc,
        `${what} is now required`,
      );
    else
      this.emit(
        widenedLevel(ctx.dir),
        FIELD_KINDS.nowOptional[ctx.dir],
        loc,
        `${what} is now optional`,
      );
  }

  /**
   * @param {any} bRaw
   * @param {any} hRaw
   * @param {Loc} loc
   */
  requestBody(bRaw, hRaw, loc) {
    if (bRaw === undefined && hRaw === undefined) return;
    const where = at(loc, " request body ");
    if (bRaw === undefined) {
      const h = deref(this.head, hRaw);
      if (h?.required === true)
        this.emit("major", "new-required-input", where, "new required request body");
      else this.emit("minor", "new-optional-input", where, "new optional request body");
      return;
    }
    if (hRaw === undefined) {
      this.emit("major", "removed-request-body", where, "request body removed");
      return;
    }
    this.ref(bRaw, hRaw, where, { dir: "request", stack: new Set() }, (x, y, l, c) =>
      this.body(x, y, l, c),
    );
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  body(b, h, loc, ctx) {
    this.required(b.required === true, h.required === true, loc, ctx, "request body");
    this.docs(b, h, loc);
    this.content(b.content, h.content, loc, ctx);
    this.rest(b, h, loc, new Set([...DOC_KEYS, "required", "content"]), "request body");
  }

  /**
   * Media types of a body, parameter or header; application/json is left out of `where`.
   * @param {any} bc
   * @param {any} hc
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  content(bc, hc, loc, ctx) {
    if (bc === undefined && hc === undefined) return;
    for (const type of union(keysOf(bc), keysOf(hc))) {
      const where = type === "application/json" ? loc : at(loc, `(${type}) `);
      if (!hc?.[type])
        this.emit("major", "removed-media-type", where, `media type ${type} removed`);
      else if (!bc?.[type]) this.emit("minor", "new-media-type", where, `new media type ${type}`);
      else {
        const b = bc[type];
        const h = hc[type];
        this.ref(b.schema, h.schema, where, ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
        for (const key of EXAMPLE_KEYS) {
          if (!same(b[key], h[key]))
            this.emit("patch", "changed-examples", where, `${key} ${verb(b[key], h[key])}`);
        }
        this.rest(b, h, where, new Set(["schema", ...EXAMPLE_KEYS]), "media type");
      }
    }
  }

  /**
   * @param {any} br
   * @param {any} hr
   * @param {Loc} loc
   */
  responses(br, hr, loc) {
    for (const status of union(Object.keys(br), Object.keys(hr))) {
      const where = at(loc, ` response ${status} `);
      if (!(status in hr)) {
        // A success body the client read is gone; a documented error gone still lands on the error path.
        const level = /^[23]/.test(status) ? "major" : "minor";
        this.emit(level, "removed-response-status", where, `response ${status} removed`);
      } else if (!(status in br)) {
        this.emit("minor", "new-response-status", where, `new response ${status}`);
      } else {
        this.ref(
          br[status],
          hr[status],
          where,
          { dir: "response", stack: new Set() },
          (x, y, l, c) => this.response(x, y, l, c),
        );
      }
    }
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  response(b, h, loc, ctx) {
    this.docs(b, h, loc);
    const bh = b.headers ?? {};
    const hh = h.headers ?? {};
    for (const name of union(Object.keys(bh), Object.keys(hh))) {
      const where = at(loc, ` header ${name} `);
      if (!(name in hh))
        this.emit("major", "removed-response-header", where, `header ${name} removed`);
      else if (!(name in bh))
        this.emit("minor", "new-response-header", where, `new header ${name}`);
      else this.ref(bh[name], hh[name], where, ctx, (x, y, l, c) => this.header(x, y, l, c, name));
    }
    if (b.content && !h.content)
      this.emit("major", "removed-response-body", loc, "response body removed");
    else if (!b.content && h.content)
      this.emit("minor", "new-response-body", loc, "new response body");
    else this.content(b.content, h.content, loc, ctx);
    this.rest(b, h, loc, new Set([...DOC_KEYS, "headers", "content"]), "response");
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   * @param {string} name
   */
  header(b, h, loc, ctx, name) {
    this.required(b.required === true, h.required === true, loc, ctx, `header ${name}`);
    this.docs(b, h, loc);
    this.ref(b.schema, h.schema, loc, ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
    this.content(b.content, h.content, loc, ctx);
    this.rest(
      b,
      h,
      loc,
      new Set([...DOC_KEYS, ...EXAMPLE_KEYS, "deprecated", "required", "schema", "content"]),
      "header",
    );
  }

  // ---- schemas ----------------------------------------------------------------------------------

  /**
   * @param {any} bIn
   * @param {any} hIn
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  schema(bIn, hIn, loc, ctx) {
    // An absent schema and `true` accept anything; `false` accepts nothing.
    const b = bIn === false ? { not: {} } : isObject(bIn) ? bIn : {};
    const h = hIn === false ? { not: {} } : isObject(hIn) ? hIn : {};
    this.docs(b, h, loc);
    if (!same(b.default, h.default))
      this.emit(
        "patch",
        "changed-default",
        loc,
        `default ${show(b.default)} -> ${show(h.default)}`,
      );
    this.types(b, h, loc, ctx);
    this.enums(b, h, loc, ctx);
    this.values(b, h, loc, ctx);
    this.properties(b, h, loc, ctx);
    this.additionalProperties(b, h, loc, ctx);
    if (b.items !== undefined || h.items !== undefined)
      this.ref(b.items, h.items, at(loc, "[]"), ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
    this.variants(b, h, loc, ctx);
    const bd = b.discriminator?.propertyName;
    const hd = h.discriminator?.propertyName;
    if (bd !== undefined && hd !== undefined && bd !== hd)
      this.emit("major", "changed-discriminator", loc, `discriminator ${bd} is now ${hd}`);
    else if (bd !== hd)
      this.emit(
        "patch",
        "unclassified",
        loc,
        `discriminator ${verb(bd, hd)} (not classified: check by hand)`,
      );
    if (!same(b.not, h.not))
      this.emit(
        "major",
        "changed-constraint",
        loc,
        `not ${verb(b.not, h.not)}: cannot tell narrower from wider`,
      );
    this.rest(b, h, loc, SCHEMA_KEYS, "schema");
  }

  /**
   * `type`, as a set; `integer` is part of `number`.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  types(b, h, loc, ctx) {
    if (same(b.type, h.type)) return;
    /** @param {unknown} t */
    const set = (t) =>
      t === undefined ? undefined : (Array.isArray(t) ? t : [t]).map(String).sort();
    const bt = set(b.type);
    const ht = set(h.type);
    /** Whether every value of `inner` is one of `outer` (undefined: any type). */
    const covers = (
      /** @type {string[] | undefined} */ outer,
      /** @type {string[] | undefined} */ inner,
    ) =>
      outer === undefined ||
      (inner !== undefined &&
        inner.every((t) => outer.includes(t) || (t === "integer" && outer.includes("number"))));
    const text = (/** @type {string[] | undefined} */ t) => (t ? t.join(" | ") : "any");
    const detail = `type ${text(bt)} -> ${text(ht)}`;
    const narrower = covers(bt, ht);
    const wider = covers(ht, bt);
    if (narrower && wider)
      this.emit("patch", "unclassified", loc, `${detail} (same types, written differently)`);
    else if (narrower) this.emit(narrowedLevel(ctx.dir), "narrowed-type", loc, detail);
    else if (wider) this.emit(widenedLevel(ctx.dir), "widened-type", loc, detail);
    else this.emit("major", "changed-type", loc, detail);
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  enums(b, h, loc, ctx) {
    if (same(b.enum, h.enum)) return;
    const list = (/** @type {unknown[]} */ values) =>
      values.map((v) => JSON.stringify(v)).join(", ");
    if (!Array.isArray(b.enum)) {
      this.emit(
        narrowedLevel(ctx.dir),
        "narrowed-enum",
        loc,
        `now limited to ${list(h.enum ?? [])}`,
      );
      return;
    }
    if (!Array.isArray(h.enum)) {
      this.emit(widenedLevel(ctx.dir), "widened-enum", loc, `no longer limited to ${list(b.enum)}`);
      return;
    }
    const removed = b.enum.filter(
      (/** @type {unknown} */ v) => !h.enum.some((/** @type {unknown} */ w) => same(v, w)),
    );
    const added = h.enum.filter(
      (/** @type {unknown} */ v) => !b.enum.some((/** @type {unknown} */ w) => same(v, w)),
    );
    if (removed.length > 0)
      this.emit(
        narrowedLevel(ctx.dir),
        "narrowed-enum",
        loc,
        `enum value ${list(removed)} removed`,
      );
    if (added.length > 0)
      this.emit(widenedLevel(ctx.dir), "widened-enum", loc, `enum value ${list(added)} added`);
    if (removed.length === 0 && added.length === 0)
      this.emit("patch", "unclassified", loc, "enum values reordered");
  }

  /**
   * Single-value keywords and bounds.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  values(b, h, loc, ctx) {
    /**
     * @param {"narrowed" | "widened" | "changed"} how
     * @param {string} detail
     */
    const report = (how, detail) => {
      if (how === "narrowed") this.emit(narrowedLevel(ctx.dir), "narrowed-constraint", loc, detail);
      else if (how === "widened")
        this.emit(widenedLevel(ctx.dir), "widened-constraint", loc, detail);
      else this.emit("major", "changed-constraint", loc, detail);
    };
    for (const key of EXACT_KEYS) {
      const bv = b[key];
      const hv = h[key];
      if (same(bv, hv)) continue;
      const detail = `${key} ${show(bv)} -> ${show(hv)}`;
      report(bv === undefined ? "narrowed" : hv === undefined ? "widened" : "changed", detail);
    }
    for (const [keys, upper] of /** @type {const} */ ([
      [UPPER_KEYS, true],
      [LOWER_KEYS, false],
    ])) {
      for (const key of keys) {
        const bv = b[key];
        const hv = h[key];
        if (same(bv, hv)) continue;
        const detail = `${key} ${show(bv)} -> ${show(hv)}`;
        if (bv === undefined) report("narrowed", detail);
        else if (hv === undefined) report("widened", detail);
        else if (typeof bv !== "number" || typeof hv !== "number") report("changed", detail);
        else report(upper === hv < bv ? "narrowed" : "widened", detail);
      }
    }
    if (!same(b.multipleOf, h.multipleOf)) {
      const bv = b.multipleOf;
      const hv = h.multipleOf;
      const detail = `multipleOf ${show(bv)} -> ${show(hv)}`;
      if (bv === undefined) report("narrowed", detail);
      else if (hv === undefined) report("widened", detail);
      else if (hv % bv === 0) report("narrowed", detail);
      else if (bv % hv === 0) report("widened", detail);
      else report("changed", detail);
    }
    if ((b.uniqueItems === true) !== (h.uniqueItems === true))
      report(
        h.uniqueItems === true ? "narrowed" : "widened",
        `uniqueItems ${show(b.uniqueItems)} -> ${show(h.uniqueItems)}`,
      );
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  properties(b, h, loc, ctx) {
    const bp = isObject(b.properties) ? b.properties : {};
    const hp = isObject(h.properties) ? h.properties : {};
    const br = new Set(Array.isArray(b.required) ? b.required : []);
    const hr = new Set(Array.isArray(h.required) ? h.required : []);
    const names = union([...Object.keys(bp), ...br], [...Object.keys(hp), ...hr]);
    for (const name of names) {
      const where = at(loc, `.${name}`);
      const inBase = name in bp || br.has(name);
      const inHead = name in hp || hr.has(name);
      if (!inHead) {
        const was = br.has(name) ? "required" : "optional";
        this.emit("major", FIELD_KINDS.removed[ctx.dir], where, `${was} field "${name}" removed`);
      } else if (!inBase) {
        const is = hr.has(name);
        if (ctx.dir === "response")
          this.emit("minor", "new-response-field", where, `new field "${name}"`);
        else if (is)
          this.emit("major", "new-required-input", where, `new required field "${name}"`);
        else
          this.emit(
            "minor",
            ctx.dir === "request" ? "new-optional-input" : "new-field",
            where,
            `new optional field "${name}"`,
          );
      } else {
        this.required(br.has(name), hr.has(name), where, ctx, `field "${name}"`);
        if (name in bp || name in hp)
          this.ref(bp[name], hp[name], where, ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
      }
    }
  }

  /**
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  additionalProperties(b, h, loc, ctx) {
    const bv = b.additionalProperties ?? true;
    const hv = h.additionalProperties ?? true;
    if (same(bv, hv)) {
      if (!same(b.additionalProperties, h.additionalProperties))
        this.emit(
          "patch",
          "unclassified",
          loc,
          "additionalProperties written out or left out (same meaning)",
        );
      return;
    }
    const where = at(loc, "{*}");
    if (bv === false || hv === false) {
      const detail = `additionalProperties ${canonical(bv)} -> ${canonical(hv)}`;
      if (hv === false) this.emit(narrowedLevel(ctx.dir), "narrowed-constraint", loc, detail);
      else this.emit(widenedLevel(ctx.dir), "widened-constraint", loc, detail);
      return;
    }
    // `true` is the empty schema, so the schema comparison tells narrower from wider.
    this.ref(
      bv === true ? {} : bv,
      hv === true ? {} : hv,
      where,
      ctx,
      (x, y, l, c) => this.schema(x, y, l, c),
      true,
    );
  }

  /**
   * oneOf/anyOf variants (matched by discriminator value or component), allOf members.
   * @param {any} b
   * @param {any} h
   * @param {Loc} loc
   * @param {Ctx} ctx
   */
  variants(b, h, loc, ctx) {
    for (const kw of ["oneOf", "anyOf", "allOf"]) {
      if (b[kw] === undefined && h[kw] === undefined) continue;
      if (!Array.isArray(b[kw]) || !Array.isArray(h[kw])) {
        // A union or intersection added to a schema only adds constraints; removed, it lifts them.
        if (b[kw] === undefined)
          this.emit(narrowedLevel(ctx.dir), "narrowed-constraint", loc, `${kw} added`);
        else this.emit(widenedLevel(ctx.dir), "widened-constraint", loc, `${kw} removed`);
        continue;
      }
      const bm = this.variantMap(this.base, b, kw);
      const hm = this.variantMap(this.head, h, kw);
      const all = kw === "allOf";
      for (const key of bm.keys()) {
        if (hm.has(key)) continue;
        if (all)
          this.emit(
            widenedLevel(ctx.dir),
            "widened-constraint",
            loc,
            `allOf member ${key} removed`,
          );
        else
          this.emit(narrowedLevel(ctx.dir), "removed-variant", loc, `${kw} variant ${key} removed`);
      }
      for (const key of hm.keys()) {
        if (bm.has(key)) continue;
        if (all)
          this.emit(
            narrowedLevel(ctx.dir),
            "narrowed-constraint",
            loc,
            `allOf member ${key} added`,
          );
        else this.emit(widenedLevel(ctx.dir), "new-variant", loc, `new ${kw} variant ${key}`);
      }
      for (const [key, node] of bm) {
        if (!hm.has(key)) continue;
        const where = at(loc, all ? `<allOf ${key}>` : `<${key}>`);
        this.ref(node, hm.get(key), where, ctx, (x, y, l, c) => this.schema(x, y, l, c), true);
      }
    }
  }

  /**
   * Variants by the name the wire uses (discriminator mapping or const), else component name, else index.
   * @param {any} spec
   * @param {any} schema
   * @param {string} kw
   */
  variantMap(spec, schema, kw) {
    const mapping = schema.discriminator?.mapping ?? {};
    const byRef = new Map(Object.entries(mapping).map(([name, ref]) => [ref, name]));
    const prop = schema.discriminator?.propertyName;
    /** @type {Map<string, any>} */
    const out = new Map();
    schema[kw].forEach((/** @type {any} */ member, /** @type {number} */ i) => {
      const ref = localRef(member);
      let key = ref ? byRef.get(ref) : undefined;
      if (key === undefined && prop) {
        const value = deref(spec, deref(spec, member)?.properties?.[prop])?.const;
        if (value !== undefined) key = String(value);
      }
      if (key === undefined && ref) key = componentLabel(ref);
      if (key === undefined || out.has(key)) key = `#${i}`;
      out.set(key, member);
    });
    return out;
  }

  // ---- outside operations -------------------------------------------------------------------

  /** Summary and description of path items (per path, not per operation). */
  pathItems() {
    const bp = this.base.paths ?? {};
    const hp = this.head.paths ?? {};
    for (const route of Object.keys(bp)) {
      if (!(route in hp)) continue;
      const b = deref(this.base, bp[route]) ?? {};
      const h = deref(this.head, hp[route]) ?? {};
      const loc = { where: route, full: route };
      this.docs(b, h, loc);
      this.rest(b, h, loc, new Set([...DOC_KEYS, ...METHODS, "parameters"]), "path item");
    }
  }

  top() {
    const b = this.base;
    const h = this.head;
    const info = { where: "info", full: "info" };
    this.docs(b.info ?? {}, h.info ?? {}, info);
    if (!same(b.info?.version, h.info?.version))
      this.emit(
        "patch",
        "changed-info",
        info,
        `info.version ${show(b.info?.version)} -> ${show(h.info?.version)}`,
      );
    for (const key of ["contact", "license", "termsOfService"]) {
      if (!same(b.info?.[key], h.info?.[key]))
        this.emit(
          "patch",
          "changed-description",
          info,
          `info.${key} ${verb(b.info?.[key], h.info?.[key])}`,
        );
    }
    this.rest(
      b.info,
      h.info,
      info,
      new Set([...DOC_KEYS, "version", "contact", "license", "termsOfService"]),
      "info",
    );
    this.servers(b.servers ?? [], h.servers ?? []);
    const top = { where: "spec", full: "spec" };
    if (!same(b.tags, h.tags)) this.emit("patch", "changed-tags", top, "tags changed");
    if (!same(b.externalDocs, h.externalDocs))
      this.emit(
        "patch",
        "changed-description",
        top,
        `externalDocs ${verb(b.externalDocs, h.externalDocs)}`,
      );
    this.rest(
      b,
      h,
      top,
      new Set(["info", "servers", "paths", "components", "tags", "externalDocs"]),
      "spec",
    );
  }

  /**
   * The generated client defaults to the first server and takes its variables as options.
   * @param {any[]} bList
   * @param {any[]} hList
   */
  servers(bList, hList) {
    const loc = { where: "servers", full: "servers" };
    const b0 = bList[0] ?? {};
    const h0 = hList[0] ?? {};
    if (b0.url !== h0.url)
      this.emit(
        "minor",
        "changed-server",
        loc,
        `default server ${show(b0.url)} -> ${show(h0.url)}`,
      );
    const bv = b0.variables ?? {};
    const hv = h0.variables ?? {};
    for (const name of union(Object.keys(bv), Object.keys(hv))) {
      if (!(name in hv))
        this.emit("major", "removed-server-variable", loc, `server variable "${name}" removed`);
      else if (!(name in bv))
        this.emit("minor", "new-server-variable", loc, `new server variable "${name}"`);
      else if (!same(bv[name], hv[name]))
        this.emit("minor", "changed-server", loc, `server variable "${name}" changed`);
    }
    const { url: _bu, variables: _bv, ...bRest } = b0;
    const { url: _hu, variables: _hv, ...hRest } = h0;
    if (!same(bRest, hRest) || !same(bList.slice(1), hList.slice(1)))
      this.emit(
        "patch",
        "changed-description",
        loc,
        "servers described differently or other servers changed",
      );
  }

  /** Components added or removed, and changed ones no operation reached. */
  components() {
    const bc = this.base.components ?? {};
    const hc = this.head.components ?? {};
    for (const type of union(Object.keys(bc), Object.keys(hc))) {
      for (const name of union(keysOf(bc[type]), keysOf(hc[type]))) {
        const ref = `#/components/${type}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        const label = componentLabel(ref);
        /** @type {Loc} */
        const loc = { where: label, full: label };
        const b = bc[type]?.[name];
        const h = hc[type]?.[name];
        if (h === undefined || b === undefined) {
          if (TYPED_COMPONENTS.has(type)) {
            if (h === undefined)
              this.emit(
                "major",
                "removed-component",
                loc,
                `components.${type}.${name} removed (an exported type)`,
              );
            else this.emit("minor", "new-component", loc, `new components.${type}.${name}`);
          } else {
            const kind = type === "examples" ? "changed-examples" : "unclassified";
            this.emit("patch", kind, loc, `components.${type}.${name} ${verb(b, h)}`);
          }
          continue;
        }
        if (this.entered.has(ref) || this.unchanged(ref)) continue;
        this.entered.add(ref);
        const B = deref(this.base, b);
        const H = deref(this.head, h);
        /**
         * @param {Direction} dir
         * @returns {Ctx}
         */
        const ctx = (dir) => ({ dir, stack: new Set([ref]) });
        if (type === "schemas") this.schema(B, H, loc, ctx("both"));
        else if (type === "parameters") this.parameter(B, H, loc, ctx("request"));
        else if (type === "requestBodies") this.body(B, H, loc, ctx("request"));
        else if (type === "responses") this.response(B, H, loc, ctx("response"));
        else if (type === "headers") this.header(B, H, loc, ctx("response"), name);
        else if (type === "examples")
          this.emit("patch", "changed-examples", loc, `components.${type}.${name} changed`);
        else
          this.emit(
            "patch",
            "unclassified",
            loc,
            `components.${type}.${name} changed (not classified: check by hand)`,
          );
      }
    }
  }
}

/**
 * Classifies every change from `base` to `head` (parsed OpenAPI documents). An undefined base is a new
 * vendor: each operation is a new operation.
 * @param {any} base
 * @param {any} head
 * @returns {{ level: Level, changes: Change[] }}
 */
export function diffSpecs(base, head) {
  if (base === undefined || base === null) {
    /** @type {Change[]} */
    const changes = operationsOf(head).map((o) => ({
      level: "minor",
      kind: "new-operation",
      where: `${o.method} ${o.route}`,
      detail: `new operation ${o.op.operationId ?? o.key}`,
      usedBy: [],
    }));
    return { level: changes.length > 0 ? "minor" : "none", changes };
  }
  return new SpecDiff(base, head ?? {}).run();
}

/**
 * The tag of the last published version of a package: the highest `<packageName>@<semver>` among
 * `tags`, or undefined.
 * @param {string} packageName
 * @param {string[]} tags
 * @returns {string | undefined}
 */
export function pickBaseTag(packageName, tags) {
  const prefix = `${packageName}@`;
  const parsed = [];
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
      tag.slice(prefix.length),
    );
    if (m) parsed.push({ tag, nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] });
  }
  /** semver precedence: numbers, then a release above its prereleases, then prerelease identifiers. */
  parsed.sort((x, y) => {
    for (let i = 0; i < 3; i++)
      if (x.nums[i] !== y.nums[i])
        return /** @type {number} */ (x.nums[i]) - /** @type {number} */ (y.nums[i]);
    if (x.pre === y.pre) return 0;
    if (x.pre === undefined) return 1;
    if (y.pre === undefined) return -1;
    const xs = x.pre.split(".");
    const ys = y.pre.split(".");
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const a = xs[i];
      const c = ys[i];
      if (a === undefined) return -1;
      if (c === undefined) return 1;
      if (a === c) continue;
      const an = /^\d+$/.test(a);
      const cn = /^\d+$/.test(c);
      if (an && cn) return Number(a) - Number(c);
      if (an) return -1;
      if (cn) return 1;
      return a < c ? -1 : 1;
    }
    return 0;
  });
  return parsed.at(-1)?.tag;
}

/**
 * The operations (method + path) a component change reaches, at most three then a count.
 * @param {Change} change
 * @param {(op: string) => string} [quote]
 */
function operationsUsing(change, quote = (op) => op) {
  const ops = [...new Set(change.usedBy.map((p) => p.split(" ").slice(0, 2).join(" ")))];
  if (ops.length === 0) return "";
  const more = ops.length > 3 ? `, +${ops.length - 3} more` : "";
  return `used by ${ops.slice(0, 3).map(quote).join(", ")}${more}`;
}

/**
 * The human-readable report: changes grouped by level, then `<vendor>: <level> (N changes)`.
 * @param {string} vendor
 * @param {{ level: Level, changes: Change[] }} result
 * @param {string} [against] what the spec was compared with
 */
export function formatText(vendor, result, against) {
  const lines = [];
  if (against) lines.push(`${vendor}: compared with ${against}`);
  for (const level of ["major", "minor", "patch"]) {
    const group = result.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    lines.push(`${level}:`);
    for (const c of group) {
      const used = operationsUsing(c);
      lines.push(`  - [${c.kind}] ${c.where}: ${c.detail}${used ? ` (${used})` : ""}`);
    }
  }
  const n = result.changes.length;
  lines.push(`${vendor}: ${result.level} (${n} change${n === 1 ? "" : "s"})`);
  return lines.join("\n");
}

/**
 * A changeset for the vendor's package: frontmatter with the level, the changes as its text.
 * @param {string} packageName
 * @param {string} vendor
 * @param {{ level: Level, changes: Change[] }} result
 */
export function changesetText(packageName, vendor, result) {
  // The title counts by level; no git ref in it, since "HEAD" means nothing once committed.
  const counts = ["major", "minor", "patch"]
    .map((level) => [level, result.changes.filter((c) => c.level === level).length])
    .filter(([, n]) => n)
    .map(([level, n]) => `${n} ${level}`)
    .join(", ");
  const lines = [
    "---",
    `${JSON.stringify(packageName)}: ${result.level}`,
    "---",
    "",
    `Spec changes in \`specs/${vendor}/openapi.yaml\` (${counts}):`,
  ];
  for (const level of ["major", "minor", "patch"]) {
    const group = result.changes.filter((c) => c.level === level);
    if (group.length === 0) continue;
    lines.push("", `${level[0]?.toUpperCase()}${level.slice(1)}:`, "");
    for (const c of group) {
      const used = operationsUsing(c, (op) => `\`${op}\``);
      // Details quote spec text (patterns, enum values): escaped so Markdown shows it as written.
      const detail = c.detail.replace(/[\\`*_[\]<]/g, "\\$&");
      lines.push(`- \`${c.where}\`: ${detail} (${c.kind}${used ? `; ${used}` : ""})`);
    }
  }
  return `${lines.join("\n")}\n`;
}

class UsageError extends Error {}

const USAGE =
  "usage: node scripts/spec-diff.mjs <vendor> [--base <git-ref> | --base-file <path>] [--head-file <path>] [--json] [--changeset [--changeset-dir <dir>]]";

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ vendor?: string, base?: string, baseFile?: string, headFile?: string, json: boolean, changeset: boolean, changesetDir?: string, help: boolean }} */
  const opts = { json: false, changeset: false, help: false };
  const valued = {
    "--base": "base",
    "--base-file": "baseFile",
    "--head-file": "headFile",
    "--changeset-dir": "changesetDir",
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = /** @type {string} */ (argv[i]);
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const arg = eq > 0 ? raw.slice(0, eq) : raw;
    if (arg in valued) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (!value || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      /** @type {any} */ (opts)[valued[/** @type {keyof typeof valued} */ (arg)]] = value;
    } else if (eq > 0) throw new UsageError(`${arg} takes no value`);
    else if (arg === "--json") opts.json = true;
    else if (arg === "--changeset") opts.changeset = true;
    else if (arg === "--help" || arg === "-h") opts.help = true;
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (opts.vendor !== undefined)
      throw new UsageError(`unexpected argument ${arg} (vendor is ${opts.vendor})`);
    else opts.vendor = arg;
  }
  if (opts.help) return opts;
  if (opts.base !== undefined && opts.baseFile !== undefined)
    throw new UsageError("--base and --base-file: give one of them");
  if (opts.changesetDir !== undefined && !opts.changeset)
    throw new UsageError("--changeset-dir is only used with --changeset");
  if (opts.vendor === undefined && !(opts.baseFile && opts.headFile))
    throw new UsageError("<vendor> is missing (or give both --base-file and --head-file)");
  if (opts.vendor === undefined && opts.changeset)
    throw new UsageError("--changeset needs a <vendor>: its package gets the changeset");
  if (
    opts.vendor !== undefined &&
    (!/^[a-z0-9][a-z0-9-]*$/.test(opts.vendor) ||
      !existsSync(path.join(root, "specs", opts.vendor, "cxkit.json")))
  )
    throw new UsageError(`unknown vendor "${opts.vendor}": no specs/${opts.vendor}/cxkit.json`);
  return opts;
}

/**
 * A path given on the command line. `npm run` starts scripts in the repository root, so relative
 * paths are taken from where npm was run (INIT_CWD).
 * @param {string} p
 */
const fromUser = (p) => path.resolve(process.env["INIT_CWD"] ?? process.cwd(), p);

/**
 * A spec file named on the command line; a missing or unreadable one is a usage error.
 * @param {string} file
 * @param {string} flag
 */
function readSpecFile(file, flag) {
  if (!existsSync(fromUser(file))) throw new UsageError(`${flag} ${file}: no such file`);
  try {
    return YAML.parse(readFileSync(fromUser(file), "utf8"));
  } catch (error) {
    throw new UsageError(
      `${flag} ${file}: not YAML (${error instanceof Error ? error.message : error})`,
    );
  }
}

/**
 * Runs git in the repository; undefined when it fails.
 * @param {string[]} args
 */
function git(args) {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20,
    });
  } catch {
    return undefined;
  }
}

/**
 * The base spec: from a file, or from git at `ref` (default: the last published tag, else HEAD).
 * @param {ReturnType<typeof parseArgs>} opts
 * @param {string | undefined} packageName
 * @returns {{ spec: any, against: string }}
 */
function loadBase(opts, packageName) {
  if (opts.baseFile)
    return { spec: readSpecFile(opts.baseFile, "--base-file"), against: opts.baseFile };
  const vendor = /** @type {string} */ (opts.vendor);
  let ref = opts.base;
  if (ref === undefined) {
    const tags = (git(["tag", "--list", `${packageName}@*`]) ?? "").split("\n").filter(Boolean);
    ref = pickBaseTag(/** @type {string} */ (packageName), tags) ?? "HEAD";
  }
  const commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!commit) {
    if (opts.base !== undefined)
      throw new UsageError(`--base ${ref}: not a commit in this repository`);
    return { spec: undefined, against: `${ref} (no commits yet: new vendor)` };
  }
  const file = `specs/${vendor}/openapi.yaml`;
  if (git(["cat-file", "-e", `${commit}:${file}`]) === undefined)
    return { spec: undefined, against: `${ref} (no ${file} there: new vendor)` };
  return {
    spec: YAML.parse(/** @type {string} */ (git(["show", `${commit}:${file}`]))),
    against: ref,
  };
}

/** @param {string[]} argv */
async function main(argv) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const vendor = opts.vendor;
  const packageName = vendor
    ? /** @type {string} */ (
        JSON.parse(readFileSync(path.join(root, "specs", vendor, "cxkit.json"), "utf8")).packageName
      )
    : undefined;
  const headFile =
    opts.headFile ?? path.join(root, "specs", /** @type {string} */ (vendor), "openapi.yaml");
  const head = readSpecFile(headFile, opts.headFile ? "--head-file" : "<vendor>");
  const base = loadBase(opts, packageName);
  const result = diffSpecs(base.spec, head);
  const name = vendor ?? "spec";
  if (opts.json) {
    console.log(
      JSON.stringify(
        { vendor: name, base: base.against, level: result.level, changes: result.changes },
        null,
        2,
      ),
    );
  } else {
    console.log(formatText(name, result, base.against));
  }
  if (!opts.changeset) return;
  // With --json, stdout stays pure JSON.
  const say = opts.json ? console.error : console.log;
  if (result.level === "none") {
    say(`${name}: no changes, no changeset written`);
    return;
  }
  const dir = opts.changesetDir ? fromUser(opts.changesetDir) : path.join(root, ".changeset");
  // Named after the changes, so running again for the same edit rewrites the same file.
  const hash = createHash("sha256").update(canonical(result)).digest("hex").slice(0, 8);
  const file = path.join(dir, `${name}-spec-${hash}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, changesetText(/** @type {string} */ (packageName), name, result));
  const shown = path.relative(process.cwd(), file);
  say(`wrote ${shown.startsWith("..") ? file : shown}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    if (error instanceof UsageError) {
      console.error(`spec-diff: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
