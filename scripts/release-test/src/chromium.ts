import { spawn } from "node:child_process";
import { accessSync, closeSync, constants, openSync, readFileSync } from "node:fs";
import path from "node:path";

/** The Chromium the browser runtime drives, or why there is none. */
export type ChromiumResult =
  | { readonly path: string; readonly error?: undefined }
  | { readonly path?: undefined; readonly error: string };

/** Binaries tried, in order, on the PATH: Debian's package, Ubuntu's, Google's builds. */
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** The Debian package installed when no browser is found. */
const PACKAGE = "chromium";

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROME_PATH` if set, else the first of {@link NAMES} on the PATH. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (executable(file)) return file;
    }
  }
  return undefined;
}

/** Run a command with its output appended to `log`; resolves with its exit code. */
function logged(cmd: string, args: readonly string[], log: string): Promise<number> {
  const fd = openSync(log, "a");
  // Output goes to a file, not a pipe: the release flow blocks this process's event loop for a minute
  // at a time, and a full pipe would stall apt-get meanwhile.
  const child = spawn(cmd, args, {
    stdio: ["ignore", fd, fd],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  closeSync(fd);
  return new Promise((resolve) => {
    child.on("error", () => resolve(127));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** `apt-get install -y chromium`, after `apt-get update` when the package lists do not know it. */
async function aptInstall(log: string): Promise<ChromiumResult> {
  // Wait for a dpkg lock held by another apt run instead of failing at once.
  const lock = ["-o", "DPkg::Lock::Timeout=300"];
  let code = await logged("apt-get", ["install", "-y", ...lock, PACKAGE], log);
  if (code !== 0) {
    code = await logged("apt-get", ["update", ...lock], log);
    if (code === 0) code = await logged("apt-get", ["install", "-y", ...lock, PACKAGE], log);
  }
  const found = findChromium();
  if (code === 0 && found) return { path: found };
  const tail = readFileSync(log, "utf8").trim().split("\n").slice(-15).join("\n");
  return { error: `apt-get install -y ${PACKAGE} failed (exit ${code}):\n${tail}` };
}

/**
 * Find Chromium, or install Debian's package when there is none and this process may (it runs as root
 * with apt-get, as on CI machines). The install runs in the background, logging to `log`, while the
 * release flow runs; says so in the output. Never rejects.
 */
export function prepareChromium(log: string): Promise<ChromiumResult> {
  const found = findChromium();
  if (found) return Promise.resolve({ path: found });
  const root = process.getuid?.() === 0;
  const apt = ["/usr/bin/apt-get", "/bin/apt-get"].some(executable);
  if (!root || !apt) {
    return Promise.resolve({
      error:
        "no Chromium found (chromium, chromium-browser, google-chrome on the PATH, or CHROME_PATH); " +
        `as root with apt-get the release test installs Debian's ${PACKAGE} package itself`,
    });
  }
  console.log(`no Chromium found: installing it in the background (apt-get install -y ${PACKAGE})`);
  const started = Date.now();
  return aptInstall(log).then((result) => {
    const seconds = Math.round((Date.now() - started) / 1000);
    if (result.path) console.log(`installed ${result.path} with apt-get in ${seconds} s`);
    return result;
  });
}
