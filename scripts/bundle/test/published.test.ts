import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages");

/** The module specifiers a built file imports or re-exports from. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*"([^"]+)"/g)].map(
    (m) => m[1]!,
  );
}

// A vendor package has two builds. Node, Bun and Deno (package.json's `node` condition) load
// dist/node.js: one module with @cxkit/auth and @cxkit/core copied in, as Node's loader charges
// about as much per module as for 100 kB of code. Bundlers load dist/index.js, which imports
// @cxkit/core/internal, so an app of two vendors bundles the runtime once.
describe.each(["dixa", "klaus", "haptik", "creovai"])("the built @cxkit/%s", (vendor) => {
  const dist = path.join(packages, vendor, "dist");

  it("is a shared build importing @cxkit/core/internal only, and a standalone one importing nothing", () => {
    expect(readdirSync(dist).filter((f) => f.endsWith(".js"))).toEqual(["index.js", "node.js"]);
    expect([...new Set(importsOf(path.join(dist, "index.js")))]).toEqual(["@cxkit/core/internal"]);
    expect(importsOf(path.join(dist, "node.js"))).toEqual([]);
  });

  it("resolves to the standalone build in Node and to the shared one for a bundler", async () => {
    const { stdout } = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `process.stdout.write(import.meta.resolve("@cxkit/${vendor}"))`,
      ],
      { cwd: packages },
    );
    expect(stdout).toBe(pathToFileURL(path.join(dist, "node.js")).href);
    const pkg = JSON.parse(readFileSync(path.join(packages, vendor, "package.json"), "utf8")) as {
      exports: { ".": Record<string, string> };
    };
    expect(Object.entries(pkg.exports["."])).toEqual([
      ["types", "./dist/index.d.ts"],
      ["module", "./dist/index.js"],
      ["node", "./dist/node.js"],
      ["import", "./dist/index.js"],
      ["default", "./dist/index.js"],
    ]);
    // A bundler resolves the shared build, for the browser and for Node alike (a server bundle of two
    // vendors holds one runtime).
    for (const platform of ["browser", "node"] as const) {
      const result = await build({
        stdin: { contents: `export * from "@cxkit/${vendor}";`, resolveDir: packages },
        bundle: true,
        platform,
        format: "esm",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      // Paths relative to the working directory: packages/<name>/dist/<file>.
      const inputs = Object.keys(result.metafile.inputs).map((f) =>
        f.split("/").slice(-3).join("/"),
      );
      expect(inputs.sort(), platform).toEqual([
        "<stdin>",
        "core/dist/internal.js",
        `${vendor}/dist/index.js`,
      ]);
    }
  });

  it("exports the same names from both builds", async () => {
    const [alone, shared] = await Promise.all([
      import(pathToFileURL(path.join(dist, "node.js")).href) as Promise<Record<string, unknown>>,
      import(pathToFileURL(path.join(dist, "index.js")).href) as Promise<Record<string, unknown>>,
    ]);
    expect(Object.keys(alone).sort()).toEqual(Object.keys(shared).sort());
  });
});

// What an app does not call is not in its bundle: a webhook receiver holds no client runtime (the
// state copies of the runtime share is made by calls a bundler must be told are pure).
describe("a webhook-only app, bundled", () => {
  it("holds the webhook code and none of the client's runtime", async () => {
    const result = await build({
      stdin: {
        contents: `import { createDixaWebhookHandler } from "@cxkit/dixa"; export default { fetch: createDixaWebhookHandler({ secretKey: "00", on: {} }) };`,
        resolveDir: packages,
      },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const text = result.outputFiles[0]!.text;
    expect(text).toContain("verifyDixaWebhook");
    for (const absent of ["runtimes@1", "error-contexts@1", "createCxkitClient", "RateLimiter"]) {
      expect(text, absent).not.toContain(absent);
    }
  });
});

describe.each(["core", "auth"])("the built @cxkit/%s", (name) => {
  it("holds its code in dist/internal.js, which its root entry point re-exports", () => {
    const dist = path.join(packages, name, "dist");
    expect(readdirSync(dist).filter((f) => f.endsWith(".js"))).toEqual(["index.js", "internal.js"]);
    expect(importsOf(path.join(dist, "index.js"))).toEqual(["./internal.js"]);
    expect(
      importsOf(path.join(dist, "internal.js")).every((s) => s === "@cxkit/core/internal"),
    ).toBe(true);
  });
});

// `sideEffects: false` true in fact: evaluating a package's modules changes nothing outside them (no
// global, no timer or socket), so a bundler that drops an unused package drops nothing an app relied on.
// Globals are compared by their property descriptors: reading them could load Node's lazy builtins.
const PROBE = `
const own = () => new Map(Object.getOwnPropertyNames(globalThis).map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)]));
const same = (a, b) => a && b && ["value", "get", "set"].every((k) => Object.is(a[k], b[k]));
const before = own();
const resources = process.getActiveResourcesInfo();
await import(process.argv[1]);
await new Promise((resolve) => setTimeout(resolve, 20));
const after = own();
const changed = [...after.keys()].filter((n) => !same(before.get(n), after.get(n)));
// File requests are the loader's own (reading and closing module files), whatever a turn leaves pending.
const started = process.getActiveResourcesInfo().filter((r) => !/^(FSReqCallback|FSReqPromise|CloseReq)$/.test(r));
for (const r of resources) started.splice(started.indexOf(r), 1);
process.stdout.write(JSON.stringify({ changed, started }));
`;

describe.each(["core", "auth", "dixa", "klaus", "haptik", "creovai", "redis-limits", "testing"])(
  "importing @cxkit/%s",
  (name) => {
    it("adds or replaces no global and starts nothing", async () => {
      const { stdout } = await run(
        process.execPath,
        ["--input-type=module", "-e", PROBE, `@cxkit/${name}`],
        { cwd: packages },
      );
      expect(JSON.parse(stdout)).toEqual({ changed: [], started: [] });
    });
  },
);

// @cxkit/auth's code is copied into each vendor package: a TokenProvider made by @cxkit/auth itself
// must still be what the vendor's copy recognises, caches and refreshes after a 401.
const TOKEN_PROBE = `
import http from "node:http";
import { createTokenProvider } from "@cxkit/auth";
import { createKlausClient } from "@cxkit/klaus";
const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.headers.authorization);
  res.writeHead(seen.length === 1 ? 401 : 200, { "content-type": "application/json" });
  res.end(seen.length === 1 ? '{"message":"expired"}' : '{"ok":true}');
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
let issued = 0;
const token = createTokenProvider({ fetchToken: async () => ({ token: "t" + ++issued }) });
const client = createKlausClient({ token, baseUrl: "http://127.0.0.1:" + server.address().port, rateLimit: false });
const data = await client.sendCsatEvent({ path: { connectionId: "c" }, body: { ticket_id: "1", csat: { score: 1 } } });
server.close();
process.stdout.write(JSON.stringify({ data, seen, issued }));
`;

describe("a vendor package with @cxkit/auth copied in", () => {
  it("takes a TokenProvider from @cxkit/auth: sends its token, fetches a new one after a 401", async () => {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", TOKEN_PROBE], {
      cwd: packages,
    });
    expect(JSON.parse(stdout)).toEqual({
      data: { ok: true },
      seen: ["Bearer t1", "Bearer t2"],
      issued: 2,
    });
  });
});

// A Node app importing @cxkit/core besides a vendor package has two copies of the runtime: the one
// in the vendor's dist/node.js and @cxkit/core's own. What the app hands from one to the other must
// work: errors and limiters keep \`instanceof\`, \`paginate\` and \`unwrap\` know the vendor's clients.
const COPIES_PROBE = `
import http from "node:http";
import * as core from "@cxkit/core";
import * as dixa from "@cxkit/dixa";
const server = http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  if (req.url.startsWith("/v1/agents")) {
    const page = new URL(req.url, "http://x").searchParams.get("pageKey");
    const next = page ? undefined : "http://127.0.0.1:" + server.address().port + "/v1/agents?pageKey=p2";
    res.end(JSON.stringify({ data: page ? [{ id: "b" }] : [{ id: "a" }], meta: next ? { next } : {} }));
  } else {
    res.statusCode = 404;
    res.end('{"message":"no such conversation"}');
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = dixa.createDixaClient({ apiKey: "k", baseUrl: "http://127.0.0.1:" + server.address().port, rateLimit: new core.RateLimiter({ requests: 100, perMs: 1000 }) });
const ids = [];
for await (const agent of core.paginate(client, "/v1/agents")) ids.push(agent.id);
const answer = await client.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 1 } } });
let unwrapped;
try { await core.unwrap(answer); } catch (error) { unwrapped = error; }
let thrown;
try { await client.getConversation({ path: { conversationId: 1 } }); } catch (error) { thrown = error; }
server.close();
process.stdout.write(JSON.stringify({
  copies: core.NotFoundError !== dixa.NotFoundError && core.RateLimiter !== dixa.RateLimiter,
  ids,
  unwrapped: [unwrapped instanceof core.NotFoundError, unwrapped instanceof dixa.NotFoundError, unwrapped.message],
  thrown: [thrown instanceof core.NotFoundError, thrown instanceof core.ApiError, thrown instanceof core.CxkitError, thrown instanceof core.RateLimitError],
  limiters: [new core.RateLimiter({ requests: 1, perMs: 1 }) instanceof dixa.RateLimiter, new dixa.RateLimiter({ requests: 1, perMs: 1 }) instanceof core.RateLimiter, {} instanceof core.RateLimiter],
}));
`;

describe("a Node app using @cxkit/core beside a vendor package's standalone build", () => {
  it("passes clients, errors and limiters between the two copies of the runtime", async () => {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", COPIES_PROBE], {
      cwd: packages,
    });
    const result = JSON.parse(stdout) as { unwrapped: [boolean, boolean, string] };
    expect(result).toEqual({
      copies: true,
      ids: ["a", "b"],
      unwrapped: [
        true,
        true,
        expect.stringMatching(/^\[@cxkit\/dixa\] GET http:.* answered 404: no such conversation$/),
      ],
      thrown: [true, true, true, false],
      limiters: [true, true, false],
    });
  });
});

// Where `globalThis` cannot be extended (a locked-down realm), each copy keeps its maps to itself:
// a client still works with the vendor package's own `paginate`.
const LOCKED_PROBE = `
import http from "node:http";
const server = http.createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ data: [{ id: "a" }], meta: {} }));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
// Node's fetch sets a global of its own on its first request: make one before locking.
await (await fetch("http://127.0.0.1:" + server.address().port)).text();
Object.preventExtensions(globalThis);
const dixa = await import("@cxkit/dixa");
const client = dixa.createDixaClient({ apiKey: "k", baseUrl: "http://127.0.0.1:" + server.address().port, rateLimit: false });
const ids = [];
for await (const agent of dixa.paginate(client, "/v1/agents")) ids.push(agent.id);
server.close();
process.stdout.write(JSON.stringify({ ids, extensible: Object.isExtensible(globalThis) }));
`;

describe("a vendor package in a realm whose globalThis cannot be extended", () => {
  it("keeps its client runtime state to its own copy and works", async () => {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", LOCKED_PROBE], {
      cwd: packages,
    });
    expect(JSON.parse(stdout)).toEqual({ ids: ["a"], extensible: false });
  });
});
