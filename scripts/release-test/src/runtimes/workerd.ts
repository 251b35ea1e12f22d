import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundle } from "../bundle.js";
import { runAsync } from "../exec.js";
import { toolBin } from "../paths.js";
import { consumerEnv, type Runtime } from "./runtime.js";

/**
 * Pinned so that the Worker's behaviour changes only when we move it; it must not be newer than the
 * workerd release in release-test/package.json, which refuses dates it does not know.
 */
const COMPATIBILITY_DATE = "2025-09-01";

/**
 * The workerd config: the bundled consumer as a module Worker whose global `fetch()` goes out through
 * the `loopback` network service. workerd's default outbound service ("internet") allows only public
 * addresses, to prevent SSRF, so a call to 127.0.0.1 fails with "connecting to 127.0.0.1:<port> is not
 * allowed"; `allow = ["local"]` admits the loopback range (and nothing else). No `nodejs_compat` flag:
 * the packages must run on plain Workers.
 */
function capnpConfig(baseUrl: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "consumer", worker = .consumer),
    (name = "loopback", network = (allow = ["local"])),
  ],
);

const consumer :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  bindings = [(name = "BASE_URL", text = ${JSON.stringify(baseUrl)})],
  globalOutbound = "loopback",
);
`;
}

/**
 * The consumer on Cloudflare's workerd (the workerd npm binary): bundled with esbuild as wrangler does,
 * then run by `workerd test`, which calls the Worker's `test()` handler and exits non-zero if it threw;
 * console.log goes to stdout. It makes the call and receives the webhooks.
 */
export function workerdRuntime(): Runtime {
  return {
    label: "workerd",
    webhooks: true,
    async run(consumer, server) {
      const dir = path.join(consumer.dir, "workerd");
      mkdirSync(dir, { recursive: true });
      await bundle(consumer.dir, "consumer.worker.mjs", path.join(dir, "worker.mjs"), "workerd");
      writeFileSync(path.join(dir, "config.capnp"), capnpConfig(server.url));
      const { stdout } = await runAsync(toolBin("workerd"), ["test", "config.capnp"], {
        cwd: dir,
        env: consumerEnv(),
        timeout: 60_000,
        encoding: "utf8",
      });
      return { printed: stdout };
    },
  };
}
