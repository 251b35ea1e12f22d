// The GitHub workflows cannot run here; this keeps them honest: every npm script they call exists,
// and CI runs what .ci/run runs.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<
  string,
  string
>;
const dir = path.join(root, ".github/workflows");
const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml"));

/** npm scripts named in a command line: `npm run x`, `npm test`, `npm run x -- args`. */
function npmScripts(command: string): string[] {
  const names: string[] = [];
  for (const match of command.matchAll(/\bnpm (?:run(?:-script)? ([\w:-]+)|(test|start))\b/g)) {
    names.push(match[1] ?? match[2]!);
  }
  return names;
}

function commands(workflow: any): string[] {
  const out: string[] = [];
  for (const job of Object.values<any>(workflow.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      if (typeof step.run === "string") out.push(step.run);
      for (const value of Object.values(step.with ?? {}))
        if (typeof value === "string") out.push(value);
    }
  }
  return out;
}

describe.each(workflows)(".github/workflows/%s", (file) => {
  const workflow = YAML.parse(readFileSync(path.join(dir, file), "utf8"));

  it("parses and has jobs with steps", () => {
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    expect(commands(workflow).length).toBeGreaterThan(0);
  });

  it("calls only npm scripts that exist", () => {
    const called = commands(workflow).flatMap(npmScripts);
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(scripts, `npm script "${name}"`).toHaveProperty(name);
  });
});

it("ci.yml runs every check .ci/run runs", () => {
  const ci = commands(YAML.parse(readFileSync(path.join(dir, "ci.yml"), "utf8"))).flatMap(
    npmScripts,
  );
  const local = npmScripts(readFileSync(path.join(root, ".ci/run"), "utf8"));
  expect(new Set(ci)).toEqual(new Set(local));
});

it("release.yml publishes with provenance through the changesets action", () => {
  const release = YAML.parse(readFileSync(path.join(dir, "release.yml"), "utf8"));
  const steps = Object.values<any>(release.jobs).flatMap((job) => job.steps);
  const action = steps.find((s) => String(s.uses).startsWith("changesets/action"));
  expect(action.with.publish).toBe("npm run release");
  expect(action.env.NPM_CONFIG_PROVENANCE).toBe("true");
  expect(release.permissions["id-token"]).toBe("write");
});
