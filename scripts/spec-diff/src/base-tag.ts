interface TaggedVersion {
  tag: string;
  nums: [number, number, number];
  pre: string | undefined;
}

/** semver precedence of two prerelease strings (`rc.2` < `rc.10`, numeric below alphanumeric). */
function comparePrerelease(x: string, y: string): number {
  const xs = x.split(".");
  const ys = y.split(".");
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
}

/** semver precedence: numbers, then a release above its prereleases, then prerelease identifiers. */
function compareVersions(x: TaggedVersion, y: TaggedVersion): number {
  for (let i = 0; i < 3; i++)
    if (x.nums[i] !== y.nums[i]) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return comparePrerelease(x.pre, y.pre);
}

/**
 * The tag of the last published version of a package: the highest `<packageName>@<semver>` among
 * `tags` (what `changeset publish` tags), or undefined.
 */
export function pickBaseTag(packageName: string, tags: readonly string[]): string | undefined {
  const prefix = `${packageName}@`;
  const parsed: TaggedVersion[] = [];
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
      tag.slice(prefix.length),
    );
    if (m) parsed.push({ tag, nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] });
  }
  return parsed.sort(compareVersions).at(-1)?.tag;
}
