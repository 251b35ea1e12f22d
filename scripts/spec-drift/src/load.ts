import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseYaml } from "@cxkit-tools/openapi";

/** How long a URL may take to answer: a description is a few hundred kilobytes. */
const FETCH_TIMEOUT_MS = 30_000;

/** True for a location that is fetched rather than read from disk. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Parses a description's text: JSON when it looks like JSON (much faster than YAML for big files), else YAML. */
export function parseDescription(text: string, label: string): unknown {
  if (text.trimStart().startsWith("{")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON after all (YAML flow mappings start with `{` too): the YAML parser says why.
    }
  }
  return parseYaml(text, label);
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${url}: cannot fetch: ${reason}`);
  }
  if (!response.ok) throw new Error(`${url}: cannot fetch: HTTP ${response.status}`);
  return response.text();
}

/**
 * Reads a description from a URL (`https://...`, fetched) or a file (YAML or JSON; relative paths are
 * taken from `cwd`). Errors name the location.
 */
export async function readDescription(location: string, cwd: string): Promise<unknown> {
  if (isUrl(location)) return parseDescription(await fetchText(location), location);
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, location), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`${location}: cannot read: ${code}`);
  }
  return parseDescription(text, location);
}
