#!/usr/bin/env node
// cxkit-mock <vendor> [--port N] [--host H] [--cors]: serve a vendor's mock on 127.0.0.1, print its
// base URL, then one entry per request served (credentials redacted). Ctrl-C (SIGINT) or SIGTERM
// stops it.
// cxkit-mock <vendor> --post-event [type] --to <url> [--secret-key hex | --secret s | --basic user:pass]
// [--times N]: post one of the spec's sample events to a receiver, signed as the vendor signs it.
import { parseArgs } from "node:util";
import { formatRequest } from "./format-request.js";
import type { VendorName } from "./generated/index.js";
import { startMockServer } from "./mock-server.js";
import { VENDORS } from "./source.js";
import { deliverWebhook } from "./webhooks/deliver.js";
import { sampleWebhookEvent } from "./webhooks/samples.js";

const USAGE = `usage: cxkit-mock <vendor> [--port N] [--host H] [--cors]
       cxkit-mock <vendor> --post-event [type] --to <url> [--secret-key <hex>] [--secret <s>]
                  [--basic <user:pass>] [--times N]

Serves a spec-driven mock of a vendor API on 127.0.0.1 (port 0: any free port), prints its base URL,
then each request it serves, credentials redacted. Point a client's baseUrl at the printed URL.
--cors lets browser pages on any origin call it.
--post-event posts a sample event of the vendor's spec (the first, or the given type) to --to,
signed as the vendor signs it (Dixa: --secret-key, Haptik: --secret, Creovai: --basic), and prints
what the receiver answered.

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
        "post-event": { type: "boolean" },
        to: { type: "string" },
        "secret-key": { type: "string" },
        secret: { type: "string" },
        basic: { type: "string" },
        times: { type: "string" },
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
  if (values["post-event"] && vendor && (VENDORS as string[]).includes(vendor)) {
    return postEvent(vendor as VendorName, extra[0], values);
  }
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

async function postEvent(
  vendor: VendorName,
  type: string | undefined,
  values: { to?: string; "secret-key"?: string; secret?: string; basic?: string; times?: string },
): Promise<number> {
  if (!values.to) {
    process.stderr.write(`cxkit-mock: --post-event needs --to <url>\n\n${USAGE}\n`);
    return 2;
  }
  const [username, ...rest] = (values.basic ?? "").split(":");
  const reports = await deliverWebhook(vendor, values.to, sampleWebhookEvent(vendor, type), {
    ...(values["secret-key"] ? { secretKey: values["secret-key"] } : {}),
    ...(values.secret ? { secret: values.secret } : {}),
    ...(values.basic && username ? { basicAuth: { username, password: rest.join(":") } } : {}),
    times: values.times ? Number(values.times) : 1,
    retry: false,
  });
  for (const report of reports) {
    const last = report.attempts.at(-1)!;
    process.stdout.write(
      `cxkit-mock: posted a ${vendor} ${type ?? "sample"} event to ${values.to}: ${last.status ?? last.failure} in ${Math.round(last.durationMs)} ms\n`,
    );
  }
  return reports.every((r) => r.delivered) ? 0 : 1;
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
