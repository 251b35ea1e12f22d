import { execFileSync } from "node:child_process";
import { parseYaml } from "@cxkit-tools/openapi";
import { UsageError } from "./args.js";
import { pickBaseTag } from "./base-tag.js";

/** What a spec is compared with. */
export interface Baseline {
  /** The base spec; undefined when the vendor is new there. */
  spec: unknown;
  /** What was compared with, for the report. */
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

/** The base spec from git at `ref`, or by default the last published tag of the package, else HEAD. */
export function baselineFromGit(req: BaselineRequest): Baseline {
  let ref = req.ref;
  if (ref === undefined) {
    const listed = git(req.root, ["tag", "--list", `${req.packageName}@*`]) ?? "";
    ref = pickBaseTag(req.packageName, listed.split("\n").filter(Boolean)) ?? "HEAD";
  }
  const commit = git(req.root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])?.trim();
  if (!commit) {
    if (req.ref !== undefined)
      throw new UsageError(`--base ${ref}: not a commit in this repository`);
    return { spec: undefined, against: `${ref} (no commits yet: new vendor)` };
  }
  const file = `specs/${req.vendor}/openapi.yaml`;
  if (git(req.root, ["cat-file", "-e", `${commit}:${file}`]) === undefined)
    return { spec: undefined, against: `${ref} (no ${file} there: new vendor)` };
  const text = git(req.root, ["show", `${commit}:${file}`]) ?? "";
  return { spec: parseYaml(text, `${ref}:${file}`), against: ref };
}
