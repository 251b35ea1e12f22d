// spec:drift as `npm run spec:drift` runs it (the built dist/cli.js): exit codes, the reference files
// (nothing unexplained), Dixa's older v1 file (the 20 operations it lacks), --json, paths relative to
// INIT_CWD, a URL, and usage errors.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUpstreamFile, type JsonReport } from "@cxkit-tools/spec-drift";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const script = path.join(root, "scripts", "spec-drift", "dist", "cli.js");
const upstream = (file: string): string => findUpstreamFile(file, root);
const BETA = upstream("dixa-api-beta.openapi.yaml");
const V1 = upstream("dixa-api-v1.openapi.json");
const KLAUS_EXPORT = upstream("klaus-public-export-api.swagger.json");
const KLAUS_IMPORT = upstream("klaus-public-import-api.swagger.json");

/** The operations dixa-api-v1.openapi.json (2025-03) lacks, from ../shared/upstream-specs/README.md. */
const MISSING_FROM_V1 = [
  "updateAgentWorkingChannel",
  "getBusinessHoursScheduleDefinition",
  "getUpcomingBusinessHours",
  "linkConversation",
  "createKnowledgeArticle",
  "uploadKnowledgeArticleAttachments",
  "deleteKnowledgeArticle",
  "patchKnowledgeArticle",
  "deleteKnowledgeArticleParent",
  "moveKnowledgeArticle",
  "publishKnowledgeArticle",
  "patchKnowledgeArticleTranslations",
  "deleteKnowledgeArticleTranslation",
  "publishKnowledgeArticleTranslation",
  "unpublishKnowledgeArticleTranslation",
  "unpublishKnowledgeArticle",
  "getOrganization",
  "searchConversationsWithFilters",
  "deleteTag",
  "deleteTemplate",
];

