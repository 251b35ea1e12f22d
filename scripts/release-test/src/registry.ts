import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fetchRetry, freePort, sleep } from "./net.js";
import { toolBin, tools } from "./paths.js";

/** A running Verdaccio and what npm needs to publish to it and install from it. */
export interface Registry {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The environment for npm: this registry, a user config holding its token, no provenance. */
  readonly env: NodeJS.ProcessEnv;
  /** Stop Verdaccio. */
  close(): void;
}

/**
 * Start Verdaccio on a loopback port with storage under `dir`, create a user and write the npm config
 * that publishes as that user. The registry has no uplink: nothing is ever fetched from the internet.
 */
export async function startRegistry(dir: string): Promise<Registry> {
  const { child, url } = await startVerdaccio(dir, await freePort());
  try {
    const token = await registryToken(url);
    const npmrc = path.join(dir, "npmrc");
    writeFileSync(npmrc, `registry=${url}/\n${url.replace(/^http:/, "")}/:_authToken=${token}\n`);
    const env = {
      ...process.env,
      NPM_CONFIG_REGISTRY: `${url}/`,
      NPM_CONFIG_USERCONFIG: npmrc,
      npm_config_registry: `${url}/`,
      npm_config_userconfig: npmrc,
      NPM_CONFIG_PROVENANCE: "false",
      TURBO_TELEMETRY_DISABLED: "1",
    };
    return { url, env, close: () => child.kill() };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** The config: anyone may read, the one user may publish, logs only warnings. */
function verdaccioConfig(dir: string): string {
  return `storage: ${path.join(dir, "storage")}
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
`;
}

async function startVerdaccio(
  dir: string,
  port: number,
): Promise<{ child: ChildProcess; url: string }> {
  mkdirSync(path.join(dir, "storage"), { recursive: true });
  const config = path.join(dir, "config.yaml");
  writeFileSync(config, verdaccioConfig(dir));
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
  child.stdout?.on("data", (d: Buffer) => (output += d));
  child.stderr?.on("data", (d: Buffer) => (output += d));
  child.on("exit", (code) => {
    if (code !== null && code !== 0) console.log(`verdaccio exited with ${code}:\n${output}`);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}/-/ping`)).ok) return { child, url };
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  child.kill();
  throw new Error(`verdaccio did not start:\n${output}`);
}

async function registryToken(url: string): Promise<string> {
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
  const body = (await res.json()) as { token?: string };
  if (!body.token) throw new Error(`could not create a registry user: ${JSON.stringify(body)}`);
  return body.token;
}
