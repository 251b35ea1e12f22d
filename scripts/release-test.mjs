#!/usr/bin/env node
// The release test (npm run test:release): run the real release flow against a Verdaccio registry on
// 127.0.0.1, then install every vendor package from it into fresh projects and use it the way our users
// do: type-check a strict consumer (nodenext and bundler resolution), run it as ESM on Node 20, Node 24,
// Bun and Deno and as CommonJS require() on both Nodes, each calling a local HTTP server.
// Nothing here touches the working tree: the release runs in a temporary copy of the repo.
// Prints one line per check and a closing "N passed, N failed"; exits 1 if anything failed.
import { execFile, execFileSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tools = path.join(root, "release-test");
const toolBin = (name) => path.join(tools, "node_modules", ".bin", name);
const keep = process.argv.includes("--keep");

/** What each vendor's consumer does, and what the local server must see and answer. */
const VENDORS = {
  dixa: {
    factory: "createDixaClient",
    typeName: "DixaConversation",
    options: (baseUrl) => ({ apiKey: "release-key", baseUrl }),
    call: `client.GET("/v1/conversations/{conversationId}", { params: { path: { conversationId: 42 } } })`,
    route: "GET /v1/conversations/42",
    auth: { authorization: "release-key" },
    reply: { data: { id: 42, _type: "EmailConversation" } },
  },
  klaus: {
    factory: "createKlausClient",
    typeName: "KlausCsatEvent",
    options: (baseUrl) => ({ token: "release-token", baseUrl }),
    call: `client.POST("/capture/integration/klaus-csat/token/{connectionId}", { params: { path: { connectionId: "c1" } }, body: { ticket_id: "123", csat: { score: 10, comment: "Great service" } } })`,
    route: "POST /capture/integration/klaus-csat/token/c1",
    auth: { authorization: "Bearer release-token" },
    reply: { ok: true },
  },
  haptik: {
    factory: "createHaptikClient",
    typeName: "HaptikChatHistory",
    options: (baseUrl) => ({ token: "release-token", clientId: "release-client", baseUrl }),
    call: `client.GET("/integration/external/v2.0/get_chat_history/", { params: { query: { pxut: "p", conversation_no: 2 } } })`,
    route: "GET /integration/external/v2.0/get_chat_history/?pxut=p&conversation_no=2",
    auth: { authorization: "Bearer release-token", "client-id": "release-client" },
    reply: { chat_text: "user: hi\nbot: hello\n" },
  },
  creovai: {
    factory: "createCreovaiClient",
    typeName: "CreovaiChatCall",
    options: (baseUrl) => ({ token: "release-token", baseUrl }),
    call: `client.POST("/chatCapture/v1", { body: { SessionId: "s1", UtcStart: "2024-01-01T00:00:00Z", UtcEnd: "2024-01-01T00:01:00Z", Contacts: [] } })`,
    route: "POST /chatCapture/v1",
    auth: { authorization: "Bearer release-token" },
    reply: { callId: "bbsnbcbe3" },
  },
};
/** The only packages a vendor package may bring into a production install. */
const ALLOWED_PROD_DEPS = new Set([
  "@cxkit/core",
  "@cxkit/auth",
  "openapi-fetch",
  "openapi-typescript-helpers",
]);

const results = [];
function record(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "pass" : "FAIL"}  ${name}${detail ? `  ${detail}` : ""}`);
}

// The local vendor server lives in this process: consumers must run asynchronously, or the blocked
// event loop could never answer them.
const runAsync = promisify(execFile);

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe", ...options });
}

/** fetch with one retry: Verdaccio may close an idle keep-alive socket just as undici reuses it. */
async function fetchRetry(url, init) {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Copy the repo's files (tracked and untracked-not-ignored) so the release can rewrite them freely. */
function copyRepo(dest) {
  const files = run("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: root })
    .split("\0")
    .filter((f) => f && existsSync(path.join(root, f)));
  for (const file of files) {
    const target = path.join(dest, file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(root, file), target);
  }
}

async function startVerdaccio(dir, port) {
  mkdirSync(path.join(dir, "storage"), { recursive: true });
  const config = path.join(dir, "config.yaml");
  writeFileSync(
    config,
    `storage: ${path.join(dir, "storage")}
auth:
  htpasswd:
    file: ${path.join(dir, "htpasswd")}
    max_users: 10
uplinks: {}
packages:
  "@cxkit/*":
    access: $all
    publish: $authenticated
  "**":
    access: $all
    publish: $authenticated
log: { type: stdout, format: pretty, level: warn }
security:
  api:
    legacy: true
`,
  );
  // Verdaccio 6 needs Node >= 22: run it on the Node 24 binary from the node@24 package.
  const child = spawn(
    toolBin("node"),
    [
      path.join(tools, "node_modules", "verdaccio", "bin", "verdaccio"),
      "--config",
      config,
      "--listen",
      `127.0.0.1:${port}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  child.on("exit", (code) => {
    if (code !== null && code !== 0) console.log(`verdaccio exited with ${code}:\n${output}`);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      const res = await fetch(`${url}/-/ping`);
      if (res.ok) return { child, url };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`verdaccio did not start:\n${output}`);
}

async function registryToken(url) {
  const res = await fetchRetry(`${url}/-/user/org.couchdb.user:cxkit`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "cxkit",
      password: "release-test-password",
      type: "user",
      roles: [],
    }),
  });
  const body = await res.json();
  if (!body.token) throw new Error(`could not create a registry user: ${JSON.stringify(body)}`);
  return body.token;
}