/** Runs the CLI; resolves with its exit code whether or not it failed. */
async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const options = { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 };
    const { stdout, stderr } = await run("node", [script, ...args], options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

// Each run reads a description of up to half a megabyte: they run side by side.
describe.concurrent("spec:drift", () => {
  it("dixa vs the reference file: nothing unexplained, every exception applied, exit 0", async ({
    expect,
  }) => {
    const { code, stdout } = await cli(["dixa", BETA]);
    expect(stdout).toContain("123 compared, 0 missing upstream, 2 not upstream by design");
    expect(stdout).toMatch(/Known exceptions: (\d+) of \1 applied\./);
    expect(stdout).toContain("No unexplained differences.");
    expect(code).toBe(0);
  });

  it("dixa vs the older v1 file: names the 20 operations it lacks, exit 1", async ({ expect }) => {
    const { code, stdout } = await cli(["dixa", V1]);
    expect(stdout).toContain("103 compared, 20 missing upstream");
    const section = stdout.slice(stdout.indexOf("Missing upstream (20):"));
    const named = section
      .split("\n")
      .slice(1, 21)
      .map((line) => line.trim().split(" ")[0]);
    expect(named.sort()).toEqual([...MISSING_FROM_V1].sort());
    expect(stdout).toMatch(/\d+ unexplained differences in \d+ operations: drift\./);
    expect(code).toBe(1);
  });

  it("--json says the same, with every difference and whether an exception explains it", async ({
    expect,
  }) => {
    const { code, stdout } = await cli(["dixa", V1, "--json"]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.counts).toMatchObject({ compared: 103, missing: 20, notUpstream: 2 });
    const missing = report.operations
      .filter((o) => o.status === "missing")
      .map((o) => o.operationId);
    expect(missing.sort()).toEqual([...MISSING_FROM_V1].sort());
    const explained = report.operations
      .flatMap((o) => o.differences)
      .filter((d) => d.explained !== null);
    expect(explained.length).toBe(report.counts.explained);
    expect(code).toBe(1);
  });

  it("klaus vs its two Swagger files (positional, or --import): nothing unexplained, exit 0", async ({
    expect,
  }) => {
    for (const args of [
      ["klaus", KLAUS_EXPORT, KLAUS_IMPORT],
      ["klaus", "--import", KLAUS_IMPORT, KLAUS_EXPORT],
    ]) {
      const { code, stdout } = await cli(args);
      expect(stdout).toContain(
        "22 compared, 0 missing upstream, 1 not upstream by design (sendCsatEvent)",
      );
      expect(stdout).toContain("No unexplained differences.");
      expect(code).toBe(0);
    }
  });

  it("klaus with the export file given twice: the 4 import operations are missing, exit 1", async ({
    expect,
  }) => {
    const { code, stdout } = await cli(["klaus", KLAUS_EXPORT, KLAUS_EXPORT, "--json"]);
    const report = JSON.parse(stdout) as JsonReport;
    const missing = report.operations.filter((o) => o.status === "missing").map((o) => o.path);
    expect([...new Set(missing)].sort()).toEqual([
      "/api/import/tickets",
      "/api/import/tickets/{ticketExternalId}",
      "/api/import/users",
    ]);
    expect(missing).toHaveLength(4);
    expect(code).toBe(1);
  });

  it("takes relative paths from INIT_CWD (where npm was run)", async ({ expect }) => {
    const from = path.join(root, "packages");
    const relative = [KLAUS_EXPORT, KLAUS_IMPORT].map((file) => path.relative(from, file));
    expect(relative[0]).toMatch(/^\.\.\//);
    const { code } = await cli(["klaus", ...relative], { INIT_CWD: from });
    expect(code).toBe(0);
  });

  // The small Klaus files keep these runs quick; any description is read the same way.
  describe("a URL", () => {
    let server: Server;
    let url = "";
    beforeAll(async () => {
      const text = readFileSync(KLAUS_EXPORT, "utf8");
      server = createServer((req, res) => {
        if (req.url === "/export.json")
          res.writeHead(200, { "content-type": "application/json" }).end(text);
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("is fetched", async ({ expect }) => {
      const { code, stdout } = await cli(["klaus", `${url}/export.json`, KLAUS_IMPORT]);
      expect(stdout).toContain(`export: ${url}/export.json (Swagger 2.0, 18 operations)`);
      expect(code).toBe(0);
    });

    it("that answers 404 is an error naming it, exit 1", async ({ expect }) => {
      const { code, stderr } = await cli(["klaus", `${url}/nope.json`, KLAUS_IMPORT]);
      expect(stderr).toContain(`${url}/nope.json: cannot fetch: HTTP 404`);
      expect(code).toBe(1);
    });
  });

  it.each([
    [[], "<vendor> is missing"],
    [["acme", "x.yaml"], 'unknown vendor "acme"'],
    [["dixa"], "dixa: the <api> description is missing"],
    [["klaus", KLAUS_EXPORT], "klaus: the <import> description is missing (<export> <import>)"],
    [["dixa", BETA, V1], "unexpected argument"],
    [["dixa", "--export", BETA], "unknown option --export (dixa takes --api)"],
    [["dixa", "--api"], "--api needs a description"],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(stderr).toContain(message);
    expect(stderr).toContain("usage: npm run spec:drift");
    expect(code).toBe(2);
  });

  it("a file that does not exist is an error naming it, exit 1", async ({ expect }) => {
    const { code, stderr } = await cli(["klaus", KLAUS_EXPORT, "no/such/file.yaml"]);
    expect(stderr).toContain("no/such/file.yaml: cannot read: ENOENT");
    expect(code).toBe(1);
  });

  it("--help prints the usage with each vendor's descriptions, exit 0", async ({ expect }) => {
    const { code, stdout } = await cli(["--help"]);
    expect(stdout).toContain("klaus <export> <import>");
    expect(stdout).toContain("--import: Zendesk QA Public Import API");
    expect(code).toBe(0);
  });
});
