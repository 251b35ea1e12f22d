import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Consumer } from "../consumer-project.js";
import { DELIVERIES } from "../consumer-sources.js";
import { outputOf } from "../exec.js";
import { mockProblem } from "../judges/mock.js";
import { judgeNamed } from "../judges/named.js";
import { seenProblem } from "../judges/seen.js";
import { webhooksProblem } from "../judges/webhooks.js";
import { parseReports, reportedValue, type Report } from "../reports.js";
import type { Check } from "../results.js";
import type { SeenRequest, VendorServer } from "../vendor-server.js";
import { deliveriesFor, type Delivery } from "../webhook-deliveries.js";
import type { Runtime, RunOutput } from "./runtime.js";

/** What a judge looks at: the consumer's reports, its run, and what the vendor server saw meanwhile. */
interface Evidence {
  readonly reports: ReadonlyMap<string, Report>;
  readonly out: RunOutput;
  readonly seen: readonly SeenRequest[];
}

/** One check of a run: its name, and its problem (undefined when it passed). */
type Judge = readonly [name: string, judge: (evidence: Evidence) => string | undefined];

/** Write the deliveries module the consumer imports, signed just now. */
function writeDeliveries(consumer: Consumer, deliveries: readonly Delivery[]): void {
  // The consumer gets the deliveries, not what the release test expects of them.
  const sent = deliveries.map(({ expect: _, ...delivery }) => delivery);
  writeFileSync(path.join(consumer.dir, DELIVERIES), `export default ${JSON.stringify(sent)};\n`);
}

/** The checks of one run of `consumer` in `runtime`, but for the named calls (see {@link judgeNamed}). */
function judgesOf(runtime: Runtime, consumer: Consumer, deliveries?: readonly Delivery[]): Judge[] {
  const { vendor, spec, named } = consumer;
  const prefix = `${vendor}  ${runtime.label}`;
  const { routes } = named;
  const expected = [spec.route, ...(runtime.api ? [routes.ok, routes.missing, routes.hang] : [])];
  const judges: Judge[] = [
    [
      prefix,
      ({ reports, out, seen }) => {
        const call = reportedValue(reports, "call", out.printed);
        if ("problem" in call) return call.problem;
        return seenProblem(seen, vendor, expected, spec.auth, runtime.crossOrigin === true);
      },
    ],
  ];
  if (deliveries) {
    judges.push([
      `${prefix}  webhooks: ${deliveries.length} deliveries accepted or refused as signed`,
      ({ reports, out }) => {
        const got = reportedValue(reports, "webhooks", out.printed);
        return "problem" in got ? got.problem : webhooksProblem(got.value, deliveries);
      },
    ]);
  }
  if (runtime.mock) {
    judges.push([
      `${prefix}  @cxkit/testing mock (cors: true): ${named.operationId}() body and 404`,
      ({ reports, out }) =>
        mockProblem(reportedValue(reports, "mock", out.printed), named, out.mockRequests),
    ]);
  }
  return judges;
}

/**
 * Run `consumer` once in `runtime` and judge it: the path-style call (the consumer reported success,
 * and the server saw exactly the calls of this run, with the credentials, after preflights from a
 * browser); the webhooks, where the vendor has them; on Node 20 the named calls (body, 404, timeout);
 * in the browser the named calls against the @cxkit/testing mock. One check per line; when the run
 * itself failed, every one of them fails with its output.
 */
export async function checkRuntime(
  runtime: Runtime,
  consumer: Consumer,
  server: VendorServer,
): Promise<Check[]> {
  const prefix = `${consumer.vendor}  ${runtime.label}`;
  const deliveries = runtime.webhooks ? deliveriesFor(consumer.vendor) : undefined;
  if (deliveries) writeDeliveries(consumer, deliveries);
  const judges = judgesOf(runtime, consumer, deliveries);
  const before = server.seen.length;
  let out: RunOutput;
  try {
    out = await runtime.run(consumer, server);
  } catch (error) {
    const detail = outputOf(error);
    const named = runtime.api ? judgeNamed(prefix, consumer.named, { problem: detail }) : [];
    return [...judges.map(([name]) => ({ name, ok: false, detail })), ...named];
  }
  const evidence = { reports: parseReports(out.printed), out, seen: server.seen.slice(before) };
  const checks: Check[] = judges.map(([name, judge]) => {
    const problem = judge(evidence);
    return { name, ok: problem === undefined, detail: problem ?? "" };
  });
  if (runtime.api) {
    const api = reportedValue(evidence.reports, "api", out.printed);
    checks.push(...judgeNamed(prefix, consumer.named, api));
  }
  return checks;
}
