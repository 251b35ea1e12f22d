// spec:diff: every fixture pair under fixtures/ classified as its expected.json says,
// the CLI (files, git base, usage errors), a real edit of the Dixa spec, and the changeset it writes.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { diffSpecs, pickBaseTag } from "@cxkit-tools/spec-diff";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
// The built CLI, as `npm run spec:diff` runs it (the root test task builds the workspace first).
const script = path.join(root, "scripts", "spec-diff", "dist", "cli.js");
const fixtures = path.join(here, "fixtures");
const dixaSpec = path.join(root, "specs", "dixa", "openapi.yaml");

type Change = { level: string; kind: string; where: string; detail: string; usedBy: string[] };
type Expected = { level: string; kinds: string[]; changes?: Partial<Change>[] };
type Report = { vendor: string; base: string; level: string; changes: Change[] };

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cxkit-spec-diff-"));
  scratch.push(dir);
  return dir;
}

const readYaml = (file: string): unknown => YAML.parse(readFileSync(file, "utf8"));
const kindsOf = (changes: Change[]) => [...new Set(changes.map((c) => c.kind))].sort();

/** Runs the CLI; resolves with its exit code whether or not it failed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", [script, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** The Dixa spec with the optional `language` field of the ChatConversation variant removed. */
function dixaWithoutChatLanguage(): { file: string; field: string } {
  const spec = readYaml(dixaSpec) as {
    components: {
      schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }>;
    };
  };
  const chat = spec.components.schemas["ChatConversation"];
  if (!chat) throw new Error("specs/dixa: no ChatConversation schema");
  // The field must exist and be optional, or this would test another rule.
  expect(chat.properties).toHaveProperty("language");
  expect(chat.required ?? []).not.toContain("language");
  delete chat.properties["language"];
  const file = path.join(tempDir(), "openapi.yaml");
  writeFileSync(file, YAML.stringify(spec));
  return { file, field: "language" };
}

const fixtureNames = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("fixture pairs", () => {
  it("covers every rule of the issue", () => {
    for (const rule of [
      "removed-operation",
      "renamed-operationId",
      "removed-parameter",
      "renamed-field",
      "new-required-input",
      "optional-to-required",
      "narrowed-type",
      "narrowed-enum-request",
      "new-operation",
      "new-optional-input",
      "new-response-field",
      "widened-enum-request",
      "response-field-removed",
      "description-only",
      "examples-only",
      "ref-change-propagates",
      "no-change",
    ]) {
      expect(fixtureNames).toContain(rule);
    }
  });

  it("covers every construct of specs/README.md (hosts, auth schemes, runtime extensions, webhooks)", () => {
    for (const construct of [
      "operation-server-changed",
      "operation-server-added",
      "operation-level-server-added",
      "operation-server-variable-removed",
      "operation-server-variable-still-declared",
      "operation-security-changed",
      "root-security-changed",
      "security-reordered",
      "idempotent-when-added",
      "idempotent-when-changed",
      "pagination-style-changed",
      "pagination-page-number-changed",
      "pagination-cursor-token-changed",
      "pagination-page-number-removed",
      "webhook-removed",
      "webhook-added",
      "webhook-payload-field-removed",
      "webhook-payload-field-added",
      "webhook-payload-enum-widened",
      "webhook-shared-component-changed",
      "x-cxkit-webhooks-changed",
      "new-vendor-webhooks",
    ]) {
      expect(fixtureNames).toContain(construct);
    }
  });

  it.each(fixtureNames)("%s", (name) => {
    const dir = path.join(fixtures, name);
    // No base.yaml: the vendor is new at the base.
    const base = existsSync(path.join(dir, "base.yaml"))
      ? readYaml(path.join(dir, "base.yaml"))
      : undefined;
    const head = readYaml(path.join(dir, "head.yaml"));
    const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
    const result = diffSpecs(base, head);
    expect(result.level).toBe(expected.level);
    expect(kindsOf(result.changes)).toEqual([...expected.kinds].sort());
    for (const change of expected.changes ?? []) {
      expect(result.changes).toContainEqual(expect.objectContaining(change));
    }
  });
});

describe("diffSpecs", () => {
  it("finds nothing between a spec and itself, for every vendor", () => {
    for (const vendor of ["dixa", "klaus", "haptik", "creovai"]) {
      const spec = readYaml(path.join(root, "specs", vendor, "openapi.yaml"));
      expect(diffSpecs(spec, structuredClone(spec))).toEqual({ level: "none", changes: [] });
    }
  });

  it("reports a change inside a shared component once, with every operation that reaches it", () => {
    const dir = path.join(fixtures, "ref-change-propagates");
    const result = diffSpecs(
      readYaml(path.join(dir, "base.yaml")),
      readYaml(path.join(dir, "head.yaml")),
    );
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.usedBy).toHaveLength(3);
  });
});

