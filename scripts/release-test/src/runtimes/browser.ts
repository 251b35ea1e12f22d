import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { bundle } from "../bundle.js";
import type { ChromiumResult } from "../chromium.js";
import { listenOnLoopback } from "../net.js";
import { tools } from "../paths.js";
import { startVendorMock, type TestingKit } from "../testing-kit.js";
import type { Runtime, RunOutput } from "./runtime.js";

// The part of playwright-core's API used here. playwright-core lives in the tools project, which the
// release test installs itself, so its types are not there when this workspace is built.
interface ConsoleMessage {
  type(): string;
  text(): string;
}
interface Page {
  on(event: "console", listener: (message: ConsoleMessage) => void): void;
  on(event: "pageerror", listener: (error: Error) => void): void;
  goto(url: string): Promise<unknown>;
  waitForFunction(
    expression: string,
    arg: undefined,
    options: { timeout: number },
  ): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Browser {
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: {
    launch(options: {
      executablePath: string;
      headless: boolean;
      args: string[];
    }): Promise<Browser>;
  };
}

/** Serves one consumer's page at a time, on its own port: another origin than the API's. */
interface PageServer {
  readonly url: string;
  serve(dir: string): void;
  close(): void;
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>cxkit release test</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="bundle.js"></script></body></html>
`;

const TYPES: Readonly<Record<string, string>> = {
  "/index.html": "text/html",
  "/bundle.js": "text/javascript",
};

async function startPageServer(): Promise<PageServer> {
  let current: string | undefined;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://page").pathname;
    const type = TYPES[pathname];
    if (!current || !type) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(readFileSync(path.join(current, pathname)));
  });
  const url = await listenOnLoopback(server);
  return { url, serve: (dir) => (current = dir), close: () => server.close() };
}

async function launch(chromium: Promise<ChromiumResult>): Promise<Browser> {
  const found = await chromium;
  if (found.error !== undefined) throw new Error(found.error);
  const load = createRequire(path.join(tools, "package.json"));
  const { chromium: launcher } = load("playwright-core") as Playwright;
  // /dev/shm is small in containers. (As root Chromium also needs --no-sandbox: playwright adds it.)
  const args = ["--disable-dev-shm-usage"];
  return launcher.launch({ executablePath: found.path, headless: true, args });
}

/** Open `url` in a fresh context; resolves with the console output once the page says it is done. */
async function runPage(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext();
  const printed: string[] = [];
  try {
    const page = await context.newPage();
    page.on("console", (m) =>
      printed.push(m.type() === "log" ? m.text() : `${m.type()}: ${m.text()}`),
    );
    page.on("pageerror", (error) => printed.push(`page error: ${error.stack ?? error.message}`));
    await page.goto(url);
    await page.waitForFunction("window.releaseDone", undefined, { timeout: 30_000 });
    if ((await page.evaluate("window.releaseDone")) !== "ok") throw new Error("the page failed");
    return printed.join("\n");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${printed.join("\n")}`.trim());
  } finally {
    await context.close();
  }
}

/**
 * The consumer in a real headless browser: Chromium (found or installed by `prepareChromium`) driven
 * by playwright-core with `executablePath`, loading a page that runs the consumer as bundled by esbuild
 * for the browser. The page's origin is not the API's, so every call is a CORS request: to the vendor
 * server, which must see a preflight asking for the credential headers, and to the vendor's mock from
 * @cxkit/testing (`kit`, installed from the registry) started with `cors: true`, which must answer
 * the named call and its 404 across origins. The page also receives the vendor's webhooks. Chromium
 * starts on first use and serves every vendor, each in a fresh context (no shared cache, preflight cache
 * included).
 */
export function browserRuntime(
  chromium: Promise<ChromiumResult>,
  kit: TestingKit | undefined,
): Runtime {
  let started: Promise<{ browser: Browser; pages: PageServer }> | undefined;
  const start = async () => ({ browser: await launch(chromium), pages: await startPageServer() });
  return {
    label: "chromium",
    crossOrigin: true,
    webhooks: true,
    mock: true,
    async run(consumer, server): Promise<RunOutput> {
      started ??= start();
      const { browser, pages } = await started;
      const dir = path.join(consumer.dir, "browser");
      mkdirSync(dir, { recursive: true });
      await bundle(consumer.dir, "consumer.browser.mjs", path.join(dir, "bundle.js"), "browser");
      writeFileSync(path.join(dir, "index.html"), PAGE);
      pages.serve(dir);
      const mock =
        kit && (await startVendorMock(kit, consumer.vendor, consumer.spec, consumer.named));
      try {
        const query = new URLSearchParams({ baseUrl: server.url, mockUrl: mock?.url ?? "" });
        const printed = await runPage(browser, `${pages.url}/index.html?${query}`);
        return { printed, ...(mock ? { mockRequests: [...mock.requests] } : {}) };
      } finally {
        await mock?.close();
      }
    },
    async close() {
      const running = await started?.catch(() => undefined);
      running?.pages.close();
      await running?.browser.close();
    },
  };
}
