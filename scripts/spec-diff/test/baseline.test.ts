// The default base is the last release tag of the package, and the report says what it compared with:
// the tag, or, explicitly, that there is none and HEAD was used. Runs the CLI on scratch git repos.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type DiffResult } from "@cxkit-tools/spec-diff";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
// Three versions of one spec: B changes A's description, C adds an operation to A.
const A = path.join(fixtures, "no-change", "base.yaml");
const B = path.join(fixtures, "description-only", "head.yaml");
const C = path.join(fixtures, "new-operation", "head.yaml");

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A scratch repository with specs/dixa/cxkit.json (package @cxkit/dixa) and no commit yet. */
function repo(): { root: string; git: (...args: string[]) => void; spec: (file: string) => void } {
  const root = mkdtempSync(path.join(tmpdir(), "cxkit-spec-diff-git-"));
  scratch.push(root);
  mkdirSync(path.join(root, "specs", "dixa"), { recursive: true });
  writeFileSync(
    path.join(root, "specs", "dixa", "cxkit.json"),
    JSON.stringify({ name: "dixa", packageName: "@cxkit/dixa" }),
  );
  // Identity and signing given here: the machine's git config must not matter.
  const git = (...args: string[]): void => {
    execFileSync(
      "git",
      [
        "-c",
        "user.name=spec-diff test",
        "-c",
        "user.email=spec-diff@example.invalid",
        "-c",
        "commit.gpgsign=false",
        "-c",
        "tag.gpgsign=false",
        ...args,
      ],
      { cwd: root, stdio: "ignore" },
    );
  };
  git("init", "-q");
  const spec = (file: string): void =>
    copyFileSync(file, path.join(root, "specs", "dixa", "openapi.yaml"));
  return { root, git, spec };
}

/** Runs the CLI in a scratch repository; resolves with the exit code and what it printed. */
function cli(root: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { root, cwd: root, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const kinds = (stdout: string): string[] =>
  [...new Set((JSON.parse(stdout) as DiffResult).changes.map((c) => c.kind))].sort();

describe("the default base", () => {
  it("is the newest release tag of the package, and the report names it", () => {
    const { root, git, spec } = repo();
    spec(A);
    git("add", ".");
    git("commit", "-q", "-m", "A");
    git("tag", "@cxkit/dixa@1.0.0");
    spec(B);
    git("commit", "-q", "-am", "B");
    git("tag", "@cxkit/dixa@1.2.0");
    git("tag", "@cxkit/dixa@1.10.0-next.0"); // a prerelease of a later version counts as later
    git("tag", "@cxkit/klaus@9.0.0"); // another package's tag does not
    spec(C);
    git("commit", "-q", "-am", "C");

    const text = cli(root, ["dixa"]);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe(
      "dixa: compared against @cxkit/dixa@1.10.0-next.0 (last release tag)",
    );
    git("tag", "-d", "@cxkit/dixa@1.10.0-next.0");

    const { stdout } = cli(root, ["dixa"]);
    expect(stdout.split("\n")[0]).toBe(
      "dixa: compared against @cxkit/dixa@1.2.0 (last release tag)",
    );
    // Against 1.2.0 (B), not HEAD (C: no change) nor 1.0.0 (A: only the new operation).
    const json = cli(root, ["dixa", "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      base: "@cxkit/dixa@1.2.0",
      against: "compared against @cxkit/dixa@1.2.0 (last release tag)",
    });
    expect(kinds(json.stdout)).toEqual(["changed-description", "new-operation"]);
  });

  it("is HEAD when the package has no release tag, and the report says so", () => {
    const { root, git, spec } = repo();
    spec(A);
    git("add", ".");
    git("commit", "-q", "-m", "A");
    git("tag", "@cxkit/klaus@1.0.0");
    spec(C); // not committed: the working tree differs from HEAD

    const { code, stdout } = cli(root, ["dixa"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "dixa: no release tag of @cxkit/dixa: compared with HEAD (the last commit)",
    );
    expect(lines.at(-1)).toBe("dixa: minor (1 change)");
    const json = JSON.parse(cli(root, ["dixa", "--json"]).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ base: "HEAD", level: "minor" });
    expect(json["against"]).toContain("no release tag of @cxkit/dixa");
  });

  it("says a vendor is new when the base has no spec for it, or there is no commit at all", () => {
    const { root, git, spec } = repo();
    spec(A);
    expect(cli(root, ["dixa"]).stdout.split("\n")[0]).toBe(
      "dixa: no release tag of @cxkit/dixa and no commit yet: a new vendor",
    );
    writeFileSync(path.join(root, "README.md"), "scratch\n");
    git("add", "README.md");
    git("commit", "-q", "-m", "no spec yet");
    const { stdout } = cli(root, ["dixa"]);
    expect(stdout.split("\n")[0]).toBe(
      "dixa: no release tag of @cxkit/dixa: compared with HEAD (the last commit), which has no specs/dixa/openapi.yaml: a new vendor",
    );
    expect(stdout).toContain("[new-operation]");
  });

  it("is the ref given with --base, named as such", () => {
    const { root, git, spec } = repo();
    spec(A);
    git("add", ".");
    git("commit", "-q", "-m", "A");
    git("tag", "@cxkit/dixa@1.0.0");
    spec(B);
    git("commit", "-q", "-am", "B");
    const { stdout } = cli(root, ["dixa", "--base", "HEAD"]);
    expect(stdout).toBe("dixa: compared against HEAD (--base)\ndixa: none (0 changes)");
  });
});