describe("pickBaseTag", () => {
  it("takes the highest published version of the package", () => {
    expect(
      pickBaseTag("@cxkit/dixa", [
        "@cxkit/dixa@0.2.0",
        "@cxkit/dixa@0.10.0",
        "@cxkit/dixa@0.10.0-next.1",
        "@cxkit/klaus@9.0.0",
        "@cxkit/dixa@0.9.9",
      ]),
    ).toBe("@cxkit/dixa@0.10.0");
    expect(pickBaseTag("@cxkit/dixa", ["@cxkit/dixa@1.0.0-rc.2", "@cxkit/dixa@1.0.0-rc.10"])).toBe(
      "@cxkit/dixa@1.0.0-rc.10",
    );
  });

  it("has nothing to offer without a tag of the package", () => {
    expect(pickBaseTag("@cxkit/dixa", [])).toBeUndefined();
    expect(pickBaseTag("@cxkit/dixa", ["@cxkit/klaus@0.1.0", "v1.0.0"])).toBeUndefined();
  });
});

describe("CLI", () => {
  it("classifies two files given with --base-file and --head-file (--json)", async () => {
    const dir = path.join(fixtures, "renamed-field");
    const { code, stdout } = await cli([
      "--base-file",
      path.join(dir, "base.yaml"),
      "--head-file",
      path.join(dir, "head.yaml"),
      "--json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.level).toBe("major");
    expect(report.changes.map((c) => [c.level, c.kind, c.where])).toEqual([
      ["major", "removed-request-field", "NewThing.note"],
      ["minor", "new-optional-input", "NewThing.comment"],
    ]);
  });

  it("prints changes grouped by level and ends with `<vendor>: <level> (N changes)`", async () => {
    const dir = path.join(fixtures, "renamed-field");
    const { code, stdout } = await cli([
      "dixa",
      "--base-file",
      path.join(dir, "base.yaml"),
      "--head-file",
      path.join(dir, "head.yaml"),
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.indexOf("major:")).toBeLessThan(lines.indexOf("minor:"));
    expect(lines).toContain(
      '  - [removed-request-field] NewThing.note: optional field "note" removed (used by POST /v1/things)',
    );
    expect(lines.at(-1)).toBe("dixa: major (2 changes)");
  });

  it("reports major for a real edit of the Dixa spec: an optional conversation field removed", async () => {
    const { file, field } = dixaWithoutChatLanguage();
    const { code, stdout } = await cli([
      "dixa",
      "--base-file",
      dixaSpec,
      "--head-file",
      file,
      "--json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.vendor).toBe("dixa");
    expect(report.level).toBe("major");
    expect(report.changes).toHaveLength(1);
    const change = report.changes[0];
    expect(change).toMatchObject({
      level: "major",
      kind: "removed-response-field",
      where: `ChatConversation.${field}`,
      detail: `optional field "${field}" removed`,
    });
    expect(change?.usedBy).toContain(
      `GET /v1/conversations/{conversationId} response 200 .data<ChatConversation>.${field}`,
    );
  });

  it("writes the changeset for @cxkit/dixa with --changeset --changeset-dir", async () => {
    const { file } = dixaWithoutChatLanguage();
    const out = tempDir();
    const { code } = await cli([
      "dixa",
      "--base-file",
      dixaSpec,
      "--head-file",
      file,
      "--changeset",
      "--changeset-dir",
      out,
    ]);
    expect(code).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^dixa-spec-[0-9a-f]{8}\.md$/);
    const text = readFileSync(path.join(out, written[0] ?? ""), "utf8");
    expect(text.startsWith('---\n"@cxkit/dixa": major\n---\n')).toBe(true);
    expect(text).toContain("Spec changes in `specs/dixa/openapi.yaml` (1 major):");
    expect(text).toContain("Major:");
    expect(text).toContain(
      '- `ChatConversation.language`: optional field "language" removed (removed-response-field; used by `GET /v1/conversations/{conversationId}`',
    );
  });

  it("writes no changeset when nothing changed", async () => {
    const out = tempDir();
    const { code, stdout } = await cli([
      "dixa",
      "--base-file",
      dixaSpec,
      "--changeset",
      "--changeset-dir",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("dixa: none (0 changes)");
    expect(stdout).toContain("no changeset written");
    expect(readdirSync(out)).toEqual([]);
  });

  it("compares with HEAD when the package has no published tag, and the working tree with itself is none", async () => {
    const byDefault = await cli(["dixa", "--json"]);
    expect(byDefault.code).toBe(0);
    expect((JSON.parse(byDefault.stdout) as Report).base).toBe("HEAD");

    const itself = await cli(["dixa", "--base-file", dixaSpec, "--json"]);
    expect(itself.code).toBe(0);
    expect(JSON.parse(itself.stdout)).toMatchObject({ vendor: "dixa", level: "none", changes: [] });
  });

  it.each([
    [["dixa", "--bogus"], "--bogus"],
    [["nosuchvendor"], "nosuchvendor"],
    [["dixa", "--base", "no-such-ref-anywhere"], "no-such-ref-anywhere"],
    [["dixa", "--base"], "--base"],
    [["dixa", "--base-file", "/nonexistent/base.yaml"], "/nonexistent/base.yaml"],
    [["dixa", "--base", "HEAD", "--base-file", dixaSpec], "--base-file"],
    [[], "<vendor>"],
  ])("exits 2 on a usage error: %j", async (args, named) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(named);
  });
});