/**
 * The registry has no uplink, so the third-party packages our packages depend on are published to it
 * from the repo's own node_modules (the versions the lockfile pins): the install needs no network.
 */
function seedThirdParty(dir, env) {
  const names = new Set();
  const visit = (manifestPath) => {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (dep.startsWith("@cxkit/") || names.has(dep)) continue;
      names.add(dep);
      visit(path.join(root, "node_modules", dep, "package.json"));
    }
  };
  for (const name of ["core", "auth"]) visit(path.join(root, "packages", name, "package.json"));
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const tarball = run(
      "npm",
      [
        "pack",
        path.join(root, "node_modules", name),
        "--pack-destination",
        dir,
        "--ignore-scripts",
      ],
      { cwd: dir, env },
    )
      .trim()
      .split("\n")
      .at(-1);
    run("npm", ["publish", path.join(dir, tarball), "--ignore-scripts", "--tag", "latest"], {
      cwd: dir,
      env,
    });
  }
  return [...names];
}

/** The local vendor stand-in every consumer calls: checks auth and route, answers the canned reply. */
async function startVendorServer() {
  const seen = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const vendor = req.headers["x-release-vendor"];
      const spec = VENDORS[vendor];
      const route = `${req.method} ${req.url}`;
      const authOk = spec && Object.entries(spec.auth).every(([h, v]) => req.headers[h] === v);
      seen.push({ vendor, route, authOk });
      if (!spec || route !== spec.route || !authOk) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ message: `unexpected ${route} (auth ${authOk ? "ok" : "wrong"})` }),
        );
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(spec.reply));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}`, seen };
}

function consumerSources(vendor, spec) {
  const pkg = `@cxkit/${vendor}`;
  const body = (
    baseUrlExpr,
  ) => `const client = ${spec.factory}({ ...${JSON.stringify(spec.options("BASE"))}, baseUrl: ${baseUrlExpr}, headers: { "x-release-vendor": "${vendor}" } });
const { data, error, response } = await ${spec.call};
if (error !== undefined || response.status !== 200) throw new Error("call failed: " + response.status + " " + JSON.stringify(error));
if (JSON.stringify(data) !== ${JSON.stringify(JSON.stringify(spec.reply))}) throw new Error("unexpected data " + JSON.stringify(data));
console.log("ok ${vendor}");`;
  const ts = `import { ${spec.factory}, type ${spec.typeName}, ApiError } from "${pkg}";

declare const process: { argv: string[] };
const baseUrl: string = process.argv[2] ?? "http://127.0.0.1:1";
export type Checked = ${spec.typeName};
export const errorClass: typeof ApiError = ApiError;
${body("baseUrl")}
`;
  const mjs = `import { ${spec.factory} } from "${pkg}";
const baseUrl = globalThis.Deno ? Deno.args[0] : process.argv[2];
${body("baseUrl")}
`;
  const cjs = `const { ${spec.factory} } = require("${pkg}");
