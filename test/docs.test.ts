// The API reference (`npm run docs`) stays usable: schema aliases list their fields, named methods are
// documented with their summaries and linked shapes, what a package re-exports from @cxkit/core has
// one page (core's), `./internal` entries and openapi-typescript's raw interfaces have none, and no
// page is a multi-megabyte wall.
//
// CI builds docs/api (`npm run docs`) before the tests: when docs/api is newer than everything it is
// built from, the test reads it. Otherwise it builds core, auth and dixa into a temporary directory.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The largest page today is Dixa's webhook events interface, about 1.5 MB; before the repo's typedoc
// setup the largest (`components` of @cxkit/dixa) was 9.5 MB.
const MAX_PAGE_BYTES = 2_000_000;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/** Whether `docs/api` was built after the last change to what it is built from. */
function docsApiIsFresh(): boolean {
  const index = path.join(root, "docs/api/index.html");
  if (!existsSync(index)) return false;
  const inputs = [
    path.join(root, "typedoc.config.mjs"),
    path.join(root, "README.md"),
    ...filesUnder(path.join(root, "scripts/typedoc-plugin/src")),
    ...readdirSync(path.join(root, "packages")).flatMap((p) => [
      ...filesUnder(path.join(root, "packages", p, "src")),
      path.join(root, "packages", p, "README.md"),
    ]),
  ].filter((f) => existsSync(f));
  const built = statSync(index).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

let docs = "";
let temporary: string | undefined;

beforeAll(async () => {
  if (docsApiIsFresh()) {
    docs = path.join(root, "docs/api");
    return;
  }
  temporary = mkdtempSync(path.join(os.tmpdir(), "cxkit-docs-"));
  docs = temporary;
  const typedoc = path.join(root, "node_modules/typedoc/bin/typedoc");
  const packages = ["core", "auth", "dixa"].flatMap((p) => ["--entryPoints", `packages/${p}`]);
  await run(process.execPath, [typedoc, ...packages, "--out", docs], { cwd: root });
}, 180_000);

afterAll(() => {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
});

/** Every HTML page, relative to the docs root (`classes/_cxkit_core.CxkitError.html`). */
function pages(): string[] {
  return filesUnder(docs)
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.relative(docs, f).split(path.sep).join("/"));
}

/** Pages of one package, by documented name (`CxkitError` -> `classes/_cxkit_core.CxkitError.html`). */
function pagesOf(packageName: string): Map<string, string[]> {
  const prefix = `${packageName.replace(/[@/-]/g, "_")}.`;
  const byName = new Map<string, string[]>();
  for (const page of pages()) {
    const file = page.split("/").pop() ?? "";
    if (!file.startsWith(prefix)) continue;
    const name = file.slice(prefix.length, -".html".length);
    byName.set(name, [...(byName.get(name) ?? []), page]);
  }
  return byName;
}

function html(page: string): string {
  return readFileSync(path.join(docs, page), "utf8");
}

/** The page's text, tags stripped and whitespace collapsed. */
function text(markup: string): string {
  return markup
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The markup of one member's section on an interface or type page, by its anchor. */
function member(page: string, anchor: string): string {
  const markup = html(page);
  const start = markup.indexOf(`id="${anchor}"`);
  expect(start, `${page} has a member #${anchor}`).toBeGreaterThan(-1);
  const end = markup.indexOf('<section class="tsd-panel tsd-member', start);
  return markup.slice(start, end === -1 ? undefined : end);
}

/** Names a module exports with `export { ... }` / `export type { ... }` (the name it exports them as). */
function exportedNames(source: string, from?: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s+"([^"]+)")?/g)) {
    if (from !== undefined && m[2] !== from) continue;
    for (const spec of (m[1] ?? "").split(",")) {
      const name = spec
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  return names;
}

function source(file: string): string {
  return readFileSync(path.join(root, file), "utf8");
}

