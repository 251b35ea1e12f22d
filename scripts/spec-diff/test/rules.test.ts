// RULES is the whole classification policy: every level valid, every fixture's kind a rule, and the
// README's rule table generated from it (stale table: `npm run spec:diff -- --rules-readme`).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  LEVELS,
  levelOf,
  RULES,
  RULES_END,
  RULES_START,
  runCli,
  withRulesTable,
  type Kind,
} from "@cxkit-tools/spec-diff";

const here = path.dirname(fileURLToPath(import.meta.url));
const readme = path.join(here, "..", "README.md");
const fixtures = path.join(here, "fixtures");

describe("RULES", () => {
  it.each(Object.entries(RULES))("%s has a meaning and valid levels", (_kind, rule) => {
    expect(rule.doc.length).toBeGreaterThan(0);
    const levels = typeof rule.level === "string" ? [rule.level] : Object.values(rule.level);
    for (const level of levels) expect(LEVELS.slice(1)).toContain(level);
  });

  it("takes the higher level of a direction-keyed rule for `both`, and needs a case otherwise", () => {
    expect(levelOf("narrowed-enum", "request")).toBe("major");
    expect(levelOf("narrowed-enum", "response")).toBe("minor");
    expect(levelOf("narrowed-enum", "both")).toBe("major");
    expect(levelOf("removed-response-status", "error")).toBe("minor");
    expect(() => levelOf("removed-response-status", "both")).toThrow(/success, error/);
    expect(() => levelOf("narrowed-enum")).toThrow(/request, response/);
    expect(levelOf("removed-operation")).toBe("major");
  });

  it("names only rules in the fixtures' expectations", () => {
    for (const name of readdirSync(fixtures)) {
      const expected = JSON.parse(
        readFileSync(path.join(fixtures, name, "expected.json"), "utf8"),
      ) as { kinds: string[] };
      for (const kind of expected.kinds) expect(Object.keys(RULES), name).toContain(kind as Kind);
    }
  });

  it("is what README.md's rule table says", () => {
    const text = readFileSync(readme, "utf8");
    expect(
      text,
      "scripts/spec-diff/README.md: the rule table is stale; run `npm run spec:diff -- --rules-readme`",
    ).toBe(withRulesTable(text));
  });
});

describe("--rules-readme", () => {
  it("rewrites a stale table between the markers, and leaves the rest as it was", () => {
    const root = mkdtempSync(path.join(tmpdir(), "cxkit-spec-diff-rules-"));
    try {
      const file = path.join(root, "scripts", "spec-diff", "README.md");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `# before\n\n${RULES_START}\n\n| stale |\n\n${RULES_END}\n\nafter\n`);
      const out: string[] = [];
      const io = {
        root,
        cwd: root,
        out: (t: string) => out.push(t),
        err: (t: string) => out.push(t),
      };
      expect(runCli(["--rules-readme"], io)).toBe(0);
      const text = readFileSync(file, "utf8");
      expect(text).toBe(withRulesTable(text));
      expect(text).not.toContain("| stale |");
      expect(text.startsWith("# before\n")).toBe(true);
      expect(text.endsWith(`${RULES_END}\n\nafter\n`)).toBe(true);
      expect(text).toContain("| `removed-operation` ");
      expect(out).toEqual([
        `wrote scripts/spec-diff/README.md (${Object.keys(RULES).length} rules)`,
      ]);

      expect(runCli(["--rules-readme"], io)).toBe(0);
      expect(out.at(-1)).toMatch(/rule table up to date/);
      expect(runCli(["--rules-readme", "dixa"], io)).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