const baseUrl = process.argv[2];
(async () => {
${body("baseUrl")}
})().catch((error) => { console.error(error); process.exit(1); });
`;
  return { ts, mjs, cjs };
}

function tsconfig(resolution) {
  const nodenext = resolution === "nodenext";
  return JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      module: nodenext ? "NodeNext" : "ESNext",
      moduleResolution: nodenext ? "NodeNext" : "Bundler",
      types: [],
      skipLibCheck: false,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
    },
    files: ["consumer.ts"],
  });
}

async function main() {
  if (!existsSync(toolBin("verdaccio"))) {
    console.log("installing release-test tools (npm ci --prefix release-test)");
    run("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund"], { stdio: "inherit" });
  }
  const work = mkdtempSync(path.join(tmpdir(), "cxkit-release-"));
  const repo = path.join(work, "repo");
  let verdaccio;
  let vendorServer;
  try {
    copyRepo(repo);
    run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: repo });

    verdaccio = await startVerdaccio(path.join(work, "verdaccio"), await freePort());
    const token = await registryToken(verdaccio.url);
    const npmrc = path.join(work, "npmrc");
    const host = verdaccio.url.replace(/^http:/, "");
    writeFileSync(npmrc, `registry=${verdaccio.url}/\n${host}/:_authToken=${token}\n`);
    const env = {
      ...process.env,
      NPM_CONFIG_REGISTRY: `${verdaccio.url}/`,
      NPM_CONFIG_USERCONFIG: npmrc,
      npm_config_registry: `${verdaccio.url}/`,
      npm_config_userconfig: npmrc,
      NPM_CONFIG_PROVENANCE: "false",
      TURBO_TELEMETRY_DISABLED: "1",
    };

    const seeded = seedThirdParty(path.join(work, "seed"), env);
    record(
      "third-party dependencies seeded from node_modules",
      seeded.length > 0,
      seeded.join(", "),
    );

    // The release flow itself: changeset version, build, changeset publish.
    try {
      run("npm", ["run", "release"], { cwd: repo, env });
      record("npm run release publishes to the local registry", true);
    } catch (error) {
      record(
        "npm run release publishes to the local registry",
        false,
        `${error.stdout}\n${error.stderr}`,
      );
      throw new Error("release failed");
    }
    const published = {};
    for (const name of ["core", "auth", ...Object.keys(VENDORS)]) {
      const manifest = JSON.parse(
        readFileSync(path.join(repo, "packages", name, "package.json"), "utf8"),
      );
      const res = await fetchRetry(
        `${verdaccio.url}/${encodeURIComponent(`@cxkit/${name}`).replace("%40", "@")}`,
      );
      const doc = res.ok ? await res.json() : {};
      published[name] = doc["dist-tags"]?.latest;
      const changelog = existsSync(path.join(repo, "packages", name, "CHANGELOG.md"))
        ? readFileSync(path.join(repo, "packages", name, "CHANGELOG.md"), "utf8")
        : "";
      record(
        `@cxkit/${name}@${manifest.version} published with a CHANGELOG entry`,
        published[name] === manifest.version && changelog.includes(`## ${manifest.version}`),
        `registry latest: ${published[name]}`,
      );
      if (name !== "core" && manifest.dependencies?.["@cxkit/core"]) {
        const range = manifest.dependencies["@cxkit/core"];
        record(`@cxkit/${name} depends on @cxkit/core ${range}`, range === `^${published.core}`);
      }
    }

    vendorServer = await startVendorServer();
    const tsc = path.join(root, "node_modules", ".bin", "tsc");
    const runtimes = [
      ["node20-esm", process.execPath, ["consumer.mjs"]],
      ["node24-esm", toolBin("node"), ["consumer.mjs"]],
      ["bun-esm", toolBin("bun"), ["consumer.mjs"]],
      [
        "deno-esm",
        toolBin("deno"),
        ["run", "--allow-net", "--allow-read", "--allow-env", "consumer.mjs"],
      ],
      ["node20-cjs", process.execPath, ["consumer.cjs"]],
      ["node24-cjs", toolBin("node"), ["consumer.cjs"]],
    ];
    for (const [vendor, spec] of Object.entries(VENDORS)) {
      const dir = path.join(work, "consumers", vendor);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({ name: `consumer-${vendor}`, private: true, type: "module" }),
      );
      try {
        run("npm", ["install", `@cxkit/${vendor}`, "--no-audit", "--no-fund"], { cwd: dir, env });
        record(`${vendor}  npm install @cxkit/${vendor}`, true);
      } catch (error) {
        record(
          `${vendor}  npm install @cxkit/${vendor}`,
          false,
          `${error.stdout}\n${error.stderr}`,
        );
        continue;
      }
      const tree = JSON.parse(
        run("npm", ["ls", "--all", "--omit=dev", "--json"], { cwd: dir, env }),
      );
      const names = new Set();
      const walk = (deps = {}) => {
        for (const [name, info] of Object.entries(deps)) {
          names.add(name);
          walk(info.dependencies);
        }
      };
      walk(tree.dependencies);
      names.delete(`@cxkit/${vendor}`);
      const extra = [...names].filter((n) => !ALLOWED_PROD_DEPS.has(n));
      record(
        `${vendor}  production dependencies`,
        extra.length === 0,
        [...names].sort().join(", "),
      );

      const sources = consumerSources(vendor, spec);
      writeFileSync(path.join(dir, "consumer.ts"), sources.ts);
      writeFileSync(path.join(dir, "consumer.mjs"), sources.mjs);
      writeFileSync(path.join(dir, "consumer.cjs"), sources.cjs);
      for (const resolution of ["nodenext", "bundler"]) {
        writeFileSync(path.join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution));
        try {
          run(tsc, ["-p", `tsconfig.${resolution}.json`], { cwd: dir });
          record(`${vendor}  tsc strict, moduleResolution ${resolution}`, true);
        } catch (error) {
          record(`${vendor}  tsc strict, moduleResolution ${resolution}`, false, error.stdout);
        }
      }
      for (const [label, cmd, args] of runtimes) {
        try {
          const { stdout: out } = await runAsync(cmd, [...args, vendorServer.url], {
            cwd: dir,
            env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
            timeout: 60_000,
            encoding: "utf8",
          });
          record(`${vendor}  ${label}`, out.includes(`ok ${vendor}`));
        } catch (error) {
          record(
            `${vendor}  ${label}`,
            false,
            `${error.stdout ?? ""}${error.stderr ?? ""}`.trim().slice(0, 2000),
          );
        }
      }
    }
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    record(
      "release test",
      false,
      `${error instanceof Error ? error.stack : String(error)}${cause}`,
    );
  } finally {
    verdaccio?.child.kill();
    vendorServer?.server.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
