import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
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

// Importing a vendor package loads two modules (its own, with @cxkit/auth's code copied in, and
// @cxkit/core/internal): Node's loader costs about as much per module as per 100 kB of code.
describe.each(["dixa", "klaus", "haptik", "creovai"])("the built @cxkit/%s", (vendor) => {
  it("is one module that imports @cxkit/core/internal only", () => {
    const dist = path.join(packages, vendor, "dist");
    expect(readdirSync(dist).filter((f) => f.endsWith(".js"))).toEqual(["index.js"]);
    expect([...new Set(importsOf(path.join(dist, "index.js")))]).toEqual(["@cxkit/core/internal"]);
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
