import { execFileSync } from "node:child_process";
import { parseYaml } from "@cxkit-tools/openapi";
import { UsageError } from "./args.js";
import { pickBaseTag } from "./base-tag.js";

/** What a spec is compared with. */
export interface Baseline {
  /** The base spec; undefined when the vendor is new there. */
  spec: unknown;
  /** The git ref or file compared with (the JSON report's `base`). */
  ref: string;
  /**
   * What was compared with, as a sentence the report starts with: which tag, or that there is none and
   * HEAD was used instead. Never silent: a diff against the wrong base classifies the wrong change.
   */
  against: string;
}

/** Where the base comes from: a git ref (default: the last release tag), in the repository at `root`. */
export interface BaselineRequest {
  root: string;
  vendor: string;
  packageName: string;
  /** `--base`: a ref the user named. */
  ref?: string;
}

/** Runs git in the repository; undefined when it fails. */
function git(root: string, args: string[]): string | undefined {
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

/** The ref to compare with, and how the report names it. */
function chooseRef(req: BaselineRequest): { ref: string; against: string } {
  if (req.ref !== undefined)
    return { ref: req.ref, against: `compared against ${req.ref} (--base)` };
  const listed = git(req.root, ["tag", "--list", `${req.packageName}@*`]) ?? "";
  const tag = pickBaseTag(req.packageName, listed.split("\n").filter(Boolean));
  if (tag !== undefined) return { ref: tag, against: `compared against ${tag} (last release tag)` };
  return {
    ref: "HEAD",
    against: `no release tag of ${req.packageName}: compared with HEAD (the last commit)`,
  };
}

/**
 * The base spec from git: at `--base`, by default at the newest `<packageName>@<version>` tag (what
 * `changeset publish` tags: the last published version), else at HEAD, which the report then says.
 */
export function baselineFromGit(req: BaselineRequest): Baseline {
  const { ref, against } = chooseRef(req);
  const commit = git(req.root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!commit) {
    if (req.ref !== undefined)
      throw new UsageError(`--base ${ref}: not a commit in this repository`);
    return {
      spec: undefined,
      ref,
      against: `no release tag of ${req.packageName} and no commit yet: a new vendor`,
    };
  }
  const file = `specs/${req.vendor}/openapi.yaml`;
  if (git(req.root, ["cat-file", "-e", `${commit}:${file}`]) === undefined)
    return { spec: undefined, ref, against: `${against}, which has no ${file}: a new vendor` };
  const text = git(req.root, ["show", `${commit}:${file}`]) ?? "";
  return { spec: parseYaml(text, `${ref}:${file}`), ref, against };
}