describe("the API reference", () => {
  it("documents a schema alias by its fields, not as components[...]", () => {
    const endUser = html("types/_cxkit_dixa.DixaEndUser.html");
    for (const field of ["id", "createdat", "displayname", "email", "externalid", "phonenumber"]) {
      expect(endUser, `DixaEndUser lists ${field}`).toContain(`id="${field}"`);
    }
    const conversation = text(html("types/_cxkit_dixa.DixaConversation.html"));
    expect(conversation).toContain('_type: "ChatConversation"');
    expect(conversation).toContain("requesterId: string");
    expect(text(endUser) + conversation).not.toContain('components["schemas"]');
  });

  it("documents each named method with its summary, params and linked answer", () => {
    const methods = source("packages/dixa/src/generated/methods.ts");
    const summary = /\/\*\*\s*\n\s*\*\s*(.+)\n(?:\s*\*.*\n)*?\s*\*\/\s*\n\s*getConversation\(/.exec(
      methods,
    )?.[1];
    expect(summary).toBeTruthy();
    const page = "interfaces/_cxkit_dixa.DixaMethods.html";
    const getConversation = member(page, "getconversation");
    expect(text(getConversation)).toContain(summary!);
    expect(text(getConversation)).toContain(
      "getConversation( params: { path: { conversationId: number } }",
    );
    expect(text(getConversation)).toContain("Promise<{ data: DixaConversation }>");
    expect(getConversation).toContain('href="../types/_cxkit_dixa.DixaConversation.html"');
    // A method with a body takes `{ body }`, not the whole operation as OperationParams' argument.
    const createConversation = text(member(page, "createconversation"));
    expect(createConversation).toContain("params: { body: DixaNewConversation }");
    expect(createConversation).not.toContain("OperationParams");
  });

  it("documents what a package re-exports from @cxkit/core once, on core's page", () => {
    const core = pagesOf("@cxkit/core");
    const classes = pages().filter((p) => p.startsWith("classes/"));
    const classNames = classes.map((p) => p.replace(/^classes\/_cxkit_[a-z-]+\./, ""));
    expect(new Set(classNames).size, "each class has one page").toBe(classNames.length);
    for (const error of [
      "CxkitError",
      "ApiError",
      "NotFoundError",
      "RateLimitError",
      "NetworkError",
    ]) {
      expect(core.get(error), `${error} is documented by @cxkit/core`).toHaveLength(1);
    }
    const reExported = exportedNames(source("packages/dixa/src/generated/index.ts"), "@cxkit/core");
    expect(reExported).toContain("NotFoundError");
    const dixa = pagesOf("@cxkit/dixa");
    const dixaModule = html("modules/_cxkit_dixa.html");
    for (const name of reExported) {
      expect(dixa.get(name), `@cxkit/dixa has no page of its own for ${name}`).toBeUndefined();
      const [corePage] = core.get(name) ?? [];
      expect(corePage, `@cxkit/core documents ${name}`).toBeDefined();
      expect(dixaModule, `@cxkit/dixa's page links ${name} to core's`).toContain(
        `href="../${corePage}"`,
      );
    }
  });

  it("has no page for an ./internal entry's exports or openapi-typescript's raw interfaces", () => {
    for (const pkg of ["core", "auth"]) {
      const publicNames = new Set(exportedNames(source(`packages/${pkg}/src/index.ts`)));
      const internalOnly = exportedNames(source(`packages/${pkg}/src/internal.ts`)).filter(
        (n) => !publicNames.has(n),
      );
      expect(internalOnly.length).toBeGreaterThan(0);
      const documented = pagesOf(`@cxkit/${pkg}`);
      for (const name of internalOnly) {
        expect(documented.get(name), `@cxkit/${pkg}/internal's ${name}`).toBeUndefined();
      }
    }
    const raw = pages().filter((p) => /\.(paths|components|Operations)\.html$/.test(p));
    expect(raw).toEqual([]);
  });

  it("has no page over 2 MB", () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(50);
    const large = all.filter((p) => statSync(path.join(docs, p)).size > MAX_PAGE_BYTES);
    expect(large).toEqual([]);
  });
});
