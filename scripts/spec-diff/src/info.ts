import { locOf, type DiffContext } from "./diff-context.js";
import { compareDocs, DOC_KEYS } from "./docs.js";
import { member, obj, same, show, verb } from "./json.js";
import { compareUnclassified } from "./unclassified.js";

// Legal and contact details: documentation, a patch.
const INFO_DOC_KEYS = ["contact", "license", "termsOfService"] as const;
const INFO_KEYS = new Set<string>([...DOC_KEYS, ...INFO_DOC_KEYS, "version"]);

/** `info`: documentation and the spec's own version, patches all (the package has its own version). */
export function compareInfo(d: DiffContext): void {
  const b = obj(d.base.info);
  const h = obj(d.head.info);
  const loc = locOf("info");
  compareDocs(d, b, h, loc);
  if (!same(b.version, h.version))
    d.emit("changed-info", loc, `info.version ${show(b.version)} -> ${show(h.version)}`);
  for (const key of INFO_DOC_KEYS) {
    if (!same(b[key], h[key]))
      d.emit("changed-description", loc, `info.${key} ${verb(b[key], h[key])}`);
  }
  compareUnclassified(d, d.base.info, d.head.info, loc, INFO_KEYS, "info");
}

/** The document's own tags and externalDocs. */
export function compareRootDocs(d: DiffContext): void {
  const loc = locOf("spec");
  if (!same(d.base.tags, d.head.tags)) d.emit("changed-tags", loc, "tags changed");
  const bd = member(d.base, "externalDocs");
  const hd = member(d.head, "externalDocs");
  if (!same(bd, hd)) d.emit("changed-description", loc, `externalDocs ${verb(bd, hd)}`);
}
