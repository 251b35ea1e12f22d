import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { outputOf, run } from "./exec.js";
import type { Registry } from "./registry.js";
import type { Results } from "./results.js";
import type { NamedCall } from "./vendor-calls.js";
import type { VendorSpec } from "./vendors.js";

/** A request a @cxkit/testing mock recorded: the part of its `RecordedRequest` the checks read. */
export interface MockRequest {
  readonly operationId: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly valid: boolean | undefined;
  readonly problem: string | undefined;
  readonly status: number | undefined;
}

// The part of @cxkit/testing's API used here. The package is installed from the local registry while
// the release test runs, so its types are not there when this workspace is built.
interface MockReply {
  status?: number;
  body?: unknown;
}
interface RecordedRequest extends MockRequest {
  readonly pathParams: Readonly<Record<string, string>>;
}
interface MockServer {
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  respond(operationId: string, reply: (request: RecordedRequest) => MockReply): unknown;
  close(): Promise<void>;
}
/** The @cxkit/testing module, as published. */
export interface TestingKit {
  startMockServer(
    vendor: string,
    options: { cors?: boolean; credentials?: Record<string, string> },
  ): Promise<MockServer>;
}

/**
 * Install @cxkit/testing from the registry into a fresh project under `parent`, as a user adds the test
 * kit, and load it. Resolves undefined when the install failed (recorded).
 */
export async function installTestingKit(
  parent: string,
  registry: Registry,
  results: Results,
): Promise<TestingKit | undefined> {
  const dir = path.join(parent, "testing");
  mkdirSync(dir, { recursive: true });
  const manifest = { name: "consumer-testing", private: true, type: "module" };
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest));
  const name = "testing  npm install @cxkit/testing";
  try {
    const args = ["install", "@cxkit/testing", "--no-audit", "--no-fund"];
    run("npm", args, { cwd: dir, env: registry.env });
    const entry = createRequire(path.join(dir, "package.json")).resolve("@cxkit/testing");
    const kit = (await import(pathToFileURL(entry).href)) as TestingKit;
    results.record(name, typeof kit.startMockServer === "function");
    return kit;
  } catch (error) {
    results.record(name, false, outputOf(error, Infinity));
    return undefined;
  }
}

/**
 * Start `vendor`'s mock with `cors: true` for a browser consumer: it accepts only the consumer's
 * credentials, answers the named call with the vendor server's reply, and 404 for the missing one.
 */
export async function startVendorMock(
  kit: TestingKit,
  vendor: string,
  spec: VendorSpec,
  named: NamedCall,
): Promise<MockServer> {
  const mock = await kit.startMockServer(vendor, { cors: true, credentials: { ...spec.options } });
  const { name, value } = named.missingParam;
  mock.respond(named.operationId, (request) =>
    request.pathParams[name] === value ? { status: 404 } : { body: named.reply },
  );
  return mock;
}
