#!/usr/bin/env node
// cxkit-mock <vendor> [--port N] [--host H] [--cors]: serve a vendor's mock on 127.0.0.1, print its
// base URL, then one entry per request served (credentials redacted). Ctrl-C (SIGINT) or SIGTERM
// stops it.
import { parseArgs } from "node:util";
import { formatRequest } from "./format-request.js";
import type { VendorName } from "./generated/index.js";
import { startMockServer } from "./mock-server.js";
import { VENDORS } from "./source.js";

const USAGE = `usage: cxkit-mock <vendor> [--port N] [--host H] [--cors]

Serves a spec-driven mock of a vendor API on 127.0.0.1 (port 0: any free port), prints its base URL,
then each request it serves, credentials redacted. Point a client's baseUrl at the printed URL.
--cors lets browser pages on any origin call it.

vendors: ${VENDORS.join(", ")}`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        cors: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`cxkit-mock: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [vendor, ...extra] = positionals;
  if (!vendor || extra.length > 0 || !(VENDORS as string[]).includes(vendor)) {
    const why = !vendor ? "a vendor is required" : `unknown vendor "${positionals.join(" ")}"`;
    process.stderr.write(`cxkit-mock: ${why}\n\n${USAGE}\n`);
    return 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `cxkit-mock: --port must be a port number (0-65535), got ${values.port}\n\n${USAGE}\n`,
    );
    return 2;
  }
  const mock = await startMockServer(vendor as VendorName, {
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(values.cors ? { cors: true } : {}),
    onRequest: (request) => process.stdout.write(`${formatRequest(request)}\n`),
  });
  const count = mock.operations.length;
  process.stdout.write(
    `cxkit-mock: ${vendor} mock (${count} operation${count === 1 ? "" : "s"}) listening on ${mock.url}\n`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await mock.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cxkit-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
