// The bin as a user runs it: the `cxkit-mock` that `npm ci` links into node_modules/.bin (what
// `npx cxkit-mock dixa` runs in a clone, and `npx -p @cxkit/testing cxkit-mock dixa` elsewhere).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadOperations } from "../src/operations.js";
import { specOf } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, "../../../node_modules/.bin/cxkit-mock");
const built = path.resolve(here, "../dist/cli.js");
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(...args: string[]) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: npm ci links it`);
  if (!existsSync(built)) throw new Error(`${built} is missing: build @cxkit/testing first`);
  const child = spawn(cli, args);
  children.push(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  async function waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    for (let i = 0; i < 500; i++) {
      const match = pattern.exec(out);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${pattern} in stdout:\n${out}\nstderr:\n${err}`);
  }
  return { child, exited, waitFor, output: () => out, errors: () => err };
}

describe("cxkit-mock", () => {
  it("prints the base URL, then each request with its credentials redacted; stops on SIGTERM", async () => {
    const mock = run("dixa", "--port", "0");
    const [, url] = await mock.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    const count = loadOperations(specOf("dixa")).length;
    expect(mock.output()).toMatch(
      new RegExp(`^cxkit-mock: dixa mock \\(${count} operations\\) listening on `),
    );
    const response = await fetch(`${url}/v1/conversations/42/notes`, {
      method: "POST",
      headers: { authorization: "secret-dixa-key", "content-type": "application/json" },
      body: JSON.stringify({ message: "hello" }),
    });
    expect(response.status).toBe(200);
    await mock.waitFor(/POST \/v1\/conversations\/42\/notes -> 200 addInternalNote\n/);
    await mock.waitFor(/body: \{"message":"hello"\}/);
    expect(mock.output()).toContain("authorization: [REDACTED]");
    expect(mock.output()).not.toContain("secret-dixa-key");

    await fetch(`${url}/v1/conversations/abc`, { headers: { authorization: "secret-dixa-key" } });
    await mock.waitFor(
      /GET \/v1\/conversations\/abc -> 400 getConversation {2}invalid: path parameter conversationId/,
    );
    mock.child.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
  });

  it("redacts Haptik's client-id and Creovai's client secret", async () => {
    const haptik = run("haptik");
    const [, haptikUrl] = await haptik.waitFor(/listening on (\S+)\n/);
    await fetch(`${haptikUrl}/mogambo_api/nodes/faq/create/status/t-1/`, {
      headers: { authorization: "Bearer hap-secret", "client-id": "client-secret-id" },
    });
    await haptik.waitFor(/-> 200 getFaqTaskStatus/);
    await haptik.waitFor(/authorization: \[REDACTED\], client-id: \[REDACTED\]/);
    expect(haptik.output()).not.toMatch(/hap-secret|client-secret-id/);

    const creovai = run("creovai");
    const [, creovaiUrl] = await creovai.waitFor(/listening on (\S+)\n/);
    await fetch(`${creovaiUrl}/Token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "me",
        client_secret: "s3cr3t",
      }),
    });
    await creovai.waitFor(/-> 200 getToken/);
    await creovai.waitFor(/"client_secret":"\[REDACTED\]"/);
    expect(creovai.output()).not.toContain("s3cr3t");
  });

  it("--cors answers browsers' preflights", async () => {
    const mock = run("klaus", "--cors");
    const [, url] = await mock.waitFor(/listening on (\S+)\n/);
    const response = await fetch(`${url}/capture/integration/klaus-csat/token/c-1`, {
      method: "OPTIONS",
      headers: { origin: "http://app.test", "access-control-request-method": "POST" },
    });
    expect([response.status, response.headers.get("access-control-allow-origin")]).toEqual([
      204,
      "*",
    ]);
  });

  it.each([
    [["zendesk"], /unknown vendor "zendesk"/],
    [[], /a vendor is required/],
    [["dixa", "--port", "x"], /--port must be a port number/],
    [["dixa", "--verbose"], /Unknown option '--verbose'/],
  ])("refuses %j with usage and exit code 2", async (args, message) => {
    const mock = run(...args);
    expect(await mock.exited).toBe(2);
    expect(mock.errors()).toMatch(message);
    expect(mock.errors()).toContain("usage: cxkit-mock <vendor> [--port N] [--host H]");
  });

  it("prints usage for --help", async () => {
    const mock = run("--help");
    expect(await mock.exited).toBe(0);
    expect(mock.output()).toContain("vendors: creovai, dixa, haptik, klaus");
  });
});

describe("outside vitest", () => {
  it("a plain node script using the kit exits by itself once the mocks are closed", async () => {
    // No test runner, hung and delayed requests in flight at close(): nothing may keep the process up.
    const script = `
      import { mockDixa, mockHaptik } from "@cxkit/testing";
      const dixa = await mockDixa();
      const haptik = await mockHaptik();
      dixa.fault("getConversation", { hang: true });
      dixa.fault("listTags", { delayMs: 60000 });
      const hung = fetch(dixa.url + "/v1/conversations/1", { headers: { authorization: "k" } }).catch(() => "dropped");
      const slow = fetch(dixa.url + "/v1/conversations/1/tags", { headers: { authorization: "k" } }).catch(() => "dropped");
      const ok = await fetch(haptik.url + "/mogambo_api/nodes/faq/create/status/t/", {
        headers: { authorization: "Bearer t", "client-id": "c" },
      });
      while (dixa.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
      await Promise.all([dixa.close(), haptik.close()]);
      console.log(ok.status, await hung, await slow);
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd: path.dirname(cli),
    });
    children.push(child);
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, out).toBe(0);
    expect(out.trim()).toBe("200 dropped dropped");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
